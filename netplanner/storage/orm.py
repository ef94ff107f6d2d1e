"""The database schema as typed SQLAlchemy 2 ORM classes. Alembic migrations must match it."""

# No `from __future__ import annotations` here: SQLAlchemy would then evaluate every Mapped[...] from
# its text when mapping, a third of this module's import time at each start. Forward references to
# classes defined below are quoted instead.
import datetime as dt
import os
import time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uid() -> str:
    """A person's stable identifier, written as the vCard UID (RFC 6350 recommends a urn:uuid).

    A UUIDv7 (RFC 9562: 48 bits of milliseconds, then 74 random bits), so that the uids of a big
    import are in order and each insert lands at the end of the unique index: random uuid4s sent every
    insert to another page of it, and at a million rows those pages no longer fit the cache."""
    millis = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    random = int.from_bytes(os.urandom(10), "big")
    value = millis << 80 | 0x7 << 76 | (random >> 62 & 0xFFF) << 64 | 0b10 << 62 | random & ((1 << 62) - 1)
    text = f"{value:032x}"  # as str(uuid.UUID(int=value)), at half the cost (a big import makes many)
    return f"urn:uuid:{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("knowledge_sharing BETWEEN 1 AND 5", name="knowledge_sharing_range"),
        CheckConstraint("feedback BETWEEN 1 AND 5", name="feedback_range"),
        CheckConstraint("chemistry BETWEEN 1 AND 5", name="chemistry_range"),
        CheckConstraint("trust BETWEEN 1 AND 5", name="trust_range"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        Index("ix_contacts_deleted_at", "deleted_at"),
        # Covers the strength read (id, half-life and cadence of everyone not in the trash) without
        # touching the wide rows: a tenth of the pages at 100k people.
        Index("ix_contacts_live_strength", "deleted_at", "id", "half_life_days", "cadence_days"),
        Index("ix_contacts_source_external_id", "source", "external_id"),
        Index("ix_contacts_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(500), default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    emails: Mapped[list[str]] = mapped_column(default=list)
    phones: Mapped[list[str]] = mapped_column(default=list)
    linkedin_url: Mapped[str] = mapped_column(String(500), default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    expertise: Mapped[list[str]] = mapped_column(default=list)
    working_style: Mapped[str] = mapped_column(Text, default="")
    cares_about: Mapped[str] = mapped_column(Text, default="")
    learn_from: Mapped[str] = mapped_column(Text, default="")
    can_offer: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    knowledge_sharing: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[int | None] = mapped_column(Integer)
    chemistry: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    influence: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="prospect")
    half_life_days: Mapped[float | None] = mapped_column(Float)
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(40), default="manual")
    external_id: Mapped[str] = mapped_column(String(500), default="")
    connected_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The vCard N parts (netplanner.domain.names), each a list of values; empty when the name has none.
    family_names: Mapped[list[str]] = mapped_column(default=list)
    given_names: Mapped[list[str]] = mapped_column(default=list)
    additional_names: Mapped[list[str]] = mapped_column(default=list)
    honorific_prefixes: Mapped[list[str]] = mapped_column(default=list)
    honorific_suffixes: Mapped[list[str]] = mapped_column(default=list)

    interactions: Mapped[list["Interaction"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    goal_links: Mapped[list["GoalLink"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    questions: Mapped[list["Question"]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Question.position",
    )


class Goal(Base):
    __tablename__ = "goals"
    __table_args__ = (CheckConstraint("priority BETWEEN 1 AND 5", name="priority_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    competence_area: Mapped[str] = mapped_column(String(200), default="")
    why: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=3)
    status: Mapped[str] = mapped_column(String(20), default="active")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    next_steps: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    links: Mapped[list["GoalLink"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )


class GoalLink(Base):
    __tablename__ = "goal_links"
    __table_args__ = (
        UniqueConstraint("goal_id", "contact_id", name="goal_contact"),
        CheckConstraint("relevance BETWEEN 0 AND 3", name="relevance_range"),
        Index("ix_goal_links_contact_id", "contact_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20), default="expert")
    relevance: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str] = mapped_column(Text, default="")

    goal: Mapped["Goal"] = relationship(back_populates="links")
    contact: Mapped["Contact"] = relationship(back_populates="goal_links")


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)

    members: Mapped[list["ProjectMember"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )


class ProjectMember(Base):
    __tablename__ = "project_members"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(200), default="")

    project: Mapped["Project"] = relationship(back_populates="members")


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        # Holds what the planner reads of every interaction, so those reads skip the table (0012).
        Index("ix_interactions_contact_day", "contact_id", "occurred_on", "id", "kind", "direction"),
        Index("ix_interactions_follow_ups", "follow_up_done", "follow_up_on"),
        Index("ix_interactions_thanks", "thanked", "direction"),
        Index("ix_interactions_occurred_on", "occurred_on"),
        Index("ix_interactions_occasion_id", "occasion_id"),
        Index("ix_interactions_project_day", "project_id", "occurred_on"),  # 0014
        Index("ix_interactions_kind_day", "kind", "occurred_on"),  # 0014: Interactions pages of a kind
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    direction: Mapped[str] = mapped_column(String(10), default="mutual")
    weight: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    thanked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # One occasion with several people (a lunch with three) is one row per person sharing this id (the
    # id of its first row), so each person's strength and balance count it; NULL: with one person.
    occasion_id: Mapped[int | None] = mapped_column(Integer)

    contact: Mapped["Contact"] = relationship(back_populates="interactions")


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (Index("ix_questions_contact_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    asked: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    contact: Mapped["Contact"] = relationship(back_populates="questions")


class PlannedTouch(Base):
    __tablename__ = "planned_touches"
    __table_args__ = (Index("ix_planned_touches_week_start", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), default="touch")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Observation(Base):
    """A dated note about a person with optional 1-5 scores (the article's "observe and evaluate").
    The latest of the first five scores is kept on the person too (the People table's columns)."""

    __tablename__ = "observations"
    __table_args__ = (
        *(CheckConstraint(f"{name} BETWEEN 1 AND 5", name=f"{name}_range") for name in (
            "knowledge_sharing", "feedback", "chemistry", "trust", "influence", "engagement", "openness",
            "results")),
        Index("ix_observations_contact_id_observed_on", "contact_id", "observed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    observed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    knowledge_sharing: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[int | None] = mapped_column(Integer)
    chemistry: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    influence: Mapped[int | None] = mapped_column(Integer)
    engagement: Mapped[int | None] = mapped_column(Integer)
    openness: Mapped[int | None] = mapped_column(Integer)
    results: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class StrengthState(Base):
    """Derived, per person: the strength model's state just after their last interaction (design
    section 2), so strength now needs one row per person instead of every interaction. Triggers on
    interactions and on a person's half-life set `dirty`; the next read recomputes such rows. `params`
    is a stamp of the model settings the row was computed with (weights, default half-life)."""

    __tablename__ = "strength_state"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)
    params: Mapped[int] = mapped_column(Integer, default=0)
    last_day: Mapped[float | None] = mapped_column(Float)  # also in `packed`; here for the People query
    # The state as five little-endian doubles (day, activation, gave, received, usual gap; 0013): one
    # value per row for the reader to make, not five.
    packed: Mapped[bytes | None] = mapped_column(LargeBinary)


class PeopleOrder(Base):
    """Derived: the People table's last name order (migration 0011), so a big network opens without
    sorting everyone. One row: the ids of everyone not in the Trash, packed as 64-bit integers, and a
    stamp of the collation that ordered them. Triggers on contacts set `stale` when anyone is added,
    deleted, renamed, trashed or restored."""

    __tablename__ = "people_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    stamp: Mapped[str] = mapped_column(String(200))
    ids: Mapped[bytes] = mapped_column(LargeBinary)
    stale: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncCard(Base):
    """What the last sync agreed on for one card (issue 16): the file in the vdir (`href`, the hash of
    its bytes) and the hash of the person's card fields then. A file whose bytes differ came from the
    server; a person whose fields differ was edited here; both is a conflict. `contact_id` is NULL once
    the person is deleted for good, so the next sync deletes the card instead of importing it again."""

    __tablename__ = "sync_cards"

    uid: Mapped[str] = mapped_column(String(500), primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    href: Mapped[str] = mapped_column(String(500))
    file_hash: Mapped[str] = mapped_column(String(64))
    fields_hash: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ProjectGoal(Base):
    """A goal a project serves (a project may serve several goals, a goal have several projects)."""

    __tablename__ = "project_goals"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True)


class Tie(Base):
    """A tie between two people (issue 14): `kind` from domain.ties.TieKind; a mutual kind is stored
    with the smaller id first. A person in the Trash hides their ties (the services filter on both
    ends); emptying the Trash deletes them with the person."""

    __tablename__ = "ties"
    __table_args__ = (
        UniqueConstraint("from_id", "to_id", "kind", name="ends_kind"),
        CheckConstraint("strength BETWEEN 1 AND 3", name="strength_range"),
        CheckConstraint("from_id <> to_id", name="two_people"),
        Index("ix_ties_to_id", "to_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    to_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    strength: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
