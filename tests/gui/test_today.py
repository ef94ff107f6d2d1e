"""The Today view on the example network: sections, Done / Snooze / Skip with undo, Open person, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import vobject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QTreeView
from pytestqt.qtbot import QtBot

from netplanner.gui.context import DataEvents, GuiContext
from netplanner.gui.models.plan_model import Entry, Section
from netplanner.gui.widgets.today import CalendarOptions, ExportCalendarDialog, TodayWidget
from netplanner.services.facade import Services


@pytest.fixture
def today_widget(qtbot: QtBot, demo_services: Services, demo_today: dt.date) -> TodayWidget:
    ctx = GuiContext(demo_services, DataEvents(), QUndoStack(), today=lambda: demo_today)
    widget = TodayWidget(ctx)
    qtbot.addWidget(widget)
    return widget


def entries(widget: TodayWidget, section: Section) -> list[Entry]:
    for s in widget.model.sections():
        if s.section == section:
            return list(s.entries)
    return []


def test_sections_and_the_model(today_widget: TodayWidget, qtmodeltester: Any) -> None:
    view = today_widget.findChild(QTreeView, "plannerView")
    assert view is today_widget.view
    qtmodeltester.check(today_widget.model)
    sections = [s.section for s in today_widget.model.sections()]
    assert sections[0] == Section.THIS_WEEK
    assert {Section.FOLLOW_UPS, Section.THANKS, Section.FADING} <= set(sections)
    week = entries(today_widget, Section.THIS_WEEK)
    assert len(week) == 3
    assert all(e.touch_id is not None for e in week)
    # Nobody in this week's plan is listed again below it.
    planned = {e.contact_id for e in week}
    assert not planned & {e.contact_id for e in entries(today_widget, Section.FADING)}
    assert today_widget.heading.text() == "Week of 16 Nov"
    assert today_widget.current_entry() == week[0]
    assert "Follow up with" in today_widget.details.toPlainText()


def test_done_logs_and_undo_takes_it_back(today_widget: TodayWidget, demo_services: Services,
                                          demo_today: dt.date, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = entries(today_widget, Section.THIS_WEEK)[0]
    count = len(demo_services.interactions.rows(contact_id=first.contact_id))
    monkeypatch.setattr(today_widget, "ask_done", lambda e: {
        "occurred_on": demo_today, "kind": "call", "direction": "mutual", "summary": "Called", "notes": ""})
    with qtbot.waitSignal(today_widget.ctx.events.changed):
        today_widget._on_done()
    qtbot.waitUntil(lambda: entries(today_widget, Section.THIS_WEEK)[0].status == "done")
    assert len(demo_services.interactions.rows(contact_id=first.contact_id)) == count + 1
    assert not today_widget.done_action.isEnabled()  # the done line stays selected

    today_widget.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: entries(today_widget, Section.THIS_WEEK)[0].status == "planned")
    assert len(demo_services.interactions.rows(contact_id=first.contact_id)) == count


def test_snooze_skip_and_open_person(today_widget: TodayWidget, qtbot: QtBot) -> None:
    week = entries(today_widget, Section.THIS_WEEK)
    assert today_widget.snooze(week[2])
    qtbot.waitUntil(lambda: week[2].contact_id not in
                    {e.contact_id for e in entries(today_widget, Section.THIS_WEEK)})
    today_widget.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: [e.status for e in entries(today_widget, Section.THIS_WEEK)] == ["planned"] * 3)

    assert today_widget.skip(week[1])
    qtbot.waitUntil(lambda: entries(today_widget, Section.THIS_WEEK)[1].status == "skipped")
    today_widget.view.setCurrentIndex(today_widget.model.find(week[1].touch_id, "", 0))
    assert not today_widget.skip_action.isEnabled()

    fading = entries(today_widget, Section.FADING)[0]
    today_widget.view.setCurrentIndex(today_widget.model.find(None, Section.FADING, fading.contact_id))
    assert today_widget.done_action.isEnabled()
    assert not today_widget.snooze_action.isEnabled()  # only planned touches can be snoozed
    with qtbot.waitSignal(today_widget.ctx.events.showContact) as blocker:
        today_widget.open_action.trigger()
    assert blocker.args == [fading.contact_id]


def test_export_to_calendar_leaves_private_notes_out(today_widget: TodayWidget, tmp_path: Path,
                                                     qtbot: QtBot) -> None:
    dialog = ExportCalendarDialog(today_widget)
    qtbot.addWidget(dialog)
    assert dialog.events_radio.isChecked()
    assert not dialog.private_check.isChecked()  # off by default

    out = tmp_path / "today.ics"
    count = today_widget.export_calendar(CalendarOptions(out, todos=True, include_private=False, weeks=1))
    assert count == 3
    cal = next(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cal.vtodo_list) == 3
    questions = [q for e in entries(today_widget, Section.THIS_WEEK) for q in e.questions]
    descriptions = " ".join(t.description.value for t in cal.vtodo_list)
    assert not any(q in descriptions for q in questions)


def test_done_opens_the_log_dialog_prefilled(today_widget: TodayWidget, monkeypatch: pytest.MonkeyPatch,
                                             demo_today: dt.date) -> None:
    from PySide6.QtWidgets import QDialog

    from netplanner.gui.dialogs.log_interaction import LogInteractionDialog

    seen: dict[str, Any] = {}

    def answer(dialog: LogInteractionDialog) -> QDialog.DialogCode:
        seen.update(person=dialog.person_name(), read_only=dialog.person.isReadOnly())
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LogInteractionDialog, "exec", answer)
    entry = entries(today_widget, Section.THIS_WEEK)[2]
    fields = today_widget.ask_done(entry)
    assert seen == {"person": entry.name, "read_only": True}
    assert fields is not None
    assert (fields["kind"], fields["summary"], fields["occurred_on"]) == (entry.kind, entry.title, demo_today)
    assert fields.get("goal_id") == entry.goal_id


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages of the warning boxes the Today view would show (none pops up)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_refused_done_warns_and_leaves_nothing_to_undo(today_widget: TodayWidget, demo_services: Services,
                                                         warnings: list[str]) -> None:
    first = entries(today_widget, Section.THIS_WEEK)[0]
    count = len(demo_services.interactions.rows(contact_id=first.contact_id))
    future = max(dt.date.today(), today_widget.ctx.today()) + dt.timedelta(days=30)
    assert not today_widget.mark_done(first, {"occurred_on": future, "kind": "call", "summary": "Called"})
    assert len(warnings) == 1
    assert "future" in warnings[0]
    stack = today_widget.ctx.undo_stack
    assert stack.count() == 0
    assert not stack.canUndo()
    stack.undo()  # nothing there: no crash
    assert len(demo_services.interactions.rows(contact_id=first.contact_id)) == count
    assert entries(today_widget, Section.THIS_WEEK)[0].status == "planned"


def test_a_stale_touch_warns_and_leaves_nothing_to_undo(today_widget: TodayWidget,
                                                        warnings: list[str]) -> None:
    from dataclasses import replace

    stale = replace(entries(today_widget, Section.THIS_WEEK)[0], touch_id=10**9)
    assert not today_widget.snooze(stale)
    assert not today_widget.skip(stale)
    assert not today_widget.mark_done(stale, {"kind": "call", "summary": "Called"})
    assert len(warnings) == 3
    assert all("no planned touch" in w for w in warnings)
    assert today_widget.ctx.undo_stack.count() == 0


def test_an_undo_that_fails_is_reported_not_raised(today_widget: TodayWidget, demo_services: Services,
                                                   qtbot: QtBot) -> None:
    from netplanner.gui import undo
    from netplanner.storage.orm import PlannedTouch

    week = entries(today_widget, Section.THIS_WEEK)
    assert today_widget.skip(week[0])
    assert today_widget.ctx.undo_stack.count() == 1
    with demo_services.db.session() as session:  # the touch goes away behind the view's back
        touch = session.get(PlannedTouch, week[0].touch_id)
        assert touch is not None
        session.delete(touch)
    reported: list[str] = []
    undo.set_error_reporter(reported.append)
    try:
        today_widget.ctx.undo_stack.undo()
    finally:
        undo.set_error_reporter(None)
    assert len(reported) == 1
    assert "no planned touch" in reported[0]


def test_the_command_line_prints_the_agenda_today_shows(today_widget: TodayWidget,
                                                        demo_services: Services) -> None:
    """One rule for both: `netplanner today` lists the sections and lines of the Today view."""
    from netplanner.commands.plan import SECTION_WORDS, format_agenda

    text = format_agenda(demo_services.agenda.agenda())
    shown = [(s.section, [e.title for e in s.entries]) for s in today_widget.model.sections()]
    assert len(shown) >= 4
    position = 0
    for section, titles in shown:
        position = text.index(SECTION_WORDS[section], position)
        for title in titles:
            position = text.index(title or "Review your network", position)
