"""The planner proposes "Ask X for an introduction" for prospects a strong tie of the user knows."""

from __future__ import annotations

from netplanner.demo import DEMO_TODAY
from netplanner.domain import network as dn
from netplanner.domain import planner as dp
from netplanner.domain.ties import Tie, TieKind, introducers
from netplanner.services.facade import Services


def test_the_best_introducer_is_a_strong_tie_of_mine_with_the_strongest_tie() -> None:
    ties = [Tie(1, 1, 9, TieKind.KNOWS, 1), Tie(2, 9, 2, TieKind.REPORTS_TO, 3),
            Tie(3, 3, 9, TieKind.KNOWS, 3)]
    strength = {1: 0.9, 2: 0.5, 3: 0.2}
    # 3 is fading (below the threshold): never asked; 2 (0.5 x 3) beats 1 (0.9 x 1)
    assert introducers(ties, strength, met={1, 2, 3}, threshold=0.35) == {9: (2, 0.5)}
    assert introducers(ties, strength, met={1, 2, 3, 9}, threshold=0.35) == {}  # already met


def test_a_prospect_linked_to_a_goal_is_proposed_through_the_introducer() -> None:
    today = DEMO_TODAY
    people = {1: dp.Person(1, "Åsa Nyström", status="prospect", introducer="Anna Berg")}
    goals = [dn.GoalInfo(10, "Lead my own team", priority=5)]
    links = [dn.Link(10, 1, "mentor", 3)]
    # A strong supporter already covers the goal, but the introduction makes the prospect reachable.
    strong = dp.PlanInput({**people, 2: dp.Person(2, "Olof", strength=0.9, last_contact=today)}, goals,
                        [*links, dn.Link(10, 2, "mentor", 3)])
    for network in (dp.PlanInput(people, goals, links), strong):
        plan = dp.build_plan(network, today, weeks=1, capacity=3)
        items = [i for i in plan.items() if i.contact_id == 1]
        assert [i.title for i in items] == ["Ask Anna Berg to introduce you to Åsa Nyström"]
        assert items[0].reason.endswith("Anna Berg knows Åsa: ask Anna Berg for an introduction")
    # Without an introducer and with the goal covered, the prospect is not proposed at all.
    alone = {1: dp.Person(1, "Åsa Nyström", status="prospect"), 2: strong.people[2]}
    without = dp.build_plan(dp.PlanInput(alone, goals, strong.links), today, weeks=1, capacity=3)
    assert 1 not in {i.contact_id for i in without.items()}


def test_the_example_plan_asks_anna_to_introduce_asa(demo_services: Services) -> None:
    plan = demo_services.planner.plan(4, DEMO_TODAY)
    titles = [item.title for item in plan.items()]
    assert "Ask Anna Berg to introduce you to Åsa Nyström" in titles


def test_a_stored_introduction_keeps_its_title(demo_services: Services) -> None:
    first = demo_services.planner.plan(4, DEMO_TODAY)  # stores the weeks' touches
    again = demo_services.planner.plan(4, DEMO_TODAY)  # read back as stored
    assert [i.touch_id is not None for i in again.items()] == [True] * len(again.items())
    assert [i.title for i in again.items()] == [i.title for i in first.items()]
