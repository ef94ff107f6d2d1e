"""Today: what to do this week (the stored plan), overdue follow-ups, thank-yous owed, fading relationships
and a review reminder, with Done / Snooze / Skip / Open person and "Export to calendar…".

Every action is an undoable command on the shared undo stack; the planner service announces what it
changed, so every view showing it refreshes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netplanner.domain import planner as dp
from netplanner.domain.errors import NetPlannerError
from netplanner.domain.model import Direction, InteractionKind
from netplanner.gui import undo
from netplanner.gui.context import GuiContext
from netplanner.gui.errors import user_message
from netplanner.gui.follow import follow
from netplanner.gui.loading import ViewLoader
from netplanner.gui.models.base import label
from netplanner.gui.models.plan_model import Column, Entry, PlanModel, Section
from netplanner.interop.ics import write_ics
from netplanner.services.agenda import Draft
from netplanner.services.changes import Kind
from netplanner.services.planner import DEFAULT_WEEKS, MAX_WEEKS, DoneRecord, TouchState


@dataclass(frozen=True)
class CalendarOptions:
    path: Path
    todos: bool
    include_private: bool
    weeks: int


#: What Today shows: the plan, follow-ups and thank-yous, people, their goals, questions and the review.
#: Weeks after this one shown below the plan.
COMING_WEEKS = 3

TODAY_KINDS = frozenset({Kind.TOUCHES, Kind.INTERACTIONS, Kind.PEOPLE, Kind.GOALS, Kind.LINKS,
                         Kind.SETTINGS, Kind.QUESTIONS, Kind.REVIEWS})


class ExportCalendarDialog(QDialog):
    """Events or to-dos, how many weeks, and whether private notes and questions go into the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportCalendarDialog")
        self.setWindowTitle(self.tr("Export to calendar"))
        layout = QVBoxLayout(self)
        self.events_radio = QRadioButton(self.tr("As &events (with a time and a reminder)"))
        self.todos_radio = QRadioButton(self.tr("As &to-dos (tasks with a due time)"))
        self.events_radio.setChecked(True)
        layout.addWidget(self.events_radio)
        layout.addWidget(self.todos_radio)
        weeks_row = QHBoxLayout()
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.weeks_spin.setValue(DEFAULT_WEEKS)
        weeks_label = QLabel(self.tr("&Weeks ahead:"))
        weeks_label.setBuddy(self.weeks_spin)
        weeks_row.addWidget(weeks_label)
        weeks_row.addWidget(self.weeks_spin)
        weeks_row.addStretch(1)
        layout.addLayout(weeks_row)
        self.private_check = QCheckBox(self.tr("Include private &notes and questions"))
        self.private_check.setToolTip(self.tr(
            "Calendars are often synced to other services; leave this off unless the calendar is private."))
        self.private_check.setChecked(False)
        layout.addWidget(self.private_check)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TodayWidget(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.planner = ctx.services.planner
        self.model = PlanModel(self)
        self._network: dp.PlanInput | None = None

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.done_action = QAction(self.tr("&Done…"), self)
        self.done_action.setToolTip(self.tr("Log what happened and mark it done"))
        self.done_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self.snooze_action = QAction(self.tr("&Snooze a week"), self)
        self.snooze_action.setToolTip(self.tr("Put it off to next week"))
        self.skip_action = QAction(self.tr("S&kip"), self)
        self.skip_action.setToolTip(self.tr("Leave it out this week"))
        self.open_action = QAction(self.tr("&Open person"), self)
        self.replan_action = QAction(self.tr("&Re-plan"), self)
        self.replan_action.setToolTip(self.tr("Make this week's and later weeks' suggestions anew "
                                              "(done, skipped and snoozed touches stay)"))
        self.kind_menu = QMenu(self.tr("C&hange kind"), self)
        self.kind_menu.setObjectName("touchKindMenu")
        for kind in InteractionKind:
            action = self.kind_menu.addAction(label(kind.value))
            action.setData(kind.value)
        self.kind_menu.triggered.connect(lambda action: self.change_kind(self.current_entry(), action.data()))
        self.kind_action = self.kind_menu.menuAction()
        self.kind_action.setToolTip(self.tr("A call instead of a coffee: change what kind of touch it is"))
        self.export_action = QAction(self.tr("Export to &calendar…"), self)
        self.export_action.setObjectName("exportCalendarAction")
        self.done_action.triggered.connect(self._on_done)
        self.snooze_action.triggered.connect(self._on_snooze)
        self.skip_action.triggered.connect(self._on_skip)
        self.open_action.triggered.connect(self._on_open)
        self.replan_action.triggered.connect(self._on_replan)
        self.export_action.triggered.connect(self._on_export)

        bar = QHBoxLayout()
        for action in (self.done_action, self.snooze_action, self.skip_action, self.kind_action,
                       self.open_action):
            bar.addWidget(self._button(action))
        bar.addStretch(1)
        bar.addWidget(self._button(self.replan_action))
        bar.addWidget(self._button(self.export_action))

        self.view = QTreeView()
        self.view.setObjectName("plannerView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.WHY, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(Column.PERSON, 190)
        self.view.setColumnWidth(Column.TOUCH, 130)
        self.view.setColumnWidth(Column.STATUS, 110)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.done_action, self.snooze_action, self.skip_action, self.kind_action,
                       self.open_action):
            self.view.addAction(action)
        self.view.doubleClicked.connect(lambda _index: self._on_done())
        self.view.selectionModel().selectionChanged.connect(self._update_selection)

        self.details = QTextBrowser()
        self.details.setObjectName("plannerDetails")
        self.details.setOpenLinks(False)
        self.coming = QLabel()
        self.coming.setObjectName("comingWeeks")
        self.coming.setWordWrap(True)
        self.coming.setTextFormat(Qt.TextFormat.RichText)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.coming)

        self.loader: ViewLoader[Draft] = ViewLoader(
            self, ctx.services, lambda s: s.agenda.draft(weeks=1 + COMING_WEEKS),
            self._show, self._load_failed)
        self.follower = follow(self, ctx.events, TODAY_KINDS, lambda _changes: self.reload())
        self.reload()

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if action.menu() is not None:  # a choice (the kind): the whole button opens the list
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    # ------------------------------------------------------------------------------------ loading

    def reload(self, *, regenerate: bool = False) -> None:
        """Read the agenda anew (on the reading twin in a big network); with `regenerate`, this week's
        still-planned touches are thrown away first and the week is planned anew."""
        refill = False
        if regenerate:
            try:
                self.planner.clear_planned(self.ctx.today())
            except NetPlannerError as exc:
                QMessageBox.warning(self, self.tr("Today"), user_message(exc))
                return
            refill = True
        self.loader.load(lambda services: services.agenda.draft(
            weeks=1 + COMING_WEEKS, refill_this_week=refill), cover=True if regenerate else None)

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Today"), user_message(exc))

    def _show(self, draft: Draft) -> None:
        if not self.loader.fresh and any(i.touch_id is None for i in draft.plan.items()):
            self.loader.load()  # written to meanwhile: plan from what is there now before storing anything
            return
        current = self.current_entry()
        was_current = not self.follower.stale
        try:
            agenda = self.ctx.services.agenda.finish(draft)
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Today"), user_message(exc))
            return
        if was_current:
            self.follower.forget()  # the touches just stored are what this view shows: no news to it
        today, plan, network = agenda.today, agenda.plan, agenda.network
        self._network = network
        with QSignalBlocker(self.view.selectionModel()):
            self.model.set_sections(agenda.sections)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()
        week = plan.weeks[0]
        self.coming.setText(self._coming_html(plan, today))
        self.heading.setText(self.tr("Week of %1").replace("%1", dp.short_date(week.week_start, today)))
        done = sum(1 for i in week.items if i.status == "done")
        self.subheading.setText(
            self.tr("%1 of %n touches done this week", "", len(week.items)).replace("%1", str(done))
            + " · " + self.tr("up to %n a week (change it in Settings)", "", plan.capacity)
        )
        target = QModelIndex()
        if current is not None:
            target = self.model.find(current.touch_id, current.section, current.contact_id)
        if not target.isValid() and self.model.rowCount() and self.model.rowCount(self.model.index(0, 0)):
            target = self.model.index(0, 0, self.model.index(0, 0))
        if target.isValid():
            self.view.setCurrentIndex(target)
        self._update_selection()

    def _coming_html(self, plan: dp.Plan, today: dt.date) -> str:
        """The weeks after this one, one line each: who is planned and how."""
        lines = []
        for week in plan.weeks[1:]:
            people = ", ".join(f"{escape(i.name)} ({escape(dp.kind_label(i.kind))})" for i in week.items
                               if i.status != "skipped")
            lines.append(self.tr("<b>Week of %1:</b> %2").replace("%1", dp.short_date(week.week_start, today))
                         .replace("%2", people or escape(self.tr("nothing planned"))))
        return (escape(self.tr("Coming weeks")) + "<br>" + "<br>".join(lines)) if lines else ""


    # ---------------------------------------------------------------------------------- selection

    def current_entry(self) -> Entry | None:
        return self.model.entry(self.view.currentIndex())

    def _update_selection(self) -> None:
        e = self.current_entry()
        touch = e is not None and e.touch_id is not None and e.actionable
        self.done_action.setEnabled(e is not None and e.actionable)
        self.snooze_action.setEnabled(touch)
        self.skip_action.setEnabled(touch)
        self.open_action.setEnabled(e is not None and e.contact_id > 0)
        self.kind_action.setEnabled(touch)
        self.details.setHtml(self._details_html(e))

    def _details_html(self, e: Entry | None) -> str:
        if e is None:
            return "<p>" + escape(self.tr("Select a line to see why and what to ask.")) + "</p>"
        if e.section == Section.REVIEW:
            return "<p>" + escape(self.tr(
                "Your periodic network review is due. Open Review to check goals without support, "
                "people whose goals ended and relationships worth reviving.")) + "</p>"
        parts = [f"<h3>{escape(e.title)}</h3>", f"<p>{escape(e.reason[:1].upper() + e.reason[1:])}</p>"]
        if e.context:
            parts.append("<p><i>" + "<br/>".join(escape(c) for c in e.context) + "</i></p>")
        if e.give_first:
            parts.append(f"<p><b>{escape(self.tr('Give first:'))}</b> {escape(e.give_first)}</p>")
        if e.questions:
            parts.append(f"<p><b>{escape(self.tr('Ask:'))}</b></p><ul>"
                         + "".join(f"<li>{escape(q)}</li>" for q in e.questions) + "</ul>")
        return "".join(parts)

    # ------------------------------------------------------------------------------------ actions

    def _push(self, text: str, do: Callable[[], Any], take_back: Callable[[Any], None]) -> bool:
        try:
            undo.run(self.ctx, undo.CallbackCommand(self.ctx, text, do, take_back))
        except NetPlannerError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return False
        return True

    def ask_done(self, e: Entry) -> dict[str, Any] | None:
        """The log dialog, prefilled for this person; None when cancelled. (A seam: tests replace it.)"""
        from netplanner.gui.dialogs.log_interaction import LogInteractionDialog  # noqa: PLC0415  on demand

        dialog = LogInteractionDialog(self.ctx, self, contact_id=e.contact_id)
        dialog.setWindowTitle(self.tr("Done: %1").replace("%1", e.title))
        dialog.person.setReadOnly(True)  # the touch belongs to this person
        direction = Direction.GAVE.value if e.category == dp.Category.THANKS else Direction.MUTUAL.value
        dialog.kind.setCurrentIndex(max(0, dialog.kind.findData(e.kind)))
        dialog.direction.setCurrentIndex(max(0, dialog.direction.findData(direction)))
        dialog.summary.setText(e.title)
        if e.goal_id is not None:
            dialog.goal.setCurrentIndex(max(0, dialog.goal.findData(e.goal_id)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values: dict[str, Any] = dialog.result_values
        return {"kind": values["kind"], "occurred_on": values["occurred_on"], **values["fields"]}

    def mark_done(self, e: Entry, fields: dict[str, Any]) -> bool:
        """Log the interaction (and close what it follows up or thanks for); undoable."""
        fields = dict(fields)
        kind = str(fields.pop("kind", e.kind))
        on = fields.pop("occurred_on", self.ctx.today())
        touch_id = e.touch_id

        def do() -> DoneRecord:
            if touch_id is not None:
                return self.planner.done(touch_id, kind=kind, occurred_on=on, resolve=e.commitments, **fields)
            return self.planner.log_for(e.contact_id, kind, on, resolve=e.commitments, **fields)

        return self._push(self.tr("Done: %1").replace("%1", e.title), do, self.planner.undo_done)

    def snooze(self, e: Entry, until: dt.date | None = None) -> bool:
        if e.touch_id is None:
            return False
        touch_id, today = e.touch_id, self.ctx.today()
        until = until or today + dt.timedelta(days=7)
        return self._push(self.tr("Snooze: %1").replace("%1", e.title),
                          lambda: self.planner.snooze(touch_id, until, today), self._restore)

    def skip(self, e: Entry) -> bool:
        if e.touch_id is None:
            return False
        touch_id, today = e.touch_id, self.ctx.today()
        return self._push(self.tr("Skip: %1").replace("%1", e.title),
                          lambda: self.planner.skip(touch_id, today), self._restore)

    def change_kind(self, e: Entry | None, kind: str) -> bool:
        """Make the selected touch another kind; undoable."""
        if e is None or e.touch_id is None or not e.actionable or kind == e.kind:
            return False
        touch_id = e.touch_id

        def take_back(before: str) -> None:
            self.planner.set_kind(touch_id, before)

        text = self.tr("Make it a %1: %2").replace("%1", dp.kind_label(kind)).replace("%2", e.name)
        return self._push(text, lambda: self.planner.set_kind(touch_id, kind), take_back)

    def _restore(self, state: TouchState) -> None:
        self.planner.restore(state)

    def _on_done(self) -> None:
        e = self.current_entry()
        if e is None or not e.actionable:
            return
        fields = self.ask_done(e)
        if fields is not None:
            self.mark_done(e, fields)

    def _on_snooze(self) -> None:
        e = self.current_entry()
        if e is not None and e.actionable:
            self.snooze(e)

    def _on_skip(self) -> None:
        e = self.current_entry()
        if e is not None and e.actionable:
            self.skip(e)

    def _on_open(self) -> None:
        e = self.current_entry()
        if e is not None and e.contact_id > 0:
            self.ctx.events.showContact.emit(e.contact_id)

    def _on_replan(self) -> None:
        self.reload(regenerate=True)

    # ----------------------------------------------------------------------------------- calendar

    def ask_export(self) -> CalendarOptions | None:
        """The export options and the file; None when cancelled. (A seam: tests replace it.)"""
        dialog = ExportCalendarDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to calendar"), "netplanner.ics",
                                              self.tr("iCalendar files (*.ics)"))
        if not name:
            return None
        return CalendarOptions(Path(name), dialog.todos_radio.isChecked(), dialog.private_check.isChecked(),
                               dialog.weeks_spin.value())

    def export_calendar(self, options: CalendarOptions) -> int:
        """Write the planned touches of the coming weeks to an .ics file; returns how many."""
        plan = self.planner.plan(options.weeks, self.ctx.today())
        return write_ics(options.path, self.planner.calendar_touches(plan), todos=options.todos,
                          include_private=options.include_private)

    def _on_export(self) -> None:
        options = self.ask_export()
        if options is None:
            return
        try:
            count = self.export_calendar(options)
        except (NetPlannerError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export to calendar"), user_message(exc))
            return
        wrote = self.tr("Wrote %n touches to %1.", "", count).replace("%1", options.path.name)
        QMessageBox.information(self, self.tr("Export to calendar"), wrote)
