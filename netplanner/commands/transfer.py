"""Sub-commands that move data in and out: import, export, backup and restore.

`export` looks its formats up in EXPORTERS, so another module can add one (the planner adds `ics`)
with `register_exporter("ics", fn)` before the parser is built; fn(services, out_path) returns how many
items it wrote.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from netplanner.commands.context import CommandContext
from netplanner.domain.errors import ValidationError
from netplanner.interop.csv_formats import GENERIC, MAPPABLE_FIELDS
from netplanner.interop.formats import FORMATS, collect
from netplanner.interop.orgchart import FORMAT as ORGCHART
from netplanner.interop.orgchart import parse_orgchart
from netplanner.services import json_transfer
from netplanner.services.facade import Services
from netplanner.services.importing import ImportService
from netplanner.services.orgchart import OrgChartService
from netplanner.services.unlock import recover_interrupted
from netplanner.storage import files, keystore
from netplanner.storage.db import database_exists
from netplanner.storage.errors import PassphraseRequiredError
from netplanner.storage.keys import DatabaseKey, Passphrase, check_new_passphrase
from netplanner.storage.lock import DatabaseLock
from netplanner.storage.portable import check_backup, export_backup, restore_backup

BACKUP_PASSPHRASE_ENV = "NETPLANNER_BACKUP_PASSPHRASE"

Exporter = Callable[..., int]
#: Export options and the one format each belongs to (the exporter gets it as a keyword when given).
EXPORT_OPTIONS: dict[str, str] = {"plain": "vcard", "todos": "ics"}


def _export_vcard(services: Services, out: Path, *, plain: bool = False) -> int:
    return services.exporting.export_vcard(out, plain=plain)


def _export_csv(services: Services, out: Path) -> int:
    return services.exporting.export_csv(out)


def _export_csv_excel_sv(services: Services, out: Path) -> int:
    return services.exporting.export_csv(out, variant="csv-excel-sv")


def _export_json(services: Services, out: Path) -> int:
    return services.json.export(out).rows


#: Export formats by name; the `export` command offers whatever is here when the parser is built.
EXPORTERS: dict[str, Exporter] = {"vcard": _export_vcard, "csv": _export_csv,
                                  "csv-excel-sv": _export_csv_excel_sv, "json": _export_json}  # fmt: skip
#: The format of `import` that restores everything (`export json`) instead of adding people.
JSON_FORMAT = "json"


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
                     help="a vCard (.vcf), a CSV export from LinkedIn, Google or Outlook, an org chart "
                     "(--format orgchart), or everything as JSON (.json, from `export json`: into an empty "
                     "database only)")
    imp.add_argument("--format", choices=[*FORMATS, ORGCHART, JSON_FORMAT],
                     help="force the format instead of detecting it; orgchart: a CSV of name/e-mail and "
                     "manager, read as people and who reports to whom")
    imp.add_argument("--strict", action="store_true",
                     help="refuse the whole file at the first card or row that cannot be read "
                     "(by default it is left out and listed, and the rest is imported)")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="read a CSV column into a field (repeatable; implies --format csv); fields: "
                     + ", ".join(MAPPABLE_FIELDS))
    imp.set_defaults(func=run_import)

    exp = sub.add_parser(
        "export", parents=[common], help="export your network to a file",
        description="vcard: vCard 4.0 with UIDs; csv: UTF-8 CSV with strength, due, balance, next contact "
        "and fades on; csv-excel-sv: CSV for Excel in a Swedish locale (';' between cells); ics: the "
        "planned touches as a calendar; json: everything, every table, as plaintext JSON (`import "
        "FILE.json` restores it into an empty database). Cells a spreadsheet would run as a formula get a "
        "leading quote.",
    )
    exp.add_argument("format", choices=_ExportChoices(), metavar="{" + ",".join(EXPORTERS) + "}",
                     help="vcard: your people as vCards; csv: as a table; csv-excel-sv: the table for "
                     "Excel in Swedish; ics: the plan as calendar events; json: everything (plaintext); "
                     "ties: who is tied to whom (CSV, or JSON when OUT ends in .json)")
    exp.add_argument("out", type=Path, metavar="OUT", help="the file to write")
    exp.add_argument("--plain", action="store_true",
                     help="vcard: NetPlanner's own fields in the NOTE instead of X-NETPLANNER- properties")
    exp.add_argument("--todos", action="store_true", help="ics: to-dos with a due time instead of events")
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


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    """--map "Column=field" options as the field -> column mapping of a generic CSV."""
    if not pairs:
        return None
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or field.strip() not in MAPPABLE_FIELDS:
            raise ValidationError(
                "--map {pair}: give COLUMN=FIELD, where FIELD is one of {fields}.",
                pair=pair, fields=", ".join(MAPPABLE_FIELDS),
            )
        mapping[field.strip()] = column.strip()
    return mapping


class _Progress:
    """Bytes read of the file's size on stderr (when it is a terminal); Ctrl+C asks to cancel."""

    def __init__(self) -> None:
        self.cancelled = False
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.shown and total:
            print(f"\rRead {done / 1e6:.1f} of {total / 1e6:.1f} MB ({100 * done // total}%), "
                  "Ctrl+C cancels", end="", file=sys.stderr, flush=True)  # fmt: skip

    def cancel(self) -> bool:
        return self.cancelled

    @contextlib.contextmanager
    def catching_interrupt(self) -> Iterator[None]:
        def interrupted(_signum: int, _frame: FrameType | None) -> None:
            self.cancelled = True

        previous = signal.signal(signal.SIGINT, interrupted)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
            if self.shown:
                print(file=sys.stderr)


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    path: Path = args.file
    if not path.is_file():
        raise ValidationError("There is no file at {path}.", path=path)
    if args.format == JSON_FORMAT or (args.format is None and not args.map
                                      and path.suffix.lower() == ".json"):
        return run_import_json(path, ctx)
    if args.format == ORGCHART:
        return run_orgchart_import(args, ctx)
    mapping = _mapping(args.map)
    fmt = args.format or (GENERIC if mapping else None)
    # A file that is no contacts file at all stops here, before the database opens (or is created).
    with ImportService.open_file(path, fmt, mapping) as stream:
        if not database_exists(ctx.database):
            collect(stream, strict=args.strict)  # nothing readable: refused before a database is made
    progress = _Progress()
    with ctx.services(create=True) as services, progress.catching_interrupt():
        importer = services.importing
        result = importer.import_file(path, fmt, mapping, strict=args.strict, progress=progress,
                                      cancel=progress.cancel)  # fmt: skip
    ctx.say(f"Imported {path.name} ({result.format}): {result.summary()}")
    for problem in result.left_out[:20]:
        ctx.say(f"  left out: {problem}")
    if result.left_out_count > 20:
        ctx.say(f"  ... and {result.left_out_count - 20} more left out")
    for ignored in result.ignored_lines[:10]:
        ctx.say(f"  line ignored: {ignored}")
    if result.ignored_count > 10:
        ctx.say(f"  ... and {result.ignored_count - 10} more lines ignored")
    if result.unmapped:
        ctx.say("  columns not imported (use --map COLUMN=FIELD): " + ", ".join(result.unmapped[:30]))
    for candidate in result.candidates[:20]:
        why = " (they share an e-mail)" if candidate.reason == "shared e-mail" else ""
        ctx.say(
            f"  possible duplicate: {candidate.name} (id {candidate.imported_id}) and "
            f"{candidate.existing_name} (id {candidate.existing_id}){why}"
            + (f", {candidate.organisation}" if candidate.organisation else "")
        )
    return 130 if result.cancelled else 0


def run_import_json(path: Path, ctx: CommandContext) -> int:
    """`import FILE.json`: everything `export json` wrote, into an empty (or new) database."""
    loaded = json_transfer.load(path)  # a file that does not fit is refused before a database is made
    with ctx.services(create=True) as services:
        summary = services.json.import_file(loaded)
    ctx.say(f"Imported {path.name} (json): {summary.describe()}.")
    return 0


def run_orgchart_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    """`import FILE --format orgchart`: people and their reporting lines (issue 14)."""
    if args.map:
        raise ValidationError("--map is for CSV contacts files, not for org charts.")
    chart = parse_orgchart(args.file.read_bytes(), args.file.name)  # refused before a database is made
    if args.strict and chart.skipped:
        raise chart.skipped[0]
    with ctx.services(create=True) as services:
        result = OrgChartService(services.db).import_chart(chart, args.file.name, strict=args.strict)
    ctx.say(f"Imported {args.file.name} (org chart): {result.summary()}")
    for problem in result.left_out[:20]:
        ctx.say(f"  left out: {problem}")
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    exporter = EXPORTERS[args.format]
    options: dict[str, Any] = {}
    for option, fmt in EXPORT_OPTIONS.items():
        if getattr(args, option, False):
            if args.format != fmt:
                raise ValidationError("--{option} is for the {fmt} format only.", option=option, fmt=fmt)
            options[option] = True
    with ctx.services(reader=True) as services:
        services.db.refuse_own_file(args.out)
        with files.private_output(args.out):
            count = exporter(services, args.out, **options)
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
