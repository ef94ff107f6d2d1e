"""Where the benchmarks keep what they build once (databases, the bench keychain): a module of its own,
so the bench keychain (bench/_keyring.py), which an app process under test loads, imports nothing else."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("NETPLANNER_BENCH_CACHE", Path(tempfile.gettempdir()) / "netplanner-bench"))
