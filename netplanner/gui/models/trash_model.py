"""The Trash: people moved there, with what goes with them, until the Trash is emptied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import label
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.changes import Kind
from netplanner.services.contacts import ContactRow


class TrashModel(RecordTableModel[ContactRow]):
    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._table = ctx.services.contacts
        self._columns: list[Col[ContactRow]] = [
            Col(self.tr("Name"), lambda r: r.name),
            Col(self.tr("Organisation"), lambda r: r.organisation),
            Col(self.tr("Title"), lambda r: r.title),
            Col(self.tr("Status"), lambda r: r.status, display=lambda r: label(r.status)),
            Col(self.tr("Last contact"), lambda r: r.last_contact),
        ]
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.follower = self.follow(ctx.events, {Kind.PEOPLE})
        self.reload()

    def columns(self) -> Sequence[Col[ContactRow]]:
        return self._columns

    def load(self) -> list[ContactRow]:
        return self._table.rows(trash=True)
