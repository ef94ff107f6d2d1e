"""The CLI plan's wording: one week, several weeks (never "week(s)")."""

from __future__ import annotations

from netplanner.commands.plan import format_plan
from netplanner.domain import planner as dp
from tests.unit.test_planner import TODAY, network


def test_the_plan_header_says_week_or_weeks() -> None:
    one = format_plan(dp.build_plan(network(), TODAY, weeks=1, capacity=3))
    eight = format_plan(dp.build_plan(network(), TODAY, weeks=8, capacity=3))
    assert one.startswith("Outreach plan for 1 week from ")
    assert eight.startswith("Outreach plan for 8 weeks from ")
    assert "(s)" not in one + eight
