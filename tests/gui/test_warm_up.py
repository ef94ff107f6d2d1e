"""After start-up the other views' code loads in the background, so a first visit does not wait for it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: these tests' own process has imported every view already.
SCRIPT = textwrap.dedent("""
    import os, sys, tempfile, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from netplanner.gui.context import DataEvents, GuiContext
    from netplanner.gui import main_window
    from netplanner.services.facade import Services
    from netplanner.storage.db import open_database
    from netplanner.storage.keys import RawKey

    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    db = open_database(folder / "test.db", RawKey.generate(), create=True)
    ctx = GuiContext(services=Services(db), events=DataEvents(), undo_stack=QUndoStack())
    window = main_window.MainWindow(ctx)
    window.show()
    app.processEvents()
    print("at start", "pyqtgraph" in sys.modules, "networkx" in sys.modules)
    deadline = time.monotonic() + 60
    while not window.warm_up.join(0.01):
        app.processEvents()
        assert time.monotonic() < deadline
    print("later", "pyqtgraph" in sys.modules, "networkx" in sys.modules,
          window.is_built("timeline"), window.is_built("network"))
    window.close()
    db.close()
""")


def test_the_other_views_load_in_the_background_after_start() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("at start", "later"))]
    # Not at start (the first view needs neither), but later, without building those views.
    assert lines == ["at start False False", "later True True False False"]
