"""Issue 4: the timeline chart with 50 people, two years of daily points plus the year's forecast, offscreen.

Prints the time to draw (load the curves, build the plot items, paint once) and the time per pan step
(move the view, paint), each the median of several runs, in wall and in CPU time; then the same with
2,000 people, the case the one-item-per-category drawing is for. Target: a pan step under 30 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from bench._common import median_ms
from netplanner.demo import DEMO_TODAY
from netplanner.domain.model import Direction, InteractionKind
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey
from netplanner.storage.orm import Contact, Interaction


def median_cpu_ms(action: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median CPU time of this process: steadier than wall time when other jobs share the cores."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def fill(services: Services, people: int, per_person: int, seed: int = 3) -> list[int]:
    rng = random.Random(seed)
    kinds = [k.value for k in InteractionKind]
    directions = [d.value for d in Direction]
    with services.db.session() as session:
        ids = list(range(1, people + 1))
        session.execute(insert(Contact), [{"id": i, "name": f"Person {i}"} for i in ids])
        session.execute(insert(Interaction), [
            {
                "contact_id": i,
                "occurred_on": DEMO_TODAY - dt.timedelta(days=rng.randint(0, 730)),
                "kind": rng.choice(kinds),
                "direction": rng.choice(directions),
            }
            for i in ids
            for _ in range(per_person)
        ])
    return ids


def run(app: QApplication, people: int) -> tuple[float, float, float]:
    """Draw and pan `people` curves; returns (draw ms, pan ms, pan cpu ms)."""
    from netplanner.gui.widgets.timeline import TimelineWidget

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db", RawKey.generate(), create=True)
        services = Services(db)
        ids = fill(services, people, 25)
        widget = TimelineWidget(services, today=lambda: DEMO_TODAY)
        widget.resize(1400, 800)
        widget.show()
        app.processEvents()
        viewport = widget.plot.viewport()

        def draw() -> None:
            widget.show_contacts(ids)
            viewport.repaint()

        draw_ms = median_ms(draw, repeat=5)
        draw_cpu = median_cpu_ms(draw, repeat=5)
        curves = widget._curves
        assert curves is not None
        assert len(curves.contact_ids) == people
        points = curves.values.size
        start, end = DEMO_TODAY - dt.timedelta(days=730), DEMO_TODAY + dt.timedelta(days=365)
        load_ms = median_ms(lambda: widget.strength.curves(ids, start, end, today=DEMO_TODAY), repeat=5)
        view = widget.plot.getPlotItem().vb
        step = 7 * 86400.0
        direction = [1.0]

        def pan() -> None:
            # Back and forth so the view stays inside the data.
            direction[0] = -direction[0]
            view.translateBy(x=direction[0] * step)
            viewport.repaint()

        pan_ms = median_ms(pan, repeat=41, warmup=3)
        pan_cpu = median_cpu_ms(pan, repeat=41)
        print(f"{people:5d} curves, {points} points: draw {draw_ms:7.1f} ms (cpu {draw_cpu:7.1f}; curves "
              f"from the db {load_ms:6.1f} ms), pan step {pan_ms:5.1f} ms (cpu {pan_cpu:5.1f})")
        widget.close()
        widget.deleteLater()
        app.processEvents()
        db.close()
        return draw_ms, pan_ms, pan_cpu


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    _, pan, pan_cpu = run(app, 50)
    run(app, 2000)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times suffer when high)")
    print("OK" if pan < 30 else "OK in CPU time" if pan_cpu < 30 else "TARGET MISSED (pan step >= 30 ms)")


if __name__ == "__main__":
    main()
