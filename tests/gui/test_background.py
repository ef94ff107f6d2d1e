"""Work on a worker thread: results and errors come back on the GUI thread, Cancel stops it, and the
window keeps answering while the mentoring plan is written."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from netplanner.gui.background import Cancelled, Progress, run_in_background
from netplanner.gui.context import GuiContext
from netplanner.gui.dialogs import export_report
from netplanner.gui.dialogs.export_report import ExportReportDialog

MAIN = threading.main_thread()


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    ran_on: list[threading.Thread] = []
    got: list[tuple[int, threading.Thread]] = []
    steps: list[float] = []

    def work(progress: Progress) -> int:
        ran_on.append(threading.current_thread())
        progress(0.5, "half")
        return 42

    task = run_in_background(owner, work, lambda value: got.append((value, threading.current_thread())),
                             lambda exc: None, progress=lambda fraction, _text: steps.append(fraction))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, MAIN)]
    assert ran_on[0] is not MAIN
    assert steps == [0.5]
    assert not task.running


def test_an_error_and_a_cancel_reach_failed(qtbot: QtBot) -> None:
    owner = QObject()
    failures: list[BaseException] = []

    def broken(_progress: Progress) -> int:
        raise ValueError("bad row")

    run_in_background(owner, broken, lambda _value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError)

    started = threading.Event()

    def endless(progress: Progress) -> int:
        started.set()
        while True:
            progress(0.1, "still going")

    task = run_in_background(owner, endless, lambda _value: None, failures.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert isinstance(failures[1], Cancelled)


def test_the_window_answers_while_the_plan_is_written(qtbot: QtBot, demo_ctx: GuiContext,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    painted_on: list[threading.Thread] = []
    original = export_report.write_content_pdf

    def write(*args: Any, **kwargs: Any) -> int:
        painted_on.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(export_report, "write_content_pdf", write)
    dialog = ExportReportDialog(demo_ctx, open_url=lambda _url: None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "plan.pdf"))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert dialog.export()
    timer.stop()
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert ticks  # the event loop ran while the worker laid out and painted the pages
    assert painted_on
    assert painted_on[0] is not MAIN
    if dialog.notice is not None:
        dialog.notice.close()
