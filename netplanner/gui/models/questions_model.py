"""One person's preparation questions: tick when asked, note the answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from netplanner.gui.context import GuiContext
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.services.changes import Kind


@dataclass(frozen=True, slots=True)
class QuestionRow:
    id: int
    asked: bool
    text: str
    answer: str


class QuestionsModel(RecordTableModel[QuestionRow]):
    ASKED, TEXT, ANSWER = range(3)

    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self._columns: list[Col[QuestionRow]] = [
            Col(
                self.tr("Asked"),
                lambda r: r.asked,
                field="asked",
                check=True,
                tooltip=self.tr("Tick when you have asked the question"),
            ),
            Col(self.tr("Question"), lambda r: r.text, field="text"),
            Col(self.tr("Answer notes"), lambda r: r.answer, field="answer"),
        ]
        self.follower = self.follow(ctx.events, {Kind.QUESTIONS})

    def columns(self) -> Sequence[Col[QuestionRow]]:
        return self._columns

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.reload()

    def load(self) -> list[QuestionRow]:
        if self.contact_id is None:
            return []
        return [
            QuestionRow(q.id, q.asked, q.text, q.answer)
            for q in self.ctx.services.questions.for_contact(self.contact_id)
        ]
