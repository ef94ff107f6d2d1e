"""People: the table of everyone (contactsView) with its filters, and a detail panel for one person.

The table edits in place through delegates (status, 1-5 scores, tags); every change is an undoable
command. The detail panel shows every field, the preparation questions (add, tick asked, answer notes),
the person's interactions and the goals they are linked to.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import ContactStatus, Direction, InteractionKind
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import ChoiceDelegate, DateDelegate, ScoreDelegate, TagsDelegate
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.models.base import ID_ROLE, label
from netplanner.gui.models.contacts_model import SCORE_COLUMNS, Column, ContactsModel
from netplanner.gui.models.interactions_model import NOBODY, InteractionsModel
from netplanner.gui.models.questions_model import QuestionsModel
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.gui.widgets.connections import ConnectionsWidget
from netplanner.gui.widgets.lazy_combo import FillOnDemandComboBox
from netplanner.gui.widgets.observations import ObservationsWidget
from netplanner.services.changes import Changes, Kind
from netplanner.services.goals import LinkView

FILTER_DELAY_MS = 30


def configure_table(view: QTableView, *, sortable: bool = True) -> None:
    """The house style of every table: fixed row height (fast at any size), rows selected whole."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    vertical.hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    if sortable:
        view.setSortingEnabled(True)



def fit_headers(view: QTableView, columns: Iterable[int]) -> None:
    """Widen these columns to show their whole header (with room for the sort arrow): short check-box
    columns such as Thanked, whose width may come from a narrower layout or another language."""
    header = view.horizontalHeader()
    model = view.model()
    for column in columns:
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        wanted = header.fontMetrics().horizontalAdvance(text) + 28
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


#: What the person panel shows: the person, their interactions, links, questions and strength.
PANEL_KINDS = frozenset({Kind.PEOPLE, Kind.INTERACTIONS, Kind.LINKS, Kind.QUESTIONS, Kind.SETTINGS,
                         Kind.OBSERVATIONS, Kind.TIES})

class LinksModel(RecordTableModel[LinkView]):
    """The goals one person is linked to, with role and relevance."""

    def __init__(self, ctx: GuiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self._columns: list[Col[LinkView]] = [
            Col(self.tr("Goal"), lambda r: r.goal_title),
            Col(self.tr("Role"), lambda r: r.role, display=lambda r: label(r.role)),
            Col(
                self.tr("Relevance"),
                lambda r: r.relevance,
                center=True,
                tooltip=self.tr("0 (none) to 3 (high)"),
            ),
            Col(self.tr("Note"), lambda r: r.note),
        ]
        self.follower = self.follow(ctx.events, {Kind.LINKS, Kind.GOALS})

    def columns(self) -> list[Col[LinkView]]:
        return self._columns

    def record_id(self, row: LinkView) -> int:
        return row.goal_id

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.reload()

    def load(self) -> list[LinkView]:
        return [] if self.contact_id is None else self.ctx.services.goals.links(contact_id=self.contact_id)


class ContactDetailWidget(QWidget):
    """Everything about one person; empty (with a hint) until a person is selected."""

    editRequested = Signal(int)  # noqa: N815  Qt signal naming
    logRequested = Signal(int)  # noqa: N815
    trashRequested = Signal(int)  # noqa: N815

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.setObjectName("contactDetail")
        self.stack = QStackedWidget(self)
        hint = QLabel(
            self.tr(
                "Select a person to see everything about them: profile, preparation, interactions and goals."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: palette(mid); padding: 24px;")
        self.stack.addWidget(hint)

        page = QWidget()
        self.name = QLabel()
        self.name.setObjectName("contactName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.strength = QLabel()
        self.strength.setObjectName("contactStrength")
        self.strength.setWordWrap(True)
        edit = QPushButton(self.tr("&Edit…"))
        edit.setAccessibleName(self.tr("Edit this person"))
        edit.clicked.connect(lambda: self._emit_for_current(self.editRequested))
        log = QPushButton(self.tr("Log &interaction…"))
        log.setAccessibleName(self.tr("Log an interaction with this person"))
        log.clicked.connect(lambda: self._emit_for_current(self.logRequested))
        trash = QPushButton(self.tr("Move to &Trash"))
        trash.setAccessibleName(self.tr("Move this person to the Trash"))
        trash.clicked.connect(lambda: self._emit_for_current(self.trashRequested))
        link = QPushButton(self.tr("Link to &goal…"))
        link.setObjectName("linkToGoalButton")
        link.setAccessibleName(self.tr("Link this person to one of your goals"))
        link.clicked.connect(self.link_to_goal)
        buttons = QHBoxLayout()
        for button in (edit, log, link, trash):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactTabs")
        # Profile: every field, read-only here (Edit… or the table change them).
        self.profile_form = QFormLayout()
        self.profile_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        profile = QWidget()
        profile.setLayout(self.profile_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(profile)
        self.tabs.addTab(scroll, self.tr("Profile"))

        # Preparation: questions.
        prep = QWidget()
        self.questions = QuestionsModel(ctx, self)
        self.questions.edit_handler = self._edit_question
        self.questions_view = QTableView()
        self.questions_view.setObjectName("questionsView")
        self.questions_view.setAccessibleName(self.tr("Preparation questions"))
        self.questions_view.setModel(self.questions)
        configure_table(self.questions_view, sortable=False)
        self.questions.editFailed.connect(self._edit_failed)
        self.questions_view.horizontalHeader().resizeSection(0, 60)
        self.questions_view.horizontalHeader().resizeSection(1, 260)
        self.new_question = QLineEdit()
        self.new_question.setObjectName("newQuestion")
        self.new_question.setPlaceholderText(self.tr("A question to ask them next time, then Enter"))
        self.new_question.setAccessibleName(self.tr("New preparation question"))
        self.new_question.returnPressed.connect(self.add_question)
        add_question = QPushButton(self.tr("&Add"))
        add_question.setAccessibleName(self.tr("Add the question"))
        add_question.clicked.connect(self.add_question)
        remove_question = QPushButton(self.tr("&Remove"))
        remove_question.setAccessibleName(self.tr("Remove the selected question"))
        remove_question.clicked.connect(self.remove_question)
        row = QHBoxLayout()
        row.addWidget(self.new_question, 1)
        row.addWidget(add_question)
        row.addWidget(remove_question)
        prep_layout = QVBoxLayout(prep)
        self.learn = QLabel()
        self.learn.setWordWrap(True)
        prep_layout.addWidget(self.learn)
        prep_layout.addWidget(self.questions_view, 1)
        prep_layout.addLayout(row)
        self.tabs.addTab(prep, self.tr("Preparation"))

        # Interactions of this person.
        self.interactions = InteractionsModel(ctx, self, contact_id=NOBODY)
        self.interactions.edit_handler = self._edit_interaction
        self.interactions_view = QTableView()
        self.interactions_view.setObjectName("contactInteractionsView")
        self.interactions_view.setAccessibleName(self.tr("Interactions with this person"))
        self.interactions_view.setModel(self.interactions)
        configure_table(self.interactions_view)
        self.interactions_view.setColumnHidden(InteractionsModel.PERSON, True)
        view = self.interactions_view
        view.setItemDelegateForColumn(
            InteractionsModel.KIND, ChoiceDelegate([k.value for k in InteractionKind], view)
        )
        view.setItemDelegateForColumn(
            InteractionsModel.DIRECTION, ChoiceDelegate([d.value for d in Direction], view)
        )
        view.setItemDelegateForColumn(InteractionsModel.DATE, DateDelegate(view, optional=False))
        view.setItemDelegateForColumn(InteractionsModel.FOLLOW_UP, DateDelegate(view))
        self.interactions.editFailed.connect(self._edit_failed)
        self.interactions_view.horizontalHeader().resizeSection(InteractionsModel.DATE, 90)
        self.interactions_view.horizontalHeader().resizeSection(InteractionsModel.SUMMARY, 260)
        fit_headers(self.interactions_view, range(InteractionsModel.FOLLOW_UP, InteractionsModel.THANKED + 1))
        self.tabs.addTab(self.interactions_view, self.tr("Interactions"))

        # Goals linked.
        self.links = LinksModel(ctx, self)
        self.links_view = QTableView()
        self.links_view.setObjectName("contactGoalsView")
        self.links_view.setAccessibleName(self.tr("Goals this person is linked to"))
        self.links_view.setModel(self.links)
        configure_table(self.links_view)
        self.links_view.horizontalHeader().resizeSection(0, 220)
        self.tabs.addTab(self.links_view, self.tr("Goals"))
        self.observations = ObservationsWidget(ctx, self)
        self.tabs.addTab(self.observations, self.tr("Observations"))
        self.connections = ConnectionsWidget(ctx, self)
        self.tabs.addTab(self.connections, self.tr("Connections"))

        layout = QVBoxLayout(page)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.strength)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.follower = follow(self, ctx.events, PANEL_KINDS, self._on_changes)
        self.strength_source: Any = None  # a ContactsModel, for strength figures

    def _emit_for_current(self, signal: SignalInstance) -> None:
        if self.contact_id is not None:
            signal.emit(self.contact_id)

    def _on_changes(self, changes: Changes) -> None:
        if self.contact_id is not None and (changes.people is None or self.contact_id in changes.people):
            self.refresh()

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            self.stack.setCurrentIndex(0)
            self.questions.set_contact(None)
            self.links.set_contact(None)
            self.observations.set_contact(None)
            self.connections.set_contact(None)
            self.interactions.set_filter(contact_id=NOBODY, kind=None, since=None, until=None)
            return
        try:
            contact = self.ctx.services.contacts.get(contact_id)
        except NetPlannerError:
            self.contact_id = None
            self.refresh()
            return
        if contact.deleted_at is not None:
            self.contact_id = None
            self.refresh()
            return
        self.stack.setCurrentIndex(1)
        self.name.setText(contact.name)
        self.subtitle.setText(
            " · ".join(p for p in (contact.title, contact.department, contact.organisation) if p)
        )
        self._fill_profile(contact)
        self.learn.setText(
            self.tr("What I want to learn: %1").replace("%1", contact.learn_from)
            if contact.learn_from
            else self.tr("Note what you want to learn from them (Edit…).")
        )
        self.questions.set_contact(contact_id)
        self.interactions.set_filter(contact_id=contact_id, kind=None, since=None, until=None)
        self.links.set_contact(contact_id)
        self.observations.set_contact(contact_id, contact.name)
        self.connections.set_contact(contact_id)
        self.show_strength(contact_id)

    def show_strength(self, contact_id: int) -> None:
        source = self.strength_source
        if source is not None and source.strength_pending():
            self.strength.setText(self.tr("Computing strength…"))
            return
        s = source.strength_of(contact_id) if source is not None else None
        if s is None or s.last_contact is None:
            self.strength.setText(
                self.tr("No interactions logged yet: start small, a coffee or a short question.")
            )
            return
        parts = [
            self.tr("Strength %1 %").replace("%1", str(round(s.strength * 100))),
            self.tr("last contact %1").replace("%1", s.last_contact.isoformat()),
        ]
        if s.due is not None:
            if s.due < self.ctx.today():
                parts.append(
                    self.tr("<b style='color:#b00020'>overdue since %1</b>").replace("%1", s.due.isoformat())
                )
            else:
                parts.append(self.tr("due %1").replace("%1", s.due.isoformat()))
        self.strength.setText(" · ".join(parts))

    def _fill_profile(self, contact: Any) -> None:
        form = self.profile_form
        while form.rowCount():
            form.removeRow(0)

        def text_of(value: Any) -> str:
            if isinstance(value, list):
                return ", ".join(value)
            return "" if value is None else str(value)

        rows = [
            (self.tr("Name"), contact.name),
            (self.tr("Organisation"), contact.organisation),
            (self.tr("Department"), contact.department),
            (self.tr("Title"), contact.title),
            (self.tr("Status"), label(contact.status)),
            (self.tr("E-mail"), text_of(contact.emails)),
            (self.tr("Phone"), text_of(contact.phones)),
            (self.tr("LinkedIn"), contact.linkedin_url),
            (self.tr("Tags"), text_of(contact.tags)),
            (self.tr("Expertise"), text_of(contact.expertise)),
            (self.tr("Knowledge sharing"), text_of(contact.knowledge_sharing)),
            (self.tr("Feedback"), text_of(contact.feedback)),
            (self.tr("Chemistry"), text_of(contact.chemistry)),
            (self.tr("Trust"), text_of(contact.trust)),
            (self.tr("Influence"), text_of(contact.influence)),
            (self.tr("Working style"), contact.working_style),
            (self.tr("Cares about"), contact.cares_about),
            (self.tr("I want to learn"), contact.learn_from),
            (self.tr("I can offer"), contact.can_offer),
            (self.tr("Notes"), contact.notes),
            (
                self.tr("Contact every"),
                self.tr("%n days", "", contact.cadence_days) if contact.cadence_days else "",
            ),
            (
                self.tr("Half-life"),
                self.tr("%n days", "", round(contact.half_life_days))
                if contact.half_life_days
                else self.tr("default"),
            ),
            (self.tr("Connected on"), text_of(contact.connected_on)),
            (self.tr("Source"), contact.source),
        ]
        for caption, value in rows:
            field = QLabel(value or "—")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(caption)
            if not value:
                field.setStyleSheet("color: palette(mid);")
            form.addRow(caption + ":", field)

    def link_to_goal(self) -> bool:
        """Choose a goal, a role and a relevance for this person; True when a link was made."""
        if self.contact_id is None:
            return False
        from netplanner.gui.dialogs.link_dialog import ask_and_link  # noqa: PLC0415  with the matrix's model

        return ask_and_link(self.ctx, self, contact_id=self.contact_id)

    def add_question(self) -> None:
        text = self.new_question.text().strip()
        if not text or self.contact_id is None:
            return
        try:
            undo.run(self.ctx, undo.AddQuestionCommand(self.ctx, self.contact_id, text))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Question not added"), user_message(exc))
            return
        self.new_question.clear()

    def remove_question(self) -> None:
        index = self.questions_view.currentIndex()
        if not index.isValid():
            return
        question_id = self.questions.data(index, ID_ROLE)
        try:
            undo.run(self.ctx, undo.DeleteQuestionCommand(self.ctx, int(question_id)))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Question not removed"), user_message(exc))

    def _edit_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _edit_question(self, question_id: int, field: str, value: object) -> None:
        undo.run(self.ctx, undo.EditQuestionCommand(self.ctx, question_id, {field: value}))

    def _edit_interaction(self, interaction_id: int, field: str, value: object) -> None:
        undo.run(self.ctx, undo.EditInteractionCommand(self.ctx, interaction_id, {field: value}))


class PeopleWidget(QWidget):
    """The People view: filters, the contactsView table and the detail panel beside it."""

    addRequested = Signal()  # noqa: N815  Qt signal naming
    logRequested = Signal(int)  # noqa: N815  log with this person (0: ask)
    editRequested = Signal(int)  # noqa: N815

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("peopleWidget")
        self.model = ContactsModel(ctx, self)
        self.model.edit_handler = self._save_edit
        self.model.editFailed.connect(self._edit_failed)

        self.filter = QLineEdit()
        self.filter.setObjectName("contactFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter by name, organisation, title, tags or expertise (Ctrl+F)")
        )
        self.filter.setAccessibleName(self.tr("Filter people"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show people with this status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ContactStatus:
            self.status_filter.addItem(label(status.value), status.value)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter = FillOnDemandComboBox(self._fill_tags)
        self.tag_filter.addItem(self.tr("All tags"), "")  # the tags themselves come when it is opened
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show people with this tag"))
        self.tag_filter.setMinimumContentsLength(12)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.count.setObjectName("peopleCount")
        new = QPushButton(self.tr("&New person…"))
        new.setAccessibleName(self.tr("Add a person"))
        new.clicked.connect(self.addRequested.emit)
        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.status_filter)
        top.addWidget(self.tag_filter)
        top.addWidget(self.count)
        top.addStretch(0)
        top.addWidget(new)

        self.view = QTableView()
        self.view.setObjectName("contactsView")
        self.view.setAccessibleName(self.tr("People"))
        self.view.setModel(self.model)
        configure_table(self.view, sortable=False)
        self.view.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegateForColumn(
            Column.STATUS, ChoiceDelegate([s.value for s in ContactStatus], self.view)
        )
        score = ScoreDelegate(self.view)
        for column in SCORE_COLUMNS:
            self.view.setItemDelegateForColumn(column, score)
        self.tags_delegate = TagsDelegate(self.model.tags, self.view)
        self.view.setItemDelegateForColumn(Column.TAGS, self.tags_delegate)
        widths = {
            Column.NAME: 170,
            Column.ORGANISATION: 112,
            Column.TITLE: 150,
            Column.TAGS: 130,
            Column.STATUS: 76,
            Column.LAST_CONTACT: 96,
            Column.STRENGTH: 72,
            Column.TREND: 52,
            Column.DUE: 176,
            Column.FADES: 100,
            Column.SILENCE: 110,
            Column.BALANCE: 64,
        }
        header = self.view.horizontalHeader()
        # Wide enough for the longest status in the user's language ("Tänkbar kontakt").
        metrics = self.view.fontMetrics()
        longest = max(metrics.horizontalAdvance(label(status.value)) for status in ContactStatus)
        widths[Column.STATUS] = max(widths[Column.STATUS], longest + 24)
        for column in SCORE_COLUMNS:
            widths[column] = max(
                64,
                header.fontMetrics().horizontalAdvance(
                    str(self.model.headerData(column, Qt.Orientation.Horizontal))
                )
                + 28,
            )
        for column, width in widths.items():
            header.resizeSection(column, width)
        # The columns whose words differ by language: a layout saved in another language never cuts them.
        self._min_widths = {column: widths[column] for column in (Column.STATUS, *SCORE_COLUMNS)}
        # What needs attention first: strength and due date right after who and where.
        visual = [
            Column.NAME,
            Column.ORGANISATION,
            Column.TITLE,
            Column.STATUS,
            Column.STRENGTH,
            Column.TREND,
            Column.DUE,
            Column.FADES,
            Column.SILENCE,
            Column.LAST_CONTACT,
            Column.TAGS,
            *SCORE_COLUMNS,
            Column.BALANCE,
        ]
        for position, column in enumerate(visual):
            header.moveSection(header.visualIndex(column), position)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(self._double_clicked)

        self.detail = ContactDetailWidget(ctx, self)
        self.detail.strength_source = self.model
        self.detail.editRequested.connect(self.editRequested.emit)
        self.detail.logRequested.connect(self.logRequested.emit)
        self.detail.trashRequested.connect(lambda cid: self.trash([cid]))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._selected: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.reloaded.connect(self._refresh_tags)
        self.model.strengthLoaded.connect(self._strength_loaded)
        ctx.events.showContact.connect(self.show_contact)
        self._refresh_tags()
        self._update_count()

    def _strength_loaded(self) -> None:
        if self.detail.contact_id is not None:
            self.detail.show_strength(self.detail.contact_id)

    # ---- filters -------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(
            self.filter.text(),
            status=self.status_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
        )
        self._update_count()

    def _refresh_tags(self) -> None:
        """The tag filter's list is made when it is opened (reading everyone's tags costs time in a big
        network); a tag chosen in it is kept across reloads."""
        if self.tag_filter.currentData():
            self._fill_tags()
        else:
            self.tag_filter.mark_stale()
        self._update_count()

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData() or ""
        tags = self.model.tags()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)
        self.tag_filter.filled()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.count.setText(self.tr("%n people", "", total))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # ---- selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.contact_id(row) for row in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_contact(self.model.contact_id(current.row()) if current.isValid() else None)

    def _remember_selection(self) -> None:
        self._selected = self.current_id()

    def _restore_selection(self) -> None:
        self._update_count()
        if self._selected is not None:
            self.select(self._selected)

    def select(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def show_contact(self, contact_id: int) -> None:
        """Select a person, clearing the filters if they hide them."""
        if not self.select(contact_id):
            self.filter.clear()
            self.status_filter.setCurrentIndex(0)
            self.tag_filter.setCurrentIndex(0)
            self.apply_filter()
            self.select(contact_id)
        self.detail.show_contact(contact_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.editRequested.emit(self.model.contact_id(index.row()))

    # ---- changes -------------------------------------------------------------------------------

    def _save_edit(self, contact_id: int, field: str, value: object) -> None:
        name = self.model.row_at(self.model.row_of(contact_id) or 0).name
        undo.run(self.ctx, undo.EditPersonCommand(self.ctx, contact_id, {field: value}, name))

    def _edit_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def trash(self, contact_ids: list[int] | None = None) -> None:
        # A signal wired straight here passes `checked` (a bool): that means "the selection", not ids.
        ids = list(contact_ids) if isinstance(contact_ids, list) else self.selected_ids()
        if not ids:
            return
        try:
            text = (
                self.tr("Move %1 to Trash").replace("%1", self.ctx.services.contacts.get(ids[0]).name)
                if len(ids) == 1
                else self.tr("Move %n people to Trash", "", len(ids))
            )
            undo.run(self.ctx, undo.TrashContactsCommand(self.ctx, ids, text))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not moved to Trash"), user_message(exc))

    # ---- layout memory -------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("people/splitter", self.splitter.saveState())
        settings.setValue("people/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("people/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value("people/header")
        if isinstance(header, QByteArray):
            self.view.horizontalHeader().restoreState(header)
            for column, width in self._min_widths.items():
                if self.view.horizontalHeader().sectionSize(column) < width:
                    self.view.horizontalHeader().resizeSection(column, width)


_KINDS = [k.value for k in InteractionKind]
