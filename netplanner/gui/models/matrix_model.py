"""The goal-to-contact matrix as a table model: active goals by people, a cell per possible link.

Rows are the active goals (highest priority first) and columns the people, linked people first; `swap()`
turns it round. Filters (everyone, linked only, one tag, one department) are applied in Python and end in
a model reset, never a proxy (see tech notes: proxies are slow on big tables). A cell shows the role and
the relevance 0-3, with the relevance as a heat colour; header tool tips give a goal's coverage and a
person's strength.

Edits go through `set_link()` (and `setData`, which calls it): each is saved through GoalService first,
updates the one cell and emits `linksChanged`, and only then goes on the context's undo stack as a
`LinkEditCommand`; a refused edit emits `errorOccurred` instead and leaves the stack alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from netplanner.domain import coverage as dc
from netplanner.domain import network as dn
from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import RELEVANCE_MAX, RELEVANCE_MIN, Role
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import sorted_in_turns

#: The value of a cell: (role, relevance), or None for "not linked".
LinkValue = tuple[str, int] | None
AnyIndex = QModelIndex | QPersistentModelIndex

ROLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the link's role value ("mentor"), or None
RELEVANCE_ROLE = Qt.ItemDataRole.UserRole + 2  # 0-3, or None when not linked
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 3
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 4
STRENGTH_ROLE = Qt.ItemDataRole.UserRole + 5  # the linked person's strength 0..1, or None when not linked
NEW_LINK_ROLE = Role.EXPERT.value  # the role a link gets when it is made with a relevance key

#: Heat colours for relevance 0..3 (background, text): pale for "linked but not relevant", deep for 3.
HEAT: tuple[tuple[str, str], ...] = (
    ("#e8e8e8", "#555555"),
    ("#fde9b8", "#4a3b00"),
    ("#f8a65b", "#3d1f00"),
    ("#d9480f", "#ffffff"),
)


class MatrixFilter(StrEnum):
    ALL = "all"
    LINKED = "linked"
    TAG = "tag"
    DEPARTMENT = "department"


def role_labels() -> dict[str, str]:
    """Short, translated names of the roles for cells, combos and menus."""
    return {
        Role.MENTOR.value: QCoreApplication.translate("GoalMatrixModel", "Mentor"),
        Role.SPONSOR.value: QCoreApplication.translate("GoalMatrixModel", "Sponsor"),
        Role.EXPERT.value: QCoreApplication.translate("GoalMatrixModel", "Expert"),
        Role.PEER.value: QCoreApplication.translate("GoalMatrixModel", "Peer"),
        Role.FEEDBACK_GIVER.value: QCoreApplication.translate("GoalMatrixModel", "Feedback giver"),
        Role.ROLE_MODEL.value: QCoreApplication.translate("GoalMatrixModel", "Role model"),
    }


def order_by_name(people: Iterable[dc.PersonInfo]) -> list[int]:
    """The ids of these people in the locale's order of their names (then by id); made where the
    network is read, on the reading twin in a big network."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    keys = {p.id: collator.sortKey(p.name) for p in people}
    return sorted_in_turns(sorted(keys), keys.__getitem__)  # sort keys compare with <


Filter = tuple["MatrixFilter", str]


@dataclasses.dataclass(frozen=True)
class Arranged:
    """A network laid out for the matrix: what `GoalMatrixModel.show_arranged` shows (made on the
    reading twin in a big network, where sorting 100k people and indexing their links takes a while)."""

    network: dc.CoverageInput
    links: dict[tuple[int, int], dn.Link]
    name_order: list[int]
    filter: Filter
    people: list[dc.PersonInfo]
    person_pos: dict[int, int]  # a person's id -> their place in `people`


def arrange(shared: dc.CoverageInput, name_order: list[int] | None, shown: Filter) -> Arranged:
    """`shared` (as `CoverageService.network` read it) arranged for the matrix with this filter."""
    # A copy of the shared network: the model edits its links in place as the user links people.
    network = dataclasses.replace(shared)
    network.links = list(network.links)
    links = {(link.goal_id, link.contact_id): link for link in network.links}
    order = name_order if name_order is not None else order_by_name(network.people.values())
    people = people_in_order(network, links, order, shown)
    return Arranged(network, links, order, shown, people, {p.id: i for i, p in enumerate(people)})


def people_in_order(network: dc.CoverageInput, links: dict[tuple[int, int], dn.Link], name_order: list[int],
                    shown: Filter) -> list[dc.PersonInfo]:
    """The people the filter shows, linked people first, each group in the locale's order."""
    mode, value = shown
    people = network.people.values()
    linked = {cid for _, cid in links}
    folded = value.casefold()
    if mode == MatrixFilter.LINKED:
        chosen = [p for p in people if p.id in linked]
    elif mode == MatrixFilter.TAG:
        chosen = [p for p in people if any(t.casefold() == folded for t in p.tags)]
    elif mode == MatrixFilter.DEPARTMENT:
        chosen = [p for p in people if p.department.casefold() == folded]
    else:
        chosen = list(people)
    everyone = network.people
    chosen_ids = {p.id for p in chosen}
    ordered = [everyone[pid] for pid in name_order if pid in chosen_ids]
    return [p for p in ordered if p.id in linked] + [p for p in ordered if p.id not in linked]


class GoalMatrixModel(QAbstractTableModel):
    """Active goals x people; see the module docstring."""

    #: A goal's links changed (here or after a reload): its coverage may differ.
    coverageChanged = Signal(int)  # noqa: N815  Qt signal naming
    #: An edit was refused (the message says why); nothing was saved and nothing is on the undo stack.
    errorOccurred = Signal(str)  # noqa: N815  Qt signal naming

    def __init__(self, ctx: GuiContext, parent: QObject | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ctx.services.coverage
        self._network = dc.CoverageInput([], {}, [])
        self._goals: list[dn.GoalInfo] = []
        self._people: list[dc.PersonInfo] = []
        self._links: dict[tuple[int, int], dn.Link] = {}
        self._goal_pos: dict[int, int] = {}
        self._person_pos: dict[int, int] = {}
        self._coverage: dict[int, dc.GoalCoverage] = {}
        self._name_order: list[int] = []  # everyone's ids in the locale's order of names
        self._transposed = False
        self._filter: Filter = (MatrixFilter.ALL, "")
        self._labels = role_labels()
        self._cell_text = {(role, rel): f"{label} {rel}" for role, label in self._labels.items()
                           for rel in range(RELEVANCE_MIN, RELEVANCE_MAX + 1)}
        self._heat = [(QBrush(QColor(bg)), QBrush(QColor(fg))) for bg, fg in HEAT]
        self._align = int(Qt.AlignmentFlag.AlignCenter)
        if load:
            self.reload()

    # ------------------------------------------------------------------------------------ loading

    def reload(self, today: dt.date | None = None) -> None:
        """Read goals, people, links and strength again (after changes elsewhere)."""
        self.show_network(self._service.network(today or self._ctx.today()))

    def show_network(self, shared: dc.CoverageInput, name_order: list[int] | None = None) -> None:
        """Show goals, people, links and strength as `CoverageService.network` read them."""
        self.show_arranged(arrange(shared, name_order, self._filter))

    def show_arranged(self, arranged: Arranged) -> None:
        """Show a network `arrange` laid out (here or on the reading twin), in the current filter."""
        if arranged.filter != self._filter:  # the filter changed while the twin arranged
            arranged = arrange(arranged.network, arranged.name_order, self._filter)
        self.beginResetModel()
        self._network = arranged.network
        self._goals = list(arranged.network.goals)
        self._goal_pos = {g.id: i for i, g in enumerate(self._goals)}
        self._links = arranged.links
        self._coverage = {}
        self._name_order = arranged.name_order
        self._people = arranged.people
        self._person_pos = arranged.person_pos
        self.endResetModel()
        for goal in self._goals:
            self.coverageChanged.emit(goal.id)

    def set_filter(self, mode: MatrixFilter, value: str = "") -> None:
        self._filter = (MatrixFilter(mode), value)
        self.beginResetModel()
        self._people = people_in_order(self._network, self._links, self._name_order, self._filter)
        self._person_pos = {p.id: i for i, p in enumerate(self._people)}
        self.endResetModel()

    def filter(self) -> tuple[MatrixFilter, str]:
        return self._filter

    def tags(self) -> list[str]:
        """Every tag in use, for the filter."""
        found = {t.casefold(): t for p in self._network.people.values() for t in p.tags}
        return sorted(found.values(), key=str.casefold)

    def departments(self) -> list[str]:
        found = {p.department.casefold(): p.department for p in self._network.people.values() if p.department}
        return sorted(found.values(), key=str.casefold)

    # ------------------------------------------------------------------------------------ axes

    def swap(self) -> None:
        """Goals as columns and people as rows, or back."""
        self.beginResetModel()
        self._transposed = not self._transposed
        self.endResetModel()

    def is_transposed(self) -> bool:
        return self._transposed

    def goals(self) -> list[dn.GoalInfo]:
        return list(self._goals)

    def people(self) -> list[dc.PersonInfo]:
        return list(self._people)

    def goal_at(self, index: AnyIndex) -> dn.GoalInfo | None:
        if not index.isValid():
            return None
        pos = index.column() if self._transposed else index.row()
        return self._goals[pos] if 0 <= pos < len(self._goals) else None

    def person_at(self, index: AnyIndex) -> dc.PersonInfo | None:
        if not index.isValid():
            return None
        pos = index.row() if self._transposed else index.column()
        return self._people[pos] if 0 <= pos < len(self._people) else None

    def cell(self, goal_id: int, contact_id: int) -> QModelIndex:
        """The index of a goal and a person, invalid when either is not shown."""
        g, p = self._goal_pos.get(goal_id), self._person_pos.get(contact_id)
        if g is None or p is None:
            return QModelIndex()
        return self.index(p, g) if self._transposed else self.index(g, p)

    def goal_section(self, goal_id: int) -> int | None:
        return self._goal_pos.get(goal_id)

    def person_name(self, contact_id: int) -> str:
        person = self._network.people.get(contact_id)
        return person.name if person else ""

    def link(self, goal_id: int, contact_id: int) -> dn.Link | None:
        return self._links.get((goal_id, contact_id))

    # ------------------------------------------------------------------------------------ coverage

    def coverage(self, goal_id: int) -> dc.GoalCoverage | None:
        """Coverage of a shown goal, computed when first asked for and kept until its links change."""
        found = self._coverage.get(goal_id)
        if found is None:
            pos = self._goal_pos.get(goal_id)
            if pos is None:
                return None
            links = [link for (gid, _), link in self._links.items() if gid == goal_id]
            found = dc.assess_goal(self._goals[pos], links, self._network.people, self._network.threshold,
                                   self._network.index)
            self._coverage[goal_id] = found
        return found

    # ------------------------------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  Qt's default argument
        if parent.isValid():
            return 0
        return len(self._people) if self._transposed else len(self._goals)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._goals) if self._transposed else len(self._people)

    def _ids(self, index: AnyIndex) -> tuple[int, int]:
        if self._transposed:
            return self._goals[index.column()].id, self._people[index.row()].id
        return self._goals[index.row()].id, self._people[index.column()].id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal_id, contact_id = self._ids(index)
        link = self._links.get((goal_id, contact_id))
        if role == Qt.ItemDataRole.DisplayRole:
            return None if link is None else self._cell_text.get((link.role, link.relevance), link.role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if link is None else self._heat[link.relevance][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if link is None else self._heat[link.relevance][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align
        if role == Qt.ItemDataRole.EditRole:
            return None if link is None else (link.role, link.relevance)
        if role == ROLE_ROLE:
            return None if link is None else link.role
        if role == RELEVANCE_ROLE:
            return None if link is None else link.relevance
        if role == STRENGTH_ROLE:
            return None if link is None else self._network.people[contact_id].strength
        if role == GOAL_ID_ROLE:
            return goal_id
        if role == CONTACT_ID_ROLE:
            return contact_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(goal_id, contact_id, link)
        return None

    def _cell_tooltip(self, goal_id: int, contact_id: int, link: dn.Link | None) -> str:
        goal = self._goals[self._goal_pos[goal_id]].title
        person = self.person_name(contact_id)
        if link is None:
            return self.tr("{0} is not linked to {1}. Press 1-3 to link, or Enter to choose a role.").format(
                person, goal)
        text = self.tr("{0} for {1}: {2}, relevance {3} of 3; strength {4} % (the bar at the bottom)").format(
            person, goal, self._labels.get(link.role, link.role), link.relevance,
            dc.percent(self._network.people[contact_id].strength))
        return f"{text}\n{link.note}" if link.note else text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal_axis = Qt.Orientation.Horizontal if self._transposed else Qt.Orientation.Vertical
        if orientation == goal_axis:
            if not 0 <= section < len(self._goals):
                return None
            goal = self._goals[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return goal.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._goal_tooltip(goal)
            if role == GOAL_ID_ROLE:
                return goal.id
            return None
        if not 0 <= section < len(self._people):
            return None
        person = self._people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._person_tooltip(person)
        if role == CONTACT_ID_ROLE:
            return person.id
        return None

    def _goal_tooltip(self, goal: dn.GoalInfo) -> str:
        cov = self.coverage(goal.id)
        assert cov is not None
        lines = [goal.title]
        if goal.competence_area:
            lines.append(self.tr("Competence area: {0}").format(goal.competence_area))
        lines.append(self.tr("Coverage %1 %: %n supporters, %2 strong", "", len(cov.supporters))
                     .replace("%1", str(dc.percent(cov.score))).replace("%2", str(cov.strong_supporters)))
        lines.extend(f"• {flag.message()}" for flag in cov.flags)
        return "\n".join(lines)

    def _person_tooltip(self, person: dc.PersonInfo) -> str:
        lines = [person.name]
        if person.department:
            lines.append(person.department)
        if person.met:
            trend = {1: self.tr("rising"), -1: self.tr("falling")}.get(person.trend, self.tr("steady"))
            lines.append(self.tr("Strength {0} % ({1})").format(dc.percent(person.strength), trend))
            if person.last_contact is not None:
                lines.append(self.tr("Last contact {0}").format(person.last_contact.isoformat()))
            if person.silence == "warning":
                lines.append(self.tr("Quieter than usual"))
            elif person.silence == "lost":
                lines.append(self.tr("Silent far longer than usual: the tie is likely lost"))
        else:
            lines.append(self.tr("Not met yet"))
        if person.expertise:
            lines.append(self.tr("Expertise: {0}").format(", ".join(person.expertise)))
        return "\n".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Value: (role, relevance), a relevance alone (keeps the role; new links are experts), or None
        to unlink. The change is pushed as an undoable command."""
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, RELEVANCE_ROLE, ROLE_ROLE):
            return False
        goal_id, contact_id = self._ids(index)
        current = self._links.get((goal_id, contact_id))
        if value is None:
            wanted: LinkValue = None
        elif role == ROLE_ROLE:
            wanted = (str(value), current.relevance if current else 2)
        elif isinstance(value, int) and not isinstance(value, bool):
            wanted = (current.role if current else NEW_LINK_ROLE, value)
        elif isinstance(value, tuple | list) and len(value) == 2:
            wanted = (str(value[0]), int(value[1]))
        else:
            return False
        return self.set_link(goal_id, contact_id, wanted)

    def set_link(self, goal_id: int, contact_id: int, value: LinkValue) -> bool:
        """Link (or unlink, with None) through the undo stack; False if the value is invalid or the same."""
        if goal_id not in self._goal_pos or contact_id not in self._network.people:
            return False
        old = self._links.get((goal_id, contact_id))
        new: dn.Link | None = None
        if value is not None:
            link_role, relevance = value
            if link_role not in self._labels or not RELEVANCE_MIN <= relevance <= RELEVANCE_MAX:
                return False
            new = dn.Link(goal_id, contact_id, link_role, relevance, old.note if old else "")
        if new == old:
            return False
        person = self.person_name(contact_id)
        if new is None:
            text = QCoreApplication.translate("LinkEditCommand", "Unlink {0}").format(person)
        elif old is None:
            text = QCoreApplication.translate("LinkEditCommand", "Link {0}").format(person)
        else:
            text = QCoreApplication.translate("LinkEditCommand", "Change link of {0}").format(person)
        try:
            undo.run(self._ctx, undo.CallbackCommand(
                self._ctx, text, lambda: self.write_link(goal_id, contact_id, new),
                lambda _done: self.write_link(goal_id, contact_id, old)))
        except NetPlannerError as exc:
            self.errorOccurred.emit(user_message(exc))
            return False
        return True

    def write_link(self, goal_id: int, contact_id: int, link: dn.Link | None) -> None:
        """Save a link (or its absence) and update the cell at once (the service announces the change to
        the other views). Used by the undo command."""
        goals = self._ctx.services.goals
        if link is None:
            goals.unlink(goal_id, contact_id)
            self._links.pop((goal_id, contact_id), None)
        else:
            goals.link(goal_id, contact_id, role=link.role, relevance=link.relevance, note=link.note)
            self._links[(goal_id, contact_id)] = link
        self._network.links = list(self._links.values())
        self._coverage.pop(goal_id, None)
        index = self.cell(goal_id, contact_id)
        if index.isValid():
            self.dataChanged.emit(index, index)
        section = self._goal_pos.get(goal_id)
        if section is not None:
            axis = Qt.Orientation.Horizontal if self._transposed else Qt.Orientation.Vertical
            self.headerDataChanged.emit(axis, section, section)
        self.coverageChanged.emit(goal_id)

    def has_links(self, links: Iterable[dn.Link]) -> bool:
        """Whether the model shows exactly these links of its goals and people (so a change of links
        made here, or one it already shows, needs no reload)."""
        mine = {(lk.goal_id, lk.contact_id): (lk.role, lk.relevance) for lk in self._links.values()}
        theirs = {(lk.goal_id, lk.contact_id): (lk.role, lk.relevance) for lk in links
                  if lk.goal_id in self._goal_pos and lk.contact_id in self._network.people}
        return mine == theirs
