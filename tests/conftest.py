"""Shared fixtures: an in-memory secure keyring, real encrypted databases in tmp_path, the example network.

Qt runs offscreen; the user's real keychain and data folder are never touched.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NETPLANNER_PASSPHRASE", None)

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.services.facade import Services
from netplanner.storage.db import Database, open_database
from netplanner.storage.keys import RawKey


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking keyring that keeps secrets in a dict (priority 1: accepted as secure)."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data folder and Qt settings folder, and no passphrase from outside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NETPLANNER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("NETPLANNER_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.db", RawKey.generate(), create=True)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def demo_today() -> dt.date:
    return DEMO_TODAY


@pytest.fixture
def demo_services(services: Services) -> Services:
    build_demo(services, seed=7, today=DEMO_TODAY)
    return services
