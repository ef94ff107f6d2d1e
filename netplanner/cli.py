"""The `netplanner` command: the app by default, or one of the sub-commands (design section 6)."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from netplanner import __version__

#: Modules with a `register(subparsers, common)` function; each adds its sub-commands.
COMMAND_MODULES: list[str] = [
    "netplanner.commands.core",
    "netplanner.commands.plan",  # before transfer: it registers the `ics` export format
    "netplanner.commands.transfer",
    "netplanner.commands.report",
    "netplanner.commands.sync",
    "netplanner.commands.assess",
    "netplanner.commands.records",
    "netplanner.commands.completion",
    "netplanner.commands.projects",
    "netplanner.commands.network",  # after transfer: it registers the `ties` export format
]

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file (default: the one in your data folder)")
    parser = argparse.ArgumentParser(
        prog="netplanner", parents=[common],
        description="Plan the professional network that carries your development at work.",
    )
    parser.add_argument("--version", action="version", version=f"NetPlanner {__version__}")
    # Opens the window and quits as soon as it is shown: for start-up timing and installer checks.
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--minimized", action="store_true",
                        help="start in the system tray (with reminders on; else a minimised window)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                help="what to do (without one: open the app)")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def resume_collection() -> None:
    """Let the cyclic garbage collector run again after start-up paused it (see `main`); what start-up
    made is set aside for good (gc.freeze), so later collections do not walk it again."""
    if not gc.isenabled():
        gc.collect()  # what start-up left unreachable goes now, not into the frozen set
        gc.freeze()
        gc.enable()


def leave_now(code: int) -> NoReturn:
    """End the process once the window and the database are closed (the layout is saved, nothing is
    pending): without this, Python's teardown of Qt, numpy and SQLAlchemy keeps a process with no window
    alive for 1-4 s after Quit on a slow machine."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _window_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (no sub-command), parsed without importing every
    sub-command's module (the file formats, the report); None for anything else."""
    window = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    window.add_argument("--db", default=argparse.SUPPRESS)
    window.add_argument("--quit-after-start", action="store_true")
    window.add_argument("--minimized", action="store_true")
    try:
        args, rest = window.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # answered before the database layers are even imported
        print(f"NetPlanner {__version__}")
        return 0
    # Loading the layers makes many objects and no garbage: the cyclic collector would only walk them,
    # an eighth of the start-up. It resumes once the window has painted (netplanner.app), before a
    # command runs, or on the way out.
    gc.disable()
    try:
        return _run(arguments, is_process=argv is None)
    finally:
        gc.enable()  # any way out (an error, Quit at the prompt, a test's call) resumes it


def _run(arguments: list[str], *, is_process: bool) -> int:
    # Imported here so that `--version` and `--help` of a broken install still answer.
    import sqlalchemy.exc  # noqa: PLC0415
    import sqlcipher3  # noqa: PLC0415

    from netplanner.commands.context import CommandContext, database_path, say  # noqa: PLC0415
    from netplanner.domain.errors import NetPlannerError  # noqa: PLC0415
    from netplanner.storage.db import disk_is_full  # noqa: PLC0415

    args = _window_arguments(arguments) or build_parser().parse_args(arguments)
    ctx = CommandContext(database=database_path(args), say=say)
    try:
        if args.command is None:
            from netplanner.app import run_gui  # noqa: PLC0415  Qt loads only when the window is wanted

            code = run_gui(ctx.database, quit_after_start=args.quit_after_start,
                           minimized=getattr(args, "minimized", False))
            if is_process:  # the process is the app: end it now (see leave_now)
                leave_now(code)
            return code
        resume_collection()
        return int(args.func(args, ctx))
    except NetPlannerError as exc:
        print(f"netplanner: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a file the user named cannot be read or written
        where = f": {exc.filename}" if exc.filename else ""
        print(f"netplanner: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except (sqlcipher3.Error, sqlalchemy.exc.SQLAlchemyError) as exc:
        reason = getattr(exc, "orig", None) or exc
        if disk_is_full(ctx.database.parent):
            print(f"netplanner: the disk holding {ctx.database} is full: free some space and try again. "
                  "Nothing was changed.", file=sys.stderr)
            return EXIT_ERROR
        print(f"netplanner: the database refused the operation ({reason}); nothing was changed.",
              file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("netplanner: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return EXIT_USAGE + 128


if __name__ == "__main__":
    raise SystemExit(main())
