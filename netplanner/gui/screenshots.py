"""`python -m netplanner.gui.screenshots [--lang sv] OUTDIR`: PNGs of each main view with the example network.

Opens a throw-away encrypted database in a temporary folder (raw key, no keychain), fills it with the
example network as of its fixed date, and grabs the main window on each view, plus the start page and
the main dialogs. Runs offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from netplanner.demo import DEMO_TODAY, build_demo
from netplanner.services.facade import Services
from netplanner.storage.db import open_database
from netplanner.storage.keys import RawKey

SIZE = (1440, 900)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _wait_for_layout(app: QApplication, network_map: QWidget, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while getattr(network_map, "layout_running", lambda: False)() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    _settle(app, 10)


def _dialog_shot(
    app: QApplication, dialog: QDialog, path: Path, prepare: Callable[[QDialog], None] | None = None
) -> Path:
    dialog.show()
    if prepare is not None:
        prepare(dialog)
    _settle(app)
    _grab(dialog, path)
    dialog.close()
    return path


def _sample_projects(services: Services) -> None:
    """Two shared projects on the example network (it has none), one with a week of work logged."""
    goals = services.goals.all(active_only=True)
    people = {name: cid for cid, name, _org in services.contacts.names()}
    first = services.projects.add(
        "Platform migration", "Move the build farm to the new cluster by spring.", DEMO_TODAY.replace(day=1),
        goal_ids=[goals[0].id], members=[(people["Per Öberg"], "architect"), (people["Anna Berg"], "sponsor"),
                                         (people["Johan Ek"], "")])
    services.projects.add("All-hands demo day", goal_ids=[g.id for g in goals[:2]], status="paused",
                          members=[(people["Maria Lindqvist"], "co-host")])
    services.projects.log_work(first.id, [people["Per Öberg"], people["Johan Ek"]], DEMO_TODAY)


def take(outdir: Path, language: str = "") -> list[Path]:
    """Write the PNGs into outdir in `language` ("sv", "en"; "" = the English source); returns the paths."""
    from netplanner.gui.context import DataEvents, GuiContext  # noqa: PLC0415  after the platform choice
    from netplanner.gui.dialogs.log_interaction import LogInteractionDialog  # noqa: PLC0415
    from netplanner.gui.dialogs.merge import MergeDialog  # noqa: PLC0415
    from netplanner.gui.dialogs.search import SearchDialog  # noqa: PLC0415
    from netplanner.gui.dialogs.unlock import RecoveryKeyDialog  # noqa: PLC0415
    from netplanner.gui.i18n import install_translators  # noqa: PLC0415
    from netplanner.gui.main_window import MainWindow  # noqa: PLC0415

    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if language:
        install_translators(app, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="netplanner-shots-") as tmp:
        # Keep the user's remembered window layout out of it (and untouched).
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        db = open_database(Path(tmp) / "shots.db", RawKey.generate(), create=True)
        services = Services(db)
        try:
            ctx = GuiContext(
                services=services, events=DataEvents(), undo_stack=QUndoStack(), today=lambda: DEMO_TODAY
            )
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            _settle(app)
            written.append(_grab(window, outdir / "start-page.png"))
            with services.bus.batch():
                build_demo(services, seed=7, today=DEMO_TODAY)
                _sample_projects(services)
            _settle(app)
            window.people.model.reload()
            window.people.show_contact(2)
            for key in window.view_keys():
                if key == "timeline":  # nobody chosen in People: the chart shows the most important people
                    window.people.view.clearSelection()
                    window.people.view.setCurrentIndex(QModelIndex())
                window.show_view(key)
                _settle(app, 10)
                if key == "network":  # the layout runs on a worker thread
                    _wait_for_layout(app, window.network_map)
                written.append(_grab(window, outdir / f"{key}.png"))
            window.show_view("people")
            window.people.show_contact(2)
            _settle(app)
            window.people.detail.tabs.setCurrentIndex(1)
            _settle(app)
            written.append(_grab(window, outdir / "people-preparation.png"))

            def fill_log(dialog: QDialog) -> None:
                assert isinstance(dialog, LogInteractionDialog)
                dialog.person.setText("Per Öberg — Nordvik AB")
                dialog.summary.setText("Coffee: how he moved from engineer to architect")

            written.append(
                _dialog_shot(app, LogInteractionDialog(ctx, window), outdir / "log-interaction.png", fill_log)
            )

            def fill_search(dialog: QDialog) -> None:
                assert isinstance(dialog, SearchDialog)
                dialog.field.setText("slides")
                dialog.search()

            written.append(_dialog_shot(app, SearchDialog(ctx, window), outdir / "search.png", fill_search))
            per = services.contacts.find("Per Öberg")
            twin = services.contacts.add(name="Per Oberg", organisation="Nordvik", title="Architect",
                                         emails=["per.oberg@home.se"], phones=["070-555 12 34"])
            merge = MergeDialog(ctx, [per.id, twin.id], window)
            written.append(_dialog_shot(app, merge, outdir / "merge.png"))
            services.contacts.trash([twin.id])
            sample_key = "-".join(["3F2A"] * 16)
            written.append(
                _dialog_shot(app, RecoveryKeyDialog(sample_key, window), outdir / "recovery-key.png")
            )
            window.close()
            QTimer.singleShot(0, app.quit)
        finally:
            services.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    language = ""
    if len(args) == 3 and args[0] == "--lang":
        language, args = args[1], args[2:]
    if len(args) != 1:
        print("usage: python -m netplanner.gui.screenshots [--lang sv|en] OUTDIR", file=sys.stderr)
        return 2
    for path in take(Path(args[0]), language):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
