"""Relationship strength of the people in the database: now, as curves over time, and the network's health.

Strength now comes from the per-person state (`strength_state`, one row per person: see migration 0004),
read with the raw driver in one query and projected to today with numpy; rows that triggers marked
dirty are recomputed from that person's interactions and written back. The result is kept per version
of the data (the change bus counts them): a change that names people recomputes just those people, so
every view, the report and the command line share one computation. Curves and the network's health read
the interactions themselves (weight and direction code worked out in SQL). People in the trash do not
count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import func, select

from netplanner.domain import strength as ds
from netplanner.domain.model import DEFAULT_HALF_LIFE_DAYS, DEFAULT_THRESHOLD
from netplanner.services.changes import ChangeBus, Changes
from netplanner.services.prefetch import Prefetch
from netplanner.services.settings import SettingsService
from netplanner.services.strength_state import ContactStrength, StateStore, StrengthTable, numbers

__all__ = ["ContactStrength", "CurveSet", "HealthPoint", "Marker", "StrengthService"]
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Interaction

_JULIAN_EPOCH = 2440587.5


@dataclass(frozen=True)
class Marker:
    """One interaction on the timeline."""

    contact_id: int
    on: dt.date
    kind: str
    direction: str
    summary: str
    strength: float  # just after it

    @property
    def timestamp(self) -> float:
        return ds.to_day(self.on) * ds.SECONDS_PER_DAY


@dataclass(frozen=True)
class CurveSet:
    """Strength curves of some people on one daily grid, for the timeline chart."""

    days: ds.FloatArray  # epoch days
    contact_ids: tuple[int, ...]
    values: ds.FloatArray  # (len(contact_ids), len(days)), strength 0..1
    today: float  # epoch day
    threshold: float
    markers: tuple[Marker, ...] = ()
    what_if: dict[int, ds.FloatArray] = field(default_factory=dict)  # contact id -> curve with the touches

    @property
    def timestamps(self) -> ds.FloatArray:
        """POSIX seconds of the grid (what pyqtgraph's DateAxisItem expects)."""
        seconds: ds.FloatArray = self.days * ds.SECONDS_PER_DAY
        return seconds

    def row(self, contact_id: int) -> ds.FloatArray:
        values: ds.FloatArray = self.values[self.contact_ids.index(contact_id)]
        return values


@dataclass(frozen=True)
class HealthPoint:
    """How many relationships were strong, fading or lost at the end of one month."""

    month: dt.date  # first day of the month
    at: dt.date  # the day counted: the month's last day, or today for the current month
    strong: int
    fading: int
    lost: int


@dataclass
class _Events:
    contact_ids: ds.FloatArray  # sorted unique ids of the people (not in trash)
    half_life: ds.FloatArray
    cadence: ds.FloatArray
    index: ds.IntArray  # per event: position in contact_ids
    day: ds.FloatArray
    weight: ds.FloatArray
    direction: ds.IntArray


class StrengthService:
    def __init__(self, db: Database, settings: SettingsService | None = None, bus: ChangeBus | None = None,
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self._settings = settings or SettingsService(db)
        self._state = StateStore(db)
        self._clock = clock
        self._cache: StrengthTable | None = None
        # People to recompute before the cache is used again (None: everyone). Without a bus nothing
        # says what changed, so nothing is kept.
        self._pending: set[int] | None = set() if bus is not None else None
        self._keeps = bus is not None
        self._bus = bus
        self._prefetch: Prefetch[tuple[StrengthTable, list[Any]]] | None = None
        if bus is not None:
            bus.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.strength is None or self._pending is None:
            self._pending = None
        else:
            self._pending |= changes.strength

    def params(self) -> ds.StrengthParams:
        """The model settings as stored (threshold, default half-life, weights), else the defaults."""
        stored = self._settings.all()
        weights = ds.default_kind_weights()
        raw = stored.get("kind_weights")
        if isinstance(raw, dict):
            weights.update({str(k): float(v) for k, v in raw.items()})
        try:
            return ds.StrengthParams(
                threshold=float(stored.get("threshold", DEFAULT_THRESHOLD)),
                default_half_life=float(stored.get("default_half_life", DEFAULT_HALF_LIFE_DAYS)),
                kind_weights=weights,
                a_max=float(stored.get("strength_ceiling", ds.DEFAULT_A_MAX)),
            )
        except (TypeError, ValueError):
            return ds.StrengthParams(kind_weights=weights)

    # ----------------------------------------------------------------------------------------- loading

    def _load(self, params: ds.StrengthParams, ids: Sequence[int] | None = None) -> _Events:
        people = (
            select(
                Contact.id,
                func.coalesce(Contact.half_life_days, -1.0),
                func.coalesce(Contact.cadence_days, -1.0),
            )
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.id)
        )
        if ids is not None:
            people = people.where(Contact.id.in_(list(ids)))
        with self.db.engine.connect() as conn:
            person_rows = conn.execute(people).all()
        who = numbers(person_rows, 3)
        # One plain scan of the interactions (people in the trash are dropped below, in numpy).
        ev = self._state.events(params, ids)
        contact_ids = who[:, 0]
        index = np.searchsorted(contact_ids, ev[:, 0]).astype(np.intp)
        if contact_ids.size == 0:
            ev = ev[:0]
            index = index[:0]
        else:
            clipped = np.minimum(index, contact_ids.size - 1)
            known = contact_ids[clipped] == ev[:, 0]
            if not known.all():
                ev, index = ev[known], index[known]
        return _Events(
            contact_ids=contact_ids,
            half_life=np.where(who[:, 1] > 0, who[:, 1], np.nan),
            cadence=np.where(who[:, 2] > 0, who[:, 2], np.nan),
            index=index,
            day=ev[:, 1],
            weight=ev[:, 2],
            direction=ev[:, 3].astype(np.intp),
        )

    def _compute(self, events: _Events, params: ds.StrengthParams, now: float) -> ds.StrengthArrays:
        return ds.compute(
            events.contact_ids.size,
            events.index,
            events.day,
            events.weight,
            events.direction,
            now,
            params,
            events.half_life,
            events.cadence,
        )

    # ------------------------------------------------------------------------------------------- now

    def today(self) -> dt.date:
        return self._clock()

    def prefetch(self, today: dt.date | None = None) -> None:
        """Start building everyone's strength for the day on a worker thread (see services.prefetch),
        for the first `all()` to take."""
        day = today or self._clock()
        params = self.params()

        def read(conn: Any) -> tuple[StrengthTable, list[Any]]:
            store = StateStore(self.db, conn)
            return StrengthTable(day, params, store.load(params, ds.to_day(day))), store.unsaved

        self._prefetch = Prefetch(self.db, self._bus, (day, params), read)

    def ready(self) -> bool:
        """False while a snapshot started by `prefetch` is still being built: `all()` would wait for it."""
        prefetch = self._prefetch
        return prefetch is None or prefetch.done()

    def _prefetched(self, day: dt.date, params: ds.StrengthParams) -> StrengthTable | None:
        prefetch, self._prefetch = self._prefetch, None
        found = prefetch.take((day, params)) if prefetch is not None else None
        if found is None:
            return None
        table, unsaved = found
        self._state.save_unsaved(unsaved)  # rows the reader repaired, written by the one writer
        return table

    def all(self, today: dt.date | None = None) -> StrengthTable:
        """Strength and forecast of everyone not in the trash, by id (built once per version of the
        data and day; a change naming people recomputes only them)."""
        day = today or self._clock()
        params = self.params()
        cache = self._cache
        if cache is None and self._prefetch is not None:
            cache = self._prefetched(day, params)
            if cache is not None:
                self._pending = set() if self._keeps else None
                self._cache = cache
                return cache
        if cache is None or cache.day != day or cache.params != params or self._pending is None:
            cache = StrengthTable(day, params, self._state.load(params, ds.to_day(day)))
        elif self._pending:
            cache = cache.updated(self._state.load(params, ds.to_day(day), sorted(self._pending)))
        self._pending = set() if self._keeps else None
        self._cache = cache
        return cache

    def for_contacts(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, ContactStrength]:
        """The same for some people; ids that are unknown or in the trash are left out."""
        wanted = list(dict.fromkeys(int(i) for i in ids))
        if not wanted:
            return {}
        day = today or self._clock()
        if self._cache is not None and self._cache.day == day:
            table = self.all(day)
        else:  # a few people on another day: no need to build everyone
            params = self.params()
            table = StrengthTable(day, params, self._state.load(params, ds.to_day(day), wanted))
        return {i: table[i] for i in wanted if i in table}

    def strongest(self, n: int, today: dt.date | None = None) -> list[int]:
        """Ids of the n people with the highest strength now (people never met excluded)."""
        return self.all(today).ranked(n)

    # ---------------------------------------------------------------------------------------- curves

    def curves(
        self,
        ids: Sequence[int],
        start: dt.date,
        end: dt.date,
        what_if: Sequence[tuple[int, dt.date, str]] = (),
        today: dt.date | None = None,
        step: int = 1,
    ) -> CurveSet:
        """Strength curves of the people in ids (in that order; unknown ids dropped) from start to end
        (a point every step days; today is always one of them), their interactions as markers, and for
        each person named in what_if the curve as it would be with those extra touches (contact id,
        date, kind). Nothing is saved."""
        params = self.params()
        wanted = list(dict.fromkeys(int(i) for i in ids))
        grid = ds.day_grid(start, end, step)
        now = ds.to_day(today or self._clock())
        if step > 1 and grid[0] < now < grid[-1]:
            grid = np.union1d(grid, [now])
        if not wanted:
            return CurveSet(grid, (), np.zeros((0, grid.size)), now, params.threshold)
        events = self._load(params, wanted)
        present = {int(c) for c in events.contact_ids}
        order = [i for i in wanted if i in present]
        row_of_id = {cid: row for row, cid in enumerate(order)}
        # Curve row per event, in the caller's order.
        row_of_index = np.array([row_of_id[int(c)] for c in events.contact_ids], dtype=np.intp)
        h = np.where(np.isnan(events.half_life), params.default_half_life, events.half_life)
        h_rows = np.empty(len(order))
        h_rows[row_of_index] = h
        rows = row_of_index[events.index]
        values = ds.curve_matrix(len(order), rows, events.day, events.weight, h_rows, grid, params.a_max)

        extra: dict[int, ds.FloatArray] = {}
        for cid in dict.fromkeys(c for c, _, _ in what_if):
            if cid not in present:
                continue
            row = row_of_id[cid]
            mine = rows == row
            add = [(ds.to_day(on), params.weight_of(kind)) for c, on, kind in what_if if c == cid]
            day = np.concatenate([events.day[mine], [a for a, _ in add]])
            weight = np.concatenate([events.weight[mine], [b for _, b in add]])
            extra[cid] = ds.curve(day, weight, float(h_rows[row]), grid, params.a_max)

        markers = self._markers(row_of_id, h_rows, events, rows, start, end, params.a_max)
        return CurveSet(grid, tuple(order), values, now, params.threshold, markers, extra)

    def _markers(
        self,
        row_of_id: dict[int, int],
        h_rows: ds.FloatArray,
        events: _Events,
        rows: ds.IntArray,
        start: dt.date,
        end: dt.date,
        a_max: float = ds.DEFAULT_A_MAX,
    ) -> tuple[Marker, ...]:
        query = (
            select(
                Interaction.contact_id,
                Interaction.occurred_on,
                Interaction.kind,
                Interaction.direction,
                Interaction.summary,
            )
            .where(Interaction.contact_id.in_(list(row_of_id)))
            .where(Interaction.occurred_on.between(start, end))
            .order_by(Interaction.contact_id, Interaction.occurred_on, Interaction.id)
        )
        with self.db.engine.connect() as conn:
            found = conn.execute(query).all()
        if not found:
            return ()
        # Strength just after each marked day (all of that day's touches counted).
        at_rows = np.array([row_of_id[r[0]] for r in found], dtype=np.intp)
        at_days = np.array([ds.to_day(r[1]) for r in found])
        s = ds.strength_at(len(row_of_id), rows, events.day, events.weight, h_rows, at_rows, at_days, a_max)
        return tuple(
            Marker(int(r[0]), r[1], str(r[2]), str(r[3]), str(r[4] or ""), float(v))
            for r, v in zip(found, s, strict=True)
        )

    # ------------------------------------------------------------------------------- network health

    def network_health(self, months: int = 24, today: dt.date | None = None) -> list[HealthPoint]:
        """For each of the last `months` months (oldest first, the current one last): how many people
        met by then were strong (at or over the threshold), fading (under it) or lost (under it and
        silent for more than 8x their usual gap) at the end of that month (today for this month)."""
        params = self.params()
        events = _sorted(self._load(params))  # once, not in each month's computation
        now = today or self._clock()
        out: list[HealthPoint] = []
        for first in _month_starts(now, months):
            last = _month_end(first)
            at = min(last, now)
            r = self._compute(events, params, ds.to_day(at))
            assert r.silence is not None
            kinds = ds.classify(r.strength, r.silence, params.threshold)
            counts = np.bincount(kinds[kinds >= 0], minlength=3)
            out.append(HealthPoint(first, at, int(counts[0]), int(counts[1]), int(counts[2])))
        return out


def _sorted(events: _Events) -> _Events:
    if events.day.size == 0:
        return events
    order = ds.event_order(events.index, events.day)
    return _Events(events.contact_ids, events.half_life, events.cadence, events.index[order],
                   events.day[order], events.weight[order], events.direction[order])


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
