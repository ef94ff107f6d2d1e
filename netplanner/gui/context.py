"""What every view gets: the services, one undo stack, and the one signal saying what data changed.

The core announces every committed write as a `Changes` on `services.bus`; `DataEvents.changed` carries
it into Qt. Views follow it with `follow()` (see `netplanner.gui.follow`): each names the kinds it shows,
refreshes when visible and only marks itself stale when hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netplanner.services.changes import Changes
from netplanner.services.facade import Services


class DataEvents(QObject):
    """`changed(Changes)` after every committed write; `showContact(id)` asks People to open a person."""

    changed = Signal(object)
    showContact = Signal(int)  # noqa: N815  Qt signal naming

    def announce(self, changes: Changes) -> None:
        if changes and shiboken6.isValid(self):
            self.changed.emit(changes)


@dataclass
class GuiContext:
    services: Services
    events: DataEvents
    undo_stack: QUndoStack
    #: The app's day: given here (tests, screenshots) it becomes the services' clock.
    today: Callable[[], dt.date] = field(default=dt.date.today)

    def __post_init__(self) -> None:
        if self.today is not dt.date.today:
            self.services.clock = self.today
        self.today = self.services.today
        self.services.bus.subscribe(self.events.announce)
