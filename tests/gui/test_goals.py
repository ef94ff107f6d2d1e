"""Goals view: the editable table (goalsView), its undo, and deleting a goal with its links."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from netplanner.gui import commands
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
    add = commands.run(demo_ctx, commands.AddGoalCommand(demo_ctx, {"title": "Write a book", "priority": 2}))
    assert isinstance(add, commands.AddGoalCommand)
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
