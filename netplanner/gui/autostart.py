""""Start at login": an XDG autostart entry ($XDG_CONFIG_HOME/autostart, ~/.config/autostart by default)
that starts NetPlanner minimised to the tray (`--minimized`). The entry is the setting: turning it off
removes the file. It names only the command and, for a database other than the default, its path."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from netplanner import paths
from netplanner.storage import files

FILE_NAME = "se.netplanner.NetPlanner.desktop"
MINIMIZED = "--minimized"


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def is_enabled(environ: Mapping[str, str] | None = None) -> bool:
    return autostart_file(environ).is_file()


def launch_command(database: Path | None = None) -> list[str]:
    """How the login session starts the app: the installed `netplanner` beside this Python if there is
    one, else this Python running the module; minimised; with --db unless it is the default database."""
    script = Path(sys.executable).with_name("netplanner")
    found = str(script) if script.is_file() else shutil.which("netplanner")
    command = [found] if found else [sys.executable, "-m", "netplanner.cli"]
    if database is not None and Path(database).resolve() != paths.default_database().resolve():
        command += ["--db", str(database)]
    return [*command, MINIMIZED]


def _quote(argument: str) -> str:
    """An Exec argument as the Desktop Entry spec wants it: quoted when it has reserved characters."""
    escaped = argument.replace("%", "%%")
    if not any(c in escaped for c in " \t\n\"'\\><~|&;$*?#()`"):
        return escaped
    for special in ("\\", '"', "`", "$"):
        escaped = escaped.replace(special, "\\" + special)
    return f'"{escaped}"'


def entry(command: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=NetPlanner",
        "Comment=Reminders of today's touches and follow-ups",
        "Exec=" + " ".join(_quote(part) for part in command),
        "Icon=netplanner",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def enable(database: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Write the autostart entry (atomically); returns its path."""
    target = autostart_file(environ)
    target.parent.mkdir(parents=True, exist_ok=True)
    files.write_private(target, entry(launch_command(database)).encode("utf-8"))
    return target


def disable(environ: Mapping[str, str] | None = None) -> None:
    files.remove(autostart_file(environ))
