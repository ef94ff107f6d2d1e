"""Load the code of the views not shown yet on a worker, once the window has started.

Start-up loads only what the first view needs (issue 19, item 3). The rest is loaded here, in the
background, so that a first visit does not wait for it on the GUI thread: Today's modules take some
170 ms to import, pyqtgraph (Timeline, network map) 270 ms and networkx (network map) 310 ms. Importing
runs Python, which the GUI thread shares, at the 0.5 ms switch interval of `share_the_interpreter`;
a view visited while its module is still loading waits for that import rather than doing it again.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Sequence

#: The modules of the views and dialogs not built at start, the slowest to import first.
MODULES: tuple[str, ...] = (
    "netplanner.gui.widgets.today",
    "pyqtgraph",
    "netplanner.gui.widgets.timeline",
    "networkx",
    "netplanner.gui.widgets.network_map",
    "netplanner.gui.widgets.goals",
    "netplanner.gui.widgets.interactions",
    "netplanner.gui.widgets.matrix",
    "netplanner.gui.widgets.review",
    "netplanner.gui.widgets.projects",
    "netplanner.gui.widgets.trash",
    "netplanner.gui.dialogs.log_interaction",
    "netplanner.gui.dialogs.contact_editor",
    "netplanner.gui.dialogs.search",
)

log = logging.getLogger(__name__)


class WarmUp:
    """Imports `modules` one after another on a thread of its own; `stop()` ends it after the current
    one (at window close)."""

    def __init__(self, modules: Sequence[str] = MODULES) -> None:
        self._modules = [name for name in modules if name not in sys.modules]
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="netplanner-warm-up", daemon=True)

    def start(self) -> None:
        if self._modules and not self._stop.is_set():
            self._thread.start()
        else:
            self._done.set()

    def _run(self) -> None:
        try:
            for name in self._modules:
                if self._stop.is_set():
                    return
                try:
                    importlib.import_module(name)
                except Exception:  # the view imports it again when shown, and reports what fails there
                    log.debug("warm-up: %s did not load", name, exc_info=True)
        finally:
            self._done.set()

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait until the imports are done (or stopped); whether they are."""
        return self._done.wait(timeout)
