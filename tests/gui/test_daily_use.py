"""Issue 17, used as a newcomer uses the app: deleting from People, panels that follow every change, the
shorter main loop (link and add from the panels, create a person while logging, the start page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netplanner.gui.context import GuiContext
from netplanner.gui.main_window import MainWindow
from netplanner.gui.models.contacts_model import Column


def make_window(qtbot: QtBot, ctx: GuiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select_first_person(window: MainWindow) -> int:
    window.show_view("people")
    people = window.people
    people.view.setCurrentIndex(people.model.index(0, Column.NAME))
    return people.model.contact_id(0)


def test_edit_move_to_trash_moves_the_selected_person(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    before = demo_ctx.services.contacts.count()
    window.trash_action.trigger()  # as Edit > Move to Trash does: triggered(checked=False)
    assert demo_ctx.services.contacts.count() == before - 1
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is not None


def test_the_delete_key_on_the_people_table_moves_the_person(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    window.activateWindow()
    window.people.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.people.view)
    qtbot.keyClick(window.people.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: demo_ctx.services.contacts.get(contact_id).deleted_at is not None)


def test_trash_given_a_checked_flag_still_moves_the_selection(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    """A button or action wired straight to `trash` passes `checked`: it must not be taken as the ids."""
    window = make_window(qtbot, demo_ctx)
    contact_id = _select_first_person(window)
    window.people.trash(False)  # type: ignore[arg-type]
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is not None
