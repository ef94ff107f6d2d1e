"""Calendar export: parsed back with vobject (a second, independent parser)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from zoneinfo import ZoneInfo

import vobject

from netplanner.commands.plan import export_ics
from netplanner.interop.ics import CalendarTouch, calendar_bytes, write_ics
from netplanner.services.facade import Services

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TOUCHES = [
    CalendarTouch("netplanner-touch-1@netplanner.invalid", "Coffee with Anna Berg",
                  "Strength 31 % since lunch on 2 Sep; mentor for Public speaking",
                  dt.datetime(2026, 11, 17, 10, 0), 30,
                  ("Ask: How did you prepare for your first big talk?", "About: secret budget talk")),
    # Across the DST change (Stockholm leaves summer time on 25 Oct 2026).
    CalendarTouch("netplanner-touch-2@netplanner.invalid", "Lunch with Per Öberg", "Strength 50 %",
                  dt.datetime(2026, 10, 20, 12, 0), 60),
]


def parse(data: bytes) -> vobject.base.Component:
    calendars = list(vobject.readComponents(data.decode("utf-8")))
    assert len(calendars) == 1
    return calendars[0]


def test_events_parse_with_vobject_and_keep_local_times() -> None:
    cal = parse(calendar_bytes(TOUCHES, tz="Europe/Stockholm"))
    events = cal.vevent_list
    assert [e.summary.value for e in events] == ["Coffee with Anna Berg", "Lunch with Per Öberg"]
    first, second = events
    assert first.dtstart.value == dt.datetime(2026, 11, 17, 10, 0, tzinfo=STOCKHOLM)
    assert first.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 11, 17, 9, 0, tzinfo=dt.UTC)
    assert first.dtend.value - first.dtstart.value == dt.timedelta(minutes=30)
    assert second.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 10, 20, 10, 0, tzinfo=dt.UTC)
    assert first.dtstart.value.replace(tzinfo=None) == dt.datetime(2026, 11, 17, 10, 0)  # wall time
    assert first.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/Stockholm"]  # vobject renames TZID
    assert [tz.tzid.value for tz in cal.vtimezone_list] == ["Europe/Stockholm"]
    assert first.uid.value == "netplanner-touch-1@netplanner.invalid"
    assert first.description.value == "Strength 31 % since lunch on 2 Sep; mentor for Public speaking"
    alarm = first.valarm
    assert alarm.action.value == "DISPLAY"
    assert alarm.trigger.value == dt.timedelta(minutes=-15)


def test_no_private_notes_unless_asked() -> None:
    plain = calendar_bytes(TOUCHES, tz="Europe/Stockholm")
    assert b"first big talk" not in plain
    assert b"secret budget" not in plain
    private = parse(calendar_bytes(TOUCHES, tz="Europe/Stockholm", include_private=True))
    description = private.vevent_list[0].description.value
    assert "Ask: How did you prepare for your first big talk?" in description
    assert "About: secret budget talk" in description


def test_todos_have_a_due_time_and_a_reminder() -> None:
    cal = parse(calendar_bytes(TOUCHES, todos=True, tz=STOCKHOLM))
    assert not hasattr(cal, "vevent")
    todo = cal.vtodo_list[0]
    assert todo.summary.value == "Coffee with Anna Berg"
    assert todo.due.value == dt.datetime(2026, 11, 17, 10, 30, tzinfo=STOCKHOLM)
    assert todo.status.value == "NEEDS-ACTION"
    assert todo.valarm.trigger.value == dt.timedelta(minutes=-15)


def test_a_fixed_offset_zone_is_written_in_utc() -> None:
    cal = parse(calendar_bytes(TOUCHES[:1], tz=dt.timezone(dt.timedelta(hours=2))))
    assert cal.vevent.dtstart.value == dt.datetime(2026, 11, 17, 8, 0, tzinfo=dt.UTC)


def test_the_demo_plan_exports_without_questions(demo_services: Services, demo_today: dt.date,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    count = export_ics(demo_services, out, weeks=2, today=demo_today)
    assert count == 6
    cal = parse(out.read_bytes())
    events = cal.vevent_list
    assert len(events) == 6
    planner = demo_services.planner  # the facade's planner: it knows the introductions
    plan = planner.plan(2, demo_today)
    assert [e.summary.value for e in events] == [i.title for i in plan.items()]
    questions = [q for i in plan.items() for q in i.questions]
    assert questions  # the demo has open questions for someone in the plan...
    descriptions = " ".join(e.description.value for e in events)
    assert not any(q in descriptions for q in questions)  # ...and none reach the file
    assert "Ask:" not in descriptions
    starts = [e.dtstart.value for e in events]
    assert all(s.date() >= demo_today and s.weekday() < 5 for s in starts)
    spans = sorted((e.dtstart.value, e.dtend.value) for e in events)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))

    with_notes = tmp_path / "private.ics"
    write_ics(with_notes, planner.calendar_touches(plan), include_private=True, tz="Europe/Stockholm")
    private = " ".join(e.description.value for e in parse(with_notes.read_bytes()).vevent_list)
    assert all(q in private for q in questions)
