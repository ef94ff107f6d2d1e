"""Quit ends the process at once: the window and the database are closed, then the process leaves
without Python's slow teardown of Qt, numpy and SQLAlchemy (issue 17 item 13: 2-4 s after Quit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Runs in the app's process at start: reports whether Python's own teardown ran.
SITECUSTOMIZE = """
import atexit, os
atexit.register(lambda: open(os.environ["TEARDOWN_MARK"], "w").close())
"""


def test_the_app_leaves_without_pythons_teardown_and_keeps_the_database(tmp_path: Path) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    mark = tmp_path / "teardown-ran"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETPLANNER_")}
    env.update({
        "NETPLANNER_DATA_DIR": str(tmp_path / "data"), "NETPLANNER_PASSPHRASE": "demo passphrase",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(hook), env.get("PYTHONPATH", "")]), "TEARDOWN_MARK": str(mark),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    })
    database = tmp_path / "data" / "n.db"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "netplanner.cli", "--db", str(database), *args],
                              capture_output=True, text=True, env=env, timeout=120, check=False)

    assert run("demo").returncode == 0
    mark.unlink(missing_ok=True)  # a command-line run tears down as usual
    started = run("--quit-after-start")
    assert started.returncode == 0, started.stderr
    assert not mark.exists()  # left at once, no teardown
    # Everything was closed properly first: the database opens and checks clean, the layout was saved.
    assert run("check").returncode == 0
    assert list((tmp_path / "config").rglob("NetPlanner*"))
