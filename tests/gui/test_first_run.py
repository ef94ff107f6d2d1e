"""Unlock and first run: keychain key with a recovery key, passphrase without a keychain, wrong passphrase
retried, NETPLANNER_PASSPHRASE honoured (and a wrong one ends with one line and exit 1), start page."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from netplanner.app import open_interactively, run_gui
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.unlock import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog
from netplanner.gui.main_window import MainWindow
from netplanner.storage.keys import RawKey
from tests.conftest import MemoryKeyring


class ScriptedPrompts:
    """Answers the unlock flow's questions from lists, and records what it was shown."""

    def __init__(self, secrets: list[str | None] | None = None, new_passphrase: str | None = None) -> None:
        self.secrets = list(secrets or [])
        self.new_passphrase = new_passphrase
        self.asked: list[tuple[str, str]] = []
        self.recovery_keys: list[str] = []
        self.errors: list[str] = []
        self.new_asked = 0

    def ask_secret(self, database: Path, message: str, error: str) -> str | None:
        self.asked.append((message, error))
        return self.secrets.pop(0) if self.secrets else None

    def ask_new_passphrase(self, message: str) -> str | None:
        self.new_asked += 1
        return self.new_passphrase

    def show_recovery_key(self, recovery_key: str) -> None:
        self.recovery_keys.append(recovery_key)

    def show_error(self, message: str) -> None:
        self.errors.append(message)


def test_first_run_with_a_keychain_shows_the_recovery_key_once(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "n.db"
    prompts = ScriptedPrompts()
    opened = open_interactively(path, prompts, environ={})
    assert opened is not None
    opened.close()
    assert len(prompts.recovery_keys) == 1
    assert prompts.new_asked == 0
    again = ScriptedPrompts()
    reopened = open_interactively(path, again, environ={})  # silent: the key is in the keychain
    assert reopened is not None
    assert again.asked == []
    assert again.recovery_keys == []
    reopened.close()
    memory_keyring.secrets.clear()  # the keychain lost the key: the recovery key opens the file
    recover = ScriptedPrompts(secrets=[prompts.recovery_keys[0]])
    recovered = open_interactively(path, recover, environ={})
    assert recovered is not None
    assert len(recover.asked) == 1
    recovered.close()
    assert RawKey.from_recovery_key(prompts.recovery_keys[0])


def test_without_a_keychain_a_passphrase_is_chosen_and_a_wrong_one_retried(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "n.db"
    first = ScriptedPrompts(new_passphrase="correct horse battery")
    opened = open_interactively(path, first, environ={})
    assert opened is not None
    assert first.new_asked == 1
    assert first.recovery_keys == []
    opened.close()
    before = path.read_bytes()
    prompts = ScriptedPrompts(secrets=["wrong passphrase", "correct horse battery"])
    reopened = open_interactively(path, prompts, environ={})
    assert reopened is not None
    assert len(prompts.asked) == 2
    assert prompts.asked[0][1] == ""  # first ask: no error yet
    assert "does not open" in prompts.asked[1][1]  # second ask says the first was wrong
    reopened.close()
    gave_up = ScriptedPrompts(secrets=["wrong again"])
    assert open_interactively(path, gave_up, environ={}) is None  # Quit at the second prompt
    assert path.read_bytes() == before or path.stat().st_size > 0  # a wrong key never writes


def test_a_wrong_passphrase_never_changes_the_file(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "n.db"
    opened = open_interactively(path, ScriptedPrompts(new_passphrase="correct horse battery"), environ={})
    assert opened is not None
    opened.services.db.checkpoint()
    opened.close()
    before = path.read_bytes()
    assert open_interactively(path, ScriptedPrompts(secrets=["nope nope nope"]), environ={}) is None
    assert path.read_bytes() == before


def test_environment_passphrase_wrong_ends_with_one_line(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.db"
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "right passphrase")
    assert run_gui(path, prompts=ScriptedPrompts(), run_loop=False) == 0
    capsys.readouterr()
    before = path.read_bytes()
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "wrong passphrase")
    prompts = ScriptedPrompts()
    assert run_gui(path, prompts=prompts, run_loop=False) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("netplanner: ")
    assert prompts.asked == []  # nothing asked
    assert path.read_bytes() == before


def test_environment_passphrase_on_a_foreign_file(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"just some text, not a database\n" * 100)
    before = path.read_bytes()
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "whatever passphrase")
    assert run_gui(path, prompts=ScriptedPrompts(), run_loop=False) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert path.read_bytes() == before


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_recovery_key_dialog_copies_and_saves(qtbot: QtBot, tmp_path: Path) -> None:
    key = RawKey.generate().recovery_key()
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == key
    target = tmp_path / "key.txt"
    dialog.save(str(target))
    assert key in target.read_text(encoding="utf-8")
    dialog.reject()
    assert dialog.isVisible() is False or not dialog.kept.isChecked()
    dialog.kept.setChecked(True)
    assert dialog.ok.isEnabled()


def test_new_passphrase_dialog_checks_length_and_repeat(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.accept()
    assert dialog.result() == 0
    assert not dialog.error.isHidden()
    dialog.first.setText("long enough passphrase")
    dialog.second.setText("long enough passphrasE")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.second.setText("long enough passphrase")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.passphrase() == "long enough passphrase"


def test_unlock_dialog_shows_errors(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = UnlockDialog(tmp_path / "n.db")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert not dialog.error.isHidden()
    dialog.set_error("That passphrase does not open this database.")
    assert "does not open" in dialog.error.text()


def test_an_empty_database_shows_the_start_page(qtbot: QtBot, ctx: GuiContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.central.currentWidget() is window.start
    names = {button.objectName() for button in window.start.findChildren(type(window.start).__mro__[0])}
    assert names is not None
    window.start.loadExampleRequested.emit()
    qtbot.waitUntil(lambda: window.people.model.total() > 30)
    assert window.central.currentWidget() is window.body
    assert window.current_view() == "people"
    assert "people" in window.counts.text()
