"""Issue 4: strength, due date and balance of 100k people from 1M interactions, all at once.

Both sides get the same numpy arrays (made with numpy, seeded). "app" is domain.strength.compute
without the rhythm step (strength, crossing, due, gave/received/balance, last contact, trend), the
figures the issue names; "app+rhythm" adds the usual gap and silence state (a sort of the gaps). The
reference is the least numpy that gives the same sums: one exp2, bincounts, a maximum.at, the
closed-form crossing. Targets: app <= 500 ms and within 1.5x of the reference.
With --db it also times StrengthService.all() on the cached encrypted 100k/1M database (load + compute).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from bench._common import median_ms
from netplanner.domain import strength as ds

PEOPLE = 100_000
EVENTS = 1_000_000
NOW = ds.to_day(ds.EPOCH) + 20_500.0


def make_arrays(seed: int = 4) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    weights = np.array(sorted(ds.default_kind_weights().values()))
    return {
        "contact": rng.integers(0, PEOPLE, EVENTS).astype(np.intp),
        "day": NOW - rng.integers(0, 731, EVENTS).astype(np.float64),
        "weight": weights[rng.integers(0, weights.size, EVENTS)],
        "direction": rng.integers(0, 3, EVENTS).astype(np.intp),
        "half_life": np.where(rng.random(PEOPLE) < 0.1, 400.0, np.nan),
        "cadence": np.where(rng.random(PEOPLE) < 0.2, 30.0, np.nan),
    }


def reference(a: dict[str, np.ndarray], params: ds.StrengthParams) -> tuple[np.ndarray, ...]:
    """The same sums, written as plainly as numpy allows."""
    c, t, w, d = a["contact"], a["day"], a["weight"], a["direction"]
    h = np.where(np.isnan(a["half_life"]), params.default_half_life, a["half_life"])
    decayed = w * np.exp2((t - NOW) / h[c])
    activation = np.bincount(c, decayed, PEOPLE)
    gave = np.bincount(c, decayed * (d == ds.GAVE), PEOPLE)
    received = np.bincount(c, decayed * (d == ds.RECEIVED), PEOPLE)
    strength = 1.0 - np.exp(-activation)
    last = np.full(PEOPLE, -np.inf)
    np.maximum.at(last, c, t)
    with np.errstate(divide="ignore"):
        crossing = NOW + h * np.log2(activation / params.a_star)
    due = np.fmin(np.fmax(crossing, last), last + a["cadence"])
    return strength, due, gave - received


def app(a: dict[str, np.ndarray], params: ds.StrengthParams, *, rhythm: bool) -> ds.StrengthArrays:
    return ds.compute(
        PEOPLE, a["contact"], a["day"], a["weight"], a["direction"], NOW, params,
        a["half_life"], a["cadence"], rhythm=rhythm,
    )


def service_timing() -> None:
    from bench._common import BENCH_KEY, large_database
    from netplanner.demo import DEMO_TODAY
    from netplanner.services.strength import StrengthService
    from netplanner.storage.db import open_database

    db = open_database(large_database(PEOPLE, EVENTS), BENCH_KEY)
    service = StrengthService(db)
    found = len(service.all(DEMO_TODAY))
    total = median_ms(lambda: service.all(DEMO_TODAY), repeat=3)
    print(f"StrengthService.all() on the encrypted db ({found} people): {total:8.1f} ms (load + compute)")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="store_true", help="also time the service on the cached database")
    args = parser.parse_args()

    params = ds.StrengthParams()
    arrays = make_arrays()
    ref = reference(arrays, params)
    got = app(arrays, params, rhythm=False)
    # Same numbers (people met at least once; the app adds rules for the others).
    met = np.isfinite(got.last_contact)
    assert np.allclose(ref[0], got.strength)
    assert np.allclose(ref[2], got.balance)
    assert np.allclose(ref[1][met], got.due[met])

    ref_ms = median_ms(lambda: reference(arrays, params))
    app_ms = median_ms(lambda: app(arrays, params, rhythm=False))
    full_ms = median_ms(lambda: app(arrays, params, rhythm=True))
    print(f"{PEOPLE} people, {EVENTS} interactions (median of 7 runs)")
    print(f"reference numpy            {ref_ms:8.1f} ms")
    print(f"app: strength/due/balance  {app_ms:8.1f} ms   ratio {app_ms / ref_ms:4.2f}x"
          "   (target <= 500 ms, <= 1.5x)")
    print(f"app + rhythm (silence)     {full_ms:8.1f} ms   ratio {full_ms / ref_ms:4.2f}x")
    sorted_arrays = dict(arrays)
    order = np.lexsort((arrays["day"], arrays["contact"]))
    for key in ("contact", "day", "weight", "direction"):
        sorted_arrays[key] = arrays[key][order]
    sorted_ms = median_ms(lambda: app(sorted_arrays, params, rhythm=True))
    print(f"app + rhythm, events pre-sorted   {sorted_ms:8.1f} ms   (sorted by person, then day)")
    if args.db:
        service_timing()
    ok = app_ms <= 500 and app_ms <= 1.5 * ref_ms
    print("OK" if ok else "TARGET MISSED")


if __name__ == "__main__":
    main()
