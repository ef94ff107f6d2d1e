"""Everyone's interactions a page at a time, in date order: the Interactions table of a big network.

Reading all of a million interactions takes SQLite many seconds (it sorts them all before the first
row). A page walks the date index from where the last one stopped (a keyset, not an offset), so each
page costs the same few milliseconds however far down it is. One row per occasion, as in
`InteractionService.occasions`: an occasion is shown where its first interaction (lowest id) falls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import aliased

from netplanner.services.interactions import InteractionRow, row_columns, where_shown
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, Interaction

#: Interactions read per page: a screenful many times over, in about 10 ms at 100k people.
PAGE_SIZE = 250

#: Where a page starts: after this (date, id) in the order read.
Cursor = tuple[dt.date, int]


@dataclass(frozen=True)
class Filter:
    """Which interactions the table shows (everyone's: a person's are few and read whole)."""

    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class InteractionPage:
    rows: list[InteractionRow]
    #: The last interaction read (also one folded into an occasion): the next page starts after it.
    cursor: Cursor | None
    #: Whether there may be more after `cursor`.
    more: bool
    #: How many interactions were read for it (an occasion's count each): to read as far again.
    read: int = 0


def _rows_query(trashed: Select[Any]) -> Select[Any]:
    # The person's name in a subquery and the Trash as a small list keep SQLite walking the date
    # index in order; joined, it reads every person's interactions and sorts them all first.
    name = select(Contact.name).where(Contact.id == Interaction.contact_id).scalar_subquery()
    return (
        select(*row_columns(name))
        .select_from(Interaction)
        .outerjoin(Goal, Goal.id == Interaction.goal_id)
        .where(Interaction.contact_id.not_in(trashed))
    )


def _counts(trashed: Select[Any]) -> tuple[Select[Any], Select[Any]]:
    """Everyone's interactions, and how many fewer rows the occasions make (n - 1 for n people)."""
    everyone = select(func.count()).select_from(Interaction).join(
        Contact, Contact.id == Interaction.contact_id).where(Contact.deleted_at.is_(None))
    # Found through the occasion index (few interactions are part of one), not the date index a
    # date filter would otherwise walk whole.
    member = aliased(Interaction)
    shared = select(member.id).where(member.occasion_id.is_not(None))
    folded = (select(func.count() - func.count(Interaction.occasion_id.distinct()))
              .select_from(Interaction)
              .where(Interaction.id.in_(shared), Interaction.contact_id.not_in(trashed)))
    return everyone, folded


# Made once: building them anew for each read left a few hundred objects in reference cycles each
# time, garbage only the cyclic collector frees (and not once frozen, see `kept_objects`).
_TRASHED = select(Contact.id).where(Contact.deleted_at.is_not(None))
_ROWS = _rows_query(_TRASHED)
_EVERYONE, _FOLDED = _counts(_TRASHED)
_date_id = tuple_(Interaction.occurred_on, Interaction.id)
_NEWEST_FIRST = (Interaction.occurred_on.desc(), Interaction.id.desc())
_OLDEST_FIRST = (Interaction.occurred_on.asc(), Interaction.id.asc())


class InteractionPages:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, shown: Filter = Filter(), *, newest_first: bool = True, after: Cursor | None = None,
             limit: int | None = None) -> InteractionPage:
        """Up to `limit` (`PAGE_SIZE`) interactions after `after`, newest first (or oldest first), an
        occasion once. Never empty while there are more: a page of nothing but an occasion shown
        before reads on."""
        limit = limit or PAGE_SIZE
        rows: list[InteractionRow] = []
        cursor, read, more = after, 0, True
        with self.db.engine.connect() as conn:
            while more and not rows:
                batch = self._read(conn, shown, newest_first, cursor, limit)
                read += len(batch)
                more = len(batch) == limit
                if batch:
                    cursor = (batch[-1].occurred_on, batch[-1].id)
                rows = self._folded(conn, batch, shown)
        return InteractionPage(rows, cursor, more, read)

    def _read(self, conn: Any, shown: Filter, newest_first: bool, after: Cursor | None, limit: int
              ) -> list[InteractionRow]:
        query = _filtered(_ROWS, shown)
        if after is not None:
            query = query.where(_date_id < tuple_(*after) if newest_first else _date_id > tuple_(*after))
        query = query.order_by(*(_NEWEST_FIRST if newest_first else _OLDEST_FIRST)).limit(limit)
        return [InteractionRow(*tuple(row)) for row in conn.execute(query)]

    def _folded(self, conn: Any, read: list[InteractionRow], shown: Filter) -> list[InteractionRow]:
        """`read` with each occasion as one row, where its first interaction is, naming everyone."""
        shared = {row.occasion_id for row in read if row.occasion_id is not None}
        groups = self._occasions(conn, shared, shown) if shared else {}
        rows: list[InteractionRow] = []
        for row in read:
            group = groups.get(row.occasion_id) if row.occasion_id is not None else None
            if group is None:
                rows.append(row)
            elif row.id == group[0].id:
                people = tuple((member.contact_id, member.contact_name) for member in group)
                rows.append(dataclasses.replace(row, people=people))
        return rows

    def count(self, shown: Filter = Filter()) -> int:
        """How many rows the table has for this filter in all (an occasion counts once)."""
        with self.db.engine.connect() as conn:
            total = conn.scalar(_filtered(_EVERYONE, shown)) or 0
            return int(total) - int(conn.scalar(_filtered(_FOLDED, shown)) or 0)

    @staticmethod
    def _occasions(conn: Any, occasion_ids: Collection[int], shown: Filter
                   ) -> dict[int, list[InteractionRow]]:
        """Everyone at these occasions who passes the filter, each occasion's people in id order."""
        query = _filtered(_ROWS, shown).where(
            Interaction.occasion_id.in_(list(occasion_ids))).order_by(Interaction.id)
        groups: dict[int, list[InteractionRow]] = {}
        for row in conn.execute(query):
            member = InteractionRow(*tuple(row))
            assert member.occasion_id is not None
            groups.setdefault(member.occasion_id, []).append(member)
        return groups


def _filtered(query: Select[Any], shown: Filter) -> Select[Any]:
    return where_shown(query, shown.kind, shown.since, shown.until)
