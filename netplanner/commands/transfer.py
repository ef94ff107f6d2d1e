"""Sub-commands that move data in and out: import, export, backup and restore.

`export` looks its formats up in EXPORTERS, so another module can add one (the planner adds `ics`)
with `register_exporter("ics", fn)` before the parser is built; fn(services, out_path) returns how many
items it wrote.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from netplanner.commands.context import CommandContext
from netplanner.domain.errors import ValidationError
from netplanner.interop.formats import FORMATS
from netplanner.services.exporting import ExportService
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService
from netplanner.services.unlock import recover_interrupted
from netplanner.storage import files, keystore
from netplanner.storage.db import database_exists
from netplanner.storage.errors import PassphraseRequiredError
from netplanner.storage.keys import DatabaseKey, Passphrase, check_new_passphrase
from netplanner.storage.lock import DatabaseLock
from netplanner.storage.portable import check_backup, export_backup, restore_backup

BACKUP_PASSPHRASE_ENV = "NETPLANNER_BACKUP_PASSPHRASE"

Exporter = Callable[[Services, Path], int]


def _export_vcard(services: Services, out: Path) -> int:
    return ExportService(services.db).export_vcard(out)


def _export_csv(services: Services, out: Path) -> int:
    return ExportService(services.db).export_csv(out)


#: Export formats by name; the `export` command offers whatever is here when the parser is built.
EXPORTERS: dict[str, Exporter] = {"vcard": _export_vcard, "csv": _export_csv}


def register_exporter(name: str, exporter: Exporter) -> None:
    """Add (or replace) an export format, e.g. `register_exporter("ics", export_ics)`."""
    EXPORTERS[name] = exporter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    imp = sub.add_parser(
        "import", parents=[common], help="import people from a vCard or CSV file",
        description="The format is detected from the file's content unless --format is given. "
        "People already in your network (same e-mail, LinkedIn URL or vCard UID) are updated, not added.",
    )
    imp.add_argument("file", type=Path, metavar="FILE",
                     help="a vCard (.vcf) or a CSV export from LinkedIn, Google or Outlook")
    imp.add_argument("--format", choices=FORMATS, help="force the format instead of detecting it")
    imp.set_defaults(func=run_import)

    exp = sub.add_parser("export", parents=[common], help="export your network to a file")
    exp.add_argument("format", choices=_ExportChoices(), metavar="{" + ",".join(EXPORTERS) + "}",
                     help="vcard: your people as vCards; csv: your people as a table with strength, due "
                     "and balance; ics: the outreach plan as calendar events")
    exp.add_argument("out", type=Path, metavar="OUT", help="the file to write")
    exp.set_defaults(func=run_export)

    backup = sub.add_parser(
        "backup", parents=[common], help="write an encrypted copy you can restore on any machine",
        description=f"The backup's passphrase comes from {BACKUP_PASSPHRASE_ENV} or is asked for twice.",
    )
    backup.add_argument("out", type=Path, metavar="OUT", help="the backup file to write")
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser(
        "restore", parents=[common], help="bring back a backup made with `backup`",
        description=f"The backup's passphrase comes from {BACKUP_PASSPHRASE_ENV} or is asked for. "
        "An existing database is kept beside the restored one, renamed.",
    )
    restore.add_argument("backup_file", metavar="IN", type=Path,
                         help="the backup file; it replaces the database (a copy of the old one is kept)")
    restore.set_defaults(func=run_restore)


class _ExportChoices:
    """Lets `choices` follow EXPORTERS even when a format is registered after the parser is built."""

    def __contains__(self, item: object) -> bool:
        return item in EXPORTERS

    def __iter__(self) -> Iterator[str]:
        return iter(EXPORTERS)


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    path: Path = args.file
    if not path.is_file():
        raise ValidationError("There is no file at {path}.", path=path)
    parsed = ImportService.read_file(path, args.format)  # a bad file stops here, before the database opens
    with ctx.services(create=True) as services:
        result = ImportService(services.db).import_contacts(parsed.contacts)
    ctx.say(f"Imported {path.name} ({parsed.format}): {result.summary()}")
    for candidate in result.candidates[:20]:
        ctx.say(
            f"  possible duplicate: {candidate.name} (id {candidate.imported_id}) and "
            f"{candidate.existing_name} (id {candidate.existing_id}), {candidate.organisation}"
        )
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    exporter = EXPORTERS[args.format]
    with ctx.services() as services:
        services.db.refuse_own_file(args.out)
        with files.private_output(args.out):
            count = exporter(services, args.out)
    ctx.say(f"Wrote {count} to {args.out} ({args.format}).")
    return 0


def _backup_passphrase(*, new: bool) -> str:
    if os.environ.get(BACKUP_PASSPHRASE_ENV):
        text = os.environ[BACKUP_PASSPHRASE_ENV]
    else:
        if not sys.stdin.isatty():
            raise ValidationError(
                "No backup passphrase: set {BACKUP_PASSPHRASE_ENV} or run in a terminal.",
                BACKUP_PASSPHRASE_ENV=BACKUP_PASSPHRASE_ENV,
            )
        try:
            text = getpass.getpass("Backup passphrase: ")
            if new and getpass.getpass("Repeat it: ") != text:
                raise ValidationError("The two passphrases differ; nothing was written.")
        except EOFError:
            raise ValidationError(
                "No backup passphrase given: type it, or set {BACKUP_PASSPHRASE_ENV}.",
                BACKUP_PASSPHRASE_ENV=BACKUP_PASSPHRASE_ENV,
            ) from None
    if new:
        check_new_passphrase(text)
    return text


def run_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    passphrase = _backup_passphrase(new=True)
    with ctx.services() as services:
        export_backup(services.db, args.out, passphrase)
    ctx.say(f"Wrote an encrypted backup to {args.out}. Without its passphrase it cannot be read.")
    return 0


def run_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    passphrase = _backup_passphrase(new=False)
    if not passphrase:
        raise ValidationError("The backup passphrase is empty.")
    check_backup(args.backup_file, passphrase)  # a wrong passphrase stops here, before anything changes
    target = ctx.database
    for note in recover_interrupted(target):  # a restore killed earlier is finished or undone first
        ctx.say(note)
    if database_exists(target):
        with ctx.services() as services:  # proves the current key still opens the current database
            key = services.db.key
        with DatabaseLock(target):
            kept = restore_backup(args.backup_file, passphrase, target, key, replace=True)
        ctx.say(f"Restored {args.backup_file.name} into {target}. The previous database is kept as {kept}.")
        return 0
    key, recovery = _new_database_key(target)
    files.private_dir(target.parent)
    with DatabaseLock(target):
        restore_backup(args.backup_file, passphrase, target, key)
    ctx.say(f"Restored {args.backup_file.name} into {target}.")
    if recovery:
        ctx.say(f"Its key is in your keychain. Recovery key (write it down, shown only once): {recovery}")
    return 0


def _new_database_key(target: Path) -> tuple[DatabaseKey, str | None]:
    if os.environ.get(keystore.PASSPHRASE_ENV):
        keystore.remember_passphrase_mode(target)
        return Passphrase(os.environ[keystore.PASSPHRASE_ENV]), None
    if keystore.secure_backend() is None:
        raise PassphraseRequiredError(keystore.describe_missing_keyring())
    key = keystore.store_new_key(target)
    return key, key.recovery_key()
