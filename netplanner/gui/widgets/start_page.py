"""The friendly start of an empty database: add a first goal, add a person, or load the example network."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netplanner.gui.context import GuiContext


class StartPage(QWidget):
    addGoalRequested = Signal()  # noqa: N815  Qt signal naming
    addPersonRequested = Signal()  # noqa: N815
    loadExampleRequested = Signal()  # noqa: N815
    importRequested = Signal()  # noqa: N815

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("startPage")
        title = QLabel(self.tr("Welcome to NetPlanner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Plan the network that carries your development at work. Start with what you want to learn, "
                "then map who can help, prepare your questions and keep in touch before relationships fade. "
                "Everything stays on this computer, encrypted."
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(640)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(16)
        choices = [
            (
                self.tr("Add your first &goal"),
                self.tr("What do you want to get better at? Goals decide whom you should meet."),
                self.addGoalRequested,
                "addGoalButton",
            ),
            (
                self.tr("Add a &person"),
                self.tr("Someone you learn from, or would like to."),
                self.addPersonRequested,
                "addPersonButton",
            ),
            (
                self.tr("Load the &example network"),
                self.tr(
                    "A made-up workplace of 40 people, goals and 18 months of interactions, to explore first."
                ),
                self.loadExampleRequested,
                "loadExampleButton",
            ),
            (
                self.tr("&Import from LinkedIn or vCard…"),
                self.tr("Bring in the people you already know: a LinkedIn export, a vCard or CSV file."),
                self.importRequested,
                "importButton",
            ),
        ]
        for row, (caption, explanation, signal, name) in enumerate(choices):
            button = QPushButton(caption)
            button.setObjectName(name)
            button.setMinimumWidth(260)
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setAccessibleName(caption.replace("&", ""))
            button.setAccessibleDescription(explanation)
            button.clicked.connect(signal.emit)
            text = QLabel(explanation)
            text.setWordWrap(True)
            text.setMinimumWidth(320)
            text.setMaximumWidth(420)
            grid.addWidget(button, row, 0)
            grid.addWidget(text, row, 1)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addSpacing(8)
        box.addWidget(intro)
        box.addSpacing(24)
        box.addLayout(grid)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box)
        outer.addStretch(2)
        outer.setAlignment(box, Qt.AlignmentFlag.AlignHCenter)
