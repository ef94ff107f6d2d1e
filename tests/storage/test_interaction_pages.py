"""Everyone's interactions a page at a time: the pages together are the whole list, in its order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.services.facade import Services
from netplanner.services.interaction_pages import Filter, InteractionPages
from netplanner.services.interactions import InteractionRow

DAY = dt.date(2026, 11, 10)


@pytest.fixture
def logged(services: Services) -> Services:
    """Forty interactions over ten days, two to a day, with lunches of three that share a day with
    others, and one person in the Trash."""
    people = [services.contacts.add(name=f"Person {n:02d}").id for n in range(8)]
    for n in range(40):
        day = DAY - dt.timedelta(days=n // 4)
        if n % 7 == 3:
            services.interactions.log_occasion(people[n % 5: n % 5 + 3], "lunch", day, summary=f"lunch {n}")
        else:
            services.interactions.log(people[n % 8], "coffee" if n % 2 else "call", day, summary=f"#{n}")
    services.contacts.trash([people[7]])
    return services


def read_all(pages: InteractionPages, shown: Filter, size: int, newest_first: bool = True
             ) -> list[InteractionRow]:
    rows: list[InteractionRow] = []
    page = pages.page(shown, newest_first=newest_first, limit=size)
    rows.extend(page.rows)
    while page.more:
        assert page.rows  # a page is never empty while there are more (the table would stop there)
        page = pages.page(shown, newest_first=newest_first, after=page.cursor, limit=size)
        rows.extend(page.rows)
    return rows


FILTERS = [Filter(), Filter(kind="lunch"), Filter(kind="coffee"),
           Filter(since=DAY - dt.timedelta(days=5)), Filter(until=DAY - dt.timedelta(days=2)),
           Filter(kind="call", since=DAY - dt.timedelta(days=6), until=DAY - dt.timedelta(days=1))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# The fixture only reads, so one database serves every example.
@given(size=st.integers(1, 45), which=st.sampled_from(FILTERS))
def test_the_pages_are_the_whole_list_with_each_occasion_once(logged: Services, size: int,
                                                              which: Filter) -> None:
    expected = logged.interactions.occasions(kind=which.kind, since=which.since, until=which.until)
    assert read_all(logged.interaction_pages, which, size) == expected
    assert logged.interaction_pages.count(which) == len(expected)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.integers(1, 45))
def test_oldest_first_is_the_same_rows_the_other_way(logged: Services, size: int) -> None:
    newest = read_all(logged.interaction_pages, Filter(), size)
    oldest = read_all(logged.interaction_pages, Filter(), size, newest_first=False)
    assert sorted(oldest, key=lambda r: r.id) == sorted(newest, key=lambda r: r.id)
    keys = [(r.occurred_on, r.id) for r in oldest]
    assert keys == sorted(keys)


def test_the_lunches_show_everyone_and_the_trash_is_left_out(logged: Services) -> None:
    rows = read_all(logged.interaction_pages, Filter(kind="lunch"), 2)
    assert rows
    assert all(len(row.people) == 3 for row in rows)
    trashed = {row.id for row in logged.contacts.rows(trash=True)}
    everyone = read_all(logged.interaction_pages, Filter(), 7)
    assert trashed
    assert not trashed & {row.contact_id for row in everyone}
    assert all(cid not in trashed for row in everyone for cid, _name in row.people)


def test_a_page_after_the_last_is_empty(logged: Services) -> None:
    pages = logged.interaction_pages
    whole = pages.page(limit=1000)
    assert not whole.more
    after = pages.page(after=whole.cursor)
    assert after.rows == []
    assert not after.more
    assert after.cursor == whole.cursor


def test_an_occasion_bigger_than_a_page_is_one_row_and_no_page_is_empty(services: Services) -> None:
    people = [services.contacts.add(name=f"Guest {n}").id for n in range(9)]
    services.interactions.log(people[0], "call", DAY - dt.timedelta(days=1), summary="before")
    services.interactions.log_occasion(people, "meeting", DAY, summary="all hands")
    services.interactions.log(people[1], "coffee", DAY, summary="after")
    for newest_first in (True, False):
        rows = read_all(services.interaction_pages, Filter(), 2, newest_first)
        summaries = [row.summary for row in rows]
        assert sorted(summaries) == ["after", "all hands", "before"]
        assert len(next(row for row in rows if row.summary == "all hands").people) == 9
