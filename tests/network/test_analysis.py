"""The network's analysis on small graphs checked by hand (issue 14)."""

from __future__ import annotations

import pytest

from netplanner.demo import DEMO_TODAY
from netplanner.domain.ties import Tie, TieKind
from netplanner.services import network_analysis as na
from netplanner.services.facade import Services

THRESHOLD = 0.35


def _network(met: dict[int, float], edges: list[tuple[int, int, TieKind, int]]) -> na.Network:
    """People 1-7: 1-3 in Sales, 4-6 in Data, 7 in Finance; `met` the user's strength to some."""
    departments = {1: "Sales", 2: "Sales", 3: "Sales", 4: "Data", 5: "Data", 6: "Data", 7: "Finance"}
    people = {pid: na.Person(pid, f"P{pid}", dep, met.get(pid, 0.0), pid in met,
                             pid in met and met[pid] < THRESHOLD) for pid, dep in departments.items()}
    ties = [Tie(i, a, b, kind, s) for i, (a, b, kind, s) in enumerate(edges, 1)]
    return na.Network(people, ties, THRESHOLD, na.build_graph(people, ties))


W, A = TieKind.WORKS_WITH, TieKind.SEEKS_ADVICE_FROM
#: Two triangles (Sales 1-2-3, Data 4-5-6) that only 7 joins: 3 - 7 - 4.
TRIANGLES = [(1, 2, W, 3), (2, 3, W, 3), (1, 3, W, 1), (4, 5, W, 3), (5, 6, W, 3), (4, 6, W, 3),
             (3, 7, W, 2), (7, 4, W, 2), (1, 3, A, 1), (6, 5, A, 2), (4, 5, A, 2)]


def test_the_person_joining_two_groups_is_the_top_broker_with_the_least_constraint() -> None:
    network = _network({1: 0.9}, TRIANGLES)
    result = na.analyse(network)
    top = na.brokers(network, limit=3)
    assert top[0].contact_id == 7
    assert top[0].departments == ("Data", "Sales")
    # 7's two contacts do not know each other: no constraint comes back through a third person.
    assert result.constraint[7] == pytest.approx(0.5)
    assert result.constraint[7] < min(result.constraint[p] for p in (1, 2, 6))
    assert result.advice_in[5] == 2  # two people ask 5 for advice
    assert result.advice_in[3] == 1
    assert result.community[1] == result.community[2] == result.community[3]
    assert result.community[4] == result.community[6]
    assert result.community[1] != result.community[6]


def test_the_path_goes_from_me_over_strong_ties_only() -> None:
    network = _network({1: 0.9}, TRIANGLES)
    # 1-3 is a weak tie (1), so the path goes round by 2.
    assert na.path(network, 6) == [na.ME, 1, 2, 3, 7, 4, 6]
    weak_me = _network({1: 0.2}, TRIANGLES)
    assert na.path(weak_me, 6) is None  # my only relationship is fading: no strong path at all


def test_introducers_are_my_strong_ties_who_know_the_prospect_best_first() -> None:
    network = _network({3: 0.5, 4: 0.95, 6: 0.2, 5: 0.9}, TRIANGLES)
    found = na.introducers(network, 7)
    assert [(i.via_id, i.tie_strength) for i in found] == [(4, 2), (3, 2)]
    assert na.introducers(network, 4) == []  # already met: no introduction needed
    # 6 is fading: not a strong tie of mine, so not asked for an introduction to anybody
    assert all(i.via_id != 6 for i in na.introducers(_network({6: 0.2}, TRIANGLES), 5))


def test_the_example_network_has_brokers_between_departments_and_an_advice_hub(
        demo_services: Services) -> None:
    analysis = demo_services.network_analysis
    brokers = analysis.brokers(limit=5, today=DEMO_TODAY)
    names = [b.name for b in brokers]
    assert "Linnea Strand" in names
    assert "Alexander Svensson" in names
    assert all(len(b.departments) >= 1 for b in brokers)
    network = analysis.network(DEMO_TODAY)
    per = next(p.id for p in network.people.values() if p.name == "Per Öberg")
    mikael = next(p.id for p in network.people.values() if p.name == "Mikael Dahl")
    assert max(analysis.analysis(DEMO_TODAY).advice_in.items(), key=lambda kv: kv[1])[0] == per
    assert analysis.introducers(mikael, DEMO_TODAY)[0].via_name == "Per Öberg"
    assert analysis.network(DEMO_TODAY) is network  # cached until the data changes
    demo_services.ties.add(per, mikael, "knows")
    assert analysis.network(DEMO_TODAY) is not network
