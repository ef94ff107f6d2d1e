"""Shell completion without a dependency: `netplanner completion bash` prints a bash function that asks
the hidden `netplanner __complete` for the words that fit. Sub-commands and options come from the parser;
person names are read from the encrypted database each time a completion runs (with the keychain's key
or NETPLANNER_PASSPHRASE; never asking, never written anywhere), so no plaintext cache of them exists.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys

from netplanner.commands.context import CommandContext

#: Sub-commands whose first positional argument is a person (`person show|edit` after their action).
PERSON_FIRST = frozenset({"log", "link"})
PERSON_ACTIONS = frozenset({"show", "edit"})
TAKES_VALUE = frozenset({"--db", "--kind", "--on", "--role", "--relevance", "--filter", "--set", "--format"})

BASH = r"""# NetPlanner completion for bash: eval "$(netplanner completion bash)" (e.g. in ~/.bashrc)
_netplanner() {
    local IFS=$'\n'
    COMPREPLY=($(netplanner __complete "$COMP_CWORD" "${COMP_WORDS[@]:1}" 2>/dev/null))
}
complete -o default -F _netplanner netplanner
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    completion = sub.add_parser("completion", parents=[common],
                                help="print the shell completion script (bash)")
    completion.add_argument("shell", choices=["bash"], help="the shell (bash)")
    completion.set_defaults(func=run_completion)
    hidden = sub.add_parser("__complete", parents=[common], help="(used by the completion script)")
    hidden.add_argument("cword", type=int, help="the position of the word to complete")
    hidden.add_argument("words", nargs=argparse.REMAINDER, help="the words after `netplanner`")
    hidden.set_defaults(func=run_complete)


def run_completion(args: argparse.Namespace, ctx: CommandContext) -> int:
    ctx.say(BASH.rstrip("\n"))
    return 0


def _sub_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {name: p for name, p in action.choices.items() if not name.startswith("_")}
    return {}


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return sorted(o for action in parser._actions for o in action.option_strings
                  if o.startswith("--") and action.help is not argparse.SUPPRESS)


def candidates(words: list[str], cword: int, names: list[str] | None = None) -> list[str]:
    """The words that may stand at position `cword` (1 = the sub-command) of `netplanner WORDS...`;
    `names` are the people to offer (None: read them from the database when a person is wanted)."""
    from netplanner.cli import build_parser  # noqa: PLC0415  the parser imports every command module

    typed = words[:cword - 1]
    current = words[cword - 1] if 0 < cword <= len(words) else ""
    parser = build_parser()
    positional: list[str] = []
    commands: list[str] = []  # the sub-command (and its action) typed so far
    skip = False
    for word in typed:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in TAKES_VALUE
        else:
            subs = _sub_parsers(parser)
            if word in subs:
                parser = subs[word]
                commands.append(word)
            else:
                positional.append(word)
    if current.startswith("-"):
        found = _options(parser)
    elif _sub_parsers(parser):
        found = sorted(_sub_parsers(parser))
    elif not positional and _wants_person(commands):
        found = names if names is not None else _person_names(typed)
    else:
        return []
    folded = current.replace("\\ ", " ").lstrip("'\"").casefold()
    return [word for word in found if word.casefold().startswith(folded)]


def _wants_person(commands: list[str]) -> bool:
    return (commands[:1] == ["person"] and commands[-1] in PERSON_ACTIONS) or (
        len(commands) == 1 and commands[0] in PERSON_FIRST)


def _person_names(typed: list[str]) -> list[str]:
    """Everyone's name, straight from the encrypted database; nothing when it cannot be opened
    without asking (a passphrase not in the environment) or is busy."""
    from netplanner.commands.context import database_path  # noqa: PLC0415
    from netplanner.services.unlock import open_existing  # noqa: PLC0415

    db = None
    if "--db" in typed and typed.index("--db") + 1 < len(typed):
        db = typed[typed.index("--db") + 1]
    path = database_path(argparse.Namespace(db=db))
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            opened = open_existing(path, reader=True)
    except Exception:  # completion must never fail loudly, whatever is wrong
        return []
    try:
        return sorted({name for _id, name, _org in opened.services.contacts.names()}, key=str.casefold)
    finally:
        opened.close()


def run_complete(args: argparse.Namespace, ctx: CommandContext) -> int:
    words = list(args.words)
    current = words[args.cword - 1] if 0 < args.cword <= len(words) else ""
    quoted = current[:1] in ("'", '"')
    for word in candidates(words, args.cword):
        # bash inserts the word as printed: a space must be escaped unless the user opened a quote.
        sys.stdout.write((word if quoted else word.replace(" ", "\\ ")) + "\n")
    return 0
