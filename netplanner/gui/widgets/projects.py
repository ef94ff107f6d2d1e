"""Projects (projectsView): shared work with people, the goals it serves, and the weekly "worked
together" entries that keep those ties alive."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import ProjectStatus
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.editors import ChoiceDelegate, DateDelegate
from netplanner.gui.dialogs.project_editor import LogProjectWorkDialog, ProjectEditorDialog
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import ID_ROLE
from netplanner.gui.models.projects_model import ProjectsModel
from netplanner.gui.widgets.people import configure_table


class ProjectsWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("projectsWidget")
        self.model = ProjectsModel(ctx, self)
        self.model.edit_handler = self._save_edit
        self.model.editFailed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not saved"), message))
        buttons = []
        for text, name, tip, slot in (
            (self.tr("&New project…"), "newProjectButton", self.tr("Add a shared project"), self.add_project),
            (self.tr("&Edit…"), "editProjectButton", self.tr("Edit the selected project"), self.edit_current),
            (self.tr("&Delete"), "deleteProjectButton", self.tr("Delete the selected project"),
             self.delete_selected),
            (self.tr("&Log this week's project work…"), "logProjectWorkButton",
             self.tr("Record that you worked with the project's members this week"), self.log_work),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.append(button)
        hint = QLabel(self.tr("Working on a project counts as contact with each member you log it for."))
        hint.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        for button in buttons:
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(hint, 1)

        self.view = QTableView()
        self.view.setObjectName("projectsView")
        self.view.setAccessibleName(self.tr("Projects"))
        self.view.setModel(self.model)
        configure_table(self.view, sortable=False)
        self.view.horizontalHeader().setSortIndicator(ProjectsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegateForColumn(ProjectsModel.STATUS,
                                           ChoiceDelegate([s.value for s in ProjectStatus], self.view))
        self.view.setItemDelegateForColumn(ProjectsModel.START, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(ProjectsModel.END, DateDelegate(self.view))
        self.view.doubleClicked.connect(self._double_clicked)
        header = self.view.horizontalHeader()
        for column, width in ((ProjectsModel.NAME, 220), (ProjectsModel.STATUS, 90),
                              (ProjectsModel.GOALS, 240), (ProjectsModel.MEMBERS, 300),
                              (ProjectsModel.START, 95), (ProjectsModel.END, 95),
                              (ProjectsModel.WORKED, 120)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(self.model.data(index, ID_ROLE)) if index.isValid() else None

    def select(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _run(self, command: undo.ServiceCommand) -> bool:
        try:
            undo.run(self.ctx, command)
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return False
        return True

    def _save_edit(self, project_id: int, field: str, value: object) -> None:
        name = self.ctx.services.projects.get(project_id).name
        undo.run(self.ctx, undo.EditProjectCommand(self.ctx, project_id, {field: value}, name))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit_current()

    def add_project(self) -> int | None:
        dialog = ProjectEditorDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        command = undo.AddProjectCommand(self.ctx, dialog.values())
        if not self._run(command) or command.project_id is None:
            return None
        self.model.follower.flush()
        self.select(command.project_id)
        return command.project_id

    def edit_current(self) -> None:
        project_id = self.current_id()
        if project_id is None:
            return
        dialog = ProjectEditorDialog(self.ctx, self, project_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changes():
            self._run(undo.EditProjectCommand(self.ctx, project_id, dialog.changes(),
                                              dialog.values()["name"]))

    def delete_selected(self) -> None:
        project_id = self.current_id()
        if project_id is not None:
            name = self.ctx.services.projects.get(project_id).name
            self._run(undo.DeleteProjectCommand(self.ctx, project_id, name))

    def log_work(self) -> None:
        project_id = self.current_id()
        if project_id is None:
            QMessageBox.information(self, self.tr("Log project work"), self.tr("Select a project first."))
            return
        project = self.ctx.services.projects.get(project_id)
        if not project.members:
            QMessageBox.information(self, self.tr("Log project work"),
                                    self.tr("Add the people you work with to the project first."))
            return
        dialog = LogProjectWorkDialog(self.ctx, project, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(undo.LogProjectWorkCommand(self.ctx, project_id, dialog.contact_ids(), dialog.day(),
                                                 project.name))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("projects/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value("projects/header")
        if isinstance(value, QByteArray):
            self.view.horizontalHeader().restoreState(value)
