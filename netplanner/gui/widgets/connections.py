"""The person panel's Connections tab (issue 14): the person's ties to other people, and a form to add,
change or remove one. A directed kind is offered both ways ("reports to" / "is reported to by"), so the
person is always the subject of the phrase. Every write is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.ties import DEFAULT_STRENGTH, STRENGTH_MAX, STRENGTH_MIN, TieKind
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.widgets.lazy_combo import FillOnDemandComboBox
from netplanner.services.ties import TieView

TIE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: (kind, the person is the tie's `from` end)
Phrase = tuple[TieKind, bool]


def phrases() -> dict[Phrase, str]:
    """What the person does, in the user's language (literal calls, so lupdate finds them)."""
    return {
        (TieKind.WORKS_WITH, True): QCoreApplication.translate("Ties", "works with"),
        (TieKind.KNOWS, True): QCoreApplication.translate("Ties", "knows"),
        (TieKind.REPORTS_TO, True): QCoreApplication.translate("Ties", "reports to"),
        (TieKind.REPORTS_TO, False): QCoreApplication.translate("Ties", "manages"),
        (TieKind.SEEKS_ADVICE_FROM, True): QCoreApplication.translate("Ties", "seeks advice from"),
        (TieKind.SEEKS_ADVICE_FROM, False): QCoreApplication.translate("Ties", "is asked for advice by"),
        (TieKind.GIVES_FEEDBACK_TO, True): QCoreApplication.translate("Ties", "gives feedback to"),
        (TieKind.GIVES_FEEDBACK_TO, False): QCoreApplication.translate("Ties", "gets feedback from"),
        (TieKind.INTRODUCED_ME_TO, True): QCoreApplication.translate("Ties", "introduced me to"),
        (TieKind.INTRODUCED_ME_TO, False): QCoreApplication.translate("Ties", "was introduced to me by"),
    }


def kind_labels() -> dict[TieKind, str]:
    """Each kind as a filter's entry (the map's)."""
    return {
        TieKind.WORKS_WITH: QCoreApplication.translate("Ties", "Works with"),
        TieKind.REPORTS_TO: QCoreApplication.translate("Ties", "Reports to"),
        TieKind.SEEKS_ADVICE_FROM: QCoreApplication.translate("Ties", "Seeks advice from"),
        TieKind.GIVES_FEEDBACK_TO: QCoreApplication.translate("Ties", "Gives feedback to"),
        TieKind.INTRODUCED_ME_TO: QCoreApplication.translate("Ties", "Introduced me to"),
        TieKind.KNOWS: QCoreApplication.translate("Ties", "Knows"),
    }


def phrase_of(view: TieView) -> Phrase:
    return view.tie.kind, view.outgoing or not view.tie.directed


def phrase_key(kind: TieKind, outgoing: bool) -> str:
    """A phrase as the combo box's item data ("reports_to>" or "reports_to<")."""
    return kind.value + (">" if outgoing else "<")


class ConnectionsWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.setObjectName("connectionsPanel")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("tiesList")
        self.list.setAccessibleName(self.tr("This person's connections"))
        self.list.currentItemChanged.connect(self._selected)
        self.phrase = QComboBox()
        self.phrase.setObjectName("tiePhrase")
        self.phrase.setAccessibleName(self.tr("Kind of connection"))
        for (kind, outgoing), text in phrases().items():
            self.phrase.addItem(text, phrase_key(kind, outgoing))
        # Everyone's names are listed when the user goes to pick someone (a big network has 100k).
        self.other = FillOnDemandComboBox(self._fill_people)
        self.other.setObjectName("tieOther")
        self.other.setEditable(True)
        self.other.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.other.setAccessibleName(self.tr("The other person"))
        line = self.other.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Whom (type a name)"))
        completer = self.other.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.strength = QSpinBox()
        self.strength.setObjectName("tieStrength")
        self.strength.setRange(STRENGTH_MIN, STRENGTH_MAX)
        self.strength.setValue(DEFAULT_STRENGTH)
        self.strength.setPrefix(self.tr("strength "))
        self.strength.setAccessibleName(self.tr("Strength of the connection, 1 (weak) to 3 (strong)"))
        self.note = QLineEdit()
        self.note.setObjectName("tieNote")
        self.note.setPlaceholderText(self.tr("A note (how they know each other)"))
        self.note.setAccessibleName(self.tr("Note on the connection"))
        self.add_button = QPushButton(self.tr("&Add connection"))
        self.add_button.setObjectName("addTieButton")
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveTieButton")
        self.save_button.setAccessibleName(self.tr("Save the changes to the selected connection"))
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("removeTieButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected connection"))
        self.remove_button.clicked.connect(self.remove_selected)
        form = QHBoxLayout()
        form.addWidget(self.phrase)
        form.addWidget(self.other, 1)
        form.addWidget(self.strength)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._views: dict[int, TieView] = {}

    def set_contact(self, contact_id: int | None) -> None:
        if contact_id != self.contact_id:
            self.note.clear()
            self.other.setCurrentIndex(-1)
            self.other.setEditText("")
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self._views.clear()
        if self.contact_id is None:
            self.summary.clear()
            return
        self.other.mark_stale()
        labels = phrases()
        views = self.ctx.services.ties.of(self.contact_id)
        for view in views:
            line = f"{labels[phrase_of(view)]} {view.other_name} ({view.tie.strength})"
            if view.tie.note:
                line += f" — {view.tie.note}"
            item = QListWidgetItem(line)
            item.setData(TIE_ID_ROLE, view.tie.id)
            self.list.addItem(item)
            self._views[view.tie.id] = view
        self.summary.setText(
            self.tr("Who they work with, report to, ask for advice and know: the map and "
                    "\"who can introduce me\" are built from these.") if not views
            else self.tr("%n connection(s).", "", len(views)))

    def _fill_people(self) -> None:
        self.other.blockSignals(True)
        text = self.other.currentText()
        self.other.clear()
        for pid, name, organisation in self.ctx.services.contacts.names():
            if pid != self.contact_id:
                self.other.addItem(f"{name} ({organisation})" if organisation else name, pid)
        self.other.setCurrentIndex(-1)
        self.other.setEditText(text)
        self.other.blockSignals(False)
        self.other.filled()

    def _selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        view = self._views.get(int(item.data(TIE_ID_ROLE))) if item is not None else None
        if view is None:
            return
        self.phrase.setCurrentIndex(self.phrase.findData(phrase_key(*phrase_of(view))))
        self.other.ensure_filled()
        self.other.setCurrentIndex(self.other.findData(view.other_id))
        self.strength.setValue(view.tie.strength)
        self.note.setText(view.tie.note)

    def _other_id(self) -> int | None:
        self.other.ensure_filled()
        index = self.other.currentIndex()
        typed = self.other.currentText().strip()
        if index >= 0 and self.other.itemText(index) == typed:
            return int(self.other.itemData(index))
        found = self.other.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found < 0:  # a bare name without the organisation
            found = next((i for i in range(self.other.count())
                          if self.other.itemText(i).split(" (")[0].casefold() == typed.casefold()), -1)
        return int(self.other.itemData(found)) if found >= 0 else None

    def _ends(self) -> tuple[TieKind, int, int] | None:
        assert self.contact_id is not None
        other = self._other_id()
        if other is None:
            QMessageBox.warning(self, self.tr("Connection not saved"),
                                self.tr("Choose the other person from the list."))
            return None
        key = str(self.phrase.currentData())
        kind, outgoing = TieKind(key[:-1]), key.endswith(">")
        return (kind, self.contact_id, other) if outgoing else (kind, other, self.contact_id)

    def add(self) -> None:
        if self.contact_id is None:
            return
        ends = self._ends()
        if ends is None:
            return
        kind, first, second = ends
        try:
            undo.run(self.ctx, undo.AddTieCommand(self.ctx, first, second, kind, self.strength.value(),
                                                  self.note.text()))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Connection not added"), user_message(exc))
            return
        self.note.clear()

    def save_selected(self) -> None:
        if self.contact_id is None or self.list.currentRow() < 0:
            return
        item = self.list.currentItem()
        ends = self._ends()
        if ends is None:
            return
        kind, first, second = ends
        try:
            undo.run(self.ctx, undo.EditTieCommand(
                self.ctx, int(item.data(TIE_ID_ROLE)), kind=kind, from_id=first, to_id=second,
                strength=self.strength.value(), note=self.note.text()))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Connection not saved"), user_message(exc))

    def remove_selected(self) -> None:
        if self.list.currentRow() < 0:
            return
        item = self.list.currentItem()
        try:
            undo.run(self.ctx, undo.RemoveTieCommand(self.ctx, int(item.data(TIE_ID_ROLE))))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Connection not removed"), user_message(exc))


# ---- "Who introduced us?" in the log dialog ------------------------------------------------------


def introducer_box(ctx: GuiContext, parent: QWidget | None = None) -> QComboBox:
    """A choice of the person who introduced the user to someone ("nobody" first)."""
    box = QComboBox(parent)
    box.setObjectName("introducedBy")
    box.setAccessibleName(QCoreApplication.translate("Ties", "Who introduced us?"))
    box.addItem(QCoreApplication.translate("Ties", "(nobody)"), None)
    for pid, name, _organisation in ctx.services.contacts.names():
        box.addItem(name, pid)
    return box


def record_introduction(ctx: GuiContext, box: QComboBox, contact_id: int) -> None:
    """Note "<chosen> introduced me to <contact>" as an undoable tie (nothing when it is already known)."""
    via = box.currentData()
    if via is None or int(via) == contact_id:
        return
    if any(v.other_id == int(via) and v.tie.kind is TieKind.INTRODUCED_ME_TO
           for v in ctx.services.ties.of(contact_id)):
        return
    undo.run(ctx, undo.AddTieCommand(ctx, int(via), contact_id, TieKind.INTRODUCED_ME_TO))
