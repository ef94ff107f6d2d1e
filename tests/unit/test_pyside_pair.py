"""Guard against PySide6 6.12 on CPython 3.11, which aborts after a few thousand void calls."""

import subprocess
import sys

LOOP = """
import sys
from PySide6.QtCore import QObject
o = QObject()
for _ in range(30000):
    o.setObjectName("x")
print("ok")
"""


def test_installed_pyside_survives_many_void_calls() -> None:
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, (
        "PySide6 crashed on a loop of void calls: this Python/PySide6 pair is the broken one "
        f"(PySide6 6.12 on Python 3.11). stderr: {result.stderr[-500:]}"
    )
    assert result.stdout.strip() == "ok"
