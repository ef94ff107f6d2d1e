"""Projects view, one interaction with several people, and merging duplicates, as a user works them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netplanner.demo import DEMO_TODAY
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs.log_interaction import LogInteractionDialog
from netplanner.gui.dialogs.merge import DuplicatesDialog, MergeDialog
from netplanner.gui.dialogs.project_editor import LogProjectWorkDialog, ProjectEditorDialog
from netplanner.gui.main_window import MainWindow
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.models.projects_model import ProjectsModel
from netplanner.gui.widgets.projects import ProjectsWidget

ACCEPTED = QDialog.DialogCode.Accepted


def _window(qtbot: QtBot, ctx: GuiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_projects_model_passes_the_model_tester(demo_ctx: GuiContext, qtmodeltester: Any) -> None:
    anna = demo_ctx.services.contacts.find("Anna Berg").id
    demo_ctx.services.projects.add("Platform migration", members=[(anna, "lead")])
    model = ProjectsModel(demo_ctx)
    qtmodeltester.check(model)
    assert model.index(0, ProjectsModel.MEMBERS).data() == "Anna Berg (lead)"


def test_add_a_project_in_the_dialog_then_undo_and_redo(qtbot: QtBot, demo_ctx: GuiContext,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_ctx.services
    goal = s.goals.all()[0]

    def fill(dialog: ProjectEditorDialog) -> int:
        dialog.name.setText("Platform migration")
        for person in ("Anna Berg", "Per Ö"):
            dialog.person.setText(person)
            assert dialog.add_member()
        dialog.members.item(0, 1).setText("lead")
        dialog.goals.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.notes.setPlainText("Move the build farm")
        return ACCEPTED

    monkeypatch.setattr(ProjectEditorDialog, "exec", fill)
    widget = ProjectsWidget(demo_ctx)
    qtbot.addWidget(widget)
    project_id = widget.add_project()
    assert project_id is not None
    project = s.projects.get(project_id)
    assert [(m.name, m.role) for m in project.members] == [("Anna Berg", "lead"), ("Per Öberg", "")]
    assert project.goal_titles == (goal.title,)
    assert widget.model.rowCount() == 1
    assert widget.current_id() == project_id
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)
    demo_ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    assert s.projects.get(project_id) == project


def test_edit_a_project_in_the_table_and_its_dialog_with_undo(qtbot: QtBot, demo_ctx: GuiContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_ctx.services
    anna = s.contacts.find("Anna Berg").id
    project = s.projects.add("Platform migration", members=[(anna, "lead")])
    widget = ProjectsWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.setData(model.index(0, ProjectsModel.STATUS), "paused")
    assert s.projects.get(project.id).status == "paused"
    qtbot.waitUntil(lambda: model.index(0, ProjectsModel.STATUS).data() == "Paused")

    def rename(dialog: ProjectEditorDialog) -> int:
        dialog.name.setText("Cloud migration")
        dialog.members.selectRow(0)
        dialog.remove_member()
        return ACCEPTED

    monkeypatch.setattr(ProjectEditorDialog, "exec", rename)
    widget.view.setCurrentIndex(model.index(0, 0))
    widget.edit_current()
    changed = s.projects.get(project.id)
    assert (changed.name, changed.members, changed.status) == ("Cloud migration", (), "paused")
    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    assert s.projects.get(project.id) == project


def test_log_this_weeks_project_work_keeps_the_members_ties_alive(qtbot: QtBot, demo_ctx: GuiContext,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_ctx.services
    anna, per = s.contacts.find("Anna Berg").id, s.contacts.find("Per Öberg").id
    project = s.projects.add("Platform migration", members=[(anna, "lead"), (per, "")])
    before = s.strength.all()

    def only_anna(dialog: LogProjectWorkDialog) -> int:
        assert dialog.contact_ids() == [anna, per]  # every member is offered, ticked
        dialog.members.item(1).setCheckState(Qt.CheckState.Unchecked)
        return ACCEPTED

    monkeypatch.setattr(LogProjectWorkDialog, "exec", only_anna)
    widget = ProjectsWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.log_work()
    logged = s.interactions.rows(contact_id=anna)[0]
    assert (logged.kind, logged.occurred_on) == ("joint_project", DEMO_TODAY)
    assert s.interactions.rows(contact_id=per)[0].kind != "joint_project"
    assert s.strength.all()[anna].strength > before[anna].strength
    qtbot.waitUntil(lambda: widget.model.index(0, ProjectsModel.WORKED).data() == DEMO_TODAY.isoformat())
    demo_ctx.undo_stack.undo()
    assert s.interactions.rows(contact_id=anna)[0].kind != "joint_project"
    assert s.strength.all()[anna].strength == before[anna].strength
    assert s.projects.get(project.id).last_worked_on is None


def test_log_a_lunch_with_three_as_one_entry_and_undo_it_as_one(qtbot: QtBot, demo_ctx: GuiContext,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_ctx.services
    people = [s.contacts.find(n).id for n in ("Anna Berg", "Per Öberg", "Johan Ek")]
    counts = {cid: len(s.interactions.rows(contact_id=cid)) for cid in people}
    window = _window(qtbot, demo_ctx)
    window.show_view("interactions")
    rows_before = window.interactions.model.rowCount()

    def fill(dialog: LogInteractionDialog) -> int:
        dialog.person.setText("Anna Berg")
        dialog.others.setText("Per Öberg, johan")
        dialog.kind.setCurrentIndex(dialog.kind.findData("lunch"))
        dialog.summary.setText("Team lunch")
        dialog.accept()
        assert dialog.error.isHidden(), dialog.error.text()
        return ACCEPTED

    monkeypatch.setattr(LogInteractionDialog, "exec", fill)
    window.log_interaction()
    assert {cid: len(s.interactions.rows(contact_id=cid)) for cid in people} == {
        cid: n + 1 for cid, n in counts.items()}
    model = window.interactions.model
    qtbot.waitUntil(lambda: model.rowCount() == rows_before + 1)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).summary == "Team lunch")
    assert model.index(row, InteractionsModel.PERSON).data() == "Anna Berg, Per Öberg, Johan Ek"
    # An edit of the one entry changes it for everyone at the lunch; one undo puts it back for all.
    assert model.setData(model.index(row, InteractionsModel.SUMMARY), "Team lunch at Ki")
    def latest() -> set[str]:
        return {s.interactions.rows(contact_id=cid)[0].summary for cid in people}

    assert latest() == {"Team lunch at Ki"}
    demo_ctx.undo_stack.undo()
    assert latest() == {"Team lunch"}
    demo_ctx.undo_stack.undo()  # the logging itself, all three rows in one step
    assert {cid: len(s.interactions.rows(contact_id=cid)) for cid in people} == counts
    qtbot.waitUntil(lambda: model.rowCount() == rows_before)
    demo_ctx.undo_stack.redo()
    assert {cid: len(s.interactions.rows(contact_id=cid)) for cid in people} == {
        cid: n + 1 for cid, n in counts.items()}


def test_someone_unknown_among_the_others_is_named_and_nothing_is_logged(qtbot: QtBot,
                                                                         demo_ctx: GuiContext) -> None:
    dialog = LogInteractionDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.person.setText("Anna Berg")
    dialog.others.setText("Per Öberg, Nobody Atall")
    dialog.accept()
    assert not dialog.error.isHidden()
    assert "Nobody Atall" in dialog.error.text()
    assert dialog.result() != ACCEPTED


def _select(window: MainWindow, ids: list[int]) -> None:
    people = window.people
    selection = people.view.selectionModel()
    selection.clearSelection()
    for cid in ids:
        row = people.model.row_of(cid)
        assert row is not None
        selection.select(people.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_merge_two_selected_people_choosing_fields_then_undo_restores_both(
        qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_ctx.services
    anna, johan = s.contacts.find("Anna Berg"), s.contacts.find("Johan Ek")
    before = {cid: (s.contacts.get(cid), s.interactions.rows(contact_id=cid)) for cid in (anna.id, johan.id)}
    window = _window(qtbot, demo_ctx)
    window.show_view("people")
    assert window.merge_action.shortcut() == QKeySequence("Ctrl+M")
    assert window.merge_action in window.people.view.actions()  # the context menu
    assert window.people.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    _select(window, [anna.id, johan.id])
    assert sorted(window.people.selected_ids()) == sorted([anna.id, johan.id])

    def choose(dialog: MergeDialog) -> int:
        assert {p.id for p in dialog.people} == {anna.id, johan.id}
        dialog.keep.button(anna.id).setChecked(True)
        dialog.choose("title", johan.title)
        return ACCEPTED

    monkeypatch.setattr(MergeDialog, "exec", choose)
    window.merge_action.trigger()
    merged = s.contacts.get(anna.id)
    assert (merged.name, merged.title) == (anna.name, johan.title)
    assert len(s.interactions.rows(contact_id=anna.id)) == len(before[anna.id][1]) + len(before[johan.id][1])
    assert all(p.id != johan.id for p in s.contacts.rows())
    demo_ctx.undo_stack.undo()
    for cid in (anna.id, johan.id):
        assert (s.contacts.get(cid), s.interactions.rows(contact_id=cid)) == before[cid]
    qtbot.waitUntil(lambda: window.people.model.row_of(johan.id) is not None)


def test_merge_needs_two_people(qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda _parent, _title, text: told.append(text))
    window = _window(qtbot, demo_ctx)
    window.show_view("people")
    _select(window, [demo_ctx.services.contacts.find("Anna Berg").id])
    assert not window.merge_people()
    assert told == ["Select two or more people in People to merge them."]
    assert demo_ctx.undo_stack.count() == 0


def test_find_duplicates_lists_pairs_and_opens_each_in_the_merge_dialog(qtbot: QtBot,
                                                                       ctx: GuiContext) -> None:
    s = ctx.services
    per = s.contacts.add(name="Per Öberg", emails=["per@nordvik.se"]).id
    twin = s.contacts.add(name="oberg per").id
    s.contacts.add(name="Someone Else")
    asked: list[list[int]] = []

    def merge(ids: list[int]) -> bool:
        asked.append(ids)
        s.merging.merge(ids[0], ids[1:])
        return True

    dialog = DuplicatesDialog(ctx, merge)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, n).text() for n in range(3)] == ["Per Öberg", "oberg per", "name"]
    dialog.merge_selected()
    assert asked == [[per, twin]]
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)


def test_the_merge_dialog_shows_differing_fields_side_by_side(qtbot: QtBot, ctx: GuiContext) -> None:
    s = ctx.services
    a = s.contacts.add(name="Kim Lee", emails=["kim@acme.se"], title="CTO").id
    b = s.contacts.add(name="Kim Li", emails=["kim@home.se"], title="CTO", notes="Plays go.").id
    dialog = MergeDialog(ctx, [a, b])
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"name", "emails", "notes"}  # the title is the same: nothing to choose
    fields = dialog.fields()
    assert (fields["name"], fields["emails"], fields["title"]) == ("Kim Lee", ["kim@acme.se", "kim@home.se"],
                                                                   "CTO")
    dialog.choose("emails", ["kim@home.se"])
    dialog.keep.button(b).setChecked(True)
    assert (dialog.kept_id(), dialog.merged_ids(), dialog.fields()["emails"]) == (b, [a], ["kim@home.se"])


def test_projects_are_listed_by_name_from_a_to_o(qtbot: QtBot, ctx: GuiContext) -> None:
    for name in ("Översättning", "Platform migration", "All-hands demo day"):
        ctx.services.projects.add(name)
    widget = ProjectsWidget(ctx)
    qtbot.addWidget(widget)
    names = [widget.model.index(row, ProjectsModel.NAME).data() for row in range(widget.model.rowCount())]
    assert names == ["All-hands demo day", "Platform migration", "Översättning"]
