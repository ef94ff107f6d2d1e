"""A first start on a fresh machine: `python3 main.py` outside the venv, and the system libraries Qt's
window needs (installer/linux/qt-system-libs.py, run by `make run` and `make installer`)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "linux" / "qt-system-libs.py"

# ldd on PySide6 6.12's libqxcb.so on a fresh Debian 12 machine (shortened).
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007f4c7a3d4000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f4c7a306000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f4c7a223000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f4c7a21c000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f4c7a214000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f4c7a3d6000)
"""


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_system_libs", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_main_py_in_a_python_without_the_dependencies_says_how_to_start(tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True, timeout=120)
    result = subprocess.run([str(bare / "bin" / "python"), str(ROOT / "main.py")], capture_output=True,
                            text=True, timeout=60, check=False, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("NetPlanner is not installed in this Python")
    assert "make run" in lines[0]
    assert result.stdout == ""


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert _script().missing_libraries(LDD_FRESH_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert _script().missing_libraries("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


def test_missing_libraries_map_to_debian_packages_and_one_command_line() -> None:
    script = _script()
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0", "libwayland-egl.so.1"]
    assert script.install_command(missing, apt=True, dnf=False) == (
        "sudo apt-get install libwayland-egl1 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0")
    assert script.install_command(missing[:1], apt=True, dnf=False, root=True) == (
        "apt-get install libxcb-icccm4")
    assert script.install_command(missing[:2], apt=False, dnf=True) == (
        "sudo dnf install 'libxcb-icccm.so.4()(64bit)' 'libxcb-keysyms.so.1()(64bit)'")
    # A library outside the table follows Debian's naming rule.
    assert script.debian_package("libfoo.so.3") == "libfoo3"
    assert script.debian_package("libbar2.so.1") == "libbar2-1"


def _fake_system(monkeypatch: pytest.MonkeyPatch, script: ModuleType, tmp_path: Path, *,
                 root: bool) -> list[list[str]]:
    """A Qt plugins folder with libqxcb.so, ldd answering as on a fresh machine until apt-get ran."""
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(b"")
    installed: list[list[str]] = []
    monkeypatch.setattr(script.sys, "platform", "linux")
    monkeypatch.setattr(script, "qt_plugins_folder", lambda: tmp_path / "plugins")
    monkeypatch.setattr(script.shutil, "which", lambda name: f"/usr/bin/{name}" if name != "dnf" else None)
    monkeypatch.setattr(script.os, "geteuid", lambda: 0 if root else 1000)
    monkeypatch.setattr(script, "ldd_missing",
                        lambda files: [] if installed else script.missing_libraries(LDD_FRESH_DEBIAN))
    monkeypatch.setattr(script, "apt_install", lambda packages: installed.append(list(packages)) or True)
    return installed


def test_as_root_the_missing_packages_are_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    installed = _fake_system(monkeypatch, script, tmp_path, root=True)
    assert script.main([]) == 0
    assert installed == [["libxcb-icccm4", "libxcb-keysyms1"]]
    assert "installing libxcb-icccm4 libxcb-keysyms1" in capsys.readouterr().err


def test_as_a_user_the_install_line_is_printed_and_make_stops(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    installed = _fake_system(monkeypatch, script, tmp_path, root=False)
    assert script.main([]) == 1
    assert installed == []
    err = capsys.readouterr().err
    assert "missing: libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert err.splitlines()[-1] == "install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
