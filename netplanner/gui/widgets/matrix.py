"""The goal matrix view: who supports which goal, filters, swap, and a coverage panel for one goal.

`MatrixWidget(ctx)` holds the table (object name `goalMatrixView`), the filter controls, a button that
swaps rows and columns, and beside the table the coverage of the current goal: its score, supporters,
flags in words and suggestions of people to link (or a prompt to find someone new). Edits in the table
and "Link" in the panel are undoable (the model pushes commands on `ctx.undo_stack`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain import coverage as dc
from netplanner.domain import network as dn
from netplanner.domain.model import RELEVANCE_MAX, RELEVANCE_MIN
from netplanner.gui.context import GuiContext
from netplanner.gui.delegates.matrix_delegate import RELEVANCE_KEYS, UNLINK_KEYS, MatrixDelegate
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.matrix_model import (
    HEAT,
    NEW_LINK_ROLE,
    ROLE_ROLE,
    Arranged,
    GoalMatrixModel,
    MatrixFilter,
    arrange,
    role_labels,
)
from netplanner.services.changes import Changes, Kind
from netplanner.services.facade import Services

CELL_WIDTH = 92
ROW_HEIGHT = 24
GOAL_HEADER_WIDTH = 230
SUGGESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


#: What the matrix shows: goals, people with their strength, and the links between them.
MATRIX_KINDS = frozenset({Kind.LINKS, Kind.GOALS, Kind.PEOPLE, Kind.INTERACTIONS, Kind.SETTINGS})


class ElidingHeader(QHeaderView):
    """A header that elides with the font it paints in: Qt measures a highlighted (bold) section with
    the plain font, so a long bold title was cut off without an ellipsis."""

    def section_font(self, highlighted: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(highlighted)
        return font

    def section_text(self, logical_index: int, width: int, highlighted: bool) -> str:
        """The title as painted in a section this wide: elided with the font it is painted in."""
        text = str(self.model().headerData(logical_index, self.orientation()) or "")
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 2
        return QFontMetrics(self.section_font(highlighted)).elidedText(
            text, Qt.TextElideMode.ElideRight, max(0, width - margin))

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        highlighted = bool(option.state & QStyle.StateFlag.State_On)
        option.text = self.section_text(logical_index, rect.width(), highlighted)
        painter.save()
        painter.setFont(self.section_font(highlighted))
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


class MatrixView(QTableView):
    """A table whose keys 0-3 and Delete go to the delegate, and Enter opens the cell editor."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        delegate = self.itemDelegate()
        if (index.isValid() and self.state() != QAbstractItemView.State.EditingState
                and isinstance(delegate, MatrixDelegate)):
            key = Qt.Key(event.key())
            if key in RELEVANCE_KEYS or key in UNLINK_KEYS:
                option = QStyleOptionViewItem()
                self.initViewItemOption(option)
                if delegate.editorEvent(event, self.model(), option, index):
                    event.accept()
                    return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index)
                event.accept()
                return
        super().keyPressEvent(event)


class MatrixWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = GoalMatrixModel(ctx, self, load=False)

        # --- controls
        self.filter_mode = QComboBox(self)
        self.filter_mode.setObjectName("matrixFilterMode")
        self.filter_mode.addItem(self.tr("Everyone"), MatrixFilter.ALL.value)
        self.filter_mode.addItem(self.tr("Linked to a goal"), MatrixFilter.LINKED.value)
        self.filter_mode.addItem(self.tr("With tag"), MatrixFilter.TAG.value)
        self.filter_mode.addItem(self.tr("In department"), MatrixFilter.DEPARTMENT.value)
        self.filter_value = QComboBox(self)
        self.filter_value.setObjectName("matrixFilterValue")
        self.filter_value.setMinimumContentsLength(14)
        self.filter_value.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_value.setVisible(False)
        self.count_label = QLabel(self)
        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("matrixSwapButton")
        self.swap_button.setText(self.tr("Swap rows and columns"))
        self.swap_button.setToolTip(self.tr("Show people as rows and goals as columns, or back"))
        self.swap_button.setCheckable(True)
        show_label = QLabel(self.tr("Show:"), self)
        show_label.setBuddy(self.filter_mode)
        controls = QHBoxLayout()
        controls.addWidget(show_label)
        controls.addWidget(self.filter_mode)
        controls.addWidget(self.filter_value)
        controls.addWidget(self.count_label)
        controls.addStretch(1)
        controls.addWidget(self.swap_button)

        # --- the table
        self.view = MatrixView(self)
        self.view.setObjectName("goalMatrixView")
        self.view.setVerticalHeader(ElidingHeader(Qt.Orientation.Vertical, self.view))
        self.view.setHorizontalHeader(ElidingHeader(Qt.Orientation.Horizontal, self.view))
        self.view.setModel(self.model)
        self.delegate = MatrixDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setAccessibleName(self.tr("Goals and the people who support them"))
        self._apply_header_sizes()

        self.legend = self._legend()

        # --- the coverage panel
        self.panel = QWidget(self)
        self.panel.setObjectName("coveragePanel")
        self.goal_title = QLabel(self.panel)
        self.goal_title.setObjectName("coverageGoalTitle")
        self.goal_title.setWordWrap(True)
        font = self.goal_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.goal_title.setFont(font)
        self.score_bar = QProgressBar(self.panel)
        self.score_bar.setObjectName("coverageScore")
        self.score_bar.setRange(0, 100)
        self.score_bar.setFormat(self.tr("Coverage %p %"))
        self.score_text = QLabel(self.panel)
        self.score_text.setWordWrap(True)
        self.supporters = QListWidget(self.panel)
        self.supporters.setObjectName("coverageSupporters")
        self.flags_list = QListWidget(self.panel)
        self.flags_list.setObjectName("coverageFlags")
        self.flags_list.setWordWrap(True)
        self.suggestions = QListWidget(self.panel)
        self.suggestions.setObjectName("coverageSuggestions")
        self.suggestions.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link as expert"), self.panel)
        self.link_button.setObjectName("linkSuggestionButton")
        self.link_button.setToolTip(self.tr("Link the chosen person to this goal as an expert, relevance 2"))
        self.link_button.setEnabled(False)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(6, 0, 0, 0)
        panel_layout.addWidget(self.goal_title)
        panel_layout.addWidget(self.score_bar)
        panel_layout.addWidget(self.score_text)
        for caption, widget in ((self.tr("Supporters (relevance 2-3)"), self.supporters),
                                (self.tr("What needs attention"), self.flags_list),
                                (self.tr("People who could help"), self.suggestions)):
            label = QLabel(caption, self.panel)
            label.setBuddy(widget)
            panel_layout.addWidget(label)
            panel_layout.addWidget(widget, 1)
        panel_layout.addWidget(self.link_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

        # --- wiring
        self.filter_mode.currentIndexChanged.connect(self._mode_changed)
        self.filter_value.currentIndexChanged.connect(self._apply_filter)
        self.swap_button.clicked.connect(self.swap)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.coverageChanged.connect(self._coverage_changed)
        self.model.errorOccurred.connect(self._show_error)
        self.model.modelReset.connect(self._after_reset)
        # Enabled once the user picked a person (the list's automatic current row is not a choice).
        self.suggestions.itemSelectionChanged.connect(
            lambda: self.link_button.setEnabled(self._chosen_suggestion() is not None))
        self.link_button.clicked.connect(self._link_suggestion)
        self._connect_selection()
        self.loader: ViewLoader[Arranged] = ViewLoader(
            self, ctx.services, self._read, self._show_network,
            lambda error: self._show_error(user_message(error)))
        self.follower = follow(self, ctx.events, MATRIX_KINDS, self._data_changed)
        self._after_reset()
        self.reload()

    def _legend(self) -> QWidget:
        """What the colours and the bar in a cell mean."""
        legend = QWidget(self)
        legend.setObjectName("matrixLegend")
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Relevance:"), legend))
        words = (self.tr("0 linked, not relevant"), self.tr("1 a little"), self.tr("2 relevant"),
                 self.tr("3 very relevant"))
        for (background, foreground), text in zip(HEAT, words, strict=True):
            swatch = QLabel(text, legend)
            swatch.setStyleSheet(f"background: {background}; color: {foreground}; padding: 1px 6px;")
            row.addWidget(swatch)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("The bar at the bottom of a cell: how strong the relationship is now."),
                             legend))
        row.addStretch(1)
        return legend

    # ------------------------------------------------------------------------------------ state

    def current_goal(self) -> dn.GoalInfo | None:
        goal = self.model.goal_at(self.view.currentIndex())
        if goal is None and self.model.goals():
            return self.model.goals()[0]
        return goal

    def reload(self) -> None:
        """Read everything again (on the reading twin in a big network), keeping the current cell
        where it still exists."""
        self.loader.load()

    def _read(self, services: Services) -> Arranged:
        shown = self.model.filter()  # as it is now: a filter chosen meanwhile is applied on arrival
        return arrange(services.coverage.network(self._ctx.today()), None, shown)

    def _show_network(self, arranged: Arranged) -> None:
        current = self.view.currentIndex()
        goal, person = self.model.goal_at(current), self.model.person_at(current)
        self.model.show_arranged(arranged)
        if goal is not None and person is not None:
            index = self.model.cell(goal.id, person.id)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def swap(self) -> None:
        current = self.view.currentIndex()
        goal, person = self.model.goal_at(current), self.model.person_at(current)
        self.model.swap()
        self.swap_button.setChecked(self.model.is_transposed())
        self._apply_header_sizes()
        if goal is not None and person is not None:
            self.view.setCurrentIndex(self.model.cell(goal.id, person.id))

    def _data_changed(self, changes: Changes) -> None:
        if changes.kinds == {Kind.LINKS} and self.model.has_links(self._ctx.services.coverage.links()):
            return  # linked here: the cells already show it
        self.reload()

    def _connect_selection(self) -> None:
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._current_changed)

    def _apply_header_sizes(self) -> None:
        horizontal, vertical = self.view.horizontalHeader(), self.view.verticalHeader()
        for header in (horizontal, vertical):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(True)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        horizontal.setDefaultSectionSize(CELL_WIDTH)
        horizontal.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Goal titles are long: a fixed, generous width, elided; the tool tip has the whole title.
        if self.model.is_transposed():
            horizontal.setDefaultSectionSize(GOAL_HEADER_WIDTH // 2 + 40)
            vertical.setFixedWidth(180)
        else:
            vertical.setFixedWidth(GOAL_HEADER_WIDTH)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _after_reset(self) -> None:
        mode = self.model.filter()[0]
        people = len(self.model.people())
        self.count_label.setText(self.tr("%n people", "", people) if mode != MatrixFilter.ALL
                                 else self.tr("everyone (%n)", "", people))
        self._refresh_values()
        self._show_goal(self.current_goal())

    # ------------------------------------------------------------------------------------ filters

    def _mode_changed(self) -> None:
        self._refresh_values()
        self._apply_filter()

    def _refresh_values(self) -> None:
        mode = MatrixFilter(self.filter_mode.currentData())
        wanted = self.model.tags() if mode == MatrixFilter.TAG else (
            self.model.departments() if mode == MatrixFilter.DEPARTMENT else [])
        existing = [self.filter_value.itemText(i) for i in range(self.filter_value.count())]
        if existing != wanted:
            chosen = self.filter_value.currentText()
            self.filter_value.blockSignals(True)
            self.filter_value.clear()
            self.filter_value.addItems(wanted)
            self.filter_value.setCurrentIndex(max(0, self.filter_value.findText(chosen)))
            self.filter_value.blockSignals(False)
        self.filter_value.setVisible(mode in (MatrixFilter.TAG, MatrixFilter.DEPARTMENT))

    def _apply_filter(self) -> None:
        mode = MatrixFilter(self.filter_mode.currentData())
        value = self.filter_value.currentText() if mode in (MatrixFilter.TAG, MatrixFilter.DEPARTMENT) else ""
        if (mode, value) != self.model.filter():
            self.model.set_filter(mode, value)

    # ------------------------------------------------------------------------------------ panel

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        goal, before = self.model.goal_at(current), self.model.goal_at(previous)
        if goal is not None and (before is None or before.id != goal.id):
            self._show_goal(goal)

    def _coverage_changed(self, goal_id: int) -> None:
        goal = self.current_goal()
        if goal is not None and goal.id == goal_id:
            self._show_goal(goal)

    def _show_goal(self, goal: dn.GoalInfo | None) -> None:
        for widget in (self.supporters, self.flags_list, self.suggestions):
            widget.clear()
        self.link_button.setEnabled(False)
        cov = self.model.coverage(goal.id) if goal is not None else None
        if goal is None or cov is None:
            self.goal_title.setText(self.tr("No active goals yet. Add a goal to map your network to it."))
            self.score_bar.setValue(0)
            self.score_text.clear()
            return
        self.panel.setProperty("goalId", goal.id)
        self.goal_title.setText(goal.title)
        self.score_bar.setValue(dc.percent(cov.score))
        self.score_text.setText(
            self.tr("%n supporters, %1 strong. Competence area: %2", "", len(cov.supporters))
            .replace("%1", str(cov.strong_supporters))
            .replace("%2", goal.competence_area or self.tr("not set")))
        labels = role_labels()
        for s in cov.supporters:
            text = self.tr("{0}: {1}, relevance {2}, strength {3} %").format(
                s.name, labels.get(s.role, s.role), s.relevance, dc.percent(s.strength))
            self.supporters.addItem(text)
        if not cov.flags:
            self.flags_list.addItem(self.tr("Nothing: this goal is well supported."))
        for flag in cov.flags:
            item = QListWidgetItem(flag.message())
            item.setData(Qt.ItemDataRole.UserRole, flag.kind.value)
            self.flags_list.addItem(item)
        for suggestion in cov.suggestions:
            item = QListWidgetItem(suggestion.message())
            item.setData(SUGGESTION_ID_ROLE, suggestion.contact_id)
            self.suggestions.addItem(item)
        if not cov.suggestions:
            self.suggestions.addItem(self.tr("Nobody else in your network lists this expertise."))
        self.suggestions.clearSelection()
        self.link_button.setEnabled(False)

    def _chosen_suggestion(self) -> int | None:
        chosen = self.suggestions.selectedItems()
        contact_id = chosen[0].data(SUGGESTION_ID_ROLE) if chosen else None
        return None if contact_id is None else int(contact_id)

    def _link_suggestion(self) -> None:
        contact_id = self._chosen_suggestion()
        goal = self.current_goal()
        if contact_id is not None and goal is not None:
            self.model.set_link(goal.id, contact_id, (NEW_LINK_ROLE, 2))

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    # ------------------------------------------------------------------------------------ mouse

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.cell_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()  # a new menu is made for every right-click

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """Relevance, role and unlink for one cell, for the mouse."""
        menu = QMenu(self)
        current_role = index.data(ROLE_ROLE)
        for relevance in range(RELEVANCE_MIN, RELEVANCE_MAX + 1):
            action = QAction(self.tr("Relevance {0}").format(relevance), menu)
            action.triggered.connect(lambda _=False, r=relevance: self.model.setData(index, r))
            menu.addAction(action)
        roles = menu.addMenu(self.tr("Role"))
        for value, label in role_labels().items():
            action = QAction(label, roles)
            action.setCheckable(True)
            action.setChecked(value == current_role)
            action.triggered.connect(lambda _=False, v=value: self.model.setData(index, v, ROLE_ROLE))
            roles.addAction(action)
        menu.addSeparator()
        unlink = QAction(self.tr("Remove link"), menu)
        unlink.setEnabled(current_role is not None)
        unlink.triggered.connect(lambda: self.model.setData(index, None))
        menu.addAction(unlink)
        return menu
