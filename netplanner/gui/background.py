"""Run slow work off the GUI thread and hand its result back to it (design section 8).

`run_in_background(owner, work, done, failed)` runs `work(progress)` on Qt's global thread pool; what it
returns goes to `done`, an exception to `failed`, both called on the GUI thread (queued signals), never
after `owner` is gone. `progress(fraction, text)` may be called from the work to report how far it got;
it raises `Cancelled` once `Task.cancel()` was asked for, so long work stops at its next report.

The work must not touch the database's one writer (the services' connection belongs to the GUI thread):
it gets plain values to work on, or opens its own reader (`Database.reader`).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from netplanner.services.facade import Services

T = TypeVar("T")
Progress = Callable[[float, str], None]


class Cancelled(Exception):  # noqa: N818  the user's choice, not an error
    """The user cancelled the work (raised inside it at its next progress report)."""


#: Tasks whose result has not reached the GUI thread yet.
_LIVE: set[Task[Any]] = set()


class _Signals(QObject):
    """Emitted on the worker thread; connected queued, so their slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)


class _Relay(QObject):
    """Lives on the GUI thread and calls the caller's functions there."""

    def __init__(self, task: Task[Any], owner: QObject, done: Callable[[Any], None],
                 failed: Callable[[BaseException], None], progress: Progress | None) -> None:
        super().__init__()
        self._task = task
        self._owner = owner
        self._done = done
        self._failed = failed
        self._progress = progress

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self._task.running = False
        _LIVE.discard(self._task)
        if shiboken6.isValid(self._owner):
            self._done(result)

    @Slot(object)
    def on_failed(self, exc: BaseException) -> None:
        self._task.running = False
        _LIVE.discard(self._task)
        if shiboken6.isValid(self._owner):
            self._failed(exc)

    @Slot(float, str)
    def on_progress(self, fraction: float, text: str) -> None:
        if self._progress is not None and shiboken6.isValid(self._owner):
            self._progress(fraction, text)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.report)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            task.signals.failed.emit(exc)
        else:
            task.signals.finished.emit(result)


class Task(Generic[T]):
    """One piece of background work; `cancel()` asks it to stop at its next progress report."""

    def __init__(self, owner: QObject, done: Callable[[T], None], failed: Callable[[BaseException], None],
                 progress: Progress | None) -> None:
        self.signals = _Signals()
        self.running = True
        self._cancelled = False
        self._relay = _Relay(self, owner, done, failed, progress)
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.finished.connect(self._relay.on_finished, queued)
        self.signals.failed.connect(self._relay.on_failed, queued)
        self.signals.progressed.connect(self._relay.on_progress, queued)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def report(self, fraction: float, text: str) -> None:
        """Called by the work, on its thread: passes the progress on, or stops the work if cancelled."""
        if self._cancelled:
            raise Cancelled
        self.signals.progressed.emit(float(fraction), text)


def run_in_background(owner: QObject, work: Callable[[Progress], T], done: Callable[[T], None],
                      failed: Callable[[BaseException], None], progress: Progress | None = None) -> Task[T]:
    """Start `work` on a worker thread; see the module's text."""
    task: Task[T] = Task(owner, done, failed, progress)
    _LIVE.add(task)  # its signals must outlive the worker until the GUI thread has the result
    QThreadPool.globalInstance().start(_Runnable(task, work))
    return task


def run_on_twin(owner: QObject, services: Services, work: Callable[[Services], T], done: Callable[[T], None],
                failed: Callable[[BaseException], None]) -> Task[T]:
    """Run `work` on the reading twin of `services` (services.twin: its own read-only connection and
    snapshot, one thread) and hand its result to `done` on the GUI thread."""
    task: Task[T] = Task(owner, done, failed, None)
    _LIVE.add(task)
    future = services.twin.submit(work)

    def finished(f: concurrent.futures.Future[T]) -> None:  # on the twin's thread
        if f.cancelled():
            task.signals.failed.emit(Cancelled())
        elif (exc := f.exception()) is not None:
            task.signals.failed.emit(exc)
        else:
            task.signals.finished.emit(f.result())

    future.add_done_callback(finished)
    return task
