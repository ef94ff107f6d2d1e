"""The `report` sub-command: the mentoring plan as a PDF (see `netplanner.report`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from netplanner.commands.context import CommandContext
from netplanner.domain.errors import ValidationError
from netplanner.services.planner import MAX_WEEKS
from netplanner.storage import files

DEFAULT_REPORT_WEEKS = 8

#: The command's wording, in one place.
WORDS: dict[str, str] = {
    "done": "Wrote the mentoring plan to {path} ({pages} pages).",
    "private": "It includes your private notes: keep the file to yourself.",
    "weeks": "Plan between 1 and {max} weeks ahead.",
    "suffix": "The report is a PDF: give the file name a .pdf ending.",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    report = sub.add_parser(
        "report", parents=[common], help="write the mentoring plan as a PDF",
        description="The document to bring to a talk with your manager or mentor: your goals and the "
                    "people who support them, the outreach schedule, what you owe, give and take, "
                    "relationship strength and a review checklist.",
    )
    report.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    report.add_argument("--lang", choices=["sv", "en"], help="language (default: the app's language)")
    report.add_argument("--weeks", type=int, default=DEFAULT_REPORT_WEEKS,
                        help=f"weeks of outreach schedule, 1-{MAX_WEEKS} (default {DEFAULT_REPORT_WEEKS})")
    report.add_argument("--private", action="store_true",
                        help="include private notes (notes on people and interactions, answers)")
    report.set_defaults(func=run_report)


def run_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise ValidationError(WORDS["suffix"])
    if not 1 <= args.weeks <= MAX_WEEKS:
        raise ValidationError(WORDS["weeks"].format(max=MAX_WEEKS))
    # Qt loads only for this command.
    from netplanner.report import ensure_application, write_plan_pdf  # noqa: PLC0415

    ensure_application()
    with ctx.services(reader=True) as services:
        services.db.refuse_own_file(out)
        with files.private_output(out):
            pages = write_plan_pdf(services, out, lang=args.lang, weeks=args.weeks,
                                   include_private=args.private)
    ctx.say(WORDS["done"].format(path=out, pages=pages))
    if args.private:
        ctx.say(WORDS["private"])
    return 0
