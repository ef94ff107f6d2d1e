"""Issue 19: in the running app, the longest event-loop stall after one edit, and when the new value shows.

    python bench/edit_latency.py [--sizes 10k,100k] [--runs N]

One process, offscreen: the main window is built as netplanner/app.py builds it, on a copy of the cached
database (bench/_appdb.py; one goal added to the copy so a link can be made), and shown on People. A
5 ms QTimer ticks throughout; after each edit the longest gap between two ticks is the stall (the idle
gap is printed first). Each edit is made the way the GUI makes it (the functions just below; the only
places that touch the app's API). "People" is the time from the start of the edit until the People
table (or, for a link, the person's Goals tab in People) shows the new value; "Today" until Today's
model was rebuilt after the edit; the Timeline is not drawn while hidden (it is marked stale and
redraws when shown), so it is reported as such. All views are visited once first (they are built when
first shown); after each edit the time from switching to Today and to the Timeline until they show the
new data is printed too. Targets: stall <= 50 ms at 10k/100k and <= 100 ms at
100k/1M; new values visible in People, Today and the Timeline within 200 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from bench._appdb import DB_NAME, SIZES, app_database, app_environ, describe, ensure_todays_backup
from netplanner.gui import undo
from netplanner.gui.context import DataEvents, GuiContext
from netplanner.gui.i18n import install_translators
from netplanner.gui.loading import ViewLoader
from netplanner.gui.main_window import MainWindow
from netplanner.gui.models.contacts_model import Column
from netplanner.services.unlock import OpenedDatabase, open_existing

# ---- the app's API: the lead adapts these when the GUI's data flow changes -------------------------


def open_window(path: Path) -> tuple[MainWindow, OpenedDatabase]:
    """As netplanner/app.py run_gui does (passphrase from the environment), shown."""
    opened = open_existing(path, environ=app_environ())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, str(opened.services.settings.get("language") or ""))
    ctx = GuiContext(services=opened.services, events=DataEvents(), undo_stack=QUndoStack(),
                     today=dt.date.today)
    window = MainWindow(ctx, opened=opened, database_path=path)
    window.show()
    window.show_view("people")
    return window, opened


def add_goal(opened: OpenedDatabase) -> int:
    """Set-up, before the window opens: the synthetic databases have no goals."""
    goal = opened.services.goals.add(title="Bench goal", competence_area="leadership", priority=3)
    return int(goal.id)


def pick_people(window: MainWindow, count: int) -> list[int]:
    """People last met before today (so logging one today changes their row), spread over the table."""
    today = window.ctx.today().isoformat()
    rows = [r for r in window.ctx.services.contacts.rows() if r.last_contact and r.last_contact < today]
    step = max(1, len(rows) // (count + 1))
    return [rows[step * (n + 1)].id for n in range(count)]


def select_person(window: MainWindow, contact_id: int) -> None:
    window.people.show_contact(contact_id)


def edit_title(window: MainWindow, contact_id: int, text: str) -> None:
    """An edit in place in the People table: ContactsModel.setData -> EditContactCommand."""
    model = window.people.model
    row = model.row_of(contact_id)
    assert row is not None
    assert model.setData(model.index(row, Column.TITLE), text, Qt.ItemDataRole.EditRole)


def log_interaction(window: MainWindow, contact_id: int, day: dt.date) -> None:
    """What Log interaction's dialog does on OK: a LogInteractionCommand through MainWindow._run."""
    name = window.ctx.services.contacts.get(contact_id).name
    fields = {"direction": "mutual", "summary": "Bench coffee", "thanked": True}
    assert window._run(undo.LogInteractionCommand(window.ctx, contact_id, "coffee", day, fields, name))


def link_to_goal(window: MainWindow, contact_id: int, goal_id: int) -> None:
    """A link made in the Matrix: GoalMatrixModel.set_link -> LinkEditCommand."""
    assert window.matrix.model.set_link(goal_id, contact_id, ("expert", 3))


def people_cell(window: MainWindow, contact_id: int, column: Column) -> object:
    model = window.people.model
    row = model.row_of(contact_id)
    return None if row is None else model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def people_links(window: MainWindow) -> int:
    """Rows in the Goals tab of the person shown in People."""
    return window.people.detail.links.rowCount()


def connect_today_rebuilt(window: MainWindow, slot: Callable[[], None]) -> None:
    window.today.model.modelReset.connect(slot)


def timeline_state(window: MainWindow) -> str:
    return "stale, redraws when shown" if window._timeline_follower.stale else "current"


def build_views(window: MainWindow) -> None:
    """Visit Today, Matrix and Timeline once (views are built when first shown), then People again."""
    for key in ("today", "matrix", "timeline", "people"):
        window.show_view(key)
        QApplication.processEvents()
    # In a big network their first loads run on the reading twin: edits are measured once they are in.
    while reading(window):
        QApplication.processEvents()
        time.sleep(0.002)  # idle like the app's event loop: a spinning loop starves the twin of the GIL


def reading(window: MainWindow) -> bool:
    """Whether a view still reads on the reading twin."""
    return any(loader.busy for loader in window.findChildren(ViewLoader))


def switch_ms(window: MainWindow, key: str) -> float:
    """What the user waits for on switching to a view after an edit: until it shows the new data."""
    follower = window.today.follower if key == "today" else window._timeline_follower
    start = time.perf_counter()
    window.show_view(key)
    while (follower.stale or reading(window)) and time.perf_counter() - start < CAP_S:
        QApplication.processEvents()
        if reading(window):
            time.sleep(0.002)  # see build_views
    QApplication.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    window.show_view("people")
    QApplication.processEvents()
    return elapsed


# ---- measurement ------------------------------------------------------------------------------------

TICK_MS = 5
SETTLE_S = 1.5  # the loop runs on until no gap over LONG_S was seen for this long
LONG_S = 0.05
CAP_S = 900.0
TARGET_MS = {"10k": 50, "100k": 100}


@dataclass
class Probe:
    stall_ms: float = 0.0
    action_ms: float = 0.0
    people_ms: float | None = None
    today_ms: float | None = None
    timeline: str = ""
    switch_today_ms: float = 0.0
    switch_timeline_ms: float = 0.0
    ticks: list[float] = field(default_factory=list)


def measure(window: MainWindow, action: Callable[[], None], shown: Callable[[], bool]) -> Probe:
    """Run the event loop with a 5 ms timer, do `action` from inside it, and watch until quiet."""
    probe = Probe()
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    marks: dict[str, float] = {}
    failure: list[BaseException] = []

    def today_rebuilt() -> None:
        if "start" in marks and "today" not in marks:
            marks["today"] = time.perf_counter()

    connect_today_rebuilt(window, today_rebuilt)

    def run_action() -> None:
        marks["start"] = time.perf_counter()
        try:
            action()
        except BaseException as exc:
            failure.append(exc)
            loop.quit()
        marks["end"] = time.perf_counter()

    def tick() -> None:
        now = time.perf_counter()
        ticks = probe.ticks
        if ticks and now - ticks[-1] > LONG_S:
            marks["quiet_since"] = now
        ticks.append(now)
        if "start" in marks and "people" not in marks and shown():
            marks["people"] = now
        if "end" in marks and now - max(marks["end"], marks.get("quiet_since", 0.0)) >= SETTLE_S:
            loop.quit()
        if "start" in marks and now - marks["start"] > CAP_S:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(100, run_action)  # a few idle ticks first
    loop.exec()
    timer.stop()
    window.today.model.modelReset.disconnect(today_rebuilt)
    if failure:
        raise failure[0]
    start = marks["start"]
    after = [b - a for a, b in itertools.pairwise(probe.ticks) if b > start]
    probe.stall_ms = max(after) * 1000 if after else 0.0
    probe.action_ms = (marks["end"] - start) * 1000
    probe.people_ms = (marks["people"] - start) * 1000 if "people" in marks else None
    probe.today_ms = (marks["today"] - start) * 1000 if "today" in marks else None
    probe.timeline = timeline_state(window)
    probe.switch_today_ms = switch_ms(window, "today")
    probe.switch_timeline_ms = switch_ms(window, "timeline")
    return probe


def idle_gap(seconds: float = 1.0) -> float:
    """The longest gap of the 5 ms timer in an idle app."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def fmt(ms: float | None) -> str:
    return "never" if ms is None else f"{ms:8.0f} ms"


def run_size(label: str, runs: int, scratch: Path) -> list[tuple[str, list[Probe]]]:
    source = app_database(label)
    folder = scratch / label
    folder.mkdir()
    copy = folder / DB_NAME
    for name in (DB_NAME, DB_NAME + ".keyinfo.json"):
        shutil.copy2(source.with_name(name), folder / name)
    ensure_todays_backup(copy)
    opened = open_existing(copy, environ=app_environ())
    goal_id = add_goal(opened)
    opened.close()
    start = time.perf_counter()
    window, opened = open_window(copy)
    QApplication.processEvents()
    print(f"{describe(label)}: window built and shown in {time.perf_counter() - start:.1f} s; "
          f"idle gap {idle_gap():.0f} ms", flush=True)
    build_views(window)
    people = pick_people(window, 3 * runs)
    today = window.ctx.today()
    results: list[tuple[str, list[Probe]]] = [("edit one person's title", []),
                                              ("log one interaction", []),
                                              ("link a person to a goal", [])]
    for n in range(runs):
        title_person, log_person, link_person = people[3 * n: 3 * n + 3]
        text = f"Bench title {n}"
        results[0][1].append(measure(
            window, lambda p=title_person, t=text: edit_title(window, p, t),
            lambda p=title_person, t=text: people_cell(window, p, Column.TITLE) == t))
        before = people_cell(window, log_person, Column.LAST_CONTACT)
        results[1][1].append(measure(
            window, lambda p=log_person: log_interaction(window, p, today),
            lambda p=log_person, b=before: people_cell(window, p, Column.LAST_CONTACT) != b))
        select_person(window, link_person)
        QApplication.processEvents()
        links = people_links(window)
        results[2][1].append(measure(
            window, lambda p=link_person: link_to_goal(window, p, goal_id),
            lambda n_links=links: people_links(window) > n_links))
        for name, probes in results:
            p = probes[-1]
            print(f"  run {n + 1}/{runs} {name:26} stall {p.stall_ms:8.0f} ms (the edit call itself "
                  f"{p.action_ms:6.0f} ms)   People {fmt(p.people_ms)}   on switching: Today "
                  f"{fmt(p.switch_today_ms)}, Timeline {fmt(p.switch_timeline_ms)}", flush=True)
    window.close()
    window.deleteLater()
    opened.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--runs", type=int, help="edits of each kind per size (default 3, 1 for 100k)")
    args = parser.parse_args()
    labels = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in labels if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; choose from {', '.join(SIZES)}")
    with tempfile.TemporaryDirectory(prefix="netplanner-bench-edit-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # a fresh window layout (People shown)
        os.environ["NETPLANNER_PASSPHRASE"] = app_environ()["NETPLANNER_PASSPHRASE"]
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("NetPlanner")
        app.setOrganizationName("NetPlanner")
        print(f"edit latency, in one app process, offscreen; {os.cpu_count()} cores; 5 ms timer")
        table = []
        for label in labels:
            runs = args.runs or (1 if label == "100k" else 3)
            for name, probes in run_size(label, runs, Path(tmp)):
                table.append((label, name, probes))
        print()
        print(f"{'case':22} {'edit':26} {'runs':>4} {'longest stall':>13} {'People':>11} "
              f"{'Today*':>11} {'Timeline*':>11}")
        for label, name, probes in table:
            stall = statistics.median(p.stall_ms for p in probes)
            people = [p.people_ms for p in probes if p.people_ms is not None]
            case = f"{label} (stall <= {TARGET_MS.get(label, 50)} ms)"
            print(f"{case:22} {name:26} "
                  f"{len(probes):4d} {stall:10.0f} ms "
                  f"{fmt(statistics.median(people) if people else None):>11} "
                  f"{fmt(statistics.median(p.switch_today_ms for p in probes)):>11} "
                  f"{fmt(statistics.median(p.switch_timeline_ms for p in probes)):>11}")
        print("(medians; People: from the start of the edit until the new value shows in the visible table;"
              " * hidden views refresh when shown: the time from switching to them until they show the"
              " new data; idle gap above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
