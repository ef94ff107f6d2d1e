"""Nothing the user typed may reach the data folder in plaintext: database, WAL, backups, side files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netplanner import paths
from netplanner.services.unlock import create_new, open_existing
from netplanner.storage import backup
from tests.conftest import MemoryKeyring

MARKERS = ["Zqxmarker Personname", "zqxmarker-org", "zqxmarker@example.com", "zqxmarker note text",
           "zqxmarker question", "zqxmarker summary", "zqxmarker goal"]


def leaked_markers(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in MARKERS:
                for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le"), b"zqxmarker"):
                    if encoded in data:
                        found.append(f"{path.name}: {marker}")
    return found


def test_no_typed_text_in_any_file_of_the_data_folder(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    data = paths.data_dir()
    path = data / "netplanner.db"
    opened = create_new(path, environ={})
    s = opened.services
    for i in range(50):  # enough rows to spill into several pages and the WAL
        contact = s.contacts.add(
            name=f"{MARKERS[0]} {i}", organisation=MARKERS[1], emails=[MARKERS[2]], notes=MARKERS[3] * 20
        )
        s.questions.add(contact.id, MARKERS[4])
        s.interactions.log(contact.id, "coffee", dt.date(2026, 1, 5), summary=MARKERS[5], notes=MARKERS[3])
    s.goals.add(title=MARKERS[6])
    backup.backup_copy(s.db, paths.backup_dir(path), reason="manual")
    assert list(data.rglob("*.db-wal")), "the WAL should exist while the database is open"
    assert leaked_markers(data) == []
    opened.close()
    reopened = open_existing(path, environ={})  # the daily backup runs at open
    reopened.close()
    assert len(list(paths.backup_dir(path).glob("*.db"))) >= 2
    assert leaked_markers(data) == []
