"""The Projects table: name, status, goals served, members with roles, dates, last worked on, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import date_text, label
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.changes import Kind
from netplanner.services.projects import Member, ProjectInfo


def member_text(member: Member) -> str:
    return f"{member.name} ({member.role})" if member.role else member.name


class ProjectsModel(RecordTableModel[ProjectInfo]):
    NAME, STATUS, GOALS, MEMBERS, START, END, WORKED, NOTES = range(8)

    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._columns: list[Col[ProjectInfo]] = [
            Col(self.tr("Project"), lambda r: r.name, field="name"),
            Col(self.tr("Status"), lambda r: r.status, display=lambda r: label(r.status), field="status"),
            Col(self.tr("Goals"), lambda r: ", ".join(r.goal_titles),
                tooltip=self.tr("The goals the project serves")),
            Col(self.tr("Members"), lambda r: ", ".join(map(member_text, r.members)),
                tooltip=self.tr("Who works on it with you, and their role")),
            Col(self.tr("Start"), lambda r: r.started_on, display=lambda r: date_text(r.started_on),
                field="started_on"),
            Col(self.tr("End"), lambda r: r.ended_on, display=lambda r: date_text(r.ended_on),
                field="ended_on"),
            Col(self.tr("Worked together"), lambda r: r.last_worked_on,
                display=lambda r: date_text(r.last_worked_on),
                tooltip=self.tr("The last week you logged work on it with its members")),
            Col(self.tr("Notes"), lambda r: r.description, field="description"),
        ]
        self.follower = self.follow(ctx.events, {Kind.PROJECTS, Kind.PEOPLE, Kind.GOALS, Kind.INTERACTIONS})
        self.reload()

    def columns(self) -> Sequence[Col[ProjectInfo]]:
        return self._columns

    def load(self) -> list[ProjectInfo]:
        return self.ctx.services.projects.all()
