"""Databases the app itself opens (passphrase from NETPLANNER_PASSPHRASE), made once by `netplanner demo`
and cached by size and schema version, for the whole-process and in-app benchmarks (issue 19).

Each database sits alone in its own folder (with its key-info file and its backups folder), built in a
scratch folder first and renamed into place, so a half-built one is never reused.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench._cache import CACHE

#: Benchmark data only: synthetic people, no user data.
BENCH_PASSPHRASE = "netplanner-bench-passphrase"
DB_NAME = "netplanner.db"
ROOT = Path(__file__).resolve().parent.parent
KEYRING_BACKEND = "bench._keyring.BenchKeyring"

#: size label -> (people, interactions); None = the 40-person example network (`netplanner demo`).
SIZES: dict[str, tuple[int, int] | None] = {
    "example": None,
    "3k": (3_000, 100_000),
    "10k": (10_000, 100_000),
    "100k": (100_000, 1_000_000),
}


def describe(label: str) -> str:
    size = SIZES[label]
    if size is None:
        return "40-person example"
    return f"{size[0]:,} people / {size[1]:,} interactions"


def short(label: str) -> str:
    size = SIZES[label]
    return "example (40)" if size is None else f"{size[0] // 1000}k/{size[1] // 1000}k".replace("000k", "M")


def netplanner_command() -> list[str]:
    """The installed `netplanner` entry point of this interpreter's environment (else main.py)."""
    entry = Path(sys.executable).with_name("netplanner")
    return [str(entry)] if entry.exists() else [sys.executable, str(ROOT / "main.py")]


def app_environ(config_home: Path | None = None, *, keychain: bool = False) -> dict[str, str]:
    """The environment for a child app process: offscreen, its own config folder so the remembered
    window layout (current view) is the same in every run, and the key: the passphrase set, or with
    `keychain` the bench keychain (bench/_keyring.py) that `keychain_database` files are keyed with."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if keychain:
        env.pop("NETPLANNER_PASSPHRASE", None)
        _use_bench_keychain(env)
    else:
        env["NETPLANNER_PASSPHRASE"] = BENCH_PASSPHRASE
    if config_home is not None:
        env["XDG_CONFIG_HOME"] = str(config_home)
    return env


def schema_version() -> str:
    from netplanner.storage.migrate import head_revision

    return head_revision()


def app_database(label: str) -> Path:
    """The cached database for this size label, made on first use (100k/1M takes a few minutes)."""
    size = SIZES[label]
    # The example network is dated relative to today, so it is remade each day; the large ones are not.
    stamp = dt.date.today().isoformat() if size is None else f"{size[0]}-{size[1]}"
    folder = CACHE / f"app-{label}-{stamp}-schema-{schema_version()}"

    def build(scratch: Path) -> None:
        command = [*netplanner_command(), "demo", "--db", str(scratch / DB_NAME)]
        if size is not None:
            command += ["--contacts", str(size[0]), "--interactions", str(size[1])]
        print(f"building the {describe(label)} database once (cached in {folder}) ...", flush=True)
        subprocess.run(command, env=app_environ(scratch / "config"), check=True, stdout=subprocess.DEVNULL)

    return _made_once(folder, build)


def _made_once(folder: Path, build: Callable[[Path], None]) -> Path:
    """The database in `folder`, built by `build` in a scratch folder renamed into place when done, so
    a half-built one is never reused."""
    path = folder / DB_NAME
    if path.exists():
        return path
    scratch = folder.with_name(folder.name + f".partial-{os.getpid()}")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    build(scratch)
    shutil.rmtree(scratch / "config", ignore_errors=True)
    scratch.rename(folder)
    return path


def _use_bench_keychain(env: dict[str, str]) -> None:
    """A child process with `env` keeps its key in bench/_keyring.py's keychain."""
    env["PYTHON_KEYRING_BACKEND"] = KEYRING_BACKEND
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))


def keychain_database(label: str) -> Path:
    """The database of `app_database(label)`, re-keyed once to a random key in the bench keychain: the
    default set-up of a user (keychain mode opens with a raw key; a passphrase costs SQLCipher's key
    stretching, about 0.3 s, on every open)."""
    source = app_database(label)
    folder = source.parent.with_name(source.parent.name + "-keychain")

    def build(scratch: Path) -> None:
        for name in (DB_NAME, DB_NAME + ".keyinfo.json"):
            shutil.copy2(source.parent / name, scratch / name)
        env = app_environ(scratch / "config")  # opened with the passphrase, re-keyed into the keychain
        _use_bench_keychain(env)
        print(f"re-keying the {describe(label)} database to the bench keychain once ...", flush=True)
        subprocess.run([*netplanner_command(), "rekey", "--to", "keyring", "--db", str(scratch / DB_NAME)],
                       env=env, check=True, stdout=subprocess.DEVNULL)

    return _made_once(folder, build)


def ensure_todays_backup(path: Path, *, keychain: bool = False) -> None:
    """Open once the way the app does, so today's automatic backup exists before anything is timed
    (the first start of a day copies the whole file; no later start does)."""
    from netplanner.services.unlock import open_existing

    if keychain:
        import keyring

        from bench._keyring import BenchKeyring

        keyring.set_keyring(BenchKeyring())
    open_existing(path, environ=app_environ(keychain=keychain)).close()
