"""Shared projects: several people working towards one result; project work counts as interaction."""

from __future__ import annotations

from sqlalchemy import select

from netplanner.domain.errors import NotFoundError
from netplanner.services import validation as v
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Project, ProjectMember


class ProjectService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, name: str, description: str = "", started_on: object = None) -> Project:
        project = Project(
            name=v.required_text(name, "Project name"),
            description=v.optional_text(description, "Description"),
            started_on=v.a_date(started_on, "Start date"),
        )
        with self.db.session() as session:
            session.add(project)
        return project

    def all(self) -> list[Project]:
        with self.db.session() as session:
            return list(session.scalars(select(Project).order_by(Project.name)))

    def add_member(self, project_id: int, contact_id: int, role: str = "") -> None:
        with self.db.session() as session:
            if session.get(Project, project_id) is None:
                raise NotFoundError("There is no project with id {project_id}.", project_id=project_id)
            if session.get(Contact, contact_id) is None:
                raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
            member = session.get(ProjectMember, (project_id, contact_id))
            if member is None:
                session.add(ProjectMember(project_id=project_id, contact_id=contact_id,
                                          role=v.optional_text(role, "Role", 200)))

    def remove_member(self, project_id: int, contact_id: int) -> None:
        with self.db.session() as session:
            member = session.get(ProjectMember, (project_id, contact_id))
            if member is not None:
                session.delete(member)

    def members(self, project_id: int) -> list[tuple[int, str, str]]:
        """(contact id, name, role in the project)."""
        query = (
            select(Contact.id, Contact.name, ProjectMember.role)
            .join(ProjectMember, ProjectMember.contact_id == Contact.id)
            .where(ProjectMember.project_id == project_id)
            .order_by(Contact.name)
        )
        with self.db.engine.connect() as conn:
            return [(row[0], row[1], row[2]) for row in conn.execute(query)]
