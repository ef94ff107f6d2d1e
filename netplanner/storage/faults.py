"""A test hook to kill the process at a named step of a whole-file operation (restore, rekey, backup).

`NETPLANNER_TEST_CRASH_AT=<name>:<n>` sends SIGKILL to the process at the n-th time the step `name` is
reached (before the step runs). `NETPLANNER_TEST_CRASH_LOG=<file>` appends the name of every step
reached, so a test can list the points first and then kill at each in turn. Unset, both cost one
environment look-up.
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "NETPLANNER_TEST_CRASH_AT"
LOG_ENV = "NETPLANNER_TEST_CRASH_LOG"

_reached: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Mark the step `name` (e.g. "rename", "fsync", "write", "sqlite") as about to run."""
    spec, log = os.environ.get(CRASH_ENV), os.environ.get(LOG_ENV)
    if not spec and not log:
        return
    _reached[name] = count = _reached.get(name, 0) + 1
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{name}:{count}\n")
    if spec:
        target, _, nth = spec.rpartition(":")
        if target == name and nth.isdigit() and int(nth) == count:
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
