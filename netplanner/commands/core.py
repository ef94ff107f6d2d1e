"""Core sub-commands: demo, check, log, rekey."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from collections.abc import Callable

from netplanner.commands.context import CommandContext
from netplanner.demo import build_demo, build_large
from netplanner.domain.errors import ValidationError
from netplanner.domain.model import Direction, InteractionKind
from netplanner.services.unlock import open_existing, switch_to_keyring, switch_to_passphrase
from netplanner.storage.errors import CorruptDatabaseError
from netplanner.storage.keys import check_new_passphrase

NEW_PASSPHRASE_ENV = "NETPLANNER_NEW_PASSPHRASE"
MAX_DEMO_CONTACTS = 100_000
MAX_DEMO_INTERACTIONS = 1_000_000


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside the allowed range {low}-{high}")
        return value

    return parse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    demo = sub.add_parser("demo", parents=[common], help="fill the database with the example network")
    demo.add_argument("--contacts", type=_bounded(1, MAX_DEMO_CONTACTS), metavar="N",
                      help=f"make this many synthetic people instead, 1-{MAX_DEMO_CONTACTS} (benchmarks)")
    demo.add_argument("--interactions", type=_bounded(0, MAX_DEMO_INTERACTIONS), default=0, metavar="M",
                      help=f"with --contacts: this many synthetic interactions, 0-{MAX_DEMO_INTERACTIONS}")
    demo.add_argument("--seed", type=int, default=7, metavar="N",
                      help="the random seed: the same seed makes the same network (default 7)")
    demo.set_defaults(func=run_demo)

    check = sub.add_parser("check", parents=[common], help="check the database's integrity")
    check.set_defaults(func=run_check)

    log = sub.add_parser("log", parents=[common], help="log an interaction with a person")
    log.add_argument("contact", nargs="+", metavar="PERSON",
                     help="the person's name or e-mail address; name several for one occasion with all "
                     "of them (a lunch with three): it counts for each")
    log.add_argument("--kind", required=True,
                     help="the kind of interaction: " + ", ".join(k.value for k in InteractionKind))
    log.add_argument("--on", metavar="DATE", help="date as YYYY-MM-DD (default: today)")
    log.add_argument("--direction", default=Direction.MUTUAL.value, choices=[d.value for d in Direction],
                     help="who gave: you (gave), they (received) or both (mutual, the default); "
                     "it counts towards give and take")
    log.add_argument("--summary", default="", metavar="TEXT",
                     help="what you talked about (stored encrypted like everything else)")
    log.add_argument("--follow-up", metavar="DATE", help="follow-up date, YYYY-MM-DD")
    log.set_defaults(func=run_log)

    rekey = sub.add_parser(
        "rekey", parents=[common],
        help="protect the database with a new passphrase or a new keychain key",
        description=f"The new passphrase comes from {NEW_PASSPHRASE_ENV} or is asked for twice.",
    )
    rekey.add_argument("--to", required=True, choices=["passphrase", "keyring"],
                       help="a passphrase you type, or a random key kept in the OS keychain")
    rekey.set_defaults(func=run_rekey)


def run_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(create=True) as services:
        if args.contacts:
            build_large(services, args.contacts, args.interactions, seed=args.seed, today=dt.date.today(),
                        progress=ctx.say)
            ctx.say(f"Added {args.contacts} people and {args.interactions} interactions.")
            return 0
        if services.contacts.count():
            raise ValidationError("The database already has people in it; the example needs an empty one.")
        build_demo(services, seed=args.seed, today=dt.date.today())
        ctx.say(f"Added the example network: {services.contacts.count()} people.")
    return 0


def run_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        problems = services.db.integrity_problems()
        if problems:
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            raise CorruptDatabaseError(
                "{database} is damaged: {problem}{more}. Restore a backup.",
                database=ctx.database,
                problem=problems[0],
                more=more,
            )
        ctx.say(f"{ctx.database}: OK ({services.contacts.count()} people)")
    return 0


def run_log(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        people = list({c.id: c for c in map(services.contacts.find, args.contact)}.values())
        logged = services.interactions.log_occasion(
            [c.id for c in people], args.kind, args.on or dt.date.today(), direction=args.direction,
            summary=args.summary, follow_up_on=args.follow_up,
        )
        kind = logged[0].kind.replace("_", " ")
        names = ", ".join(c.name for c in people)
        ctx.say(f"Logged {kind} with {names} on {logged[0].occurred_on}.")
    return 0


def _new_passphrase() -> str:
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    try:
        first = getpass.getpass("New passphrase: ")
        repeated = getpass.getpass("Repeat it: ")
    except EOFError:
        raise ValidationError(
            "No new passphrase given: type it, or set {NEW_PASSPHRASE_ENV}.",
            NEW_PASSPHRASE_ENV=NEW_PASSPHRASE_ENV,
        ) from None
    if repeated != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def run_rekey(args: argparse.Namespace, ctx: CommandContext) -> int:
    new = check_new_passphrase(_new_passphrase()) if args.to == "passphrase" else None
    opened = open_existing(ctx.database)
    try:
        if new is not None:
            switch_to_passphrase(opened, new)
            ctx.say("The database is now protected by your new passphrase.")
        else:
            switch_to_keyring(opened, show=lambda recovery: ctx.say(
                f"The key is now in your keychain. New recovery key (write it down): {recovery}"))
    finally:
        opened.close()
    return 0
