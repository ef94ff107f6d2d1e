"""The workplace network on the command line (issue 14): `ties PERSON`, `brokers`, `path PERSON`, and
the `ties` export format (every tie as CSV, or JSON when OUT ends in .json).

The user is "me" in the output: paths start there (see services/network_analysis.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from netplanner.commands import transfer
from netplanner.commands.context import CommandContext
from netplanner.domain.ties import KIND_LABELS
from netplanner.interop.csv_formats import write_csv
from netplanner.services import network_analysis as na
from netplanner.services.facade import Services

ME_NAME = "me"
TIE_COLUMNS = ("from", "from_email", "kind", "to", "to_email", "strength", "note")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    ties = sub.add_parser("ties", parents=[common], help="a person's ties to other people",
                          description="Who the person works with, reports to, asks for advice, knows.")
    ties.add_argument("person", help="the person's name or e-mail address")
    ties.add_argument("--json", action="store_true",
                      help="print a JSON list of {other, other_id, kind, direction, strength, note}")
    ties.set_defaults(func=run_ties)

    brokers = sub.add_parser(
        "brokers", parents=[common], help="who bridges departments (betweenness, Burt's constraint)",
        description="People on many shortest paths between others, the most first; a low constraint means "
        "their contacts do not know each other (structural holes). Also whom others go to for advice.")
    brokers.add_argument("--limit", type=int, default=10, metavar="N", help="how many (default 10)")
    brokers.add_argument("--json", action="store_true", help="print a JSON object {brokers, advice}")
    brokers.set_defaults(func=run_brokers)

    path = sub.add_parser(
        "path", parents=[common], help="the shortest chain of strong ties from you to a person",
        description="From you over your strong relationships and ties of strength 2-3; for someone you "
        "have not met, also who among your strong ties can introduce you.")
    path.add_argument("person", help="the person's name or e-mail address")
    path.add_argument("--json", action="store_true", help="print {path: [{id, name}], introducers: [...]}")
    path.set_defaults(func=run_path)

    transfer.register_exporter("ties", export_ties)


def export_ties(services: Services, out: Path) -> int:
    """`export ties OUT`: every tie between people not in the Trash, as CSV (or JSON for *.json)."""
    services.db.refuse_own_file(out)
    rows = _tie_rows(services)
    if out.suffix.lower() == ".json":
        out.write_text(json.dumps([dict(zip(TIE_COLUMNS, row, strict=True)) for row in rows],
                                  ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        text_columns = tuple(i for i, name in enumerate(TIE_COLUMNS) if name != "strength")
        out.write_text(write_csv(TIE_COLUMNS, rows, text_columns=text_columns), encoding="utf-8-sig",
                       newline="")
    return len(rows)


def _tie_rows(services: Services) -> list[list[object]]:
    names = {pid: (name, email) for pid, name, email in _people(services)}
    return [[names[t.from_id][0], names[t.from_id][1], t.kind.value, names[t.to_id][0], names[t.to_id][1],
             t.strength, t.note] for t in services.ties.all()]


def _people(services: Services) -> list[tuple[int, str, str]]:
    return [(pid, record.name, record.emails[0] if record.emails else "")
            for pid, record in services.exporting.records()]


def run_ties(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        person = services.contacts.find(args.person)
        views = services.ties.of(person.id)
        if args.json:
            print(json.dumps([{"other": v.other_name, "other_id": v.other_id, "kind": v.tie.kind.value,
                               "direction": "mutual" if not v.tie.directed else (
                                   "outgoing" if v.outgoing else "incoming"),
                               "strength": v.tie.strength, "note": v.tie.note} for v in views],
                             ensure_ascii=False, indent=2))
            return 0
        if not views:
            ctx.say(f"{person.name} has no ties yet.")
            return 0
        ctx.say(f"Ties of {person.name}:")
        for v in views:
            label = KIND_LABELS[v.tie.kind]
            line = (f"{person.name} {label} {v.other_name}" if v.outgoing or not v.tie.directed
                    else f"{v.other_name} {label} {person.name}")
            ctx.say(f"  {line} (strength {v.tie.strength})" + (f": {v.tie.note}" if v.tie.note else ""))
    return 0


def run_brokers(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        analysis = services.network_analysis
        brokers = analysis.brokers(args.limit)
        result = analysis.analysis()
        network = analysis.network()
        advice = sorted(((pid, n) for pid, n in result.advice_in.items() if n),
                        key=lambda item: (-item[1], network.people[item[0]].name))[:args.limit]
        if args.json:
            print(json.dumps({
                "brokers": [{"contact_id": b.contact_id, "name": b.name, "department": b.department,
                             "betweenness": round(b.betweenness, 4),
                             "constraint": None if b.constraint is None else round(b.constraint, 4),
                             "bridges": list(b.departments), "advice_in": b.advice_in} for b in brokers],
                "advice": [{"contact_id": pid, "name": network.people[pid].name, "advice_in": n}
                           for pid, n in advice],
                "communities": len(result.communities), "exact": result.exact,
            }, ensure_ascii=False, indent=2))
            return 0
        if not brokers:
            ctx.say("Nobody bridges anybody yet: add ties between people (who works with whom).")
            return 0
        ctx.say("Brokers (who bridges the network), the most first:")
        for position, b in enumerate(brokers, 1):
            bridges = f", reaches {', '.join(b.departments)}" if b.departments else ""
            constraint = "" if b.constraint is None else f", constraint {b.constraint:.2f}"
            ctx.say(f"{position}. {b.name} ({b.department or 'no department'}): betweenness "
                    f"{b.betweenness:.2f}{constraint}{bridges}")
        if advice:
            ctx.say("Whom others go to for advice: " + "; ".join(
                f"{network.people[pid].name} ({n})" for pid, n in advice))
        ctx.say(f"{len(result.communities)} clusters.")
    return 0


def run_path(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        person = services.contacts.find(args.person)
        analysis = services.network_analysis
        network = analysis.network()
        chain = analysis.path(person.id)
        intros = analysis.introducers(person.id)

        def name(pid: int) -> str:
            return ME_NAME if pid == na.ME else network.people[pid].name

        if args.json:
            print(json.dumps({
                "path": None if chain is None else [{"id": pid, "name": name(pid)} for pid in chain],
                "introducers": [{"contact_id": i.via_id, "name": i.via_name,
                                 "my_strength": round(i.my_strength * 100), "tie_strength": i.tie_strength,
                                 "kind": i.kind.value} for i in intros],
            }, ensure_ascii=False, indent=2))
            return 0
        if chain is None:
            ctx.say(f"No chain of strong ties reaches {person.name} yet.")
        else:
            ctx.say(" -> ".join(name(pid) for pid in chain))
        for i in intros:
            ctx.say(f"Ask {i.via_name} for an introduction (a tie of strength {i.tie_strength}; "
                    f"your relationship {round(i.my_strength * 100)} %).")
    return 0
