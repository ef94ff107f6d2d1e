"""The main window as a whole: the contract object names, People driving the timeline, backup and restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netplanner.app import restore_and_reopen
from netplanner.gui.context import GuiContext
from netplanner.gui.main_window import MainWindow
from netplanner.services.changes import Changes, Kind
from netplanner.services.review import ReviewData
from netplanner.services.unlock import create_new
from netplanner.storage import keystore
from netplanner.storage.portable import export_backup

CONTRACT_NAMES = ("contactsView", "contactFilter", "goalsView", "goalMatrixView", "timelineChart",
                  "plannerView", "interactionsView", "projectsView")


def make_window(qtbot: QtBot, ctx: GuiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_every_view_is_there_with_its_object_name(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    assert window.view_keys() == ["today", "people", "goals", "interactions", "matrix", "timeline",
                                  "network", "review", "projects", "trash"]
    # Views are built when first shown: at start only the one on screen exists.
    assert [key for key in window.view_keys() if window.is_built(key)] == [window.current_view()]
    for key in window.view_keys():
        window.show_view(key)
    for name in CONTRACT_NAMES:
        assert window.findChild(QWidget, name) is not None, name


def test_a_hidden_view_waits_and_one_persons_edit_reloads_nothing_else(
        qtbot: QtBot, demo_ctx: GuiContext) -> None:
    """An edit of one person's title repaints that row; views that do not show people reload nothing,
    and a hidden view only refreshes when it is shown."""
    window = make_window(qtbot, demo_ctx)
    window.show()
    for key in ("goals", "interactions", "matrix", "today", "people"):
        window.show_view(key)
    reloads: list[str] = []
    window.goals.model.modelReset.connect(lambda: reloads.append("goals"))
    window.interactions.model.reloaded.connect(lambda: reloads.append("interactions"))
    window.people.model.modelReset.connect(lambda: reloads.append("people"))
    repainted: list[int] = []
    window.people.model.dataChanged.connect(lambda top, _bottom, _roles: repainted.append(top.row()))
    contact_id = window.people.model.contact_id(3)
    seen: list[Changes] = []
    demo_ctx.events.changed.connect(seen.append)
    demo_ctx.services.contacts.update(contact_id, title="Head of Everything")
    assert [c.kinds for c in seen] == [frozenset({Kind.PEOPLE})]
    assert seen[0].ids_of(Kind.PEOPLE) == {contact_id}
    assert seen[0].strength == frozenset()
    qtbot.waitUntil(lambda: 3 in repainted)
    qtbot.wait(30)
    assert reloads == []
    assert window.people.model.row_at(3).title == "Head of Everything"
    # Goals is hidden: a new goal only marks it stale; showing it refreshes it.
    demo_ctx.services.goals.add(title="Negotiation", priority=4)
    qtbot.wait(30)
    assert "goals" not in reloads
    window.show_view("goals")
    qtbot.waitUntil(lambda: any(row.title == "Negotiation" for row in window.goals.model._rows))


def test_people_selected_in_people_are_the_curves_on_the_timeline(
    qtbot: QtBot, demo_ctx: GuiContext
) -> None:
    window = make_window(qtbot, demo_ctx)
    window.show_view("people")
    view, model = window.people.view, window.people.model
    chosen_rows = [0, 3, 5]
    for row in chosen_rows:
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = {model.contact_id(row) for row in chosen_rows}
    window.show_view("timeline")
    assert set(window.timeline.curve_items) == chosen


def test_logging_an_interaction_redraws_the_visible_timeline(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    window = make_window(qtbot, demo_ctx)
    window.show_view("people")
    window.people.view.selectRow(0)
    contact_id = window.people.model.contact_id(0)
    window.show_view("timeline")
    markers_before = len(window.timeline._curves.markers) if window.timeline._curves else 0
    demo_ctx.services.interactions.log(contact_id, "lunch", demo_ctx.today(), summary="Lunch after the talk")
    qtbot.waitUntil(lambda: window.timeline._curves is not None
                    and len(window.timeline._curves.markers) == markers_before + 1)


def test_restore_replaces_the_database_and_keeps_the_old_one(tmp_path: Path) -> None:
    env = {keystore.PASSPHRASE_ENV: "the app passphrase"}
    backup_file = tmp_path / "saved.npbackup"
    opened = create_new(tmp_path / "np.db", environ=env)
    opened.services.contacts.add(name="In the backup")
    export_backup(opened.services.db, backup_file, "backup passphrase")
    opened.services.contacts.add(name="Added after the backup")
    key = opened.services.db.key
    opened.close()
    reopened = restore_and_reopen(tmp_path / "np.db", key, backup_file, "backup passphrase")
    try:
        assert [row.name for row in reopened.services.contacts.rows()] == ["In the backup"]
    finally:
        reopened.close()
    assert list(tmp_path.glob("np.before-restore-*.db"))


def test_review_page_refreshes_without_leaving_old_sections(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    from PySide6.QtWidgets import QGroupBox

    from netplanner.gui.widgets.review import ReviewWidget

    review = ReviewWidget(demo_ctx)
    qtbot.addWidget(review)
    review.show()
    demo_ctx.services.bus.publish(Changes.everything())
    qtbot.waitUntil(lambda: not review.follower.stale)
    titles = [box.title() for box in review.findChildren(QGroupBox)]
    assert titles.count("Goals that ended") == 1


def test_review_page_rebuilds_once_for_a_burst_of_data_signals(qtbot: QtBot, demo_ctx: GuiContext) -> None:
    """Regression: each of five data signals rebuilt the page; the Refresh button stays immediate."""
    from netplanner.gui.widgets.review import ReviewWidget

    review = ReviewWidget(demo_ctx)
    qtbot.addWidget(review)
    review.show()
    prepared: list[dt.date] = []
    prepare = review._service.prepare

    def counting(today: dt.date | None = None) -> ReviewData:
        prepared.append(today or dt.date.min)
        return prepare(today)

    review._service.prepare = counting  # type: ignore[method-assign]
    for kind in (Kind.GOALS, Kind.LINKS, Kind.PEOPLE, Kind.INTERACTIONS, Kind.SETTINGS):
        demo_ctx.services.bus.publish(Changes(frozenset({kind})))
    assert prepared == []
    qtbot.waitUntil(lambda: len(prepared) == 1)
    qtbot.wait(20)
    assert len(prepared) == 1
    review.refresh_button.click()
    assert len(prepared) == 2


def test_default_timeline_people_are_chosen_again_when_the_data_changes(
    qtbot: QtBot, demo_ctx: GuiContext
) -> None:
    window = make_window(qtbot, demo_ctx)
    window.people.view.clearSelection()
    window.people.view.setCurrentIndex(window.people.model.index(-1, -1))
    window.show_view("timeline")
    shown = set(window.timeline.curve_items)
    assert len(shown) == 8
    gone = next(iter(shown))
    demo_ctx.services.contacts.trash([gone])
    qtbot.waitUntil(lambda: gone not in set(window.timeline.curve_items))
    now = set(window.timeline.curve_items)
    assert gone not in now
    assert len(now) == 8
