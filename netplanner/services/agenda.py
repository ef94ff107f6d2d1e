"""Today's agenda: this week's plan, overdue follow-ups, thank-yous owed, fading relationships and a
review reminder, in sections. The Today view shows it and `netplanner today` prints it: one rule for both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from netplanner.domain import network as dn
from netplanner.domain import planner as dp
from netplanner.domain.model import ContactStatus, TouchStatus

if TYPE_CHECKING:
    from netplanner.services.planner import PlannerService
    from netplanner.services.review import ReviewService

#: Fading relationships listed at most (the most important first).
MAX_FADING = 10


class Section(StrEnum):
    THIS_WEEK = "this_week"
    FOLLOW_UPS = "follow_ups"
    THANKS = "thanks"
    FADING = "fading"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Entry:
    """One row under a section: a planned touch (touch_id set) or something to act on without one."""

    section: Section
    contact_id: int  # 0 for the review reminder
    name: str
    title: str
    kind: str
    reason: str
    status: str  # planned/done/skipped/snoozed for touches, "" otherwise
    when: str  # what the Status column shows besides the touch status
    category: str = dp.Category.TOUCH.value
    touch_id: int | None = None
    commitments: tuple[int, ...] = ()
    questions: tuple[str, ...] = ()
    give_first: str = ""
    context: tuple[str, ...] = ()
    goal_id: int | None = None

    @property
    def actionable(self) -> bool:
        return self.section != Section.REVIEW and self.status not in (TouchStatus.DONE, TouchStatus.SKIPPED)


@dataclass
class SectionRows:
    section: Section
    entries: list[Entry] = field(default_factory=list)


def build_sections(plan: dp.Plan, network: dp.PlanInput, today: dt.date,
                   review_due_since: dt.date | None = None) -> list[SectionRows]:
    """The sections of the Today view, empty ones left out. Anything already in this week's plan is not
    repeated below it."""
    week = plan.weeks[0] if plan.weeks else dp.PlanWeek(dn.week_start(today), ())
    in_plan = {i.contact_id for i in week.items}
    covered = {c for i in week.items for c in i.commitments}
    sections: list[SectionRows] = []

    this_week = SectionRows(Section.THIS_WEEK, [
        Entry(Section.THIS_WEEK, i.contact_id, i.name, i.title, i.kind, i.reason, i.status, "",
              i.category, i.touch_id, i.commitments, i.questions, i.give_first, i.context, i.goal_id)
        for i in week.items
    ])
    sections.append(this_week)

    def grouped(items: Sequence[dp.Commitment]) -> dict[int, list[dp.Commitment]]:
        out: dict[int, list[dp.Commitment]] = {}
        for c in sorted(items, key=lambda c: (c.on, c.interaction_id)):
            if c.interaction_id not in covered and c.contact_id in network.people:
                out.setdefault(c.contact_id, []).append(c)
        return out

    follow = grouped([c for c in network.follow_ups if c.on <= today])
    thanks = grouped(network.thanks)
    for section, category, groups, key in (
        (Section.FOLLOW_UPS, dp.Category.FOLLOW_UP, follow, "follow_up"),
        (Section.THANKS, dp.Category.THANKS, thanks, "thanks"),
    ):
        rows = SectionRows(section)
        for cid, items in groups.items():
            person = network.people[cid]
            words = [_commitment_words(key, c, today) for c in items]
            kind = dp.suggest_kind(person, category, None, network.threshold)
            rows.entries.append(Entry(
                section, cid, person.name, dp.title_for(category, kind, person.name), kind,
                dp.TEXT["joiner"].join(words), "", dp.short_date(items[0].on, today), category.value,
                commitments=tuple(c.interaction_id for c in items), questions=person.questions,
                give_first=dp.give_first_hint(person), context=tuple(c.summary for c in items if c.summary),
            ))
        sections.append(rows)

    fading = [
        p for p in network.people.values()
        if p.last_contact is not None and p.strength < network.threshold and p.contact_id not in in_plan
        and p.status != ContactStatus.ARCHIVED
    ]
    fading.sort(key=lambda p: (-dp.importance(p.contact_id, network), -p.strength, p.name, p.contact_id))
    rows = SectionRows(Section.FADING)
    for p in fading[:MAX_FADING]:
        link = dp.best_link(p.contact_id, network)
        kind = dp.suggest_kind(p, dp.Category.TOUCH, link, network.threshold)
        last = p.last_contact or today
        reason = dp.TEXT["joiner"].join(
            x for x in (
                dp.TEXT["strength_since"].format(pct=round(p.strength * 100),
                                                 kind=dp.kind_label(p.last_kind or ""),
                                                 date=dp.short_date(last, today)),
                dp.TEXT["link"].format(role=dp.ROLE_LABELS.get(link.role, link.role),
                                       goal=_goal_title(network, link.goal_id)) if link else "",
            ) if x
        )
        rows.entries.append(Entry(
            Section.FADING, p.contact_id, p.name, dp.title_for(dp.Category.TOUCH, kind, p.name), kind, reason,
            "", f"{round(p.strength * 100)} %", questions=p.questions, give_first=dp.give_first_hint(p),
        ))
    sections.append(rows)

    if review_due_since is not None:
        sections.append(SectionRows(Section.REVIEW, [Entry(
            Section.REVIEW, 0, "", "", "", "", "", dp.short_date(review_due_since, today),
        )]))
    return [s for s in sections if s.entries or s.section == Section.THIS_WEEK]


def _goal_title(network: dp.PlanInput, goal_id: int) -> str:
    return next((g.title for g in network.goals if g.id == goal_id), "")


def _commitment_words(key: str, c: dp.Commitment, today: dt.date) -> str:
    return dp.TEXT[key].format(kind=dp.kind_label(c.about_kind), date=dp.short_date(c.about_date, today))


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    plan: dp.Plan  # this week first, then any weeks asked for beyond it
    network: dp.PlanInput
    sections: list[SectionRows]


@dataclass(frozen=True)
class Draft:
    """An agenda read but not yet stored: the new touches of its plan have no ids (`AgendaService.draft`
    runs where it cannot write, `finish` stores them on the writer)."""

    today: dt.date
    plan: dp.Plan
    network: dp.PlanInput
    review_due_since: dt.date | None


class AgendaService:
    def __init__(self, planner: PlannerService, review: ReviewService) -> None:
        self.planner = planner
        self.review = review

    def agenda(self, today: dt.date | None = None, *, regenerate: bool = False) -> Agenda:
        """This week's agenda (planning the week if it is not planned yet)."""
        day = today or self.planner.today()
        network = self.planner.network(day)
        plan = self.planner.plan(1, day, regenerate=regenerate, network=network)
        due = self.review.next_review_on(day) if self.review.review_due(day) else None
        return Agenda(day, plan, network, build_sections(plan, network, day, due))

    def draft(self, today: dt.date | None = None, *, weeks: int = 1, refill_this_week: bool = False) -> Draft:
        """The agenda and `weeks` weeks of plan, without storing the touches planned anew: what the
        reading twin computes for Today (after `PlannerService.clear_planned` for a plan made anew)."""
        day = today or self.planner.today()
        network = self.planner.network(day)
        plan = self.planner.plan(weeks, day, network=network, refill_this_week=refill_this_week, store=False)
        due = self.review.next_review_on(day) if self.review.review_due(day) else None
        return Draft(day, plan, network, due)

    def finish(self, draft: Draft) -> Agenda:
        """Store what a draft planned anew and make its sections (on the writer)."""
        plan = self.planner.store_new(draft.plan)
        return Agenda(draft.today, plan, draft.network,
                      build_sections(plan, draft.network, draft.today, draft.review_due_since))
