"""`netplanner --help` and each sub-command's --help explain every option, argument and sub-command."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from netplanner.cli import build_parser
from netplanner.commands.transfer import EXPORTERS

Named = tuple[str, argparse.ArgumentParser]


def _parsers(parser: argparse.ArgumentParser, path: str = "netplanner") -> Iterator[Named]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{path} {name}")


def _undocumented(parser: argparse.ArgumentParser, path: str) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            documented = {choice.dest for choice in action._choices_actions if (choice.help or "").strip()}
            yield from (f"{path} {name}" for name in action.choices if name not in documented)
        if action.help == argparse.SUPPRESS:
            continue  # hidden on purpose (--quit-after-start)
        if not (action.help or "").strip():
            yield f"{path} {'/'.join(action.option_strings) or action.dest}"


def test_every_option_argument_and_sub_command_has_help() -> None:
    missing = [item for path, parser in _parsers(build_parser()) for item in _undocumented(parser, path)]
    assert missing == []


def test_export_help_names_every_format() -> None:
    parsers = dict(_parsers(build_parser()))
    export = parsers["netplanner export"]
    help_text = next(action.help for action in export._actions if action.dest == "format")
    assert help_text is not None
    for name in EXPORTERS:
        assert f"{name}:" in help_text or f"{name} " in help_text, name
