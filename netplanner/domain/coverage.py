"""Network coverage of development goals: who supports each goal, how well, where it is thin.

Pure rules on plain data (no database, no Qt):

- A *supporter* of a goal is a person linked to it with relevance 2 or more.
- The *coverage score* (0..1) weighs each link's relevance by the current strength of the relationship:
  ``min(1, sum(relevance/3 * strength) / FULL_SUPPORT)`` with FULL_SUPPORT = 2, i.e. two fully relevant
  supporters at full strength cover a goal. One such supporter is half: a single tie is a single point
  of failure. Relevance-3 ties at 80 % and 50 % give 0.65; a link of relevance 0 adds nothing.
- *Flags* say in words where a goal is thin ("No mentor for Public speaking", "Your expert Per Öberg is
  fading"); *suggestions* name people whose expertise matches the goal's competence area but who are not
  linked to it, and where nobody fits, a prompt to find someone new.

Every user-facing sentence lives in `MESSAGES` and `ROLE_NAMES` below, so it can be translated in one
place: a flag is structured data, and its `message()` fills in a template.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from netplanner.domain.model import DEFAULT_THRESHOLD, RELEVANCE_MAX, ContactStatus, Role

#: Relevance from which a linked person counts as a supporter of a goal.
SUPPORT_RELEVANCE = 2
#: The weighted support (sum of relevance/3 * strength) that counts as a fully covered goal.
FULL_SUPPORT = 2.0
#: How many unlinked people to suggest per goal.
MAX_SUGGESTIONS = 5


class FlagKind(StrEnum):
    NO_SUPPORT = "no_support"  # nobody with relevance >= 2
    NO_STRONG_SUPPORT = "no_strong_support"  # two or more supporters, none at or above the threshold
    NO_MENTOR = "no_mentor"  # no supporter in the mentor role
    FADING = "fading"  # a supporter whose relationship fell below the threshold
    LOST = "lost"  # a supporter silent for far longer than usual (a tie likely lost)
    NOT_MET = "not_met"  # a supporter never contacted yet
    SINGLE_SUPPORTER = "single_supporter"  # all support rests on one (strong) person
    ONE_DEPARTMENT = "one_department"  # all supporters sit in one department
    FIND_PROSPECT = "find_prospect"  # a gap and nobody in the network whose expertise fits


#: The wording of every flag. Placeholders: {goal} title, {role} role name, {name} a person,
#: {department}, {area} competence area, {count}.
MESSAGES: dict[str, str] = {
    FlagKind.NO_SUPPORT: "Nobody supports {goal} yet",
    FlagKind.NO_STRONG_SUPPORT: "No strong supporter for {goal}: every tie is weak",
    FlagKind.NO_MENTOR: "No mentor for {goal}",
    FlagKind.FADING: "Your {role} {name} is fading",
    FlagKind.LOST: "Your {role} {name} has gone quiet for much longer than usual",
    FlagKind.NOT_MET: "You have not met your {role} {name} yet",
    FlagKind.SINGLE_SUPPORTER: "Only {name} supports {goal}",
    FlagKind.ONE_DEPARTMENT: "All {count} supporters of {goal} sit in {department}: one perspective only",
    FlagKind.FIND_PROSPECT: (
        "Nobody in your network has expertise in {area}: find someone new for {goal} "
        "(ask your contacts whom they would ask)"
    ),
    "suggestion": "{name} knows {matched} but is not linked to {goal}",
}

ROLE_NAMES: dict[str, str] = {
    Role.MENTOR: "mentor",
    Role.SPONSOR: "sponsor",
    Role.EXPERT: "expert",
    Role.PEER: "peer",
    Role.FEEDBACK_GIVER: "feedback giver",
    Role.ROLE_MODEL: "role model",
}


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role.replace("_", " "))


# ---------------------------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class GoalInfo:
    id: int
    title: str
    competence_area: str = ""
    priority: int = 3
    status: str = "active"


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: int
    name: str
    department: str = ""
    expertise: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    status: str = ContactStatus.ACTIVE.value
    strength: float = 0.0  # 0..1 now
    last_contact: dt.date | None = None  # None: never met
    silence: str = "none"  # "none" (never met), "ok", "warning", "lost"
    trend: int = 0

    @property
    def met(self) -> bool:
        return self.last_contact is not None


@dataclass(frozen=True, slots=True)
class LinkInfo:
    goal_id: int
    contact_id: int
    role: str
    relevance: int
    note: str = ""


# --------------------------------------------------------------------------------------------- output


@dataclass(frozen=True, slots=True)
class Flag:
    kind: FlagKind
    goal_id: int
    goal: str
    name: str = ""
    contact_id: int | None = None
    role: str = ""
    department: str = ""
    area: str = ""
    count: int = 0

    def message(self, texts: Mapping[str, str] | None = None) -> str:
        """The flag in words; `texts` replaces MESSAGES (a translation), role names stay as given."""
        template = (texts or MESSAGES)[self.kind]
        return template.format(goal=self.goal, name=self.name, role=role_name(self.role),
                               department=self.department, area=self.area or self.goal, count=self.count)


@dataclass(frozen=True, slots=True)
class Suggestion:
    goal_id: int
    goal: str
    contact_id: int
    name: str
    matched: tuple[str, ...]  # the expertise tags that match the competence area
    strength: float

    def message(self, texts: Mapping[str, str] | None = None) -> str:
        return (texts or MESSAGES)["suggestion"].format(name=self.name, matched=", ".join(self.matched),
                                                        goal=self.goal)


@dataclass(frozen=True, slots=True)
class Supporter:
    contact_id: int
    name: str
    role: str
    relevance: int
    strength: float
    department: str
    strong: bool


@dataclass(frozen=True, slots=True)
class GoalCoverage:
    goal: GoalInfo
    score: float  # 0..1
    supporters: tuple[Supporter, ...]  # relevance >= 2, most relevant and strongest first
    flags: tuple[Flag, ...]
    suggestions: tuple[Suggestion, ...]

    @property
    def strong_supporters(self) -> int:
        return sum(1 for s in self.supporters if s.strong)

    @property
    def has_gap(self) -> bool:
        """No strong supporter: nobody linked with relevance 2-3, or every such tie weak."""
        return not any(s.strong for s in self.supporters)

    def summary(self, texts: Mapping[str, str] | None = None) -> str:
        """All flags as one line: "No mentor for Public speaking; your expert Per Öberg is fading"."""
        return join_messages(f.message(texts) for f in self.flags)


def join_messages(messages: Iterable[str]) -> str:
    """Join sentences with "; ", lowering the first letter of all but the first (every template begins
    with an ordinary word, never a name, so this is safe)."""
    parts = list(messages)
    return "; ".join([parts[0], *(p[:1].lower() + p[1:] for p in parts[1:])]) if parts else ""


def coverage_score(links: Iterable[tuple[int, float]]) -> float:
    """min(1, sum of relevance/3 * strength / FULL_SUPPORT) over (relevance, strength) pairs."""
    support = sum(max(0.0, min(1.0, relevance / RELEVANCE_MAX)) * max(0.0, min(1.0, strength))
                  for relevance, strength in links)
    return min(1.0, support / FULL_SUPPORT)


# ------------------------------------------------------------------------------------ expertise match

_SPLIT_AREA = re.compile(r"\s*(?:[,;/&+]|\band\b|\boch\b)\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def area_terms(area: str) -> list[frozenset[str]]:
    """A competence area as terms of words: "Leadership and public speaking" -> {leadership},
    {public, speaking}."""
    return [w for w in (_words(part) for part in _SPLIT_AREA.split(area)) if w]


def tag_matches(tag_words: frozenset[str], term: frozenset[str]) -> bool:
    """A tag fits a term when the words of one contain the other's ("speaking" ~ "public speaking")."""
    return bool(tag_words) and (term <= tag_words or tag_words <= term)


class ExpertiseIndex:
    """Who knows what: expertise tags by word, so matching a goal does not scan everyone."""

    def __init__(self, people: Iterable[PersonInfo]) -> None:
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._tags: dict[int, list[tuple[str, frozenset[str]]]] = {}
        for person in people:
            tags = [(tag, _words(tag)) for tag in person.expertise]
            self._tags[person.id] = tags
            for _, words in tags:
                for word in words:
                    self._by_word[word].add(person.id)

    def matches(self, area: str) -> dict[int, tuple[str, ...]]:
        """Person id -> their expertise tags that fit the area (people with none left out)."""
        out: dict[int, tuple[str, ...]] = {}
        terms = area_terms(area)
        candidates = set().union(*(self._by_word.get(w, set()) for term in terms for w in term))
        for pid in candidates:
            tags = self._tags[pid]
            fitting = tuple(tag for tag, words in tags if any(tag_matches(words, t) for t in terms))
            if fitting:
                out[pid] = fitting
        return out


# ----------------------------------------------------------------------------------------- assessment


@dataclass
class Network:
    """Everything coverage needs, as loaded once: goals, people (with strength now) and links."""

    goals: list[GoalInfo]
    people: dict[int, PersonInfo]
    links: list[LinkInfo]
    threshold: float = DEFAULT_THRESHOLD
    _index: ExpertiseIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> ExpertiseIndex:
        if self._index is None:
            self._index = ExpertiseIndex(self.people.values())
        return self._index

    def links_by_goal(self) -> dict[int, list[LinkInfo]]:
        out: dict[int, list[LinkInfo]] = defaultdict(list)
        for link in self.links:
            out[link.goal_id].append(link)
        return out


def assess_goal(
    goal: GoalInfo,
    links: Sequence[LinkInfo],
    people: Mapping[int, PersonInfo],
    threshold: float = DEFAULT_THRESHOLD,
    index: ExpertiseIndex | None = None,
    max_suggestions: int = MAX_SUGGESTIONS,
) -> GoalCoverage:
    """Coverage, flags and suggestions of one goal. Links to people not in `people` (trashed) are ignored."""
    live = [(link, people[link.contact_id]) for link in links if link.contact_id in people]
    score = coverage_score((link.relevance, person.strength) for link, person in live)
    supporters = tuple(sorted(
        (Supporter(person.id, person.name, link.role, link.relevance, person.strength, person.department,
                   person.strength >= threshold)
         for link, person in live if link.relevance >= SUPPORT_RELEVANCE),
        key=lambda s: (-s.relevance, -s.strength, s.name),
    ))
    flags: list[Flag] = []

    def flag(kind: FlagKind, about: Supporter | None = None, department: str = "", count: int = 0) -> None:
        flags.append(Flag(kind, goal.id, goal.title, name=about.name if about else "",
                          contact_id=about.contact_id if about else None, role=about.role if about else "",
                          department=department, area=goal.competence_area, count=count))

    # With one weak supporter, the flag about that person says it all ("your expert Per is fading").
    if not supporters:
        flag(FlagKind.NO_SUPPORT)
    elif len(supporters) > 1 and not any(s.strong for s in supporters):
        flag(FlagKind.NO_STRONG_SUPPORT)
    if supporters and not any(s.role == Role.MENTOR for s in supporters):
        flag(FlagKind.NO_MENTOR)
    for s in supporters:
        person = people[s.contact_id]
        if not person.met:
            flag(FlagKind.NOT_MET, s)
        elif person.silence == "lost":
            flag(FlagKind.LOST, s)
        elif not s.strong:
            flag(FlagKind.FADING, s)
    if len(supporters) == 1 and supporters[0].strong:
        flag(FlagKind.SINGLE_SUPPORTER, supporters[0])
    departments = {s.department.strip().casefold() for s in supporters}
    if len(supporters) >= 2 and len(departments) == 1 and supporters[0].department.strip():
        flag(FlagKind.ONE_DEPARTMENT, department=supporters[0].department, count=len(supporters))

    suggestions: tuple[Suggestion, ...] = ()
    fits: dict[int, tuple[str, ...]] = {}
    if goal.competence_area.strip():
        linked = {link.contact_id for link in links}
        fits = (index or ExpertiseIndex(people.values())).matches(goal.competence_area)
        found = [
            Suggestion(goal.id, goal.title, pid, people[pid].name, tags, people[pid].strength)
            for pid, tags in fits.items()
            if pid not in linked and pid in people and people[pid].status != ContactStatus.ARCHIVED
        ]
        found.sort(key=lambda s: (-len(s.matched), -s.strength, s.name, s.contact_id))
        suggestions = tuple(found[:max_suggestions])
    gap = not any(s.strong for s in supporters)
    # "Nobody has expertise in X" only when nobody does: a linked person who lists it is somebody.
    if gap and not suggestions and not any(pid in people for pid in fits):
        flag(FlagKind.FIND_PROSPECT)
    return GoalCoverage(goal, score, supporters, tuple(flags), suggestions)


def assess(network: Network, max_suggestions: int = MAX_SUGGESTIONS) -> dict[int, GoalCoverage]:
    """Coverage of every goal in the network, by goal id (in the network's goal order)."""
    by_goal = network.links_by_goal()
    return {
        goal.id: assess_goal(goal, by_goal.get(goal.id, []), network.people, network.threshold,
                             network.index, max_suggestions)
        for goal in network.goals
    }


def percent(value: float) -> int:
    """0..1 as a whole percentage, rounded half up (0.345 -> 35, not 34)."""
    return math.floor(value * 100 + 0.5)
