"""Issue 19: whole-process start to the shown main window, against a bare PySide6 + pyqtgraph window.

    python bench/startup.py [--sizes example,10k,100k] [--runs N]

Each run starts a new process, offscreen: the app is the `netplanner` entry point with `--db` and the
hidden `--quit-after-start` flag (it quits as soon as the main window is shown and the event loop runs),
the reference is bench/_bare_window.py (one QMainWindow holding one pyqtgraph PlotWidget). Runs
alternate (app, bare, app, bare, ...) so both see the same machine load; the figures are the medians of
the wall time from spawn to exit and the ratio app/bare, and the peak RSS of each app process (from
wait4). By default the database is keyed the way a user's default set-up is (a random key in the
keychain; bench/_keyring.py stands in for the OS keychain), `--key passphrase` times a passphrase-keyed
one. The databases are made once by `netplanner demo` and cached (see bench/_appdb.py); before
timing, today's automatic backup is made so no run pays for it.

Targets (issue 19): 40-person example <= 1.2x, 10k/100k <= 1.5x, 100k/1M <= 2.5x with the People table
filled and strength shown (a strength column that fills in from a worker within a further second is
acceptable), RSS at 100k/1M <= 600 MB. With --quit-after-start the app quits once the window is shown and
its People table's strength is in and a worker has read everyone's rows (a big network opens on the name
order kept in the database and reads the rows on screen first), and says on stderr how long after the
window each came; the time to the window is the wall time minus the later, and "+strength" and "+rows"
print them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._appdb import (
    ROOT,
    SIZES,
    app_database,
    app_environ,
    describe,
    ensure_todays_backup,
    keychain_database,
    netplanner_command,
    short,
)

BARE = Path(__file__).with_name("_bare_window.py")
#: Default runs per size: the 100k/1M start takes ~100 s per run today.
DEFAULT_RUNS = {"example": 5, "3k": 5, "10k": 5, "100k": 1}
TARGETS = {"example": 1.2, "10k": 1.5, "100k": 2.5}
TIMEOUT_S = 900


@dataclass
class Run:
    seconds: float  # to the shown window, its People table filled (strength may still be coming)
    cpu_seconds: float  # user + system of the child: less sensitive than wall time to a busy machine
    max_rss_mb: float
    strength_after: float = 0.0  # how long after the window the strength columns filled in
    rows_after: float = 0.0  # how long after the window a worker had read everyone's rows


def timed_process(command: list[str], env: dict[str, str]) -> Run:
    """Wall time from spawn to exit and the peak RSS of that one child (wait4 gives its own rusage)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + TIMEOUT_S
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            raise SystemExit(f"timed out after {TIMEOUT_S} s: {' '.join(command)}")
        time.sleep(0.002)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"exit {process.returncode}: {' '.join(command)}\n{stderr}")
    strength = rows = 0.0
    for line in stderr.splitlines():  # the app's --quit-after-start report (netplanner/app.py)
        if line.startswith("netplanner-started: strength "):
            words = line.split()
            strength, rows = float(words[2]), float(words[9])
    cpu = usage.ru_utime + usage.ru_stime
    # The app quits once both are in: the window came that much earlier.
    return Run(elapsed - max(strength, rows), cpu, usage.ru_maxrss / 1024, strength, rows)  # KiB


def compile_bytecode() -> None:
    """Write the app's bytecode once, as an install does (pip, the bundles): this environment sets
    PYTHONDONTWRITEBYTECODE, so an editable checkout would otherwise compile every module of the app from
    source on every start, while the reference loads PySide6's and pyqtgraph's installed bytecode."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "netplanner")], check=True)


def measure(label: str, runs: int, config_home: Path, keychain: bool) -> tuple[list[Run], list[Run]]:
    database = keychain_database(label) if keychain else app_database(label)
    ensure_todays_backup(database, keychain=keychain)
    env = app_environ(config_home, keychain=keychain)
    app_command = [*netplanner_command(), "--db", str(database), "--quit-after-start"]
    bare_command = [sys.executable, str(BARE)]
    size = SIZES[label]
    if size is None or size[0] <= 10_000:
        timed_process(app_command, env)  # warm-up, not counted: page cache, bytecode, layout file
        timed_process(bare_command, env)
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    for n in range(runs):
        app_runs.append(timed_process(app_command, env))
        bare_runs.append(timed_process(bare_command, env))
        a, b = app_runs[-1], bare_runs[-1]
        print(f"  {label} run {n + 1}/{runs}: app {a.seconds:6.2f} s (+{a.strength_after:4.2f} s to "
              f"strength, +{a.rows_after:4.2f} s to all rows; "
              f"CPU {a.cpu_seconds:6.2f} s, {a.max_rss_mb:5.0f} MB)   "
              f"bare {b.seconds:5.2f} s (CPU {b.cpu_seconds:5.2f} s)", flush=True)
    return app_runs, bare_runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="example,10k,100k",
                        help=f"comma-separated, of {', '.join(SIZES)} (default: example,10k,100k)")
    parser.add_argument("--runs", type=int, help="runs per size (default: 5, and 1 for 100k)")
    parser.add_argument("--key", choices=["keychain", "passphrase"], default="keychain",
                        help="how the database is keyed: a random key in a keychain (the default set-up; "
                             "bench/_keyring.py stands in for the OS keychain) or a passphrase, which "
                             "SQLCipher stretches on every open (about 0.3 s on this machine)")
    args = parser.parse_args()
    labels = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in labels if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; choose from {', '.join(SIZES)}")
    print(f"start-up, whole process, offscreen; {os.cpu_count()} cores; alternating app/bare runs; "
          f"database keyed with a {args.key}")
    compile_bytecode()
    results = []
    with tempfile.TemporaryDirectory(prefix="netplanner-bench-config-") as config:
        for label in labels:
            runs = args.runs or DEFAULT_RUNS[label]
            slow = " (1 by default: slow)" if runs == 1 and not args.runs else ""
            print(f"{describe(label)}: {runs} run(s) each{slow}", flush=True)
            results.append((label, runs, *measure(label, runs, Path(config), args.key == "keychain")))
    print()
    print(f"{'start':14} {'runs':>4} {'NetPlanner':>10} {'bare':>7} {'ratio':>7} {'target':>7} "
          f"{'+strength':>9} {'+rows':>7} {'peak RSS':>9}   {'CPU app':>9} {'CPU bare':>8} {'ratio':>6}")
    for label, runs, app_runs, bare_runs in results:
        app_s = statistics.median(r.seconds for r in app_runs)
        bare_s = statistics.median(r.seconds for r in bare_runs)
        rss = max(r.max_rss_mb for r in app_runs)
        target = f"<={TARGETS[label]}x" if label in TARGETS else ""
        app_cpu = statistics.median(r.cpu_seconds for r in app_runs)
        bare_cpu = statistics.median(r.cpu_seconds for r in bare_runs)
        later = statistics.median(r.strength_after for r in app_runs)
        rows_later = statistics.median(r.rows_after for r in app_runs)
        print(f"{short(label):14} {runs:4d} {app_s:8.2f} s {bare_s:5.2f} s "
              f"{app_s / bare_s:6.2f}x {target:>7} {later:7.2f} s {rows_later:5.2f} s {rss:6.0f} MB   "
              f"{app_cpu:7.2f} s {bare_cpu:6.2f} s {app_cpu / bare_cpu:5.1f}x")
    bare_rss = max(r.max_rss_mb for _, _, _, bare_runs in results for r in bare_runs)
    print(f"(bare window peak RSS {bare_rss:.0f} MB; RSS target at 100k/1M <= 600 MB; medians of wall time "
          "from spawn to the shown window with its People table filled, and of CPU time of the whole run; "
          "+strength: the further time until a worker's strength columns filled in, +rows: until a worker "
          "had read everyone's rows (the table reads the rows on screen first), within the run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
