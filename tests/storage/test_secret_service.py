"""The keychain mode against a real Secret Service: gnome-keyring in a private D-Bus session.

.ci/run installs dbus and gnome-keyring; where they are missing the test is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import sys
from pathlib import Path
import keyring
from netplanner.services.unlock import create_new, open_existing
from netplanner.storage import keystore

backend = keystore.secure_backend()
if backend is None:
    sys.exit("no secure backend: " + keystore.backend_name(keyring.get_keyring()))
print("backend", keystore.backend_name(backend))
path = Path(sys.argv[1])
opened = create_new(path, environ={})
opened.services.contacts.add(name="Åsa Nyström")
opened.close()
again = open_existing(path, environ={})
print("names", [r.name for r in again.services.contacts.rows()])
again.close()
"""


def test_keychain_mode_with_gnome_keyring(tmp_path: Path) -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"no real Secret Service: {', '.join(missing)} not installed (.ci/run installs them)")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETPLANNER_", "PYTHON_KEYRING", "DBUS"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_RUNTIME_DIR=str(home))
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT)
    shell = (
        "printf 'keyring-test-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
        f"&& {sys.executable} {script} {tmp_path / 'kc.db'}"
    )
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    if "no secure backend" in result.stderr or ("org.freedesktop" in result.stderr and result.returncode):
        pytest.skip(f"the Secret Service did not start here: {result.stderr.strip()[-300:]}")
    assert result.returncode == 0, result.stderr
    assert "SecretService" in result.stdout
    assert "['Åsa Nyström']" in result.stdout
