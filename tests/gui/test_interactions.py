"""Interactions: log one from the keyboard alone (Ctrl+L), the table's filters, edits and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netplanner.demo import DEMO_TODAY
from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.log_interaction import LogInteractionDialog
from netplanner.gui.main_window import MainWindow
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.widgets.interactions import InteractionsWidget


def test_interactions_model_passes_the_model_tester(demo_ctx: GuiContext, qtmodeltester: object) -> None:
    model = InteractionsModel(demo_ctx)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_log_an_interaction_from_the_keyboard(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("interactions")
    per = demo_ctx.services.contacts.find("Per Öberg").id
    before = len(demo_ctx.services.interactions.rows(contact_id=per))
    typed: list[str] = []

    errors: list[BaseException] = []

    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LogInteractionDialog):
            QTimer.singleShot(20, type_it)
            return
        try:
            assert dialog.focusWidget() is dialog.person  # the dialog opens on the person field
            qtbot.keyClicks(dialog.person, "Per ")  # the completer offers "Per Öberg — Nordvik AB"
            # The open popup has the keyboard (a real keyboard's keys go to it).
            qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Down)
            qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Return)
            typed.append(dialog.person.text())
            for _field in ("others", "kind", "direction", "date"):
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            assert dialog.focusWidget() is dialog.summary, dialog.focusWidget()
            qtbot.keyClicks(dialog.summary, "Asked about the architecture review")
            qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
            if dialog.isVisible():
                raise AssertionError(f"still open: {dialog.error.text()} {typed}")
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, type_it)
    assert window.log_action.shortcut() == QKeySequence("Ctrl+L")
    window.log_action.trigger()
    assert not errors, errors
    qtbot.waitUntil(lambda: len(demo_ctx.services.interactions.rows(contact_id=per)) == before + 1)
    assert typed
    assert typed[0].startswith("Per ")
    logged = demo_ctx.services.interactions.rows(contact_id=per)[0]
    assert logged.summary == "Asked about the architecture review"
    assert logged.occurred_on == DEMO_TODAY
    assert logged.kind == "coffee"
    qtbot.waitUntil(
        lambda: window.interactions.model.rowCount() == len(demo_ctx.services.interactions.rows())
    )
    demo_ctx.undo_stack.undo()
    assert len(demo_ctx.services.interactions.rows(contact_id=per)) == before
    demo_ctx.undo_stack.redo()
    assert demo_ctx.services.interactions.rows(contact_id=per)[0].id == logged.id


def test_a_unique_part_of_a_name_is_enough(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    dialog = LogInteractionDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.person.setText("lindqvist")
    assert dialog.contact_id() == demo_ctx.services.contacts.find("Maria Lindqvist").id
    dialog.person.setText("berg")
    dialog.accept()
    assert "matches" in dialog.error.text()
    assert dialog.result() == 0


def test_filters_by_person_kind_and_dates(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = InteractionsWidget(demo_ctx)
    qtbot.addWidget(widget)
    total = widget.model.rowCount()
    anna = demo_ctx.services.contacts.find("Anna Berg").id
    widget.set_person(anna)
    assert 0 < widget.model.rowCount() < total
    assert {widget.model.row_at(r).contact_id for r in range(widget.model.rowCount())} == {anna}
    widget.kind.setCurrentIndex(widget.kind.findData("coffee"))
    assert all(widget.model.row_at(r).kind == "coffee" for r in range(widget.model.rowCount()))
    widget.clear_filters()
    assert widget.model.rowCount() == total
    widget.use_since.setChecked(True)
    widget.since.setDate(widget.since.date().addDays(0))
    since = DEMO_TODAY - dt.timedelta(days=90)
    assert all(widget.model.row_at(r).occurred_on >= since for r in range(widget.model.rowCount()))
    assert widget.model.rowCount() < total


def test_edit_thanked_and_undo(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = InteractionsWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).thanked)
    interaction_id = model.row_at(row).id
    index = model.index(row, InteractionsModel.THANKED)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert demo_ctx.services.interactions.get(interaction_id).thanked
    demo_ctx.undo_stack.undo()
    assert not demo_ctx.services.interactions.get(interaction_id).thanked
    widget.view.setCurrentIndex(model.index(0, 0))
    first = model.row_at(0).id
    widget.delete_selected()
    assert all(r.id != first for r in demo_ctx.services.interactions.rows())
    demo_ctx.undo_stack.undo()
    assert any(r.id == first for r in demo_ctx.services.interactions.rows())


def test_ticking_thanked_keeps_the_current_cell_without_a_reset(
    qtbot: QtBot, demo_ctx: GuiContext, qtmodeltester: object
) -> None:
    """Regression: every edit came back as a model reset that dropped the current cell."""
    widget = InteractionsWidget(demo_ctx)
    qtbot.addWidget(widget)
    model, view = widget.model, widget.view
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).thanked)
    interaction_id = model.row_at(row).id
    view.setCurrentIndex(model.index(row, InteractionsModel.THANKED))
    index = model.index(row, InteractionsModel.THANKED)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.row_at(model.row_of(interaction_id) or 0).thanked)
    assert not resets
    assert model.row_at(view.currentIndex().row()).id == interaction_id
    assert view.currentIndex().column() == InteractionsModel.THANKED


def _capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning records its message instead of opening a modal box."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_log_dialog_tells_namesakes_apart(qtbot: QtBot, ctx: GuiContext) -> None:
    people = ctx.services.contacts
    first = people.add(name="Kim Lund", organisation="Acme").id
    second = people.add(name="Kim Lund", organisation="Acme", department="Sales").id
    third = people.add(name="Kim Lund", organisation="Acme", department="Sales").id
    other = people.add(name="Kim Lund", organisation="Nordvik").id
    # Opened from People for the second namesake, the dialog logs with that one, not the first.
    dialog = LogInteractionDialog(ctx, contact_id=second)
    qtbot.addWidget(dialog)
    assert dialog.contact_id() == second
    assert dialog.values()["contact_id"] == second
    assert dialog.person_name() == "Kim Lund"
    # Every person has an entry of their own in the completer, and each entry names that person.
    model = dialog.completer.model()
    entries = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert len(entries) == len(set(entries)) == 4
    assert "Kim Lund — Nordvik" in entries
    assert sum("(Sales" in entry for entry in entries) == 2  # the department tells them apart ...
    assert sum(f"#{cid}" in entry for entry in entries for cid in (second, third)) == 2  # ... or the id
    picked = set()
    for entry in entries:
        dialog.person.setText(entry)
        picked.add(dialog.contact_id())
    assert picked == {first, second, third, other}
    dialog.person.setText("Kim Lund")
    with pytest.raises(NetPlannerError, match="matches 4 people"):
        dialog.contact_id()


def test_interactions_delete_refused_shows_a_warning(
    qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_warnings(monkeypatch)
    widget = InteractionsWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    demo_ctx.services.interactions.delete(widget.model.row_at(0).id)  # gone behind the table's back
    widget.delete_selected()
    assert len(shown) == 1
    assert demo_ctx.undo_stack.count() == 0


def test_the_name_completer_folds_accents_like_the_search(qtbot: QtBot, ctx: GuiContext) -> None:
    """Regression: "obe" did not offer Öberg, and the entry lost its accent; both must work as in the
    search (case and diacritics folded), and the entry is shown as written."""
    bjorn = ctx.services.contacts.add(name="Björn Öberg", organisation="Nordvik").id
    ctx.services.contacts.add(name="Anna Berg")
    dialog = LogInteractionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person, "obe")
    offered = [str(dialog.completer.completionModel().index(r, 0).data())
               for r in range(dialog.completer.completionModel().rowCount())]
    assert offered == ["Björn Öberg — Nordvik"]
    dialog.person.setText("bjorn oberg")
    assert dialog.contact_id() == bjorn
