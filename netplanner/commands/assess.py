"""Observing people and finding who could help: `observe PERSON ...` and `suggest GOAL [--json]`."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from netplanner.commands.context import CommandContext
from netplanner.domain import assessment as da
from netplanner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from netplanner.domain.model import SCORE_MAX, SCORE_MIN
from netplanner.services.facade import Services
from netplanner.services.records import GoalDetails


def _score(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise argparse.ArgumentTypeError(f"{value} is outside the allowed range {SCORE_MIN}-{SCORE_MAX}")
    return value


#: The option of each dimension (the design's names: --results for the track record).
OPTIONS: dict[str, str] = {name: "--" + name.replace("_", "-") for name in da.DIMENSIONS}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
             ) -> None:
    observe = sub.add_parser(
        "observe", parents=[common], help="note what you noticed about a person, with optional 1-5 scores",
        description="Each score is optional; the latest value of each becomes the person's assessment.",
    )
    observe.add_argument("person", help="the person's name or e-mail address")
    for name, option in OPTIONS.items():
        observe.add_argument(option, dest=name, type=_score, metavar="N",
                             help=f"{da.DIMENSION_LABELS[name].lower()}, {SCORE_MIN}-{SCORE_MAX}")
    observe.add_argument("--note", default="", metavar="TEXT", help="what you noticed, in a few words")
    observe.add_argument("--on", metavar="DATE", help="date as YYYY-MM-DD (default: today)")
    observe.add_argument("--json", action="store_true", help="print the person's assessment as JSON")
    observe.set_defaults(func=run_observe)

    suggest = sub.add_parser("suggest", parents=[common],
                             help="people in your network who could help with a goal, best first")
    suggest.add_argument("goal", help="the goal's title (or a part of it that names one goal)")
    suggest.add_argument("--json", action="store_true", help="print a JSON list of {name, reason, ...}")
    suggest.set_defaults(func=run_suggest)


def run_observe(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services() as services:
        person = services.contacts.find(args.person)
        scores = {name: getattr(args, name) for name in da.DIMENSIONS if getattr(args, name) is not None}
        written = services.observations.add(person.id, args.on, args.note, **scores)
        assessment = services.observations.assessment(person.id)
        if args.json:
            print(json.dumps({"name": person.name, "observed_on": written.observation.observed_on.isoformat(),
                              "scores": assessment.scores(), "observations": assessment.count},
                             ensure_ascii=False))
            return 0
        noticed = da.describe_scores(written.observation.scores) or written.observation.note
        ctx.say(f"Observed {person.name} on {written.observation.observed_on}: {noticed}.")
        ctx.say(f"Assessment now: {da.describe(assessment) or 'no scores yet'} "
                f"({assessment.count} observation{'s' if assessment.count != 1 else ''}).")
    return 0


def find_goal(services: Services, title: str) -> GoalDetails:
    """The goal whose title is this text (case-insensitive), or the one whose title contains it."""
    needle = title.strip()
    if not needle:
        raise ValidationError("Name the goal by its title.")
    goals = services.goals.all()
    folded = needle.casefold()
    matches = [g for g in goals if g.title.casefold() == folded] or [
        g for g in goals if folded in g.title.casefold()]
    if not matches:
        raise NotFoundError("No goal called '{needle}'.", needle=needle)
    if len(matches) > 1:
        raise AmbiguousError("'{needle}' matches {count} goals: {listed}. Be more specific.", needle=needle,
                             count=len(matches), listed="; ".join(g.title for g in matches[:5]))
    return matches[0]


def run_suggest(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.services(reader=True) as services:
        goal = find_goal(services, args.goal)
        coverage = services.coverage.for_goal(goal.id, dt.date.today())
        suggestions = coverage.suggestions
        if args.json:
            print(json.dumps([{"name": s.name, "contact_id": s.contact_id, "reason": s.reason(),
                               "score": round(s.score, 3), "matched": list(s.matched)}
                              for s in suggestions], ensure_ascii=False, indent=2))
            return 0
        if not suggestions:
            ctx.say(f"Nobody else in your network fits {goal.title}: ask your contacts whom they would ask.")
            return 0
        ctx.say(f"People who could help with {goal.title}, best first:")
        for position, s in enumerate(suggestions, 1):
            ctx.say(f"{position}. {s.name}: {s.reason()}")
    return 0
