"""The goal matrix: model checks, in-place editing with undo, the coverage panel, swap and filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QListWidget, QMenu, QMessageBox, QTableView

from netplanner.domain import coverage as dc
from netplanner.gui.context import DataEvents, GuiContext
from netplanner.gui.delegates.matrix_delegate import LinkEditor
from netplanner.gui.models.matrix_model import (
    CONTACT_ID_ROLE,
    GOAL_ID_ROLE,
    RELEVANCE_ROLE,
    ROLE_ROLE,
    GoalMatrixModel,
    MatrixFilter,
)
from netplanner.gui.widgets.matrix import MatrixWidget
from netplanner.gui.widgets.review import ReviewWidget
from netplanner.services.changes import Kind
from netplanner.services.facade import Services
from netplanner.services.review import ReviewService

# show() on the offscreen platform warns about size hints; harmless (see test_timeline.py).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(demo_services: Services, demo_today: dt.date, qapp: Any) -> GuiContext:
    return GuiContext(demo_services, DataEvents(), QUndoStack(), today=lambda: demo_today)


@pytest.fixture
def widget(ctx: GuiContext, qtbot: Any) -> MatrixWidget:
    w = MatrixWidget(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    w.show()
    return w


def stored(services: Services, goal_id: int, contact_id: int) -> tuple[str, int] | None:
    links = services.goals.links(goal_id=goal_id, contact_id=contact_id)
    return (links[0].role, links[0].relevance) if links else None


def test_model_passes_the_model_tester(ctx: GuiContext, qtmodeltester: Any) -> None:
    model = GoalMatrixModel(ctx)
    assert model.rowCount() == 5  # the active demo goals
    assert model.columnCount() == 40
    qtmodeltester.check(model)
    model.swap()
    qtmodeltester.check(model)
    model.set_filter(MatrixFilter.DEPARTMENT, "Finance")
    qtmodeltester.check(model)


def test_linked_people_come_first_and_cells_show_role_and_heat(ctx: GuiContext) -> None:
    model = GoalMatrixModel(ctx)
    linked = {link.contact_id for link in ctx.services.goals.links()
              if ctx.services.goals.get(link.goal_id).status == "active"}
    people = model.people()
    flags = [p.id in linked for p in people]
    assert flags == sorted(flags, reverse=True)  # all linked, then the rest
    link = ctx.services.goals.links()[0]
    index = model.cell(link.goal_id, link.contact_id)
    assert index.data(ROLE_ROLE) == link.role
    assert index.data(RELEVANCE_ROLE) == link.relevance
    assert str(link.relevance) in index.data(Qt.ItemDataRole.DisplayRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    goal_tip = model.headerData(model.goal_section(link.goal_id) or 0, Qt.Orientation.Vertical,
                                Qt.ItemDataRole.ToolTipRole)
    assert "Coverage" in goal_tip
    person_tip = model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Strength" in person_tip or "Not met" in person_tip


def _empty_cell(model: GoalMatrixModel) -> tuple[int, int]:
    for goal in model.goals():
        for person in model.people():
            if model.link(goal.id, person.id) is None:
                return goal.id, person.id
    raise AssertionError("no empty cell")


def test_keys_edit_a_cell_which_persists_and_undoes(
        widget: MatrixWidget, ctx: GuiContext, qtbot: Any) -> None:
    model, view = widget.model, widget.view
    goal_id, contact_id = _empty_cell(model)
    seen: list[int] = []
    ctx.events.changed.connect(lambda changes: seen.append(1) if Kind.LINKS in changes.kinds else None)
    view.setCurrentIndex(model.cell(goal_id, contact_id))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 3)
    assert model.cell(goal_id, contact_id).data(RELEVANCE_ROLE) == 3
    assert seen
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(ctx.services, goal_id, contact_id) is None
    assert ctx.undo_stack.count() == 3
    ctx.undo_stack.undo()
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 1)
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored(ctx.services, goal_id, contact_id) is None
    assert model.cell(goal_id, contact_id).data(ROLE_ROLE) is None
    ctx.undo_stack.redo()
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 3)


def test_the_editor_changes_role_and_relevance_and_keeps_the_note(
        widget: MatrixWidget, ctx: GuiContext, qtbot: Any) -> None:
    model, view = widget.model, widget.view
    link = ctx.services.goals.links()[0]
    ctx.services.goals.link(link.goal_id, link.contact_id, role=link.role, relevance=link.relevance,
                            note="Met at the offsite")
    widget.reload()
    index = model.cell(link.goal_id, link.contact_id)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the editor
    editor = next(iter(view.findChildren(LinkEditor)), None)
    assert isinstance(editor, LinkEditor)
    editor.role.setCurrentIndex(editor.role.findData("sponsor"))
    editor.relevance.setValue(1)
    qtbot.keyClick(editor.relevance, Qt.Key.Key_Return)  # commits and closes (queued by Qt)
    qtbot.waitUntil(lambda: stored(ctx.services, link.goal_id, link.contact_id) == ("sponsor", 1))
    assert ctx.services.goals.links(goal_id=link.goal_id, contact_id=link.contact_id)[0].note == (
        "Met at the offsite")
    ctx.undo_stack.undo()
    assert stored(ctx.services, link.goal_id, link.contact_id) == (link.role, link.relevance)


def test_swap_keeps_edits_working(widget: MatrixWidget, ctx: GuiContext, qtbot: Any) -> None:
    model, view = widget.model, widget.view
    goal_id, contact_id = _empty_cell(model)
    view.setCurrentIndex(model.cell(goal_id, contact_id))
    widget.swap_button.click()
    assert model.is_transposed()
    assert model.rowCount() == 40
    assert model.columnCount() == 5
    index = view.currentIndex()
    assert (index.data(GOAL_ID_ROLE), index.data(CONTACT_ID_ROLE)) == (goal_id, contact_id)
    assert model.headerData(index.column(), Qt.Orientation.Horizontal, GOAL_ID_ROLE) == goal_id
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 2)
    assert model.setData(model.cell(goal_id, contact_id), ("mentor", 3))
    assert stored(ctx.services, goal_id, contact_id) == ("mentor", 3)
    widget.swap_button.click()  # back: the same cell, the same value
    assert model.cell(goal_id, contact_id).data(ROLE_ROLE) == "mentor"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored(ctx.services, goal_id, contact_id) is None


def test_flags_and_suggestions_for_a_goal_without_support(
        ctx: GuiContext, qtbot: Any) -> None:
    services = ctx.services
    goal = services.goals.add(title="Storytelling with data", competence_area="storytelling", priority=5)
    w = MatrixWidget(ctx)
    qtbot.addWidget(w)
    row = w.model.goal_section(goal.id)
    assert row is not None
    w.view.setCurrentIndex(w.model.index(row, 0))
    flags = [w.flags_list.item(i).text() for i in range(w.flags_list.count())]
    assert flags == ["Nobody supports Storytelling with data yet"]
    suggestions = [w.suggestions.item(i).text() for i in range(w.suggestions.count())]
    assert suggestions
    assert all("storytelling" in s for s in suggestions)
    # Link the first suggestion from the panel: the flag goes away, undo brings it back.
    w.suggestions.setCurrentRow(0)
    assert w.link_button.isEnabled()
    w.link_button.click()
    assert services.goals.links(goal_id=goal.id)
    texts = [w.flags_list.item(i).text() for i in range(w.flags_list.count())]
    assert "Nobody supports Storytelling with data yet" not in texts
    ctx.undo_stack.undo()
    assert not services.goals.links(goal_id=goal.id)
    assert w.flags_list.item(0).text() == "Nobody supports Storytelling with data yet"


def test_a_gap_with_nobody_suitable_prompts_for_a_prospect(ctx: GuiContext, qtbot: Any) -> None:
    goal = ctx.services.goals.add(title="Learn Rust", competence_area="rust", priority=5)
    w = MatrixWidget(ctx)
    qtbot.addWidget(w)
    w.view.setCurrentIndex(w.model.index(w.model.goal_section(goal.id) or 0, 0))
    flags = [w.flags_list.item(i).text() for i in range(w.flags_list.count())]
    assert any("find someone new" in text for text in flags)


def test_filters_and_external_changes(widget: MatrixWidget, ctx: GuiContext, qtbot: Any) -> None:
    table = widget.findChild(QTableView, "goalMatrixView")
    assert table is widget.view
    mode = widget.findChild(QComboBox, "matrixFilterMode")
    assert mode is not None
    mode.setCurrentIndex(mode.findData(MatrixFilter.DEPARTMENT.value))
    assert widget.filter_value.isVisibleTo(widget)
    widget.filter_value.setCurrentIndex(widget.filter_value.findText("Finance"))
    assert {p.department for p in widget.model.people()} == {"Finance"}
    mode.setCurrentIndex(mode.findData(MatrixFilter.LINKED.value))
    linked = {link.contact_id for link in ctx.services.goals.links()}
    assert {p.id for p in widget.model.people()} <= linked
    # A link made elsewhere shows after linksChanged.
    goal = widget.model.goals()[0]
    newcomer = ctx.services.contacts.add(name="Zed Newcomer", department="Legal")
    ctx.services.goals.link(goal.id, newcomer.id, role="peer", relevance=2)
    qtbot.waitUntil(lambda: widget.model.cell(goal.id, newcomer.id).isValid())
    assert widget.model.cell(goal.id, newcomer.id).data(ROLE_ROLE) == "peer"


def test_cell_menu_sets_relevance_and_role(widget: MatrixWidget, ctx: GuiContext) -> None:
    goal_id, contact_id = _empty_cell(widget.model)
    menu = widget.cell_menu(widget.model.cell(goal_id, contact_id))
    actions = {a.text(): a for a in menu.actions()}
    actions["Relevance 2"].trigger()
    assert stored(ctx.services, goal_id, contact_id) == ("expert", 2)
    menu = widget.cell_menu(widget.model.cell(goal_id, contact_id))
    roles = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert isinstance(roles, QMenu)
    next(a for a in roles.actions() if a.text() == "Mentor").trigger()
    assert stored(ctx.services, goal_id, contact_id) == ("mentor", 2)


def test_review_widget_saves_a_dated_review(ctx: GuiContext, qtbot: Any, demo_today: dt.date) -> None:
    w = ReviewWidget(ctx)
    qtbot.addWidget(w)
    assert "not held a review" in w.status.text()
    assert set(w.checks) >= {"gave_first", "new_contact"}
    w.checks["gave_first"].setChecked(True)
    w.notes.setPlainText("Call Per about the talk.")
    with qtbot.waitSignal(w.reviewRecorded):
        w.save_button.click()
    last = ReviewService(ctx.services.db).last_review()
    assert last is not None
    assert last.held_on == demo_today
    assert last.notes == "Call Per about the talk."
    assert last.checklist["gave_first"] is True
    assert demo_today.isoformat() in w.status.text()


def test_coverage_panel_matches_the_domain(widget: MatrixWidget) -> None:
    goal = widget.model.goals()[0]
    cov = widget.model.coverage(goal.id)
    assert cov is not None
    assert widget.score_bar.value() == dc.percent(cov.score)
    assert widget.supporters.count() == len(cov.supporters)
    assert isinstance(widget.findChild(QListWidget, "coverageFlags"), QListWidget)


def test_a_refused_link_warns_and_leaves_nothing_to_undo(widget: MatrixWidget, ctx: GuiContext,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    goal_id, contact_id = _empty_cell(widget.model)
    ctx.services.goals.delete(goal_id)  # behind the matrix's back: goals.link() now refuses
    index = widget.model.cell(goal_id, contact_id)
    assert not widget.model.setData(index, 2)
    assert len(shown) == 1
    assert "goal" in shown[0].lower()
    assert ctx.undo_stack.count() == 0
    assert widget.model.link(goal_id, contact_id) is None
    assert index.data(ROLE_ROLE) is None
    ctx.undo_stack.undo()  # nothing there: no crash


def test_a_link_whose_undo_fails_is_reported(ctx: GuiContext) -> None:
    from netplanner.gui import undo

    model = GoalMatrixModel(ctx)
    goal_id, contact_id = _empty_cell(model)
    assert model.set_link(goal_id, contact_id, ("peer", 3))
    assert ctx.undo_stack.count() == 1
    ctx.services.goals.delete(goal_id)
    ctx.undo_stack.undo()  # unlinking a deleted goal's link is harmless
    assert model.link(goal_id, contact_id) is None
    reported: list[str] = []
    undo.set_error_reporter(reported.append)
    try:
        ctx.undo_stack.redo()  # linking to the deleted goal is refused, and reported
    finally:
        undo.set_error_reporter(None)
    assert len(reported) == 1


def test_the_context_menu_is_deleted_after_use(widget: MatrixWidget) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    shown: list[str] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.append(popup.actions()[0].text())
            popup.close()

    closer = QTimer(widget)
    closer.setInterval(5)
    closer.timeout.connect(close_popup)
    closer.start()
    goal_id, contact_id = _empty_cell(widget.model)
    rect = widget.view.visualRect(widget.model.cell(goal_id, contact_id))
    for _ in range(3):
        widget._context_menu(rect.center())
    closer.stop()
    assert shown == ["Relevance 0"] * 3
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert widget.findChildren(QMenu) == []
