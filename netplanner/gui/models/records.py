"""A table model over a list of small row objects (goals, interactions, trash, questions, search hits).

Subclasses describe their columns with `Col` and load their rows from the services. Sorting uses the
native value of a column (dates as dates, strings by Swedish collation); edits go to `edit_handler`,
which pushes an undoable command. For tables of thousands of rows, not 100k (People has its own model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from netplanner.domain.errors import NetPlannerError
from netplanner.gui.context import DataEvents
from netplanner.gui.errors import user_message
from netplanner.gui.follow import ChangeFollower, follow
from netplanner.gui.models.base import ID_ROLE, ROW_ROLE, SORT_ROLE, sorted_in_turns, swedish_collator
from netplanner.services.changes import Changes, Kind

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[int, str, object], None]


@dataclass(frozen=True)
class Col(Generic[R]):
    title: str
    native: Callable[[R], Any]
    display: Callable[[R], str] | None = None
    field: str | None = None  # the record's field an edit changes; None: read-only
    tooltip: str = ""
    check: bool = False  # shown as a check box
    center: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    editFailed = Signal(str)  # noqa: N815  Qt signal naming
    reloaded = Signal()  # after every reload, whether it reset the model or changed rows in place

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit_handler: EditHandler | None = None
        self._rows: list[R] = []
        self._collator = swedish_collator()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def follow(self, events: DataEvents, kinds: Iterable[Kind],
               wanted: Callable[[Changes], bool] | None = None) -> ChangeFollower:
        """Reload after changes of these kinds while the widget that owns the model (its parent) is
        visible, or when it is next shown; `wanted` may decline a change that does not concern the rows."""
        def refresh(changes: Changes) -> None:
            if wanted is None or wanted(changes):
                self.reload()
        parent = self.parent()
        page = parent if isinstance(parent, QWidget) else None
        return follow(page, events, kinds, refresh, owner=self)

    # ---- what subclasses provide ---------------------------------------------------------------

    def columns(self) -> Sequence[Col[R]]:
        raise NotImplementedError

    def load(self) -> list[R]:
        raise NotImplementedError

    def record_id(self, row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]  # every row type has an id

    # ---- rows ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the rows anew, changing only what changed so views keep their current cell and editors.

        A reset would drop the current cell, the selection and any open editor after every edit (each
        edit comes back through the data signals). Rows are removed, moved and inserted by id instead,
        then changed rows announced with dataChanged; a reset is left for when no row stays.
        """
        self.show_rows(self._sorted(self.load()))

    def show_rows(self, new_rows: list[R], *, reset: bool = False) -> None:
        """Show these rows, in the model's order already, changing only what changed (see `reload`);
        with `reset` (nearly every row moves) or when nothing is shown yet, the model is reset."""
        reset = reset or not self._rows
        if not reset:
            new_ids = [self.record_id(r) for r in new_rows]
            old_ids = [self.record_id(r) for r in self._rows]
            wanted = set(new_ids)
            kept = [rid for rid in old_ids if rid in wanted]
            # Duplicate ids cannot be matched; with no row kept there is nothing to match.
            reset = len(wanted) != len(new_ids) or len(set(old_ids)) != len(old_ids) or not kept
        if reset:
            self.beginResetModel()
            self._rows = new_rows
            self.endResetModel()
        else:
            self._remove_missing(wanted)
            present = set(kept)
            self._reorder([rid for rid in new_ids if rid in present])
            self._insert_new(new_rows, present)
            self._replace_changed(new_rows)
        self.reloaded.emit()

    def _remove_missing(self, wanted: set[int]) -> None:
        row = len(self._rows) - 1
        while row >= 0:  # bottom up, one contiguous block at a time
            if self.record_id(self._rows[row]) in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and self.record_id(self._rows[row]) not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _reorder(self, order: list[int]) -> None:
        if [self.record_id(r) for r in self._rows] == order:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.record_id(self._rows[p.row()]), p.column()) for p in persistent]
        by_id = {self.record_id(r): r for r in self._rows}
        self._rows = [by_id[rid] for rid in order]
        position = {rid: n for n, rid in enumerate(order)}
        self.changePersistentIndexList(persistent, [self.index(position[rid], col) for rid, col in held])
        self.layoutChanged.emit()

    def _insert_new(self, new_rows: list[R], present: set[int]) -> None:
        # The kept rows are already in their new relative order, so inserting in increasing position
        # lands every row where it belongs.
        row = 0
        while row < len(new_rows):
            if self.record_id(new_rows[row]) in present:
                row += 1
                continue
            first = row
            while row < len(new_rows) and self.record_id(new_rows[row]) not in present:
                row += 1
            self.beginInsertRows(QModelIndex(), first, row - 1)
            self._rows[first:first] = new_rows[first:row]
            self.endInsertRows()

    def _replace_changed(self, new_rows: list[R]) -> None:
        changed = [n for n, (old, new) in enumerate(zip(self._rows, new_rows, strict=True)) if old != new]
        self._rows = new_rows
        if changed:
            # One range over whole rows: a view only resets an open editor's text for a one-cell change.
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], max(len(self.columns()) - 1, 0))
            )

    def replace_row(self, row: int, record: R) -> None:
        """Show `record` in place of row `row` (same id, same place in the order)."""
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, max(len(self.columns()) - 1, 0)))

    def append_rows(self, records: Sequence[R]) -> None:
        """Add rows at the end; the caller wraps this in beginInsertRows/endInsertRows."""
        self._rows.extend(records)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, record_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if self.record_id(r) == record_id), None)

    def _sorted(self, rows: list[R]) -> list[R]:
        return self.sorted_by(rows, self._sort, self._collator)

    def sorted_by(self, rows: list[R], sort: tuple[int, Qt.SortOrder] | None, collator: QCollator) -> list[R]:
        """`rows` in the order `sort` gives (column, order), strings compared by `collator`; a worker
        sorts with a collator of its own."""
        if sort is None:
            return rows
        column, order = sort
        native = self.columns()[column].native

        def value(row: R) -> Any:
            v = native(row)
            if isinstance(v, str):
                return (0, collator.sortKey(v))
            return (0, v) if v is not None else (1, 0)

        keys = [value(row) for row in rows]
        ordered = [rows[n] for n in sorted_in_turns(list(range(len(rows))), keys.__getitem__)]
        nones = [r for r in ordered if native(r) is None]
        values = [r for r in ordered if native(r) is not None]
        if order == Qt.SortOrder.DescendingOrder:
            values.reverse()
        return values + nones  # empty cells last either way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns()):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.record_id(self._rows[p.row()]), p.column()) for p in persistent]
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        if persistent:
            position = {self.record_id(r): n for n, r in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [self.index(position[rid], col) if rid in position else QModelIndex() for rid, col in held],
            )
        self.layoutChanged.emit()

    # ---- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return columns[section].tooltip or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        col = self.columns()[index.column()]
        if col.field is not None and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if col.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.check:
                return None
            if col.display is not None:
                return col.display(row)
            value = col.native(row)
            return "" if value is None else str(value)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return col.native(row)
        if role == Qt.ItemDataRole.CheckStateRole and col.check:
            return Qt.CheckState.Checked if col.native(row) else Qt.CheckState.Unchecked
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.record_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.center:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.display is not None and not col.check:
            text = col.display(row)
            return text if len(text) > 40 else None
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Colours and fonts, for subclasses."""
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        col = self.columns()[index.column()]
        if col.field is None:
            return False
        if col.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if value == col.native(row):
            return False
        try:
            self.edit_handler(self.record_id(row), col.field, value)
        except NetPlannerError as exc:
            self.editFailed.emit(user_message(exc))
            return False
        return True
