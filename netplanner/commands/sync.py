"""`netplanner sync` (one sync, one summary line) and `netplanner sync setup` (issue 16)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from netplanner.commands.context import CommandContext
from netplanner.domain.errors import ValidationError
from netplanner.services.sync import PASSWORD_ENV, SyncConfig, SyncService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    sync = sub.add_parser(
        "sync", parents=[common], help="sync people and the plan with your own CardDAV/CalDAV server",
        description="Runs vdirsyncer to bring the server's card changes in and send yours and the planned "
        "touches out, then prints what changed. Set it up first with `netplanner sync setup`. The "
        f"password comes from {PASSWORD_ENV} or your keychain.",
    )
    sync.set_defaults(func=run_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION",
                                  help="setup: name the server first (without one: sync now)")
    setup = actions.add_parser(
        "setup", parents=[common], help="name the server, the user and the local sync folder",
        description=f"The password is asked for (or taken from {PASSWORD_ENV}), tried with the server "
        "and kept in your keychain; with --no-store it is kept nowhere and each sync takes it from "
        f"{PASSWORD_ENV}. Nothing is kept when the server cannot be reached. The folder gets a "
        "plaintext copy of the shared card fields (name, organisation, department, title, e-mails, "
        "phones, LinkedIn URL, tags).",
    )
    setup.add_argument("--carddav", required=True, metavar="URL", help="the address book's address")
    setup.add_argument("--caldav", required=True, metavar="URL", help="the calendar's address")
    setup.add_argument("--user", required=True, metavar="NAME", help="your user name on the server")
    setup.add_argument("--folder", required=True, type=Path, metavar="DIR",
                       help="the local sync folder (a vdir that vdirsyncer, khard and khal can read)")
    setup.add_argument("--todos", action="store_true", help="planned touches as to-dos instead of events")
    setup.add_argument("--private", action="store_true",
                       help="write your private notes (questions, what to learn) into the calendar items")
    setup.add_argument("--every", type=int, default=0, metavar="MINUTES",
                       help="while the app runs, sync every MINUTES (default 0: only on demand)")
    setup.add_argument("--no-store", action="store_true",
                       help=f"do not keep the password (each sync then takes it from {PASSWORD_ENV})")
    setup.set_defaults(func=run_setup)


def _password(prompt: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise ValidationError("No password: set {env} or run the command in a terminal.", env=PASSWORD_ENV)
    return getpass.getpass(prompt)


def run_setup(args: argparse.Namespace, ctx: CommandContext) -> int:
    config = SyncConfig(args.carddav.strip(), args.caldav.strip(), args.user.strip(),
                        args.folder.expanduser().resolve(), args.todos, args.private, args.every)
    password = _password(f"Password for {config.user} on the server: ")
    with ctx.services() as services:
        found = SyncService(services).setup(config, password, store=not args.no_store)
    ctx.say(f"Connected; the server offers: {', '.join(found) or 'nothing yet'}.")
    ctx.say(f"Sync set up: cards in {config.contacts_folder}, the plan in {config.calendar_folder}. "
            "Run `netplanner sync` to sync.")
    return 0


def run_sync(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        ctx.say(SyncService(services).run().line())
    return 0
