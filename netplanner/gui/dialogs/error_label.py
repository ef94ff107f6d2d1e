"""The red, hidden-until-needed line where a dialog says why its input was not accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("errorLabel")
    error.setStyleSheet("color: #b00020;")
    error.setWordWrap(True)
    error.hide()
    return error
