"""Shared projects: several people working towards one result, serving goals; project work counts as
interaction ("joint project", one row per member of one occasion, confirmed by the user each week)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import ContactStatus, Direction, InteractionKind, ProjectStatus, parse_enum
from netplanner.services import validation as v
from netplanner.services.interactions import InteractionService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Goal, Interaction, Project, ProjectGoal, ProjectMember


@dataclass(frozen=True, slots=True)
class Member:
    contact_id: int
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    """One project as the Projects view, the CLI and the report see it."""

    id: int
    name: str
    status: str
    started_on: dt.date | None
    ended_on: dt.date | None
    description: str  # the project's notes
    goal_ids: tuple[int, ...]
    goal_titles: tuple[str, ...]
    members: tuple[Member, ...]
    last_worked_on: dt.date | None  # the latest "joint project" interaction logged for it

    @property
    def active(self) -> bool:
        return self.status == ProjectStatus.ACTIVE.value


PROJECT_CLEANERS: dict[str, v.Cleaner] = {
    "name": lambda value: v.required_text(value, "Project name"),
    "status": lambda value: parse_enum(ProjectStatus, str(value), "project status").value,
    "started_on": lambda value: v.a_date(value, "Start date"),
    "ended_on": lambda value: v.a_date(value, "End date"),
    "description": lambda value: v.optional_text(value, "Notes"),
}
#: What `snapshot()` holds besides the project's own fields.
GOALS, MEMBERS = "goal_ids", "members"


def clean_project_fields(changes: Mapping[str, object]) -> dict[str, Any]:
    unknown = set(changes) - set(PROJECT_CLEANERS) - {GOALS, MEMBERS}
    if unknown:
        raise ValidationError("Unknown field(s) for a project: {fields}.", fields=", ".join(sorted(unknown)))
    values = {field: PROJECT_CLEANERS[field](value) for field, value in changes.items()
              if field in PROJECT_CLEANERS}
    if GOALS in changes:
        values[GOALS] = [int(g) for g in changes[GOALS]]  # type: ignore[attr-defined]
    if MEMBERS in changes:
        values[MEMBERS] = [(int(cid), v.optional_text(role, "Role", 200))
                           for cid, role in changes[MEMBERS]]  # type: ignore[attr-defined]
    return values


class ProjectService:
    def __init__(self, db: Database, interactions: InteractionService | None = None) -> None:
        self.db = db
        self._interactions = interactions or InteractionService(db)

    # ---- writing --------------------------------------------------------------------------------

    def add(self, name: str, description: str = "", started_on: object = None, **fields: object
            ) -> ProjectInfo:
        """A new project; `fields` may name its status, end date, goal ids and members
        ((contact id, role) pairs)."""
        values = clean_project_fields({"name": name, "description": description, "started_on": started_on,
                                       **fields})
        with self.db.session() as session:
            project = Project(**{k: val for k, val in values.items() if k in PROJECT_CLEANERS})
            self._check_dates(project)
            session.add(project)
            session.flush()
            self._write_links(session, project.id, values)
            project_id = project.id
        return self.get(project_id)

    def update(self, project_id: int, **changes: object) -> dict[str, Any]:
        """Change fields (goal ids and members too); returns the old values of what changed (for undo)."""
        values = clean_project_fields(changes)
        with self.db.session() as session:
            project = self._get(session, project_id)
            old = self._snapshot(session, project)
            old = {field: old[field] for field in values}
            for field, value in values.items():
                if field in PROJECT_CLEANERS:
                    setattr(project, field, value)
            self._check_dates(project)
            self._write_links(session, project_id, values)
        return old

    def delete(self, project_id: int) -> dict[str, Any]:
        """Delete a project (its interactions stay, without it); returns what undelete needs."""
        with self.db.session() as session:
            project = self._get(session, project_id)
            snapshot = self._snapshot(session, project)
            snapshot["id"] = project_id
            snapshot["interactions"] = list(session.scalars(
                select(Interaction.id).where(Interaction.project_id == project_id)))
            session.delete(project)
        return snapshot

    def undelete(self, snapshot: Mapping[str, Any]) -> None:
        with self.db.session() as session:
            session.add(Project(id=snapshot["id"], **{k: snapshot[k] for k in PROJECT_CLEANERS}))
            session.flush()
            self._write_links(session, snapshot["id"], snapshot)
            for interaction in session.scalars(select(Interaction).where(
                    Interaction.id.in_(snapshot.get("interactions", ())))):
                interaction.project_id = snapshot["id"]

    def add_member(self, project_id: int, contact_id: int, role: str = "") -> None:
        with self.db.session() as session:
            self._get(session, project_id)
            self._check_people(session, [contact_id])
            if session.get(ProjectMember, (project_id, contact_id)) is None:
                session.add(ProjectMember(project_id=project_id, contact_id=contact_id,
                                          role=v.optional_text(role, "Role", 200)))

    def remove_member(self, project_id: int, contact_id: int) -> None:
        with self.db.session() as session:
            member = session.get(ProjectMember, (project_id, contact_id))
            if member is not None:
                session.delete(member)

    def log_work(self, project_id: int, contact_ids: Sequence[int], on: dt.date, summary: str = ""
                 ) -> list[int]:
        """Record a week's work on a project with these members: one "joint project" occasion (one
        interaction per person, so each tie stays alive). Returns the new interactions' ids."""
        info = self.get(project_id)
        members = {m.contact_id for m in info.members}
        strangers = [cid for cid in contact_ids if cid not in members]
        if strangers:
            raise ValidationError("Only the members of {project} can be logged as working on it.",
                                  project=info.name)
        if not contact_ids:
            raise ValidationError("Pick at least one member who worked on {project}.", project=info.name)
        logged = self._interactions.log_occasion(
            contact_ids, InteractionKind.JOINT_PROJECT.value, on, direction=Direction.MUTUAL.value,
            summary=summary or info.name, project_id=project_id)
        return [row.id for row in logged]

    @staticmethod
    def _check_dates(project: Project) -> None:
        if project.started_on and project.ended_on and project.ended_on < project.started_on:
            raise ValidationError("A project cannot end ({end}) before it starts ({start}).",
                                  end=project.ended_on.isoformat(), start=project.started_on.isoformat())

    @staticmethod
    def _check_people(session: Session, contact_ids: Iterable[int]) -> None:
        for contact_id in contact_ids:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)

    def _write_links(self, session: Session, project_id: int, values: Mapping[str, Any]) -> None:
        if GOALS in values:
            goal_ids = list(dict.fromkeys(values[GOALS]))
            for goal_id in goal_ids:
                if session.get(Goal, goal_id) is None:
                    raise NotFoundError("There is no goal with id {id}.", id=goal_id)
            session.execute(delete(ProjectGoal).where(ProjectGoal.project_id == project_id))
            session.add_all(ProjectGoal(project_id=project_id, goal_id=g) for g in goal_ids)
        if MEMBERS in values:
            members = dict(values[MEMBERS])
            current = {m.contact_id: m for m in session.scalars(
                select(ProjectMember).where(ProjectMember.project_id == project_id))}
            self._check_people(session, [cid for cid in members if cid not in current])
            for contact_id, member in current.items():
                if contact_id not in members:
                    session.delete(member)
                elif member.role != members[contact_id]:
                    member.role = members[contact_id]
            session.add_all(ProjectMember(project_id=project_id, contact_id=cid, role=role)
                            for cid, role in members.items() if cid not in current)

    @staticmethod
    def _snapshot(session: Session, project: Project) -> dict[str, Any]:
        values: dict[str, Any] = {field: getattr(project, field) for field in PROJECT_CLEANERS}
        values[GOALS] = list(session.scalars(select(ProjectGoal.goal_id)
                                             .where(ProjectGoal.project_id == project.id)))
        values[MEMBERS] = [(m.contact_id, m.role) for m in session.scalars(
            select(ProjectMember).where(ProjectMember.project_id == project.id))]
        return values

    @staticmethod
    def _get(session: Session, project_id: int) -> Project:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFoundError("There is no project with id {project_id}.", project_id=project_id)
        return project

    # ---- reading --------------------------------------------------------------------------------

    def all(self) -> list[ProjectInfo]:
        """Every project, by name."""
        with self.db.engine.connect() as conn:
            projects = conn.execute(select(Project).order_by(Project.name, Project.id)).all()
            goals: dict[int, list[tuple[int, str]]] = {}
            for pid, gid, title in conn.execute(
                    select(ProjectGoal.project_id, Goal.id, Goal.title)
                    .join(Goal, Goal.id == ProjectGoal.goal_id).order_by(Goal.title)):
                goals.setdefault(pid, []).append((gid, title))
            members: dict[int, list[Member]] = {}
            for pid, cid, name, role in conn.execute(
                    select(ProjectMember.project_id, Contact.id, Contact.name, ProjectMember.role)
                    .join(Contact, Contact.id == ProjectMember.contact_id)
                    .where(Contact.deleted_at.is_(None)).order_by(Contact.name, Contact.id)):
                members.setdefault(pid, []).append(Member(cid, name, role))
            worked = dict(conn.execute(
                select(Interaction.project_id, func.max(Interaction.occurred_on))
                .where(Interaction.project_id.is_not(None)).group_by(Interaction.project_id)).all())
        return [
            ProjectInfo(p.id, p.name, p.status, p.started_on, p.ended_on, p.description or "",
                        tuple(g for g, _ in goals.get(p.id, ())), tuple(t for _, t in goals.get(p.id, ())),
                        tuple(members.get(p.id, ())), worked.get(p.id))
            for p in projects
        ]

    def get(self, project_id: int) -> ProjectInfo:
        found = next((p for p in self.all() if p.id == project_id), None)
        if found is None:
            raise NotFoundError("There is no project with id {project_id}.", project_id=project_id)
        return found

    def find(self, name: str) -> ProjectInfo:
        """The one project with this name (case-insensitive), or the one whose name contains it."""
        needle = name.strip().casefold()
        projects = self.all()
        matches = ([p for p in projects if p.name.casefold() == needle]
                   or [p for p in projects if needle and needle in p.name.casefold()])
        if not matches:
            raise NotFoundError("There is no project called '{name}'.", name=name)
        if len(matches) > 1:
            raise ValidationError("'{name}' matches {count} projects: {listed}. Be more specific.",
                                  name=name, count=len(matches),
                                  listed="; ".join(p.name for p in matches[:5]))
        return matches[0]

    def members(self, project_id: int) -> list[tuple[int, str, str]]:
        """(contact id, name, role in the project)."""
        return [(m.contact_id, m.name, m.role) for m in self.get(project_id).members]

    def by_goal(self) -> dict[int, list[ProjectInfo]]:
        """The projects serving each goal (by goal id), active ones first."""
        out: dict[int, list[ProjectInfo]] = {}
        for project in sorted(self.all(), key=lambda p: (not p.active, p.name)):
            for goal_id in project.goal_ids:
                out.setdefault(goal_id, []).append(project)
        return out

    def active_memberships(self) -> dict[int, str]:
        """The people in an active project (not in the Trash, not archived), with the project's name:
        shared work that keeps their tie alive (the planner counts it as contact)."""
        query = (select(ProjectMember.contact_id, Project.name)
                 .join(Project, Project.id == ProjectMember.project_id)
                 .join(Contact, Contact.id == ProjectMember.contact_id)
                 .where(Project.status == ProjectStatus.ACTIVE.value, Contact.deleted_at.is_(None),
                        Contact.status != ContactStatus.ARCHIVED.value)
                 .order_by(Project.name))
        out: dict[int, str] = {}
        with self.db.engine.connect() as conn:
            for contact_id, name in conn.execute(query):
                out.setdefault(contact_id, name)
        return out
