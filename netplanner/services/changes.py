"""What a write changed, announced by the core itself (design section 8; Anki's `OpChanges`).

Every unit of work on the database goes through a SQLAlchemy session. `ChangeTracker` listens to those
sessions: each flushed object and each bulk statement is noted with its kind of data (people, goals,
links, ...) and, where known, its ids; when the transaction commits the notes become one `Changes` value
that the `ChangeBus` hands to its subscribers. A rolled-back unit of work announces nothing, and no
service or caller lists what it changed by hand, so none can forget it.

Bulk statements (`update(Contact).where(...)`) name their ids with
`.execution_options(changed_ids=ids)`; without it the kind counts as changed for every row.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from netplanner.storage import orm


class Kind(enum.StrEnum):
    PEOPLE = "people"
    GOALS = "goals"
    LINKS = "links"  # goal-to-person links
    INTERACTIONS = "interactions"
    TOUCHES = "touches"  # planned touches
    QUESTIONS = "questions"
    PROJECTS = "projects"
    SETTINGS = "settings"
    REVIEWS = "reviews"
    OBSERVATIONS = "observations"  # dated assessments of people (each also counts as a change of them)
    TIES = "ties"  # ties between two people (each also counts as a change of both)


EVERY_KIND = frozenset(Kind)

#: Settings that change computed values (strength, due dates) of everyone.
MODEL_SETTINGS = frozenset({"threshold", "default_half_life", "kind_weights"})
#: Fields of a person that change their computed values.
STRENGTH_FIELDS = frozenset({"half_life_days", "cadence_days", "deleted_at"})
#: The field a new or removed observation changes: the person's assessment (never their strength).
ASSESSMENT_FIELD = "assessment"

Ids = frozenset[int] | None  # None: not known, so every row of the kind


def _union(a: Ids, b: Ids) -> Ids:
    return None if a is None or b is None else a | b


@dataclass(frozen=True)
class Changes:
    """Which kinds of data one unit of work (or a batch of them) changed.

    `ids` holds the row ids per kind where they are known (a kind in `kinds` but not in `ids` changed
    in rows nobody listed). `people` are the people any of it concerns (their row, interactions,
    links, questions, touches), `strength` the people whose computed values (strength, due date,
    balance, silence) may differ; None means everyone. `fields` are the fields of people that were
    edited (None: people were added, removed or changed wholesale).
    """

    kinds: frozenset[Kind] = frozenset()
    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    people: Ids = frozenset()
    strength: Ids = frozenset()
    fields: frozenset[str] | None = frozenset()

    @classmethod
    def everything(cls) -> Changes:
        return cls(EVERY_KIND, {}, None, None, None)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        kinds = self.kinds | other.kinds
        ids: dict[Kind, frozenset[int]] = {}
        for kind in kinds:
            mine = self.ids.get(kind) if kind in self.kinds else frozenset()
            theirs = other.ids.get(kind) if kind in other.kinds else frozenset()
            merged = _union(mine, theirs)
            if merged is not None:
                ids[kind] = merged
        fields = None if self.fields is None or other.fields is None else self.fields | other.fields
        return Changes(kinds, ids, _union(self.people, other.people), _union(self.strength, other.strength),
                       fields)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Kind) -> Ids:
        """The changed ids of a kind: empty when it did not change, None when any row may have."""
        if kind not in self.kinds:
            return frozenset()
        return self.ids.get(kind)


Subscriber = Callable[[Changes], None]


class ChangeBus:
    """Hands every committed `Changes` to its subscribers and counts versions of the data."""

    def __init__(self) -> None:
        self.version = 0
        self._subscribers: list[Subscriber] = []
        self._held: list[Changes] | None = None

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with contextlib.suppress(ValueError):
            self._subscribers.remove(subscriber)

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        if self._held is not None:
            self._held.append(changes)
            return
        self.version += 1
        for subscriber in list(self._subscribers):
            subscriber(changes)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the writes inside as one change, at the end (an undo step, an import, the demo)."""
        if self._held is not None:  # already batching: the outer batch announces
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            if held:
                merged = held[0]
                for more in held[1:]:
                    merged = merged | more
                self.publish(merged)


class _Notes:
    """What one session has written since its last commit."""

    def __init__(self) -> None:
        self.kinds: set[Kind] = set()
        self.ids: dict[Kind, set[int] | None] = {}
        self.people: set[int] | None = set()
        self.strength: set[int] | None = set()
        self.fields: set[str] | None = set()

    def edited(self, names: Iterable[str] | None) -> None:
        if names is None or self.fields is None:
            self.fields = None
        else:
            self.fields.update(names)

    def add(self, kind: Kind, ids: Iterable[int] | None) -> None:
        self.kinds.add(kind)
        held = self.ids.get(kind, set())
        if held is None or ids is None:
            self.ids[kind] = None
        else:
            held.update(ids)
            self.ids[kind] = held

    def person(self, contact_id: int | None, *, strength: bool = False) -> None:
        if contact_id is None:
            return
        if self.people is not None:
            self.people.add(contact_id)
        if strength and self.strength is not None:
            self.strength.add(contact_id)

    def everyone(self, *, strength: bool) -> None:
        self.people = None
        if strength:
            self.strength = None

    def changes(self) -> Changes:
        ids = {kind: frozenset(found) for kind, found in self.ids.items() if found is not None}
        people = None if self.people is None else frozenset(self.people)
        strength = None if self.strength is None else frozenset(self.strength)
        fields = None if self.fields is None else frozenset(self.fields)
        return Changes(frozenset(self.kinds), ids, people, strength, fields)


_KINDS: dict[type[Any], Kind] = {
    orm.Contact: Kind.PEOPLE,
    orm.Goal: Kind.GOALS,
    orm.GoalLink: Kind.LINKS,
    orm.Interaction: Kind.INTERACTIONS,
    orm.PlannedTouch: Kind.TOUCHES,
    orm.Question: Kind.QUESTIONS,
    orm.Project: Kind.PROJECTS,
    orm.ProjectMember: Kind.PROJECTS,
    orm.ProjectGoal: Kind.PROJECTS,
    orm.Setting: Kind.SETTINGS,
    orm.Review: Kind.REVIEWS,
    orm.Observation: Kind.OBSERVATIONS,
    orm.Tie: Kind.TIES,
}
_TABLE_KINDS: dict[str, Kind] = {cls.__tablename__: kind for cls, kind in _KINDS.items()}
_PERSON_KINDS = frozenset({Kind.PEOPLE, Kind.INTERACTIONS, Kind.LINKS, Kind.QUESTIONS, Kind.TOUCHES,
                           Kind.PROJECTS, Kind.OBSERVATIONS, Kind.TIES})
_NOTES_KEY = "netplanner_changes"


class ChangeTracker:
    """Turns the writes of a database's sessions into `Changes` on a bus."""

    def __init__(self, sessions: sessionmaker[Session], bus: ChangeBus) -> None:
        self.bus = bus
        # Each tracker keeps its own notes, so every Services open on one database hears every write.
        self._key = (_NOTES_KEY, id(self))
        event.listen(sessions, "after_flush", self._after_flush)
        event.listen(sessions, "do_orm_execute", self._on_execute)
        event.listen(sessions, "after_commit", self._after_commit)
        event.listen(sessions, "after_rollback", self._forget)

    def _notes(self, session: Session) -> _Notes:
        notes = session.info.get(self._key)
        if notes is None:
            notes = session.info[self._key] = _Notes()
        assert isinstance(notes, _Notes)
        return notes

    def _after_flush(self, session: Session, _context: UOWTransaction) -> None:
        notes = self._notes(session)
        for obj in session.new:
            self._note_object(notes, obj, created=True)
        for obj in session.deleted:
            self._note_object(notes, obj, created=True)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._note_object(notes, obj, created=False)

    def _note_object(self, notes: _Notes, obj: Any, *, created: bool) -> None:
        kind = _KINDS.get(type(obj))
        if kind is None:
            return  # derived tables (the strength state) are no news
        if kind is Kind.SETTINGS:
            notes.add(kind, ())
            if obj.key in MODEL_SETTINGS:
                notes.everyone(strength=True)
            return
        key = getattr(obj, "id", None)
        notes.add(kind, () if key is None else (int(key),))
        if kind is Kind.PEOPLE:
            modified = None if created else _modified(obj)
            notes.edited(modified)
            notes.person(obj.id, strength=modified is None or bool(STRENGTH_FIELDS & modified))
        elif kind is Kind.INTERACTIONS:
            for contact_id in _old_and_new(obj, "contact_id"):
                notes.person(contact_id, strength=True)
        elif kind is Kind.OBSERVATIONS:
            _note_assessment(notes, _old_and_new(obj, "contact_id"))
        elif kind is Kind.TIES:
            for contact_id in (*_old_and_new(obj, "from_id"), *_old_and_new(obj, "to_id")):
                notes.person(contact_id)
        elif kind in _PERSON_KINDS and hasattr(type(obj), "contact_id"):
            for contact_id in _old_and_new(obj, "contact_id"):
                notes.person(contact_id)

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        kind = _TABLE_KINDS.get(getattr(table, "name", ""))
        if kind is None:
            return
        notes = self._notes(state.session)
        ids = state.execution_options.get("changed_ids")
        people = state.execution_options.get("changed_people")
        notes.add(kind, None if ids is None else [int(i) for i in ids])
        affects_strength = kind in (Kind.INTERACTIONS, Kind.PEOPLE) or kind is Kind.SETTINGS
        if kind is Kind.PEOPLE:
            notes.edited(None)
        if kind is Kind.PEOPLE and ids is not None:
            for contact_id in ids:
                notes.person(int(contact_id), strength=True)
        elif people is not None:
            for contact_id in people:
                notes.person(int(contact_id), strength=affects_strength)
        elif kind in _PERSON_KINDS or kind is Kind.SETTINGS:
            notes.everyone(strength=affects_strength)

    def _after_commit(self, session: Session) -> None:
        notes = session.info.pop(self._key, None)
        if isinstance(notes, _Notes):
            self.bus.publish(notes.changes())

    def _forget(self, session: Session) -> None:
        session.info.pop(self._key, None)


def _note_assessment(notes: _Notes, contact_ids: Iterable[int]) -> None:
    """An observation changes its person's assessment: a change of people (by person id) that leaves
    their strength alone, so every view showing people or what follows from them refreshes."""
    ids = list(contact_ids)
    notes.add(Kind.PEOPLE, ids)
    notes.edited({ASSESSMENT_FIELD})
    for contact_id in ids:
        notes.person(contact_id)


def _modified(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _old_and_new(obj: Any, attribute: str) -> list[int]:
    history = inspect(obj).attrs[attribute].history
    values = [*history.added, *history.deleted, *history.unchanged]
    found = [int(v) for v in values if v is not None]
    current = getattr(obj, attribute, None)
    if current is not None:
        found.append(int(current))
    return list(dict.fromkeys(found))
