"""The `plan` and `today` sub-commands (the outreach plan, today's agenda as the Today view shows it) and
the `ics` format of `export` (calendar file)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from netplanner.commands import transfer
from netplanner.commands.context import CommandContext
from netplanner.domain import planner as dp
from netplanner.domain.model import TouchStatus
from netplanner.interop.ics import write_ics
from netplanner.services.agenda import Agenda, Section
from netplanner.services.facade import Services
from netplanner.services.planner import DEFAULT_WEEKS, MAX_WEEKS

#: The command's wording, in one place.
WORDS: dict[str, str] = {
    "header": "Outreach plan for {weeks} weeks from {today} ({capacity} touches a week)",
    "header_one": "Outreach plan for 1 week from {today} ({capacity} touches a week)",
    "week": "Week of {date}",
    "empty": "  Nothing planned.",
    "why": "Why: {text}",
    "ask": "Ask: {text}",
    "give": "Give first: {text}",
    "status": " [{status}]",
    "today": "Today, {today}",
    "review": "Review your network",
}
SECTION_WORDS: dict[str, str] = {
    Section.THIS_WEEK: "This week",
    Section.FOLLOW_UPS: "Follow-ups due",
    Section.THANKS: "Thank-yous owed",
    Section.FADING: "Fading relationships",
    Section.REVIEW: "Network review due",
}
STATUS_WORDS: dict[str, str] = {TouchStatus.DONE: "done", TouchStatus.SKIPPED: "skipped",
                                TouchStatus.SNOOZED: "snoozed"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    plan = sub.add_parser("plan", parents=[common], help="print the outreach plan for the coming weeks")
    plan.add_argument("--weeks", type=int, default=DEFAULT_WEEKS,
                      help=f"how many weeks, 1-{MAX_WEEKS} (default {DEFAULT_WEEKS})")
    plan.set_defaults(func=run_plan)
    today = sub.add_parser("today", parents=[common],
                           help="print today's agenda: this week's touches, follow-ups, thanks, fading ties")
    today.add_argument("--json", action="store_true", help="print it as JSON (a list of sections)")
    today.set_defaults(func=run_today)
    transfer.register_exporter("ics", export_ics)


def format_plan(plan: dp.Plan) -> str:
    """The plan as readable text, one block per person."""
    header = WORDS["header_one" if len(plan.weeks) == 1 else "header"]
    lines = [header.format(weeks=len(plan.weeks), today=plan.today.isoformat(), capacity=plan.capacity)]
    for week in plan.weeks:
        lines += ["", WORDS["week"].format(date=dp.short_date(week.week_start, plan.today))]
        if not week.items:
            lines.append(WORDS["empty"])
        for number, item in enumerate(week.items, start=1):
            status = STATUS_WORDS.get(item.status)
            suffix = WORDS["status"].format(status=status) if status else ""
            lines.append(f"  {number}. {item.title}{suffix}")
            indent = " " * (len(str(number)) + 4)
            lines.append(indent + WORDS["why"].format(text=item.reason))
            if item.give_first:
                lines.append(indent + WORDS["give"].format(text=item.give_first))
            lines += [indent + WORDS["ask"].format(text=q) for q in item.questions]
    return "\n".join(lines)


def run_plan(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        plan = services.planner.plan(args.weeks)
    ctx.say(format_plan(plan))
    return 0


def agenda_json(agenda: Agenda) -> list[dict[str, object]]:
    return [
        {"section": rows.section.value, "entries": [
            {"contact_id": e.contact_id, "name": e.name, "title": e.title, "kind": e.kind, "why": e.reason,
             "status": e.status, "when": e.when, "questions": list(e.questions), "give_first": e.give_first}
            for e in rows.entries]}
        for rows in agenda.sections
    ]


def format_agenda(agenda: Agenda) -> str:
    """The agenda as readable text: the sections of the Today view, one line per person."""
    lines = [WORDS["today"].format(today=agenda.today.isoformat())]
    for rows in agenda.sections:
        lines += ["", SECTION_WORDS[rows.section]]
        if not rows.entries:
            lines.append(WORDS["empty"])
        for e in rows.entries:
            status = STATUS_WORDS.get(e.status)
            suffix = WORDS["status"].format(status=status) if status else ""
            when = f" ({e.when})" if e.when else ""
            lines.append(f"  - {e.title or WORDS['review']}{when}{suffix}")
            if e.reason:
                lines.append("    " + WORDS["why"].format(text=e.reason))
    return "\n".join(lines)


def run_today(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        agenda = services.agenda.agenda()
    ctx.say(json.dumps(agenda_json(agenda), ensure_ascii=False, indent=2) if args.json
            else format_agenda(agenda))
    return 0


def export_ics(services: Services, out: Path, *, weeks: int = DEFAULT_WEEKS, today: dt.date | None = None,
               todos: bool = False) -> int:  # fmt: skip
    """`export ics OUT`: the planned touches of the coming weeks as calendar events (`--todos`: as
    to-dos with a due time), without private notes."""
    services.db.refuse_own_file(out)
    planner = services.planner
    plan = planner.plan(weeks, today)
    return write_ics(out, planner.calendar_touches(plan), todos=todos)
