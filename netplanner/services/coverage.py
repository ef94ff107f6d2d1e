"""Coverage of the user's goals by their network: loads goals, links, people and strength, then applies
the pure rules of `netplanner.domain.coverage`.

`network()` is the one snapshot the goal matrix and the review are built from (read with Core rows, not
ORM entities, so 5,000 people load quickly); `assess()` turns it into coverage per goal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence

from sqlalchemy import Text, select, type_coerce

from netplanner.domain import coverage as dc
from netplanner.domain import network as dn
from netplanner.domain.errors import NotFoundError
from netplanner.domain.model import GoalStatus
from netplanner.services.changes import ChangeBus
from netplanner.services.strength import ContactStrength, StrengthService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, GoalLink

CoverageFlag = dc.Flag
GoalCoverage = dc.GoalCoverage


class CoverageService:
    def __init__(self, db: Database, strength: StrengthService | None = None, bus: ChangeBus | None = None
                 ) -> None:
        self.db = db
        self.strength = strength or StrengthService(db)
        self._bus = bus
        self._cache: tuple[tuple[object, ...], dc.CoverageInput] | None = None
        self._assessed: tuple[dc.CoverageInput, int, dict[int, dc.GoalCoverage]] | None = None

    def network(self, today: dt.date | None = None, *, statuses: Sequence[str] | None = (GoalStatus.ACTIVE,),
                strengths: Mapping[int, ContactStrength] | None = None) -> dc.CoverageInput:
        """Goals (active only by default; `statuses=None` for all), everyone not in the trash with their
        strength today (computed unless given), and the links between them. Goals come by priority, then
        title. Built once per version of the data: the Matrix, the Review and the report share it."""
        day = today or self.strength.today()
        key = (None if self._bus is None else self._bus.version, day,
               None if statuses is None else tuple(statuses))
        if strengths is None and self._bus is not None and self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        network = self._build(day, statuses, strengths)
        if strengths is None:
            self._cache = (key, network)
        return network

    def _build(self, today: dt.date, statuses: Sequence[str] | None,
               strengths: Mapping[int, ContactStrength] | None) -> dc.CoverageInput:
        goal_query = select(Goal.id, Goal.title, Goal.competence_area, Goal.priority, Goal.status).order_by(
            Goal.priority.desc(), Goal.title, Goal.id)
        if statuses is not None:
            goal_query = goal_query.where(Goal.status.in_([str(s) for s in statuses]))
        # The JSON lists come as text and are parsed here: SQLAlchemy's JSON processing per value
        # doubles the load time at 5,000 people.
        people_query = select(Contact.id, Contact.name, Contact.department,
                              type_coerce(Contact.expertise, Text), type_coerce(Contact.tags, Text),
                              Contact.status, Contact.knowledge_sharing, Contact.title, Contact.can_offer,
                              Contact.working_style).where(Contact.deleted_at.is_(None))
        link_query = select(GoalLink.goal_id, GoalLink.contact_id, GoalLink.role, GoalLink.relevance,
                            GoalLink.note)
        with self.db.engine.connect() as conn:
            goals = [dn.GoalInfo(*row) for row in conn.execute(goal_query)]
            people_rows = conn.execute(people_query).all()
            link_rows = conn.execute(link_query).all()
        if strengths is None:
            strengths = self.strength.all(today)
        people: dict[int, dc.PersonInfo] = {}
        for pid, name, department, expertise, tags, status, sharing, title, offer, style in people_rows:
            s = strengths.get(pid)
            people[pid] = dc.PersonInfo(
                id=pid, name=name, department=department or "", expertise=_texts(expertise),
                tags=_texts(tags), status=status,
                strength=s.strength if s else 0.0,
                last_contact=s.last_contact if s else None,
                silence=s.silence if s else "none",
                trend=s.trend if s else 0,
                knowledge_sharing=sharing,
                profile=" ".join(t for t in (title, offer, style) if t),
            )
        goal_ids = {g.id for g in goals}
        links = [dn.Link(*row) for row in link_rows
                 if row.goal_id in goal_ids and row.contact_id in people]
        return dc.CoverageInput(goals, people, links, self.strength.params().threshold)

    def links(self) -> list[dn.Link]:
        """Every link between a goal and a person (one small read: the Matrix checks a change of links
        against what it shows without building the whole network)."""
        with self.db.engine.connect() as conn:
            return [dn.Link(*row) for row in conn.execute(select(
                GoalLink.goal_id, GoalLink.contact_id, GoalLink.role, GoalLink.relevance, GoalLink.note))]

    def assess(self, today: dt.date | None = None, network: dc.CoverageInput | None = None,
               max_suggestions: int = dc.MAX_SUGGESTIONS) -> dict[int, dc.GoalCoverage]:
        """Coverage, flags and suggestions of every active goal, by goal id (highest priority first)."""
        if network is not None:
            return dc.assess(network, max_suggestions)
        built = self.network(today)
        if self._assessed is not None and self._assessed[0] is built and self._assessed[1] == max_suggestions:
            return self._assessed[2]
        coverage = dc.assess(built, max_suggestions)
        self._assessed = (built, max_suggestions, coverage)
        return coverage

    def for_goal(self, goal_id: int, today: dt.date | None = None) -> dc.GoalCoverage:
        """Coverage of one goal, whatever its status."""
        network = self.network(today, statuses=None)
        goal = next((g for g in network.goals if g.id == goal_id), None)
        if goal is None:
            raise NotFoundError("There is no goal with id {goal_id}.", goal_id=goal_id)
        links = [link for link in network.links if link.goal_id == goal_id]
        return dc.assess_goal(goal, links, network.people, network.threshold, network.index)

    def gaps(self, today: dt.date | None = None) -> list[dc.GoalCoverage]:
        """Active goals without a strong supporter (nobody linked, or every tie weak)."""
        return [c for c in self.assess(today).values() if c.has_gap]


def _texts(raw: str | None) -> tuple[str, ...]:
    """A stored JSON list of texts as a tuple (nothing for NULL or anything that is not a list)."""
    value = json.loads(raw) if raw else None
    return tuple(value) if isinstance(value, list) else ()  # services store lists of texts only
