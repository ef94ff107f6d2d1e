"""Projects, merging and duplicates: `projects`, `project add|show`, `merge A B`, `duplicates`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from netplanner.commands.assess import find_goal
from netplanner.commands.context import CommandContext
from netplanner.domain.errors import ValidationError
from netplanner.domain.model import ProjectStatus
from netplanner.services.duplicates import DuplicatePair
from netplanner.services.projects import ProjectInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    projects = sub.add_parser("projects", parents=[common], help="list your shared projects")
    projects.add_argument("--json", action="store_true", help="print a JSON list of projects")
    projects.set_defaults(func=run_projects)

    project = sub.add_parser("project", parents=[common], help="add or show a shared project")
    actions = project.add_subparsers(dest="action", metavar="ACTION", required=True, help="add or show")
    add = actions.add_parser("add", parents=[common], help="add a project")
    add.add_argument("name", help="the project's name")
    add.add_argument("--goal", action="append", default=[], metavar="GOAL",
                     help="a goal it serves (its title or part of it); repeat for several")
    add.add_argument("--member", action="append", default=[], metavar="PERSON[:ROLE]",
                     help="a member by name or e-mail, with an optional role after a colon; repeat")
    add.add_argument("--status", default=ProjectStatus.ACTIVE.value,
                     choices=[status.value for status in ProjectStatus],
                     help="active (the default), paused, done or dropped")
    add.add_argument("--start", metavar="DATE", help="start date, YYYY-MM-DD")
    add.add_argument("--end", metavar="DATE", help="end date, YYYY-MM-DD")
    add.add_argument("--notes", default="", metavar="TEXT", help="notes (stored encrypted)")
    add.set_defaults(func=run_project_add)
    show = actions.add_parser("show", parents=[common], help="show a project with its members and goals")
    show.add_argument("name", help="the project's name (or a part that names one project)")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(func=run_project_show)

    merge = sub.add_parser("merge", parents=[common], help="merge duplicates into one person",
                           description="Everything of the others (interactions, links, questions, "
                           "projects, observations) moves to the kept person; empty fields are filled "
                           "from the others and lists joined. The others are deleted.")
    merge.add_argument("people", nargs="+", metavar="PERSON", help="two or more people, by name or e-mail")
    merge.add_argument("--keep", metavar="PERSON", help="the person to keep (default: the first named)")
    merge.set_defaults(func=run_merge)

    duplicates = sub.add_parser("duplicates", parents=[common],
                                help="list likely duplicates: same e-mail, phone or name")
    duplicates.add_argument("--json", action="store_true", help="print a JSON list of pairs")
    duplicates.set_defaults(func=run_duplicates)


def project_json(project: ProjectInfo) -> dict[str, Any]:
    def day(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {"id": project.id, "name": project.name, "status": project.status,
            "started_on": day(project.started_on), "ended_on": day(project.ended_on),
            "notes": project.description, "goals": list(project.goal_titles),
            "members": [{"contact_id": m.contact_id, "name": m.name, "role": m.role}
                        for m in project.members],
            "last_worked_on": day(project.last_worked_on)}


def run_projects(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        projects = services.projects.all()
        if args.json:
            print(json.dumps([project_json(p) for p in projects], ensure_ascii=False, indent=2))
            return 0
        if not projects:
            ctx.say("No projects yet: add one with `netplanner project add NAME`.")
        for p in projects:
            members = ", ".join(m.name for m in p.members) or "no members"
            ctx.say(f"{p.name} ({p.status.replace('_', ' ')}): {members}")
    return 0


def _member(text: str) -> tuple[str, str]:
    person, _, role = text.partition(":")
    return person.strip(), role.strip()


def run_project_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        goal_ids = [find_goal(services, title).id for title in args.goal]
        members: dict[int, str] = {}
        for text in args.member:
            person, role = _member(text)
            members[services.contacts.find(person).id] = role
        project = services.projects.add(args.name, args.notes, args.start, status=args.status,
                                        ended_on=args.end, goal_ids=goal_ids, members=list(members.items()))
        ctx.say(f"Added project {project.name} with {len(project.members)} members.")
    return 0


def run_project_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        p = services.projects.find(args.name)
        if args.json:
            print(json.dumps(project_json(p), ensure_ascii=False, indent=2))
            return 0
        ctx.say(f"{p.name} ({p.status})")
        if p.started_on or p.ended_on:
            ctx.say(f"From {p.started_on or '?'} to {p.ended_on or 'open'}")
        ctx.say("Goals: " + (", ".join(p.goal_titles) or "none"))
        ctx.say("Members:")
        for m in p.members:
            ctx.say(f"  {m.name}" + (f" ({m.role})" if m.role else ""))
        if p.last_worked_on:
            ctx.say(f"Last worked on together: {p.last_worked_on}")
        if p.description:
            ctx.say(f"Notes: {p.description}")
    return 0


def run_merge(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        people = list({c.id: c for c in map(services.contacts.find, args.people)}.values())
        kept = services.contacts.find(args.keep) if args.keep else people[0]
        others = [c.id for c in people if c.id != kept.id]
        if not others:
            raise ValidationError("Choose at least two different people to merge.")
        services.merging.merge(kept.id, others)
        names = ", ".join(c.name for c in people if c.id != kept.id)
        ctx.say(f"Merged {names} into {kept.name}.")
    return 0


def pair_json(pair: DuplicatePair) -> dict[str, Any]:
    return {"first": {"contact_id": pair.first_id, "name": pair.first_name},
            "second": {"contact_id": pair.second_id, "name": pair.second_name}, "reasons": list(pair.reasons)}


def run_duplicates(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        found = services.duplicates.find()
        if args.json:
            print(json.dumps([pair_json(p) for p in found], ensure_ascii=False, indent=2))
            return 0
        if not found:
            ctx.say("No likely duplicates.")
        for p in found:
            ctx.say(f"{p.first_name} and {p.second_name}: same {' and '.join(p.reasons)}")
    return 0
