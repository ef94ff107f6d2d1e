"""The main window: a sidebar of views beside a stack of pages, menus, a toolbar and a status bar.

Views are added with one call, `add_view(key, title, widget)`. An empty database shows the start page
instead. QSettings keeps the layout only (geometry, splitters, columns, the current view), never user data.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from netplanner import __version__
from netplanner.domain.errors import NetPlannerError
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.warmup import WarmUp
from netplanner.gui.widgets.start_page import StartPage
from netplanner.services.changes import Changes, Kind
from netplanner.services.unlock import OpenedDatabase
from netplanner.storage.db import reclaim_kept

if TYPE_CHECKING:  # views and dialogs are imported when first used: start-up loads only what it shows
    from netplanner.gui.widgets.goals import GoalsWidget
    from netplanner.gui.widgets.interactions import InteractionsWidget
    from netplanner.gui.widgets.matrix import MatrixWidget
    from netplanner.gui.widgets.network_map import NetworkMapWidget
    from netplanner.gui.widgets.people import PeopleWidget
    from netplanner.gui.widgets.projects import ProjectsWidget
    from netplanner.gui.widgets.review import ReviewWidget
    from netplanner.gui.widgets.timeline import TimelineWidget
    from netplanner.gui.widgets.today import TodayWidget
    from netplanner.gui.widgets.trash import TrashWidget

#: What the timeline draws: people's strength over time, which goals make them important.
TIMELINE_KINDS = frozenset({Kind.INTERACTIONS, Kind.PEOPLE, Kind.SETTINGS, Kind.GOALS, Kind.LINKS})


def settings_store() -> QSettings:
    """Where the window layout is remembered (layout only: no names, no notes)."""
    return QSettings("NetPlanner", "NetPlanner")


#: When the other views' code starts loading in the background, after the window is built.
WARM_UP_AFTER_MS = 1500
#: How long the window is left for another before set-aside garbage is freed, and how seldom.
RECLAIM_AFTER_MS = 3000
RECLAIM_EVERY_S = 300.0

#: How long a thread runs Python before another that waits gets its turn (CPython's default: 5 ms).
SWITCH_INTERVAL_S = 0.0005


def share_the_interpreter() -> None:
    """While a worker computes (the reading twin, a strength snapshot, the map's layout), every call
    from Qt into Python on the GUI thread (each `data()` of a table being painted, each event handler)
    waits for the worker to hand over the interpreter, up to the switch interval each time: at 5 ms a
    repaint of a few hundred cells froze the window for over a second. At 0.5 ms the same repaint waits
    a tenth of that; a thread running alone never switches, so it costs nothing then."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        opened: OpenedDatabase | None = None,
        database_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        share_the_interpreter()
        self.ctx = ctx
        self.opened = opened
        self.database_path = database_path or ctx.services.db.path
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("NetPlanner"))
        self.resize(1360, 860)
        undo.set_error_reporter(self._report_undo_error)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("viewList")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.pages = QStackedWidget()
        self.pages.setObjectName("viewStack")
        self._keys: list[str] = []
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("mainSplitter")
        self.body.addWidget(self.sidebar)
        self.body.addWidget(self.pages)
        self.body.setStretchFactor(1, 1)
        self.body.setCollapsible(1, False)
        self.body.setSizes([170, 1190])

        self.start = StartPage(ctx, self)
        self.central = QStackedWidget()
        self.central.addWidget(self.body)
        self.central.addWidget(self.start)
        self.setCentralWidget(self.central)

        #: Set when the user asked to restore a backup: (file, passphrase); the app restores and reopens.
        self.restore_request: tuple[Path, str] | None = None
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._timeline_stale = False
        self._timeline_ids: list[int] | None = None
        # Views are built when first shown (start-up builds only the one on screen).
        self.add_view("today", self.tr("Today"), self._make_today)
        self.add_view("people", self.tr("People"), self._make_people)
        self.add_view("goals", self.tr("Goals"), self._make_goals)
        self.add_view("interactions", self.tr("Interactions"), self._make_interactions)
        self.add_view("matrix", self.tr("Matrix"), self._make_matrix)
        self.add_view("timeline", self.tr("Timeline"), self._make_timeline)
        self.add_view("network", self.tr("Network map"), self._make_network_map)
        self.add_view("review", self.tr("Review"), self._make_review)
        self.add_view("projects", self.tr("Projects"), self._make_projects)
        self.add_view("trash", self.tr("Trash"), self._make_trash)

        self._make_actions()
        self._make_menus()
        self._connect()
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Encrypted · %1").replace("%1", self.database_path.name))
        )
        self._update_counts()
        self.show_view("people")
        self.restore_layout()
        self._update_start_page()
        # Sync every N minutes (when the user set it up) starts once the window is on screen.
        QTimer.singleShot(2000, self._start_sync_schedule)
        # The other views' code loads in the background once start-up's own reads are under way.
        self.warm_up = WarmUp()
        self._reclaimed = -RECLAIM_EVERY_S  # when set-aside garbage was last freed
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self.warm_up.start)

    def _start_sync_schedule(self) -> None:
        from netplanner.gui.dialogs import sync_settings

        if shiboken6.isValid(self):
            sync_settings.attach(self, self.ctx).schedule()

    def _report_undo_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo"), message)

    # ---- views ---------------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget | Callable[[], QWidget],
                 icon: QIcon | None = None) -> int:
        """Add a page with an entry in the sidebar; returns its position. Given a factory, the page is
        built when it is first shown (or asked for)."""
        item = QListWidgetItem(icon, title) if icon is not None else QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
        self.sidebar.addItem(item)
        if isinstance(widget, QWidget):
            self._built[key] = widget
            self.pages.addWidget(widget)
        else:
            self._factories[key] = widget
            self.pages.addWidget(QWidget())
        self._keys.append(key)
        return len(self._keys) - 1

    def view(self, key: str) -> QWidget:
        """The page of a view, built now if it was not yet."""
        built = self._built.get(key)
        if built is not None:
            return built
        position = self._keys.index(key)
        widget = self._factories.pop(key)()
        self._built[key] = widget
        placeholder = self.pages.widget(position)
        assert placeholder is not None
        showing = self.pages.currentIndex() == position
        self.pages.insertWidget(position, widget)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.pages.setCurrentIndex(position)
        return widget

    def is_built(self, key: str) -> bool:
        return key in self._built

    @property
    def today(self) -> TodayWidget:
        return cast("TodayWidget", self.view("today"))

    @property
    def people(self) -> PeopleWidget:
        return cast("PeopleWidget", self.view("people"))

    @property
    def goals(self) -> GoalsWidget:
        return cast("GoalsWidget", self.view("goals"))

    @property
    def interactions(self) -> InteractionsWidget:
        return cast("InteractionsWidget", self.view("interactions"))

    @property
    def matrix(self) -> MatrixWidget:
        return cast("MatrixWidget", self.view("matrix"))

    @property
    def timeline(self) -> TimelineWidget:
        return cast("TimelineWidget", self.view("timeline"))

    @property
    def network_map(self) -> NetworkMapWidget:
        return cast("NetworkMapWidget", self.view("network"))

    @property
    def review(self) -> ReviewWidget:
        return cast("ReviewWidget", self.view("review"))

    @property
    def projects(self) -> ProjectsWidget:
        return cast("ProjectsWidget", self.view("projects"))

    @property
    def trash(self) -> TrashWidget:
        return cast("TrashWidget", self.view("trash"))

    def _make_today(self) -> TodayWidget:
        from netplanner.gui.widgets.today import TodayWidget

        return TodayWidget(self.ctx, self)

    def _make_matrix(self) -> MatrixWidget:
        from netplanner.gui.widgets.matrix import MatrixWidget

        return MatrixWidget(self.ctx, self)

    def _make_review(self) -> ReviewWidget:
        from netplanner.gui.widgets.review import ReviewWidget

        return ReviewWidget(self.ctx, self)

    def _make_projects(self) -> ProjectsWidget:
        from netplanner.gui.widgets.projects import ProjectsWidget

        projects = ProjectsWidget(self.ctx, self)
        projects.restore_state(settings_store())
        return projects

    def _make_trash(self) -> TrashWidget:
        from netplanner.gui.widgets.trash import TrashWidget

        return TrashWidget(self.ctx, self)

    def _make_people(self) -> PeopleWidget:
        from netplanner.gui.widgets.people import PeopleWidget

        people = PeopleWidget(self.ctx, self)
        people.addRequested.connect(self.add_person)
        people.logRequested.connect(self.log_interaction)
        people.editRequested.connect(self.edit_person)
        people.view.addAction(self.trash_action)
        people.view.addAction(self.merge_action)
        people.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        people.restore_state(settings_store())
        return people

    def _make_goals(self) -> GoalsWidget:
        from netplanner.gui.widgets.goals import GoalsWidget

        goals = GoalsWidget(self.ctx, self)
        goals.addRequested.connect(self.add_goal)
        goals.editRequested.connect(self.edit_goal)
        goals.restore_state(settings_store())
        return goals

    def _make_interactions(self) -> InteractionsWidget:
        from netplanner.gui.widgets.interactions import InteractionsWidget

        interactions = InteractionsWidget(self.ctx, self)
        interactions.logRequested.connect(self.log_interaction)
        interactions.restore_state(settings_store())
        return interactions

    def _make_timeline(self) -> TimelineWidget:
        from netplanner.gui.widgets.timeline import TimelineWidget  # pyqtgraph loads here

        timeline = TimelineWidget(self.ctx.services, self, today=self.ctx.today)
        self._timeline_follower = follow(timeline, self.ctx.events, TIMELINE_KINDS,
                                         lambda _changes: self._timeline_data_changed())
        return timeline

    def _make_network_map(self) -> NetworkMapWidget:
        from netplanner.gui.widgets.network_map import NetworkMapWidget  # networkx loads here

        return NetworkMapWidget(self.ctx, self)

    def view_keys(self) -> list[str]:
        return list(self._keys)

    def show_view(self, key: str) -> None:
        if key in self._keys:
            self.central.setCurrentWidget(self.body)
            self.sidebar.setCurrentRow(self._keys.index(key))

    def current_view(self) -> str:
        return self._keys[self.pages.currentIndex()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.view(self._keys[row])
            self.pages.setCurrentIndex(row)
            if self._keys[row] == "timeline":
                self._update_timeline()
            if self._keys[row] == "network":  # the map highlights the people selected in People
                self.network_map.select(self.people.selected_ids() if self.is_built("people") else [])

    def _update_timeline(self) -> None:
        """Show the people selected in People (or the most important, when none is), redrawing only
        when the choice or the data changed since the chart was last drawn."""
        ids = self.people.selected_ids() if self.is_built("people") else []
        if ids != self._timeline_ids or (self._timeline_stale and not ids):
            # With nobody chosen the default people (the most important) are chosen anew from fresh data.
            self._timeline_ids = ids
            self._timeline_stale = False
            self.timeline.show_contacts(ids)
        elif self._timeline_stale:
            self._timeline_stale = False
            self.timeline.refresh()

    def _timeline_data_changed(self) -> None:
        self._timeline_stale = True
        if self.current_view() == "timeline":
            self._update_timeline()

    # ---- actions and menus ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        action.setToolTip(tip or text.replace("&", ""))
        if name:
            action.setObjectName(name)
        # `triggered(checked)` would fill a slot's first optional argument with False: call it bare.
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_person_action = self._action(
            self.tr("&New person…"),
            self.add_person,
            QKeySequence.StandardKey.New,
            self.tr("Add a person to your network"),
            "newPersonAction",
        )
        self.new_goal_action = self._action(
            self.tr("New &goal…"),
            self.add_goal,
            "Ctrl+Shift+N",
            self.tr("Add a development goal"),
            "newGoalAction",
        )
        self.log_action = self._action(
            self.tr("&Log interaction…"),
            self.log_interaction,
            "Ctrl+L",
            self.tr("Log a coffee, a call, a meeting…"),
            "logInteractionAction",
        )
        self.find_action = self._action(
            self.tr("&Find person"),
            self.find_person,
            QKeySequence.StandardKey.Find,
            self.tr("Filter the People table"),
            "findAction",
        )
        self.search_action = self._action(
            self.tr("&Search everything…"),
            self.search_everything,
            "Ctrl+Shift+F",
            self.tr("Search names, notes, questions and interactions"),
            "searchAction",
        )
        self.trash_action = self._action(
            self.tr("Move to &Trash"),
            # Not `self.people.trash` itself: People is built on first use.
            lambda: self.people.trash(),  # noqa: PLW0108
            QKeySequence.StandardKey.Delete,
            self.tr("Move the selected people to the Trash"),
            "trashAction",
        )
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.trash_action)
        self.merge_action = self._action(
            self.tr("&Merge…"),
            self.merge_people,
            "Ctrl+M",
            self.tr("Merge the selected people into one (duplicates)"),
            "mergeAction",
        )
        self.duplicates_action = self._action(
            self.tr("Find &duplicates…"),
            self.find_duplicates,
            tip=self.tr("List people who are likely the same person"),
            name="findDuplicatesAction",
        )
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redoAction")
        # The toolbar's Undo and Redo keep a fixed text (the menu's carry the item title, which would make
        # the toolbar jump); what they undo is in the tool tip.
        self.toolbar_undo = self._stack_action(self.tr("Undo"), "toolbarUndo", redo=False)
        self.toolbar_redo = self._stack_action(self.tr("Redo"), "toolbarRedo", redo=True)
        self.settings_action = self._action(
            self.tr("Se&ttings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            name="settingsAction",
        )
        # Preferences has no key on most Linux desktops: Ctrl+, as in most apps there.
        comma = QKeySequence("Ctrl+,")
        keys = [key for key in self.settings_action.shortcuts() if not key.isEmpty() and key != comma]
        self.settings_action.setShortcuts([comma, *keys])
        self.example_action = self._action(
            self.tr("Load the &example network"), self.load_example, name="loadExampleAction"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, name="quitAction"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(self.tr("&About NetPlanner"), self.about, name="aboutAction")
        self.import_action = self._action(
            self.tr("&Import contacts…"),
            self.import_contacts,
            "Ctrl+I",
            self.tr("Import people from vCard, LinkedIn, Google, Outlook or any CSV file"),
            "importAction",
        )
        self.export_people_action = self._action(
            self.tr("E&xport people…"),
            self.export_people,
            "Ctrl+Shift+E",
            self.tr("Write people to a vCard or CSV file"),
            "exportPeopleAction",
        )
        self.export_report_action = self._action(
            self.tr("Export &mentoring plan…"),
            self.export_report,
            "Ctrl+E",
            self.tr("Write your goals, people and plan as a PDF"),
            "exportReportAction",
        )
        self.backup_action = self._action(
            self.tr("&Back up…"),
            self.back_up,
            tip=self.tr("Write a copy of everything, encrypted with a passphrase you choose"),
            name="backupAction",
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"),
            self.restore_from_backup,
            tip=self.tr("Replace your network with a backup"),
            name="restoreAction",
        )
        self.export_json_action = self._action(
            self.tr("Export everything as &JSON…"),
            self.export_everything,
            tip=self.tr("Write every table to one plaintext JSON file"),
            name="exportJsonAction",
        )
        self.import_json_action = self._action(
            self.tr("Import everything from JS&ON…"),
            self.import_everything,
            tip=self.tr("Restore a JSON export into this database (it must be empty)"),
            name="importJsonAction",
        )

    def _stack_action(self, text: str, name: str, *, redo: bool) -> QAction:
        stack = self.ctx.undo_stack
        action = QAction(text, self)
        action.setObjectName(name)

        def update() -> None:
            if not shiboken6.isValid(stack) or not shiboken6.isValid(action):
                return
            what = stack.redoText() if redo else stack.undoText()
            action.setEnabled(stack.canRedo() if redo else stack.canUndo())
            action.setToolTip(text + (": " + what if what else ""))

        action.triggered.connect(stack.redo if redo else stack.undo)
        stack.indexChanged.connect(update)
        stack.cleanChanged.connect(update)
        update()
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_person_action, self.new_goal_action, self.log_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_action, self.export_people_action, self.export_report_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.export_json_action)
        file_menu.addAction(self.import_json_action)
        file_menu.addSeparator()
        file_menu.addAction(self.example_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.trash_action)
        edit_menu.addAction(self.merge_action)
        edit_menu.addAction(self.duplicates_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for number, key in enumerate(self._keys, start=1):
            title = self.sidebar.item(number - 1).text()
            action = self._action(
                title,
                functools.partial(self.show_view, key),
                f"Ctrl+{number}" if number < 10 else None,
                name=f"show_{key}",
            )
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_person_action, self.new_goal_action, self.log_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.toolbar_undo)
        toolbar.addAction(self.toolbar_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.search_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _connect(self) -> None:
        events = self.ctx.events
        self._status_follower = follow(None, events, {Kind.PEOPLE, Kind.GOALS}, self._counts_changed,
                                       owner=self)
        events.showContact.connect(self._open_contact)
        self.start.addGoalRequested.connect(self.add_goal)
        self.start.addPersonRequested.connect(self.add_person)
        self.start.loadExampleRequested.connect(self.load_example)
        self.start.importRequested.connect(self.import_contacts)
        self.ctx.undo_stack.indexChanged.connect(self._undo_status)

    def _open_contact(self, contact_id: int) -> None:
        built = self.is_built("people")
        self.show_view("people")
        if not built:  # People was built just now, after this request went out
            self.people.show_contact(contact_id)

    def _counts_changed(self, _changes: Changes) -> None:
        self._update_counts()
        self._update_start_page()

    # ---- status --------------------------------------------------------------------------------

    def _update_counts(self) -> None:
        people = self.ctx.services.contacts.count()
        goals = self.ctx.services.goals.count()
        self.counts.setText(self.tr("%n people", "", people) + " · " + self.tr("%n goals", "", goals))

    def is_empty(self) -> bool:
        return self.ctx.services.contacts.count() == 0 and not self.ctx.services.goals.all()

    def _update_start_page(self) -> None:
        empty = self.is_empty()
        self.central.setCurrentWidget(self.start if empty else self.body)
        self.example_action.setEnabled(self.ctx.services.contacts.count() == 0)

    def _undo_status(self, _index: int) -> None:
        stack = self.ctx.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self):
            return  # the stack is being torn down with the window
        text = stack.undoText()
        if text:
            # The command's own text says what happened ("Done: Coffee with Per", "Move Per to Trash").
            self.statusBar().showMessage(self.tr("%1 (Ctrl+Z undoes it)").replace("%1", text), 4000)

    # ---- what the user does --------------------------------------------------------------------

    def _run(self, command: undo.ServiceCommand) -> bool:
        try:
            undo.run(self.ctx, command)
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return False
        return True

    def add_person(self) -> int | None:
        from netplanner.gui.dialogs.contact_editor import ContactEditorDialog

        dialog = ContactEditorDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        command = undo.AddContactCommand(self.ctx, dialog.changes())
        if not self._run(command) or command.contact_id is None:
            return None
        self.show_view("people")
        follower = self.people.model.follower
        if follower is not None:
            follower.flush()
        self.people.show_contact(command.contact_id)
        return command.contact_id

    def edit_person(self, contact_id: int) -> None:
        from netplanner.gui.dialogs.contact_editor import ContactEditorDialog

        dialog = ContactEditorDialog(self.ctx, self, contact_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changes():
            name = self.ctx.services.contacts.get(contact_id).name
            self._run(undo.EditPersonCommand(self.ctx, contact_id, dialog.changes(), name))

    def add_goal(self) -> None:
        from netplanner.gui.dialogs.goal_editor import GoalEditorDialog

        dialog = GoalEditorDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._run(
            undo.AddGoalCommand(self.ctx, dialog.changes())
        ):
            self.show_view("goals")

    def edit_goal(self, goal_id: int) -> None:
        from netplanner.gui.dialogs.goal_editor import GoalEditorDialog

        dialog = GoalEditorDialog(self.ctx, self, goal_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changes():
            self._run(undo.EditGoalCommand(self.ctx, goal_id, dialog.changes(), dialog.title.text()))

    def log_interaction(self, contact_id: int = 0) -> None:
        from netplanner.gui.dialogs.log_interaction import NEW_PERSON, LogInteractionDialog

        if not contact_id and self.current_view() == "people":
            contact_id = self.people.current_id() or 0
        dialog = LogInteractionDialog(self.ctx, self, contact_id or None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.result_values
        stack = self.ctx.undo_stack
        new_person = values["contact_id"] == NEW_PERSON
        if new_person:  # typed a name nobody has, and chose to add them: one step to undo
            stack.beginMacro(self.tr("Log with %1").replace("%1", dialog.person_name()))
            added = undo.AddContactCommand(self.ctx, {"name": dialog.person_name(), "status": "active"})
            if not self._run(added) or added.contact_id is None:
                stack.endMacro()
                return
            values["contact_id"] = added.contact_id
        try:
            others = values.get("others") or []
            if others:  # one occasion with several people: one entry, one undo step
                self._run(undo.LogOccasionCommand(self.ctx, [values["contact_id"], *others], values["kind"],
                                                  values["occurred_on"], values["fields"], dialog.names()))
            else:
                self._run(
                    undo.LogInteractionCommand(
                        self.ctx,
                        values["contact_id"],
                        values["kind"],
                        values["occurred_on"],
                        values["fields"],
                        dialog.person_name(),
                    )
                )
        finally:
            if new_person:
                stack.endMacro()

    def merge_people(self, contact_ids: list[int] | None = None) -> bool:
        """Merge the people selected in People (or these) after the user chose the fields to keep."""
        from netplanner.gui.dialogs.merge import MergeDialog

        if contact_ids is None:
            contact_ids = self.people.selected_ids() if self.is_built("people") else []
        if len(set(contact_ids)) < 2:
            QMessageBox.information(self, self.tr("Merge people"),
                                    self.tr("Select two or more people in People to merge them."))
            return False
        dialog = MergeDialog(self.ctx, contact_ids, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._run(undo.MergePeopleCommand(self.ctx, dialog.kept_id(), dialog.merged_ids(),
                                                 dialog.fields(), dialog.kept_name()))

    def find_duplicates(self) -> None:
        from netplanner.gui.dialogs.merge import DuplicatesDialog

        DuplicatesDialog(self.ctx, self.merge_people, self).exec()

    def import_contacts(self) -> None:
        from netplanner.gui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx.services, self).exec()

    def export_people(self) -> None:
        ids: list[int] | None = None
        selected = self.people.selected_ids() if self.current_view() == "people" else []
        if len(selected) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Export people"),
                self.tr("Export the %n selected people, or everyone?", "", len(selected)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            ids = selected if answer == QMessageBox.StandardButton.Yes else None
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export people"),
            str(Path.home() / "netplanner-people.vcf"),
            self.tr("vCard 4.0 (*.vcf);;CSV with strength, due date and balance (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        as_csv = path.suffix.lower() == ".csv" or (path.suffix == "" and "csv" in chosen_filter.lower())
        exporting = self.ctx.services.exporting
        try:
            if as_csv:
                count = exporting.export_csv(path.with_suffix(".csv"), ids, self.ctx.today())
            else:
                count = exporting.export_vcard(path.with_suffix(".vcf"), ids)
        except (NetPlannerError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), user_message(exc))
            return
        self.statusBar().showMessage(self.tr("Exported %n people.", "", count), 6000)

    def export_report(self) -> None:
        from netplanner.gui.dialogs.export_report import ExportReportDialog

        ExportReportDialog(self.ctx, self).exec()

    def back_up(self) -> None:
        from netplanner.gui.dialogs.backup import make_backup

        make_backup(self.ctx.services, self, self.ctx.today())

    def restore_from_backup(self) -> None:
        from netplanner.gui.dialogs.backup import ask_restore

        request = ask_restore(self)
        if request is not None:
            self.restore_request = request
            self.close()

    def export_everything(self) -> None:
        from netplanner.gui.dialogs.json_transfer import export_everything

        export_everything(self.ctx, self)

    def import_everything(self) -> None:
        from netplanner.gui.dialogs.json_transfer import import_everything

        if import_everything(self.ctx, self) is not None:
            self.show_view("people")

    def find_person(self) -> None:
        self.show_view("people")
        self.people.focus_filter()

    def search_everything(self) -> None:
        from netplanner.gui.dialogs.search import SearchDialog

        SearchDialog(self.ctx, self).exec()

    def open_settings(self) -> None:
        from netplanner.gui.dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self, self.opened).exec()

    def load_example(self) -> None:
        from netplanner.demo import build_demo

        if self.ctx.services.contacts.count():
            QMessageBox.information(
                self,
                self.tr("Example network"),
                self.tr("The example network can only be loaded into an empty database."),
            )
            return
        with self.ctx.services.bus.batch():
            build_demo(self.ctx.services, today=self.ctx.today())
        self.ctx.undo_stack.clear()
        self.show_view("people")
        self.statusBar().showMessage(
            self.tr("Loaded the example network: explore, then start your own."), 6000
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About NetPlanner"),
            self.tr(
                "<b>NetPlanner %1</b><br>Plan the professional network that carries your development at work."
                "<br>Private, encrypted, offline."
            ).replace("%1", __version__),
        )

    # ---- layout memory -------------------------------------------------------------------------

    def save_layout(self) -> None:
        settings = settings_store()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.body.saveState())
        settings.setValue("window/view", self.current_view())
        for key in ("people", "goals", "interactions", "projects"):
            built = self._built.get(key)
            save_state = getattr(built, "save_state", None)
            if save_state is not None:
                save_state(settings)

    def restore_layout(self) -> None:
        settings = settings_store()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.body.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        view = settings.value("window/view")
        if isinstance(view, str) and view in self._keys:
            self.show_view(view)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            QTimer.singleShot(RECLAIM_AFTER_MS, self, self._reclaim_while_away)

    def _reclaim_while_away(self) -> None:
        """In a big network the workers set what they build aside from the garbage collector
        (`kept_objects`); what of it became garbage in cycles is freed now, while the user is in another
        window: the full pass takes a few hundred ms there, at most once every few minutes."""
        now = time.monotonic()
        if self.isActiveWindow() or now - self._reclaimed < RECLAIM_EVERY_S:
            return
        if reclaim_kept():
            self._reclaimed = now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.warm_up.stop()
        self.save_layout()
        undo.set_error_reporter(None)
        super().closeEvent(event)
