"""The map's layout of a very big network: bounded work (no spring layout of 100k people), and it stops
when asked."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from netplanner.services import network_layout as nl


def star_with_loners(leaves: int, loners: int) -> nx.Graph:
    """One hub tied to everyone (the shape that stays one community), and people with no ties."""
    graph = nx.star_graph(leaves)
    graph.add_nodes_from(range(leaves + 1, leaves + 1 + loners))
    return graph


def test_a_star_too_big_for_a_spring_is_a_disc_around_its_hub() -> None:
    graph = star_with_loners(nl.SPRING_UP_TO * 2, nl.SPRING_UP_TO + 100)  # more groups than a spring takes
    positions = nl.layout(graph)
    assert set(positions) == set(graph)
    assert len(set(positions.values())) == len(positions)  # nobody on top of someone else
    assert all(abs(x) <= 1.0 + 1e-9 and abs(y) <= 1.0 + 1e-9 for x, y in positions.values())
    hub = math.hypot(*positions[0])
    loners = [math.hypot(*positions[n]) for n in range(nl.SPRING_UP_TO * 2 + 1, len(graph))]
    assert hub < 0.1  # the best connected in the middle
    assert min(loners) > 0.8  # the people without ties around the rim


def test_a_layout_stops_when_it_is_no_longer_wanted() -> None:
    graph = nx.connected_caveman_graph(40, 12)  # 480 people in 40 groups: two-level
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(nl.LayoutCancelled):
        nl.layout(graph, cancelled=cancelled)
    assert len(asked) == 4  # it stopped at the first group after the request
