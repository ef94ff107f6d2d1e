"""What the services hand out about one record: plain, frozen values with the columns' names.

The GUI, the report and the command line never hold ORM objects (detached objects lazy-load and can be
changed by accident); `plain()` copies the columns of a loaded row into one of these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar


@dataclasses.dataclass(frozen=True, slots=True)
class ContactDetails:
    id: int
    uid: str
    name: str
    organisation: str
    department: str
    title: str
    emails: list[str]
    phones: list[str]
    linkedin_url: str
    tags: list[str]
    expertise: list[str]
    working_style: str
    cares_about: str
    learn_from: str
    can_offer: str
    notes: str
    knowledge_sharing: int | None
    feedback: int | None
    chemistry: int | None
    trust: int | None
    influence: int | None
    status: str
    half_life_days: float | None
    cadence_days: int | None
    source: str
    external_id: str
    connected_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    family_names: list[str]
    given_names: list[str]
    additional_names: list[str]
    honorific_prefixes: list[str]
    honorific_suffixes: list[str]


@dataclasses.dataclass(frozen=True, slots=True)
class GoalDetails:
    id: int
    title: str
    competence_area: str
    why: str
    priority: int
    status: str
    target_date: dt.date | None
    next_steps: str
    created_at: dt.datetime
    ended_at: dt.datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class InteractionDetails:
    id: int
    contact_id: int
    occurred_on: dt.date
    kind: str
    direction: str
    weight: float | None
    summary: str
    notes: str
    goal_id: int | None
    project_id: int | None
    follow_up_on: dt.date | None
    follow_up_done: bool
    thanked: bool
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class QuestionDetails:
    id: int
    contact_id: int
    text: str
    asked: bool
    answer: str
    position: int
    created_at: dt.datetime


R = TypeVar("R")


def plain(kind: type[R], row: Any) -> R:
    """The columns of an ORM row as a `kind` value (lists copied, so the value shares nothing)."""
    values = {}
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]  # every kind here is a dataclass
        value = getattr(row, f.name)
        values[f.name] = list(value) if isinstance(value, list) else value
    return kind(**values)
