"""Relationship strength with numpy, for every contact at once (design section 2).

Interaction i at day t_i with weight w_i lifts the activation of its contact by w_i, up to a ceiling:
A_i = min(A_(i-1) * 2^(-(t_i - t_(i-1))/h) + w_i, A_max) (h: the contact's half-life in days; A_max:
`StrengthParams.a_max`, 3 by default, so strength tops out near 95 %). Between interactions A decays,
A(t) = A_i * 2^(-(t - t_i)/h); strength S = 1 - exp(-A). Without the ceiling a busy tie sat at 100 % and
forecast its fade years away; with it a tie at the ceiling falls below the threshold within
h * log2(A_max / a*) days (about 2.8 half-lives, 10 months at the default), while a long half-life stays
the user's way to say "durable". Days are floats counted from 1970-01-01 ("epoch days"), so a day times
86400 is the POSIX time pyqtgraph's date axis expects.

The map x -> min(a*x + b, c) (a >= 0) composes to the same form, min(a2*a1*x + a2*b1 + b2,
min(a2*c1 + b2, c2)), so the recurrence over each person's sorted events runs as one parallel prefix
scan (`activation_at_events`). Since A after the last interaction and its day determine everything
later, a person's state is those few numbers (`state_at_last`) projected to any later day (`project`).

Decisions the design leaves open, made here:

* Events after `now` are ignored (a note logged ahead of time does not count yet).
* Crossing: with no new contact A(now + d) = A(now) * 2^(-d/h), so it falls below a* = -ln(1 - theta)
  at d* = h * log2(A / a*). When the relationship is already below the threshold, d* is negative and
  now + d* is the day it fell below, but never earlier than the last contact: a touch too light to
  lift it over the threshold (a single message) has been "below since the last contact".
* Due = min(crossing, last contact + cadence). Next contact = last contact + cadence, or + the usual
  gap (the person's own rhythm) when no cadence is set; NaN with neither. Fades on = the crossing.
* Never met (no events up to now): strength 0, no last contact, no crossing; due is today when the
  user set a cadence (they want regular contact and there has been none), otherwise none: first
  touches for prospects are the planner's business.
* Reciprocity: gave and received are the decayed sums (without the ceiling, which bounds only the
  activation) of the interactions in that direction. A mutual interaction counts on both sides: it is
  an exchange in which the user gave and received, so it shows in give and take, and balance =
  gave - received is not moved by it.
* Trend: +1 (rising) when an interaction in the last `trend_window` days (14) lifted it, -1 (falling)
  when it only decays, 0 without any interaction.
* Usual gap: the median gap between the distinct days a person was met. With fewer than two such days
  there is no rhythm yet; the cadence stands in, else the contact's half-life. The silence ratio is
  days since the last contact / usual gap (gap at least one day): ok up to 2x, warning past 2x, likely
  lost past 8x (Navarro et al. 2017).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from netplanner.domain.model import (
    DEFAULT_HALF_LIFE_DAYS,
    DEFAULT_KIND_WEIGHTS,
    DEFAULT_THRESHOLD,
    Direction,
)

#: The ceiling of the activation (design section 2, revised 2026-12): strength tops out at 1 - e^-3.
DEFAULT_A_MAX = 3.0

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
Int8Array = npt.NDArray[np.int8]

EPOCH = dt.date(1970, 1, 1)
_EPOCH_ORDINAL = EPOCH.toordinal()
SECONDS_PER_DAY = 86400.0

#: Direction codes in the event arrays.
GAVE, RECEIVED, MUTUAL = 0, 1, 2
DIRECTION_CODES: dict[str, int] = {
    Direction.GAVE: GAVE,
    Direction.RECEIVED: RECEIVED,
    Direction.MUTUAL: MUTUAL,
}

#: Silence states (codes in `StrengthArrays.silence`, names for people).
SILENCE_NONE, SILENCE_OK, SILENCE_WARNING, SILENCE_LOST = 0, 1, 2, 3
SILENCE_NAMES: tuple[str, ...] = ("none", "ok", "warning", "lost")


def to_day(day: dt.date) -> float:
    """Epoch days of a date."""
    return float(day.toordinal() - _EPOCH_ORDINAL)


def from_day(value: float, *, up: bool = False) -> dt.date | None:
    """The date of an epoch-day value (rounded down, or with up=True up), None for NaN."""
    if not math.isfinite(value):
        return None
    whole = math.ceil(value - 1e-9) if up else math.floor(value)
    return dt.date.fromordinal(int(whole) + _EPOCH_ORDINAL)


def default_kind_weights() -> dict[str, float]:
    return {str(kind): weight for kind, weight in DEFAULT_KIND_WEIGHTS.items()}


@dataclass(frozen=True)
class StrengthParams:
    """The user-adjustable model settings."""

    threshold: float = DEFAULT_THRESHOLD
    default_half_life: float = DEFAULT_HALF_LIFE_DAYS
    kind_weights: dict[str, float] = field(default_factory=default_kind_weights)
    trend_window: float = 14.0
    warning_ratio: float = 2.0
    lost_ratio: float = 8.0
    a_max: float = DEFAULT_A_MAX

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        if not self.default_half_life > 0.0:
            raise ValueError("default_half_life must be positive")
        if not self.a_max > 0.0:
            raise ValueError("a_max must be positive")

    @property
    def s_max(self) -> float:
        """The highest strength the ceiling allows."""
        return -math.expm1(-self.a_max) if math.isfinite(self.a_max) else 1.0

    @property
    def a_star(self) -> float:
        """The activation at which strength equals the threshold."""
        return -math.log1p(-self.threshold)

    def weight_of(self, kind: str) -> float:
        """The weight of a kind of interaction (1.0 for a kind the table does not know)."""
        return float(self.kind_weights.get(kind, 1.0))


@dataclass(frozen=True)
class StrengthArrays:
    """Everything per contact, index-aligned with the contact arrays. Days are epoch days, NaN = none."""

    activation: FloatArray
    strength: FloatArray
    last_contact: FloatArray
    crossing: FloatArray
    due: FloatArray
    gave: FloatArray
    received: FloatArray
    balance: FloatArray
    trend: Int8Array
    usual_gap: FloatArray | None = None
    silence_ratio: FloatArray | None = None
    silence: Int8Array | None = None
    next_contact: FloatArray | None = None


def resolve_half_lives(n: int, half_life: FloatArray | None, default: float) -> FloatArray:
    if half_life is None:
        return np.full(n, default)
    h = np.asarray(half_life, dtype=np.float64)
    if h.shape != (n,):
        raise ValueError("half_life must have one entry per contact")
    return np.where(np.isfinite(h) & (h > 0), h, default)


@dataclass(frozen=True)
class StateArrays:
    """Per contact, everything the future of its strength depends on: the day of its last interaction
    (NaN: none) and the activation, given and received sums just after it, and the usual gap between
    meetings (NaN with fewer than two days met). With no new contact A(t) = A(last) * 2^-((t - last)/h),
    so these few numbers stand in for all of a person's interactions."""

    last: FloatArray
    activation: FloatArray
    gave: FloatArray
    received: FloatArray
    usual_gap: FloatArray

    @classmethod
    def empty(cls, n: int) -> StateArrays:
        nan = np.full(n, np.nan)
        zero = np.zeros(n)
        return cls(nan, zero, zero.copy(), zero.copy(), nan.copy())


def _events(contact: npt.ArrayLike, day: npt.ArrayLike, weight: npt.ArrayLike, direction: npt.ArrayLike,
            n: int) -> tuple[IntArray, FloatArray, FloatArray, IntArray]:
    c = np.asarray(contact, dtype=np.intp)
    t = np.asarray(day, dtype=np.float64)
    w = np.asarray(weight, dtype=np.float64)
    d = np.asarray(direction, dtype=np.intp)
    if not (c.shape == t.shape == w.shape == d.shape) or c.ndim != 1:
        raise ValueError("event arrays must be one-dimensional and of equal length")
    if c.size and (c.min() < 0 or c.max() >= n):
        raise ValueError("contact index out of range")
    return c, t, w, d


def state_at_last(
    n_contacts: int,
    contact: npt.ArrayLike,
    day: npt.ArrayLike,
    weight: npt.ArrayLike,
    direction: npt.ArrayLike,
    half_life: FloatArray,
    a_max: float = DEFAULT_A_MAX,
) -> StateArrays:
    """The state of every contact just after its last interaction (all of them counted).

    half_life: one per contact, already resolved (no NaN). The activation is the capped recurrence over
    the contact's events in day order (sorted here unless already in (contact, day) order); gave and
    received decay each weight from its own day to the contact's last day, so no exponent is positive
    and nothing overflows.
    """
    n = int(n_contacts)
    c, t, w, d = _events(contact, day, weight, direction, n)
    h = np.asarray(half_life, dtype=np.float64)
    if not _in_order(c, t):
        order = event_order(c, t)
        c, t, w, d = c[order], t[order], w[order], d[order]
    last = np.full(n, np.nan)
    activation = np.zeros(n)
    if c.size:
        ends = np.flatnonzero(np.append(c[1:] != c[:-1], True))
        last[c[ends]] = t[ends]
        activation[c[ends]] = activation_at_events(c, t, w, h[c], a_max)[ends]
    decayed = w * np.exp2((t - last[c]) / h[c]) if c.size else w
    sums = np.bincount(c * 3 + d, weights=decayed, minlength=3 * n).reshape(n, 3)
    return StateArrays(
        last=last,
        activation=activation,
        gave=sums[:, GAVE] + sums[:, MUTUAL],
        received=sums[:, RECEIVED] + sums[:, MUTUAL],
        usual_gap=usual_gaps(n, c, t),
    )


def event_order(c: IntArray, t: FloatArray) -> IntArray:
    """The permutation that sorts events by contact, then day: one stable argsort of a float key
    (contact * span + day, span a power of two), 3x faster than np.lexsort on two keys (measured)."""
    base = float(t.min())
    span = 2.0 ** math.ceil(math.log2(float(t.max()) - base + 2.0))
    order: IntArray = np.argsort(c * span + (t - base), kind="stable")
    return order


def _in_order(c: IntArray, t: FloatArray) -> bool:
    """Whether events are sorted by contact, then day."""
    if c.size < 2:
        return True
    dc = np.diff(c)
    return bool(np.all((dc > 0) | ((dc == 0) & (np.diff(t) >= 0))))


def project(
    state: StateArrays,
    now: float,
    params: StrengthParams,
    half_life: FloatArray,
    cadence: FloatArray,
    *,
    rhythm: bool = True,
) -> StrengthArrays:
    """Strength, forecast, reciprocity, trend and (with rhythm) silence on day `now`, from the state.

    half_life: per contact, resolved; cadence: per contact, NaN for none. The state must hold no
    interaction after `now`.
    """
    h = half_life
    cad = np.where(cadence > 0, cadence, np.nan)
    last = state.last
    met = ~np.isnan(last)
    factor = np.where(met, np.exp2(-(now - np.where(met, last, now)) / h), 0.0)
    activation = state.activation * factor
    gave = state.gave * factor
    received = state.received * factor
    strength = -np.expm1(-activation)

    a_star = params.a_star
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = now + h * np.log2(activation / a_star)
    crossing = np.where(met, np.fmax(crossing, last), np.nan)
    due = np.fmin(crossing, last + cad)
    due = np.where(met, due, np.where(np.isnan(cad), np.nan, now))
    next_contact = last + np.where(np.isnan(cad), state.usual_gap, cad)

    trend = np.where(met, np.where(now - last <= params.trend_window, 1, -1), 0).astype(np.int8)

    result = StrengthArrays(
        activation=activation,
        strength=strength,
        last_contact=last,
        crossing=crossing,
        due=due,
        gave=gave,
        received=received,
        balance=gave - received,
        trend=trend,
        next_contact=next_contact,
    )
    if not rhythm:
        return result
    gap = state.usual_gap
    gap = np.where(np.isnan(gap), np.where(np.isnan(cad), h, cad), gap)
    ratio = np.where(met, (now - last) / np.maximum(gap, 1.0), np.nan)
    silence = np.select(
        [~met, ratio > params.lost_ratio, ratio > params.warning_ratio],
        [SILENCE_NONE, SILENCE_LOST, SILENCE_WARNING],
        SILENCE_OK,
    ).astype(np.int8)
    return StrengthArrays(
        **{**result.__dict__, "usual_gap": gap, "silence_ratio": ratio, "silence": silence}
    )


def compute(
    n_contacts: int,
    contact: npt.ArrayLike,
    day: npt.ArrayLike,
    weight: npt.ArrayLike,
    direction: npt.ArrayLike,
    now: float,
    params: StrengthParams,
    half_life: FloatArray | None = None,
    cadence: FloatArray | None = None,
    *,
    rhythm: bool = True,
) -> StrengthArrays:
    """Strength, forecast, reciprocity, trend and (with rhythm) silence of every contact, from all
    their interactions: the state just after the last one, projected to `now`.

    contact: index 0..n_contacts-1 per event; day: epoch days; weight: the event's weight; direction:
    GAVE/RECEIVED/MUTUAL. half_life and cadence: per contact, NaN for "default"/"none". Events may come
    in any order; when already sorted by (contact, day) the rhythm step skips one sort.
    """
    n = int(n_contacts)
    c, t, w, d = _events(contact, day, weight, direction, n)
    if t.size and t.max() > now:
        keep = t <= now
        c, t, w, d = c[keep], t[keep], w[keep], d[keep]
    h = resolve_half_lives(n, half_life, params.default_half_life)
    cad = np.full(n, np.nan) if cadence is None else np.asarray(cadence, dtype=np.float64)
    state = state_at_last(n, c, t, w, d, h, params.a_max)
    return project(state, now, params, h, cad, rhythm=rhythm)


def _sorted_days(c: IntArray, t: FloatArray) -> tuple[IntArray, FloatArray]:
    """(contact, day) pairs sorted by contact, then day. Skips the sort when already in order."""
    if _in_order(c, t):
        return c, t
    base = t.min()
    span = 2.0 ** math.ceil(math.log2(t.max() - base + 2.0))
    # Sort one float key: contact * span + (day - base). span is a power of two, so the contact part is
    # exact and whole-day values stay exact; only the pairs are needed, not the permutation.
    key = np.sort(c * span + (t - base))
    cs = np.floor(key / span)
    return cs.astype(np.intp), key - cs * span + base


def usual_gaps(n_contacts: int, contact: IntArray, day: FloatArray) -> FloatArray:
    """Median gap in days between the distinct days each contact was met; NaN with fewer than two."""
    c, t = _sorted_days(np.asarray(contact, dtype=np.intp), np.asarray(day, dtype=np.float64))
    out = np.full(n_contacts, np.nan)
    if c.size < 2:
        return out
    gaps = np.diff(t)
    gc = c[1:]
    keep = (c[1:] == c[:-1]) & (gaps > 0)
    gaps, gc = gaps[keep], gc[keep]
    if gaps.size == 0:
        return out
    if gaps.size > 1 and not np.all((np.diff(gc) > 0) | ((np.diff(gc) == 0) & (np.diff(gaps) >= 0))):
        _, gaps = _sorted_days(gc, gaps)
    counts = np.bincount(gc, minlength=n_contacts)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    has = counts > 0
    lo = starts[has] + (counts[has] - 1) // 2
    hi = starts[has] + counts[has] // 2
    out[has] = 0.5 * (gaps[lo] + gaps[hi])
    return out


# ---------------------------------------------------------------------------------------------- curves


def activation_at_events(contact: IntArray, day: FloatArray, weight: FloatArray, h: FloatArray,
                         a_max: float = DEFAULT_A_MAX) -> FloatArray:
    """A just after each event, for events sorted by (contact, day); h per event.

    The recurrence A_j = min(A_(j-1) * 2^(-(t_j - t_(j-1))/h) + w_j, a_max), restarted at each contact,
    run as a parallel prefix scan over the maps x -> min(a*x + b, c) (log2(n) vector steps, all factors
    in [0, 1], so nothing overflows). A restart is a = 0, so the prefix map of event j sends the empty
    start x = 0 to min(b, c).
    """
    n = contact.size
    a = np.zeros(n)
    if n > 1:
        same = contact[1:] == contact[:-1]
        a[1:] = np.where(same, np.exp2(-(day[1:] - day[:-1]) / h[1:]), 0.0)
    b = np.asarray(weight, dtype=np.float64).copy()
    cap = np.full(n, min(float(a_max), 1e300))  # finite, so 0 * cap is 0, never NaN
    shift = 1
    # Once every window reaches back past its contact's first event, all a are 0 and the steps left
    # would change nothing: the scan takes log2(most events of one person) steps, not log2(n).
    while shift < n and a.any():
        later_a, later_b = a[shift:].copy(), b[shift:].copy()
        cap[shift:] = np.minimum(later_a * cap[:-shift] + later_b, cap[shift:])
        b[shift:] = later_a * b[:-shift] + later_b
        a[shift:] = later_a * a[:-shift]
        shift *= 2
    result: FloatArray = np.minimum(b, cap)
    return result


def strength_at(
    n_curves: int,
    contact: npt.ArrayLike,
    day: npt.ArrayLike,
    weight: npt.ArrayLike,
    half_life: npt.ArrayLike,
    at_curve: npt.ArrayLike,
    at_day: npt.ArrayLike,
    a_max: float = DEFAULT_A_MAX,
) -> FloatArray:
    """Strength of curve at_curve[k] on day at_day[k] (that day's events included), for any queries.

    contact: curve index per event; half_life: one per curve (already resolved, no NaN).
    """
    c = np.asarray(contact, dtype=np.intp)
    t = np.asarray(day, dtype=np.float64)
    w = np.asarray(weight, dtype=np.float64)
    h = np.asarray(half_life, dtype=np.float64)
    q_curve = np.asarray(at_curve, dtype=np.intp)
    q_day = np.asarray(at_day, dtype=np.float64)
    if h.shape != (n_curves,):
        raise ValueError("half_life must have one entry per curve")
    if c.size == 0 or q_day.size == 0:
        return np.zeros(q_day.shape)
    order = np.lexsort((t, c))
    c, t, w = c[order], t[order], w[order]
    a_ev = activation_at_events(c, t, w, h[c], a_max)
    # The last event at or before each query day of the same curve: one searchsorted on (curve, day)
    # keys (span is a power of two, so the curve part is exact).
    base = min(float(t.min()), float(q_day.min()))
    span = 2.0 ** math.ceil(math.log2(max(float(t.max()), float(q_day.max())) - base + 2.0))
    idx = np.searchsorted(c * span + (t - base), q_curve * span + (q_day - base), side="right") - 1
    valid = idx >= 0
    idx_safe = np.where(valid, idx, 0)
    valid &= c[idx_safe] == q_curve
    act = np.where(valid, a_ev[idx_safe] * np.exp2(-(q_day - t[idx_safe]) / h[q_curve]), 0.0)
    strength: FloatArray = -np.expm1(-act)
    return strength


def curve_matrix(
    n_curves: int,
    contact: npt.ArrayLike,
    day: npt.ArrayLike,
    weight: npt.ArrayLike,
    half_life: npt.ArrayLike,
    grid: npt.ArrayLike,
    a_max: float = DEFAULT_A_MAX,
) -> FloatArray:
    """Strength S(t) of several contacts on one grid of epoch days: an (n_curves, len(grid)) array.

    contact: curve index per event; half_life: one per curve (already resolved, no NaN).
    """
    g = np.asarray(grid, dtype=np.float64)
    q_curve = np.repeat(np.arange(n_curves), g.size)
    q_day = np.tile(g, n_curves)
    values = strength_at(n_curves, contact, day, weight, half_life, q_curve, q_day, a_max)
    return values.reshape(n_curves, g.size)


def curve(day: npt.ArrayLike, weight: npt.ArrayLike, half_life: float, grid: npt.ArrayLike,
          a_max: float = DEFAULT_A_MAX) -> FloatArray:
    """Strength S(t) of one contact with interactions at `day` (epoch days) sampled on `grid`."""
    t = np.asarray(day, dtype=np.float64)
    values: FloatArray = curve_matrix(1, np.zeros(t.size, dtype=np.intp), t, weight, [half_life], grid,
                                      a_max)[0]
    return values


def day_grid(start: dt.date, end: dt.date, step: int = 1) -> FloatArray:
    """Epoch days from start to end, every step days; the end is always included."""
    first, last = to_day(start), to_day(end)
    if last < first:
        raise ValueError("the end comes before the start")
    grid = np.arange(first, last + 0.5, max(1, int(step)), dtype=np.float64)
    return grid if grid[-1] == last else np.append(grid, last)


def stack_with_gaps(
    x: FloatArray, values: FloatArray, labels: Sequence[Hashable]
) -> dict[Hashable, tuple[FloatArray, FloatArray]]:
    """One (x, y) pair per label: the rows of that label one after another, a NaN between them.

    Drawn with connect='finite', one plot item per label draws all its curves (tech notes: 2,000 curves
    in 8 ms instead of 1.8 s).
    """
    rows = np.asarray(values, dtype=np.float64)
    if rows.ndim != 2 or rows.shape[0] != len(labels) or rows.shape[1] != x.size:
        raise ValueError("values must be (len(labels), len(x))")
    label_array = np.empty(len(labels), dtype=object)
    label_array[:] = list(labels)
    out: dict[Hashable, tuple[FloatArray, FloatArray]] = {}
    for label in dict.fromkeys(labels):
        chosen = rows[label_array == label]
        k = chosen.shape[0]
        xs = np.empty((k, x.size + 1))
        xs[:, :-1] = x
        xs[:, -1] = np.nan
        ys = np.empty((k, x.size + 1))
        ys[:, :-1] = chosen
        ys[:, -1] = np.nan
        out[label] = (xs.ravel()[:-1], ys.ravel()[:-1])
    return out


def classify(strength: FloatArray, silence: Int8Array, threshold: float) -> Int8Array:
    """0 strong (at or over the threshold), 1 fading, 2 lost (silence past the lost ratio), -1 never met."""
    out = np.where(strength >= threshold, 0, np.where(silence == SILENCE_LOST, 2, 1)).astype(np.int8)
    out[silence == SILENCE_NONE] = -1
    return out


def weights_for(kinds: Sequence[str], explicit: Sequence[float | None], params: StrengthParams) -> FloatArray:
    """Per event: its own weight when set, else the weight of its kind."""
    table: Mapping[str, float] = params.kind_weights
    own = zip(kinds, explicit, strict=True)
    return np.array([float(e) if e is not None else float(table.get(k, 1.0)) for k, e in own])
