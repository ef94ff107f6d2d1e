"""Open, create and re-key the encrypted SQLCipher database under SQLAlchemy.

The key is applied as the first statement on every new DBAPI connection, then checked with a real query
before anything can write: a wrong key or a foreign file leaves the file byte-for-byte unchanged.
One long-lived connection (StaticPool) pays the passphrase key derivation once.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from netplanner import paths
from netplanner.domain.errors import ValidationError
from netplanner.storage import backup, files, migrate
from netplanner.storage.errors import (
    CorruptDatabaseError,
    DatabaseMissingError,
    DiskFullError,
    NotNetPlannerDatabaseError,
    StorageError,
    WrongKeyError,
)
from netplanner.storage.faults import crash_point
from netplanner.storage.keys import DatabaseKey

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
#: Files beside the database that belong to it.
OWN_SUFFIXES = ("-wal", "-shm", "-journal", ".keyinfo.json", ".lock")
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
)

ProgressCallback = Callable[[str], None]


def _connect_keyed(path: Path, key: DatabaseKey) -> Any:
    """A raw sqlcipher3 connection with the key applied and verified, nothing written yet."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate_error(path, exc) from None
    return conn


#: Below this much free space, a failed write is taken to be the full disk, whatever SQLite says.
DISK_FULL_BYTES = 1 << 20


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BYTES
    except OSError:
        return False


def translate_error(path: Path, exc: Exception) -> StorageError:
    message = str(exc).lower()
    if ("disk i/o error" in message or "disk is full" in message) and disk_is_full(path.parent):
        return DiskFullError(
            "The disk holding {path} is full: free some space and try again. Nothing was changed.",
            path=path,
        )
    if "rekey can only be run" in message:
        return CorruptDatabaseError(
            "{path} is damaged and cannot be re-encrypted. Restore it from a backup.", path=path
        )
    if "not a database" in message:
        return WrongKeyError(
            "Cannot open {path}: wrong passphrase or key, or not a NetPlanner database.",
            path=path,
        )
    if "malformed" in message or "corrupt" in message:
        return CorruptDatabaseError(
            "{path} is damaged ({exc}). Restore it from a backup.",
            path=path,
            exc=exc,
        )
    return StorageError("Cannot open {path}: {exc}", path=path, exc=exc)


def _apply_session_pragmas(conn: Any) -> None:
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma)


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_PLAIN_HEADER))
    if head == SQLITE_PLAIN_HEADER:
        raise NotNetPlannerDatabaseError(
            "{path} is an unencrypted SQLite file, not a NetPlanner database.", path=path
        )


class Database:
    """An open NetPlanner database: the engine, sessions and the few whole-file operations."""

    def __init__(self, path: Path, key: DatabaseKey, first_connection: Any, *,
                 read_only: bool = False) -> None:
        self.path = path
        self._key = key
        #: A reading twin (`reading_twin`): every write fails, so services keep what they would save.
        self.read_only = read_only
        self.engine = _make_engine(path, lambda: self._key, first_connection, read_only=read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def reading_twin(self) -> Database:
        """The same file over a connection of its own that can only read, for the services of a worker
        thread (services.twin): WAL lets it read beside the one writer, whose connection it never
        touches."""
        conn = _connect_keyed(self.path, self._key)
        try:
            conn.execute("PRAGMA query_only = ON")
        except Exception:
            conn.close()
            raise
        return Database(self.path, self._key, conn, read_only=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The factory of this database's sessions (the services listen to what they write)."""
        return self._sessions

    @property
    def key(self) -> DatabaseKey:
        return self._key

    @contextlib.contextmanager
    def driver_connection(self) -> Iterator[Any]:
        """The sqlcipher3 connection, for whole-file work (backup, export) the ORM cannot do."""
        with self.engine.connect() as conn:
            yield conn.connection.driver_connection

    @contextlib.contextmanager
    def reader(self) -> Iterator[Any]:
        """A second sqlcipher3 connection that can only read, for work on another thread: WAL lets it
        read a consistent snapshot beside the one writer (the engine's connection), which it never
        touches. Each opens anew (a passphrase is stretched again, as for any connection)."""
        conn = _connect_keyed(self.path, self._key)
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            yield conn
        finally:
            conn.close()

    def rekey(self, new_key: DatabaseKey) -> None:
        """Re-encrypt the whole file with another key (works in WAL mode)."""
        try:
            with self.driver_connection() as conn:  # outside any transaction, as PRAGMA rekey needs
                crash_point("sqlite")
                conn.execute(f"PRAGMA rekey = {new_key.pragma_literal()}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(self.path, exc) from None
        self._key = new_key

    def refuse_own_file(self, path: Path) -> None:
        """Refuse to write an export or backup over the database or one of its side files, or anywhere
        in the data folder and the backups folder (a plaintext export must never replace a backup)."""
        target = Path(path).expanduser().resolve()
        own = self.path.resolve()
        side_files = {own, *(own.with_name(own.name + suffix) for suffix in OWN_SUFFIXES)}
        beside = target.parent == own.parent and target.name.startswith((own.name, own.stem + ".before-"))
        if target in side_files or beside:
            raise ValidationError(
                "{path} is your NetPlanner database (or part of it); choose another file.",
                path=path,
            )
        for folder in (paths.backup_dir(own), paths.data_dir().expanduser().resolve()):
            if folder == target or folder in target.parents:
                raise ValidationError(
                    "{path} is inside NetPlanner's own folder {folder}; choose a place outside it.",
                    path=path,
                    folder=folder,
                )

    def checkpoint(self) -> None:
        with self.driver_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA cipher_integrity_check` and `integrity_check` find; empty when all is well."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                problems += [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                problems += [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
                problems += [
                    f"broken reference in {row[0]} row {row[1]}"
                    for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
                ]
        except sqlalchemy.exc.DatabaseError as exc:
            problems.append(str(exc.orig) if exc.orig is not None else str(exc))
        return problems

    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(Exception):
                self.checkpoint()
        self.engine.dispose()


def _make_engine(path: Path, key: Callable[[], DatabaseKey], first: Any, *,
                 read_only: bool = False) -> Engine:
    pending = [first]

    def creator() -> Any:
        # The first connection was already verified by the caller; later ones (after dispose) verify anew.
        if pending:
            return pending.pop()
        conn = _connect_keyed(path, key())
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        return conn

    engine = create_engine("sqlite://", module=sqlcipher3, creator=creator, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        if read_only:  # the writer set the file's journal mode; a reader only needs its own settings
            dbapi_conn.execute("PRAGMA foreign_keys = ON")
            dbapi_conn.execute("PRAGMA temp_store = MEMORY")
        else:
            _apply_session_pragmas(dbapi_conn)

    # The driver runs in autocommit (isolation_level=None) so that PRAGMAs work outside transactions;
    # SQLAlchemy's begin must therefore reach SQLite itself, or a failed unit of work would not roll back.
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def open_database(
    path: Path,
    key: DatabaseKey,
    *,
    create: bool = False,
    progress: ProgressCallback | None = None,
    backup_dir: Path | None = None,
) -> Database:
    """Open (or with create=True, make) the database at path and bring its schema up to date.

    Before a migration of an existing file an encrypted copy goes to backup_dir.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        if not create:
            raise DatabaseMissingError("There is no NetPlanner database at {path}.", path=path)
        files.private_dir(path.parent)
        files.create_private(path)
    else:
        _check_header(path)
    first = _connect_keyed(path, key)
    if existed:
        tables = {row[0] for row in first.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if migrate.VERSION_TABLE not in tables:
            first.close()
            raise NotNetPlannerDatabaseError("{path} opens, but it is not a NetPlanner database.", path=path)
        version = first.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
        if version is not None and not migrate.is_known(version[0]):
            first.close()
            raise StorageError(
                "{path} was saved by a newer version of NetPlanner; update the app to open it.", path=path
            )
    try:
        _apply_session_pragmas(first)
    except sqlcipher3.DatabaseError as exc:
        first.close()
        raise translate_error(path, exc) from None
    database = Database(path, key, first)
    engine = database.engine
    try:
        with engine.connect() as conn:
            needs = migrate.needs_upgrade(conn)
        if needs and existed and backup_dir is not None:
            if progress:
                progress("Backing up before the database is upgraded")
            backup.backup_copy(database, backup_dir, reason="before-upgrade")
        if needs:
            if progress:
                progress("Upgrading the database" if existed else "Creating the database")
            with engine.begin() as conn:
                migrate.upgrade(conn)
    except sqlcipher3.DatabaseError as exc:
        engine.dispose()
        raise translate_error(path, exc) from None
    except Exception:
        engine.dispose()
        raise
    return database


def database_exists(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


class _CollectorPause:
    """Counts the bulk reads under way (on any thread); the collector runs again when the last ends."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = False
        self.kept = 0  # builds set aside (`kept_objects`) since the last `reclaim_kept`


_PAUSE = _CollectorPause()


@contextlib.contextmanager
def bulk_objects() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects that hold no cycles
    (rows of a big table): otherwise each generation-2 pass re-walks them all and doubles the load time.
    Counted, so reads on worker threads and the GUI thread may overlap: the last one out resumes it."""
    with _PAUSE.lock:
        if _PAUSE.depth == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.depth += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.depth -= 1
            if _PAUSE.depth == 0 and _PAUSE.resume:
                gc.enable()


@contextlib.contextmanager
def kept_objects() -> Iterator[None]:
    """Build objects that are kept (a network snapshot, a view's data, a layout): the collector pauses
    meanwhile (`bulk_objects`), and afterwards everything that exists is set aside for good (gc.freeze),
    so later generation-2 passes do not walk it again. At 100k people such a pass took 200-400 ms and
    found next to nothing to free (snapshots hold no cycles), all the while holding the interpreter
    that the GUI thread waits for: the longest freezes of the window on a first visit. Objects set
    aside are still freed as soon as nothing refers to them; only cycles among them would stay."""
    with bulk_objects():
        try:
            yield
        finally:
            # Before the collector resumes: its first pass would otherwise walk all that was made.
            gc.freeze()
            with _PAUSE.lock:  # counted beside the depth, which reclaim_kept reads under the lock
                _PAUSE.kept += 1


def reclaim_kept() -> bool:
    """Free what `kept_objects` set aside that is garbage held in cycles (a few hundred objects a build,
    made by SQLAlchemy and Qt wrappers alike, on any thread), with one full pass of the collector over
    everything: a few hundred ms at 100k people, so for a moment nobody is looking (the window is not
    active). Then sets the rest aside again. False when nothing was set aside since the last time or a
    build is under way."""
    with _PAUSE.lock:
        if _PAUSE.depth or not _PAUSE.kept:
            return False
        _PAUSE.kept = 0
    gc.unfreeze()  # (outside the lock: a finaliser the pass runs may start a build)
    gc.collect()
    gc.freeze()
    return True
