"""The network's shared vocabulary: goals, links, the week, and the rules every part applies alike.

Coverage (`domain.coverage`), the planner (`domain.planner`), the review, the Timeline and the report all
speak of the same goals and links and apply the same rules to them; they live here once:

* A *supporter* of a goal is a person linked to it with relevance `SUPPORT_RELEVANCE` (2) or more; a
  goal has a *gap* while no supporter's strength is at or over the threshold (`supports`).
* A link's *value* is priority * relevance / 3 times the fit of the person's assessment for its role
  (design section 3); a person's *importance* is the best value of their links to active goals, never
  below `IMPORTANCE_FLOOR` (`importance_by_person`).
* Weeks start on Monday (`week_start`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from netplanner.domain.model import GoalStatus

#: Relevance from which a linked person counts as a supporter of a goal.
SUPPORT_RELEVANCE = 2
#: The importance of a person tied to no active goal (so they still get a slot now and then).
IMPORTANCE_FLOOR = 0.5


@dataclass(frozen=True, slots=True)
class GoalInfo:
    id: int
    title: str
    competence_area: str = ""
    priority: int = 3
    status: str = GoalStatus.ACTIVE.value

    @property
    def active(self) -> bool:
        return self.status == GoalStatus.ACTIVE.value


@dataclass(frozen=True, slots=True)
class Link:
    """A person linked to a goal in a role, with a relevance 0-3."""

    goal_id: int
    contact_id: int
    role: str
    relevance: int
    note: str = ""
    fit: float = 1.0  # how well the person's assessment suits the role (`planner.fitted_links`)


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week the day is in."""
    return day - dt.timedelta(days=day.weekday())


def supports(relevance: int, strength: float, threshold: float) -> bool:
    """Whether a link of this relevance, at this strength, is strong support for its goal."""
    return relevance >= SUPPORT_RELEVANCE and strength >= threshold


def link_value(link: Link, priority: int) -> float:
    return priority * link.relevance / 3.0 * link.fit


def importance_by_person(goals: Iterable[GoalInfo], links: Iterable[Link]) -> dict[int, float]:
    """Per person linked to an active goal: their importance (the best value of those links, floored)."""
    priority = {goal.id: goal.priority for goal in goals if goal.active}
    importance: dict[int, float] = {}
    for link in links:
        if link.goal_id in priority:
            value = max(IMPORTANCE_FLOOR, link_value(link, priority[link.goal_id]))
            importance[link.contact_id] = max(value, importance.get(link.contact_id, 0.0))
    return importance


def gap_goals(goals: Iterable[GoalInfo], links: Iterable[Link], strength: Mapping[int, float],
              threshold: float) -> set[int]:
    """Active goals no person supports strongly (`supports`); `strength` holds the people not in the
    trash (links to anyone else do not count)."""
    covered = {
        link.goal_id for link in links
        if link.contact_id in strength and supports(link.relevance, strength[link.contact_id], threshold)
    }
    return {goal.id for goal in goals if goal.active and goal.id not in covered}
