"""Results of "search everything": who matched, in which field, and the words around the match."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from netplanner.gui.context import GuiContext
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.search import SearchHit


def where_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Search", "Name"),
        "organisation": QCoreApplication.translate("Search", "Organisation"),
        "department": QCoreApplication.translate("Search", "Department"),
        "title": QCoreApplication.translate("Search", "Title"),
        "emails": QCoreApplication.translate("Search", "E-mail"),
        "phones": QCoreApplication.translate("Search", "Phone"),
        "tags": QCoreApplication.translate("Search", "Tags"),
        "expertise": QCoreApplication.translate("Search", "Expertise"),
        "working_style": QCoreApplication.translate("Search", "Working style"),
        "cares_about": QCoreApplication.translate("Search", "What they care about"),
        "learn_from": QCoreApplication.translate("Search", "What I want to learn"),
        "can_offer": QCoreApplication.translate("Search", "What I can offer"),
        "notes": QCoreApplication.translate("Search", "Notes"),
        "linkedin_url": QCoreApplication.translate("Search", "LinkedIn"),
        "question": QCoreApplication.translate("Search", "Preparation question"),
        "answer": QCoreApplication.translate("Search", "Answer to a question"),
        "summary": QCoreApplication.translate("Search", "Interaction"),
        "interaction_notes": QCoreApplication.translate("Search", "Interaction notes"),
        "goal_title": QCoreApplication.translate("Search", "Goal"),
        "goal_competence": QCoreApplication.translate("Search", "Goal: competence area"),
        "goal_why": QCoreApplication.translate("Search", "Goal: why"),
        "goal_next_steps": QCoreApplication.translate("Search", "Goal: next steps"),
    }
    return labels.get(field, field)


class SearchModel(RecordTableModel[SearchHit]):
    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.search
        self.text = ""
        self._columns: list[Col[SearchHit]] = [
            Col(self.tr("Person or goal"), lambda r: r.name),
            Col(self.tr("Organisation"), lambda r: r.organisation),
            Col(self.tr("Found in"), lambda r: where_label(r.field)),
            Col(self.tr("Match"), lambda r: r.snippet),
        ]

    def columns(self) -> Sequence[Col[SearchHit]]:
        return self._columns

    def record_id(self, row: SearchHit) -> int:
        return -row.goal_id if row.goal_id is not None else row.contact_id

    def search(self, text: str) -> None:
        self.text = text
        self.reload()

    def load(self) -> list[SearchHit]:
        return self.service.search(self.text) if self.text.strip() else []
