"""The outreach planner's rules on a hand-built network with a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplanner.domain import network as dn
from netplanner.domain import planner as dp

TODAY = dt.date(2026, 3, 4)  # a Wednesday; the week starts on Monday 2 March
D = dt.date


def network() -> dp.PlanInput:
    people = {
        1: dp.Person(1, "Anna Berg", strength=0.31, last_contact=D(2025, 9, 2), last_kind="lunch",
                     due=D(2026, 2, 20)),
        2: dp.Person(2, "Bo Ek", strength=0.6, last_contact=D(2026, 2, 10), last_kind="coffee",
                     due=D(2026, 3, 25), questions=("Which numbers matter?",)),
        3: dp.Person(3, "Cia Dahl", strength=0.5, last_contact=D(2026, 1, 5), last_kind="meeting",
                     due=D(2026, 4, 15)),
        4: dp.Person(4, "Dan Falk", status="prospect"),
        5: dp.Person(5, "Eva Gran", status="prospect"),
        6: dp.Person(6, "Fia Holm", strength=0.8, last_contact=D(2026, 2, 15), last_kind="coffee",
                     due=D(2026, 6, 1)),
        7: dp.Person(7, "Gus Ivarsson", strength=0.5, last_contact=D(2026, 2, 20), last_kind="short_question",
                     due=D(2026, 5, 1), balance=-0.5, asks_since_gave=3, can_offer="Python help"),
        8: dp.Person(8, "Hel Jonsson", status="archived", strength=0.1, last_contact=D(2025, 1, 1),
                     last_kind="call", due=D(2025, 3, 1)),
        9: dp.Person(9, "Ida Kvist", strength=0.4, last_contact=D(2026, 1, 1), last_kind="call",
                     due=D(2026, 3, 1)),
    }
    goals = [dn.GoalInfo(1, "Public speaking", priority=5), dn.GoalInfo(2, "Finance", priority=2),
             dn.GoalInfo(3, "Spanish", priority=4, status="paused")]
    links = [dn.Link(1, 1, "mentor", 3), dn.Link(2, 2, "expert", 3), dn.Link(1, 4, "peer", 2),
             dn.Link(2, 5, "expert", 3), dn.Link(3, 9, "mentor", 3), dn.Link(1, 8, "expert", 3)]
    follow_ups = [dp.Commitment(101, 6, D(2026, 3, 1), "coffee", D(2026, 2, 15), "Talked about budgets")]
    thanks = [dp.Commitment(102, 7, D(2026, 2, 20), "short_question", D(2026, 2, 20))]
    return dp.PlanInput(people, goals, links, follow_ups, thanks, threshold=0.35)


def test_exact_plan_for_a_hand_built_network() -> None:
    plan = dp.build_plan(network(), TODAY, weeks=3, capacity=3)
    got = [(w.week_start, i.contact_id, i.category, i.kind, i.reason) for w in plan.weeks for i in w.items]
    assert got == [
        (D(2026, 3, 2), 6, "follow_up", "call",
         "follow-up of coffee on 15 Feb (due 1 Mar); strength 80 % since coffee on 15 Feb"),
        (D(2026, 3, 2), 7, "thanks", "message",
         "thank for short question on 20 Feb; strength 50 % since short question on 20 Feb"),
        (D(2026, 3, 2), 1, "touch", "lunch",
         "strength 31 % since lunch on 2 Sep 2025; overdue since 20 Feb; mentor for Public speaking"),
        (D(2026, 3, 9), 2, "touch", "coffee",
         "strength 60 % since coffee on 10 Feb; due 25 Mar; expert for Finance"),
        (D(2026, 3, 9), 9, "touch", "coffee",
         "strength 40 % since call on 1 Jan; overdue since 1 Mar; tied to no goal"),
        (D(2026, 3, 9), 4, "first_touch", "short_question",
         "not met yet; prepare: what do you want to learn?; "
         "peer for Public speaking, a goal with no strong support yet"),
        (D(2026, 3, 16), 3, "touch", "coffee",
         "strength 50 % since meeting on 5 Jan; due 15 Apr; tied to no goal"),
    ]
    items = {i.contact_id: i for i in plan.items()}
    assert items[7].give_first == ("you have asked Gus for help three times since you last gave something; "
                                   "offer something (Python help)")
    assert items[6].commitments == (101,)
    assert items[6].context == ("Talked about budgets",)
    assert items[2].questions == ("Which numbers matter?",)
    assert items[1].title == "Lunch with Anna Berg"
    assert items[4].title == "Short question to Dan Falk"
    assert items[6].title == "Follow up with Fia Holm"
    assert items[1].score == pytest.approx(5.0)
    assert items[2].score == pytest.approx(2 * 2 ** (-16 / 21))
    assert 5 not in items  # Finance has a strong supporter: no gap, no first touch for Eva
    assert 8 not in items  # archived


def test_the_plan_is_deterministic() -> None:
    assert dp.build_plan(network(), TODAY, 4, 3) == dp.build_plan(network(), TODAY, 4, 3)


def test_capacity_one_puts_commitments_first() -> None:
    plan = dp.build_plan(network(), TODAY, weeks=3, capacity=1)
    assert [[i.contact_id for i in w.items] for w in plan.weeks] == [[6], [7], [1]]


def test_importance_and_urgency() -> None:
    net = network()
    assert dp.importance(1, net) == pytest.approx(5.0)
    assert dp.importance(4, net) == pytest.approx(10 / 3)
    assert dp.importance(9, net) == dn.IMPORTANCE_FLOOR  # its goal is not active
    assert dp.importance(3, net) == dn.IMPORTANCE_FLOOR
    assert dp.urgency(D(2026, 3, 1), TODAY) == 1.0
    assert dp.urgency(TODAY, TODAY) == 1.0
    assert dp.urgency(TODAY + dt.timedelta(days=21), TODAY) == pytest.approx(0.5)
    assert dp.urgency(None, TODAY) == 0.0
    assert dp.gap_goals(net) == {1}


def test_give_first_from_the_balance() -> None:
    person = dp.Person(1, "Maria Lindqvist", balance=-1.4)
    assert dp.give_first_hint(person) == (
        "you have received more from Maria than you have given lately; offer something")
    assert dp.give_first_hint(dp.Person(1, "Maria Lindqvist", balance=0.2, asks_since_gave=2)) == ""


def test_stored_weeks_are_kept_and_their_people_not_proposed_again() -> None:
    kept = dp.Kept(touch_id=40, contact_id=3, kind="call", reason="stored reason", category="touch")
    states = {D(2026, 3, 2): dp.WeekState((kept,), complete=True)}
    plan = dp.build_plan(network(), TODAY, weeks=2, capacity=3, states=states)
    assert [(i.contact_id, i.touch_id) for i in plan.weeks[0].items] == [(3, 40)]
    # The reason is written now from the network (links made since, the language now), not as stored.
    reason = plan.weeks[0].items[0].reason
    assert reason != "stored reason"
    assert reason == "strength 50 % since meeting on 5 Jan; due 15 Apr; tied to no goal"
    second = [i.contact_id for i in plan.weeks[1].items]
    assert second == [6, 7, 1]
    assert 3 not in second


def test_an_incomplete_week_is_filled_around_what_it_keeps() -> None:
    done = dp.Kept(touch_id=41, contact_id=1, kind="lunch", reason="r", category="touch", status="done")
    states = {D(2026, 3, 2): dp.WeekState((done,), excluded=frozenset({6}), complete=False)}
    week = dp.build_plan(network(), TODAY, weeks=1, capacity=3, states=states).weeks[0]
    assert [(i.contact_id, i.status) for i in week.items] == [(1, "done"), (7, "planned"), (4, "planned")]


def test_suggested_start_is_a_weekday_not_before_today() -> None:
    saturday = D(2026, 3, 7)
    start = dp.suggested_start(dn.week_start(saturday), 0, "coffee", saturday)
    assert start == dt.datetime(2026, 3, 9, 10, 0)
    assert dp.suggested_start(D(2026, 3, 9), 0, "lunch", TODAY) == dt.datetime(2026, 3, 10, 12, 0)
    assert dp.duration_minutes("lunch") == 60


people_ids = st.integers(min_value=1, max_value=30)


@st.composite
def networks(draw: st.DrawFn) -> dp.PlanInput:
    people = {}
    for cid in sorted(draw(st.sets(people_ids, min_size=1, max_size=25))):
        met = draw(st.booleans())
        people[cid] = dp.Person(
            cid, f"P{cid:02d}", strength=draw(st.floats(0, 1)) if met else 0.0,
            last_contact=TODAY - dt.timedelta(days=draw(st.integers(1, 400))) if met else None,
            last_kind="coffee" if met else None,
            due=TODAY + dt.timedelta(days=draw(st.integers(-100, 200))) if met else None,
        )
    goals = [dn.GoalInfo(g, f"G{g}", priority=draw(st.integers(1, 5))) for g in (1, 2)]
    links = [dn.Link(draw(st.sampled_from([1, 2])), cid, "expert", draw(st.integers(0, 3)))
             for cid in people if draw(st.booleans())]
    who = draw(st.lists(st.sampled_from(sorted(people)), max_size=6))
    follow_ups = [dp.Commitment(1000 + k, cid, TODAY + dt.timedelta(days=draw(st.integers(-30, 30))), "call",
                                TODAY) for k, cid in enumerate(who)]
    return dp.PlanInput(people, goals, links, follow_ups, threshold=0.35)


@settings(max_examples=60, deadline=None)
@given(networks(), st.integers(1, 6), st.integers(1, 5))
def test_capacity_and_ordering_hold(net: dp.PlanInput, capacity: int, weeks: int) -> None:
    plan = dp.build_plan(net, TODAY, weeks, capacity)
    seen: list[int] = []
    for week in plan.weeks:
        assert len(week.items) <= capacity
        ranks = [dp.CATEGORY_RANK[i.category] for i in week.items]
        assert ranks == sorted(ranks)  # follow-ups, thanks, touches, first touches
        touches = [i.score for i in week.items if i.category == "touch"]
        assert touches == sorted(touches, reverse=True)
        assert sum(1 for i in week.items if i.category == "first_touch") <= dp.MAX_FIRST_TOUCHES_PER_WEEK
        seen += [i.contact_id for i in week.items]
    assert len(seen) == len(set(seen))  # nobody twice


def test_later_weeks_plan_who_falls_due_in_them() -> None:
    """A mentor met on 1 Dec with a 30-day cadence is due on 31 Dec: planned in the week of 28 Dec (not
    three weeks early in the first week, leaving the rest empty), and again when due once more."""
    today = D(2026, 12, 9)
    mentor = dp.Person(1, "Mia Lund", strength=0.76, last_contact=D(2026, 12, 1),
                       last_kind="mentoring_session", due=D(2026, 12, 31), cadence_days=30)
    goals = [dn.GoalInfo(1, "Public speaking", priority=5)]
    net = dp.PlanInput({1: mentor}, goals, [dn.Link(1, 1, "mentor", 3)])
    plan = dp.build_plan(net, today, weeks=8, capacity=3)
    weeks = {w.week_start: [i.contact_id for i in w.items] for w in plan.weeks}
    assert weeks[D(2026, 12, 28)] == [1]
    assert weeks[D(2027, 1, 25)] == [1]  # 31 Dec + 30 days = 30 Jan
    assert sum(len(ids) for ids in weeks.values()) == 2
    again = next(i for i in plan.weeks[7].items)
    assert "due 30 Jan 2027 (every 30 days)" in again.reason


def test_a_tie_due_after_the_horizon_may_fill_an_early_week() -> None:
    today = D(2026, 12, 9)
    far = dp.Person(2, "Bo Ek", strength=0.6, last_contact=D(2026, 11, 1), last_kind="coffee",
                    due=D(2027, 2, 20))
    goals = [dn.GoalInfo(1, "Public speaking", priority=5)]
    net = dp.PlanInput({2: far}, goals, [dn.Link(1, 2, "expert", 3)])
    plan = dp.build_plan(net, today, weeks=4, capacity=3)
    assert [i.contact_id for i in plan.weeks[0].items] == [2]
