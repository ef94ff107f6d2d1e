"""Views follow the data: one helper instead of signals listed by hand and per-view stale flags.

`follow(page, events, kinds, refresh)` calls `refresh(changes)` after a change of one of `kinds`, once
per turn of the event loop (several changes in one turn arrive merged) and only while `page` is
visible; a page hidden in a window on screen keeps the merged changes and refreshes when it is shown.
Without a page (a model on its own) it always refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from netplanner.gui.context import DataEvents
from netplanner.services.changes import Changes, Kind

Refresh = Callable[[Changes], None]


class ChangeFollower(QObject):
    def __init__(self, page: QWidget | None, events: DataEvents, kinds: Iterable[Kind], refresh: Refresh,
                 owner: QObject | None = None) -> None:
        super().__init__(page or owner)
        self._page = page
        self.kinds = frozenset(kinds)
        self._refresh = refresh
        self._pending: Changes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        events.changed.connect(self._on_changed)
        if page is not None:
            page.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._pending is not None

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.kinds):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if not self.hidden():
            self._timer.start()

    def hidden(self) -> bool:
        """Hidden behind another page of a window on screen (a window nobody shows, as in a script or
        test, keeps all its pages current)."""
        page = self._page
        return page is not None and not page.isVisible() and page.window().isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._pending is not None:
            self._timer.start()
        return False

    def forget(self) -> None:
        """Drop what is pending: the page already shows it (it made the change itself)."""
        self._timer.stop()
        self._pending = None

    def flush(self) -> None:
        """Refresh now for what is pending (nothing when nothing is)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._refresh(pending)


def follow(page: QWidget | None, events: DataEvents, kinds: Iterable[Kind], refresh: Refresh,
           owner: QObject | None = None) -> ChangeFollower:
    return ChangeFollower(page, events, kinds, refresh, owner)
