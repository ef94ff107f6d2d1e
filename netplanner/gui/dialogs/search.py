"""Search everything (Ctrl+Shift+F): people by any field and by the text of notes, questions and
interaction summaries, and goals, each hit showing where it matched. Enter or a double-click opens the
person (or the goal, in Goals)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from netplanner.gui.context import GuiContext
from netplanner.gui.models.base import ID_ROLE
from netplanner.gui.models.search_model import SearchModel
from netplanner.gui.widgets.people import configure_table


class SearchDialog(QDialog):
    goalRequested = Signal(int)  # noqa: N815  Qt signal naming

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(820, 480)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Names, notes, questions, what you talked about…"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.model = SearchModel(ctx, self)
        self.view = QTableView()
        self.view.setObjectName("searchResultsView")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        configure_table(self.view, sortable=False)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 170)
        header.resizeSection(1, 130)
        header.resizeSection(2, 160)
        self.view.activated.connect(self.open_hit)
        self.view.doubleClicked.connect(self.open_hit)
        self.hint = QLabel(
            self.tr(
                "Type a few letters of any word. Accents do not matter: “oberg” finds "
                "“Öberg”. Enter opens the person."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._open_first)

    def search(self) -> None:
        self._timer.stop()
        self.model.search(self.field.text())
        text = self.field.text().strip()
        if text and not self.model.rowCount():
            self.hint.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        elif text:
            self.hint.setText(
                self.tr("%n matches. Enter or double-click opens the person.", "", self.model.rowCount())
            )
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _open_first(self) -> None:
        self.search()
        index = self.view.currentIndex()
        if index.isValid():
            self.open_hit(index)

    def open_hit(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.row_at(index.row()).is_goal:
            goal_id = self.model.row_at(index.row()).goal_id
            assert goal_id is not None
            self.goalRequested.emit(goal_id)
            self._show_goal(goal_id)
            self.accept()
            return
        contact_id = self.model.data(index, ID_ROLE)
        if contact_id is not None:
            self.ctx.events.showContact.emit(int(contact_id))
            self.accept()

    def _show_goal(self, goal_id: int) -> None:
        """Open the goal in the Goals view of the window this dialog belongs to."""
        window = self.parent()
        show_view = getattr(window, "show_view", None)
        if show_view is None:
            return
        show_view("goals")
        goals = window.goals  # type: ignore[union-attr]  # the main window, which has show_view
        row = goals.model.row_of(goal_id)
        if row is not None:
            goals.view.setCurrentIndex(goals.model.index(row, 0))

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent  # noqa: PLC0415  only for the type check below

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.field.hasFocus():
            self.view.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]  # always a QKeyEvent from Qt
