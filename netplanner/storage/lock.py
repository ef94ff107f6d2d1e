"""One process per database: an OS file lock beside the file, released by the OS if the process dies
(so a crash never leaves a stale lock, unlike a lock file holding a pid)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from netplanner.storage.errors import DatabaseInUseError


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415  Windows only

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415  POSIX only

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DatabaseInUseError(
                "{database} is already open in another NetPlanner window or command.",
                database=self.path.with_suffix(""),
            ) from None
        self._handle = handle

    def free(self) -> bool:
        """Whether no other process holds the lock now (taken and let go at once)."""
        try:
            self.acquire()
        except DatabaseInUseError:
            return False
        self.release()
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            # Leave the (empty) lock file: removing it would race with a process about to lock it.

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

