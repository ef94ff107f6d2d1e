"""Goals view: the editable table (goalsView), its undo, and deleting a goal with its links."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateDelegate
from netplanner.gui.models.goals_model import GoalsModel
from netplanner.gui.widgets.goals import GoalsWidget


def test_goals_model_passes_the_model_tester(demo_ctx: GuiContext, qtmodeltester: object) -> None:
    qtmodeltester.check(GoalsModel(demo_ctx))  # type: ignore[attr-defined]


def test_edit_priority_status_and_target_date_with_undo(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = GoalsWidget(demo_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    goal_id = model.row_at(0).id
    old = demo_ctx.services.goals.get(goal_id)
    assert model.setData(model.index(0, GoalsModel.PRIORITY), 1)
    row = model.row_of(goal_id)
    assert row is not None
    assert model.setData(model.index(row, GoalsModel.STATUS), "paused")
    row = model.row_of(goal_id)
    assert row is not None
    assert model.setData(model.index(row, GoalsModel.TARGET), dt.date(2030, 1, 31))
    saved = demo_ctx.services.goals.get(goal_id)
    assert (saved.priority, saved.status, saved.target_date) == (1, "paused", dt.date(2030, 1, 31))
    for _ in range(3):
        demo_ctx.undo_stack.undo()
    back = demo_ctx.services.goals.get(goal_id)
    assert (back.priority, back.status, back.target_date) == (old.priority, old.status, old.target_date)
    assert isinstance(widget.view.itemDelegateForColumn(GoalsModel.TARGET), DateDelegate)


def test_add_and_delete_a_goal_undo_brings_links_back(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    widget = GoalsWidget(demo_ctx)
    qtbot.addWidget(widget)
    add = undo.run(demo_ctx, undo.AddGoalCommand(demo_ctx, {"title": "Write a book", "priority": 2}))
    assert isinstance(add, undo.AddGoalCommand)
    qtbot.waitUntil(lambda: widget.model.row_of(add.goal_id or 0) is not None)
    demo_ctx.undo_stack.undo()
    assert all(g.title != "Write a book" for g in demo_ctx.services.goals.all())
    linked = next(g for g in demo_ctx.services.goals.all() if demo_ctx.services.goals.links(goal_id=g.id))
    links = len(demo_ctx.services.goals.links(goal_id=linked.id))
    widget.model.reload()
    widget.view.setCurrentIndex(widget.model.index(widget.model.row_of(linked.id) or 0, 0))
    widget.delete_selected()
    assert all(g.id != linked.id for g in demo_ctx.services.goals.all())
    demo_ctx.undo_stack.undo()
    assert len(demo_ctx.services.goals.links(goal_id=linked.id)) == links
    qtbot.waitUntil(lambda: widget.model.row_of(linked.id) is not None)
    widget.view.setCurrentIndex(widget.model.index(widget.model.row_of(linked.id) or 0, 0))
    assert widget.people.rowCount() == links


def test_an_edit_keeps_the_current_cell_selection_and_an_open_editor(
    qtbot: QtBot, demo_ctx: GuiContext
) -> None:
    """Regression: an edit came back as a model reset, which dropped the current cell and closed the
    editor the user had just opened on the next cell."""
    widget = GoalsWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    model, view = widget.model, widget.view
    assert model.rowCount() >= 2
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    edited_id, next_id = model.row_at(0).id, model.row_at(1).id
    assert model.setData(model.index(0, GoalsModel.WHY), "Because it matters")
    # As after Tab: the next cell is current and its editor is open before the change comes back.
    view.setCurrentIndex(model.index(1, GoalsModel.WHY))
    view.edit(model.index(1, GoalsModel.WHY))
    assert view.state() == view.State.EditingState
    qtbot.waitUntil(lambda: model.row_at(model.row_of(edited_id) or 0).why == "Because it matters")
    assert not resets
    assert view.state() == view.State.EditingState
    assert model.row_at(view.currentIndex().row()).id == next_id
    assert view.currentIndex().column() == GoalsModel.WHY
    assert view.selectionModel().isSelected(view.currentIndex())


def test_the_current_goal_follows_a_reorder_and_survives_added_and_removed_rows(
    qtbot: QtBot, demo_ctx: GuiContext, qtmodeltester: object
) -> None:
    widget = GoalsWidget(demo_ctx)
    qtbot.addWidget(widget)
    model, view = widget.model, widget.view
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # stays attached and checks every signal
    goal_id = model.row_at(0).id  # the highest priority, sorted first
    view.setCurrentIndex(model.index(0, GoalsModel.WHY))
    assert model.setData(model.index(0, GoalsModel.PRIORITY), 1)  # now sorted down the list
    qtbot.waitUntil(lambda: model.row_of(goal_id) != 0)
    assert model.row_at(view.currentIndex().row()).id == goal_id
    assert view.currentIndex().column() == GoalsModel.WHY
    add = undo.run(demo_ctx, undo.AddGoalCommand(demo_ctx, {"title": "Write a book", "priority": 5}))
    assert isinstance(add, undo.AddGoalCommand)
    qtbot.waitUntil(lambda: model.row_of(add.goal_id or 0) is not None)
    assert model.row_at(view.currentIndex().row()).id == goal_id
    other = next(r.id for r in model.rows() if r.id not in (goal_id, add.goal_id))
    undo.run(demo_ctx, undo.DeleteGoalCommand(demo_ctx, other))
    qtbot.waitUntil(lambda: model.row_of(other) is None)
    assert model.row_at(view.currentIndex().row()).id == goal_id
    assert view.currentIndex().column() == GoalsModel.WHY
    expected = {g.id for g in demo_ctx.services.goals.all()}
    assert {r.id for r in model.rows()} == expected
    priorities = [r.priority for r in model.rows()]
    assert priorities == sorted(priorities, reverse=True)


def test_delete_refused_shows_a_warning(
    qtbot: QtBot, demo_ctx: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    widget = GoalsWidget(demo_ctx)
    qtbot.addWidget(widget)
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    goal_id = widget.model.row_at(0).id
    demo_ctx.services.goals.delete(goal_id)  # gone behind the table's back
    widget.delete_selected()
    assert len(shown) == 1
    assert demo_ctx.undo_stack.count() == 0
