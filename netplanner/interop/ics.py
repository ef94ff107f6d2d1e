"""Planned touches as an iCalendar file (RFC 5545) for any calendar app, written with `icalendar`.

Each touch becomes a VEVENT (or a VTODO, the user's choice) with a title ("Coffee with Anna Berg"), its
purpose as the description, a reminder (VALARM) and times in the user's time zone: a TZID with the
matching VTIMEZONE for a named zone, UTC otherwise. Private lines (questions, notes) are written only
when the caller asks for them. UIDs are stable, so importing again updates the entries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from netplanner import __version__

PRODID = f"-//NetPlanner//NetPlanner {__version__}//EN"
DEFAULT_REMINDER_MINUTES = 15
_ZONEINFO_MARK = "zoneinfo/"


@dataclass(frozen=True, slots=True)
class CalendarTouch:
    uid: str
    title: str
    purpose: str
    start: dt.datetime  # wall-clock time in the user's zone (naive)
    minutes: int
    private_notes: tuple[str, ...] = ()


def local_zone() -> dt.tzinfo:
    """The user's time zone: a named zone (TZ, /etc/timezone, the /etc/localtime link), else the fixed
    offset the system reports now (right for today, possibly an hour off across a DST change)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if _ZONEINFO_MARK in target:
            candidates.append(target.split(_ZONEINFO_MARK, 1)[1])
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


def _aware(start: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    local = start.replace(tzinfo=tz) if start.tzinfo is None else start.astimezone(tz)
    # Only named zones can be described by a VTIMEZONE; anything else is written in UTC.
    return local if isinstance(tz, ZoneInfo) else local.astimezone(dt.UTC)


def calendar_bytes(
    touches: Sequence[CalendarTouch],
    *,
    todos: bool = False,
    include_private: bool = False,
    tz: dt.tzinfo | str | None = None,
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES,
    stamp: dt.datetime | None = None,
) -> bytes:
    """The calendar as bytes (CRLF lines, UTF-8)."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else (tz or local_zone())
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "NetPlanner")
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    for touch in touches:
        start = _aware(touch.start, zone)
        end = start + dt.timedelta(minutes=touch.minutes)
        first = start if first is None else min(first, start)
        last = end if last is None else max(last, end)
        component: icalendar.Component = icalendar.Todo() if todos else icalendar.Event()
        component.add("uid", touch.uid)
        component.add("dtstamp", stamp)
        component.add("summary", touch.title)
        component.add("dtstart", start)
        if todos:
            component.add("due", end)
            component.add("status", "NEEDS-ACTION")
        else:
            component.add("dtend", end)
            component.add("transp", "OPAQUE")
        component.add("class", "PRIVATE")
        description = touch.purpose
        if include_private and touch.private_notes:
            description += "\n\n" + "\n".join(touch.private_notes)
        component.add("description", description)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", touch.title)
        alarm.add("trigger", dt.timedelta(minutes=-reminder_minutes))
        component.add_component(alarm)
        cal.add_component(component)
    if first is not None and last is not None and isinstance(zone, ZoneInfo):
        cal.add_missing_timezones(first_date=first.date() - dt.timedelta(days=366),
                                  last_date=last.date() + dt.timedelta(days=366))
    data: bytes = cal.to_ical()
    return data


def write_ics(
    path: Path,
    touches: Sequence[CalendarTouch],
    *,
    todos: bool = False,
    include_private: bool = False,
    tz: dt.tzinfo | str | None = None,
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES,
) -> int:
    """Write the calendar to `path` (an export the user asked for); returns the number of entries."""
    path.write_bytes(calendar_bytes(touches, todos=todos, include_private=include_private, tz=tz,
                                    reminder_minutes=reminder_minutes))
    return len(touches)
