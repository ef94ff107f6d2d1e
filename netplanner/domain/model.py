"""The vocabulary of the model: statuses, roles, kinds of interaction and their default weights."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from netplanner.domain.errors import ValidationError


class ContactStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    ARCHIVED = "archived"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Role(StrEnum):
    MENTOR = "mentor"
    SPONSOR = "sponsor"
    EXPERT = "expert"
    PEER = "peer"
    FEEDBACK_GIVER = "feedback_giver"
    ROLE_MODEL = "role_model"


class Direction(StrEnum):
    GAVE = "gave"
    RECEIVED = "received"
    MUTUAL = "mutual"


class InteractionKind(StrEnum):
    MESSAGE = "message"
    SHORT_QUESTION = "short_question"
    CALL = "call"
    COFFEE = "coffee"
    LUNCH = "lunch"
    MEETING = "meeting"
    FEEDBACK_SESSION = "feedback_session"
    MENTORING_SESSION = "mentoring_session"
    JOINT_PROJECT = "joint_project"


class ProjectStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"
    DROPPED = "dropped"


class TouchStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"


DEFAULT_KIND_WEIGHTS: dict[InteractionKind, float] = {
    InteractionKind.MESSAGE: 0.3,
    InteractionKind.SHORT_QUESTION: 0.4,
    InteractionKind.CALL: 0.6,
    InteractionKind.COFFEE: 0.8,
    InteractionKind.LUNCH: 1.0,
    InteractionKind.MEETING: 1.0,
    InteractionKind.FEEDBACK_SESSION: 1.2,
    InteractionKind.MENTORING_SESSION: 1.5,
    InteractionKind.JOINT_PROJECT: 2.0,
}

#: The small first touches the article recommends for people one does not know yet.
SMALL_TOUCHES: tuple[InteractionKind, ...] = (
    InteractionKind.COFFEE,
    InteractionKind.SHORT_QUESTION,
    InteractionKind.LUNCH,
)

DEFAULT_HALF_LIFE_DAYS = 110.0
DEFAULT_THRESHOLD = 0.35
DEFAULT_WEEKLY_CAPACITY = 3

SCORE_MIN, SCORE_MAX = 1, 5
RELEVANCE_MIN, RELEVANCE_MAX = 0, 3
PRIORITY_MIN, PRIORITY_MAX = 1, 5

#: The five assessment scores of a contact, in display order.
ASSESSMENT_FIELDS: tuple[str, ...] = ("knowledge_sharing", "feedback", "chemistry", "trust", "influence")


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum_type: type[E], value: str, what: str) -> E:
    """Turn user text ("Coffee", "short question", "short_question") into a member, or say what is allowed."""
    normalised = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum_type(normalised)
    except ValueError:
        allowed = ", ".join(member.value.replace("_", " ") for member in enum_type)
        raise ValidationError(
            "Unknown {what} '{value}'. Choose one of: {allowed}.",
            what=what,
            value=value,
            allowed=allowed,
        ) from None
