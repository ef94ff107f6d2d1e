"""The guided periodic review (by default every quarter): what changed since the last one and what to do.

The article's last step is to adapt the network as goals change. `prepare(today)` gathers the material:
goals that ended and the people tied only to them, dormant people, goals without support, the balance of
give and take, dormant ties worth reviving, a "who did I forget?" prompt, and a checklist drawn from the
article's advice. `record_review` keeps the date, notes and ticked checklist of each review.

The checklist and the prompts are worded here, in one place, so they can be translated later.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from netplanner.domain import assessment as da
from netplanner.domain import coverage as dc
from netplanner.domain.errors import ValidationError
from netplanner.domain.model import ContactStatus, GoalStatus
from netplanner.services import validation as v
from netplanner.services.coverage import CoverageService
from netplanner.services.observations import ObservationService
from netplanner.services.settings import SettingsService
from netplanner.services.strength import ContactStrength
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, Interaction, Review

#: Without contact for this long a relationship counts as dormant (besides "likely lost" silence).
DORMANT_DAYS = 180
#: A decayed give/take difference from which a relationship counts as one-sided.
BALANCE_MARGIN = 0.5
#: Share of contacts people leave out when they list their network from memory.
FORGOTTEN_SHARE = 0.2
MAX_REVIVE = 5
MAX_BALANCE_NAMES = 5

ENDED_STATUSES = (GoalStatus.ACHIEVED.value, GoalStatus.DROPPED.value)
OPEN_STATUSES = (GoalStatus.ACTIVE.value, GoalStatus.PAUSED.value)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    text: str


#: The article's advice as questions to tick off at each review.
CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("goals_current", "My goals and competence needs are still the right ones"),
    ChecklistItem("mapped", "Each goal has someone with experience where I want to grow"),
    ChecklistItem("gave_first", "I gave something (knowledge, help, feedback) before asking for help"),
    ChecklistItem("followed_up", "I followed up and thanked the people who helped me"),
    ChecklistItem("kept_in_touch", "I kept in regular touch with the people who matter, even briefly"),
    ChecklistItem("accepted_help", "I was open to receiving support and advice"),
    ChecklistItem("new_contact", "I found at least one new person who complements my development"),
    ChecklistItem("shared_project", "I looked for a shared project or goal to work on with someone"),
)
CHECKLIST_KEYS = tuple(item.key for item in CHECKLIST)

#: Places to look for people one forgets when listing a network from memory.
FORGET_HINTS: tuple[str, ...] = (
    "people from past projects and former teams",
    "people in other departments you work with now and then",
    "people who helped you once, or whom you helped",
    "people outside the organisation: customers, suppliers, former colleagues, event contacts",
    "people others go to for advice",
)
FORGET_PROMPT = (
    "People leave out about a fifth of their contacts when they list them from memory. "
    "Who is missing here?"
)


@dataclass(frozen=True, slots=True)
class PersonRef:
    contact_id: int
    name: str


@dataclass(frozen=True, slots=True)
class EndedGoal:
    goal_id: int
    title: str
    status: str  # achieved or dropped
    ended_on: dt.date | None
    tied_only_here: tuple[PersonRef, ...]  # linked to no open goal any more


@dataclass(frozen=True, slots=True)
class DormantPerson:
    contact_id: int
    name: str
    last_contact: dt.date | None
    strength: float
    silence: str


@dataclass(frozen=True, slots=True)
class ReviveCandidate:
    """A dormant tie worth picking up again, and why (old ties often give the freshest advice)."""

    contact_id: int
    name: str
    last_contact: dt.date | None
    past_interactions: int
    linked_goals: tuple[tuple[str, str], ...]  # (goal title, role) of open goals
    expertise_goals: tuple[tuple[str, tuple[str, ...]], ...]  # (goal title, matching tags), not linked
    shares_knowledge: bool  # knowledge sharing 4 or 5
    score: float


@dataclass(frozen=True, slots=True)
class BalanceEntry:
    contact_id: int
    name: str
    balance: float  # gave - received, decayed


@dataclass(frozen=True, slots=True)
class BalanceSummary:
    gave: float  # decayed totals over everyone
    received: float
    took_more: tuple[BalanceEntry, ...]  # you received clearly more than you gave: give something back
    gave_more: tuple[BalanceEntry, ...]  # you gave clearly more: be open to receiving, too
    took_more_count: int
    gave_more_count: int

    @property
    def balance(self) -> float:
        return self.gave - self.received


@dataclass(frozen=True, slots=True)
class ForgetPrompt:
    text: str
    hints: tuple[str, ...]
    network_size: int
    likely_missing: int  # if the list was written from memory, about this many are missing
    departments_without_strong_tie: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnobservedPerson:
    """Someone whose role for a goal rests on an old (or no) assessment: does the role still fit?"""

    contact_id: int
    name: str
    last_observed: dt.date | None  # None: never observed
    roles: tuple[tuple[str, str], ...]  # (goal title, role) of open goals


@dataclass(frozen=True, slots=True)
class ChangedAssessment:
    """Someone with a role for a goal whose scores moved a lot since the last review: does it still fit?"""

    contact_id: int
    name: str
    changes: tuple[tuple[str, int, int], ...]  # (dimension, before, now)
    roles: tuple[tuple[str, str], ...]  # (goal title, role) of open goals


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    id: int
    held_on: dt.date
    notes: str
    checklist: dict[str, bool]


@dataclass(frozen=True, slots=True)
class ReviewData:
    today: dt.date
    last_review: ReviewRecord | None
    due: bool
    next_due: dt.date
    ended_goals: tuple[EndedGoal, ...]
    dormant: tuple[DormantPerson, ...]
    unsupported: tuple[dc.GoalCoverage, ...]
    balance: BalanceSummary
    revive: tuple[ReviveCandidate, ...]
    forget: ForgetPrompt
    checklist: tuple[ChecklistItem, ...]
    unobserved: tuple[UnobservedPerson, ...] = ()  # linked to an open goal, not observed for long
    changed: tuple[ChangedAssessment, ...] = ()  # linked to an open goal, assessment moved a lot


class ReviewService:
    def __init__(self, db: Database, coverage: CoverageService | None = None,
                 settings: SettingsService | None = None, observations: ObservationService | None = None
                 ) -> None:
        self.db = db
        self.observations = observations or ObservationService(db)
        self.coverage = coverage or CoverageService(db)
        self.settings = settings or SettingsService(db)

    # ------------------------------------------------------------------------------------ schedule

    def interval_days(self) -> int:
        return int(self.settings.get("review_interval_days"))

    def last_review(self) -> ReviewRecord | None:
        query = select(Review).order_by(Review.held_on.desc(), Review.id.desc()).limit(1)
        with self.db.session() as session:
            review = session.scalars(query).first()
            return None if review is None else _record(review)

    def history(self) -> list[ReviewRecord]:
        """Every review, newest first."""
        with self.db.session() as session:
            reviews = session.scalars(select(Review).order_by(Review.held_on.desc(), Review.id.desc()))
            return [_record(r) for r in reviews]

    def next_review_on(self, today: dt.date | None = None) -> dt.date:
        """When the next review is due: the last one plus the interval, or today if there was none."""
        last = self.last_review()
        if last is None:
            return today or self.coverage.strength.today()
        return last.held_on + dt.timedelta(days=self.interval_days())

    def review_due(self, today: dt.date | None = None) -> bool:
        return (today or self.coverage.strength.today()) >= self.next_review_on(today)

    def record_review(self, notes: str = "", checklist: Mapping[str, bool] | None = None,
                      held_on: dt.date | None = None) -> ReviewRecord:
        """Keep a finished review: its date (today unless given), notes and the checklist as ticked."""
        ticked = dict(checklist or {})
        unknown = set(ticked) - set(CHECKLIST_KEYS)
        if unknown:
            raise ValidationError("Unknown checklist item(s): {items}.", items=", ".join(sorted(unknown)))
        held = v.a_date(held_on or self.coverage.strength.today(), "Review date", optional=False)
        assert held is not None
        review = Review(held_on=held, notes=v.optional_text(notes, "Notes"),
                        checklist={key: bool(ticked.get(key, False)) for key in CHECKLIST_KEYS})
        with self.db.session() as session:
            session.add(review)
            session.flush()
            return _record(review)

    # ------------------------------------------------------------------------------------ material

    def prepare(self, today: dt.date | None = None) -> ReviewData:
        """Everything the guided review shows, computed from the database as it is today."""
        today = today or self.coverage.strength.today()
        last = self.last_review()
        strengths = self.coverage.strength.all(today)
        network = self.coverage.network(today, statuses=None, strengths=strengths)
        open_ids = {g.id for g in network.goals if g.status in OPEN_STATUSES}
        active = dc.CoverageInput([g for g in network.goals if g.status == GoalStatus.ACTIVE], network.people,
                            [link for link in network.links if link.goal_id in open_ids],
                            network.threshold)
        coverage = dc.assess(active)
        details = self._details()
        dormant = self._dormant(network, today)
        next_due = today if last is None else last.held_on + dt.timedelta(days=self.interval_days())
        return ReviewData(
            today=today,
            last_review=last,
            due=today >= next_due,
            next_due=next_due,
            ended_goals=tuple(self._ended_goals(network, last, open_ids)),
            dormant=tuple(dormant),
            unsupported=tuple(c for c in coverage.values() if c.has_gap),
            balance=self._balance(network, strengths),
            revive=tuple(self._revive(active, dormant, details)),
            forget=self._forget(network),
            checklist=CHECKLIST,  # read now, not at import: the GUI may have put a translation in place
            unobserved=tuple(self._unobserved(active, today)),
            changed=tuple(self._changed(active, last)),
        )

    @staticmethod
    def _roles(active: dc.CoverageInput) -> dict[int, list[tuple[str, str]]]:
        """(goal title, role) of the people linked to an open goal (relevance 1 or more), by person."""
        titles = {g.id: g.title for g in active.goals}
        roles: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for link in active.links:
            person = active.people.get(link.contact_id)
            if link.goal_id in titles and link.relevance >= 1 and person is not None and (
                    person.status != ContactStatus.ARCHIVED):
                roles[link.contact_id].append((titles[link.goal_id], link.role))
        return roles

    def _changed(self, active: dc.CoverageInput, last: ReviewRecord | None) -> list[ChangedAssessment]:
        """People with a role whose scores moved by `da.BIG_CHANGE` or more since the last review."""
        roles = self._roles(active)
        histories = self.observations.histories(list(roles))
        since = last.held_on if last is not None else None
        out = [ChangedAssessment(cid, active.people[cid].name, changes, tuple(roles[cid]))
               for cid, history in histories.items()
               if (changes := da.big_changes(history, since))]
        out.sort(key=lambda c: c.name.casefold())
        return out

    def _unobserved(self, active: dc.CoverageInput, today: dt.date) -> list[UnobservedPerson]:
        """People linked to an open goal (relevance 1 or more) whose assessment is older than
        `da.STALE_DAYS` or missing; the longest unobserved first."""
        roles = self._roles(active)
        assessments = self.observations.assessments(list(roles))
        out = [UnobservedPerson(cid, active.people[cid].name, a.observed_on if a else None, tuple(found))
               for cid, found in roles.items()
               if da.is_stale(a := assessments.get(cid), today)]
        out.sort(key=lambda u: (u.last_observed or dt.date.min, u.name.casefold()))
        return out

    def _details(self) -> dict[int, tuple[int | None, int]]:
        """Person id -> (knowledge sharing score, number of interactions)."""
        counts = (select(Interaction.contact_id, func.count().label("n"))
                  .group_by(Interaction.contact_id).subquery())
        query = (select(Contact.id, Contact.knowledge_sharing, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.contact_id == Contact.id)
                 .where(Contact.deleted_at.is_(None)))
        with self.db.engine.connect() as conn:
            return {row[0]: (row[1], int(row[2])) for row in conn.execute(query)}

    def _ended_goals(self, network: dc.CoverageInput, last: ReviewRecord | None, open_ids: set[int],
                     ) -> list[EndedGoal]:
        """Goals ended since the last review (all ended goals before the first one)."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(select(Goal.id, Goal.title, Goal.status, Goal.ended_at)
                                .where(Goal.status.in_(ENDED_STATUSES))
                                .order_by(Goal.ended_at.desc(), Goal.title)).all()
        goals_of: dict[int, set[int]] = defaultdict(set)
        for link in network.links:
            goals_of[link.contact_id].add(link.goal_id)
        out = []
        for goal_id, title, status, ended_at in rows:
            # Stored as naive UTC; the review's dates are the user's local days.
            ended_on = ended_at.replace(tzinfo=dt.UTC).astimezone().date() if ended_at is not None else None
            if last is not None and ended_on is not None and ended_on < last.held_on:
                continue
            only = [
                PersonRef(pid, network.people[pid].name)
                for pid, goals in goals_of.items()
                if goal_id in goals and not goals & open_ids
                and network.people[pid].status != ContactStatus.ARCHIVED
            ]
            only.sort(key=lambda p: p.name.casefold())
            out.append(EndedGoal(goal_id, title, status, ended_on, tuple(only)))
        return out

    def _dormant(self, network: dc.CoverageInput, today: dt.date) -> list[DormantPerson]:
        """People gone quiet: under the strength threshold after no contact for DORMANT_DAYS or a silence
        far beyond their rhythm, or marked dormant. Archived people are left out; the longest silent
        come first."""
        cutoff = today - dt.timedelta(days=DORMANT_DAYS)
        out = []
        for person in network.people.values():
            if person.status == ContactStatus.ARCHIVED:
                continue
            last = person.last_contact
            quiet = (last is not None and last <= cutoff) or person.silence == "lost"
            weak = person.strength < network.threshold
            if (quiet and weak) or person.status == ContactStatus.DORMANT:
                out.append(DormantPerson(person.id, person.name, last, person.strength, person.silence))
        out.sort(key=lambda d: (d.last_contact or dt.date.min, d.name.casefold()))
        return out

    def _revive(self, active: dc.CoverageInput, dormant: list[DormantPerson],
                details: Mapping[int, tuple[int | None, int]]) -> list[ReviveCandidate]:
        """Dormant ties that matter for an open goal or share knowledge readily, the most useful first."""
        titles = {g.id: g.title for g in active.goals}
        links: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
        for link in active.links:
            if link.goal_id in titles:
                links[link.contact_id].append((titles[link.goal_id], link.role, link.relevance))
        fits: dict[int, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for goal in active.goals:
            if goal.competence_area.strip():
                for pid, tags in active.index.matches(goal.competence_area).items():
                    fits[pid].append((goal.title, tags))
        out = []
        for d in dormant:
            sharing, count = details.get(d.contact_id, (None, 0))
            linked = tuple((title, role) for title, role, _ in links.get(d.contact_id, []))
            linked_titles = {t for t, _ in linked}
            expertise = tuple(f for f in fits.get(d.contact_id, []) if f[0] not in linked_titles)
            shares = sharing is not None and sharing >= 4
            if not (linked or expertise or shares):
                continue
            relevance = max((r for _, _, r in links.get(d.contact_id, [])), default=0)
            # Tied to a goal counts most, then expertise for one, a sharing habit and a long history.
            score = (2 * relevance / 3 + (1.0 if expertise else 0.0) + (0.5 if shares else 0.0)
                     + min(count, 10) / 20)
            out.append(ReviveCandidate(d.contact_id, d.name, d.last_contact, count, linked, expertise, shares,
                                       score))
        out.sort(key=lambda c: (-c.score, c.name.casefold()))
        return out[:MAX_REVIVE]

    @staticmethod
    def _balance(network: dc.CoverageInput, strengths: Mapping[int, ContactStrength]) -> BalanceSummary:
        people = network.people
        entries = [BalanceEntry(s.contact_id, people[s.contact_id].name, s.balance)
                   for s in strengths.values() if s.contact_id in people]
        took = sorted((e for e in entries if e.balance <= -BALANCE_MARGIN), key=lambda e: e.balance)
        gave = sorted((e for e in entries if e.balance >= BALANCE_MARGIN), key=lambda e: -e.balance)
        return BalanceSummary(
            gave=sum(s.gave for s in strengths.values()),
            received=sum(s.received for s in strengths.values()),
            took_more=tuple(took[:MAX_BALANCE_NAMES]),
            gave_more=tuple(gave[:MAX_BALANCE_NAMES]),
            took_more_count=len(took),
            gave_more_count=len(gave),
        )

    def _forget(self, network: dc.CoverageInput) -> ForgetPrompt:
        by_department: dict[str, bool] = {}
        for person in network.people.values():
            department = person.department.strip()
            if department and person.status != ContactStatus.ARCHIVED:
                strong = person.strength >= network.threshold
                by_department[department] = by_department.get(department, False) or strong
        size = sum(1 for p in network.people.values() if p.status != ContactStatus.ARCHIVED)
        return ForgetPrompt(
            text=FORGET_PROMPT,
            hints=FORGET_HINTS,
            network_size=size,
            # A list made from memory holds about 4/5 of the people; the missing fifth is a quarter of it.
            likely_missing=round(size * FORGOTTEN_SHARE / (1 - FORGOTTEN_SHARE)),
            departments_without_strong_tie=tuple(sorted(d for d, ok in by_department.items() if not ok)),
        )


def _record(review: Review) -> ReviewRecord:
    checklist: dict[str, Any] = review.checklist or {}
    return ReviewRecord(review.id, review.held_on, review.notes or "",
                        {key: bool(value) for key, value in checklist.items()})
