"""Development goals and the links that map people to them (role and relevance 0-3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import (
    PRIORITY_MAX,
    PRIORITY_MIN,
    RELEVANCE_MAX,
    RELEVANCE_MIN,
    GoalStatus,
    Role,
    parse_enum,
)
from netplanner.services import validation as v
from netplanner.services.records import GoalDetails, plain
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, GoalLink, utcnow

GOAL_CLEANERS: dict[str, v.Cleaner] = {
    "title": lambda value: v.required_text(value, "Goal title"),
    "competence_area": lambda value: v.optional_text(value, "Competence area", 200),
    "why": lambda value: v.optional_text(value, "Why"),
    "priority": lambda value: v.int_in_range(value, "Priority", PRIORITY_MIN, PRIORITY_MAX),
    "status": lambda value: parse_enum(GoalStatus, str(value), "goal status").value,
    "target_date": lambda value: v.a_date(value, "Target date"),
    "next_steps": lambda value: v.optional_text(value, "Next steps"),
}
ENDED = {GoalStatus.ACHIEVED.value, GoalStatus.DROPPED.value}


def clean_goal_fields(changes: Mapping[str, object]) -> dict[str, Any]:
    unknown = set(changes) - set(GOAL_CLEANERS)
    if unknown:
        raise ValidationError("Unknown field(s) for a goal: {fields}.", fields=", ".join(sorted(unknown)))
    return {field: GOAL_CLEANERS[field](value) for field, value in changes.items()}


@dataclass(frozen=True, slots=True)
class LinkView:
    """A goal link with the names on both ends, for lists and reports."""

    goal_id: int
    goal_title: str
    contact_id: int
    contact_name: str
    role: str
    relevance: int
    note: str


class GoalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, **fields: object) -> GoalDetails:
        if "title" not in fields:
            raise ValidationError("Goal title cannot be empty.")
        goal = Goal(**clean_goal_fields(fields))
        with self.db.session() as session:
            session.add(goal)
        return plain(GoalDetails, goal)

    def update(self, goal_id: int, **changes: object) -> dict[str, Any]:
        """Change fields; returns the old values (for undo). Ending a goal stamps when it ended."""
        values = clean_goal_fields(changes)
        with self.db.session() as session:
            goal = self._get(session, goal_id)
            old = {field: getattr(goal, field) for field in values}
            for field, value in values.items():
                setattr(goal, field, value)
            if "status" in values:
                goal.ended_at = (goal.ended_at or utcnow()) if goal.status in ENDED else None
        return old

    def get(self, goal_id: int) -> GoalDetails:
        with self.db.session() as session:
            return plain(GoalDetails, self._get(session, goal_id))

    @staticmethod
    def _get(session: Any, goal_id: int) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFoundError("There is no goal with id {goal_id}.", goal_id=goal_id)
        return goal  # type: ignore[no-any-return]  # session.get is typed by its first argument

    def count(self) -> int:
        with self.db.driver_connection() as conn:  # the status bar at start-up: no ORM needed
            return int(conn.execute("SELECT count(*) FROM goals").fetchone()[0])

    def all(self, *, active_only: bool = False) -> list[GoalDetails]:
        query = select(Goal).order_by(Goal.priority.desc(), Goal.title)
        if active_only:
            query = query.where(Goal.status == GoalStatus.ACTIVE.value)
        with self.db.session() as session:
            return [plain(GoalDetails, goal) for goal in session.scalars(query)]

    def delete(self, goal_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Delete a goal and its links; returns what is needed to put them back (undo)."""
        with self.db.session() as session:
            goal = self._get(session, goal_id)
            snapshot = {c.key: getattr(goal, c.key) for c in Goal.__table__.columns}
            links = [{c.key: getattr(link, c.key) for c in GoalLink.__table__.columns} for link in goal.links]
            session.delete(goal)
        return snapshot, links

    def undelete(self, snapshot: dict[str, Any], links: list[dict[str, Any]]) -> None:
        with self.db.session() as session:
            session.add(Goal(**snapshot))
            session.flush()
            session.add_all(GoalLink(**link) for link in links)

    # ---- links -------------------------------------------------------------------------------------

    def link(self, goal_id: int, contact_id: int, role: str = Role.EXPERT.value, relevance: int = 2,
             note: str = "") -> GoalLink:
        """Map a person to a goal, or change the existing link."""
        role_value = parse_enum(Role, role, "role").value
        relevance_value = v.int_in_range(relevance, "Relevance", RELEVANCE_MIN, RELEVANCE_MAX)
        note_value = v.optional_text(note, "Note")
        with self.db.session() as session:
            self._get(session, goal_id)
            if session.get(Contact, contact_id) is None:
                raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
            link = session.scalars(
                select(GoalLink).where(GoalLink.goal_id == goal_id, GoalLink.contact_id == contact_id)
            ).first()
            if link is None:
                link = GoalLink(goal_id=goal_id, contact_id=contact_id)
                session.add(link)
            link.role, link.relevance, link.note = role_value, relevance_value or 0, note_value
        return link

    def unlink(self, goal_id: int, contact_id: int) -> GoalLink | None:
        """Remove a link; returns it as it was (for undo), or None if there was none."""
        with self.db.session() as session:
            link = session.scalars(
                select(GoalLink).where(GoalLink.goal_id == goal_id, GoalLink.contact_id == contact_id)
            ).first()
            if link is not None:
                session.delete(link)
            return link

    def links(self, *, goal_id: int | None = None, contact_id: int | None = None) -> list[LinkView]:
        query = (
            select(GoalLink.goal_id, Goal.title, GoalLink.contact_id, Contact.name, GoalLink.role,
                   GoalLink.relevance, GoalLink.note)
            .join(Goal, Goal.id == GoalLink.goal_id)
            .join(Contact, Contact.id == GoalLink.contact_id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Goal.title, GoalLink.relevance.desc(), Contact.name)
        )
        if goal_id is not None:
            query = query.where(GoalLink.goal_id == goal_id)
        if contact_id is not None:
            query = query.where(GoalLink.contact_id == contact_id)
        with self.db.engine.connect() as conn:
            return [LinkView(*row) for row in conn.execute(query)]
