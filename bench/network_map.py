"""Issue 14: the Network map and the network's analysis, offscreen, medians.

- layout of 1,000 people / 5,000 ties (services/network_layout.py, what the worker thread runs):
  target <= 1 s;
- a pan and a zoom step of the drawn map (move or scale the view, paint) at 1,000 and 5,000 people:
  targets <= 30 ms and <= 60 ms;
- analysis of 5,000 people / 25,000 ties (advice in-degree, betweenness, Burt's constraint, communities,
  brokers), from the snapshot: target <= 2 s; the snapshot's load from the database is printed beside.

The synthetic workplace: people in departments of about 50, most ties inside the department, one in ten
across; the user has met a third of them.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from bench._common import median_ms
from netplanner.demo import DEMO_TODAY
from netplanner.domain.ties import TieKind
from netplanner.services import network_analysis as na
from netplanner.services import network_layout as nl
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from netplanner.storage.orm import Contact, Interaction, Tie

KINDS = [k.value for k in TieKind]


def fill(services: Services, people: int, ties: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    departments = max(1, people // 50)
    with services.db.session() as session:
        session.execute(insert(Contact), [
            {"id": i, "name": f"Person {i}", "department": f"Department {i % departments}"}
            for i in range(1, people + 1)])
        session.execute(insert(Interaction), [
            {"contact_id": i, "occurred_on": DEMO_TODAY - dt.timedelta(days=rng.randint(0, 200)),
             "kind": "coffee", "direction": "mutual"} for i in range(1, people + 1, 3)])
        seen: set[tuple[int, int]] = set()
        rows = []
        while len(rows) < ties:
            a = rng.randint(1, people)
            colleague = rng.random() < 0.9  # most ties are inside the department
            b = a + departments * rng.randint(-12, 12) if colleague else rng.randint(1, people)
            if not 1 <= b <= people or a == b or (min(a, b), max(a, b)) in seen:
                continue
            seen.add((min(a, b), max(a, b)))
            rows.append({"from_id": a, "to_id": b, "kind": rng.choice(KINDS), "strength": rng.randint(1, 3),
                         "note": ""})
        session.execute(insert(Tie), rows)


def database(folder: Path, people: int, ties: int) -> Services:
    db = open_database(folder / f"bench-{people}-{len(list(folder.iterdir()))}.db", RawKey.generate(),
                       create=True)
    services = Services(db, clock=lambda: DEMO_TODAY)
    fill(services, people, ties)
    return services


def seconds(action: object, repeat: int = 5) -> float:
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cpu_seconds(action: object, repeat: int = 5) -> float:
    """Median CPU time of this process: steadier than wall time when other jobs share the cores."""
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def layout_and_analysis(folder: Path) -> tuple[float, float, float, float]:
    small = database(folder, 1000, 5000)
    graph = small.network_analysis.network().graph
    layout_s = seconds(lambda: nl.layout(graph))
    layout_cpu = cpu_seconds(lambda: nl.layout(graph))
    print(f"layout of 1,000 people / {graph.number_of_edges():,} ties: {layout_s * 1000:6.0f} ms "
          f"(cpu {layout_cpu * 1000:.0f}; target <= 1000)")
    big = database(folder, 5000, 25000)
    load_s = seconds(lambda: big.network_analysis._build(DEMO_TODAY), repeat=3)
    network = big.network_analysis.network()

    def analyse() -> None:
        network._analysis = None
        na.analyse(network)
        na.brokers(network)

    analysis_s = seconds(analyse, repeat=3)
    analysis_cpu = cpu_seconds(analyse, repeat=3)
    result = na.analyse(network)
    print(f"analysis of 5,000 people / {network.graph.number_of_edges():,} ties: {analysis_s * 1000:6.0f} ms "
          f"(cpu {analysis_cpu * 1000:.0f}; target <= 2000; betweenness "
          f"{'exact' if result.exact else f'from {result.samples} sampled sources'}); "
          f"the snapshot's load from the database {load_s * 1000:.0f} ms")
    return layout_s, analysis_s, layout_cpu, analysis_cpu


def pan_zoom(app: QApplication, folder: Path, people: int, ties: int) -> tuple[float, float]:
    from PySide6.QtGui import QUndoStack

    from netplanner.gui.context import DataEvents, GuiContext
    from netplanner.gui.widgets.network_map import NetworkMapWidget

    services = database(folder, people, ties)
    ctx = GuiContext(services=services, events=DataEvents(), undo_stack=QUndoStack(),
                     today=lambda: DEMO_TODAY)
    widget = NetworkMapWidget(ctx)
    widget.resize(1400, 900)
    widget.show()
    deadline = time.monotonic() + 120
    while widget.layout_running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    view = widget.plot.getPlotItem().vb
    viewport = widget.plot.viewport()
    direction = [1.0]

    def pan() -> None:
        direction[0] = -direction[0]
        view.translateBy(x=direction[0] * 0.05)
        viewport.repaint()

    def zoom() -> None:
        direction[0] = -direction[0]
        factor = 0.9 if direction[0] > 0 else 1 / 0.9
        view.scaleBy((factor, factor))
        viewport.repaint()

    pan_ms = median_ms(pan, repeat=21, warmup=3)
    zoom_ms = median_ms(zoom, repeat=21, warmup=3)
    drawn = len(widget.drawn.ids) - 1 if widget.drawn else 0
    print(f"map of {drawn:,} people / {ties:,} ties: pan step {pan_ms:5.1f} ms, zoom step {zoom_ms:5.1f} ms")
    widget.close()
    widget.deleteLater()
    app.processEvents()
    services.close()
    return pan_ms, zoom_ms


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        layout_s, analysis_s, layout_cpu, analysis_cpu = layout_and_analysis(folder)
        small = pan_zoom(app, folder, 1000, 5000)
        large = pan_zoom(app, folder, 5000, 25000)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times suffer when high)")
    checks = (("layout", layout_s <= 1.0), ("analysis", analysis_s <= 2.0),
              ("1,000 pan/zoom", max(small) <= 30), ("5,000 pan/zoom", max(large) <= 60))
    missed = [name for name, ok in checks if not ok]
    in_cpu = [name for name, ok in (("layout", layout_cpu <= 1.0), ("analysis", analysis_cpu <= 2.0))
              if not ok]
    if not missed:
        print("OK")
    elif set(missed) <= {"layout", "analysis"} and not in_cpu:
        print("OK in CPU time (wall time over the target: " + ", ".join(missed) + ")")
    else:
        print("TARGET MISSED: " + ", ".join(missed))


if __name__ == "__main__":
    main()
