"""The Goals table: title, competence area, priority, status, target date, people linked, why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import label
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.changes import Kind


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: int
    title: str
    competence_area: str
    priority: int
    status: str
    target_date: dt.date | None
    people: int
    why: str
    next_steps: str


class GoalsModel(RecordTableModel[GoalRow]):
    TITLE, AREA, PRIORITY, STATUS, TARGET, PEOPLE, WHY = range(7)

    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._columns: list[Col[GoalRow]] = [
            Col(
                self.tr("Goal"), lambda r: r.title, field="title", tooltip=self.tr("What you want to develop")
            ),
            Col(
                self.tr("Competence area"),
                lambda r: r.competence_area,
                field="competence_area",
                tooltip=self.tr("The skill or knowledge the goal is about"),
            ),
            Col(
                self.tr("Priority"),
                lambda r: r.priority,
                field="priority",
                center=True,
                tooltip=self.tr("1 (low) to 5 (highest)"),
            ),
            Col(self.tr("Status"), lambda r: r.status, display=lambda r: label(r.status), field="status"),
            Col(
                self.tr("Target date"),
                lambda r: r.target_date,
                display=lambda r: r.target_date.isoformat() if r.target_date else "",
                field="target_date",
            ),
            Col(
                self.tr("People"),
                lambda r: r.people,
                center=True,
                tooltip=self.tr("How many people in your network are linked to the goal"),
            ),
            Col(self.tr("Why"), lambda r: r.why, field="why"),
        ]
        self._late = QColor(176, 0, 32)
        self._sort = (self.PRIORITY, Qt.SortOrder.DescendingOrder)
        self.follower = self.follow(ctx.events, {Kind.GOALS, Kind.LINKS, Kind.PEOPLE})
        self.reload()

    def columns(self) -> Sequence[Col[GoalRow]]:
        return self._columns

    def load(self) -> list[GoalRow]:
        counts: dict[int, int] = {}
        for link in self.ctx.services.goals.links():
            counts[link.goal_id] = counts.get(link.goal_id, 0) + 1
        return [
            GoalRow(
                g.id,
                g.title,
                g.competence_area,
                g.priority,
                g.status,
                g.target_date,
                counts.get(g.id, 0),
                g.why,
                g.next_steps,
            )
            for g in self.ctx.services.goals.all()
        ]

    def extra_data(self, row: GoalRow, column: int, role: int) -> Any:
        late = row.target_date is not None and row.target_date < self.ctx.today() and row.status == "active"
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.TARGET and late:
                return self._late
            if row.status in ("achieved", "dropped"):
                return QColor(120, 120, 120)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PEOPLE and row.people == 0:
            return self.tr("Nobody is linked to this goal yet: a gap in your network")
        return None
