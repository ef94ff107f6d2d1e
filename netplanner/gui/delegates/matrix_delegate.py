"""Editing a goal-matrix cell in place: keys 0-3 set the relevance, Delete removes the link, and F2,
Enter or a double click open a small editor with the role and the relevance.

The delegate only turns keys and editor values into `setData` calls; the model makes them undoable.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netplanner.domain.model import RELEVANCE_MAX, RELEVANCE_MIN
from netplanner.gui.models.matrix_model import (
    NEW_LINK_ROLE,
    RELEVANCE_ROLE,
    ROLE_ROLE,
    STRENGTH_ROLE,
    role_labels,
)

AnyIndex = QModelIndex | QPersistentModelIndex
RELEVANCE_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
UNLINK_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class LinkEditor(QWidget):
    """A role combo ("Not linked" first) and a relevance spin box side by side."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.role = QComboBox(self)
        self.role.setObjectName("linkRoleCombo")
        self.role.addItem(self.tr("Not linked"), None)
        for value, label in role_labels().items():
            self.role.addItem(label, value)
        self.relevance = QSpinBox(self)
        self.relevance.setObjectName("linkRelevanceSpin")
        self.relevance.setRange(RELEVANCE_MIN, RELEVANCE_MAX)
        self.relevance.setToolTip(self.tr("Relevance: 0 not relevant, 3 very relevant"))
        # Narrow enough for the cell: the digit alone (arrow keys change it), the role elided; the list
        # that drops down is as wide as the longest role.
        self.relevance.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.relevance.setMaximumWidth(self.relevance.fontMetrics().horizontalAdvance("0") + 14)
        self.role.setMinimumContentsLength(3)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.view().setMinimumWidth(
            max(self.role.fontMetrics().horizontalAdvance(self.role.itemText(i))
                for i in range(self.role.count())) + 40)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.role, 1)
        layout.addWidget(self.relevance)
        self.setFocusProxy(self.role)
        self.relevance.valueChanged.connect(self._relevance_changed)
        self.role.activated.connect(lambda _i: self.committed.emit())

    def _relevance_changed(self, _value: int) -> None:
        # Choosing a relevance on an empty cell means "link this person"; experts by default.
        if self.role.currentData() is None:
            self.role.setCurrentIndex(self.role.findData(NEW_LINK_ROLE))

    def set_value(self, role: str | None, relevance: int | None) -> None:
        self.relevance.blockSignals(True)
        self.relevance.setValue(2 if relevance is None else relevance)
        self.relevance.blockSignals(False)
        found = self.role.findData(role) if role is not None else 0
        self.role.setCurrentIndex(max(found, 0))

    def value(self) -> tuple[str, int] | None:
        role = self.role.currentData()
        return None if role is None else (str(role), self.relevance.value())


class MatrixDelegate(QStyledItemDelegate):
    """Paints the heat colour even on the selected cell (with a frame instead of a fill) and, under a
    link, a thin bar as long as the relationship is strong; edits as described in the module."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._track = QColor(255, 255, 255, 150)
        self._bar = QColor(40, 40, 40, 190)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected and index.data(ROLE_ROLE) is not None:
            opt.state &= ~QStyle.StateFlag.State_Selected
        else:
            selected = False
        super().paint(painter, opt, index)
        rect: QRect = opt.rect
        strength = index.data(STRENGTH_ROLE)
        painter.save()
        if strength is not None:
            track = QRect(rect.left() + 3, rect.bottom() - 4, rect.width() - 6, 3)
            painter.fillRect(track, self._track)
            width = round(track.width() * max(0.0, min(1.0, float(strength))))
            painter.fillRect(QRect(track.left(), track.top(), width, track.height()), self._bar)
        if selected:
            pen = QPen(opt.palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = LinkEditor(parent)
        editor.committed.connect(lambda: self._commit(editor))
        return editor

    def _commit(self, editor: LinkEditor) -> None:
        self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, LinkEditor):
            editor.set_value(index.data(ROLE_ROLE), index.data(RELEVANCE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, LinkEditor):
            return
        value = editor.value()
        current = index.data(ROLE_ROLE)
        if value is None and current is None:
            return  # opened on an empty cell and left alone
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # Exactly over the cell: a wider editor would cover the neighbouring cells.
        rect = option.rect
        height = max(rect.height(), editor.minimumSizeHint().height())
        editor.setGeometry(rect.x(), rect.y(), rect.width(), height)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.NoModifier:
                key = Qt.Key(event.key())
                if key in RELEVANCE_KEYS:
                    model.setData(index, RELEVANCE_KEYS[key], RELEVANCE_ROLE)
                    return True
                if key in UNLINK_KEYS:
                    if index.data(ROLE_ROLE) is not None:
                        model.setData(index, None, Qt.ItemDataRole.EditRole)
                    return True
        return super().editorEvent(event, model, option, index)

