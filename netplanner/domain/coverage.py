"""Network coverage of development goals: who supports each goal, how well, where it is thin.

Pure rules on plain data (no database, no Qt):

- A *supporter* of a goal is a person linked to it with relevance 2 or more.
- The *coverage score* (0..1) weighs each link's relevance by the current strength of the relationship:
  ``min(1, sum(relevance/3 * strength) / FULL_SUPPORT)`` with FULL_SUPPORT = 2, i.e. two fully relevant
  supporters at full strength cover a goal. One such supporter is half: a single tie is a single point
  of failure. Relevance-3 ties at 80 % and 50 % give 0.65; a link of relevance 0 adds nothing.
- *Flags* say in words where a goal is thin ("No mentor for Public speaking", "Your expert Per Öberg is
  fading"); *suggestions* rank people not linked to the goal whose expertise tags or profile text match
  its competence area (folded, so "forhandling" finds "Förhandling"), by `SUGGESTION_WEIGHTS`: the
  match, their willingness to share knowledge, how reachable they are (strength now) and a new
  perspective (a department none of the goal's supporters sits in), each with its reason in words.
  Where nobody fits, a prompt to find someone new.

Every user-facing sentence lives in `MESSAGES` and `ROLE_NAMES` below, so it can be translated in one
place: a flag is structured data, and its `message()` fills in a template.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from netplanner.domain.model import DEFAULT_THRESHOLD, RELEVANCE_MAX, ContactStatus, Role
from netplanner.domain.network import SUPPORT_RELEVANCE, GoalInfo, Link, supports

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
    "suggestion": "{name} could help with {goal}: {reason}",
    "why_expertise": "knows {value}",
    "why_profile": "mentions {value} in their profile",
    "why_shares": "shares knowledge {value}",
    "why_shares_little": "rarely shares knowledge ({value})",
    "why_strength": "strength {value} %",
    "why_not_met": "not met yet",
    "why_department": "from {value}: a new perspective",
    "why_joiner": "; ",
}

#: How much each part of a suggestion's rank counts (see `rank_candidate`).
SUGGESTION_WEIGHTS: dict[str, float] = {
    "tag": 1.0,  # the first matching expertise tag
    "more_tags": 0.25,  # each further one (at most two more)
    "profile": 0.5,  # a match in the profile text only
    "sharing": 0.5,  # knowledge sharing 5 adds this, 1 takes it away, 3 or unassessed: nothing
    "strength": 1.0,  # times the strength now (0..1)
    "department": 0.3,  # a department none of the supporters sits in, when they all sit in one
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
    knowledge_sharing: int | None = None  # 1-5, the current assessment
    profile: str = ""  # title, what they can offer and their working style: searched for the area

    @property
    def met(self) -> bool:
        return self.last_contact is not None


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
    matched: tuple[str, ...]  # the expertise tags (or area parts, for a profile match) that fit
    strength: float
    score: float = 0.0  # the rank: higher first
    reasons: tuple[tuple[str, str], ...] = ()  # (MESSAGES key after "why_", value) in order

    def reason(self, texts: Mapping[str, str] | None = None) -> str:
        """"knows Negotiation; shares knowledge 5; strength 62 %"."""
        table = texts or MESSAGES
        return table["why_joiner"].join(table[f"why_{key}"].format(value=value)
                                        for key, value in self.reasons)

    def message(self, texts: Mapping[str, str] | None = None) -> str:
        return (texts or MESSAGES)["suggestion"].format(name=self.name, matched=", ".join(self.matched),
                                                        goal=self.goal, reason=self.reason(texts))


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


def fold(text: str) -> str:
    """Case and accents away, so "Öberg", "oberg" and "ÖBERG" compare equal (å, ä, ö -> a, a, o)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def area_parts(area: str) -> list[tuple[str, frozenset[str]]]:
    """The parts of a competence area with their words: "Leadership and public speaking" ->
    ("Leadership", {leadership}), ("public speaking", {public, speaking})."""
    return [(part.strip(), w) for part in _SPLIT_AREA.split(area) if (w := _words(part))]


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
        self._profiles: dict[str, set[int]] | None = None  # word -> people, built on first use
        for person in people:
            tags = [(tag, _words(tag)) for tag in person.expertise]
            self._tags[person.id] = tags
            for _, words in tags:
                for word in words:
                    self._by_word[word].add(person.id)

    def profile_matches(self, area: str, people: Mapping[int, PersonInfo]) -> dict[int, tuple[str, ...]]:
        """Person id -> the parts of the area their profile text mentions (every word of the part)."""
        if self._profiles is None:
            self._profiles = defaultdict(set)
            for person in people.values():
                for word in _words(person.profile):
                    self._profiles[word].add(person.id)
        out: dict[int, list[str]] = defaultdict(list)
        for text, words in area_parts(area):
            found = set.intersection(*(self._profiles.get(w, set()) for w in words))
            for pid in found:
                out[pid].append(text)
        return {pid: tuple(parts) for pid, parts in out.items()}

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
class CoverageInput:
    """Everything coverage needs, as loaded once: goals, people (with strength now) and links."""

    goals: list[GoalInfo]
    people: dict[int, PersonInfo]
    links: list[Link]
    threshold: float = DEFAULT_THRESHOLD
    _index: ExpertiseIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> ExpertiseIndex:
        if self._index is None:
            self._index = ExpertiseIndex(self.people.values())
        return self._index

    def links_by_goal(self) -> dict[int, list[Link]]:
        out: dict[int, list[Link]] = defaultdict(list)
        for link in self.links:
            out[link.goal_id].append(link)
        return out


def assess_goal(
    goal: GoalInfo,
    links: Sequence[Link],
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
                   supports(link.relevance, person.strength, threshold))
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
        index = index or ExpertiseIndex(people.values())
        suggestions = rank_suggestions(goal, links, people, supporters, index, max_suggestions)
        fits = index.matches(goal.competence_area)
    gap = not any(s.strong for s in supporters)
    # "Nobody has expertise in X" only when nobody does: a linked person who lists it is somebody.
    if gap and not suggestions and not any(pid in people for pid in fits):
        flag(FlagKind.FIND_PROSPECT)
    return GoalCoverage(goal, score, supporters, tuple(flags), suggestions)


def rank_candidate(goal: GoalInfo, person: PersonInfo, tags: tuple[str, ...], mentioned: tuple[str, ...],
                   departments: frozenset[str]) -> Suggestion:
    """One person's suggestion for a goal: the weighted sum of `SUGGESTION_WEIGHTS` and its reasons.
    `departments` are the (folded) departments of the goal's supporters."""
    w = SUGGESTION_WEIGHTS
    reasons: list[tuple[str, str]] = []
    if tags:
        score = w["tag"] + w["more_tags"] * min(2, len(tags) - 1)
        reasons.append(("expertise", ", ".join(tags)))
    else:
        score = w["profile"]
        reasons.append(("profile", ", ".join(mentioned)))
    sharing = person.knowledge_sharing
    if sharing is not None:
        score += w["sharing"] * (max(1, min(5, sharing)) - 3) / 2
        if sharing >= 4:
            reasons.append(("shares", str(sharing)))
        elif sharing <= 2:
            reasons.append(("shares_little", str(sharing)))
    strength = max(0.0, min(1.0, person.strength))
    score += w["strength"] * strength
    reasons.append(("strength", str(percent(strength))) if person.met else ("not_met", ""))
    department = person.department.strip()
    if len(departments) == 1 and department and fold(department) not in departments:
        score += w["department"]
        reasons.append(("department", department))
    return Suggestion(goal.id, goal.title, person.id, person.name, tags or mentioned, person.strength,
                      score, tuple(reasons))


def rank_suggestions(goal: GoalInfo, links: Sequence[Link], people: Mapping[int, PersonInfo],
                     supporters: Sequence[Supporter], index: ExpertiseIndex | None = None,
                     max_suggestions: int = MAX_SUGGESTIONS) -> tuple[Suggestion, ...]:
    """People not linked to the goal whose expertise or profile fits its area, best first."""
    index = index or ExpertiseIndex(people.values())
    linked = {link.contact_id for link in links}
    by_tag = index.matches(goal.competence_area)
    by_profile = index.profile_matches(goal.competence_area, people)
    departments = frozenset(fold(s.department.strip()) for s in supporters if s.department.strip())
    found = [
        rank_candidate(goal, people[pid], by_tag.get(pid, ()), by_profile.get(pid, ()), departments)
        for pid in by_tag.keys() | by_profile.keys()
        if pid not in linked and pid in people and people[pid].status != ContactStatus.ARCHIVED
    ]
    found.sort(key=lambda s: (-s.score, -len(s.matched), s.name, s.contact_id))
    return tuple(found[:max_suggestions])


def assess(network: CoverageInput, max_suggestions: int = MAX_SUGGESTIONS) -> dict[int, GoalCoverage]:
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
