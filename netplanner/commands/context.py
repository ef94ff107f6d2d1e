"""What a sub-command gets: the chosen database path and a way to open it (or create it)."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from netplanner import paths
from netplanner.services.facade import Services
from netplanner.services.unlock import OpenedDatabase, open_existing, open_or_create


@dataclass
class CommandContext:
    database: Path
    say: Callable[[str], None]

    @contextlib.contextmanager
    def services(self, *, create: bool = False, reader: bool = False) -> Iterator[Services]:
        """The open database for the length of a command; created first when `create` is set. A
        `reader` command also runs while the app has the database open (there is one writer)."""
        opened: OpenedDatabase = (open_or_create(self.database) if create
                                  else open_existing(self.database, reader=reader))
        for warning in opened.warnings:
            print(f"netplanner: warning: {warning}", file=sys.stderr)
        if opened.recovery_key:
            self.say(
                "The database is encrypted; its key is in your keychain.\n"
                f"Recovery key (write it down, it is shown only once): {opened.recovery_key}"
            )
        try:
            yield opened.services
        finally:
            opened.close()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def say(text: str) -> None:
    """Print a line for the user; on a terminal without control characters, so that text from the
    database (a summary with an escape sequence) cannot move the cursor or change the terminal."""
    print(_CONTROL.sub("", text) if sys.stdout.isatty() else text)


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser().resolve() if getattr(args, "db", None) else paths.default_database()
