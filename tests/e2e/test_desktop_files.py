"""The files that make NetPlanner a desktop program: the .desktop entry and the AppStream metainfo pass
their validators (skipped with the reason where a validator is not installed), they agree with each
other and with the package, and the icon SVG and its PNG/ICO/ICNS renders are sound."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import netplanner

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
APP_ID = "se.netplanner.NetPlanner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "netplanner.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # as in installer/linux/render-icons.py


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    result = _run(validator, str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", f"warnings or hints:\n{result.stdout}"


def test_metainfo_passes_appstreamcli_validate() -> None:
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    result = _run(validator, "validate", "--no-net", "--no-color", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout, result.stdout
    assert "W:" not in result.stdout, result.stdout


def test_metainfo_release_is_the_package_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == netplanner.__version__, (
        "add a <release> for the new version at the top of the metainfo's <releases>"
    )


def test_desktop_entry_metainfo_and_package_agree() -> None:
    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]

    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == entry["Exec"].split()[0] == entry["TryExec"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == component.findtext("icon[@type='stock']") == SVG.stem
    assert component.findtext("name") == entry["Name"] == "NetPlanner"


def test_icon_svg_parses_and_renders(qapp: QApplication) -> None:
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512", "a square icon"

    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(512, 512)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(32, 32).alpha() == 255, "the centre of the icon is drawn"
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner stays transparent"


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_render_exists_at_its_size(qapp: QApplication, size: int) -> None:
    image = QImage(str(ICONS / f"netplanner-{size}.png"))
    assert not image.isNull(), "run installer/linux/render-icons.py"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_windows_and_macos_icon_containers_are_well_formed() -> None:
    ico = (ICONS / "netplanner.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    assert count >= 5
    for index in range(count):
        _w, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)

    icns = (ICONS / "netplanner.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kinds.append(icns[position:position + 4])
        assert icns[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        position += struct.unpack_from(">I", icns, position + 4)[0]
    assert position == len(icns)
    assert b"ic09" in kinds
