"""Reminders outside the window (issue 15 item 6): the tray icon and its notifications, off by default,
names only; the Settings switch, "start at login" and `--minimized`; and File > everything as JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from netplanner.app import run_gui
from netplanner.gui import autostart, tray
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.json_transfer import import_everything
from netplanner.gui.dialogs.settings import SettingsDialog
from netplanner.gui.main_window import MainWindow
from netplanner.gui.tray import Reminders
from netplanner.services.agenda import Section
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from tests.gui.conftest import make_ctx

# Offscreen, Qt's tray icon has no platform tray to connect to: a platform limit, not our bug.
NO_TRAY = pytest.mark.qt_log_ignore("systemTrayWindowChanged|This plugin does not support")


class FakeWindow:
    def __init__(self) -> None:
        self.shown: list[str] = []

    def show_view(self, key: str) -> None:
        self.shown.append(key)

    def showNormal(self) -> None:
        self.shown.append("window")

    def raise_(self) -> None:
        pass

    def activateWindow(self) -> None:
        pass

    def close(self) -> bool:
        return True


def reminders(ctx: GuiContext, *, has_tray: bool = True) -> tuple[Reminders, list[tuple[str, str]]]:
    said: list[tuple[str, str]] = []
    made = Reminders(ctx, FakeWindow(), is_available=lambda: has_tray,
                     notify=lambda title, text: said.append((title, text)))
    return made, said


def test_off_by_default(demo_ctx: GuiContext) -> None:
    made, said = reminders(demo_ctx)
    assert not made.active()
    assert said == []


@NO_TRAY
def test_turned_on_it_lists_today_and_notifies_once_with_names_only(qtbot: QtBot,
                                                                   demo_ctx: GuiContext) -> None:
    made, said = reminders(demo_ctx)
    demo_ctx.services.settings.set(tray.SETTING, True)
    qtbot.waitUntil(made.active)
    agenda = demo_ctx.services.agenda.agenda()
    listed = (Section.FOLLOW_UPS, Section.THIS_WEEK)
    due = [e for rows in agenda.sections if rows.section in listed for e in rows.entries
           if e.actionable and e.contact_id]
    assert due, "the example network has something due"
    texts = made.menu_texts()
    assert texts[0] == "Open NetPlanner"
    assert texts[-1] == "Quit NetPlanner"
    follow_ups = [e.name for e in due if e.section == Section.FOLLOW_UPS]
    assert all(f"Follow up with {name}" in texts for name in follow_ups)
    assert len(said) == 1
    title, message = said[0]
    assert title == "Due today"
    assert set(message.split(", ")) == {e.name for e in due}
    # Names only: no reason, question, note or summary reaches the tray.
    private = {text for e in due for text in (e.reason, e.give_first, *e.questions) if text}
    for person_id in {e.contact_id for e in due}:
        person = demo_ctx.services.contacts.get(person_id)
        private |= {text for text in (person.notes, person.learn_from, person.can_offer) if text}
    shown = " ".join([*texts, message, made.icon.toolTip() if made.icon else ""])
    assert not [text for text in private if text in shown]
    made.refresh()  # nothing new due: no second notification
    assert len(said) == 1
    demo_ctx.services.settings.set(tray.SETTING, False)
    qtbot.waitUntil(lambda: not made.active())


def test_without_a_tray_nothing_fails_and_settings_say_so(qtbot: QtBot, demo_ctx: GuiContext,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    demo_ctx.services.settings.set(tray.SETTING, True)
    made, said = reminders(demo_ctx, has_tray=False)
    assert not made.active()
    assert said == []
    monkeypatch.setattr(tray, "available", lambda: False)
    dialog = SettingsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.tray_unavailable.isVisibleTo(dialog)
    assert not dialog.reminders.isEnabled()
    assert not dialog.autostart.isEnabled()


def test_settings_switch_and_start_at_login(qtbot: QtBot, demo_ctx: GuiContext,
                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "my config"))
    monkeypatch.setattr(tray, "available", lambda: True)
    dialog = SettingsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.tray_unavailable.isVisibleTo(dialog)
    assert not dialog.reminders.isChecked()
    assert not dialog.autostart.isEnabled()  # start at login needs the tray
    dialog.reminders.setChecked(True)
    dialog.autostart.setChecked(True)
    dialog.accept()
    assert demo_ctx.services.settings.get(tray.SETTING) is True
    entry = tmp_path / "my config" / "autostart" / autostart.FILE_NAME
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --minimized")
    assert f"--db {demo_ctx.services.db.path} " in exec_line
    # Undo puts the setting back; the entry is a file and stays until it is switched off.
    demo_ctx.undo_stack.undo()
    assert demo_ctx.services.settings.get(tray.SETTING) is False
    again = SettingsDialog(demo_ctx)
    qtbot.addWidget(again)
    again.reminders.setChecked(True)
    assert again.autostart.isChecked()
    again.autostart.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_exec_quotes_paths_with_spaces() -> None:
    line = autostart.entry(["/opt/Net Planner/netplanner", "--db", "/home/a/100% mine.db", "--minimized"])
    assert 'Exec="/opt/Net Planner/netplanner" --db "/home/a/100%% mine.db" --minimized' in line


@NO_TRAY
@pytest.mark.parametrize("reminders_on", [False, True])
def test_minimized_start(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         reminders_on: bool) -> None:
    from netplanner.services.unlock import open_or_create

    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "a passphrase for tests")
    path = tmp_path / "m.db"
    opened = open_or_create(path)
    opened.services.settings.set(tray.SETTING, reminders_on)
    opened.close()
    monkeypatch.setattr(tray, "available", lambda: True)
    calls: list[str] = []
    monkeypatch.setattr(MainWindow, "show", lambda _self: calls.append("show"))
    monkeypatch.setattr(MainWindow, "showMinimized", lambda _self: calls.append("minimized"))
    assert run_gui(path, run_loop=False, minimized=True) == 0
    # With the tray: no window at all, only the icon; without reminders: a minimised window.
    assert calls == ([] if reminders_on else ["minimized"])


def test_everything_as_json_from_the_file_menu(qtbot: QtBot, demo_ctx: GuiContext, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.export_json_action in window.menuBar().actions()[0].menu().actions()
    out = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "all"), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    window.export_json_action.trigger()  # the .json is added to a name without one
    assert out.is_file()
    assert "NOT encrypted" in told[-1]
    assert import_everything(demo_ctx, window, out) is None  # not empty: refused
    assert "is not empty" in told[-1]
    database = open_database(tmp_path / "empty.db", RawKey.generate(), create=True)
    try:
        ctx = make_ctx(Services(database))
        empty = MainWindow(ctx)
        qtbot.addWidget(empty)
        empty.show_view("goals")
        empty.import_json_action.trigger()
        assert ctx.services.contacts.count() == demo_ctx.services.contacts.count()
        assert empty.current_view() == "people"
        qtbot.waitUntil(lambda: empty.people.view.model().rowCount() == 40)
        empty.close()
    finally:
        database.close()
