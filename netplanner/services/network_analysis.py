"""The workplace network's analysis with networkx (issue 14): whom others go to for advice, who bridges
departments (betweenness and Burt's constraint), the clusters, paths over strong ties and who can
introduce the user to someone new.

How the user appears: the user ("me") is not a person in the database but the node `ME` (0; people's
ids start at 1). The user's edge to a person is the relationship strength their interactions build
(`services.strength`), not a tie: it is strong when the relationship is not fading (strength at or above
the threshold). Ties join people to each other. The structural measures (advice in-degree,
betweenness, constraint, communities) are computed over the ties between people only: with "me" in,
the user, who knows everyone recorded, would be every shortest path's broker. Paths and introducers
start at "me" and then follow ties of strength 2 or 3.

Computed once per version of the data (like `services.coverage`); Qt-free. Above 600 people betweenness
is estimated from a fixed-seed sample of sources, constraint is computed for the 20 highest-betweenness
people only (the brokers listed) and the communities come from label propagation instead of Louvain,
to stay within the targets of bench/network_map.py.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy import select

from netplanner.domain.errors import NotFoundError
from netplanner.domain.ties import STRONG, Tie, TieKind
from netplanner.services.changes import ChangeBus
from netplanner.services.strength import ContactStrength, StrengthService
from netplanner.services.ties import TieService
from netplanner.storage.db import Database
from netplanner.storage.orm import Contact

ME = 0
#: Above this many people betweenness is estimated from a fixed-seed sample of sources: as many as fit
#: a budget of visited nodes and edges (at least `MIN_SAMPLES`), so 5,000 people / 25,000 ties stay
#: within the bench's 2 s.
EXACT_UP_TO = 600
SAMPLE_BUDGET = 500_000
MIN_SAMPLES = 16
SEED = 14
#: Constraint (pure Python in networkx, quadratic in the degree) for at most this many people, the
#: highest betweenness first (the brokers listed); everyone with two ties or more in a small network.
CONSTRAINT_FOR = 400
CONSTRAINT_FOR_LARGE = 20
#: Louvain up to this many people, label propagation (a quarter of the time) above.
LOUVAIN_UP_TO = 2000


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    department: str
    strength: float  # the user's relationship strength to them, 0..1
    met: bool  # the user has logged an interaction with them
    fading: bool  # met, and below the threshold now


@dataclass(frozen=True, slots=True)
class Broker:
    contact_id: int
    name: str
    department: str
    betweenness: float
    constraint: float | None  # Burt's constraint: low = many structural holes (None: not computed)
    departments: tuple[str, ...]  # other departments their ties reach
    advice_in: int


@dataclass(frozen=True, slots=True)
class Introduction:
    """'Ask <via> for an introduction to <target>': `via` is a strong tie of the user who knows them."""

    target_id: int
    via_id: int
    via_name: str
    my_strength: float  # the user's strength to `via`
    tie_strength: int  # `via`'s tie to the target, 1-3
    kind: TieKind


@dataclass
class Network:
    """The snapshot the analysis works on: people not in the Trash, their ties, the user's strengths."""

    people: dict[int, Person]
    ties: list[Tie]
    threshold: float
    graph: nx.Graph = field(repr=False)  # people and their ties (undirected; a pair's strongest tie)
    _analysis: Analysis | None = field(default=None, repr=False)

    def strong_graph(self) -> nx.Graph:
        """'Me' and the people, over strong ties only: the user's strong relationships and ties >= 2."""
        graph = nx.Graph()
        graph.add_node(ME)
        graph.add_nodes_from(self.people)
        graph.add_edges_from((ME, p.id) for p in self.people.values()
                             if p.met and p.strength >= self.threshold)
        graph.add_edges_from((a, b) for a, b, w in self.graph.edges(data="weight") if w >= STRONG)
        return graph


@dataclass(frozen=True)
class Analysis:
    advice_in: Mapping[int, int]
    betweenness: Mapping[int, float]
    constraint: Mapping[int, float]
    communities: tuple[frozenset[int], ...]  # biggest first
    community: Mapping[int, int]  # person -> index into communities
    exact: bool  # betweenness computed exactly (not from a sample)
    samples: int = 0  # sources sampled for betweenness (0: exact)


def build_graph(people: Mapping[int, Person], ties: list[Tie]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(people)
    for tie in ties:
        if tie.from_id not in people or tie.to_id not in people:
            continue
        a, b = tie.from_id, tie.to_id
        if graph.has_edge(a, b):
            data = graph.edges[a, b]
            data["weight"] = max(data["weight"], tie.strength)
            data["kinds"].add(tie.kind)
        else:
            graph.add_edge(a, b, weight=tie.strength, kinds={tie.kind})
    return graph


def analyse(network: Network) -> Analysis:
    """Every measure of the network (cached on it)."""
    if network._analysis is not None:
        return network._analysis
    graph = network.graph
    advice: dict[int, int] = dict.fromkeys(network.people, 0)
    for tie in network.ties:
        if tie.kind is TieKind.SEEKS_ADVICE_FROM and tie.to_id in advice and tie.from_id in advice:
            advice[tie.to_id] += 1
    n = graph.number_of_nodes()
    exact = n <= EXACT_UP_TO
    samples = max(MIN_SAMPLES, SAMPLE_BUDGET // max(1, n + graph.number_of_edges()))
    betweenness: dict[int, float] = (
        nx.betweenness_centrality(graph) if exact
        else nx.betweenness_centrality(graph, k=min(samples, n), seed=SEED))
    # Constraint for the people who could be brokers at all (ties to two or more), best placed first.
    candidates = sorted((node for node in graph if graph.degree(node) >= 2),
                        key=lambda node: (-betweenness.get(node, 0.0), node)
                        )[:CONSTRAINT_FOR if exact else CONSTRAINT_FOR_LARGE]
    constraint = {int(k): float(v) for k, v in nx.constraint(graph, candidates, weight="weight").items()
                  if not math.isnan(v)}  # NaN for the isolated
    if not graph.number_of_edges():
        found: list[set[int]] = [{node} for node in graph]
    elif n <= LOUVAIN_UP_TO:
        found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    elif hasattr(nx.community, "fast_label_propagation_communities"):  # networkx 3.4 and later
        found = list(nx.community.fast_label_propagation_communities(graph, weight="weight", seed=SEED))
    else:
        found = list(nx.community.label_propagation_communities(graph))
    communities = tuple(sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(c))))
    community = {node: index for index, members in enumerate(communities) for node in members}
    network._analysis = Analysis(advice, betweenness, constraint, communities, community, exact,
                                 0 if exact else min(samples, n))
    return network._analysis


def brokers(network: Network, limit: int = 10) -> list[Broker]:
    """People who bridge the network, the highest betweenness first (only those on someone's path)."""
    result = analyse(network)
    ranked = sorted((pid for pid, value in result.betweenness.items() if value > 0),
                    key=lambda pid: (-result.betweenness[pid], network.people[pid].name))
    out: list[Broker] = []
    for pid in ranked[:limit]:
        person = network.people[pid]
        reached = sorted({network.people[other].department for other in network.graph[pid]
                          if network.people[other].department
                          and network.people[other].department != person.department})
        out.append(Broker(pid, person.name, person.department, result.betweenness[pid],
                          result.constraint.get(pid), tuple(reached), result.advice_in.get(pid, 0)))
    return out


def path(network: Network, target: int) -> list[int] | None:
    """The shortest chain from the user to a person over strong ties (ME first, the person last), or
    None when no chain of strong ties reaches them."""
    if target not in network.people:
        raise NotFoundError("There is no person with id {contact_id}.", contact_id=target)
    graph = network.strong_graph()
    try:
        found: list[int] = nx.shortest_path(graph, ME, target)
    except nx.NetworkXNoPath:
        return None
    return found


def introducers(network: Network, target: int) -> list[Introduction]:
    """Strong ties of the user who have a tie to `target`, best first (the user's strength times the
    tie's). Empty for someone the user has met already: no introduction needed."""
    person = network.people.get(target)
    if person is None:
        raise NotFoundError("There is no person with id {contact_id}.", contact_id=target)
    if person.met:
        return []
    out: list[Introduction] = []
    for other in network.graph[target]:
        via = network.people[other]
        if not via.met or via.strength < network.threshold:
            continue
        data = network.graph.edges[target, other]
        kind = min(data["kinds"], key=_kind_order)
        out.append(Introduction(target, other, via.name, via.strength, int(data["weight"]), kind))
    out.sort(key=lambda i: (-i.my_strength * i.tie_strength, i.via_name))
    return out


def _kind_order(kind: TieKind) -> int:
    return list(TieKind).index(kind)


class NetworkAnalysisService:
    def __init__(self, db: Database, strength: StrengthService, ties: TieService,
                 bus: ChangeBus | None = None) -> None:
        self.db = db
        self.strength = strength
        self.ties = ties
        self._bus = bus
        self._cache: tuple[tuple[object, ...], Network] | None = None

    def network(self, today: dt.date | None = None) -> Network:
        """The snapshot of today (built once per version of the data)."""
        day = today or self.strength.today()
        key = (None if self._bus is None else self._bus.version, day)
        if self._bus is not None and self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        built = self._build(day)
        self._cache = (key, built)
        return built

    def _build(self, day: dt.date) -> Network:
        query = select(Contact.id, Contact.name, Contact.department).where(Contact.deleted_at.is_(None))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).all()
        strengths: Mapping[int, ContactStrength] = self.strength.all(day)
        threshold = self.strength.params().threshold
        people: dict[int, Person] = {}
        for pid, name, department in rows:
            s = strengths.get(pid)
            met = s is not None and s.last_contact is not None
            value = s.strength if s is not None else 0.0
            people[pid] = Person(pid, name, department or "", value, met, met and value < threshold)
        ties = self.ties.all()
        return Network(people, ties, threshold, build_graph(people, ties))

    def analysis(self, today: dt.date | None = None) -> Analysis:
        return analyse(self.network(today))

    def brokers(self, limit: int = 10, today: dt.date | None = None) -> list[Broker]:
        return brokers(self.network(today), limit)

    def path(self, target: int, today: dt.date | None = None) -> list[int] | None:
        return path(self.network(today), target)

    def introducers(self, target: int, today: dt.date | None = None) -> list[Introduction]:
        return introducers(self.network(today), target)

    def introductions(self, today: dt.date | None = None) -> dict[int, Introduction]:
        """The best introduction to every prospect someone strong can introduce, by prospect."""
        network = self.network(today)
        out: dict[int, Introduction] = {}
        for pid, person in network.people.items():
            if not person.met and network.graph.degree(pid):
                found = introducers(network, pid)
                if found:
                    out[pid] = found[0]
        return out
