"""Preparation per person: the questions to ask, whether they were asked, and the answers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.services import validation as v
from netplanner.services.records import QuestionDetails, plain
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Question


class QuestionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, contact_id: int, text: str) -> QuestionDetails:
        clean = v.required_text(text, "Question", 2000)
        with self.db.session() as session:
            if session.get(Contact, contact_id) is None:
                raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
            last = session.scalar(
                select(func.max(Question.position)).where(Question.contact_id == contact_id)
            )
            question = Question(contact_id=contact_id, text=clean, position=(last or 0) + 1)
            session.add(question)
        return plain(QuestionDetails, question)

    def for_contact(self, contact_id: int, *, open_only: bool = False) -> list[Question]:
        query = select(Question).where(Question.contact_id == contact_id).order_by(Question.position)
        if open_only:
            query = query.where(Question.asked.is_(False))
        with self.db.session() as session:
            return list(session.scalars(query))

    def update(self, question_id: int, **changes: Any) -> dict[str, Any]:
        """Change text, asked or answer; returns the old values (for undo)."""
        cleaners: dict[str, v.Cleaner] = {
            "text": lambda value: v.required_text(value, "Question", 2000),
            "asked": v.a_bool,
            "answer": lambda value: v.optional_text(value, "Answer"),
        }
        unknown = set(changes) - set(cleaners)
        if unknown:
            raise ValidationError("Unknown field(s) for a question: {fields}.",
                                  fields=", ".join(sorted(unknown)))
        values = {field: cleaners[field](value) for field, value in changes.items()}
        with self.db.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFoundError("There is no question with id {question_id}.", question_id=question_id)
            old = {field: getattr(question, field) for field in values}
            for field, value in values.items():
                setattr(question, field, value)
        return old

    def delete(self, question_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFoundError("There is no question with id {question_id}.", question_id=question_id)
            snapshot = {c.key: getattr(question, c.key) for c in Question.__table__.columns}
            session.delete(question)
        return snapshot

    def undelete(self, snapshot: dict[str, Any]) -> None:
        with self.db.session() as session:
            session.add(Question(**snapshot))
