"""Sub-commands for scripting what the GUI does with people and goals (issue 15 item 5): people, person
show/add/edit, goals, goal add/edit, link, search and review, each with `--json` (keys in the README)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from typing import Any

from netplanner.commands.context import CommandContext
from netplanner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from netplanner.domain.model import Role
from netplanner.services.contacts import EDITABLE_FIELDS, ContactRow
from netplanner.services.facade import Services
from netplanner.services.goals import GOAL_CLEANERS
from netplanner.services.records import ContactDetails, GoalDetails
from netplanner.services.strength import ContactStrength

SCORES = ("knowledge_sharing", "feedback", "chemistry", "trust", "influence")
#: Options of `person add/edit` and `goal add/edit` that set one field (the rest go by --set).
PERSON_OPTIONS = {"organisation": "organisation", "title": "title", "email": "emails", "status": "status"}
GOAL_OPTIONS = {"area": "competence_area", "priority": "priority", "status": "status"}


def jsonable(value: object) -> Any:
    """Dataclasses, tuples, dates and enums as plain JSON values (dates ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def dumps(value: object) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False, indent=2)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON (keys in the README)")

    people = sub.add_parser("people", parents=[common, as_json], help="list the people in your network")
    people.add_argument("--filter", metavar="TEXT", default="",
                        help="only those whose name, organisation, department, title, tags or expertise "
                        "contain TEXT")
    people.set_defaults(func=run_people)

    person = sub.add_parser("person", parents=[common], help="show, add or edit one person")
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True,
                                     help="show, add or edit")
    show = actions.add_parser("show", parents=[common, as_json], help="everything about one person")
    show.add_argument("person", metavar="PERSON", help="name, e-mail address or id")
    show.set_defaults(func=run_person_show)
    add = actions.add_parser("add", parents=[common, as_json], help="add a person")
    add.add_argument("name", metavar="NAME", help="the person's name")
    _field_options(add, "person")
    add.set_defaults(func=run_person_add)
    edit = actions.add_parser("edit", parents=[common, as_json], help="change a person's fields")
    edit.add_argument("person", metavar="PERSON", help="name, e-mail address or id")
    _field_options(edit, "person")
    edit.set_defaults(func=run_person_edit)

    goals = sub.add_parser("goals", parents=[common, as_json], help="list your development goals")
    goals.set_defaults(func=run_goals)
    goal = sub.add_parser("goal", parents=[common], help="add or edit a goal")
    goal_actions = goal.add_subparsers(dest="action", metavar="ACTION", required=True,
                                       help="add or edit")
    goal_add = goal_actions.add_parser("add", parents=[common, as_json], help="add a goal")
    goal_add.add_argument("title", metavar="TITLE", help="what you want to develop")
    _field_options(goal_add, "goal")
    goal_add.set_defaults(func=run_goal_add)
    goal_edit = goal_actions.add_parser("edit", parents=[common, as_json], help="change a goal's fields")
    goal_edit.add_argument("goal", metavar="GOAL", help="the goal's title (or a unique part) or id")
    _field_options(goal_edit, "goal")
    goal_edit.set_defaults(func=run_goal_edit)

    link = sub.add_parser("link", parents=[common, as_json], help="map a person to a goal")
    link.add_argument("person", metavar="PERSON", help="name, e-mail address or id")
    link.add_argument("goal", metavar="GOAL", help="the goal's title (or a unique part) or id")
    link.add_argument("--role", required=True, choices=[r.value for r in Role],
                      help="what they are for the goal")
    link.add_argument("--relevance", required=True, type=int, choices=range(4), metavar="N",
                      help="0-3: how much they matter for the goal")
    link.add_argument("--note", default="", metavar="TEXT", help="why, in a few words")
    link.set_defaults(func=run_link)

    search = sub.add_parser("search", parents=[common, as_json],
                            help="search people, questions, interactions and goals")
    search.add_argument("text", metavar="TEXT", help="words to find (prefixes match; Öberg = oberg)")
    search.set_defaults(func=run_search)

    review = sub.add_parser("review", parents=[common, as_json],
                            help="print the network review: ended goals, dormant ties, gaps, balance")
    review.set_defaults(func=run_review)


def _field_options(parser: argparse.ArgumentParser, what: str) -> None:
    if what == "person":
        parser.add_argument("--organisation", metavar="TEXT", help="where they work")
        parser.add_argument("--title", metavar="TEXT", help="their job title")
        parser.add_argument("--email", metavar="ADDRESS", help="e-mail addresses, comma-separated")
        parser.add_argument("--status", metavar="STATUS", help="prospect, active, dormant or archived")
        fields = EDITABLE_FIELDS
    else:
        parser.add_argument("--area", metavar="TEXT", help="the competence area")
        parser.add_argument("--priority", metavar="N", help="1-5")
        parser.add_argument("--status", metavar="STATUS", help="active, paused, achieved or dropped")
        fields = tuple(GOAL_CLEANERS)
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="set a field (repeatable): " + ", ".join(fields))


def _fields(args: argparse.Namespace, options: Mapping[str, str], allowed: Sequence[str]) -> dict[str, str]:
    fields = {field: getattr(args, option) for option, field in options.items()
              if getattr(args, option, None) is not None}
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or name.strip() not in allowed:
            raise ValidationError("--set {pair}: give FIELD=VALUE, where FIELD is one of {fields}.",
                                  pair=pair, fields=", ".join(allowed))
        fields[name.strip()] = value
    return fields


# -- finding records -----------------------------------------------------------------------------


def find_person(services: Services, text: str) -> ContactDetails:
    """A person by id (digits), name or e-mail."""
    if text.strip().isdigit():
        person = services.contacts.get(int(text))
        if person.deleted_at is None:
            return person
        raise NotFoundError("There is no person with id {contact_id}.", contact_id=int(text))
    return services.contacts.find(text)


def find_goal(services: Services, text: str) -> GoalDetails:
    """A goal by id (digits), title (case-insensitive) or a part of the title only one goal has."""
    needle = text.strip()
    if needle.isdigit():
        return services.goals.get(int(needle))
    goals = services.goals.all()
    folded = needle.casefold()
    matches = ([g for g in goals if g.title.casefold() == folded]
               or [g for g in goals if folded and folded in g.title.casefold()])
    if not matches:
        raise NotFoundError("No goal called '{needle}'.", needle=needle)
    if len(matches) > 1:
        raise AmbiguousError("'{needle}' matches {count} goals: {listed}. Be more specific.", needle=needle,
                             count=len(matches), listed="; ".join(g.title for g in matches[:5]))
    return matches[0]


# -- people --------------------------------------------------------------------------------------


def _strength(value: ContactStrength | None) -> dict[str, Any]:
    if value is None:
        return {"strength": None, "due": None, "fades_on": None, "balance": None, "next_contact": None}
    return {"strength": round(value.strength, 4), "due": jsonable(value.due),
            "fades_on": jsonable(value.crossing), "balance": round(value.balance, 4),
            "next_contact": jsonable(value.next_contact)}


def _split(text: str) -> list[str]:
    return [part for part in text.split(", ") if part]


def person_row(row: ContactRow, strength: ContactStrength | None) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "organisation": row.organisation, "department": row.department,
            "title": row.title, "status": row.status, "tags": _split(row.tags),
            "expertise": _split(row.expertise), **{name: getattr(row, name) for name in SCORES},
            "last_contact": row.last_contact, **_strength(strength)}


def _matches(row: ContactRow, folded: str) -> bool:
    return any(folded in text.casefold() for text in (row.name, row.organisation, row.department, row.title,
                                                      row.tags, row.expertise))


def run_people(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        folded = args.filter.strip().casefold()
        rows = sorted((r for r in services.contacts.rows() if _matches(r, folded)),
                      key=lambda r: (r.name.casefold(), r.id))
        strengths = services.strength.all()
        people = [person_row(row, strengths.get(row.id)) for row in rows]
    if args.json:
        ctx.say(dumps(people))
        return 0
    for p in people:
        strength = "" if p["strength"] is None else f"  {round(100 * p['strength'])} %"
        where = ", ".join(part for part in (p["title"], p["organisation"]) if part)
        ctx.say(f"{p['id']:>6}  {p['name']}" + (f" ({where})" if where else "") + strength)
    ctx.say(f"{len(people)} people")
    return 0


def person_json(services: Services, person: ContactDetails) -> dict[str, Any]:
    details = jsonable(person)
    details.update(_strength(services.strength.all().get(person.id)))
    details["goals"] = [{"goal_id": link.goal_id, "goal": link.goal_title, "role": link.role,
                         "relevance": link.relevance, "note": link.note}
                        for link in services.goals.links(contact_id=person.id)]
    return dict(details)


def run_person_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        details = person_json(services, find_person(services, args.person))
    if args.json:
        ctx.say(dumps(details))
        return 0
    for key, value in details.items():
        if key == "goals":
            for link in value:
                ctx.say(f"goal: {link['goal']} ({link['role']}, relevance {link['relevance']})")
        elif value not in ("", [], None):
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            ctx.say(f"{key}: {shown}")
    return 0


def _say_record(ctx: CommandContext, args: argparse.Namespace, record: dict[str, Any], text: str) -> None:
    ctx.say(dumps(record) if args.json else text)


def run_person_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _fields(args, PERSON_OPTIONS, EDITABLE_FIELDS)
    with ctx.services() as services:
        person = services.contacts.add(name=args.name, **fields)
        _say_record(ctx, args, person_json(services, person), f"Added {person.name} (id {person.id}).")
    return 0


def run_person_edit(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _fields(args, PERSON_OPTIONS, EDITABLE_FIELDS)
    if not fields:
        raise ValidationError("Nothing to change: give --set FIELD=VALUE (or --organisation, --title, ...).")
    with ctx.services() as services:
        person = find_person(services, args.person)
        services.contacts.update(person.id, **fields)
        person = services.contacts.get(person.id)
        _say_record(ctx, args, person_json(services, person),
                    f"Changed {', '.join(fields)} of {person.name} (id {person.id}).")
    return 0


# -- goals ---------------------------------------------------------------------------------------


def goal_json(services: Services, goal: GoalDetails) -> dict[str, Any]:
    details: dict[str, Any] = jsonable(goal)
    details["people"] = [{"contact_id": link.contact_id, "name": link.contact_name, "role": link.role,
                          "relevance": link.relevance, "note": link.note}
                         for link in services.goals.links(goal_id=goal.id)]
    return details


def run_goals(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        goals = [goal_json(services, goal) for goal in services.goals.all()]
    if args.json:
        ctx.say(dumps(goals))
        return 0
    for g in goals:
        ctx.say(f"{g['id']:>4}  {g['title']} [{g['status']}, priority {g['priority']}] "
                f"{len(g['people'])} people")
    ctx.say(f"{len(goals)} goals")
    return 0


def run_goal_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _fields(args, GOAL_OPTIONS, tuple(GOAL_CLEANERS))
    with ctx.services() as services:
        goal = services.goals.add(title=args.title, **fields)
        _say_record(ctx, args, goal_json(services, goal), f"Added the goal {goal.title} (id {goal.id}).")
    return 0


def run_goal_edit(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _fields(args, GOAL_OPTIONS, tuple(GOAL_CLEANERS))
    if not fields:
        raise ValidationError("Nothing to change: give --set FIELD=VALUE (or --area, --priority, --status).")
    with ctx.services() as services:
        goal = find_goal(services, args.goal)
        services.goals.update(goal.id, **fields)
        goal = services.goals.get(goal.id)
        _say_record(ctx, args, goal_json(services, goal),
                    f"Changed {', '.join(fields)} of the goal {goal.title} (id {goal.id}).")
    return 0


def run_link(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        person = find_person(services, args.person)
        goal = find_goal(services, args.goal)
        services.goals.link(goal.id, person.id, args.role, args.relevance, args.note)
        record = {"contact_id": person.id, "name": person.name, "goal_id": goal.id, "goal": goal.title,
                  "role": args.role, "relevance": args.relevance, "note": args.note}
    _say_record(ctx, args, record, f"Linked {person.name} to {goal.title} as {args.role} "
                f"(relevance {args.relevance}).")
    return 0


# -- search and review ---------------------------------------------------------------------------


def run_search(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        hits = services.search.search(args.text)
    if args.json:
        ctx.say(dumps([{"contact_id": h.contact_id or None, "goal_id": h.goal_id, "name": h.name,
                        "organisation": h.organisation, "field": h.field, "snippet": h.snippet}
                       for h in hits]))
        return 0
    for h in hits:
        ctx.say(f"{h.name} ({h.where}): {h.snippet}")
    ctx.say(f"{len(hits)} found")
    return 0


def run_review(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        data = services.review.prepare()
    if args.json:
        ctx.say(dumps(data))
        return 0
    due = "due now" if data.due else f"next on {data.next_due.isoformat()}"
    ctx.say(f"Network review, {data.today.isoformat()} ({due})")
    ctx.say(f"Ended goals: {', '.join(g.title for g in data.ended_goals) or 'none'}")
    ctx.say(f"Goals nobody supports well: {', '.join(c.goal.title for c in data.unsupported) or 'none'}")
    ctx.say(f"Dormant ties: {', '.join(p.name for p in data.dormant) or 'none'}")
    ctx.say(f"Worth picking up again: {', '.join(p.name for p in data.revive) or 'none'}")
    ctx.say(f"Give and take: gave {data.balance.gave:.1f}, received {data.balance.received:.1f}")
    for item in data.checklist:
        ctx.say(f"  [ ] {item.text}")
    return 0
