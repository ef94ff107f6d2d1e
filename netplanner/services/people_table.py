"""The People table's rows as plain tuples, formatted by SQLite itself: fast enough for 100k people.

`ContactService.rows()` returns dataclasses with decoded JSON lists (about 1 s for 100k people here);
the table only needs display text, so lists are joined in SQL and dates stay ISO text (they sort right).
"""

from __future__ import annotations

from typing import NamedTuple

from netplanner.storage.db import Database


class PeopleRow(NamedTuple):
    id: int
    name: str
    organisation: str
    department: str
    title: str
    tags: str  # "a, b"
    expertise: str
    status: str
    knowledge_sharing: int | None
    feedback: int | None
    chemistry: int | None
    trust: int | None
    influence: int | None
    last_contact: str | None  # ISO date


_SQL = """
SELECT c.id, c.name, c.organisation, c.department, c.title,
       coalesce((SELECT group_concat(value, ', ') FROM json_each(c.tags)), ''),
       coalesce((SELECT group_concat(value, ', ') FROM json_each(c.expertise)), ''),
       c.status, c.knowledge_sharing, c.feedback, c.chemistry, c.trust, c.influence,
       (SELECT max(i.occurred_on) FROM interactions AS i WHERE i.contact_id = c.id)
FROM contacts AS c WHERE c.deleted_at {trash}
"""


class PeopleTableService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def rows(self, *, trash: bool = False) -> list[PeopleRow]:
        """Everyone not in the Trash (or, with trash=True, everyone in it), unsorted."""
        sql = _SQL.format(trash="IS NOT NULL" if trash else "IS NULL")
        # The driver's own cursor: plain tuples, without SQLAlchemy's row objects (a third faster).
        with self.db.driver_connection() as conn:
            return list(map(PeopleRow._make, conn.execute(sql).fetchall()))

    def tags(self) -> list[str]:
        """Every tag in use by someone not in the Trash (unsorted, each spelling once)."""
        sql = (
            "SELECT DISTINCT j.value FROM contacts AS c, json_each(c.tags) AS j "
            "WHERE c.deleted_at IS NULL AND j.value <> ''"
        )
        with self.db.driver_connection() as conn:
            return [str(row[0]) for row in conn.execute(sql).fetchall()]

    def row(self, contact_id: int) -> PeopleRow | None:
        sql = _SQL.format(trash="IS NULL") + " AND c.id = ?"
        with self.db.engine.connect() as conn:
            found = conn.exec_driver_sql(sql, (contact_id,)).first()
        return None if found is None else PeopleRow._make(found)
