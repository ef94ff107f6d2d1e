"""A spin box whose lowest value means "default" (shown as a word) and whose first step up goes to the
default itself, not to the lowest number: from "default" to "110 days", never to "1 days"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


class DefaultSpinBox(QSpinBox):
    def __init__(self, special_text: str, start: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpecialValueText(special_text)
        self._start = start

    def set_start(self, start: int) -> None:
        self._start = start

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps > 0:
            self.setValue(max(self.minimum() + 1, min(self._start, self.maximum())))
            return
        super().stepBy(steps)
