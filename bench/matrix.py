"""Benchmark of the goal matrix at scale: 50 goals by 5,000 people.

Builds an encrypted database in a temporary folder (synthetic people from `build_large`, 50 goals and
about 2,000 links), then prints the time to build the model, to open the whole MatrixWidget, to paint one
viewport offscreen, and to paint after scrolling a page (the target: the matrix opens within 0.5 s and
scrolls without stalls). Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/matrix.py`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = 50
PEOPLE = 5_000
INTERACTIONS = 30_000
LINKS_PER_GOAL = 40


def main() -> int:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import insert

    from netplanner.demo import DEMO_TODAY, build_large
    from netplanner.gui.context import DataEvents, GuiContext
    from netplanner.gui.models.matrix_model import GoalMatrixModel
    from netplanner.gui.widgets.matrix import MatrixWidget
    from netplanner.services.coverage import CoverageService
    from netplanner.services.facade import Services
    from netplanner.storage.db import open_database
    from netplanner.storage.keys import RawKey
    from netplanner.storage.orm import Contact, Goal, GoalLink

    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db", RawKey.generate(), create=True)
        services = Services(db)
        started = time.perf_counter()
        build_large(services, PEOPLE, INTERACTIONS, today=DEMO_TODAY)
        with db.session() as session:
            areas = sorted({tag for (tags,) in session.query(Contact.expertise).limit(500) for tag in tags})
            ids = [cid for (cid,) in session.query(Contact.id)]
            session.execute(insert(Goal), [
                {"id": g + 1, "title": f"Goal {g + 1}: grow in {areas[g % len(areas)]}",
                 "competence_area": areas[g % len(areas)], "priority": rng.randint(1, 5), "status": "active",
                 "why": "", "next_steps": ""}
                for g in range(GOALS)])
            session.execute(insert(GoalLink), [
                {"goal_id": g + 1, "contact_id": cid, "role": rng.choice(["mentor", "expert", "peer"]),
                 "relevance": rng.randint(0, 3), "note": ""}
                for g in range(GOALS) for cid in rng.sample(ids, LINKS_PER_GOAL)])
        print(f"database: {PEOPLE} people, {INTERACTIONS} interactions, {GOALS} goals, "
              f"{GOALS * LINKS_PER_GOAL} links built in {time.perf_counter() - started:.1f} s")

        ctx = GuiContext(services, DataEvents(), QUndoStack(), today=lambda: DEMO_TODAY)
        timings: dict[str, float] = {}

        t = time.perf_counter()
        network = CoverageService(db).network(DEMO_TODAY)
        timings["load network (goals, people, links, strength)"] = time.perf_counter() - t

        t = time.perf_counter()
        model = GoalMatrixModel(ctx)
        timings["build the model (load included)"] = time.perf_counter() - t
        assert model.rowCount() == GOALS
        assert model.columnCount() == len(network.people)

        t = time.perf_counter()
        for goal in model.goals():
            model.coverage(goal.id)
        timings["coverage of all 50 goals"] = time.perf_counter() - t

        t = time.perf_counter()
        widget = MatrixWidget(ctx)
        widget.resize(1400, 800)
        widget.show()
        app.processEvents()
        timings["open MatrixWidget (model, view, panel, shown)"] = time.perf_counter() - t

        view = widget.view
        t = time.perf_counter()
        view.viewport().grab()
        timings["paint one viewport"] = time.perf_counter() - t

        scroll = view.horizontalScrollBar()
        paints = []
        for _ in range(20):
            scroll.setValue(scroll.value() + scroll.pageStep())
            t = time.perf_counter()
            view.viewport().grab()
            paints.append(time.perf_counter() - t)
        timings["paint after scrolling a page (median of 20)"] = statistics.median(paints)
        timings["paint after scrolling a page (worst of 20)"] = max(paints)

        widget.swap()
        app.processEvents()
        t = time.perf_counter()
        view.viewport().grab()
        timings["paint one viewport, swapped"] = time.perf_counter() - t

        for name, seconds in timings.items():
            print(f"{name:<50} {seconds * 1000:8.1f} ms")
        opened = timings["open MatrixWidget (model, view, panel, shown)"] + timings["paint one viewport"]
        print(f"{'opens (widget + first paint)':<50} {opened * 1000:8.1f} ms  (target 500 ms)")
        widget.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
