"""Goals: the editable table of development goals (goalsView) and who supports the selected goal."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import GoalStatus
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import ChoiceDelegate, DateDelegate, ScoreDelegate
from netplanner.gui.dialogs.link_dialog import ask_and_link
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import ID_ROLE, label
from netplanner.gui.models.goals_model import GoalRow, GoalsModel
from netplanner.gui.models.records import Col, RecordTableModel
from netplanner.gui.widgets.people import configure_table
from netplanner.services.changes import Kind
from netplanner.services.goals import LinkView


class GoalPeopleModel(RecordTableModel[LinkView]):
    """The people linked to one goal."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: int | None = None
        self._columns: list[Col[LinkView]] = [
            Col(self.tr("Person"), lambda r: r.contact_name),
            Col(self.tr("Role"), lambda r: r.role, display=lambda r: label(r.role)),
            Col(self.tr("Relevance"), lambda r: r.relevance, center=True),
            Col(self.tr("Note"), lambda r: r.note),
        ]
        self.follower = self.follow(ctx.events, {Kind.LINKS, Kind.PEOPLE})

    def columns(self) -> list[Col[LinkView]]:
        return self._columns

    def record_id(self, row: LinkView) -> int:
        return row.contact_id

    def set_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.reload()

    def load(self) -> list[LinkView]:
        return [] if self.goal_id is None else self.ctx.services.goals.links(goal_id=self.goal_id)


class GoalsWidget(QWidget):
    addRequested = Signal()  # noqa: N815  Qt signal naming
    editRequested = Signal(int)  # noqa: N815

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("goalsWidget")
        self.model = GoalsModel(ctx, self)
        self.model.edit_handler = self._save_edit
        self.model.editFailed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not saved"), message)
        )
        new = QPushButton(self.tr("&New goal…"))
        new.setAccessibleName(self.tr("Add a goal"))
        new.clicked.connect(self.addRequested.emit)
        edit = QPushButton(self.tr("&Edit…"))
        edit.setAccessibleName(self.tr("Edit the selected goal"))
        edit.clicked.connect(self._edit_current)
        delete = QPushButton(self.tr("&Delete"))
        delete.setAccessibleName(self.tr("Delete the selected goal"))
        delete.clicked.connect(self.delete_selected)
        add_supporter = QPushButton(self.tr("Add &supporter…"))
        add_supporter.setObjectName("addSupporterButton")
        add_supporter.setAccessibleName(self.tr("Link a person to the selected goal"))
        add_supporter.clicked.connect(self.add_supporter)
        hint = QLabel(self.tr("Double-click a cell to change it; link people to goals in the Matrix."))
        hint.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        top.addWidget(new)
        top.addWidget(edit)
        top.addWidget(delete)
        top.addWidget(add_supporter)
        top.addSpacing(12)
        top.addWidget(hint, 1)

        self.view = QTableView()
        self.view.setObjectName("goalsView")
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setModel(self.model)
        configure_table(self.view, sortable=False)
        self.view.horizontalHeader().setSortIndicator(GoalsModel.PRIORITY, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegateForColumn(
            GoalsModel.STATUS, ChoiceDelegate([s.value for s in GoalStatus], self.view)
        )
        self.view.setItemDelegateForColumn(GoalsModel.PRIORITY, ScoreDelegate(self.view, optional=False))
        self.view.setItemDelegateForColumn(GoalsModel.TARGET, DateDelegate(self.view))
        header = self.view.horizontalHeader()
        for column, width in (
            (GoalsModel.TITLE, 300),
            (GoalsModel.AREA, 170),
            (GoalsModel.PRIORITY, 70),
            (GoalsModel.STATUS, 90),
            (GoalsModel.TARGET, 100),
            (GoalsModel.PEOPLE, 70),
        ):
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.people = GoalPeopleModel(ctx, self)
        self.people_view = QTableView()
        self.people_view.setObjectName("goalPeopleView")
        self.people_view.setAccessibleName(self.tr("People linked to the selected goal"))
        self.people_view.setModel(self.people)
        configure_table(self.people_view)
        self.people_view.horizontalHeader().resizeSection(0, 200)
        self.people_view.doubleClicked.connect(self._open_person)
        self.details = QLabel(
            self.tr("Select a goal to see why it matters, its next steps and who supports it.")
        )
        self.details.setObjectName("goalDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.details, 2)
        bottom_layout.addWidget(self.people_view, 3)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("goalsSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.model.modelReset.connect(self._reselect)
        # A reload that changes rows in place (a new supporter: the People count) keeps the current row:
        # the panel beside it is written anew from the fresh row.
        self.model.reloaded.connect(lambda: self._current_changed(self.view.currentIndex(), QModelIndex()))
        self._selected: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _remember(self) -> None:
        self._selected = self.current_id()

    def _reselect(self) -> None:
        row = self.model.row_of(self._selected) if self._selected is not None else None
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(self.model.data(index, ID_ROLE)) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.people.set_goal(None)
            return
        goal: GoalRow = self.model.row_at(current.row())
        self.people.set_goal(goal.id)
        parts = [f"<b>{_escape(goal.title)}</b>"]
        if goal.why:
            parts.append(self.tr("<i>Why:</i> %1").replace("%1", _escape(goal.why)))
        if goal.next_steps:
            parts.append(self.tr("<i>Next steps:</i> %1").replace("%1", _escape(goal.next_steps)))
        if goal.people == 0:
            parts.append(self.tr("Nobody supports this goal yet: find people with this expertise."))
        self.details.setText("<br><br>".join(parts))

    def add_supporter(self) -> bool:
        """Choose a person, a role and a relevance for the selected goal; True when a link was made."""
        goal_id = self.current_id()
        if goal_id is None:
            return False
        return ask_and_link(self.ctx, self, goal_id=goal_id)

    def _open_person(self, index: QModelIndex) -> None:
        self.ctx.events.showContact.emit(int(self.people.data(index, ID_ROLE)))

    def _edit_current(self) -> None:
        goal_id = self.current_id()
        if goal_id is not None:
            self.editRequested.emit(goal_id)

    def _save_edit(self, goal_id: int, field: str, value: object) -> None:
        title = self.model.row_at(self.model.row_of(goal_id) or 0).title
        undo.run(self.ctx, undo.EditGoalCommand(self.ctx, goal_id, {field: value}, title))

    def delete_selected(self) -> None:
        goal_id = self.current_id()
        if goal_id is None:
            return
        title = self.model.row_at(self.view.currentIndex().row()).title
        try:
            undo.run(self.ctx, undo.DeleteGoalCommand(self.ctx, goal_id, title))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("goals/splitter", self.splitter.saveState())
        settings.setValue("goals/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, target in (
            ("goals/splitter", self.splitter),
            ("goals/header", self.view.horizontalHeader()),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                target.restoreState(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
