"""The Today view's model: the agenda (`netplanner.services.agenda`: this week's plan, overdue follow-ups,
thank-yous owed, fading relationships and a review reminder) as a two-level tree, sections then one row
per person. The command line prints the same agenda (`netplanner today`).
"""

from __future__ import annotations

from enum import IntEnum
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

from netplanner.domain.model import TouchStatus
from netplanner.gui.models.base import ID_ROLE, ROW_ROLE, label
from netplanner.services.agenda import Entry, Section, SectionRows

__all__ = ["Column", "Entry", "PlanModel", "Section", "SectionRows"]

AnyIndex = QModelIndex | QPersistentModelIndex

class Column(IntEnum):
    PERSON = 0
    TOUCH = 1
    WHY = 2
    STATUS = 3



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
