"""Helpers shared by the benchmark scripts: timing medians and cached large example databases."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench._cache import CACHE
from netplanner.demo import build_large
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

#: A fixed key so the cached benchmark database can be reopened between runs (benchmark data only).
BENCH_KEY = RawKey(bytes(range(32)))


def median_ms(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def large_database(contacts: int, interactions: int) -> Path:
    """A database with this many synthetic people and interactions, built once and cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"bench-{contacts}-{interactions}.db"
    if not path.exists():
        print(f"building {path.name} (once) ...", flush=True)
        db = open_database(path, BENCH_KEY, create=True)
        build_large(Services(db), contacts, interactions)
        db.close()
    return path
