"""Properties of the strength model (domain/strength), checked with hypothesis against plain loops."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplanner.domain import strength as ds

P = ds.StrengthParams()
NOW = 20_000.0

days = st.integers(min_value=0, max_value=1500).map(lambda back: NOW - back)
weights = st.sampled_from(sorted(set(ds.default_kind_weights().values())))
directions = st.sampled_from([ds.GAVE, ds.RECEIVED, ds.MUTUAL])


@dataclass(frozen=True)
class Net:
    n: int
    contact: np.ndarray
    day: np.ndarray
    weight: np.ndarray
    direction: np.ndarray
    half_life: np.ndarray
    cadence: np.ndarray

    def reordered(self, order: np.ndarray) -> Net:
        return replace(
            self,
            contact=self.contact[order],
            day=self.day[order],
            weight=self.weight[order],
            direction=self.direction[order],
        )

    def plus(self, person: int, day: float, weight: float, direction: int) -> Net:
        return replace(
            self,
            contact=np.append(self.contact, person),
            day=np.append(self.day, day),
            weight=np.append(self.weight, weight),
            direction=np.append(self.direction, direction),
        )


@st.composite
def networks(draw: st.DrawFn, max_people: int = 6, max_events: int = 40) -> Net:
    n = draw(st.integers(1, max_people))
    k = draw(st.integers(0, max_events))

    def several(strategy: st.SearchStrategy[Any], size: int) -> list[Any]:
        return draw(st.lists(strategy, min_size=size, max_size=size))

    cadences = st.one_of(st.just(math.nan), st.integers(7, 365).map(float))
    return Net(
        n=n,
        contact=np.array(several(st.integers(0, n - 1), k), dtype=np.intp),
        day=np.array(several(days, k), dtype=np.float64),
        weight=np.array(several(weights, k), dtype=np.float64),
        direction=np.array(several(directions, k), dtype=np.intp),
        half_life=np.array(several(st.one_of(st.just(math.nan), st.floats(5.0, 2000.0)), n)),
        cadence=np.array(several(cadences, n)),
    )


def run(net: Net, now: float = NOW, *, rhythm: bool = True) -> ds.StrengthArrays:
    return ds.compute(
        net.n, net.contact, net.day, net.weight, net.direction, now, P, net.half_life, net.cadence,
        rhythm=rhythm,
    )


def loop_reference(net: Net, now: float) -> list[dict[str, float]]:
    """The model written out plainly, one person at a time."""
    out = []
    a_star = -math.log(1 - P.threshold)
    for person in range(net.n):
        h = float(net.half_life[person])
        h = P.default_half_life if math.isnan(h) else h
        cadence = float(net.cadence[person])
        mine = [
            (float(t), float(w), int(d))
            for c, t, w, d in zip(net.contact, net.day, net.weight, net.direction, strict=True)
            if c == person and t <= now
        ]
        # The activation: each interaction lifts it by its weight, up to the ceiling, in day order.
        act, at = 0.0, -math.inf
        for t, w, _ in sorted(mine):
            act = min(act * 2 ** (-(t - at) / h) + w, P.a_max) if at > -math.inf else min(w, P.a_max)
            at = t
        act = act * 2 ** (-(now - at) / h) if mine else 0.0
        # Give and take: a mutual exchange counts on both sides.
        gave = sum(w * 2 ** (-(now - t) / h) for t, w, d in mine if d in (ds.GAVE, ds.MUTUAL))
        received = sum(w * 2 ** (-(now - t) / h) for t, w, d in mine if d in (ds.RECEIVED, ds.MUTUAL))
        row = {"activation": act, "strength": 1 - math.exp(-act), "gave": gave, "received": received}
        if not mine:
            due = math.nan if math.isnan(cadence) else now
            row |= {"last": math.nan, "crossing": math.nan, "due": due, "next": math.nan}
            row |= {"trend": 0, "gap": cadence if not math.isnan(cadence) else h, "silence": ds.SILENCE_NONE}
            out.append(row)
            continue
        last = max(t for t, _, _ in mine)
        crossing = now + h * math.log2(act / a_star) if act > 0 else -math.inf
        crossing = max(crossing, last)
        due = crossing if math.isnan(cadence) else min(crossing, last + cadence)
        distinct = sorted({t for t, _, _ in mine})
        gaps = [b - a for a, b in itertools.pairwise(distinct)]
        gap = statistics.median(gaps) if gaps else (h if math.isnan(cadence) else cadence)
        rhythm = statistics.median(gaps) if gaps else math.nan
        row["next"] = last + (rhythm if math.isnan(cadence) else cadence)
        ratio = (now - last) / max(gap, 1.0)
        silence = ds.SILENCE_LOST if ratio > 8 else ds.SILENCE_WARNING if ratio > 2 else ds.SILENCE_OK
        row |= {"last": last, "crossing": crossing, "due": due, "gap": gap, "silence": silence}
        row |= {"trend": 1 if now - last <= 14 else -1}
        out.append(row)
    return out


@settings(max_examples=150, deadline=None)
@given(networks(), st.integers(0, 200))
def test_vectorised_equals_plain_loop(net: Net, back: int) -> None:
    now = NOW - back  # some events lie in the future of `now` and must not count
    got = run(net, now)
    for person, want in enumerate(loop_reference(net, now)):
        assert got.activation[person] == pytest.approx(want["activation"], rel=1e-9, abs=1e-12)
        assert got.strength[person] == pytest.approx(want["strength"], rel=1e-9, abs=1e-12)
        assert got.gave[person] == pytest.approx(want["gave"], rel=1e-9, abs=1e-12)
        assert got.received[person] == pytest.approx(want["received"], rel=1e-9, abs=1e-12)
        assert got.balance[person] == pytest.approx(want["gave"] - want["received"], abs=1e-9)
        assert got.next_contact is not None
        for key, mine in (("last", got.last_contact), ("crossing", got.crossing), ("due", got.due),
                          ("next", got.next_contact)):
            assert mine[person] == pytest.approx(want[key], rel=1e-9, nan_ok=True), key
        assert got.trend[person] == want["trend"]
        assert got.usual_gap is not None
        assert got.silence is not None
        assert got.usual_gap[person] == pytest.approx(want["gap"])
        assert got.silence[person] == want["silence"]


@settings(max_examples=100, deadline=None)
@given(networks(), st.integers(1, 3000))
def test_without_new_interactions_strength_never_rises(net: Net, later: int) -> None:
    before = run(net, NOW)
    after = run(net, NOW + later)  # every event is at or before NOW
    assert np.all(after.strength <= before.strength + 1e-12)


@settings(max_examples=100, deadline=None)
@given(networks(), days, weights, directions)
def test_an_interaction_never_lowers_strength(net: Net, on: float, weight: float, way: int) -> None:
    person = 0
    before, after = run(net), run(net.plus(person, on, weight, way))
    assert np.all(after.strength >= before.strength - 1e-12)
    assert after.activation[person] >= before.activation[person]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 400), weights), min_size=1, max_size=15),
    st.floats(5.0, 1500.0),
)
def test_closed_form_crossing_agrees_with_numeric_search(
    events: list[tuple[int, float]], half_life: float
) -> None:
    day = np.array([NOW - back for back, _ in events])
    weight = np.array([w for _, w in events])
    got = ds.compute(1, np.zeros(day.size, dtype=np.intp), day, weight, np.zeros(day.size), NOW, P,
                     np.array([half_life]))
    crossing = float(got.crossing[0])
    threshold = P.threshold

    def strength_at(t: float) -> float:
        return float(ds.curve(day, weight, half_life, [t])[0])

    if strength_at(NOW) < threshold:
        # Already below: the crossing lies in the past, at or after the last contact, and from then on
        # it stays below until now.
        assert day.max() <= crossing <= NOW
        assert strength_at(crossing + 1e-6) < threshold
        return
    # Numeric search: bisection for the first moment after NOW when S drops below the threshold.
    lo, hi = NOW, NOW + 1.0
    while strength_at(hi) >= threshold:
        hi = NOW + 2 * (hi - NOW)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if strength_at(mid) >= threshold else (lo, mid)
    assert crossing == pytest.approx(hi, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(networks(max_people=4, max_events=25))
def test_curves_sample_the_same_strength(net: Net) -> None:
    grid = np.arange(NOW - 1600, NOW + 200, 37.0)
    h = np.where(np.isnan(net.half_life), P.default_half_life, net.half_life)
    matrix = ds.curve_matrix(net.n, net.contact, net.day, net.weight, h, grid)
    for column, g in enumerate(grid):
        assert matrix[:, column] == pytest.approx(run(net, float(g), rhythm=False).strength, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(networks())
def test_event_order_does_not_matter(net: Net) -> None:
    order = np.lexsort((net.day, net.contact))
    shuffled = np.random.default_rng(7).permutation(order.size)
    a, b = run(net.reordered(order)), run(net.reordered(shuffled))
    np.testing.assert_allclose(a.strength, b.strength, rtol=1e-12)
    np.testing.assert_array_equal(np.asarray(a.usual_gap), np.asarray(b.usual_gap))
    np.testing.assert_array_equal(a.last_contact, b.last_contact)


def test_never_met_due_today_only_with_a_cadence() -> None:
    got = ds.compute(2, [], [], [], [], NOW, P, None, np.array([30.0, np.nan]))
    assert got.strength.tolist() == [0.0, 0.0]
    assert got.due[0] == NOW
    assert math.isnan(got.due[1])
    assert math.isnan(got.crossing[0])
    assert math.isnan(got.last_contact[0])
    assert got.trend.tolist() == [0, 0]
    assert got.silence is not None
    assert got.silence.tolist() == [ds.SILENCE_NONE] * 2


def test_mutual_counts_on_both_sides_and_leaves_the_balance() -> None:
    way = [ds.GAVE, ds.RECEIVED, ds.MUTUAL]
    got = ds.compute(1, [0, 0, 0], [NOW, NOW, NOW], [1.0, 0.5, 2.0], way, NOW, P)
    assert got.gave[0] == pytest.approx(3.0)
    assert got.received[0] == pytest.approx(2.5)
    assert got.balance[0] == pytest.approx(0.5)
    assert got.activation[0] == pytest.approx(P.a_max)  # 3.5 capped


def test_one_mutual_coffee_shows_in_give_and_take() -> None:
    got = ds.compute(1, [0], [NOW - 3], [0.8], [ds.MUTUAL], NOW, P)
    assert got.gave[0] > 0
    assert got.received[0] > 0
    assert got.gave[0] == pytest.approx(got.received[0])


def test_the_ceiling_bounds_strength_and_the_fade() -> None:
    """A busy tie (weekly lunches for two years) at the default half-life: strength tops out near 95 %,
    and without new contact it fades below the threshold within months, not years."""
    met = [NOW - 7 * k for k in range(104)]
    got = ds.compute(1, [0] * 104, met, [1.0] * 104, [ds.MUTUAL] * 104, NOW, P)
    assert got.strength[0] == pytest.approx(1 - math.exp(-3.0))
    fade_days = got.crossing[0] - NOW
    assert fade_days == pytest.approx(P.default_half_life * math.log2(P.a_max / P.a_star))
    assert 250 < fade_days < 330  # about ten months
    long_tie = ds.compute(1, [0] * 104, met, [1.0] * 104, [ds.MUTUAL] * 104, NOW, P, np.array([1000.0]))
    assert long_tie.crossing[0] - NOW > 5 * 365  # a long half-life stays the user's way to say "durable"


def test_next_contact_follows_the_cadence_else_the_rhythm() -> None:
    met = [NOW - 30, NOW - 20, NOW - 10]
    got = ds.compute(3, [0, 0, 0, 1, 1, 1, 2], [*met, *met, NOW - 5], [0.8] * 7, [ds.GAVE] * 7, NOW, P,
                     None, np.array([math.nan, 45.0, math.nan]))
    assert got.next_contact is not None
    assert got.next_contact[0] == NOW  # every 10 days, last met 10 days ago
    assert got.next_contact[1] == NOW - 10 + 45
    assert math.isnan(got.next_contact[2])  # one meeting, no cadence: no rhythm yet


@settings(max_examples=100, deadline=None)
@given(networks(), st.integers(0, 400))
def test_the_state_at_the_last_interaction_projected_equals_the_full_computation(net: Net,
                                                                                later: int) -> None:
    """What the database stores per person (the state just after the last interaction) projected to any
    later day gives exactly what computing from all interactions gives."""
    h = ds.resolve_half_lives(net.n, net.half_life, P.default_half_life)
    state = ds.state_at_last(net.n, net.contact, net.day, net.weight, net.direction, h, P.a_max)
    now = NOW + later
    got = ds.project(state, now, P, h, net.cadence)
    want = run(net, now)
    for name in ("activation", "strength", "gave", "received", "crossing", "due", "next_contact"):
        np.testing.assert_allclose(getattr(got, name), getattr(want, name), rtol=1e-9, atol=1e-12,
                                   err_msg=name)
    # ...and the same as the state rebuilt one person at a time (how dirty rows are repaired).
    for person in range(net.n):
        mine = net.contact == person
        one = ds.state_at_last(1, np.zeros(int(mine.sum()), dtype=np.intp), net.day[mine], net.weight[mine],
                               net.direction[mine], h[person:person + 1], P.a_max)
        assert one.activation[0] == pytest.approx(state.activation[person], rel=1e-9, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(networks())
def test_activation_never_exceeds_the_ceiling(net: Net) -> None:
    got = run(net)
    assert np.all(got.activation <= P.a_max + 1e-12)
    assert np.all(got.strength <= P.s_max + 1e-12)


def test_silence_states_follow_the_usual_rhythm() -> None:
    # Met every 10 days, then silence of 15 (ok), 30 (warning) and 90 (lost) days.
    met = [NOW - 200 + 10 * i for i in range(5)]
    last = met[-1]
    states = []
    for silent in (15, 30, 90):
        silence = ds.compute(1, [0] * 5, met, [1.0] * 5, [2] * 5, last + silent, P).silence
        assert silence is not None
        states.append(int(silence[0]))
    assert states == [ds.SILENCE_OK, ds.SILENCE_WARNING, ds.SILENCE_LOST]


def test_stack_with_gaps_puts_each_category_in_one_array() -> None:
    x = np.arange(4.0)
    values = np.arange(12.0).reshape(3, 4)
    out = ds.stack_with_gaps(x, values, ["a", "b", "a"])
    xs, ys = out["a"]
    assert xs.size == ys.size == 9
    assert np.isnan(ys[4])
    assert np.isnan(xs[4])
    assert ys[:4].tolist() == [0, 1, 2, 3]
    assert ys[5:].tolist() == [8, 9, 10, 11]
    assert out["b"][1].tolist() == [4, 5, 6, 7]


def test_day_conversions() -> None:
    day = dt.date(2026, 11, 16)
    assert ds.from_day(ds.to_day(day)) == day
    assert ds.from_day(ds.to_day(day) + 0.2, up=True) == day + dt.timedelta(days=1)
    assert ds.from_day(math.nan) is None
    assert ds.to_day(dt.date(1970, 1, 2)) == 1.0


def test_params_validate() -> None:
    assert ds.StrengthParams().a_star == pytest.approx(-math.log(0.65))
    with pytest.raises(ValueError, match="threshold"):
        ds.StrengthParams(threshold=1.5)
