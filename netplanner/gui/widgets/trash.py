"""The Trash: people moved there can be restored (with their interactions and links) until it is emptied."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from netplanner.domain.errors import NetPlannerError
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.models.base import ID_ROLE
from netplanner.gui.models.trash_model import TrashModel
from netplanner.gui.widgets.people import configure_table


class TrashWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trashWidget")
        self.model = TrashModel(ctx, self)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected people"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty Trash…"))
        self.empty_button.setAccessibleName(self.tr("Delete everyone in the Trash for good"))
        self.empty_button.clicked.connect(self.empty)
        self.info = QLabel()
        self.info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.empty_button)
        self.view = QTableView()
        self.view.setObjectName("trashView")
        self.view.setAccessibleName(self.tr("People in the Trash"))
        self.view.setModel(self.model)
        configure_table(self.view)
        self.view.horizontalHeader().resizeSection(0, 220)
        self.view.horizontalHeader().resizeSection(1, 160)
        self.view.horizontalHeader().resizeSection(2, 200)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.model.reloaded.connect(self._update)
        self._update()

    def _update(self) -> None:
        count = self.model.rowCount()
        self.info.setText(
            self.tr(
                "The Trash is empty. People you delete wait here, with their interactions, questions and "
                "goal links, until you empty it."
            )
            if count == 0
            else self.tr(
                "%n people in the Trash. Restore brings them back with everything that belonged to them.",
                "",
                count,
            )
        )
        self.empty_button.setEnabled(count > 0)
        self.restore_button.setEnabled(count > 0)

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return [int(self.model.data(self.model.index(row, 0), ID_ROLE)) for row in sorted(rows)]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            undo.run(self.ctx, undo.RestoreContactsCommand(self.ctx, ids))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))

    def empty(self, *, confirm: bool = True) -> int:
        count = self.model.rowCount()
        if count == 0:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Empty the Trash?"),
                self.tr(
                    "Delete %n people for good, with their interactions, questions and goal links? "
                    "This cannot be undone.",
                    "",
                    count,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        deleted = self.ctx.services.contacts.empty_trash()
        # Earlier commands may refer to the people now gone: they cannot be undone any more.
        self.ctx.undo_stack.clear()
        return deleted
