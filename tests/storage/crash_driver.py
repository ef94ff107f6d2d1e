"""Runs a CLI command again and again in forked children, killing each at the next crash point in turn.

`python -m tests.storage.crash_driver TEMPLATE WORK -- ARGS...`: TEMPLATE is a folder holding the database
(and a keyring.json for the file keyring); for every crash point the command reaches (listed by a first,
unkilled run), a fresh copy WORK/<n> is made and the command runs there, killed by SIGKILL at that point.
Prints one JSON line per run: {"point", "dir", "killed"}. Imports happen once, in the driver, so a run
costs milliseconds rather than a Python start-up. Arguments may contain {dir} for the copy's folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from pathlib import Path

import keyring

from netplanner import cli
from netplanner.storage import faults
from tests.storage.file_keyring import FILE_ENV, FileKeyring

for module in cli.COMMAND_MODULES:
    __import__(module)


def run_child(folder: Path, args: list[str], env: dict[str, str]) -> tuple[bool, int]:
    pid = os.fork()
    if pid == 0:  # the child: one run of the command, perhaps killed midway
        try:
            quiet = os.open(folder / "output.txt", os.O_WRONLY | os.O_CREAT, 0o600)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            os.environ.update(env)
            os.environ[FILE_ENV] = str(folder / "keyring.json")
            keyring.set_keyring(FileKeyring())
            os.chdir(folder)
            code = cli.main([arg.replace("{dir}", str(folder)) for arg in args])
        except BaseException:
            code = 99
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return killed, os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1


def main() -> int:
    template, work = Path(sys.argv[1]), Path(sys.argv[2])
    args = sys.argv[sys.argv.index("--") + 1:]
    listing = work / "listing"
    shutil.copytree(template, listing)
    log = work / "points.log"
    killed, code = run_child(listing, args, {faults.LOG_ENV: str(log)})
    assert not killed, "killed without a crash point"
    assert code == 0, f"the command failed without a crash: exit {code}"
    points = log.read_text().split() if log.exists() else []
    for number, point in enumerate(points):
        folder = work / str(number)
        shutil.copytree(template, folder)
        killed, code = run_child(folder, args, {faults.CRASH_ENV: point})
        print(json.dumps({"point": point, "dir": str(folder), "killed": killed, "code": code}), flush=True)
    print(json.dumps({"point": "none", "dir": str(listing), "killed": False, "code": 0}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
