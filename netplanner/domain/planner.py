"""The outreach planner (design section 3): whom to contact in the coming weeks, why, how and what to ask.

Pure rules over plain data; the service layer reads the database into a `PlanInput` and stores the result.

* Importance of a person = max over their links to *active* goals of priority * relevance / 3 times the
  fit of the person's assessment for the link's role (`domain.assessment.fit`, 1 when unassessed; so
  0..7.5), with a small floor (`IMPORTANCE_FLOOR`) for people tied to no goal. The reason names the
  scores behind the fit ("mentor for Public speaking; shares knowledge 5, trust 4").
* A person not met yet with low chemistry or trust gets a short question ("observe first"); one without
  open preparation questions gets "prepare: what do you want to learn?" before the first touch.
* Urgency = 2^(-days until due / `URGENCY_HALF_DAYS`), 1 when due or overdue. For week k of the plan it
  is measured from that week's Monday (week 0: from today).
* Each week holds `capacity` items. Commitments come first: open follow-ups due by the week's end
  (oldest first), then thank-yous owed (oldest first), one item per person, leaving
  `RESERVED_TOUCH_SLOTS` for touches; what does not fit spills to the next week. Then relationship
  touches by importance * urgency (score below `MIN_SCORE`: not worth a slot), and small first touches
  for prospects: people never met who are linked to a goal with a gap (no person of relevance >= 2
  whose strength is at or over the threshold), at most `MAX_FIRST_TOUCHES_PER_WEEK` a week.
  A person appears at most once in the whole horizon, in the week they fall due: a touch due in a
  later week of the horizon waits for that week (planning a tie due on 31 Dec in the first week of
  December would leave the weeks before it empty and the touch three weeks early); ties due after the
  horizon's end, and people without a due date, may fill the room left in any week. Someone with a
  cadence comes back in the week they fall due again (touch day + cadence) when that is in the horizon.
* Weeks already stored are kept as they are (`WeekState.complete`), so a reopened plan is stable.

Ties are broken by name, then id: the plan is deterministic for a fixed today. Every sentence a person
reads is in `TEXT`, `KIND_LABELS`, `ROLE_LABELS` and `MONTHS`, in one place for translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from netplanner.domain import assessment as da
from netplanner.domain import network as dn
from netplanner.domain.model import DEFAULT_THRESHOLD, ContactStatus, InteractionKind, Role
from netplanner.domain.network import IMPORTANCE_FLOOR, GoalInfo, Link, link_value, week_start

URGENCY_HALF_DAYS = 21.0
MIN_SCORE = 0.05
PROSPECT_URGENCY = 0.5
MAX_FIRST_TOUCHES_PER_WEEK = 1
#: Slots of a week that commitments leave to relationship touches (when the capacity is over one), so a
#: backlog of thank-yous does not crowd out a fading tie that matters for a goal.
RESERVED_TOUCH_SLOTS = 1
#: A give-first hint when the user received this many times since they last gave something...
GIVE_FIRST_ASKS = 3
#: ...or when the decayed balance (gave - received) is this far below zero.
GIVE_FIRST_BALANCE = -1.0


class Category(StrEnum):
    FOLLOW_UP = "follow_up"
    THANKS = "thanks"
    TOUCH = "touch"
    FIRST_TOUCH = "first_touch"


#: Order of categories within a week.
CATEGORY_RANK: dict[str, int] = {
    Category.FOLLOW_UP: 0, Category.THANKS: 1, Category.TOUCH: 2, Category.FIRST_TOUCH: 3,
}

# ---------------------------------------------------------------------------------------------- words

TEXT: dict[str, str] = {
    "strength_since": "strength {pct} % since {kind} on {date}",
    "never_met": "not met yet",
    "overdue": "overdue since {date}",
    "due": "due {date}",
    "cadence": " (every {days} days)",
    "link": "{role} for {goal}",
    "no_goal": "tied to no goal",
    "gap": "{role} for {goal}, a goal with no strong support yet",
    "follow_up": "follow-up of {kind} on {date}",
    "follow_up_due": "follow-up of {kind} on {date} (due {due})",
    "thanks": "thank for {kind} on {date}",
    "give_first_asks":
        "you have asked {first} for help {times} since you last gave something; offer something",
    "give_first_balance": "you have received more from {first} than you have given lately; offer something",
    "offer": " ({offer})",
    "title_follow_up": "Follow up with {name}",
    "title_thanks": "Thank {name}",
    "title_touch": "{Kind} with {name}",
    "title_short_question": "Short question to {name}",
    "title_message": "Message to {name}",
    "title_call": "Call with {name}",
    "introduction": "{via} knows {first}: ask {via} for an introduction",
    "title_introduction": "Ask {via} to introduce you to {name}",
    "joiner": "; ",
}

TIMES: tuple[str, ...] = ("no times", "once", "twice", "three times", "four times", "five times",
                          "six times", "seven times", "eight times", "nine times", "ten times")

MONTHS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

KIND_LABELS: dict[str, str] = {
    InteractionKind.MESSAGE: "message",
    InteractionKind.SHORT_QUESTION: "short question",
    InteractionKind.CALL: "call",
    InteractionKind.COFFEE: "coffee",
    InteractionKind.LUNCH: "lunch",
    InteractionKind.MEETING: "meeting",
    InteractionKind.FEEDBACK_SESSION: "feedback session",
    InteractionKind.MENTORING_SESSION: "mentoring session",
    InteractionKind.JOINT_PROJECT: "joint project",
}

ROLE_LABELS: dict[str, str] = {
    Role.MENTOR: "mentor",
    Role.SPONSOR: "sponsor",
    Role.EXPERT: "expert",
    Role.PEER: "peer",
    Role.FEEDBACK_GIVER: "feedback giver",
    Role.ROLE_MODEL: "role model",
}

#: Suggested start hour and length (minutes) of each kind of touch, for calendar entries.
KIND_SLOTS: dict[str, tuple[int, int, int]] = {
    InteractionKind.MESSAGE: (9, 0, 15),
    InteractionKind.SHORT_QUESTION: (9, 30, 15),
    InteractionKind.CALL: (15, 0, 30),
    InteractionKind.COFFEE: (10, 0, 30),
    InteractionKind.LUNCH: (12, 0, 60),
    InteractionKind.MEETING: (14, 0, 60),
    InteractionKind.FEEDBACK_SESSION: (14, 0, 60),
    InteractionKind.MENTORING_SESSION: (14, 0, 60),
    InteractionKind.JOINT_PROJECT: (13, 0, 120),
}
#: Days of the week (0 = Monday) the touches of one week are spread over, in order.
SLOT_DAYS: tuple[int, ...] = (1, 2, 3, 0, 4)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def short_date(day: dt.date, today: dt.date) -> str:
    """"2 Sep", with the year when it is not this year's."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def first_name(name: str) -> str:
    return name.split(maxsplit=1)[0] if name.strip() else name


def title_for(category: str, kind: str, name: str) -> str:
    """A calendar title: "Coffee with Anna Berg", "Follow up with Per Öberg"."""
    if category == Category.FOLLOW_UP:
        return TEXT["title_follow_up"].format(name=name)
    if category == Category.THANKS:
        return TEXT["title_thanks"].format(name=name)
    special = TEXT.get(f"title_{kind}")
    if special is not None:
        return special.format(name=name)
    label = kind_label(kind)
    return TEXT["title_touch"].format(Kind=label[:1].upper() + label[1:], name=name)


# ------------------------------------------------------------------------------------------ the input


@dataclass(frozen=True, slots=True)
class Person:
    contact_id: int
    name: str
    status: str = ContactStatus.ACTIVE.value
    strength: float = 0.0  # 0..1 now
    last_contact: dt.date | None = None
    last_kind: str | None = None
    due: dt.date | None = None
    cadence_days: int | None = None
    balance: float = 0.0  # gave - received, decayed
    asks_since_gave: int = 0  # interactions received since the user last gave something
    questions: tuple[str, ...] = ()  # open preparation questions
    can_offer: str = ""
    assessment: da.Assessment | None = None  # the latest observed scores
    project: str = ""  # an active project shared with the user: working together is contact enough
    introducer: str = ""  # for someone not met yet: a strong tie of the user who knows them (issue 14)


@dataclass(frozen=True, slots=True)
class Commitment:
    """An open follow-up (`on` = its date) or a thank-you owed (`on` = when the help came)."""

    interaction_id: int
    contact_id: int
    on: dt.date
    about_kind: str
    about_date: dt.date
    summary: str = ""


@dataclass(frozen=True)
class PlanInput:
    people: Mapping[int, Person]
    goals: Sequence[GoalInfo] = ()
    links: Sequence[Link] = ()
    follow_ups: Sequence[Commitment] = ()
    thanks: Sequence[Commitment] = ()
    threshold: float = DEFAULT_THRESHOLD


@dataclass(frozen=True, slots=True)
class Kept:
    """A stored planned touch, shown as it was planned."""

    touch_id: int
    contact_id: int
    kind: str
    reason: str
    category: str
    status: str = "planned"


@dataclass(frozen=True)
class WeekState:
    """What is stored for one week: `complete` weeks are shown as stored; others are filled up to
    capacity around the kept items, leaving out the excluded people (skipped or snoozed there)."""

    kept: tuple[Kept, ...] = ()
    excluded: frozenset[int] = frozenset()
    complete: bool = False


# ----------------------------------------------------------------------------------------- the output


@dataclass(frozen=True, slots=True)
class PlanItem:
    week_start: dt.date
    contact_id: int
    name: str
    category: str
    kind: str
    reason: str
    score: float
    importance: float
    urgency: float
    due: dt.date | None = None
    goal_id: int | None = None
    questions: tuple[str, ...] = ()
    give_first: str = ""
    context: tuple[str, ...] = ()  # private lines: what the follow-ups and thanks are about
    commitments: tuple[int, ...] = ()  # ids of the interactions this item follows up or thanks for
    touch_id: int | None = None
    status: str = "planned"
    via: str = ""  # a first touch through an introduction: who to ask

    @property
    def title(self) -> str:
        if self.via and self.category == Category.FIRST_TOUCH:
            return TEXT["title_introduction"].format(via=self.via, name=self.name)
        return title_for(self.category, self.kind, self.name)


@dataclass(frozen=True)
class PlanWeek:
    week_start: dt.date
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class Plan:
    today: dt.date
    capacity: int
    weeks: tuple[PlanWeek, ...] = field(default_factory=tuple)

    def items(self) -> list[PlanItem]:
        return [item for week in self.weeks for item in week.items]


# ------------------------------------------------------------------------------------------ the rules


def urgency(due: dt.date | None, on: dt.date) -> float:
    """1 when due or overdue, halving every `URGENCY_HALF_DAYS` days before the due date; 0 without one."""
    if due is None:
        return 0.0
    days = (due - on).days
    return 1.0 if days <= 0 else float(2.0 ** (-days / URGENCY_HALF_DAYS))


def _link_value(link: Link, goals: Mapping[int, GoalInfo]) -> float:
    return link_value(link, goals[link.goal_id].priority)


def fitted_links(links: Iterable[Link], people: Mapping[int, Person]) -> list[Link]:
    """The links with the fit of each person's assessment for the link's role."""
    out = []
    for link in links:
        person = people.get(link.contact_id)
        value = da.fit(link.role, person.assessment if person is not None else None)
        out.append(link if value == link.fit else replace(link, fit=value))
    return out


def best_link(contact_id: int, network: PlanInput) -> Link | None:
    """The person's link to an active goal that gives their importance (ties: goal title, goal id)."""
    goals = {g.id: g for g in network.goals if g.active}
    mine = [lk for lk in network.links if lk.contact_id == contact_id and lk.goal_id in goals]
    if not mine:
        return None
    return min(mine, key=lambda lk: (-_link_value(lk, goals), goals[lk.goal_id].title, lk.goal_id))


def importance(contact_id: int, network: PlanInput) -> float:
    goals = {g.id: g for g in network.goals if g.active}
    link = best_link(contact_id, network)
    value = _link_value(link, goals) if link is not None else 0.0
    return max(IMPORTANCE_FLOOR, value)


def gap_goals(network: PlanInput) -> set[int]:
    """Active goals that nobody supports strongly (`domain.network.supports`)."""
    strength = {cid: person.strength for cid, person in network.people.items()}
    return dn.gap_goals(network.goals, network.links, strength, network.threshold)


def give_first_hint(person: Person) -> str:
    """"You have asked Maria for help three times...; offer something", or "" when the balance is fine."""
    first = first_name(person.name)
    if person.asks_since_gave >= GIVE_FIRST_ASKS:
        times = TIMES[person.asks_since_gave] if person.asks_since_gave < len(TIMES) else (
            f"{person.asks_since_gave} times")
        hint = TEXT["give_first_asks"].format(first=first, times=times)
    elif person.balance <= GIVE_FIRST_BALANCE:
        hint = TEXT["give_first_balance"].format(first=first)
    else:
        return ""
    if person.can_offer.strip():
        hint += TEXT["offer"].format(offer=person.can_offer.strip())
    return hint


def suggest_kind(person: Person, category: str, link: Link | None, threshold: float) -> str:
    """Follow-up: a call; thanks: a message; a first touch: small (coffee when it matters, else a short
    question); a fading tie: coffee, or lunch when it matters a lot; a live tie: what the role calls for."""
    if category == Category.FOLLOW_UP:
        return InteractionKind.CALL.value
    if category == Category.THANKS:
        return InteractionKind.MESSAGE.value
    relevance = link.relevance if link is not None else 0
    if person.last_contact is None or category == Category.FIRST_TOUCH:
        if da.caution(person.assessment):  # low chemistry or trust: a low-stakes touch, observe first
            return InteractionKind.SHORT_QUESTION.value
        return (InteractionKind.COFFEE if relevance >= 3 else InteractionKind.SHORT_QUESTION).value
    if person.strength < threshold:
        return (InteractionKind.LUNCH if relevance >= 3 else InteractionKind.COFFEE).value
    role = link.role if link is not None else ""
    if role == Role.MENTOR:
        return InteractionKind.MENTORING_SESSION.value
    if role == Role.FEEDBACK_GIVER:
        return InteractionKind.FEEDBACK_SESSION.value
    return InteractionKind.COFFEE.value


def _strength_words(person: Person, today: dt.date) -> str:
    if person.last_contact is None:
        return _join([TEXT["never_met"], da.caution(person.assessment),
                      "" if person.questions else da.TEXT["prepare"]])
    return TEXT["strength_since"].format(
        pct=round(person.strength * 100), kind=kind_label(person.last_kind or ""),
        date=short_date(person.last_contact, today),
    )


def _due_words(person: Person, on: dt.date, today: dt.date) -> str:
    due = person.due
    if due is None:
        return ""
    words = TEXT["overdue" if due < on else "due"].format(date=short_date(due, today))
    cadence = person.cadence_days
    if cadence and (person.last_contact is None or (due - person.last_contact).days % cadence == 0):
        words += TEXT["cadence"].format(days=cadence)
    return words


def _goal_words(link: Link | None, network: PlanInput, *, gap: bool = False) -> str:
    if link is None:
        return TEXT["no_goal"]
    goal = next(g for g in network.goals if g.id == link.goal_id)
    role = ROLE_LABELS.get(link.role, link.role.replace("_", " "))
    person = network.people.get(link.contact_id)
    why = da.explain(link.role, person.assessment if person is not None else None)
    return _join([TEXT["gap" if gap else "link"].format(role=role, goal=goal.title), why])


def _join(parts: Iterable[str]) -> str:
    return TEXT["joiner"].join(p for p in parts if p)


def _commitment_words(key: str, items: Sequence[Commitment], today: dt.date) -> list[str]:
    out = []
    for c in items:
        when = short_date(c.about_date, today)
        if key == "follow_up" and c.on != c.about_date:
            out.append(TEXT["follow_up_due"].format(kind=kind_label(c.about_kind), date=when,
                                                    due=short_date(c.on, today)))
        else:
            out.append(TEXT[key].format(kind=kind_label(c.about_kind), date=when))
    return out


def _person(network: PlanInput, contact_id: int) -> Person:
    return network.people.get(contact_id) or Person(contact_id, f"#{contact_id}")


def _base_item(network: PlanInput, contact_id: int, monday: dt.date, on: dt.date) -> PlanItem:
    person = _person(network, contact_id)
    imp = importance(contact_id, network)
    urg = urgency(person.due, on)
    link = best_link(contact_id, network)
    return PlanItem(
        week_start=monday, contact_id=contact_id, name=person.name, category=Category.TOUCH.value,
        kind="", reason="", score=imp * urg, importance=imp, urgency=urg, due=person.due,
        goal_id=link.goal_id if link is not None else None, questions=person.questions,
        give_first=give_first_hint(person),
    )


def _commitment_item(network: PlanInput, category: Category, contact_id: int, monday: dt.date,
                     on: dt.date, follow_ups: Sequence[Commitment], thanks: Sequence[Commitment],
                     today: dt.date) -> PlanItem:
    base = _base_item(network, contact_id, monday, on)
    words = _commitment_words("follow_up", follow_ups, today) + _commitment_words("thanks", thanks, today)
    link = best_link(contact_id, network)
    reason = _join([*words, _strength_words(_person(network, contact_id), today),
                    _goal_words(link, network) if link is not None else ""])
    context = tuple(c.summary for c in (*follow_ups, *thanks) if c.summary)
    return _replace(base, category=category.value,
                    kind=suggest_kind(_person(network, contact_id), category, link, network.threshold),
                    reason=reason, context=context,
                    commitments=tuple(c.interaction_id for c in (*follow_ups, *thanks)))


def _replace(item: PlanItem, **changes: object) -> PlanItem:
    return replace(item, **changes)  # type: ignore[arg-type]  # the dataclass checks the field names


def _kept_item(network: PlanInput, kept: Kept, monday: dt.date, on: dt.date, today: dt.date) -> PlanItem:
    base = _base_item(network, kept.contact_id, monday, on)
    commitments: tuple[Commitment, ...] = ()
    if kept.category in (Category.FOLLOW_UP, Category.THANKS):
        end = monday + dt.timedelta(days=6)
        commitments = tuple(
            c for c in network.follow_ups if c.contact_id == kept.contact_id and c.on <= end
        ) + tuple(c for c in network.thanks if c.contact_id == kept.contact_id)
    person = network.people.get(kept.contact_id)
    via = person.introducer if person is not None and person.last_contact is None else ""
    return _replace(base, category=kept.category, kind=kept.kind,
                    reason=_kept_reason(network, kept, on, today, commitments),
                    touch_id=kept.touch_id, status=kept.status,
                    via=via if kept.category == Category.FIRST_TOUCH else "",
                    context=tuple(c.summary for c in commitments if c.summary),
                    commitments=tuple(c.interaction_id for c in commitments))


def _kept_reason(network: PlanInput, kept: Kept, on: dt.date, today: dt.date,
                 commitments: Sequence[Commitment]) -> str:
    """Why a stored touch is planned, in today's words: a link made since, a new due date, the user's
    language now. The stored text remains only for a commitment already resolved."""
    person = network.people.get(kept.contact_id)
    if person is None:
        return kept.reason
    link = best_link(kept.contact_id, network)
    if kept.category in (Category.FOLLOW_UP, Category.THANKS):
        follow_ups = [c for c in commitments if c in network.follow_ups]
        thanks = [c for c in commitments if c not in follow_ups]
        words = _commitment_words("follow_up", follow_ups, today) + _commitment_words("thanks", thanks, today)
        if not words:
            return kept.reason
        return _join([*words, _strength_words(person, today), _goal_words(link, network) if link else ""])
    if person.last_contact is None and person.due is None:
        gap = link is not None and link.goal_id in gap_goals(network)
        return _join([_strength_words(person, today), _goal_words(link, network, gap=gap)])
    return _join([_strength_words(person, today), _due_words(person, on, today), _goal_words(link, network)])


def _sort_key(item: PlanItem) -> tuple[int, float, str, int]:
    return (CATEGORY_RANK.get(item.category, 9), -item.score, item.name, item.contact_id)


def build_plan(
    network: PlanInput,
    today: dt.date,
    weeks: int = 4,
    capacity: int = 3,
    states: Mapping[dt.date, WeekState] | None = None,
) -> Plan:
    """The plan for `weeks` weeks from this one. `states` holds what is stored per week (by Monday)."""
    states = states or {}
    mondays = [week_start(today) + dt.timedelta(days=7 * k) for k in range(max(0, weeks))]
    gaps = gap_goals(network)
    # Everyone already in a stored week is not proposed again; the same for the commitments they cover.
    taken: set[int] = {k.contact_id for s in states.values() for k in s.kept}
    covered: set[int] = set()
    for monday, state in states.items():
        end = monday + dt.timedelta(days=6)
        for k in state.kept:
            if k.category in (Category.FOLLOW_UP, Category.THANKS):
                covered |= {c.interaction_id for c in network.follow_ups
                            if c.contact_id == k.contact_id and c.on <= end}
                covered |= {c.interaction_id for c in network.thanks if c.contact_id == k.contact_id}

    horizon_end = mondays[-1] + dt.timedelta(days=6) if mondays else today
    week_network = network
    out: list[PlanWeek] = []
    for index, monday in enumerate(mondays):
        on = today if index == 0 else monday
        state = states.get(monday, WeekState())
        items = [_kept_item(week_network, k, monday, on, today) for k in state.kept]
        if not state.complete:
            kept_commitments = sum(1 for k in state.kept if k.category in (Category.FOLLOW_UP,
                                                                           Category.THANKS))
            commitment_room = (capacity if capacity <= RESERVED_TOUCH_SLOTS
                               else capacity - RESERVED_TOUCH_SLOTS) - kept_commitments
            fresh = _fill_week(week_network, monday, on, today, capacity - len(items), commitment_room,
                               taken | set(state.excluded), covered, gaps, horizon_end)
            people = dict(week_network.people)
            for item in fresh:
                covered |= set(item.commitments)
                again = _next_due(people.get(item.contact_id), item, monday, on)
                if again is None or again > horizon_end:
                    taken.add(item.contact_id)
                else:  # a cadence brings them back in the week they fall due again
                    people[item.contact_id] = replace(people[item.contact_id], due=again)
            week_network = replace(week_network, people=people)
            items += fresh
        kept_part = sorted((i for i in items if i.touch_id is not None),
                           key=lambda i: (CATEGORY_RANK.get(i.category, 9), i.touch_id or 0))
        new_part = sorted((i for i in items if i.touch_id is None), key=_sort_key)
        out.append(PlanWeek(monday, tuple(kept_part + new_part)))
    return Plan(today=today, capacity=capacity, weeks=tuple(out))


def _next_due(person: Person | None, item: PlanItem, monday: dt.date, on: dt.date) -> dt.date | None:
    """When a person with a cadence falls due again after the touch planned in this week (on its due
    day when that is in the week, else the week's first day); None without a cadence."""
    if person is None or not person.cadence_days:
        return None
    end = monday + dt.timedelta(days=6)
    day = on if item.due is None or item.due < on else min(item.due, end)
    return day + dt.timedelta(days=person.cadence_days)


def _fill_week(network: PlanInput, monday: dt.date, on: dt.date, today: dt.date, room: int,
               commitment_room: int, taken: set[int], covered: set[int], gaps: set[int],
               horizon_end: dt.date | None = None) -> list[PlanItem]:
    if room <= 0:
        return []
    end = monday + dt.timedelta(days=6)
    items: list[PlanItem] = []
    blocked = set(taken)

    def usable(c: Commitment) -> bool:
        person = network.people.get(c.contact_id)
        return (c.interaction_id not in covered and c.contact_id not in blocked and person is not None
                and person.status != ContactStatus.ARCHIVED)

    # 1. Commitments, one item per person, oldest first: follow-ups due by the week's end, then thanks.
    follow = sorted((c for c in network.follow_ups if c.on <= end and usable(c)),
                    key=lambda c: (c.on, c.interaction_id))
    thanks = sorted((c for c in network.thanks if usable(c)), key=lambda c: (c.on, c.interaction_id))
    order: list[tuple[Category, int]] = []
    for category, group in ((Category.FOLLOW_UP, follow), (Category.THANKS, thanks)):
        for c in group:
            if c.contact_id not in {cid for _, cid in order}:
                order.append((category, c.contact_id))
    for category, cid in order[:max(0, min(room, commitment_room))]:
        mine_f = [c for c in follow if c.contact_id == cid]
        mine_t = [c for c in thanks if c.contact_id == cid]
        items.append(_commitment_item(network, category, cid, monday, on, mine_f, mine_t, today))
        blocked.add(cid)
    room -= len(items)
    if room <= 0:
        return items

    # 2. Touches by importance * urgency, and first touches for prospects of goals with gaps.
    candidates: list[PlanItem] = []
    for cid, person in network.people.items():
        if cid in blocked or person.status == ContactStatus.ARCHIVED or person.project:
            continue  # (people in an active project with the user meet at work: no touch needed)
        if person.due is not None and end < person.due and (horizon_end is None or person.due <= horizon_end):
            continue  # due in a later week of the plan: planned there
        base = _base_item(network, cid, monday, on)
        link = best_link(cid, network)
        if person.last_contact is not None or person.due is not None:
            category = Category.TOUCH if person.last_contact is not None else Category.FIRST_TOUCH
            score = base.score
            parts = [_strength_words(person, today), _due_words(person, on, today),
                     _goal_words(link, network)]
            if category == Category.FIRST_TOUCH and person.introducer:
                parts.append(TEXT["introduction"].format(via=person.introducer,
                                                         first=first_name(person.name)))
                base = _replace(base, via=person.introducer)
        else:
            gap_links = [lk for lk in network.links if lk.contact_id == cid and lk.goal_id in gaps
                         and lk.relevance >= 1]
            goals = {g.id: g for g in network.goals}
            # Someone a strong tie of the user knows can be reached through them, gap or not.
            reachable = [lk for lk in network.links if lk.contact_id == cid and lk.relevance >= 1
                         and goals.get(lk.goal_id) is not None and goals[lk.goal_id].active
                         ] if person.introducer else []
            chosen = gap_links or reachable
            if not chosen:
                continue
            link = min(chosen, key=lambda lk: (-_link_value(lk, goals), goals[lk.goal_id].title,
                                               lk.goal_id))
            category = Category.FIRST_TOUCH
            score = max(IMPORTANCE_FLOOR, _link_value(link, goals)) * PROSPECT_URGENCY
            base = _replace(base, urgency=PROSPECT_URGENCY, goal_id=link.goal_id)
            parts = [_strength_words(person, today), _goal_words(link, network, gap=bool(gap_links))]
            if person.introducer:
                parts.append(TEXT["introduction"].format(via=person.introducer,
                                                         first=first_name(person.name)))
                base = _replace(base, via=person.introducer)
        if score < MIN_SCORE:
            continue
        candidates.append(_replace(
            base, category=category.value, score=score, reason=_join(parts),
            kind=suggest_kind(person, category, link, network.threshold),
        ))
    candidates.sort(key=lambda i: (-i.score, i.name, i.contact_id))
    first_touches = 0
    for item in candidates:
        if room <= 0:
            break
        if item.category == Category.FIRST_TOUCH:
            if first_touches >= MAX_FIRST_TOUCHES_PER_WEEK:
                continue
            first_touches += 1
        items.append(item)
        room -= 1
    return items


def suggested_start(week: dt.date, position: int, kind: str, today: dt.date) -> dt.datetime:
    """A local (naive) date and time for the position-th touch of a week: spread over Tuesday, Wednesday,
    Thursday, Monday, Friday at the kind's usual hour; never before today, never on a weekend."""
    day = week + dt.timedelta(days=SLOT_DAYS[position % len(SLOT_DAYS)])
    day = max(day, today)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    hour, minute, _ = KIND_SLOTS.get(kind, (10, 0, 30))
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def duration_minutes(kind: str) -> int:
    return KIND_SLOTS.get(kind, (10, 0, 30))[2]
