"""Relationship strength of the people in the database: now, as curves over time, and the network's health.

Events are read with SQLAlchemy Core as plain numbers (weight and direction code worked out in SQL),
then everything is computed with numpy in `netplanner.domain.strength`. People in the trash do not
count. Nothing is cached: after an interaction is logged the next call sees it at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Float, case, func, literal, select

from netplanner.domain import strength as ds
from netplanner.domain.model import DEFAULT_HALF_LIFE_DAYS, DEFAULT_THRESHOLD, Direction
from netplanner.services.settings import SettingsService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact, Interaction

#: Above this many ids, for_contacts computes everything and picks (one query instead of a huge IN).
_IN_LIMIT = 900
_JULIAN_EPOCH = 2440587.5


@dataclass(frozen=True)
class ContactStrength:
    contact_id: int
    strength: float  # 0..1 now
    trend: int  # +1 rising, -1 falling, 0 no data
    last_contact: dt.date | None
    due: dt.date | None
    crossing: dt.date | None  # when it falls below threshold without new contact
    balance: float  # gave - received, decayed
    gave: float
    received: float
    silence: str  # "none" (never met), "ok", "warning", "lost"
    silence_ratio: float | None


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
    def __init__(self, db: Database) -> None:
        self.db = db
        self._settings = SettingsService(db)

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
            )
        except (TypeError, ValueError):
            return ds.StrengthParams(kind_weights=weights)

    # ----------------------------------------------------------------------------------------- loading

    def _weight_expr(self, params: ds.StrengthParams) -> Any:
        by_kind = case(
            {kind: literal(weight, Float) for kind, weight in params.kind_weights.items()},
            value=Interaction.kind,
            else_=literal(1.0, Float),
        )
        return func.coalesce(Interaction.weight, by_kind)

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
        direction = case(
            {Direction.GAVE.value: ds.GAVE, Direction.RECEIVED.value: ds.RECEIVED},
            value=Interaction.direction,
            else_=ds.MUTUAL,
        )
        events = (
            select(
                Interaction.contact_id,
                (func.julianday(Interaction.occurred_on) - _JULIAN_EPOCH).label("day"),
                self._weight_expr(params).label("weight"),
                direction.label("direction"),
            )
        )
        # One plain table scan: no join (people in the trash are dropped below, in numpy) and no ORDER
        # BY (the domain sorts when it needs to). With both, SQLite walked the (contact, date) index and
        # fetched each row by rowid: 15 s instead of about 2 s for a million interactions (measured).
        if ids is not None:
            people = people.where(Contact.id.in_(list(ids)))
            events = events.where(Interaction.contact_id.in_(list(ids)))
        with self.db.engine.connect() as conn:
            person_rows = conn.execute(people).all()
            event_rows = conn.execute(events).all()
        who = _numbers(person_rows, 3)
        ev = _numbers(event_rows, 4)
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

    def all(self, today: dt.date | None = None) -> dict[int, ContactStrength]:
        """Strength and forecast of everyone not in the trash."""
        return self._strengths(None, today)

    def for_contacts(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, ContactStrength]:
        """The same for some people; ids that are unknown or in the trash are left out."""
        wanted = list(dict.fromkeys(int(i) for i in ids))
        if not wanted:
            return {}
        if len(wanted) > _IN_LIMIT:
            everyone = self._strengths(None, today)
            return {i: everyone[i] for i in wanted if i in everyone}
        return self._strengths(wanted, today)

    def _strengths(self, ids: Sequence[int] | None, today: dt.date | None) -> dict[int, ContactStrength]:
        params = self.params()
        events = self._load(params, ids)
        r = self._compute(events, params, ds.to_day(today or dt.date.today()))
        assert r.silence is not None
        assert r.silence_ratio is not None
        out: dict[int, ContactStrength] = {}
        columns = zip(
            events.contact_ids.astype(np.int64).tolist(),
            r.strength.tolist(),
            r.trend.tolist(),
            _dates(r.last_contact),
            _dates(r.due, up=True),
            _dates(r.crossing, up=True),
            r.balance.tolist(),
            r.gave.tolist(),
            r.received.tolist(),
            r.silence.tolist(),
            r.silence_ratio.tolist(),
            strict=True,
        )
        for cid, s, trend, last, due, crossing, bal, gave, rec, sil, ratio in columns:
            out[cid] = ContactStrength(
                contact_id=cid,
                strength=s,
                trend=trend,
                last_contact=last,
                due=due,
                crossing=crossing,
                balance=bal,
                gave=gave,
                received=rec,
                silence=ds.SILENCE_NAMES[sil],
                silence_ratio=None if math.isnan(ratio) else ratio,
            )
        return out

    def strongest(self, n: int, today: dt.date | None = None) -> list[int]:
        """Ids of the n people with the highest strength now (people never met excluded)."""
        everyone = self.all(today)
        met = [s for s in everyone.values() if s.last_contact is not None]
        met.sort(key=lambda s: (-s.strength, s.contact_id))
        return [s.contact_id for s in met[:n]]

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
        now = ds.to_day(today or dt.date.today())
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
        values = ds.curve_matrix(len(order), rows, events.day, events.weight, h_rows, grid)

        extra: dict[int, ds.FloatArray] = {}
        for cid in dict.fromkeys(c for c, _, _ in what_if):
            if cid not in present:
                continue
            row = row_of_id[cid]
            mine = rows == row
            add = [(ds.to_day(on), params.weight_of(kind)) for c, on, kind in what_if if c == cid]
            day = np.concatenate([events.day[mine], [a for a, _ in add]])
            weight = np.concatenate([events.weight[mine], [b for _, b in add]])
            extra[cid] = ds.curve(day, weight, float(h_rows[row]), grid)

        markers = self._markers(row_of_id, h_rows, events, rows, start, end)
        return CurveSet(grid, tuple(order), values, now, params.threshold, markers, extra)

    def _markers(
        self,
        row_of_id: dict[int, int],
        h_rows: ds.FloatArray,
        events: _Events,
        rows: ds.IntArray,
        start: dt.date,
        end: dt.date,
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
        s = ds.strength_at(len(row_of_id), rows, events.day, events.weight, h_rows, at_rows, at_days)
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
        events = self._load(params)
        now = today or dt.date.today()
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


def _numbers(rows: Sequence[Any], width: int) -> ds.FloatArray:
    """Rows of numbers (no NULLs) as a float array. np.array on SQLAlchemy rows is 10x slower: it probes
    each row for array attributes, and a Row answers every such probe with a raised KeyError."""
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64, count=len(rows) * width)
    return flat.reshape(len(rows), width)


MIN_EPOCH_DAY = (dt.date(1, 1, 1) - dt.date(1970, 1, 1)).days
MAX_EPOCH_DAY = (dt.date(9999, 12, 31) - dt.date(1970, 1, 1)).days


def _dates(values: ds.FloatArray, *, up: bool = False) -> list[dt.date | None]:
    """Dates of epoch days (NaN: None); up=True for forecasts: the first whole day on which it has
    happened. Vectorised through datetime64: 100k dates in a few ms instead of half a second."""
    whole = np.ceil(values - 1e-9) if up else np.floor(values)
    # Beyond year 9999 a date cannot be written (a forecast that far out means "not in any lifetime").
    finite = np.isfinite(whole) & (whole >= MIN_EPOCH_DAY) & (whole <= MAX_EPOCH_DAY)
    days = np.where(finite, whole, 0).astype(np.int64).astype("datetime64[D]").astype(object)
    days[~finite] = None
    result: list[dt.date | None] = days.tolist()
    return result


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
