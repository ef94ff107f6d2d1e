"""Issue 19, item 4: the first visit to each view of a big network, in the running app.

    python bench/first_visit.py [--sizes 100k] [--views today,interactions,...]

One process, offscreen: the main window is built as netplanner/app.py builds it, on a copy of the cached
database (bench/_appdb.py), shown on People; once the start-up's reads are done each view is visited for
the first time, in turn. A 5 ms QTimer ticks throughout. For each view it prints the longest gap between
two ticks (the longest the window was frozen: the target is 50 ms), the time until the view shows its
data (its loads on the reading twin are done), and, for comparison, how long the same visit froze the
window before the work moved off the GUI thread (the note of this round). After the first visit to
Interactions its table is scrolled to its end 20 times, each reading its next page.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench._appdb import DB_NAME, SIZES, app_database, app_environ, describe, ensure_todays_backup
from bench.edit_latency import open_window
from netplanner.gui.loading import ViewLoader
from netplanner.gui.main_window import MainWindow

VIEWS = ["today", "interactions", "review", "matrix", "timeline", "network", "goals", "projects", "trash"]
TICK_MS = 5
CAP_S = 300.0
#: Times the Interactions table is scrolled to its end after its first visit (a page read each time).
SCROLLED_PAGES = 20
QUIET_S = 0.5
#: The same visits at 100k/1M before this change (GUI thread frozen for the whole visit), seconds.
BEFORE_100K = {"today": 5.55, "interactions": 22.57, "review": 3.42, "matrix": 1.57, "timeline": 0.52,
               "network": 2.96, "goals": 0.02, "projects": 0.24}


def loading(window: MainWindow, loaders: list[ViewLoader[Any]] | None = None) -> bool:
    """Whether any view still reads on the twin. (The map's layout is not waited for: it runs on a
    worker of its own with a progress bar, the map draws the people it has places for meanwhile.)"""
    if any(loader.busy for loader in (window.findChildren(ViewLoader) if loaders is None else loaders)):
        return True
    return window.is_built("interactions") and window.interactions.model.busy


def visit(window: MainWindow, key: str) -> tuple[float, float]:
    """Show the view from inside a running event loop; (longest stall, time until its data shows)."""
    ticks: list[float] = []
    marks: dict[str, float] = {}
    loaders: list[ViewLoader[Any]] = []
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)

    def show() -> None:
        marks["start"] = time.perf_counter()
        window.show_view(key)
        loaders.extend(window.findChildren(ViewLoader))  # made with the view: looked up once

    def tick() -> None:
        now = time.perf_counter()
        ticks.append(now)
        if "start" not in marks:
            return
        if "ready" not in marks and not loading(window, loaders):
            marks["ready"] = now
        if ("ready" in marks and now - marks["ready"] > QUIET_S) or now - marks["start"] > CAP_S:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(50, show)
    loop.exec()
    timer.stop()
    start = marks["start"]
    gaps = [b - a for a, b in itertools.pairwise(ticks) if b > start]
    return max(gaps) * 1000, (marks.get("ready", time.perf_counter()) - start)


def scroll_pages(window: MainWindow, pages: int) -> tuple[float, float, int]:
    """Scroll the Interactions table to its end `pages` times, once every 50 ms, each time reading the
    next page; (longest stall, median time of a scroll with its page read, rows then shown)."""
    table = window.interactions.view
    ticks: list[float] = []
    costs: list[float] = []
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def scroll() -> None:
        began = time.perf_counter()
        table.scrollToBottom()
        QApplication.processEvents()  # the view asks for the next page when it lays out
        costs.append(time.perf_counter() - began)
        if len(costs) < pages:
            QTimer.singleShot(50, scroll)
        else:
            QTimer.singleShot(100, loop.quit)

    timer.start()
    QTimer.singleShot(50, scroll)
    loop.exec()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return max(gaps) * 1000, statistics.median(costs) * 1000, table.model().rowCount()


def settle(window: MainWindow, seconds: float) -> None:
    """Let the start-up's worker reads (People's rows, strength) finish and the collector resume."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    while loading(window):
        QApplication.processEvents()


def run_size(label: str, views: list[str], scratch: Path) -> None:
    source = app_database(label)
    folder = scratch / label
    folder.mkdir()
    for name in (DB_NAME, DB_NAME + ".keyinfo.json"):
        shutil.copy2(source.with_name(name), folder / name)
    ensure_todays_backup(folder / DB_NAME)
    window, opened = open_window(folder / DB_NAME)
    settle(window, 3.0)
    print(f"{describe(label)}: first visits (People was shown at start)")
    print(f"  {'view':14} {'longest stall':>14} {'data shown':>11}   before (stall = whole visit)")
    for key in views:
        stall, ready = visit(window, key)
        before = BEFORE_100K.get(key) if label == "100k" else None
        was = f"{before:.2f} s" if before is not None else "-"
        print(f"  {key:14} {stall:11.0f} ms {ready:9.2f} s   {was}", flush=True)
        if key == "interactions":
            stall, median, rows = scroll_pages(window, SCROLLED_PAGES)
            print(f"  {'  scrolled':14} {stall:11.0f} ms {median:9.0f} ms  to the end {SCROLLED_PAGES} times"
                  f" (median), {rows:,} rows then", flush=True)
    window.close()
    opened.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k", help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--views", default=",".join(VIEWS))
    args = parser.parse_args()
    labels = [s.strip() for s in args.sizes.split(",") if s.strip()]
    views = [v.strip() for v in args.views.split(",") if v.strip()]
    with tempfile.TemporaryDirectory(prefix="netplanner-bench-visit-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["NETPLANNER_PASSPHRASE"] = app_environ()["NETPLANNER_PASSPHRASE"]
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("NetPlanner")
        app.setOrganizationName("NetPlanner")
        print(f"first visits, in one app process, offscreen; {os.cpu_count()} cores; 5 ms timer")
        for label in labels:
            run_size(label, views, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
