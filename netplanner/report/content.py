"""What goes into the mentoring plan, gathered from the services as plain, language-neutral data.

`build_content` reads everything once (a handful of queries, whatever the size of the network) and
returns a `PlanContent`; `html.py` turns it into words in one language and `plan_pdf.py` prints it.
Private notes (a person's notes, interaction notes, answers to questions) are read only when asked for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from netplanner.domain import coverage as dc
from netplanner.domain import network as dn
from netplanner.domain import planner as dp
from netplanner.domain.model import DEFAULT_THRESHOLD, TouchStatus
from netplanner.services.facade import Services
from netplanner.services.goals import LinkView
from netplanner.services.interactions import InteractionRow
from netplanner.services.planner import MAX_WEEKS
from netplanner.services.records import GoalDetails
from netplanner.services.strength import ContactStrength

Progress = Callable[[float, str], None]

#: How many people the give-and-take table and the chart show.
KEY_PEOPLE = 12
CHART_PEOPLE = 10
#: How far back the chart looks.
CHART_HISTORY_DAYS = 365
#: A balance within this (in decayed interaction weights) counts as even.
BALANCE_EVEN = 0.5
#: At most this many open questions per planned contact.
QUESTIONS_PER_TOUCH = 3


@dataclass(frozen=True, slots=True)
class Phrase:
    """Something to say, as a key of `strings.STRINGS` and the values to fill in."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SupporterEntry:
    contact_id: int
    name: str
    role: str
    relevance: int
    strength: float | None  # None: never met
    due: dt.date | None
    learn_from: str
    open_questions: tuple[str, ...]
    notes: str = ""  # private
    answers: tuple[tuple[str, str], ...] = ()  # private: (question, answer)


@dataclass(frozen=True, slots=True)
class GoalSection:
    goal_id: int
    title: str
    competence_area: str
    why: str
    priority: int
    target_date: dt.date | None
    next_steps: str
    supporters: tuple[SupporterEntry, ...]
    gaps: tuple[Phrase, ...]
    suggestions: tuple[Phrase, ...] = ()  # people in the network who know the area but are not linked
    coverage: float | None = None  # 0..1
    projects: tuple[ProjectLine, ...] = ()  # shared projects serving the goal, active ones first


@dataclass(frozen=True, slots=True)
class ProjectLine:
    name: str
    status: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    week_start: dt.date
    contact_id: int
    name: str
    category: str  # netplanner.domain.planner.Category
    kind: str
    reasons: tuple[Phrase, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OwedItem:
    interaction_id: int
    occurred_on: dt.date
    due: dt.date | None
    name: str
    summary: str
    notes: str = ""  # private


@dataclass(frozen=True, slots=True)
class BalanceRow:
    contact_id: int
    name: str
    gave: float
    received: float
    balance: float
    can_offer: str
    verdict: str  # b_balanced, b_taking, b_giving, b_none


@dataclass(frozen=True, slots=True)
class ChartRow:
    contact_id: int
    name: str
    values: tuple[float, ...]  # strength 0..1 per day from Chart.start to Chart.end
    strength: float | None
    due: dt.date | None


@dataclass(frozen=True, slots=True)
class Chart:
    start: dt.date
    end: dt.date
    today: dt.date
    threshold: float
    rows: tuple[ChartRow, ...]


@dataclass(frozen=True, slots=True)
class MapNode:
    contact_id: int  # 0: the user
    name: str
    department: str
    x: float  # -1..1, the user at 0, 0
    y: float
    relevance: int  # for the goal, 0-3
    fading: bool


@dataclass(frozen=True, slots=True)
class SupporterMap:
    """A goal's supporters on the network map (issue 14): them, the user, and the ties between them."""

    goal_title: str
    nodes: tuple[MapNode, ...]
    edges: tuple[tuple[int, int], ...]  # indexes into nodes; (0, i): the user's strong relationship


@dataclass(frozen=True, slots=True)
class PlanContent:
    owner: str
    today: dt.date
    weeks: int
    week_starts: tuple[dt.date, ...]
    capacity: int
    review_days: int
    threshold: float
    include_private: bool
    goals: tuple[GoalSection, ...]
    schedule: tuple[ScheduleEntry, ...]
    follow_ups: tuple[OwedItem, ...]
    thanks: tuple[OwedItem, ...]
    balance: tuple[BalanceRow, ...]
    chart: Chart
    maps: tuple[SupporterMap, ...] = ()

    @property
    def period_start(self) -> dt.date:
        return self.today

    @property
    def period_end(self) -> dt.date:
        return self.week_starts[-1] + dt.timedelta(days=6)

    @property
    def supporter_count(self) -> int:
        return len({s.contact_id for goal in self.goals for s in goal.supporters})


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    learn_from: str
    can_offer: str
    notes: str
    cadence_days: int | None


def _no_progress(_fraction: float, _text: str) -> None:
    """The default progress callback: says nothing."""


def build_content(
    services: Services,
    *,
    today: dt.date | None = None,
    weeks: int = 8,
    include_private: bool = False,
    progress: Progress | None = None,
) -> PlanContent:
    """Everything the plan shows, for `weeks` weeks from the week of `today`.

    The outreach schedule is the planner's (`PlannerService.plan`), so it is the plan the app shows;
    like opening the planner for that many weeks, it stores the weeks not planned before."""
    report = progress or _no_progress
    today = today or dt.date.today()
    weeks = max(1, min(int(weeks), MAX_WEEKS))
    settings = services.settings.all()
    threshold = _as_float(settings.get("threshold"), DEFAULT_THRESHOLD)
    capacity = max(1, int(settings.get("weekly_capacity") or 3))
    week_starts = tuple(dn.week_start(today) + dt.timedelta(days=7 * i) for i in range(weeks))
    period_end = week_starts[-1] + dt.timedelta(days=6)

    report(0.05, "goals")
    goals = services.goals.all(active_only=True)
    active_ids = {goal.id for goal in goals}
    links = [link for link in services.goals.links() if link.goal_id in active_ids]
    people, questions = _people_and_questions(services, include_private)

    report(0.15, "strength")
    strength = services.strength.all(today)
    coverage = services.coverage.assess(today)
    network = services.planner.network(today)
    importance = dn.importance_by_person(network.goals, network.links)

    report(0.35, "supporters")
    projects = services.projects.by_goal()
    sections = tuple(
        dataclasses.replace(
            _goal_section(goal, [link for link in links if link.goal_id == goal.id], coverage.get(goal.id),
                          people, questions, strength, today, include_private),
            projects=tuple(ProjectLine(p.name, p.status, tuple(m.name for m in p.members))
                           for p in projects.get(goal.id, ())))
        for goal in goals
    )

    report(0.45, "follow-ups")
    all_follow_ups = services.interactions.open_follow_ups()
    thanks_rows = services.interactions.thanks_owed()
    follow_ups_rows = [r for r in all_follow_ups
                       if r.follow_up_on is not None and r.follow_up_on <= period_end]
    notes = _interaction_notes(services, [r.id for r in (*follow_ups_rows, *thanks_rows)]) \
        if include_private else {}
    follow_ups = tuple(_owed(row, notes) for row in follow_ups_rows)
    thanks = tuple(_owed(row, notes) for row in thanks_rows)

    report(0.55, "schedule")
    plan = services.planner.plan(weeks, today)
    commitments = {row.id: ("r_follow_up", row) for row in all_follow_ups}
    commitments.update({row.id: ("r_thanks", row) for row in thanks_rows})
    link_of = {(link.goal_id, link.contact_id): link for link in links}
    goal_titles = {goal.id: goal.title for goal in goals}
    schedule = tuple(
        _plan_item(item, commitments, link_of, goal_titles, people, strength.get(item.contact_id), threshold)
        for item in plan.items()
        if item.status == TouchStatus.PLANNED.value
    )

    report(0.7, "give and take")
    key_ids = sorted(importance, key=lambda cid: (-importance[cid], -_strength_of(strength, cid),
                                                  people[cid].name if cid in people else ""))
    key_ids = [cid for cid in key_ids if cid in people]
    balance = tuple(_balance_row(cid, people[cid], strength.get(cid)) for cid in key_ids[:KEY_PEOPLE])

    report(0.8, "chart")
    chart = _chart(services, key_ids[:CHART_PEOPLE], people, strength, today, period_end, threshold)
    maps = supporter_maps(services, sections, today) if any(g.supporters for g in sections) else ()

    return PlanContent(
        owner=str(settings.get("owner_name") or ""),
        today=today,
        weeks=weeks,
        week_starts=week_starts,
        capacity=capacity,
        review_days=int(settings.get("review_interval_days") or 91),
        threshold=threshold,
        include_private=include_private,
        goals=sections,
        schedule=schedule,
        follow_ups=follow_ups,
        thanks=thanks,
        balance=balance,
        chart=chart,
        maps=maps,
    )


def supporter_maps(services: Services, sections: Sequence[GoalSection], today: dt.date
                   ) -> tuple[SupporterMap, ...]:
    """One small map per goal with supporters: laid out with networkx (deterministic), the user in the
    centre, the ties between the supporters and the user's strong relationships to them."""
    from netplanner.services import network_layout  # noqa: PLC0415  networkx loads for the maps only

    network = services.network_analysis.network(today)
    out: list[SupporterMap] = []
    for section in sections:
        ids = [s.contact_id for s in section.supporters if s.contact_id in network.people]
        if not ids:
            continue
        graph = network.graph.subgraph(ids).copy()
        graph.add_node(0)
        for pid in ids:  # the user's strong relationships hold the layout together around the centre
            person = network.people[pid]
            if person.met and person.strength >= network.threshold:
                graph.add_edge(0, pid, weight=1)
        places = network_layout.layout(graph)
        cx, cy = places[0]
        radius = max((max(abs(x - cx), abs(y - cy)) for x, y in places.values()), default=1.0) or 1.0
        relevance = {s.contact_id: s.relevance for s in section.supporters}
        order = [0, *sorted(ids, key=lambda pid: network.people[pid].name)]
        nodes = tuple(
            MapNode(pid, "" if pid == 0 else network.people[pid].name,
                    "" if pid == 0 else network.people[pid].department,
                    (places[pid][0] - cx) / radius, (places[pid][1] - cy) / radius,
                    relevance.get(pid, 0), pid != 0 and network.people[pid].fading)
            for pid in order)
        index = {pid: i for i, pid in enumerate(order)}
        edges = tuple(sorted((min(index[a], index[b]), max(index[a], index[b])) for a, b in graph.edges))
        out.append(SupporterMap(section.title, nodes, edges))
    return tuple(out)


def _as_float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]  # settings values are JSON; bad ones fall back
    except (TypeError, ValueError):
        return default


def _people_and_questions(
    services: Services, include_private: bool
) -> tuple[dict[int, _Person], dict[int, list[tuple[str, bool, str]]]]:
    """The people linked to an active goal, and their questions (text, asked, answer) in order; private
    notes and answers only when asked for."""
    prepared = services.contacts.prepared_for_active_goals()
    people = {
        p.id: _Person(p.name, p.learn_from, p.can_offer, p.notes if include_private else "", p.cadence_days)
        for p in prepared.people
    }
    questions: dict[int, list[tuple[str, bool, str]]] = defaultdict(list)
    for q in prepared.questions:
        questions[q.contact_id].append((q.text, q.asked, q.answer if include_private else ""))
    return people, questions


def _interaction_notes(services: Services, ids: Sequence[int]) -> dict[int, str]:
    return services.interactions.notes(ids)


def _strength_of(strength: Mapping[int, ContactStrength], contact_id: int) -> float:
    found = strength.get(contact_id)
    return found.strength if found is not None else 0.0


def _met(found: ContactStrength | None) -> bool:
    return found is not None and found.last_contact is not None


def _goal_section(
    goal: GoalDetails,
    links: Sequence[LinkView],
    coverage: dc.GoalCoverage | None,
    people: Mapping[int, _Person],
    questions: Mapping[int, list[tuple[str, bool, str]]],
    strength: Mapping[int, ContactStrength],
    today: dt.date,
    include_private: bool,
) -> GoalSection:
    supporters: list[SupporterEntry] = []
    for link in links:
        person = people.get(link.contact_id)
        if person is None:
            continue
        found = strength.get(link.contact_id)
        asked = questions.get(link.contact_id, [])
        supporters.append(SupporterEntry(
            contact_id=link.contact_id,
            name=person.name,
            role=link.role,
            relevance=link.relevance,
            strength=found.strength if _met(found) and found is not None else None,
            due=found.due if found is not None else None,
            learn_from=person.learn_from,
            open_questions=tuple(text for text, was_asked, _ in asked if not was_asked),
            notes=person.notes if include_private else "",
            answers=tuple((text, answer) for text, _, answer in asked if answer) if include_private else (),
        ))
    supporters.sort(key=lambda s: (-s.relevance, -(s.strength or 0.0), s.name))

    gaps: list[Phrase] = []
    suggestions: list[Phrase] = []
    if coverage is not None:
        gaps = [
            Phrase(f"flag_{flag.kind.value}", {"goal": flag.goal, "name": flag.name, "role": flag.role,
                                               "department": flag.department,
                                               "area": flag.area or flag.goal, "count": flag.count})
            for flag in coverage.flags
        ]
        suggestions = [
            Phrase("suggestion", {"name": s.name, "matched": ", ".join(s.matched), "goal": s.goal,
                                  "reason": tuple(Phrase(f"why_{key}", {"value": value})
                                                  for key, value in s.reasons)})
            for s in coverage.suggestions
        ]
    if goal.target_date is not None and goal.target_date < today:
        gaps.append(Phrase("gap_target_passed"))
    return GoalSection(
        goal_id=goal.id,
        title=goal.title,
        competence_area=goal.competence_area or "",
        why=goal.why or "",
        priority=goal.priority,
        target_date=goal.target_date,
        next_steps=goal.next_steps or "",
        supporters=tuple(supporters),
        gaps=tuple(gaps),
        suggestions=tuple(suggestions),
        coverage=coverage.score if coverage is not None else None,
    )


def _owed(row: InteractionRow, notes: Mapping[int, str]) -> OwedItem:
    return OwedItem(row.id, row.occurred_on, row.follow_up_on, row.contact_name, row.summary,
                    notes.get(row.id, ""))


def _plan_item(
    item: dp.PlanItem,
    commitments: Mapping[int, tuple[str, InteractionRow]],
    link_of: Mapping[tuple[int, int], LinkView],
    goal_titles: Mapping[int, str],
    people: Mapping[int, _Person],
    found: ContactStrength | None,
    threshold: float,
) -> ScheduleEntry:
    """One planned contact with its reasons as phrases (the planner words them in English only)."""
    reasons: list[Phrase] = []
    for interaction_id in item.commitments:
        if interaction_id in commitments:
            key, row = commitments[interaction_id]
            reasons.append(Phrase(key, {"kind": row.kind, "date": row.occurred_on, "summary": row.summary}))
    link = link_of.get((item.goal_id, item.contact_id)) if item.goal_id is not None else None
    about: dict[str, object] = {}
    if link is not None:
        about = {"role": link.role, "goal": goal_titles.get(link.goal_id, link.goal_title)}
    suffix = "" if about else "_alone"
    if not _met(found) or found is None:
        if about:
            reasons.append(Phrase("r_first", about))
    elif found.strength < threshold:
        reasons.append(Phrase("r_fading" + suffix,
                              {**about, "pct": found.strength, "date": found.last_contact}))
    elif found.due is not None and found.due < item.week_start:
        reasons.append(Phrase("r_overdue" + suffix, {**about, "pct": found.strength, "date": found.due}))
    elif found.due is not None and not item.commitments:
        reasons.append(Phrase("r_due" + suffix, {**about, "pct": found.strength, "date": found.due}))
    if item.give_first:
        person = people.get(item.contact_id)
        offer = person.can_offer if person is not None else ""
        reasons.append(Phrase("r_give_offer", {"offer": offer}) if offer else Phrase("r_give"))
    name = people[item.contact_id].name if item.contact_id in people else item.name
    return ScheduleEntry(item.week_start, item.contact_id, name, item.category, item.kind, tuple(reasons),
                    item.questions[:QUESTIONS_PER_TOUCH])


def _balance_row(contact_id: int, person: _Person, found: ContactStrength | None) -> BalanceRow:
    gave = found.gave if found is not None else 0.0
    received = found.received if found is not None else 0.0
    balance = gave - received
    if gave + received < 0.05:
        verdict = "b_none"
    elif balance < -BALANCE_EVEN:
        verdict = "b_taking"
    elif balance > BALANCE_EVEN:
        verdict = "b_giving"
    else:
        verdict = "b_balanced"
    return BalanceRow(contact_id, person.name, gave, received, balance, person.can_offer, verdict)


def _chart(
    services: Services,
    ids: Sequence[int],
    people: Mapping[int, _Person],
    strength: Mapping[int, ContactStrength],
    today: dt.date,
    end: dt.date,
    threshold: float,
) -> Chart:
    start = today - dt.timedelta(days=CHART_HISTORY_DAYS)
    rows: list[ChartRow] = []
    if ids:
        curves = services.strength.curves(list(ids), start, end, today=today)
        for cid in curves.contact_ids:
            found = strength.get(cid)
            values: Any = curves.row(cid)
            rows.append(ChartRow(cid, people[cid].name, tuple(float(v) for v in values),
                                 found.strength if _met(found) and found is not None else None,
                                 found.due if found is not None else None))
    return Chart(start, end, today, threshold, tuple(rows))
