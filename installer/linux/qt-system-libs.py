#!/usr/bin/env python3
"""Make sure the system libraries Qt's window plugins link against are there (Linux only).

PySide6's wheel brings Qt but not the X11/Wayland client libraries of the system: on a fresh Debian machine
`libxcb-icccm4` and `libxcb-keysyms1` are missing and the app aborts at start ("could not load the Qt
platform plugin xcb", exit 134). This script runs `ldd` on the installed plugins, collects the libraries
reported "not found" and, as root with apt-get, installs their packages; otherwise it prints the one
command that does and exits 1. Used by `make run` (the xcb plugin, and Wayland's in a Wayland session)
and `make installer` (--all: every plugin the bundle carries).

Run it with the Python that has PySide6 installed: `.venv/bin/python installer/linux/qt-system-libs.py`.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

#: Debian/Ubuntu package of each library Qt's xcb and Wayland plugins link against. Debian names a
#: library package after the soname (libfoo.so.1 -> libfoo1, libfoo-0.so.2 -> libfoo-0-2); the table
#: holds the ones that rule gets wrong and the known set, so that the printed line is right.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-server.so.0": "libwayland-server0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
}

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
SONAME = re.compile(r"^(lib[A-Za-z0-9_.+-]+?)\.so\.(\d+)")


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames `ldd` reports as "not found", each once, in the order they appear."""
    found: dict[str, None] = {}
    for line in ldd_output.splitlines():
        match = NOT_FOUND.match(line)
        if match:
            found.setdefault(match.group(1))
    return list(found)


def debian_package(soname: str) -> str:
    """The Debian package that ships a library: the table, else Debian's naming rule."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    match = SONAME.match(soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def debian_packages(sonames: Iterable[str]) -> list[str]:
    return sorted({debian_package(soname) for soname in sonames})


def install_command(sonames: Sequence[str], *, apt: bool, dnf: bool, root: bool = False) -> str:
    """The one command line that installs the missing libraries on this system."""
    sudo = "" if root else "sudo "
    if dnf and not apt:
        # dnf resolves a library's soname through the RPM "provides" of the package that ships it.
        wanted = " ".join(f"'{soname}()(64bit)'" for soname in sonames)
        return f"{sudo}dnf install {wanted}"
    return f"{sudo}apt-get install " + " ".join(debian_packages(sonames))


def plugin_files(plugins: Path, *, everything: bool, wayland: bool) -> list[Path]:
    """The plugins to check: Qt's xcb platform plugin with its GL integrations; the Wayland ones too in a
    Wayland session or with `everything` (the installer bundles every plugin)."""
    files = [plugins / "platforms" / "libqxcb.so", *sorted((plugins / "xcbglintegrations").glob("*.so"))]
    if everything or wayland:
        files += sorted((plugins / "platforms").glob("libqwayland*.so"))
        for folder in sorted(plugins.glob("wayland-*")):
            files += sorted(folder.glob("*.so"))
    return [path for path in files if path.is_file()]


def qt_plugins_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def ldd_missing(files: Iterable[Path]) -> list[str]:
    found: dict[str, None] = {}
    for path in files:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for soname in missing_libraries(result.stdout):
            found.setdefault(soname)
    return list(found)


def apt_install(packages: Sequence[str]) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if subprocess.run(install, env=env, check=False, stdout=subprocess.DEVNULL).returncode == 0:
        return True
    # A fresh machine often has no package lists yet.
    subprocess.run(["apt-get", "update", "-q"], env=env, check=False, stdout=subprocess.DEVNULL)
    return subprocess.run(install, env=env, check=False, stdout=subprocess.DEVNULL).returncode == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true",
                        help="check every window plugin (the installer bundles them all), not only xcb")
    parser.add_argument("--check", action="store_true", help="only report; never install anything")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    plugins = qt_plugins_folder()
    if plugins is None:
        print("qt-system-libs: PySide6 is not installed in this Python; run `make venv`", file=sys.stderr)
        return 1
    files = plugin_files(plugins, everything=args.all, wayland=bool(os.environ.get("WAYLAND_DISPLAY")))
    missing = ldd_missing(files)
    if not missing:
        return 0
    apt, dnf = shutil.which("apt-get") is not None, shutil.which("dnf") is not None
    root = os.geteuid() == 0
    print(f"Qt's window needs system libraries that are missing: {', '.join(missing)}", file=sys.stderr)
    if apt and root and not args.check:
        packages = debian_packages(missing)
        print(f"installing {' '.join(packages)} with apt-get", file=sys.stderr)
        if apt_install(packages):
            still = ldd_missing(files)
            if not still:
                return 0
            missing = still
            print(f"still missing after apt-get: {', '.join(still)}", file=sys.stderr)
        else:
            print("apt-get could not install them", file=sys.stderr)
    print(f"install them with: {install_command(missing, apt=apt, dnf=dnf, root=root)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
