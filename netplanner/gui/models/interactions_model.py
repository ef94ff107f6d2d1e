"""The Interactions table: everything logged, newest first, filtered by person, kind and date range."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import label
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.changes import Changes, Kind
from netplanner.services.interactions import InteractionRow


def _concerns_rows(changes: Changes) -> bool:
    """Interactions show people's names and goals' titles: another edit of a person is no news here."""
    if changes.touches({Kind.INTERACTIONS, Kind.GOALS}):
        return True
    return changes.fields is None or bool(changes.fields & {"name", "deleted_at"})

#: The `contact_id` of a model that shows nobody's interactions (a person panel with no one selected).
NOBODY = -1


class InteractionsModel(RecordTableModel[InteractionRow]):
    DATE, PERSON, KIND, DIRECTION, SUMMARY, GOAL, FOLLOW_UP, DONE, THANKED = range(9)

    def __init__(
        self, ctx: GuiContext, parent: Any = None, *, contact_id: int | None = None, show_person: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.kind: str | None = None
        self.since: dt.date | None = None
        self.until: dt.date | None = None

        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        self._columns: list[Col[InteractionRow]] = [
            Col(
                self.tr("Date"),
                lambda r: r.occurred_on,
                display=lambda r: day(r.occurred_on),
                field="occurred_on",
            ),
            Col(self.tr("Person"), lambda r: r.names),
            Col(self.tr("Kind"), lambda r: r.kind, display=lambda r: label(r.kind), field="kind"),
            Col(
                self.tr("Direction"),
                lambda r: r.direction,
                display=lambda r: label(r.direction),
                field="direction",
                tooltip=self.tr("Who gave and who received: give before you get"),
            ),
            Col(self.tr("Summary"), lambda r: r.summary, field="summary"),
            Col(self.tr("Goal"), lambda r: r.goal_title, display=lambda r: r.goal_title or ""),
            Col(
                self.tr("Follow up"),
                lambda r: r.follow_up_on,
                display=lambda r: day(r.follow_up_on),
                field="follow_up_on",
                tooltip=self.tr("When to follow up"),
            ),
            Col(
                self.tr("Done"),
                lambda r: r.follow_up_done,
                field="follow_up_done",
                check=True,
                tooltip=self.tr("The follow-up is done"),
            ),
            Col(
                self.tr("Thanked"),
                lambda r: r.thanked,
                field="thanked",
                check=True,
                tooltip=self.tr("You showed your appreciation"),
            ),
        ]
        if not show_person:
            self._columns[self.PERSON] = Col(self.tr("Person"), lambda r: r.contact_name)
        self._red = QColor(176, 0, 32)
        self.follower = self.follow(ctx.events, {Kind.INTERACTIONS, Kind.PEOPLE, Kind.GOALS}, _concerns_rows)
        self.reload()

    def columns(self) -> Sequence[Col[InteractionRow]]:
        return self._columns

    def set_filter(
        self, *, contact_id: int | None, kind: str | None, since: dt.date | None, until: dt.date | None
    ) -> None:
        self.contact_id, self.kind, self.since, self.until = contact_id, kind or None, since, until
        self.reload()

    def load(self) -> list[InteractionRow]:
        if self.contact_id == NOBODY:  # the person panel before anyone is selected
            return []
        # One row per occasion: a lunch with three is one entry naming all of them.
        return self.ctx.services.interactions.occasions(
            contact_id=self.contact_id, kind=self.kind, since=self.since, until=self.until
        )

    def extra_data(self, row: InteractionRow, column: int, role: int) -> Any:
        due = row.follow_up_on is not None and not row.follow_up_done and row.follow_up_on <= self.ctx.today()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FOLLOW_UP and due:
            return self._red
        return None
