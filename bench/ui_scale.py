"""People view at scale: 100k people (offscreen). Prints medians next to the same work on a plain list.

    python bench/ui_scale.py [PEOPLE] [INTERACTIONS]

Builds a temporary encrypted database with `netplanner.demo.build_large`, then measures: the People view
ready (model load + first paint; the first open, which sorts everyone and keeps the order, apart from
later ones, which open on the kept order, and the time until a worker has read everyone), a filter
keystroke (the model's filter plus the view's reset), a sort by
name and by a score, and a screen of scrolling. The reference column is the same operation on a plain
Python list of the row tuples (no Qt).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from bench._common import median_ms as common_median_ms
from netplanner.demo import DEMO_TODAY, build_large
from netplanner.gui.context import DataEvents, GuiContext
from netplanner.gui.models.contacts_model import Column
from netplanner.gui.widgets.people import PeopleWidget
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey


def median_ms(action: Callable[[], object], repeat: int = 7) -> float:
    """Cold timings: the first run counts (no warm-up), as a user's first view does."""
    return common_median_ms(action, repeat=repeat, warmup=0)


def main() -> int:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    interactions = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="netplanner-bench-") as tmp:
        services = Services(open_database(Path(tmp) / "bench.db", RawKey.generate(), create=True))
        start = time.perf_counter()
        build_large(services, people, interactions, today=DEMO_TODAY)
        services.db.checkpoint()  # as after a restart: the data in the file, not in the write-ahead log
        print(
            f"built {people:,} people and {interactions:,} interactions "
            f"in {time.perf_counter() - start:.1f} s"
        )
        ctx = GuiContext(
            services=services, events=DataEvents(), undo_stack=QUndoStack(), today=lambda: DEMO_TODAY
        )
        rows = services.contacts.rows()
        plain = [tuple(r) for r in rows]
        hay = [f"{r[1]}\n{r[2]}\n{r[4]}\n{r[5]}\n{r[6]}".casefold() for r in plain]

        widget: list[PeopleWidget] = []

        def open_view() -> None:
            for old in widget:
                old.deleteLater()
            widget.clear()
            view = PeopleWidget(ctx)
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            view.view.viewport().grab()  # the first paint
            widget.append(view)

        # The first open sorts everyone and keeps the order; later ones (every later start) open on it
        # and read the rows on screen first, everyone on a worker (wait_for_rows counts that too).
        first_ready = median_ms(open_view, repeat=1)
        ready = median_ms(open_view, repeat=3)

        def wait_for_rows() -> None:
            open_view()
            while widget[0].model.rows_pending():
                app.processEvents()
                time.sleep(0.002)

        all_rows = median_ms(wait_for_rows, repeat=3)
        ready_ref = median_ms(lambda: [tuple(r) for r in services.contacts.rows()], repeat=3)
        people_view = widget[0]
        model = people_view.model
        texts = ["m", "ma", "mar", "mari", "maria", "mari", "mar", "ma", "m", ""]

        def keystrokes() -> None:
            for text in texts:
                model.set_filter(text)
                people_view.view.viewport().repaint()

        def keystrokes_ref() -> None:
            for text in texts:
                needle = text.casefold()
                _ = [row for row, h in zip(plain, hay, strict=True) if needle in h] if needle else plain

        per_key = median_ms(keystrokes, repeat=5) / len(texts)
        per_key_ref = median_ms(keystrokes_ref, repeat=5) / len(texts)

        def sort_by(column: Column) -> Callable[[], None]:
            def run() -> None:
                model.sort(column, Qt.SortOrder.DescendingOrder)
                model.sort(column, Qt.SortOrder.AscendingOrder)

            return run

        model._sort_keys.pop(Column.TRUST, None)
        sort_score_first = median_ms(sort_by(Column.TRUST), repeat=1) / 2
        sort_score = median_ms(sort_by(Column.TRUST)) / 2
        sort_name = median_ms(sort_by(Column.NAME)) / 2
        sort_ref = median_ms(lambda: sorted(plain, key=lambda r: (r[11] is None, r[11]))) / 1

        def scroll() -> None:
            bar = people_view.view.verticalScrollBar()
            for step in range(20):
                bar.setValue(step * bar.pageStep())
                people_view.view.viewport().repaint()

        scroll_ms = median_ms(scroll, repeat=3) / 20
        print(f"{'operation':46} {'median':>10} {'plain list':>11}")
        for name, value, ref in (
            ("People view ready, first open (sorts everyone)", first_ready, ready_ref),
            ("People view ready (load + first paint)", ready, ready_ref),
            ("  ... and everyone's rows read by the worker", all_rows, ready_ref),
            ("filter keystroke (filter + view update)", per_key, per_key_ref),
            ("sort by a score, first time (keys built)", sort_score_first, sort_ref),
            ("sort by a score", sort_score, sort_ref),
            ("sort by name (QCollator keys cached)", sort_name, sort_ref),
            ("scroll one page (strength on demand)", scroll_ms, float("nan")),
        ):
            print(f"{name:46} {value:8.1f} ms {ref:8.1f} ms")
        people_view.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
