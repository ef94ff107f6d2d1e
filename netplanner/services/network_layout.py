"""Where each person sits on the Network map (issue 14): a networkx layout, kept stable between opens.

`layout()` places the people of a graph of ties. Up to `DIRECT_UP_TO` people it is one
`nx.spring_layout`; above, it is two-level (networkx's dense spring layout costs n² per step, a few
seconds at 1,000 people): the communities are laid out as one small weighted graph, then each community
on its own around its place, scaled by its size. A community of over `SPRING_UP_TO` people is split the
same way again; one that does not split (a star of 100k around one hub: a spring layout of it ran for
over eight minutes) is a sunflower disc, the best connected at its centre. People already placed (saved
positions, and the ones the user pinned by dragging) stay where they are: only new people are placed,
next to the neighbours they have. The user ("me") is at the centre (0, 0); the people fill about [-1, 1]².

`PositionStore` keeps the positions and the pinned people in the database (settings row
`network_map`): no names, only ids and coordinates, encrypted with the rest.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from netplanner.storage.db import Database, kept_objects
from netplanner.storage.orm import Setting

Point = tuple[float, float]
Progress = Callable[[int, int], None]  # (done, total)

DIRECT_UP_TO = 300
#: The most people laid out as one spring (about a second at this size); bigger groups are split.
SPRING_UP_TO = 1500
#: How many times a big group is split again before it is laid out as a disc.
SPLITS = 3
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
#: From this many people a layout keeps what it builds out of the collector's way (`kept_objects`).
KEPT_FROM = 5_000
SEED = 14
SETTING_KEY = "network_map"
DIGITS = 5  # what is saved: a hundred-thousandth of the map's width is far below a pixel


@dataclass
class Positions:
    points: dict[int, Point] = field(default_factory=dict)
    pinned: set[int] = field(default_factory=set)


class LayoutCancelled(Exception):  # noqa: N818  a request to stop, not an error
    """The layout was no longer wanted (`cancelled()` said so between two groups)."""


def layout(graph: nx.Graph, known: Mapping[int, Point] | None = None, *, seed: int = SEED,
           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
           ) -> dict[int, Point]:
    """A position for every node of `graph` (people's ids). Nodes in `known` keep theirs. Raises
    `LayoutCancelled` once `cancelled()` is true (asked between groups, each at most about a second).
    In a big network the positions are kept (`kept_objects`: no collector pass walks 100k people's
    graph meanwhile); a small one leaves the collector alone."""
    if graph.number_of_nodes() < KEPT_FROM:
        return _layout(graph, known, seed, progress, cancelled)
    with kept_objects():
        return _layout(graph, known, seed, progress, cancelled)


def _layout(graph: nx.Graph, known: Mapping[int, Point] | None, seed: int, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> dict[int, Point]:
    kept = {node: (float(p[0]), float(p[1])) for node, p in (known or {}).items() if node in graph}
    new = [node for node in graph if node not in kept]
    if not new:
        return kept
    if kept:
        placed = _place_new(graph, kept, new, seed)
    elif graph.number_of_nodes() <= DIRECT_UP_TO:
        spread = 1.8 / math.sqrt(graph.number_of_nodes())  # a little roomier than the default 1/sqrt(n)
        placed = _normalised(nx.spring_layout(graph, seed=seed, weight="weight", k=spread))
    else:
        placed = _two_level(graph, seed, progress, cancelled or (lambda: False), SPLITS)
    if progress is not None:
        progress(1, 1)
    return {**kept, **{node: (round(x, DIGITS), round(y, DIGITS)) for node, (x, y) in placed.items()}}


def _normalised(pos: Mapping[int, Iterable[float]]) -> dict[int, Point]:
    """Centred on the origin, the farthest node at distance 1."""
    if not pos:
        return {}
    array = np.array([list(p) for p in pos.values()], dtype=float)
    array -= array.mean(axis=0)
    radius = float(np.abs(array).max()) or 1.0
    array /= radius
    return {node: (float(x), float(y)) for node, (x, y) in zip(pos, array, strict=True)}


def _sunflower(graph: nx.Graph, area: Mapping[int, int] | None = None) -> dict[int, Point]:
    """Over a disc in a golden-angle spiral, each node taking its `area` (1 each by default), the
    biggest (or best connected) at the centre: for a group too big for a spring layout that does not
    split into communities, and for the places of very many communities."""
    def size(node: int) -> int:
        return area[node] if area is not None else 1

    nodes = sorted(graph, key=lambda node: (-(size(node) if area is not None else graph.degree(node)), node))
    total = sum(size(node) for node in nodes) or 1
    out: dict[int, Point] = {}
    taken = 0
    for i, node in enumerate(nodes):
        r = math.sqrt((taken + (size(node) / 2 if i else 0)) / total)
        taken += size(node)
        out[node] = (r * math.cos(i * GOLDEN_ANGLE), r * math.sin(i * GOLDEN_ANGLE))
    return out


def _group(graph: nx.Graph, seed: int) -> dict[int, Point]:
    """One group of people as a spring, normalised (`SPRING_UP_TO` at most)."""
    return _normalised(nx.spring_layout(graph, seed=seed, weight="weight", iterations=30))


def _two_level(graph: nx.Graph, seed: int, progress: Progress | None, cancelled: Callable[[], bool],
               splits: int) -> dict[int, Point]:
    groups = [sorted(c) for c in nx.community.louvain_communities(graph, weight="weight", seed=seed)]
    if len(groups) == 1 or splits == 0:
        return _group(graph, seed) if graph.number_of_nodes() <= SPRING_UP_TO else _sunflower(graph)
    groups.sort(key=lambda c: (-len(c), c[0]))
    where = {node: index for index, members in enumerate(groups) for node in members}
    coarse = nx.Graph()
    coarse.add_nodes_from(range(len(groups)))
    for a, b, w in graph.edges(data="weight", default=1):
        ga, gb = where[a], where[b]
        if ga != gb:
            coarse.add_edge(ga, gb, weight=coarse.get_edge_data(ga, gb, {"weight": 0})["weight"] + w)
    if len(groups) > SPRING_UP_TO:  # (most of them loners): the biggest in the middle, loners outside
        centres = _sunflower(coarse, {index: len(members) for index, members in enumerate(groups)})
    else:
        centres = _normalised(nx.spring_layout(coarse, seed=seed, weight="weight"))
    total = graph.number_of_nodes()
    out: dict[int, Point] = {}
    for index, members in enumerate(groups):
        if cancelled():
            raise LayoutCancelled
        cx, cy = centres[index]
        radius = 0.9 * math.sqrt(len(members) / total)
        inner = graph.subgraph(members)
        if len(members) > SPRING_UP_TO:
            local = _two_level(inner, seed, None, cancelled, splits - 1)
        elif len(members) > 1:
            local = _group(inner, seed)
        else:
            local = {members[0]: (0.0, 0.0)}
        for node, (x, y) in local.items():
            out[node] = (cx + radius * x, cy + radius * y)
        if progress is not None:
            progress(index + 1, len(groups) + 1)
    return _normalised(out)


def _place_new(graph: nx.Graph, kept: Mapping[int, Point], new: list[int], seed: int) -> dict[int, Point]:
    """New people next to their placed neighbours (the placed ones fixed); loners on the rim."""
    rng = np.random.default_rng(seed)
    nodes = set(new)
    for node in new:
        nodes.update(other for other in graph[node] if other in kept)
    sub = graph.subgraph(nodes)
    start: dict[int, Point] = {}
    for node in new:
        near = [kept[o] for o in graph[node] if o in kept]
        if near:
            x, y = np.mean(near, axis=0) + rng.normal(0, 0.05, 2)
        else:
            angle = rng.uniform(0, 2 * math.pi)
            x, y = 1.1 * math.cos(angle), 1.1 * math.sin(angle)
        start[node] = (float(x), float(y))
    fixed = [node for node in sub if node in kept]
    if not fixed or sub.number_of_edges() == 0 or sub.number_of_nodes() > SPRING_UP_TO:
        return start  # (many new people: each next to its neighbours, without a spring to settle them)
    pos = nx.spring_layout(sub, pos={**{n: kept[n] for n in fixed}, **start}, fixed=fixed, seed=seed,
                           weight="weight", iterations=30, k=0.15)
    return {node: (float(pos[node][0]), float(pos[node][1])) for node in new}


class PositionStore:
    """The map's positions and pinned people, in the encrypted database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self) -> Positions:
        with self.db.session() as session:
            row = session.get(Setting, SETTING_KEY)
            value = row.value if row is not None else None
        if not isinstance(value, dict):
            return Positions()
        points = {int(k): (float(v[0]), float(v[1])) for k, v in dict(value.get("points", {})).items()}
        return Positions(points, {int(p) for p in value.get("pinned", [])})

    def save(self, positions: Positions) -> None:
        points = {str(k): [round(x, DIGITS), round(y, DIGITS)] for k, (x, y) in positions.points.items()}
        value = {"points": points, "pinned": sorted(positions.pinned)}
        with self.db.session() as session:
            row = session.get(Setting, SETTING_KEY)
            if row is None:
                session.add(Setting(key=SETTING_KEY, value=value))
            elif row.value != value:
                row.value = value
