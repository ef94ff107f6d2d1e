"""The Today view's data: this week's plan, overdue follow-ups, thank-yous owed, fading relationships and a
review reminder, as a two-level tree (sections, then one row per person).

`build_sections` is plain Python (tested without widgets); `PlanModel` shows its result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from netplanner.domain import planner as dp
from netplanner.domain.model import ContactStatus, TouchStatus
from netplanner.gui.models.base import ID_ROLE, ROW_ROLE, label

AnyIndex = QModelIndex | QPersistentModelIndex

#: Fading relationships listed at most (the most important first).
MAX_FADING = 10


class Section(StrEnum):
    THIS_WEEK = "this_week"
    FOLLOW_UPS = "follow_ups"
    THANKS = "thanks"
    FADING = "fading"
    REVIEW = "review"


class Column(IntEnum):
    PERSON = 0
    TOUCH = 1
    WHY = 2
    STATUS = 3


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


def build_sections(plan: dp.Plan, network: dp.Network, today: dt.date,
                   review_due_since: dt.date | None = None) -> list[SectionRows]:
    """The sections of the Today view, empty ones left out. Anything already in this week's plan is not
    repeated below it."""
    week = plan.weeks[0] if plan.weeks else dp.PlanWeek(dp.week_start(today), ())
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


def _goal_title(network: dp.Network, goal_id: int) -> str:
    return next((g.title for g in network.goals if g.goal_id == goal_id), "")


def _commitment_words(key: str, c: dp.Commitment, today: dt.date) -> str:
    return dp.TEXT[key].format(kind=dp.kind_label(c.about_kind), date=dp.short_date(c.about_date, today))


class PlanModel(QAbstractItemModel):
    """Sections at the top level (internal id 0), their entries below (internal id = section row + 1)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionRows] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._grey = QColor(128, 128, 128)
        self._warn = QColor(176, 96, 0)

    # ---- data in

    def set_sections(self, sections: list[SectionRows]) -> None:
        self.beginResetModel()
        self._sections = sections
        self.endResetModel()

    def sections(self) -> list[SectionRows]:
        return self._sections

    def entry(self, index: AnyIndex) -> Entry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        section = self._sections[index.internalId() - 1]
        return section.entries[index.row()] if index.row() < len(section.entries) else None

    def find(self, touch_id: int | None, section: str, contact_id: int) -> QModelIndex:
        """The index of an entry (by touch, else by section and person), or an invalid index."""
        for s_row, s in enumerate(self._sections):
            for row, e in enumerate(s.entries):
                if (touch_id is not None and e.touch_id == touch_id) or (
                        touch_id is None and e.section == section and e.contact_id == contact_id):
                    return self.index(row, 0, self.index(s_row, 0))
        return QModelIndex()

    # ---- structure

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ---- data out

    def section_title(self, section: SectionRows) -> str:
        count = len(section.entries)
        titles = {
            Section.THIS_WEEK: QCoreApplication.translate("PlanModel", "This week"),
            Section.FOLLOW_UPS: QCoreApplication.translate("PlanModel", "Follow-ups due"),
            Section.THANKS: QCoreApplication.translate("PlanModel", "Thank-yous owed"),
            Section.FADING: QCoreApplication.translate("PlanModel", "Fading relationships"),
            Section.REVIEW: QCoreApplication.translate("PlanModel", "Review"),
        }
        title = titles[section.section]
        return title if section.section == Section.REVIEW else f"{title} ({count})"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PERSON: QCoreApplication.translate("PlanModel", "Person"),
            Column.TOUCH: QCoreApplication.translate("PlanModel", "Touch"),
            Column.WHY: QCoreApplication.translate("PlanModel", "Why"),
            Column.STATUS: QCoreApplication.translate("PlanModel", "Status"),
        }.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self._sections[index.row()]
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
                return self.section_title(section)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        e = self.entry(index)
        if e is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, column)
        if role == ROW_ROLE:
            return e
        if role == ID_ROLE:
            return e.contact_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e)
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.status in (TouchStatus.DONE, TouchStatus.SKIPPED):
                return self._grey
            if column == Column.STATUS and e.section in (Section.FOLLOW_UPS, Section.FADING, Section.REVIEW):
                return self._warn
            return None
        if role == Qt.ItemDataRole.FontRole and e.status == TouchStatus.SKIPPED and column != Column.STATUS:
            return self._struck
        return None

    def _display(self, e: Entry, column: int) -> str:
        if e.section == Section.REVIEW:
            if column == Column.PERSON:
                return QCoreApplication.translate("PlanModel", "Network review")
            if column == Column.WHY:
                return QCoreApplication.translate(
                    "PlanModel", "Time to check your goals, who supports them and whom to contact again")
            return QCoreApplication.translate("PlanModel", "due %1").replace("%1", e.when) \
                if column == Column.STATUS else ""
        if column == Column.PERSON:
            return e.name
        if column == Column.TOUCH:
            return label(e.kind)
        if column == Column.WHY:
            return e.reason[:1].upper() + e.reason[1:]
        return self._status_text(e)

    def _status_text(self, e: Entry) -> str:
        if e.section == Section.THIS_WEEK:
            return {
                TouchStatus.PLANNED: QCoreApplication.translate("PlanModel", "Planned"),
                TouchStatus.DONE: QCoreApplication.translate("PlanModel", "✓ Done"),
                TouchStatus.SKIPPED: QCoreApplication.translate("PlanModel", "Skipped"),
                TouchStatus.SNOOZED: QCoreApplication.translate("PlanModel", "Snoozed"),
            }.get(TouchStatus(e.status), e.status) if e.status in set(TouchStatus) else e.status
        if e.section == Section.FOLLOW_UPS:
            return QCoreApplication.translate("PlanModel", "due %1").replace("%1", e.when)
        if e.section == Section.THANKS:
            return QCoreApplication.translate("PlanModel", "since %1").replace("%1", e.when)
        if e.section == Section.FADING:
            return QCoreApplication.translate("PlanModel", "strength %1").replace("%1", e.when)
        return e.when

    def _tooltip(self, e: Entry) -> str | None:
        lines = [e.title] if e.title else []
        if e.give_first:
            give = QCoreApplication.translate("PlanModel", "Give first: %1")
            lines.append(give.replace("%1", e.give_first))
        lines += [QCoreApplication.translate("PlanModel", "Ask: %1").replace("%1", q) for q in e.questions]
        return "\n".join(lines) or None
