"""Everything as one JSON file, and back into an empty database (issue 15 item 4).

The file (format version 1) is one object:

    {"format": "netplanner", "version": 1, "schema": "<alembic revision>",
     "exported_at": "2026-12-02T03:30:00+00:00", "tables": {"contacts": [{...}, ...], ...}}

`tables` has every table of the ORM metadata (so a table added later is included without a change
here) except the derived ones below, each a list of rows in primary-key order; a row is an object with
one key per column. Dates and times are ISO 8601 strings, booleans true/false, list and mapping columns
(e-mails, tags, a review's checklist, a setting's value) plain JSON.

Left out, because they are recomputed or belong to one machine:
- `strength_state`: each person's strength model state, rebuilt from the interactions (triggers);
- `people_order`: the People table's last name order, computed again when missing;
- `sync_cards`: what the last sync with a CardDAV server agreed on; a restored database syncs afresh;
- the search index (an FTS5 table, not in the ORM), rebuilt by its triggers as the rows go in;
- `alembic_version`: written as `schema`.

Import goes into an empty database only (settings may be there: the file's replace them). A file of an
older schema is brought up to date first in a private in-memory SQLite database by the same migrations
that upgrade a database file; a newer or malformed file is refused with one line naming it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.pool import StaticPool

from netplanner.domain.errors import ValidationError
from netplanner.storage import files, migrate
from netplanner.storage.db import Database, bulk_objects
from netplanner.storage.orm import Base

FORMAT = "netplanner"
VERSION = 1
#: Derived or machine-local tables, never exported (see the module's docstring).
SKIPPED_TABLES = frozenset({"strength_state", "people_order", "sync_cards"})
#: Tables an "empty" database may still have rows in; the file's rows replace them.
REPLACED_TABLES = frozenset({"settings"})

Row = dict[str, Any]


def exported_tables() -> list[Table]:
    """The tables the file holds, parents before children (the order rows are inserted in)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in SKIPPED_TABLES]


@dataclass(frozen=True)
class Summary:
    path: Path
    rows: int
    tables: int
    schema: str
    migrated_from: str | None = None

    def describe(self) -> str:
        text = f"{self.rows} rows in {self.tables} tables"
        return text + (f" (upgraded from schema {self.migrated_from})" if self.migrated_from else "")


def _to_json(value: object) -> object:
    if isinstance(value, dt.date):  # datetime too: both write ISO 8601
        return value.isoformat()
    return value


def _read_rows(conn: Connection, tables: Iterable[Table]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = {}
    for table in tables:
        query = select(table).order_by(*table.primary_key.columns)
        found[table.name] = [dict(row._mapping) for row in conn.execute(query)]
    return found


class JsonTransfer:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- export ----------------------------------------------------------------------------------

    def export(self, out: Path, now: dt.datetime | None = None) -> Summary:
        """Write every exported table to `out` atomically (a temp file renamed into place)."""
        with bulk_objects(), self.db.engine.connect() as conn, conn.begin():  # one consistent read
            schema = migrate.current_revision(conn) or migrate.head_revision()
            tables = _read_rows(conn, exported_tables())
        document = {
            "format": FORMAT,
            "version": VERSION,
            "schema": schema,
            "exported_at": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
            "tables": {name: [{k: _to_json(v) for k, v in row.items()} for row in rows]
                       for name, rows in tables.items()},
        }
        data = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
        files.write_private(Path(out), data + b"\n")
        return Summary(Path(out), sum(map(len, tables.values())), len(tables), schema)

    # -- import ----------------------------------------------------------------------------------

    def check_empty(self) -> None:
        """Refuse (one line) unless the database has no records; settings do not count."""
        with self.db.engine.connect() as conn:
            filled = [table.name for table in exported_tables() if table.name not in REPLACED_TABLES
                      and conn.execute(select(func.count()).select_from(table)).scalar_one()]
        if filled:
            raise ValidationError(
                "{database} is not empty (it has {tables}); everything is imported from JSON only into "
                "an empty database. Nothing was changed.",
                database=self.db.path, tables=", ".join(filled),
            )

    def import_file(self, path: Path | Loaded) -> Summary:
        """Restore a file written by `export` into this (empty) database, all or nothing."""
        loaded = path if isinstance(path, Loaded) else load(Path(path))
        self.check_empty()
        try:
            with self.db.session() as session:
                session.execute(delete(Base.metadata.tables["settings"]))
                for table in exported_tables():
                    if loaded.rows.get(table.name):
                        session.execute(insert(table), loaded.rows[table.name])
        except sqlalchemy.exc.IntegrityError as exc:
            raise ValidationError(
                "{path}: the rows do not fit together ({reason}); nothing was imported.",
                path=loaded.path, reason=str(exc.orig),
            ) from None
        return Summary(loaded.path, sum(map(len, loaded.rows.values())), len(loaded.rows),
                       migrate.head_revision(), None if loaded.schema == migrate.head_revision()
                       else loaded.schema)


@dataclass(frozen=True)
class Loaded:
    """A file's rows, checked and at the newest schema, ready to go into a database."""

    path: Path
    schema: str  # the file's own
    rows: dict[str, list[Row]]


def load(path: Path) -> Loaded:
    """Read, check and (if older) upgrade a file without touching any database file: every refusal
    comes before a database is opened or created."""
    document = read_document(path)
    with bulk_objects():
        rows = _upgrade(path, document["schema"], document["tables"])
    return Loaded(path, document["schema"], rows)


def read_document(path: Path) -> dict[str, Any]:
    """The file's object, checked for format, version, schema and shape; one line naming the file and
    the reason otherwise."""
    try:
        document = json.loads(path.read_bytes())
    except json.JSONDecodeError as exc:
        raise ValidationError("{path}, line {line}: not valid JSON ({reason}).",
                              path=path, line=exc.lineno, reason=exc.msg) from None
    except UnicodeDecodeError:
        raise ValidationError("{path}: not a NetPlanner JSON file (not UTF-8 text).", path=path) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError("{path}: not a NetPlanner JSON file (no \"format\": \"netplanner\").",
                              path=path)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("{path}: the format version is missing or broken.", path=path)
    if version > VERSION:
        raise ValidationError(
            "{path} was written by a newer NetPlanner (format version {version}; this one reads "
            "version {known}); update the app to import it.", path=path, version=version, known=VERSION,
        )
    schema = document.get("schema")
    if not isinstance(schema, str) or not schema:
        raise ValidationError("{path}: the schema revision is missing.", path=path)
    if not migrate.is_known(schema):
        raise ValidationError(
            "{path} has schema {schema}, which this version of NetPlanner does not know (a newer one "
            "wrote it); update the app to import it.", path=path, schema=schema,
        )
    tables = document.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(row, dict) for row in rows) for rows in tables.values()
    ):
        raise ValidationError("{path}: \"tables\" must map each table's name to a list of rows.",
                              path=path)
    return document


def _refuse_unknown_tables(path: Path, tables: Mapping[str, object], known: set[str]) -> None:
    unknown = sorted(set(tables) - known)
    if unknown:
        raise ValidationError("{path}: unknown table {table}.", path=path, table=unknown[0])


def _decode(path: Path, table: Table, rows: list[Row]) -> list[Row]:
    """The file's rows as the column types want them; one line for the first value that does not fit."""
    columns = {column.name: column for column in table.columns}
    decoded: list[Row] = []
    for number, row in enumerate(rows, start=1):
        unknown = sorted(set(row) - set(columns))
        if unknown:
            raise ValidationError("{path}: table {table}, row {row}: unknown column {column}.",
                                  path=path, table=table.name, row=number, column=unknown[0])
        values: Row = {}
        for name, column in columns.items():
            if name not in row:
                if not column.nullable:
                    raise ValidationError("{path}: table {table}, row {row}: {column} is missing.",
                                          path=path, table=table.name, row=number, column=name)
                values[name] = None
                continue
            try:
                values[name] = _value(column.type, row[name], bool(column.nullable))
            except (TypeError, ValueError):
                raise ValidationError(
                    "{path}: table {table}, row {row}: {column} cannot be {value}.",
                    path=path, table=table.name, row=number, column=name, value=repr(row[name])[:60],
                ) from None
        decoded.append(values)
    return decoded


def _value(kind: object, value: object, nullable: bool) -> object:
    if value is None:
        if not nullable:
            raise ValueError("null")
        return None
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(_text(value))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_text(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(value)
        return float(value)
    if isinstance(kind, String):  # Text too
        return _text(value)
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _upgrade(path: Path, schema: str, tables: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
    """The file's rows as they are at the newest schema: loaded into a private in-memory database at
    the file's schema (its constraints check the rows), migrated like a database file (nothing to do
    for a file of the newest schema), and read back."""
    engine = create_engine("sqlite://", module=sqlcipher3, poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.exec_driver_sql("PRAGMA temp_store = MEMORY")  # no plaintext in temp files either
            migrate.upgrade(conn, schema)
            old = MetaData()
            old.reflect(conn, only=lambda name, _meta: not name.startswith("search_index")
                        and name != migrate.VERSION_TABLE)
            _refuse_unknown_tables(path, tables, set(old.tables) - SKIPPED_TABLES)
            for table in old.sorted_tables:
                rows = _decode(path, table, tables.get(table.name, []))
                if rows:
                    conn.execute(insert(table), rows)
            migrate.upgrade(conn, "head")
            return _read_rows(conn, exported_tables())
    except sqlalchemy.exc.IntegrityError as exc:
        raise ValidationError("{path}: the rows do not fit together ({reason}); nothing was imported.",
                              path=path, reason=str(exc.orig)) from None
    finally:
        engine.dispose()
