"""Reminders outside the window (issue 15 item 6): a tray icon whose menu lists today's touches and
follow-ups (from the agenda, as the Today view has them), and a desktop notification when something
falls due. Off by default (the `reminders` setting). Menus and notifications show names only, never
notes, reasons or questions: a notification can show on a locked screen or a shared display.

Where the desktop has no system tray (or Qt runs offscreen) nothing is shown and `available()` says so;
Settings shows "not available" instead of the switch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from netplanner import paths
from netplanner.gui.context import GuiContext
from netplanner.gui.follow import follow
from netplanner.services.changes import Kind

if TYPE_CHECKING:  # the agenda (and the planner under it) loads when reminders first look at it
    from netplanner.services.agenda import Entry

SETTING = "reminders"
#: How often the agenda is looked at again without a change (a new day makes new things due).
RECHECK_MS = 15 * 60 * 1000
SETTLE_MS = 500
KINDS = (Kind.SETTINGS, Kind.TOUCHES, Kind.INTERACTIONS, Kind.PEOPLE)

Notify = Callable[[str, str], None]


class Window(Protocol):
    def show_view(self, key: str) -> None: ...
    def showNormal(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def close(self) -> bool: ...



def available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def due_entries(ctx: GuiContext) -> list[Entry]:
    """Follow-ups due and this week's touches not yet done or skipped."""
    from netplanner.services.agenda import Section  # noqa: PLC0415  see the import above

    listed = (Section.FOLLOW_UPS, Section.THIS_WEEK)
    agenda = ctx.services.agenda.agenda()
    return [entry for rows in agenda.sections if rows.section in listed
            for entry in rows.entries if entry.actionable and entry.contact_id]


def _key(entry: Entry) -> tuple[str, int, int | None, str]:
    return (entry.section.value, entry.contact_id, entry.touch_id, entry.kind)


def entry_text(entry: Entry) -> str:
    """One menu line: what and with whom (the name only)."""
    from netplanner.services.agenda import Section  # noqa: PLC0415

    if entry.section == Section.FOLLOW_UPS:
        return QCoreApplication.translate("Reminders", "Follow up with %1").replace("%1", entry.name)
    return QCoreApplication.translate("Reminders", "Get in touch with %1").replace("%1", entry.name)


class Reminders(QObject):
    """Owns the tray icon while the `reminders` setting is on and a tray exists."""

    def __init__(self, ctx: GuiContext, window: Window, *, is_available: Callable[[], bool] | None = None,
                 notify: Notify | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window = window
        self._is_available = is_available
        self._notify = notify
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.setObjectName("remindersMenu")
        self._announced: set[tuple[str, int, int | None, str]] = set()
        self._day: dt.date | None = None
        # Edits come in bursts (typing in the People table): the agenda is looked at once they pause.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SETTLE_MS)
        self._soon.timeout.connect(self.refresh)
        self.follower = follow(None, ctx.events, KINDS, lambda _changes: self._soon.start(), owner=self)
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def wanted(self) -> bool:
        return bool(self.ctx.services.settings.get(SETTING))

    def has_tray(self) -> bool:
        return (self._is_available or available)()  # looked up now: tests replace `available`

    def active(self) -> bool:
        """Whether the icon is in the tray (the setting is on and the desktop has a tray)."""
        return self.icon is not None

    def refresh(self) -> None:
        if not (self.wanted() and self.has_tray()):
            self._stop()
            return
        if self.icon is None:
            self.icon = QSystemTrayIcon(QIcon(str(paths.resource("icons", "netplanner.svg"))), self)
            self.icon.setObjectName("remindersTray")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
            self.timer.start()
        today = self.ctx.today()
        if today != self._day:  # a new day: what is due today is news again
            self._day, self._announced = today, set()
        entries = due_entries(self.ctx)
        self._fill_menu(entries)
        if entries:
            tip = QCoreApplication.translate("Reminders", "NetPlanner: %n due", None, len(entries))
        else:
            tip = QCoreApplication.translate("Reminders", "NetPlanner: nothing due")
        self.icon.setToolTip(tip)
        new = [entry for entry in entries if _key(entry) not in self._announced]
        self._announced |= {_key(entry) for entry in entries}
        if new:
            names = ", ".join(dict.fromkeys(entry.name for entry in new))
            self.notify(QCoreApplication.translate("Reminders", "Due today"), names)

    def notify(self, title: str, message: str) -> None:
        if self._notify is not None:
            self._notify(title, message)
        elif self.icon is not None:
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)

    def _fill_menu(self, entries: list[Entry]) -> None:
        self.menu.clear()
        self._add(QCoreApplication.translate("Reminders", "Open NetPlanner"), self.open_window)
        self.menu.addSeparator()
        if not entries:
            self._add(QCoreApplication.translate("Reminders", "Nothing due today"), None)
        for entry in entries:
            self._add(entry_text(entry), self.open_today)
        self.menu.addSeparator()
        self._add(QCoreApplication.translate("Reminders", "Quit NetPlanner"), self.quit)

    def _add(self, text: str, slot: Callable[[], None] | None) -> QAction:
        action = self.menu.addAction(text)
        if slot is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def menu_texts(self) -> list[str]:
        return [action.text() for action in self.menu.actions() if not action.isSeparator()]

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_today()

    def open_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_today(self) -> None:
        self.open_window()
        self.window.show_view("today")

    def quit(self) -> None:
        self.window.close()
        QApplication.quit()

    def stop(self) -> None:
        """Take the icon out of the tray for good (the window closes)."""
        self.follower.deleteLater()
        self._stop()

    def _stop(self) -> None:
        self.timer.stop()
        self._soon.stop()
        if self.icon is not None:
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
        self._announced = set()
        self._day = None
