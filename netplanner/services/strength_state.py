"""The per-person strength state: read, repaired where dirty, and projected to a day.

`strength_state` (migration 0004) holds, per person with interactions, the model's state just after
their last interaction. Reading strength for everyone is then one raw query of one row per person
(tech notes: SQLAlchemy rows cost 8x the raw driver at 100k). Rows the triggers marked dirty, or computed
under other model settings, are recomputed from that person's interactions and written back; a row
whose last interaction lies after the day asked for is recomputed in memory without the future ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import sqlalchemy.exc

from netplanner.domain import strength as ds
from netplanner.storage.db import Database, bulk_objects

#: Ids per query when reading some people (SQLite's default limit of bound values is far above).
_CHUNK = 900
#: Above this share of dirty people, all interactions are read in one scan instead of by person.
_SCAN_SHARE = 0.2
_JULIAN_EPOCH = 2440587.5
#: The state's numbers in `strength_state.packed` (migration 0013), in this order, little-endian.
_PACKED = ("last", "activation", "gave", "received", "usual_gap")
_PACKED_BYTES = 8 * len(_PACKED)
#: The state of someone never met (or of a row about to be recomputed).
_UNMET = np.array([np.nan, 0.0, 0.0, 0.0, np.nan], dtype="<f8").tobytes()
#: People whose values a table makes together when one of them is asked for.
_BLOCK = 256


@dataclass(frozen=True)
class ContactStrength:
    contact_id: int
    strength: float  # 0..1 now
    trend: int  # +1 rising, -1 falling, 0 no data
    last_contact: dt.date | None
    due: dt.date | None
    crossing: dt.date | None  # "fades on": when it falls below threshold without new contact
    balance: float  # gave - received, decayed
    gave: float
    received: float
    silence: str  # "none" (never met), "ok", "warning", "lost"
    silence_ratio: float | None
    next_contact: dt.date | None = None  # last contact + cadence, or + the usual rhythm without one


@dataclass(frozen=True)
class Projection:
    """Strength of some people on one day: ids (sorted) and the arrays, index-aligned."""

    ids: ds.IntArray
    arrays: ds.StrengthArrays
    asked: frozenset[int] | None  # the people asked for (None: everyone)


#: Bumped when the model's rules for the stored state change (2: the ceiling; mutual counts both ways).
_MODEL_VERSION = 2


def params_stamp(params: ds.StrengthParams) -> int:
    """A number that changes when the settings a stored state depends on change (or the model's rules)."""
    text = json.dumps([_MODEL_VERSION, params.default_half_life, params.a_max,
                       sorted(params.kind_weights.items())])
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=7).digest(), "big")


class StateStore:
    """Reads through the writer's connection, or through `connection` (a reader on a worker thread):
    such a store cannot write, so repaired rows wait in `unsaved` for the writer's `save_unsaved`."""

    def __init__(self, db: Database, connection: Any = None) -> None:
        self.db = db
        self._conn = connection
        self.unsaved: list[tuple[int, ds.IntArray, ds.StateArrays]] = []

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Any]:
        if self._conn is not None:
            yield self._conn
        else:
            with self.db.driver_connection() as conn:
                yield conn

    def save_unsaved(self, rows: Sequence[tuple[int, ds.IntArray, ds.StateArrays]]) -> None:
        for stamp, contact_ids, state in rows:
            self._save(stamp, contact_ids, state)

    def load(self, params: ds.StrengthParams, now: float, ids: Sequence[int] | None = None) -> Projection:
        """Strength on day `now` of everyone not in the trash (or of `ids` among them)."""
        stamp = params_stamp(params)
        people = self._people(stamp, ids)
        contact_ids = people.ids
        half_lives = np.where(people.half_lives > 0, people.half_lives, np.nan)
        h = ds.resolve_half_lives(contact_ids.size, half_lives, params.default_half_life)
        cadence = np.where(people.cadences > 0, people.cadences, np.nan)
        state = ds.StateArrays(**{name: people.states[:, n].copy() for n, name in enumerate(_PACKED)})
        dirty = np.flatnonzero(people.dirty)
        if dirty.size:
            fresh = self._recompute(params, contact_ids, dirty, h, until=None)
            _put(state, dirty, fresh)
            if self._conn is None and not self.db.read_only:
                self._save(stamp, contact_ids[dirty], fresh)
            else:
                self.unsaved.append((stamp, contact_ids[dirty], fresh))
        future = np.flatnonzero(state.last > now)
        if future.size:  # interactions logged ahead of time do not count yet
            _put(state, future, self._recompute(params, contact_ids, future, h, until=now))
        arrays = ds.project(state, now, params, h, cadence)
        asked = None if ids is None else frozenset(int(i) for i in ids)
        return Projection(contact_ids, arrays, asked)

    # ------------------------------------------------------------------------------------ reading

    def _people(self, stamp: int, ids: Sequence[int] | None) -> _People:
        """Everyone not in the Trash (or the people `ids` among them): ids, half-lives and cadences (NaN
        for the default), the states and whether each must be recomputed, aligned and by id."""
        # One row of a few long texts instead of a row per person: SQLite walks everyone in one step
        # (on another core, without Python), and numpy reads the texts whole. Texts of REAL values
        # round-trip exactly (SQLite 3.45+), the ids and the packed doubles travel as hex.
        sql = (
            "SELECT count(*), group_concat(printf('%016x', c.id), ''), "
            "group_concat(ifnull(c.half_life_days, 'nan'), ','), "
            "group_concat(ifnull(c.cadence_days, 'nan'), ','), "
            f"group_concat(hex(CASE WHEN length(s.packed) = {_PACKED_BYTES} THEN s.packed "
            f"ELSE x'{_UNMET.hex()}' END), ''), "
            "group_concat(CASE WHEN s.contact_id IS NULL THEN 0 WHEN s.dirty OR s.params != ? "
            f"OR length(s.packed) IS NOT {_PACKED_BYTES} THEN 1 ELSE 0 END, '') "
            "FROM contacts c LEFT JOIN strength_state s ON s.contact_id = c.id "
            "WHERE c.deleted_at IS NULL"
        )
        with self._connection() as conn:
            if ids is None:
                parts = [_parsed(conn.execute(sql, (stamp,)).fetchone())]
            else:
                wanted = sorted({int(i) for i in ids})
                parts = []
                for start in range(0, len(wanted), _CHUNK):
                    chunk = wanted[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    parts.append(_parsed(conn.execute(f"{sql} AND c.id IN ({marks})",
                                                      (stamp, *chunk)).fetchone()))
        people = parts[0] if len(parts) == 1 else _joined(parts)
        if people.ids.size and not bool(np.all(people.ids[1:] > people.ids[:-1])):
            people = _reordered(people, np.argsort(people.ids, kind="stable"))  # the scan's order is SQLite's
        return people

    def events(self, params: ds.StrengthParams, ids: Sequence[int] | None = None,
               until: float | None = None) -> ds.FloatArray:
        """(contact id, epoch day, weight, direction code) of interactions, one row each."""
        weights = sorted(params.kind_weights.items())
        cases = " ".join("WHEN ? THEN ?" for _ in weights)
        sql = (
            f"SELECT contact_id, julianday(occurred_on) - {_JULIAN_EPOCH}, "
            f"coalesce(weight, CASE kind {cases} ELSE 1.0 END), "
            f"CASE direction WHEN 'gave' THEN {ds.GAVE} WHEN 'received' THEN {ds.RECEIVED} "
            f"ELSE {ds.MUTUAL} END FROM interactions"
        )
        bound: list[Any] = list(itertools.chain.from_iterable(weights))
        rows: list[tuple[Any, ...]] = []
        with bulk_objects(), self._connection() as conn:
            if ids is None:
                rows = conn.execute(sql, bound).fetchall()
            else:
                wanted = sorted({int(i) for i in ids})
                for start in range(0, len(wanted), _CHUNK):
                    chunk = wanted[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows += conn.execute(f"{sql} WHERE contact_id IN ({marks})", [*bound, *chunk]).fetchall()
        events = numbers(rows, 4)
        if until is not None:
            events = events[events[:, 1] <= until]
        return events

    # ------------------------------------------------------------------------------- recomputing

    def _recompute(self, params: ds.StrengthParams, contact_ids: ds.IntArray, rows: ds.IntArray,
                   h: ds.FloatArray, until: float | None) -> ds.StateArrays:
        """The state of the people at positions `rows`, from their interactions."""
        wanted = contact_ids[rows]
        scan = rows.size > _SCAN_SHARE * max(contact_ids.size, 1) and rows.size > _CHUNK
        events = self.events(params, None if scan else wanted.tolist(), until)
        index = np.searchsorted(wanted, events[:, 0]).astype(np.intp)
        clipped = np.minimum(index, wanted.size - 1)
        known = wanted[clipped] == events[:, 0]
        events, index = events[known], index[known]
        return ds.state_at_last(wanted.size, index, events[:, 1], events[:, 2],
                                events[:, 3].astype(np.intp), h[rows], params.a_max)

    def _save(self, stamp: int, contact_ids: ds.IntArray, state: ds.StateArrays) -> None:
        """Write recomputed rows back; skipped (they are recomputed next time) when another process
        holds the write lock or the file is read-only."""
        packed = np.column_stack([getattr(state, name) for name in _PACKED]).astype("<f8").tobytes()
        rows = [
            (stamp, _maybe(last), packed[n * _PACKED_BYTES : (n + 1) * _PACKED_BYTES], cid)
            for n, (cid, last) in enumerate(zip(contact_ids.tolist(), state.last.tolist(), strict=True))
        ]
        try:
            with self.db.engine.begin() as conn:
                conn.exec_driver_sql(
                    "UPDATE strength_state SET dirty = 0, params = ?, last_day = ?, packed = ? "
                    "WHERE contact_id = ?",
                    rows,
                )
        except sqlalchemy.exc.OperationalError:
            pass


class _People(NamedTuple):
    ids: ds.IntArray
    half_lives: ds.FloatArray
    cadences: ds.FloatArray
    states: ds.FloatArray  # one row per person, the columns of _PACKED
    dirty: npt.NDArray[np.bool_]


_NOBODY = _People(np.empty(0, np.intp), np.empty(0), np.empty(0), np.empty((0, len(_PACKED))),
                  np.empty(0, np.bool_))


def _parsed(row: tuple[Any, ...]) -> _People:
    """The long texts of `StateStore._people`'s query as arrays."""
    count, ids, half_lives, cadences, states, dirty = row
    if not count:
        return _NOBODY
    return _People(
        ids=np.frombuffer(bytes.fromhex(ids), dtype=">i8").astype(np.intp),
        half_lives=np.array(half_lives.split(","), dtype=np.float64),
        cadences=np.array(cadences.split(","), dtype=np.float64),
        states=np.frombuffer(bytes.fromhex(states), dtype="<f8").reshape(count, len(_PACKED)),
        dirty=np.frombuffer(dirty.encode("ascii"), dtype=np.uint8) == ord("1"),
    )


def _joined(parts: Sequence[_People]) -> _People:
    if not parts:
        return _NOBODY
    return _People(
        ids=np.concatenate([p.ids for p in parts]),
        half_lives=np.concatenate([p.half_lives for p in parts]),
        cadences=np.concatenate([p.cadences for p in parts]),
        states=np.concatenate([p.states for p in parts]),
        dirty=np.concatenate([p.dirty for p in parts]),
    )


def _reordered(people: _People, order: ds.IntArray) -> _People:
    return _People(people.ids[order], people.half_lives[order], people.cadences[order],
                   people.states[order], people.dirty[order])


def _put(state: ds.StateArrays, rows: ds.IntArray, fresh: ds.StateArrays) -> None:
    for name in ("last", "activation", "gave", "received", "usual_gap"):
        getattr(state, name)[rows] = getattr(fresh, name)


def _maybe(value: float) -> float | None:
    return None if math.isnan(value) else value


def numbers(rows: Sequence[Any], width: int) -> ds.FloatArray:
    """Rows of numbers (no NULLs) as a float array, without numpy probing each row."""
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64, count=len(rows) * width)
    return flat.reshape(len(rows), width)


# ----------------------------------------------------------------------------------------- the table


class StrengthTable(Mapping[int, ContactStrength]):
    """Everyone's strength on one day, by person id. Built from arrays; a `ContactStrength` is made
    when asked for (all at once on the first full iteration)."""

    def __init__(self, day: dt.date, params: ds.StrengthParams, projection: Projection) -> None:
        self.day = day
        self.params = params
        self.ids = projection.ids
        self.arrays = projection.arrays
        self._position: dict[int, int] | None = None
        self._made: dict[int, ContactStrength] | None = None
        self._blocks: dict[int, list[ContactStrength]] = {}

    def updated(self, patch: Projection) -> StrengthTable:
        """A new table with the people of `patch` recomputed (added, replaced, or gone when asked for
        but absent: trashed or deleted)."""
        asked = np.fromiter(patch.asked or (), dtype=np.intp)
        keep = ~np.isin(self.ids, asked)
        ids = np.concatenate([self.ids[keep], patch.ids])
        order = np.argsort(ids, kind="stable")
        merged: dict[str, Any] = {}
        for name, mine in self.arrays.__dict__.items():
            theirs = getattr(patch.arrays, name)
            merged[name] = None if mine is None else np.concatenate([mine[keep], theirs])[order]
        projection = Projection(ids[order], ds.StrengthArrays(**merged), None)
        return StrengthTable(self.day, self.params, projection)

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = dict(zip(self.ids.tolist(), range(self.ids.size), strict=True))
        return self._position

    def __len__(self) -> int:
        return int(self.ids.size)

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids.tolist())

    def __contains__(self, key: object) -> bool:
        return key in self._positions()

    def __getitem__(self, contact_id: int) -> ContactStrength:
        if self._made is not None:
            return self._made[contact_id]
        row = self._positions()[contact_id]
        # Made a block of neighbours at a time: a screenful of rows costs a block or two, a caller
        # walking everyone pays about what `everyone()` would.
        block, offset = divmod(row, _BLOCK)
        made = self._blocks.get(block)
        if made is None:
            made = self._blocks[block] = self._build(slice(block * _BLOCK, (block + 1) * _BLOCK))
        return made[offset]

    def ranked(self, n: int, priority: Mapping[int, float] | None = None) -> list[int]:
        """The ids of the n people met (ever) who come first by `priority` (higher first; 0 for anyone
        not in it), then strength now, then id; from the arrays, without making everyone's values."""
        met = np.flatnonzero(~np.isnan(self.arrays.last_contact))
        ids = self.ids[met]
        weight = np.zeros(ids.size)
        if priority:
            known = np.fromiter(priority.keys(), dtype=np.intp, count=len(priority))
            values = np.fromiter(priority.values(), dtype=np.float64, count=len(priority))
            where = np.searchsorted(ids, known)
            inside = where < ids.size
            hit = inside.copy()
            hit[inside] = ids[where[inside]] == known[inside]
            weight[where[hit]] = values[hit]
        order = np.lexsort((ids, -self.arrays.strength[met], -weight))
        return [int(i) for i in ids[order[:n]]]

    def everyone(self) -> dict[int, ContactStrength]:
        """Every person's `ContactStrength` (made once per table)."""
        if self._made is None:
            with bulk_objects():
                self._made = {s.contact_id: s for s in self._build(slice(None))}
        return self._made

    def values(self) -> Any:
        return self.everyone().values()

    def items(self) -> Any:
        return self.everyone().items()

    def _build(self, rows: slice) -> list[ContactStrength]:
        r = self.arrays
        assert r.silence is not None
        assert r.silence_ratio is not None
        columns = zip(
            self.ids[rows].tolist(),
            r.strength[rows].tolist(),
            r.trend[rows].tolist(),
            _dates(r.last_contact[rows]),
            _dates(r.due[rows], up=True),
            _dates(r.crossing[rows], up=True),
            r.balance[rows].tolist(),
            r.gave[rows].tolist(),
            r.received[rows].tolist(),
            r.silence[rows].tolist(),
            r.silence_ratio[rows].tolist(),
            _dates(r.next_contact[rows] if r.next_contact is not None else r.due[rows] * np.nan, up=True),
            strict=True,
        )
        return [
            ContactStrength(
                contact_id=cid, strength=s, trend=trend, last_contact=last, due=due, crossing=crossing,
                balance=bal, gave=gave, received=rec, silence=ds.SILENCE_NAMES[sil],
                silence_ratio=None if math.isnan(ratio) else ratio, next_contact=nxt,
            )
            for cid, s, trend, last, due, crossing, bal, gave, rec, sil, ratio, nxt in columns
        ]


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
