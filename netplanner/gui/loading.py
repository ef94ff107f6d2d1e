"""A view's data load: at once for a small network, on the reading twin for a big one.

`ViewLoader(page, services, work, apply)`: `load()` computes `work(services)` and hands it to `apply`.
In a network of fewer than `facade.PREFETCH_PEOPLE` people that takes well under 50 ms and happens at
once, on the GUI thread. In a bigger one `work` runs on the reading twin (services.twin) while the page
shows a busy overlay until its first result (later loads keep showing what the page has) and the window
stays responsive; `apply` then runs on the GUI thread. A load asked for while one is under way is made
once that one is done (its result is shown meanwhile), so a burst of changes costs one more load, not
one each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from netplanner.gui.background import Cancelled, Task, run_on_twin
from netplanner.services.facade import Services

T = TypeVar("T")


class BusyOverlay(QWidget):
    """Covers a page while its data is read: a line of text and a busy bar, centred."""

    def __init__(self, page: QWidget, text: str) -> None:
        super().__init__(page)
        self._page = page
        self.setObjectName("busyOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: how long the read takes is not known
        bar.setTextVisible(False)
        bar.setMaximumWidth(240)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        page.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._page.rect())
        return False

    def start(self) -> None:
        self.setGeometry(self._page.rect())
        self.raise_()
        self.show()


class ViewLoader(QObject, Generic[T]):
    def __init__(self, page: QWidget, services: Services, work: Callable[[Services], T],
                 apply: Callable[[T], None], failed: Callable[[BaseException], None]) -> None:
        super().__init__(page)
        self._page = page
        self._services = services
        self._work = work
        self._apply = apply
        self._failed = failed
        self._task: Task[T] | None = None
        self._again = False
        self._next: Callable[[Services], T] | None = None
        self._asked = -1
        self._shown = False  # a first result was applied
        self._cover = False  # the load asked for meanwhile covers the page
        self.overlay = BusyOverlay(page, self.tr("Reading your network…"))

    @property
    def busy(self) -> bool:
        """Whether a load on the twin is under way."""
        return self._task is not None

    @property
    def fresh(self) -> bool:
        """While `apply` runs: whether nothing was written since the load was asked for (a result that
        is not fresh is still right for the data it read, but must not be written back)."""
        return self._asked == self._services.bus.version

    def load(self, work: Callable[[Services], T] | None = None, *, cover: bool | None = None) -> None:
        """Load with the loader's work, or this once with `work` (which also waits its turn). On the
        twin the page is covered while it reads if `cover`, by default only until its first result:
        after that it keeps showing what it has and changes when the new result is in."""
        if cover is None:
            cover = not self._shown
        if self._task is not None:
            self._again = True
            self._next = work or self._next
            self._cover = self._cover or cover
            return
        work = work or self._work
        self._asked = self._services.bus.version
        if not self._services.is_large():
            try:
                result = work(self._services)
            except Exception as exc:  # shown by the page, like a failed background load
                self._failed(exc)
                return
            self._shown = True
            self._apply(result)
            return
        if cover:
            self.overlay.start()
        self._task = run_on_twin(self, self._services, work, self._done, self._on_failed)

    def _next_load(self) -> None:
        again, work, cover = self._again, self._next, self._cover
        self._again, self._next, self._cover = False, None, False
        if again and self._task is None:
            self.load(work, cover=cover)

    def _done(self, result: T) -> None:
        self._task = None
        if not (self._again and self._cover):
            self.overlay.hide()
        self._shown = True
        self._apply(result)
        self._next_load()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.overlay.hide()
        if not self._again and not isinstance(exc, Cancelled):
            self._failed(exc)
        self._next_load()
