"""Settings > Sync (`syncSettings`) end to end: set up, test the connection, sync, against Radicale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netplanner.demo import build_demo
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.settings import SettingsDialog
from netplanner.gui.dialogs.sync_settings import SyncSettingsPage
from netplanner.services.facade import Services
from netplanner.services.sync import KEYRING_SERVICE, SyncService
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from tests.conftest import MemoryKeyring
from tests.gui.conftest import make_ctx
from tests.sync.conftest import PASSWORD, USER, DavServer


@pytest.fixture
def demo_gui(qapp: object, tmp_path: Path) -> Iterator[GuiContext]:
    db = open_database(tmp_path / "gui.db", RawKey.generate(), create=True)
    services = Services(db)
    build_demo(services)
    yield make_ctx(services)
    db.close()


def test_set_up_test_and_sync_from_settings(qtbot: QtBot, demo_gui: GuiContext, dav_server: DavServer,
                                            tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    book, calendar = dav_server.new_collections()
    dialog = SettingsDialog(demo_gui)
    qtbot.addWidget(dialog)
    page = dialog.findChild(SyncSettingsPage, "syncSettings")
    assert page is not None
    assert not page.sync_button.isEnabled()
    page.carddav.setText(book)
    page.caldav.setText(calendar)
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.folder.setText(str(tmp_path / "vdir"))

    with qtbot.waitSignal(page.runner.finished, timeout=30_000):
        page.save_button.click()
    assert "Connected; the server offers:" in page.status.text()
    assert page.password.text() == ""
    config = SyncService(demo_gui.services).config()
    assert config is not None
    assert config.carddav_url == book
    assert memory_keyring.get_password(KEYRING_SERVICE, config.account) == PASSWORD

    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.sync_button.click()
    assert "cards sent: 40" in page.status.text()
    assert "touches in your calendar:" in page.status.text()
    assert len(dav_server.items(book)) == 40


def test_a_wrong_password_in_settings_keeps_nothing(qtbot: QtBot, demo_gui: GuiContext,
                                                    dav_server: DavServer, tmp_path: Path,
                                                    memory_keyring: MemoryKeyring) -> None:
    book, calendar = dav_server.new_collections()
    dialog = SettingsDialog(demo_gui)
    qtbot.addWidget(dialog)
    page = dialog.sync_page
    page.carddav.setText(book)
    page.caldav.setText(calendar)
    page.user.setText(USER)
    page.password.setText("wrong")
    page.folder.setText(str(tmp_path / "vdir"))
    with qtbot.waitSignal(page.runner.failed, timeout=30_000):
        page.save_button.click()
    assert page.status.text() == f"The server refused the user name or password for {book}."
    assert SyncService(demo_gui.services).config() is None
    assert memory_keyring.secrets == {}
