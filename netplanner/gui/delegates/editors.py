"""Inline editors for table cells: a choice list (status, kind), a 1-5 score, tags, a date, a number.

Each delegate reads the cell's EditRole (the native value) and writes a native value back with setData;
the model turns it into an undoable command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netplanner.gui.models.base import label

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over stored enum values, shown with their translated labels."""

    def __init__(
        self, values: Sequence[str], parent: QWidget | None = None, *, allow_empty: bool = False
    ) -> None:
        super().__init__(parent)
        self.values = ([""] if allow_empty else []) + list(values)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        for value in self.values:
            editor.addItem(label(value) if value else "—", value)
        editor.setAccessibleName(self.tr("Choose a value"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ScoreDelegate(QStyledItemDelegate):
    """A 1-5 score (or empty: not assessed yet). 0 in the spin box means empty."""

    def __init__(
        self, parent: QWidget | None = None, *, low: int = 1, high: int = 5, optional: bool = True
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.optional = low, high, optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(self.low - 1 if self.optional else self.low, self.high)
        if self.optional:
            editor.setSpecialValueText("—")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setAccessibleName(
            self.tr("Score from %1 to %2").replace("%1", str(self.low)).replace("%2", str(self.high))
        )
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if isinstance(value, int) else editor.minimum())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, None if self.optional and value < self.low else value, Qt.ItemDataRole.EditRole)


class TagsDelegate(QStyledItemDelegate):
    """Comma-separated tags, with completion of tags already in use (after the last comma)."""

    def __init__(self, known_tags: Sequence[str] | Callable[[], Sequence[str]] = (),
                 parent: QWidget | None = None) -> None:
        """`known_tags`: the tags to complete, or a function that gives them when an editor opens."""
        super().__init__(parent)
        self._source = known_tags if callable(known_tags) else None
        self.known_tags = [] if callable(known_tags) else list(known_tags)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        if self._source is not None:
            self.known_tags = list(self._source())
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("tags, separated by commas"))
        editor.setAccessibleName(self.tr("Tags"))
        if self.known_tags:
            completer = QCompleter(self.known_tags, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText(", ".join(value) if isinstance(value, list) else str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date with a calendar popup; the earliest date ("—") clears an optional date."""

    EMPTY = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(self.EMPTY)
        if self.optional:
            editor.setSpecialValueText("—")
        editor.setAccessibleName(self.tr("Date"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(to_qdate(value) if value else (self.EMPTY if self.optional else QDate.currentDate()))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value: Any = None if self.optional and editor.date() == self.EMPTY else from_qdate(editor.date())
        model.setData(index, value, Qt.ItemDataRole.EditRole)


def to_qdate(value: dt.date | str) -> QDate:
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A date field where Tab moves on to the next field (QDateEdit's Tab walks year, month, day first);
    Left and Right still move between the parts, Up and Down change them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
