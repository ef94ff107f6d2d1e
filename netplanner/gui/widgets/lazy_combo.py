"""A combo box whose list is made when the user first needs it: opened, or reached with the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class FillOnDemandComboBox(QComboBox):
    def __init__(self, fill: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill
        self._stale = True

    def mark_stale(self) -> None:
        """The list is out of date: it is made again before it is next shown or stepped through."""
        self._stale = True

    def filled(self) -> None:
        self._stale = False

    def is_stale(self) -> bool:
        return self._stale

    def ensure_filled(self) -> None:
        if self._stale:
            self._fill()
            self._stale = False

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_filled()
        super().wheelEvent(event)
