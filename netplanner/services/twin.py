"""The reading twin: a second `Services` over a read-only connection, living on one worker thread.

The views of a big network compute a lot on their first visit (Today's plan, the review, the matrix's
coverage, the network map). A view hands such work to the twin: it runs there, on its own connection
(WAL lets it read beside the one writer) and with its own snapshot of computed values, which it keeps
current the way the writer's services keep theirs: every `Changes` the writer's bus announces is
replayed on the twin's bus before the next piece of work, so a change of one person recomputes that
person there too. All of the twin's work runs on its one thread, one piece at a time, so its services
are never used by two threads at once; the writer's services are never touched from it.

The twin only reads (`Database.read_only`): work that would write hands back what to write, and the
caller writes it on the writer (e.g. `PlannerService.plan(..., store=False)` and `store_new`).
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from netplanner.services.changes import Changes
from netplanner.storage.db import kept_objects

if TYPE_CHECKING:
    from netplanner.services.facade import Services

T = TypeVar("T")


class ReadingTwin:
    def __init__(self, writer: Services) -> None:
        self._writer = writer
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                               thread_name_prefix="netplanner-twin")
        self._lock = threading.Lock()
        self._unseen: list[Changes] = []
        self._services: Services | None = None
        self._closed = False
        writer.bus.subscribe(self._note)

    def _note(self, changes: Changes) -> None:
        with self._lock:
            self._unseen.append(changes)

    def submit(self, work: Callable[[Services], T]) -> concurrent.futures.Future[T]:
        """Run `work(services)` on the twin's thread, with the twin's services brought up to date with
        every write committed before this call; the future holds what it returns or raises."""
        if self._closed:
            raise RuntimeError("the reading twin is closed")
        return self._executor.submit(self._run, work)

    def _run(self, work: Callable[[Services], T]) -> T:
        # What the twin builds is kept (its snapshots) or handed to a view: see `kept_objects`.
        with kept_objects():
            services = self._current()
            return work(services)

    def _current(self) -> Services:
        from netplanner.services.facade import Services  # noqa: PLC0415  (the facade imports this module)

        with self._lock:
            unseen, self._unseen = self._unseen, []
        if self._services is None:
            # Built on the twin's thread, after the writer's bus was subscribed to: nothing is missed.
            self._services = Services(self._writer.db.reading_twin(), self._writer.today)
            return self._services
        bus = self._services.bus
        with bus.batch():
            for changes in unseen:
                bus.publish(changes)
        return self._services

    def close(self) -> None:
        """Wait for the work under way, drop the rest, and close the twin's connection."""
        if self._closed:
            return
        self._closed = True
        self._writer.bus.unsubscribe(self._note)
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._services is not None:  # the thread is done with it
            self._services.close()
            self._services = None
