"""The import's key index (numpy arrays plus a dict of the latest keys) answers as a dict filled with
setdefault would: the first entry for a key wins, across merges; and LinkedIn dates read without dateutil
are the dates dateutil reads."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplanner.interop import csv_formats
from netplanner.services import importing

HASH = st.integers(min_value=-(2**63), max_value=2**63 - 1)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SMALL = st.integers(min_value=-20, max_value=20)  # repeats, so first-wins is exercised


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.lists(st.tuples(st.one_of(SMALL, HASH), st.integers(0, 2**40)), max_size=30),
                          st.lists(st.one_of(SMALL, HASH), max_size=20)), max_size=25))  # fmt: skip
def test_key_index_is_a_first_wins_dict(steps: list[tuple[list[tuple[int, int]], list[int]]]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importing, "KEY_BUFFER", 7)  # merge into the arrays often
        index = importing._KeyIndex()
        expected: dict[int, int] = {}
        for pairs, queries in steps:
            index.add(pairs)
            for key_hash, entry in pairs:
                expected.setdefault(key_hash, entry)
            wanted = queries + [h for h, _e in pairs[:3]]
            assert index.lookup(wanted) == {h: expected[h] for h in wanted if h in expected}
        assert list(index.hashes) == sorted(set(index.hashes.tolist()))


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_linkedin_dates_read_fast_are_what_dateutil_reads(day: dt.date, padded: bool) -> None:
    month = MONTHS[day.month - 1]  # English whatever the locale, as LinkedIn writes them
    text = f"{day.day:02d} {month} {day.year}" if padded else f"{day.day} {month} {day.year}"
    assert csv_formats.parse_date(text) == day
    csv_formats.parse_date.cache_clear()


def test_an_impossible_linkedin_date_is_still_refused() -> None:
    with pytest.raises(ValueError, match="31 Jun 2020"):
        csv_formats.parse_date("31 Jun 2020")
