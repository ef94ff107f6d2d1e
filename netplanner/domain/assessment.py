"""Observing and evaluating people (the article's second step): what a person's assessment says about
how well they fit a role, and how that is put in words.

* An *observation* is a dated note with optional 1-5 scores; a person's *assessment* is the latest value
  per dimension (`current`), with the day and number of observations behind it.
* The *fit* of a person for a role (`fit`) is 1 when nothing relevant is assessed, and moves towards
  1 - FIT_SPAN (all relevant scores 1) or 1 + FIT_SPAN (all 5) as the scores the role calls for
  (`ROLE_DIMENSIONS`) are observed: ``fit = 1 + FIT_SPAN * sum(w * (score - 3) / 2) / sum(w)`` over the
  role's dimensions, an unassessed dimension counting as the neutral 3. So it is monotone in each score,
  bounded, and today's rule (priority * relevance / 3) is left unchanged for an unassessed person.
* Low chemistry or trust (`CAUTION_MAX` or below) makes a first touch small: observe first.

Every word a person reads is in `TEXT` and `DIMENSION_WORDS`, in one place for translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from netplanner.domain.model import SCORE_MAX, SCORE_MIN, Role

#: Every dimension an observation may score, in display order. The first five are the People table's.
DIMENSIONS: tuple[str, ...] = ("knowledge_sharing", "feedback", "chemistry", "trust", "influence",
                               "engagement", "openness", "results")
FIT_SPAN = 0.5
NEUTRAL = 3
#: Chemistry or trust at or below this: get to know them before asking for much.
CAUTION_MAX = 2
#: Not observed for this many days: the review asks to look again.
STALE_DAYS = 180

#: What each role calls for, with weights (the first counts most).
ROLE_DIMENSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    Role.MENTOR: (("knowledge_sharing", 2.0), ("trust", 1.5), ("feedback", 1.0)),
    Role.FEEDBACK_GIVER: (("feedback", 2.0), ("trust", 1.5), ("knowledge_sharing", 1.0)),
    Role.SPONSOR: (("influence", 2.0), ("trust", 1.0)),
    Role.EXPERT: (("results", 2.0), ("knowledge_sharing", 1.0)),
    Role.PEER: (("chemistry", 1.5), ("openness", 1.0), ("engagement", 1.0)),
    Role.ROLE_MODEL: (("results", 1.5), ("engagement", 1.0), ("influence", 1.0)),
}

DIMENSION_WORDS: dict[str, str] = {
    "knowledge_sharing": "shares knowledge {n}",
    "feedback": "gives feedback {n}",
    "chemistry": "chemistry {n}",
    "trust": "trust {n}",
    "influence": "influence {n}",
    "engagement": "engagement {n}",
    "openness": "openness {n}",
    "results": "track record {n}",
}

#: Column headers and form labels of the dimensions.
DIMENSION_LABELS: dict[str, str] = {
    "knowledge_sharing": "Knowledge sharing",
    "feedback": "Feedback",
    "chemistry": "Chemistry",
    "trust": "Trust",
    "influence": "Influence",
    "engagement": "Engagement",
    "openness": "Openness",
    "results": "Track record",
}

TEXT: dict[str, str] = {
    "joiner": ", ",
    "observe_first": "observe first: {scores}; start with a short question",
    "prepare": "prepare: what do you want to learn?",
}


@dataclass(frozen=True, slots=True)
class Observation:
    observation_id: int
    contact_id: int
    observed_on: dt.date
    scores: Mapping[str, int] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Assessment:
    """A person's latest score per dimension (None: never scored), the days they were scored, how many
    observations there are and when the last one was."""

    knowledge_sharing: int | None = None
    feedback: int | None = None
    chemistry: int | None = None
    trust: int | None = None
    influence: int | None = None
    engagement: int | None = None
    openness: int | None = None
    results: int | None = None
    observed_on: dt.date | None = None
    count: int = 0

    def score(self, dimension: str) -> int | None:
        value = getattr(self, dimension)
        return None if value is None else int(value)

    def scores(self) -> dict[str, int]:
        return {d: v for d in DIMENSIONS if (v := self.score(d)) is not None}

    @property
    def assessed(self) -> bool:
        return bool(self.scores())


NOTHING = Assessment()


def _clamp(score: int) -> int:
    return max(SCORE_MIN, min(SCORE_MAX, score))


def current(observations: Iterable[Observation], cached: Mapping[str, int | None] | None = None
            ) -> Assessment:
    """The latest value per dimension (ties on a day: the later observation). `cached` (the five scores
    kept on the person) wins for its dimensions: it is what the user last set, in the table or here."""
    latest: dict[str, tuple[dt.date, int, int]] = {}
    count = 0
    last: dt.date | None = None
    for o in observations:
        count += 1
        last = o.observed_on if last is None else max(last, o.observed_on)
        for dimension, value in o.scores.items():
            key = (o.observed_on, o.observation_id)
            if dimension in DIMENSIONS and (dimension not in latest or key >= latest[dimension][:2]):
                latest[dimension] = (*key, value)
    values: dict[str, int | None] = {}
    for dimension, (_, _, value) in latest.items():
        values[dimension] = value
    for dimension, cached_value in (cached or {}).items():
        values[dimension] = cached_value
    return Assessment(**{d: values.get(d) for d in DIMENSIONS}, observed_on=last, count=count)


def fit(role: str, assessment: Assessment | None) -> float:
    """How well the person's assessment suits the role: 1 - FIT_SPAN .. 1 + FIT_SPAN, 1 when unassessed."""
    wanted = ROLE_DIMENSIONS.get(role, ())
    if assessment is None or not wanted:
        return 1.0
    total = sum(weight for _, weight in wanted)
    lean = 0.0
    for dimension, weight in wanted:
        value = assessment.score(dimension)
        if value is not None:
            lean += weight * (_clamp(value) - NEUTRAL) / (SCORE_MAX - NEUTRAL)
    return 1.0 + FIT_SPAN * lean / total


def importance(priority: int, relevance: int, role: str, assessment: Assessment | None) -> float:
    """Today's rule (priority * relevance / 3) times the role's fit."""
    return priority * relevance / 3.0 * fit(role, assessment)


def words(dimension: str, value: int) -> str:
    return DIMENSION_WORDS.get(dimension, dimension.replace("_", " ") + " {n}").format(n=value)


def explain(role: str, assessment: Assessment | None) -> str:
    """The assessed scores behind a role's fit: "shares knowledge 5, trust 4" ("" when none)."""
    if assessment is None:
        return ""
    parts = [words(d, v) for d, _ in ROLE_DIMENSIONS.get(role, ())
             if (v := assessment.score(d)) is not None]
    return TEXT["joiner"].join(parts)


def describe(assessment: Assessment | None) -> str:
    """Every assessed score in words, in display order."""
    return "" if assessment is None else describe_scores(assessment.scores())


def describe_scores(scores: Mapping[str, int]) -> str:
    """Scores in words, in display order: "shares knowledge 5, trust 4"."""
    return TEXT["joiner"].join(words(d, scores[d]) for d in DIMENSIONS if d in scores)


def caution(assessment: Assessment | None) -> str:
    """"observe first: chemistry 2; start with a short question" when chemistry or trust is low, else ""."""
    if assessment is None:
        return ""
    low = [words(d, v) for d in ("chemistry", "trust")
           if (v := assessment.score(d)) is not None and v <= CAUTION_MAX]
    return TEXT["observe_first"].format(scores=TEXT["joiner"].join(low)) if low else ""


def is_stale(assessment: Assessment | None, today: dt.date, days: int = STALE_DAYS) -> bool:
    """Never observed, or not for `days` days."""
    return assessment is None or assessment.observed_on is None or (
        today - assessment.observed_on).days >= days


#: A score that moved this many points between its last two observations changed a lot.
BIG_CHANGE = 2


def big_changes(history: Iterable[Observation], since: dt.date | None = None
                ) -> tuple[tuple[str, int, int], ...]:
    """(dimension, before, now) of each score whose newest value differs from the one before by
    `BIG_CHANGE` or more, when that newest value was observed after `since` (any time without one)."""
    ordered = sorted(history, key=lambda o: (o.observed_on, o.observation_id))
    out: list[tuple[str, int, int]] = []
    for dimension in DIMENSIONS:
        values = [(o.observed_on, o.scores[dimension]) for o in ordered if dimension in o.scores]
        if len(values) < 2:
            continue
        (_, before), (day, now) = values[-2], values[-1]
        if abs(now - before) >= BIG_CHANGE and (since is None or day > since):
            out.append((dimension, before, now))
    return tuple(out)
