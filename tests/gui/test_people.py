"""People view: the table model, adding, editing, undo, filters, Swedish order, trash and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from netplanner.domain.errors import ValidationError
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import ChoiceDelegate, DateDelegate
from netplanner.gui.dialogs.contact_editor import ContactEditorDialog
from netplanner.gui.main_window import MainWindow
from netplanner.gui.models.base import ID_ROLE, SORT_ROLE
from netplanner.gui.models.contacts_model import Column, ContactsModel
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.models.questions_model import QuestionsModel
from netplanner.gui.widgets.people import PeopleWidget
from netplanner.gui.widgets.trash import TrashWidget
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from tests.gui.conftest import make_ctx


def test_contacts_model_passes_the_model_tester(demo_ctx: GuiContext, qtmodeltester: object) -> None:
    model = ContactsModel(demo_ctx)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == demo_ctx.services.contacts.count()


def test_roles_give_native_values_and_the_row(demo_ctx: GuiContext) -> None:
    model = ContactsModel(demo_ctx)
    index = model.index(0, Column.KNOWLEDGE)
    assert isinstance(model.data(index, SORT_ROLE), int)
    assert model.data(index, ID_ROLE) == model.contact_id(0)
    assert model.data(model.index(0, Column.STRENGTH)).endswith("%")


def test_names_sort_in_swedish_order(ctx: GuiContext) -> None:
    for name in ("Örjan Ek", "Zack Ek", "Åsa Ek", "Ärla Ek", "anna Ek", "Bo Ek"):
        ctx.services.contacts.add(name=name)
    model = ContactsModel(ctx)
    names = [model.row_at(row).name for row in range(model.rowCount())]
    assert names == ["anna Ek", "Bo Ek", "Zack Ek", "Åsa Ek", "Ärla Ek", "Örjan Ek"]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == "Örjan Ek"


def test_every_column_sorts(demo_ctx: GuiContext) -> None:
    model = ContactsModel(demo_ctx)
    for column in Column:
        model.sort(column, Qt.SortOrder.AscendingOrder)
        values = [model.data(model.index(r, column), SORT_ROLE) for r in range(model.rowCount())]
        present = [v for v in values if v is not None and not isinstance(v, str)]
        if column in (Column.STRENGTH, Column.BALANCE):
            assert present == sorted(present)
    model.sort(Column.STRENGTH, Qt.SortOrder.DescendingOrder)
    first = model.data(model.index(0, Column.STRENGTH), SORT_ROLE)
    last = model.data(model.index(model.rowCount() - 1, Column.STRENGTH), SORT_ROLE)
    assert first >= last


def test_filter_field_narrows_the_rows(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    view = widget.findChild(QTableView, "contactsView")
    field = widget.findChild(QLineEdit, "contactFilter")
    assert view is not None
    assert field is not None
    total = view.model().rowCount()
    qtbot.keyClicks(field, "oberg")  # no match without the accent in a plain substring filter ...
    qtbot.waitUntil(lambda: view.model().rowCount() < total)
    field.setText("per öberg")  # QTest types ASCII only
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert widget.model.row_at(0).name == "Per Öberg"
    field.clear()
    qtbot.keyClicks(field, "public speaking")  # expertise
    qtbot.waitUntil(lambda: 1 < view.model().rowCount() < total)
    field.clear()
    widget.apply_filter()
    widget.status_filter.setCurrentIndex(widget.status_filter.findData("prospect"))
    assert 0 < view.model().rowCount() < total
    assert all(widget.model.row_at(r).status == "prospect" for r in range(view.model().rowCount()))
    widget.status_filter.setCurrentIndex(0)
    assert widget.tag_filter.findData("mentor") == -1  # the tags are read when the list is opened
    widget.tag_filter.showPopup()
    widget.tag_filter.hidePopup()
    widget.tag_filter.setCurrentIndex(widget.tag_filter.findData("mentor"))
    assert all("mentor" in widget.model.row_at(r).tags for r in range(view.model().rowCount()))


def test_edit_a_cell_persists_and_undo_restores(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    contact_id = model.contact_id(0)
    before = demo_ctx.services.contacts.get(contact_id).organisation
    assert model.setData(model.index(0, Column.ORGANISATION), "Acme Research")
    assert demo_ctx.services.contacts.get(contact_id).organisation == "Acme Research"
    assert model.data(model.index(model.row_of(contact_id) or 0, Column.ORGANISATION)) == "Acme Research"
    assert model.setData(model.index(0, Column.TRUST), 1)
    assert demo_ctx.services.contacts.get(contact_id).trust == 1
    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    assert demo_ctx.services.contacts.get(contact_id).organisation == before
    qtbot.waitUntil(
        lambda: model.data(model.index(model.row_of(contact_id) or 0, Column.ORGANISATION)) == before
    )
    demo_ctx.undo_stack.redo()
    assert demo_ctx.services.contacts.get(contact_id).organisation == "Acme Research"


def test_a_refused_value_is_not_saved(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    model = ContactsModel(demo_ctx)
    failures: list[str] = []
    model.editFailed.connect(failures.append)
    model.edit_handler = lambda cid, field, value: demo_ctx.services.contacts.update(cid, **{field: value})
    assert not model.setData(model.index(0, Column.NAME), "   ")
    assert failures
    assert "Name" in failures[0]


def _answer_next_dialog(qtbot: QtBot, fill: object) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        fill(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, answer)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so for every dialog
def test_add_a_person_through_the_dialog_survives_reopening(
    qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    key = RawKey.generate()
    path = tmp_path / "people.db"
    services = Services(open_database(path, key, create=True))
    ctx = make_ctx(services)
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def fill(dialog: ContactEditorDialog) -> None:
        assert isinstance(dialog, ContactEditorDialog)
        dialog.name_edit().setText("Zoë Ångström")  # QTest types ASCII only
        dialog.accept()

    _answer_next_dialog(qtbot, fill)
    contact_id = window.add_person()
    assert contact_id is not None
    row = window.people.model.row_of(contact_id)
    assert row is not None
    assert window.people.model.data(window.people.model.index(row, Column.NAME)) == "Zoë Ångström"
    assert window.central.currentWidget() is window.body  # no longer the start page
    window.close()
    services.close()
    reopened = Services(open_database(path, key))
    try:
        assert [name for _id, name, _org in reopened.contacts.names()] == ["Zoë Ångström"]
    finally:
        reopened.close()


def test_trash_restore_and_empty(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    people = PeopleWidget(demo_ctx)
    trash = TrashWidget(demo_ctx)
    qtbot.addWidget(people)
    qtbot.addWidget(trash)
    contact_id = people.model.contact_id(0)
    interactions = len(demo_ctx.services.interactions.rows(contact_id=contact_id))
    people.trash([contact_id])
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1)
    assert people.model.row_of(contact_id) is None or people.model.rowCount() == people.model.total()
    qtbot.waitUntil(lambda: people.model.row_of(contact_id) is None)
    trash.view.setCurrentIndex(trash.model.index(0, 0))
    trash.restore_selected()
    qtbot.waitUntil(lambda: people.model.row_of(contact_id) is not None)
    assert len(demo_ctx.services.interactions.rows(contact_id=contact_id)) == interactions
    people.trash([contact_id])
    demo_ctx.undo_stack.undo()  # undo the move to Trash
    assert demo_ctx.services.contacts.get(contact_id).deleted_at is None
    demo_ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1)
    assert trash.empty(confirm=False) == 1
    assert demo_ctx.undo_stack.count() == 0
    assert demo_ctx.services.interactions.rows(contact_id=contact_id) == []


def test_detail_panel_questions_add_tick_and_answer(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    contact_id = widget.model.contact_id(0)
    widget.show_contact(contact_id)
    detail = widget.detail
    assert detail.name.text() == widget.model.row_at(0).name
    before = detail.questions.rowCount()
    qtbot.keyClicks(detail.new_question, "How did you learn to negotiate?")
    qtbot.keyClick(detail.new_question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.questions.rowCount() == before + 1)
    row = next(
        r
        for r in range(detail.questions.rowCount())
        if detail.questions.row_at(r).text == "How did you learn to negotiate?"
    )
    assert detail.questions.setData(
        detail.questions.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert detail.questions.setData(detail.questions.index(row, 2), "Practise with low stakes first")
    stored = [q for q in demo_ctx.services.questions.for_contact(contact_id) if q.text.startswith("How did")]
    assert stored[0].asked
    assert stored[0].answer == "Practise with low stakes first"
    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    stored = [q for q in demo_ctx.services.questions.for_contact(contact_id) if q.text.startswith("How did")]
    assert not stored[0].asked
    assert stored[0].answer == ""
    assert detail.interactions.rowCount() == len(demo_ctx.services.interactions.rows(contact_id=contact_id))
    assert detail.links.rowCount() == len(demo_ctx.services.goals.links(contact_id=contact_id))


def test_show_contact_clears_a_hiding_filter(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    target = widget.model.contact_id(0)
    widget.filter.setText("zzzz-nobody")
    widget.apply_filter()
    assert widget.model.rowCount() == 0
    demo_ctx.events.showContact.emit(target)
    assert widget.current_id() == target
    assert widget.view.currentIndex() != QModelIndex()


def _capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning records its message instead of opening a modal box."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_detail_tables_edit_through_delegates_and_warn_when_refused(
    qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_warnings(monkeypatch)
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    contact_id = next(
        widget.model.contact_id(r)
        for r in range(widget.model.rowCount())
        if demo_ctx.services.interactions.rows(contact_id=widget.model.contact_id(r))
    )
    widget.show_contact(contact_id)
    detail = widget.detail
    view = detail.interactions_view
    kind = view.itemDelegateForColumn(InteractionsModel.KIND)
    direction = view.itemDelegateForColumn(InteractionsModel.DIRECTION)
    date = view.itemDelegateForColumn(InteractionsModel.DATE)
    follow_up = view.itemDelegateForColumn(InteractionsModel.FOLLOW_UP)
    assert isinstance(kind, ChoiceDelegate)
    assert isinstance(direction, ChoiceDelegate)
    assert isinstance(date, DateDelegate)
    assert not date.optional
    assert isinstance(follow_up, DateDelegate)
    assert follow_up.optional
    # The date opens a date editor, not an empty line edit.
    index = detail.interactions.index(0, InteractionsModel.DATE)
    editor = date.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QDateEdit)
    editor.deleteLater()
    # A refused edit says why.
    assert not detail.interactions.setData(index, None)
    assert len(shown) == 1
    demo_ctx.services.questions.add(contact_id, "What are you working on?")
    detail.questions.reload()
    assert not detail.questions.setData(detail.questions.index(0, QuestionsModel.TEXT), "   ")
    assert len(shown) == 2


def test_refused_removals_show_a_warning(
    qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_warnings(monkeypatch)
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    contact_id = widget.model.contact_id(0)
    widget.show_contact(contact_id)
    detail = widget.detail
    question = demo_ctx.services.questions.add(contact_id, "What are you working on?")
    detail.questions.reload()
    row = next(r for r in range(detail.questions.rowCount()) if detail.questions.row_at(r).id == question.id)
    detail.questions_view.setCurrentIndex(detail.questions.index(row, 1))
    demo_ctx.services.questions.delete(question.id)  # gone behind the table's back
    detail.remove_question()
    assert len(shown) == 1
    # A person deleted for good while still listed.
    demo_ctx.services.contacts.trash([contact_id])
    demo_ctx.services.contacts.empty_trash()
    widget.trash([contact_id])
    assert len(shown) == 2
    assert demo_ctx.undo_stack.count() == 0


def test_trash_restore_refused_shows_a_warning(
    qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _capture_warnings(monkeypatch)
    trash = TrashWidget(demo_ctx)
    qtbot.addWidget(trash)
    demo_ctx.services.contacts.trash([demo_ctx.services.contacts.names()[0][0]])
    trash.model.reload()
    trash.view.setCurrentIndex(trash.model.index(0, 0))

    def refuse(_ids: object) -> None:
        raise ValidationError("The database is read-only.")

    monkeypatch.setattr(demo_ctx.services.contacts, "restore", refuse)
    trash.restore_selected()
    assert shown == ["The database is read-only."]
    assert demo_ctx.undo_stack.count() == 0


def test_status_and_tag_edits_reapply_the_filter(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    widget.status_filter.setCurrentIndex(widget.status_filter.findData("prospect"))
    shown = model.rowCount()
    contact_id = model.contact_id(0)
    widget.select(contact_id)
    assert model.setData(model.index(0, Column.STATUS), "active")
    qtbot.waitUntil(lambda: model.row_of(contact_id) is None)
    assert model.rowCount() == shown - 1
    assert all(model.row_at(r).status == "prospect" for r in range(model.rowCount()))
    # Under a tag filter: losing the tag hides the person, an edit keeping it keeps them selected.
    widget.status_filter.setCurrentIndex(0)
    widget.tag_filter.ensure_filled()  # as when the user opens the list
    widget.tag_filter.setCurrentIndex(widget.tag_filter.findData("mentor"))
    first, second = model.contact_id(0), model.contact_id(1)
    widget.select(second)
    row = model.row_of(second)
    assert row is not None
    with qtbot.waitSignal(model.modelReset):
        assert model.setData(model.index(row, Column.TAGS), model.row_at(row).tags + ", coach")
    assert widget.current_id() == second
    row = model.row_of(first)
    assert row is not None
    assert model.setData(model.index(row, Column.TAGS), "coach")
    qtbot.waitUntil(lambda: model.row_of(first) is None)
    assert all("mentor" in model.row_at(r).tags for r in range(model.rowCount()))


def test_a_score_changed_in_the_table_is_kept_as_a_dated_observation(qtbot: QtBot,
                                                                      demo_ctx: GuiContext) -> None:
    """Issue 13: a changed score no longer overwrites the old one; undo takes the observation back."""
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    contact_id = model.contact_id(0)
    before = demo_ctx.services.contacts.get(contact_id).trust
    history = len(demo_ctx.services.observations.for_contact(contact_id))
    new = 1 if before != 1 else 5
    assert model.setData(model.index(0, Column.TRUST), new)
    observations = demo_ctx.services.observations.for_contact(contact_id)
    assert len(observations) == history + 1
    assert observations[0].scores == {"trust": new}
    assert observations[0].observed_on == demo_ctx.today()
    assert demo_ctx.services.contacts.get(contact_id).trust == new
    demo_ctx.undo_stack.undo()
    assert len(demo_ctx.services.observations.for_contact(contact_id)) == history
    assert demo_ctx.services.contacts.get(contact_id).trust == before


def test_the_tag_filter_says_all_tags_before_it_is_opened(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = PeopleWidget(demo_ctx)
    qtbot.addWidget(widget)
    assert widget.tag_filter.currentText() == "All tags"
    assert widget.tag_filter.count() == 1
    widget.tag_filter.ensure_filled()
    assert widget.tag_filter.currentText() == "All tags"
    assert widget.tag_filter.findData("mentor") > 0
