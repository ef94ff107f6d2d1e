"""A sort in slices (so a worker lets the GUI thread in between) gives exactly what one sort gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.gui.models import base
from netplanner.gui.models.base import sorted_in_turns, swedish_collator


# Only a module constant is patched: the same value for every example.
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(0, 5), st.integers()), max_size=200))
def test_it_is_one_stable_sort(monkeypatch: pytest.MonkeyPatch, items: list[tuple[int, int]]) -> None:
    monkeypatch.setattr(base, "SORT_SLICE", 7)
    # Keys with many ties: equal keys keep their order, as in sorted().
    assert sorted_in_turns(items, lambda item: item[0]) == sorted(items, key=lambda item: item[0])


def test_names_in_swedish_order_across_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "SORT_SLICE", 3)
    collator = swedish_collator()
    names = ["Östen", "Åsa", "Zara", "adam", "Ärla", "Bo", "Anna", "Örjan", "Zoe", "bertil"]
    keys = {name: collator.sortKey(name) for name in names}
    assert sorted_in_turns(names, keys.__getitem__) == [
        "adam", "Anna", "bertil", "Bo", "Zara", "Zoe", "Åsa", "Ärla", "Örjan", "Östen"]
