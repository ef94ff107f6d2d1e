"""What every view gets: the services, one undo stack, and signals saying which data changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netplanner.services.facade import Services


class DataEvents(QObject):
    """Emitted after a change is saved, so every view showing that data can refresh itself."""

    contactsChanged = Signal()  # noqa: N815  Qt signal naming
    goalsChanged = Signal()  # noqa: N815
    interactionsChanged = Signal()  # noqa: N815
    linksChanged = Signal()  # noqa: N815  goal-to-contact links
    plannerChanged = Signal()  # noqa: N815  planned touches
    settingsChanged = Signal()  # noqa: N815
    showContact = Signal(int)  # noqa: N815  a request to open one person in People

    def everything_changed(self) -> None:
        for signal in (self.contactsChanged, self.goalsChanged, self.interactionsChanged,
                       self.linksChanged, self.plannerChanged, self.settingsChanged):
            signal.emit()


@dataclass
class GuiContext:
    services: Services
    events: DataEvents
    undo_stack: QUndoStack
    today: Callable[[], dt.date] = field(default=dt.date.today)
