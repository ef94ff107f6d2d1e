"""File steps for the database's own files: private (0600 files in a 0700 folder), durable (fsync of the
file and of its folder), and never overwriting a kept copy. Every step is a named crash point."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from netplanner.storage.faults import crash_point

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(folder: Path) -> None:
    """Make folder (and missing parents) readable by the user only; an existing folder is left alone."""
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is narrowed by the umask, never widened


def create_private(path: Path) -> None:
    """Create an empty file only the user can read, unless one is there (SQLite then keeps its mode,
    and gives its -wal, -shm and -journal files the same)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def fsync_file(path: Path) -> None:
    crash_point("fsync")
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames and links in folder durable (a no-op where folders cannot be opened, as on Windows)."""
    crash_point("fsync")
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace(source: Path, target: Path) -> None:
    crash_point("rename")
    os.replace(source, target)


def remove(path: Path) -> bool:
    """Delete path if it is there; True when something was deleted."""
    if not os.path.lexists(path):
        return False
    crash_point("unlink")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    return True


def keep_copy(source: Path, target: Path) -> None:
    """A second name for source's content at target, which must not exist (FileExistsError otherwise):
    a hard link where the file system has them, else a durable private copy."""
    crash_point("link")
    try:
        os.link(source, target)
        return
    except FileExistsError:
        raise
    except OSError:
        pass
    # No hard links here (FAT, some network shares): a durable copy, renamed into place under the
    # database's lock, so nothing else can create target in between.
    part = target.with_name(target.name + ".part")
    with source.open("rb") as src, open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE),
                                        "wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    if target.exists():
        os.unlink(part)
        raise FileExistsError(target)
    os.replace(part, target)


def write_private(path: Path, data: bytes) -> None:
    """Replace path's content atomically and durably with data, in a file only the user can read."""
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    crash_point("write")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        os.write(fd, data)
        crash_point("fsync")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, PRIVATE_FILE)
    replace(tmp, path)
    fsync_dir(path.parent)


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[None]:
    """For a file the user asked for (an export): a new file is made readable by the user only (an
    existing one keeps the mode the user gave it); if writing fails, a file made here is removed."""
    path = Path(path)
    created = False
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        created = True
    except FileExistsError:
        pass
    try:
        yield
    except BaseException:
        if created and path.exists() and path.stat().st_size == 0:
            path.unlink()
        raise
