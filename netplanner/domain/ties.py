"""Ties between people (issue 14): who works with, reports to, asks advice of or knows whom.

A tie joins two people in the database. Its kind says whether it has a direction: "Anna reports to
Björn" does, "Anna works with Björn" does not (a mutual tie is stored with the smaller id first, so the
same pair cannot be entered twice the other way round). Strength is 1 (weak) to 3 (strong), 2 when not
given. "Introduced me to" reads "<from> introduced me to <to>": the introducer knows the person.

The user ("me") is not a person in the database: the user's own relation to each person is the
relationship strength their interactions build (see `netplanner.services.network_analysis`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from netplanner.domain.errors import ValidationError


class TieKind(StrEnum):
    WORKS_WITH = "works_with"
    REPORTS_TO = "reports_to"
    SEEKS_ADVICE_FROM = "seeks_advice_from"
    GIVES_FEEDBACK_TO = "gives_feedback_to"
    INTRODUCED_ME_TO = "introduced_me_to"
    KNOWS = "knows"

    @property
    def directed(self) -> bool:
        return self not in MUTUAL_KINDS


MUTUAL_KINDS = frozenset({TieKind.WORKS_WITH, TieKind.KNOWS})

#: English labels (the GUI translates them in gui/domain_strings.py).
KIND_LABELS: dict[TieKind, str] = {
    TieKind.WORKS_WITH: "works with",
    TieKind.REPORTS_TO: "reports to",
    TieKind.SEEKS_ADVICE_FROM: "seeks advice from",
    TieKind.GIVES_FEEDBACK_TO: "gives feedback to",
    TieKind.INTRODUCED_ME_TO: "introduced me to",
    TieKind.KNOWS: "knows",
}

STRENGTH_MIN, STRENGTH_MAX = 1, 3
DEFAULT_STRENGTH = 2
#: A tie this strong or stronger carries a path ("shortest paths over strong ties").
STRONG = 2
MAX_NOTE = 1000


@dataclass(frozen=True, slots=True)
class Tie:
    """One tie as the services hand it out. `from_id`/`to_id` in the kind's reading order."""

    id: int
    from_id: int
    to_id: int
    kind: TieKind
    strength: int
    note: str = ""

    @property
    def directed(self) -> bool:
        return self.kind.directed

    def other(self, person_id: int) -> int:
        return self.to_id if person_id == self.from_id else self.from_id


def ordered(kind: TieKind, from_id: int, to_id: int) -> tuple[int, int]:
    """The stored order of a tie's ends: as given for a directed kind, smaller id first for a mutual one."""
    if from_id == to_id:
        raise ValidationError("A tie joins two different people.")
    if kind.directed:
        return from_id, to_id
    return min(from_id, to_id), max(from_id, to_id)


def clean_strength(value: object) -> int:
    if value is None or value == "":
        return DEFAULT_STRENGTH
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("The strength of a tie must be a whole number from {low} to {high}.",
                              low=STRENGTH_MIN, high=STRENGTH_MAX)
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not STRENGTH_MIN <= number <= STRENGTH_MAX:
        raise ValidationError("The strength of a tie must be a whole number from {low} to {high}.",
                              low=STRENGTH_MIN, high=STRENGTH_MAX)
    return number


def introducers(ties: Iterable[Tie], strength: Mapping[int, float], met: Collection[int],
                 threshold: float) -> dict[int, tuple[int, float]]:
    """For each person the user has not met, the best strong tie of the user who has a tie to them:
    prospect -> (introducer, the user's strength to the introducer). The best is the introducer with
    the highest (user's strength x tie strength); ties by the introducer's id."""
    best: dict[int, tuple[float, int, float]] = {}
    for tie in ties:
        for prospect, via in ((tie.to_id, tie.from_id), (tie.from_id, tie.to_id)):
            mine = strength.get(via, 0.0)
            if prospect in met or via not in met or mine < threshold:
                continue
            score = mine * tie.strength
            held = best.get(prospect)
            if held is None or (score, -via) > (held[0], -held[1]):
                best[prospect] = (score, via, mine)
    return {prospect: (via, mine) for prospect, (_score, via, mine) in best.items()}


def describe(tie: Tie, names: dict[int, str]) -> str:
    """'Anna Berg reports to Björn Ek' (English, for the command line)."""
    return f"{names.get(tie.from_id, '?')} {KIND_LABELS[tie.kind]} {names.get(tie.to_id, '?')}"
