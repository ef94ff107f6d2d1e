"""The outreach plan from the data: built by `netplanner.domain.planner`, stored as planned touches so it
is the same when the app is reopened, and acted on (done, snooze, skip) with undo.

A week is *stored* once any planned touch has that week's Monday as `week_start`; stored weeks are shown
as they are and only weeks not stored yet are generated (or every week from this one, on request). A
snoozed touch comes back in the week its `snoozed_until` falls in (or this week, if that has passed),
on top of what that week holds; until then its person is not proposed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import aliased

from netplanner.domain import network as dn
from netplanner.domain import planner as dp
from netplanner.domain import ties as dt_
from netplanner.domain.errors import NotFoundError, ValidationError
from netplanner.domain.model import Direction, InteractionKind, TouchStatus, parse_enum
from netplanner.services.changes import ChangeBus, Changes, Kind
from netplanner.services.contacts import ContactService
from netplanner.services.goals import GoalService
from netplanner.services.interactions import check_interaction_dates, clean_interaction_fields
from netplanner.services.observations import ObservationService
from netplanner.services.projects import ProjectService
from netplanner.services.settings import SettingsService
from netplanner.services.strength import StrengthService
from netplanner.services.strength_state import StrengthTable
from netplanner.services.ties import TieService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Interaction, PlannedTouch, Question

if TYPE_CHECKING:
    from netplanner.interop.ics import CalendarTouch

DEFAULT_WEEKS = 4
DEFAULT_SNOOZE_DAYS = 7
MAX_WEEKS = 52
SLOT_STEP_MINUTES = 30

#: Labels of private lines in calendar entries (the rest of the wording is in domain.planner).
CALENDAR_TEXT: dict[str, str] = {
    "ask": "Ask: {text}",
    "learn": "What I want to learn: {text}",
    "give_first": "Give first: {text}",
    "about": "About: {text}",
}


@dataclass(frozen=True, slots=True)
class TouchState:
    """How a planned touch was before an action, to put it back (undo)."""

    touch_id: int
    status: str
    week_start: dt.date
    snoozed_until: dt.date | None
    interaction_id: int | None


@dataclass(frozen=True, slots=True)
class DoneRecord:
    """What `done` or `log_for` changed: the new interaction, the touch before, the commitments closed."""

    interaction_id: int
    touch: TouchState | None
    follow_ups_closed: tuple[int, ...]
    thanks_closed: tuple[int, ...]


#: Changes that concern only the people they name, and changes of goals and links.
_PEOPLE_KINDS = frozenset({Kind.PEOPLE, Kind.INTERACTIONS, Kind.QUESTIONS, Kind.OBSERVATIONS})
_GOAL_KINDS = frozenset({Kind.GOALS, Kind.LINKS})
#: Changes the planner's input does not hold (planned touches are read with each plan). Any other kind
#: (the settings, or one added later) makes the whole input again.
_OTHER_KINDS = frozenset({Kind.TOUCHES, Kind.REVIEWS})


@dataclass
class _Pending:
    """What changed since the cached network was made."""

    everything: bool = False
    goals: bool = False
    people: set[int] = field(default_factory=set)


def _link_order(link: dn.Link) -> tuple[int, int]:
    return link.goal_id, link.contact_id


def _among(column: Any, ids: list[int] | None) -> tuple[Any, ...]:
    """A filter to the people `ids`, or none."""
    return () if ids is None else (column.in_(ids),)


class PlannerService:
    def __init__(self, db: Database, settings: SettingsService | None = None,
                 strength: StrengthService | None = None, goals: GoalService | None = None,
                 bus: ChangeBus | None = None, observations: ObservationService | None = None,
                 projects: ProjectService | None = None, ties: TieService | None = None,
                 contacts: ContactService | None = None) -> None:
        self.db = db
        self._contacts = contacts or ContactService(db)
        self._projects = projects or ProjectService(db)
        self._ties = ties
        self._observations = observations or ObservationService(db)
        self._settings = settings or SettingsService(db)
        self._strength = strength or StrengthService(db, self._settings)
        self._goals = goals or GoalService(db)
        self._bus = bus
        self._cache: tuple[tuple[int, dt.date], dp.PlanInput] | None = None
        self._pending = _Pending()
        if bus is not None:
            bus.subscribe(self._on_changes)

    # ------------------------------------------------------------------------------------- the data

    def today(self) -> dt.date:
        return self._strength.today()

    def capacity(self) -> int:
        return int(self._settings.get("weekly_capacity"))

    def network(self, today: dt.date | None = None) -> dp.PlanInput:
        """Everything the planner needs, read in a handful of queries once per version of the data; a
        change that names people re-reads only them (and a change of goals or links only those)."""
        today = today or self._strength.today()
        cached = self._cache
        if self._bus is None:
            return self._build_network(today)
        key = (self._bus.version, today)
        if cached is not None and cached[0] == key:
            return cached[1]
        pending, self._pending = self._pending, _Pending()
        if cached is None or cached[0][1] != today or pending.everything:
            network = self._build_network(today)
        else:
            network = cached[1]
            if pending.people:
                network = self._patched_people(network, today, sorted(pending.people))
            if pending.goals:
                network = replace(network, goals=self._goal_infos(),
                                  links=self._fitted_links(network.people))
        self._cache = (key, network)
        return network

    def _on_changes(self, changes: Changes) -> None:
        pending = self._pending
        if changes.kinds - _PEOPLE_KINDS - _GOAL_KINDS - _OTHER_KINDS or changes.people is None:
            pending.everything = True
            return
        if changes.kinds & _GOAL_KINDS:
            pending.goals = True
        if changes.kinds & _PEOPLE_KINDS:
            pending.people |= changes.people

    def _goal_infos(self) -> list[dn.GoalInfo]:
        return [dn.GoalInfo(g.id, g.title, g.competence_area or "", g.priority, g.status)
                for g in self._goals.all()]

    def _fitted_links(self, people: Mapping[int, dp.Person]) -> list[dn.Link]:
        return sorted(dp.fitted_links(self._raw_links(), people), key=_link_order)

    def _patched_people(self, network: dp.PlanInput, today: dt.date, ids: list[int]) -> dp.PlanInput:
        """The network with these people (and their commitments and links) read again."""
        # Who can introduce a prospect depends on the others' strength (a tie of the user's growing
        # strong), so it is looked at again for everyone.
        introducers = self._introducers(self._strength.all(today), self._strength.params().threshold)
        fresh = self._build_network(today, ids, introducers)
        wanted = set(ids)
        people = {cid: p for cid, p in network.people.items() if cid not in wanted}
        people.update(fresh.people)
        links = [lk for lk in network.links if lk.contact_id not in wanted]
        links += dp.fitted_links([lk for lk in self._raw_links() if lk.contact_id in fresh.people], people)
        for cid, person in people.items():
            if person.introducer != introducers.get(cid, ""):
                people[cid] = replace(person, introducer=introducers.get(cid, ""))

        def merged(old: Sequence[dp.Commitment], new: Sequence[dp.Commitment]) -> list[dp.Commitment]:
            kept = [c for c in old if c.contact_id not in wanted]
            return sorted([*kept, *new], key=lambda c: c.interaction_id)

        # In the order a full read gives, so the plan made from it is the same.
        return replace(
            network, people=dict(sorted(people.items())), links=sorted(links, key=_link_order),
            follow_ups=merged(network.follow_ups, fresh.follow_ups),
            thanks=merged(network.thanks, fresh.thanks),
            threshold=fresh.threshold,
        )

    def _raw_links(self) -> list[dn.Link]:
        return [dn.Link(lk.goal_id, lk.contact_id, lk.role, lk.relevance) for lk in self._goals.links()]

    def _build_network(self, today: dt.date, ids: list[int] | None = None,
                       introducers: Mapping[int, str] | None = None) -> dp.PlanInput:
        """The planner's input for everyone, or for the people `ids` only (their commitments too);
        `introducers` when the caller has them already."""
        strengths = self._strength.all(today)
        threshold = self._strength.params().threshold
        # Per person, one look each into the index of their interactions (migration 0012): the kind
        # of the last one, and how often they helped since you last gave.
        mine, gave = aliased(Interaction), aliased(Interaction)
        last_kind = (
            select(mine.kind).where(mine.contact_id == Contact.id, mine.occurred_on <= today)
            .order_by(mine.occurred_on.desc(), mine.id.desc()).limit(1)
            .correlate(Contact).scalar_subquery()
        )
        last_gave = (
            select(func.max(gave.occurred_on))
            .where(gave.contact_id == Contact.id, gave.direction == Direction.GAVE.value,
                   gave.occurred_on <= today)
            .correlate(Contact).scalar_subquery()
        )
        asks = (
            select(func.count()).select_from(mine)
            .where(mine.contact_id == Contact.id, mine.direction == Direction.RECEIVED.value,
                   mine.occurred_on <= today,
                   mine.occurred_on > func.coalesce(last_gave, literal_column("''")))
            .correlate(Contact).scalar_subquery()
        )
        commitments = (
            select(Interaction.id, Interaction.contact_id, Interaction.follow_up_on, Interaction.kind,
                   Interaction.occurred_on, Interaction.summary, Interaction.direction,
                   Interaction.follow_up_done, Interaction.thanked)
            .join(Contact, Contact.id == Interaction.contact_id)
            .where(Contact.deleted_at.is_(None), *_among(Interaction.contact_id, ids))
            .where(((Interaction.follow_up_on.is_not(None)) & (Interaction.follow_up_done.is_(False)))
                   | ((Interaction.direction == Direction.RECEIVED.value) & (Interaction.thanked.is_(False))))
            .order_by(Interaction.id)
        )
        with self.db.engine.connect() as conn:
            people_rows = conn.execute(
                select(Contact.id, Contact.name, Contact.status, Contact.can_offer, Contact.cadence_days,
                       last_kind, asks)
                .where(Contact.deleted_at.is_(None), *_among(Contact.id, ids)).order_by(Contact.id)
            ).all()
            questions: dict[int, list[str]] = {}
            for cid, text in conn.execute(
                select(Question.contact_id, Question.text)
                .where(Question.asked.is_(False), *_among(Question.contact_id, ids))
                .order_by(Question.contact_id, Question.position, Question.id)
            ):
                questions.setdefault(cid, []).append(text)
            commitment_rows = conn.execute(commitments).all()

        assessments = self._observations.assessments(ids)
        in_project = self._projects.active_memberships()
        if introducers is None:
            introducers = self._introducers(strengths, threshold)
        people: dict[int, dp.Person] = {}
        for cid, name, status, can_offer, cadence, kind, asks_since_gave in people_rows:
            s = strengths.get(cid)
            people[cid] = dp.Person(
                contact_id=cid, name=name, status=status,
                strength=s.strength if s else 0.0,
                last_contact=s.last_contact if s else None,
                last_kind=kind,
                due=s.due if s else None,
                cadence_days=cadence,
                balance=s.balance if s else 0.0,
                asks_since_gave=int(asks_since_gave or 0),
                questions=tuple(questions.get(cid, ())),
                can_offer=can_offer or "",
                assessment=assessments.get(cid),
                project=in_project.get(cid, ""),
                introducer=introducers.get(cid, ""),
            )
        follow_ups = [
            dp.Commitment(r.id, r.contact_id, r.follow_up_on, r.kind, r.occurred_on, r.summary or "")
            for r in commitment_rows if r.follow_up_on is not None and not r.follow_up_done
        ]
        thanks = [
            dp.Commitment(r.id, r.contact_id, r.occurred_on, r.kind, r.occurred_on, r.summary or "")
            for r in commitment_rows
            if r.direction == Direction.RECEIVED.value and not r.thanked and r.occurred_on <= today
        ]
        if ids is not None:  # a patch: the caller keeps the goals and merges the links
            return dp.PlanInput(people=people, follow_ups=follow_ups, thanks=thanks, threshold=threshold)
        return dp.PlanInput(people=people, goals=self._goal_infos(), links=self._fitted_links(people),
                            follow_ups=follow_ups, thanks=thanks, threshold=threshold)

    def _introducers(self, strengths: StrengthTable, threshold: float) -> dict[int, str]:
        """Prospect -> the name of a strong tie of the user who knows them (issue 14)."""
        if self._ties is None:
            return {}
        ties = self._ties.all()
        if not ties:
            return {}
        # From the arrays: making everyone's values would cost a second at 100k people.
        ids = strengths.ids.tolist()
        strength = dict(zip(ids, strengths.arrays.strength.tolist(), strict=True))
        met = {cid for cid, last in zip(ids, np.isnan(strengths.arrays.last_contact).tolist(), strict=True)
               if not last}
        found = dt_.introducers(ties, strength, met, threshold)
        if not found:
            return {}
        names = self._contacts.names_of([via for via, _mine in found.values()])
        return {prospect: names[via] for prospect, (via, _mine) in found.items() if via in names}

    # ------------------------------------------------------------------------------------- the plan

    def plan(self, weeks: int = DEFAULT_WEEKS, today: dt.date | None = None, *, regenerate: bool = False,
             network: dp.PlanInput | None = None, refill_this_week: bool = False, store: bool = True
             ) -> dp.Plan:
        """The plan for `weeks` weeks from this one. Weeks not stored yet are generated and stored;
        with `regenerate`, the still-planned touches from this week on are thrown away and made anew
        (done, skipped and snoozed ones stay). Without `store` the new touches are left for `store_new`
        (a reading twin cannot write); `refill_this_week` plans this week anew after `clear_planned`."""
        if not 1 <= weeks <= MAX_WEEKS:
            raise ValidationError("Plan between 1 and {MAX_WEEKS} weeks ahead.", MAX_WEEKS=MAX_WEEKS)
        today = today or self._strength.today()
        this_week = dn.week_start(today)
        mondays = [this_week + dt.timedelta(days=7 * k) for k in range(weeks)]
        if regenerate:
            self.clear_planned(today)
        network = network or self.network(today)
        states = self._states(mondays, network, refill=this_week if regenerate or refill_this_week else None)
        plan = dp.build_plan(network, today, weeks, self.capacity(), states)
        return self.store_new(plan) if store else plan

    def clear_planned(self, today: dt.date | None = None) -> None:
        """Throw away the still-planned touches from this week on (done, skipped and snoozed ones stay)."""
        this_week = dn.week_start(today or self._strength.today())
        with self.db.session() as session:
            for touch in session.scalars(select(PlannedTouch).where(
                    PlannedTouch.week_start >= this_week,
                    PlannedTouch.status == TouchStatus.PLANNED.value)):
                session.delete(touch)

    def _states(self, mondays: list[dt.date], network: dp.PlanInput, *, refill: dt.date | None
                ) -> dict[dt.date, dp.WeekState]:
        """What is stored of these weeks; the week `refill` is planned anew around what was done,
        skipped or snoozed in it."""
        first, last = mondays[0], mondays[-1]
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(PlannedTouch.id, PlannedTouch.contact_id, PlannedTouch.week_start, PlannedTouch.kind,
                       PlannedTouch.reason, PlannedTouch.category, PlannedTouch.status,
                       PlannedTouch.snoozed_until)
                .where(((PlannedTouch.week_start >= first) & (PlannedTouch.week_start <= last))
                       | (PlannedTouch.status == TouchStatus.SNOOZED.value))
                .order_by(PlannedTouch.id)
            ).all()
        kept: dict[dt.date, list[dp.Kept]] = {m: [] for m in mondays}
        excluded: dict[dt.date, set[int]] = {m: set() for m in mondays}
        stored: set[dt.date] = set()
        for r in rows:
            if r.contact_id not in network.people:
                continue  # in the trash
            if first <= r.week_start <= last:
                stored.add(r.week_start)
            item = dp.Kept(r.id, r.contact_id, r.kind, r.reason, r.category, r.status)
            if r.status == TouchStatus.SNOOZED.value:
                back = max(dn.week_start(r.snoozed_until or first), first)
                for m in mondays:
                    if m < back:
                        excluded[m].add(r.contact_id)
                if back in kept:
                    kept[back].append(replace(item, status=TouchStatus.PLANNED.value))
            elif r.week_start in kept:
                if r.week_start == refill and r.status == TouchStatus.SKIPPED.value:
                    excluded[r.week_start].add(r.contact_id)
                else:
                    kept[r.week_start].append(item)
        return {
            m: dp.WeekState(tuple(kept[m]), frozenset(excluded[m]), complete=(m in stored and m != refill))
            for m in mondays
        }

    def store_new(self, plan: dp.Plan) -> dp.Plan:
        """Store the touches a plan made (those without an id yet); the plan with their ids."""
        fresh = [item for item in plan.items() if item.touch_id is None]
        if not fresh:
            return plan
        ids: dict[tuple[dt.date, int], int] = {}
        with self.db.session() as session:
            touches = [
                PlannedTouch(contact_id=i.contact_id, week_start=i.week_start, kind=i.kind, reason=i.reason,
                             category=i.category, status=TouchStatus.PLANNED.value)
                for i in fresh
            ]
            session.add_all(touches)
            session.flush()
            ids = {(t.week_start, t.contact_id): t.id for t in touches}
        weeks = tuple(
            dp.PlanWeek(w.week_start, tuple(
                i if i.touch_id is not None else replace(i, touch_id=ids[(i.week_start, i.contact_id)])
                for i in w.items
            ))
            for w in plan.weeks
        )
        return replace(plan, weeks=weeks)

    # ----------------------------------------------------------------------------------- the actions

    def _touch(self, session: Any, touch_id: int) -> PlannedTouch:
        touch = session.get(PlannedTouch, touch_id)
        if touch is None:
            raise NotFoundError("There is no planned touch with id {touch_id}.", touch_id=touch_id)
        return touch  # type: ignore[no-any-return]  # session.get is typed by its first argument

    @staticmethod
    def _state(touch: PlannedTouch) -> TouchState:
        return TouchState(touch.id, touch.status, touch.week_start, touch.snoozed_until, touch.interaction_id)

    def done(self, touch_id: int, *, kind: str | None = None, occurred_on: dt.date | None = None,
             resolve: Sequence[int] = (), **fields: object) -> DoneRecord:
        """Log the interaction the touch stood for and mark the touch done (one transaction). `resolve`:
        interactions whose follow-up this was (marked done) or whose help it thanked for (marked thanked)."""
        with self.db.session() as session:
            touch = self._touch(session, touch_id)
            before = self._state(touch)
            on = occurred_on or dt.date.today()
            interaction_id, closed_f, closed_t = self._log(session, touch.contact_id, kind or touch.kind, on,
                                                           resolve, fields)
            if touch.status == TouchStatus.SNOOZED.value:
                touch.week_start = max(dn.week_start(touch.snoozed_until or on), dn.week_start(on))
            touch.status = TouchStatus.DONE.value
            touch.interaction_id = interaction_id
        return DoneRecord(interaction_id, before, closed_f, closed_t)

    def log_for(self, contact_id: int, kind: str, occurred_on: dt.date | None = None, *,
                resolve: Sequence[int] = (), **fields: object) -> DoneRecord:
        """Log an interaction that is no planned touch (an overdue follow-up, a thank-you, a fading tie)."""
        with self.db.session() as session:
            interaction_id, closed_f, closed_t = self._log(
                session, contact_id, kind, occurred_on or dt.date.today(), resolve, fields)
        return DoneRecord(interaction_id, None, closed_f, closed_t)

    @staticmethod
    def _log(session: Any, contact_id: int, kind: str, on: dt.date, resolve: Sequence[int],
             fields: dict[str, object]) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
        values = clean_interaction_fields(
            {"contact_id": contact_id, "kind": kind, "occurred_on": on, **fields})
        check_interaction_dates(values["occurred_on"], values.get("follow_up_on"))
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("There is no person with id {contact_id}.", contact_id=contact_id)
        interaction = Interaction(**values)
        session.add(interaction)
        closed_f: list[int] = []
        closed_t: list[int] = []
        for other in session.scalars(select(Interaction).where(Interaction.id.in_(list(resolve)))):
            if other.contact_id != contact_id:
                continue
            if other.follow_up_on is not None and not other.follow_up_done:
                other.follow_up_done = True
                closed_f.append(other.id)
            if other.direction == Direction.RECEIVED.value and not other.thanked:
                other.thanked = True
                closed_t.append(other.id)
        session.flush()
        return interaction.id, tuple(sorted(closed_f)), tuple(sorted(closed_t))

    def undo_done(self, record: DoneRecord) -> None:
        """Take back `done` or `log_for`: delete the interaction, reopen what it closed."""
        with self.db.session() as session:
            interaction = session.get(Interaction, record.interaction_id)
            if interaction is not None:
                session.delete(interaction)
            for other in session.scalars(select(Interaction).where(
                    Interaction.id.in_([*record.follow_ups_closed, *record.thanks_closed]))):
                if other.id in record.follow_ups_closed:
                    other.follow_up_done = False
                if other.id in record.thanks_closed:
                    other.thanked = False
            session.flush()
            if record.touch is not None:
                self._put_back(session, record.touch)

    def snooze(self, touch_id: int, until: dt.date | None = None, today: dt.date | None = None) -> TouchState:
        """Put a touch off (by a week unless `until` is given); returns how it was, for undo."""
        today = today or self._strength.today()
        until = until or today + dt.timedelta(days=DEFAULT_SNOOZE_DAYS)
        if until <= today:
            raise ValidationError("Snooze until a day after today.")
        with self.db.session() as session:
            touch = self._touch(session, touch_id)
            before = self._state(touch)
            touch.status = TouchStatus.SNOOZED.value
            touch.snoozed_until = until
        return before

    def skip(self, touch_id: int, today: dt.date | None = None) -> TouchState:
        """Leave a touch out this time; returns how it was, for undo."""
        today = today or self._strength.today()
        with self.db.session() as session:
            touch = self._touch(session, touch_id)
            before = self._state(touch)
            if touch.status == TouchStatus.SNOOZED.value:  # it is skipped in the week it came back to
                touch.week_start = max(dn.week_start(touch.snoozed_until or today), dn.week_start(today))
            touch.status = TouchStatus.SKIPPED.value
        return before

    def set_kind(self, touch_id: int, kind: str) -> str:
        """Make a planned touch another kind (a call instead of a coffee); returns the kind it was."""
        value = parse_enum(InteractionKind, kind, "kind").value
        with self.db.session() as session:
            touch = self._touch(session, touch_id)
            before = str(touch.kind)
            touch.kind = value
        return before

    def restore(self, state: TouchState) -> None:
        """Put a touch back as it was (undo of snooze or skip)."""
        with self.db.session() as session:
            self._put_back(session, state)

    def _put_back(self, session: Any, state: TouchState) -> None:
        touch = self._touch(session, state.touch_id)
        touch.status = state.status
        touch.week_start = state.week_start
        touch.snoozed_until = state.snoozed_until
        touch.interaction_id = state.interaction_id

    # -------------------------------------------------------------------------------- the calendar

    def calendar_touches(self, plan: dp.Plan, *, include_skipped: bool = False) -> list[CalendarTouch]:
        """Calendar entries for the planned touches (done ones and, unless asked, skipped ones left out).
        The private lines are filled in; whether they are written is the exporter's choice."""
        with self.db.engine.connect() as conn:
            learn = dict(conn.execute(select(Contact.id, Contact.learn_from)).all())
        from netplanner.interop.ics import CalendarTouch  # noqa: PLC0415  icalendar loads when exporting

        out: list[CalendarTouch] = []
        busy: list[tuple[dt.datetime, dt.datetime]] = []
        for week in plan.weeks:
            position = 0
            for item in week.items:
                if item.status == TouchStatus.DONE.value or (
                        item.status == TouchStatus.SKIPPED.value and not include_skipped):
                    continue
                private = [CALENDAR_TEXT["about"].format(text=c) for c in item.context]
                if item.give_first:
                    private.append(CALENDAR_TEXT["give_first"].format(text=item.give_first))
                if learn.get(item.contact_id):
                    private.append(CALENDAR_TEXT["learn"].format(text=learn[item.contact_id]))
                private += [CALENDAR_TEXT["ask"].format(text=q) for q in item.questions]
                minutes = dp.duration_minutes(item.kind)
                start = dp.suggested_start(week.week_start, position, item.kind, plan.today)
                while any(start < end and other < start + dt.timedelta(minutes=minutes)
                          for other, end in busy):
                    start += dt.timedelta(minutes=SLOT_STEP_MINUTES)  # two touches never overlap
                busy.append((start, start + dt.timedelta(minutes=minutes)))
                out.append(CalendarTouch(
                    uid=f"netplanner-touch-{item.touch_id}@netplanner.invalid",
                    title=item.title,
                    purpose=item.reason[:1].upper() + item.reason[1:],
                    start=start,
                    minutes=minutes,
                    private_notes=tuple(private),
                ))
                position += 1
        return out
