"""Interactions: everything logged (interactionsView), filtered by person, kind and date range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QSettings, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import Direction, InteractionKind
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import ChoiceDelegate, DateDelegate, DateField, from_qdate, to_qdate
from netplanner.gui.dialogs.log_interaction import person_entries_of
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.base import ID_ROLE, label
from netplanner.gui.models.interactions_model import InteractionsModel
from netplanner.gui.widgets.people import configure_table, fit_headers
from netplanner.services.changes import Kind
from netplanner.services.facade import Services


def _choices(services: Services) -> dict[str, int]:
    """Everyone to choose from, each as the choice shows them, to their id (on the reading twin in a
    big network: 100k entries)."""
    return {entry: cid for cid, entry in person_entries_of(services, services.contacts.names()).items()}


class InteractionsWidget(QWidget):
    logRequested = Signal(int)  # noqa: N815  Qt signal naming: 0 asks for the person
    #: Narrow columns that must always show their whole header.
    SHORT_COLUMNS = (InteractionsModel.DATE, InteractionsModel.FOLLOW_UP, InteractionsModel.DONE,
                     InteractionsModel.THANKED)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("interactionsWidget")
        self.model = InteractionsModel(ctx, self)
        self.model.edit_handler = self._save_edit
        self.model.editFailed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not saved"), message)
        )

        self.person = QComboBox()
        self.person.setObjectName("interactionPersonFilter")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Show interactions with this person"))
        self.person.setMinimumContentsLength(22)
        # As wide as 22 characters, not as the longest of every name (measuring 100k names is slow).
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_completer = QCompleter(self)
        self.person_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(self.person_completer)
        self.person.activated.connect(self.apply_filter)
        line = self.person.lineEdit()
        assert line is not None  # an editable combo box has one
        line.editingFinished.connect(self.apply_filter)
        self.kind = QComboBox()
        self.kind.setObjectName("interactionKindFilter")
        self.kind.setAccessibleName(self.tr("Show interactions of this kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in InteractionKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.use_since = QCheckBox(self.tr("&From"))
        self.since = self._date_edit(self.tr("From date"), ctx.today() - dt.timedelta(days=90))
        self.use_until = QCheckBox(self.tr("&To"))
        self.until = self._date_edit(self.tr("To date"), ctx.today())
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.apply_filter)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
        clear = QPushButton(self.tr("&Clear filters"))
        clear.setAccessibleName(self.tr("Show all interactions"))
        clear.clicked.connect(self.clear_filters)
        log = QPushButton(self.tr("&Log interaction…"))
        log.setAccessibleName(self.tr("Log an interaction"))
        log.clicked.connect(lambda: self.logRequested.emit(0))
        delete = QPushButton(self.tr("&Delete"))
        delete.setAccessibleName(self.tr("Delete the selected interaction"))
        delete.clicked.connect(self.delete_selected)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.person, 2)
        top.addWidget(self.kind)
        top.addWidget(self.use_since)
        top.addWidget(self.since)
        top.addWidget(self.use_until)
        top.addWidget(self.until)
        top.addWidget(clear)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(log)
        top.addWidget(delete)

        self.view = QTableView()
        self.view.setObjectName("interactionsView")
        self.view.setAccessibleName(self.tr("Interactions"))
        self.view.setModel(self.model)
        configure_table(self.view)
        # Rows read anew in another order or filter start from the top (in a big network, where the
        # rest is read a page at a time, a view left scrolled down would read the next page at once).
        self.model.modelReset.connect(self.view.scrollToTop)
        self.view.setItemDelegateForColumn(
            InteractionsModel.KIND, ChoiceDelegate([k.value for k in InteractionKind], self.view)
        )
        self.view.setItemDelegateForColumn(
            InteractionsModel.DIRECTION, ChoiceDelegate([d.value for d in Direction], self.view)
        )
        self.view.setItemDelegateForColumn(InteractionsModel.DATE, DateDelegate(self.view, optional=False))
        self.view.setItemDelegateForColumn(InteractionsModel.FOLLOW_UP, DateDelegate(self.view))
        header = self.view.horizontalHeader()
        for column, width in (
            (InteractionsModel.DATE, 92),
            (InteractionsModel.PERSON, 170),
            (InteractionsModel.KIND, 130),
            (InteractionsModel.DIRECTION, 95),
            (InteractionsModel.SUMMARY, 300),
            (InteractionsModel.GOAL, 180),
            (InteractionsModel.FOLLOW_UP, 92),
            (InteractionsModel.DONE, 56),
        ):
            header.resizeSection(column, width)
        fit_headers(self.view, self.SHORT_COLUMNS)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._people: dict[str, int] = {}
        self._wanted_person: int | None = None  # chosen before the names were read
        self.people_loader: ViewLoader[dict[str, int]] = ViewLoader(
            self, ctx.services, _choices, self._fill_people, self._people_failed)
        self.refresh_people()
        self.people_follower = follow(self, ctx.events, {Kind.PEOPLE}, lambda _changes: self.refresh_people())
        self.model.reloaded.connect(self._update_count)
        self._update_count()

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = DateField()
        edit.setDate(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def refresh_people(self) -> None:
        """Fill the choice of person anew (read on the reading twin in a big network)."""
        self.people_loader.load(cover=False)

    def _people_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Interactions"), user_message(error))

    def _fill_people(self, choices: dict[str, int]) -> None:
        self._people = choices
        current = self.person.currentText()
        # One list for the choice and its completer, handed to Qt whole: item by item, 100k names
        # took a fifth of a second.
        names = QStringListModel([self.tr("Everyone"), *self._people], self.person)
        self.person.blockSignals(True)
        self.person.setModel(names)
        self.person.setCurrentText(current or self.tr("Everyone"))
        self.person.blockSignals(False)
        self.person_completer.setModel(names)
        if self._wanted_person is not None:
            self.set_person(self._wanted_person)

    def person_id(self) -> int | None:
        if self._wanted_person is not None:
            return self._wanted_person
        return self._people.get(self.person.currentText().strip())

    def set_person(self, contact_id: int | None) -> None:
        if self.people_loader.busy:  # the names are still being read: show the person's rows already
            self._wanted_person = contact_id
            self.apply_filter()
            return
        self._wanted_person = None
        entry = next((e for e, cid in self._people.items() if cid == contact_id), None)
        self.person.setCurrentText(entry or self.tr("Everyone"))
        self.apply_filter()

    def apply_filter(self) -> None:
        since = from_qdate(self.since.date()) if self.use_since.isChecked() else None
        until = from_qdate(self.until.date()) if self.use_until.isChecked() else None
        wanted = (self.person_id(), self.kind.currentData() or None, since, until)
        if wanted != (self.model.contact_id, self.model.kind, self.model.since, self.model.until):
            self.model.set_filter(contact_id=wanted[0], kind=wanted[1], since=since, until=until)

    def clear_filters(self) -> None:
        for box in (self.use_since, self.use_until):
            box.setChecked(False)
        self.kind.setCurrentIndex(0)
        self.person.setCurrentText(self.tr("Everyone"))
        self.apply_filter()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%Ln interactions", "", self.model.total()))

    def _save_edit(self, interaction_id: int, field: str, value: object) -> None:
        undo.run(self.ctx, undo.EditInteractionCommand(self.ctx, interaction_id, {field: value}))

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        try:
            undo.run(
                self.ctx, undo.DeleteInteractionCommand(self.ctx, int(self.model.data(index, ID_ROLE)))
            )
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("interactions/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value("interactions/header")
        if isinstance(value, QByteArray):
            self.view.horizontalHeader().restoreState(value)
            fit_headers(self.view, self.SHORT_COLUMNS)
