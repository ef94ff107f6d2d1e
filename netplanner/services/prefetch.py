"""Reads that start before anyone asks, on worker threads, so the first view finds them done.

At start-up the window needs everyone's table rows and everyone's strength; at 100k people both are
long reads (most of it decrypting pages inside SQLite, which runs beside Python on another core). A
`Prefetch` runs such a read on a worker thread with its own read-only connection (`Database.reader`),
which never touches the writer's connection. Its result is used only if nothing was written since the
read began (the change bus's version); otherwise the caller reads afresh. A failed read is read again
on the caller's thread, so it changes nothing but the time.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from netplanner.services.changes import ChangeBus
from netplanner.storage.db import Database, kept_objects

T = TypeVar("T")

#: Two workers: the start-up's two reads run beside each other and beside the GUI thread.
_WORKERS = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="netplanner-read")


class Prefetch(Generic[T]):
    """One read on a worker, keyed by what it was asked for and the version of the data it saw."""

    def __init__(self, db: Database, bus: ChangeBus | None, key: object, read: Callable[[Any], T]) -> None:
        self.key = key
        self._bus = bus
        self._version = bus.version if bus is not None else None
        self._future = _WORKERS.submit(self._run, db, read)

    @staticmethod
    def _run(db: Database, read: Callable[[Any], T]) -> T:
        with kept_objects(), db.reader() as conn:
            return read(conn)

    def take(self, key: object) -> T | None:
        """The result if it answers `key` and nothing was written since it began (waiting for it if
        need be), else None: the caller then reads on its own thread."""
        current = self._bus.version if self._bus is not None else None
        if key != self.key or current != self._version:
            self._future.cancel()
            return None
        try:
            return self._future.result()
        except Exception:  # the caller's own read reports any real problem
            return None

    def done(self) -> bool:
        return self._future.done()

    def stale(self) -> bool:
        """Whether something was written since the read began (its result is then of no use)."""
        return self._bus is not None and self._bus.version != self._version
