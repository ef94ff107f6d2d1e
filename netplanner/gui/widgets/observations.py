"""The person panel's Observations tab: the current assessment, the history of observations, and a form to
add one (date, optional 1-5 scores, a note). `ScoreInputs` is shared with the log dialog's "What did I
notice?" section. Every write is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain import assessment as da
from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import SCORE_MAX
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import DateField, from_qdate, to_qdate
from netplanner.gui.errors import user_message

OBSERVATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def dimension_labels() -> dict[str, str]:
    """The dimensions' names in the user's language (literal calls, so lupdate finds them)."""
    return {
        "knowledge_sharing": QCoreApplication.translate("Observations", "Knowledge sharing"),
        "feedback": QCoreApplication.translate("Observations", "Feedback"),
        "chemistry": QCoreApplication.translate("Observations", "Chemistry"),
        "trust": QCoreApplication.translate("Observations", "Trust"),
        "influence": QCoreApplication.translate("Observations", "Influence"),
        "engagement": QCoreApplication.translate("Observations", "Engagement"),
        "openness": QCoreApplication.translate("Observations", "Openness"),
        "results": QCoreApplication.translate("Observations", "Track record"),
    }


class ScoreInputs(QWidget):
    """One 1-5 spin box per dimension; "–" (0) means not noticed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for position, (name, caption) in enumerate(dimension_labels().items()):
            box = QSpinBox()
            box.setObjectName(f"score_{name}")
            box.setRange(0, SCORE_MAX)
            box.setSpecialValueText("–")
            box.setAccessibleName(caption)
            box.setToolTip(
                self.tr("%1, 1 (low) to 5 (high); – when you did not notice").replace("%1", caption))
            label = QLabel(caption)
            label.setBuddy(box)
            row, column = divmod(position, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
            self.boxes[name] = box

    def values(self) -> dict[str, int]:
        return {name: box.value() for name, box in self.boxes.items() if box.value() > 0}

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setValue(0)


class ObservationsWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.name = ""
        self.setObjectName("observationsPanel")
        self.summary = QLabel()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("observationsList")
        self.history.setAccessibleName(self.tr("Observations of this person, newest first"))
        self.history.setWordWrap(True)
        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Observed on"))
        self.scores = ScoreInputs(self)
        self.note = QLineEdit()
        self.note.setObjectName("observationNote")
        self.note.setPlaceholderText(self.tr("What did you notice? Engagement, openness, whom others ask…"))
        self.note.setAccessibleName(self.tr("What you noticed"))
        self.note.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add &observation"))
        self.add_button.setObjectName("addObservationButton")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected observation"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.date)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.scores)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        if contact_id != self.contact_id:
            self.scores.clear()
            self.note.clear()
            self.date.setDate(to_qdate(self.ctx.today()))
        self.contact_id, self.name = contact_id, name
        self.refresh()

    def refresh(self) -> None:
        self.history.clear()
        if self.contact_id is None:
            self.summary.clear()
            return
        self.date.setMaximumDate(to_qdate(self.ctx.today()))
        assessment = self.ctx.services.observations.assessment(self.contact_id)
        if assessment.count:
            self.summary.setText(
                self.tr("Now: %1 · observations: %2 · the last on %3")
                .replace("%1", da.describe(assessment) or self.tr("no scores yet"))
                .replace("%2", str(assessment.count))
                .replace("%3", assessment.observed_on.isoformat() if assessment.observed_on else "")
            )
        else:
            self.summary.setText(self.tr(
                "Not observed yet. Before you ask for much, notice how they share knowledge, give "
                "feedback and get results, and whether there is chemistry and trust."))
        for o in self.ctx.services.observations.for_contact(self.contact_id):
            parts = [o.observed_on.isoformat(), da.describe_scores(o.scores)]
            if o.note:
                parts.append(o.note)
            item = QListWidgetItem(" — ".join(p for p in parts if p))
            item.setData(OBSERVATION_ID_ROLE, o.id)
            self.history.addItem(item)

    def add(self) -> None:
        if self.contact_id is None:
            return
        fields = {"observed_on": from_qdate(self.date.date()), "note": self.note.text(),
                  **self.scores.values()}
        try:
            undo.run(self.ctx, undo.AddObservationCommand(self.ctx, self.contact_id, fields, self.name))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Observation not added"), user_message(exc))
            return
        self.scores.clear()
        self.note.clear()

    def remove_selected(self) -> None:
        if self.history.currentRow() < 0:
            return
        item = self.history.currentItem()
        try:
            observation_id = int(item.data(OBSERVATION_ID_ROLE))
            undo.run(self.ctx, undo.DeleteObservationCommand(self.ctx, observation_id))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Observation not removed"), user_message(exc))
