"""Add or edit a development goal: title, competence area, why, priority, status, target date, next steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import GoalStatus
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateField, from_qdate, to_qdate
from netplanner.gui.dialogs.error_label import error_label
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import label
from netplanner.services.goals import clean_goal_fields


class GoalEditorDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, goal_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id = goal_id
        self.setObjectName("goalEditor")
        self.setWindowTitle(self.tr("New goal") if goal_id is None else self.tr("Edit goal"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Become a confident public speaker"))
        self.title.setAccessibleName(self.tr("Goal title"))
        form.addRow(self.tr("&Goal"), self.title)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. public speaking"))
        self.area.setAccessibleName(self.tr("Competence area"))
        form.addRow(self.tr("&Competence area"), self.area)
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.why.fontMetrics().lineSpacing() * 3 + 12)
        self.why.setAccessibleName(self.tr("Why this goal matters"))
        form.addRow(self.tr("&Why"), self.why)
        self.priority = QSpinBox()
        self.priority.setRange(1, 5)
        self.priority.setValue(3)
        self.priority.setAccessibleName(self.tr("Priority, 1 to 5"))
        self.priority.setSuffix(self.tr("  (5 = highest)"))
        form.addRow(self.tr("&Priority"), self.priority)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in GoalStatus:
            self.status.addItem(label(status.value), status.value)
        form.addRow(self.tr("&Status"), self.status)
        self.has_target = QCheckBox(self.tr("&Target date"))
        self.target = DateField()
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.target.setDate(to_qdate(ctx.today()).addMonths(6))
        self.target.setEnabled(False)
        self.target.setAccessibleName(self.tr("Target date"))
        self.has_target.toggled.connect(self.target.setEnabled)
        form.addRow(self.has_target, self.target)
        self.next_steps = QPlainTextEdit()
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setFixedHeight(self.next_steps.fontMetrics().lineSpacing() * 3 + 12)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        form.addRow(self.tr("&Next steps"), self.next_steps)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if goal_id is not None:
            goal = ctx.services.goals.get(goal_id)
            self.title.setText(goal.title)
            self.area.setText(goal.competence_area)
            self.why.setPlainText(goal.why)
            self.priority.setValue(goal.priority)
            self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
            if goal.target_date:
                self.has_target.setChecked(True)
                self.target.setDate(to_qdate(goal.target_date))
            self.next_steps.setPlainText(goal.next_steps)
        self._original = self.values()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "competence_area": self.area.text(),
            "why": self.why.toPlainText(),
            "priority": self.priority.value(),
            "status": self.status.currentData(),
            "target_date": from_qdate(self.target.date()) if self.has_target.isChecked() else None,
            "next_steps": self.next_steps.toPlainText(),
        }

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.goal_id is None:
            return values
        return {k: v for k, v in values.items() if v != self._original.get(k)}

    def accept(self) -> None:
        try:
            clean_goal_fields(self.values())
        except NetPlannerError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        super().accept()
