"""Render resources/icons/netplanner.svg to the PNG sizes of the hicolor theme, a Windows .ico and a macOS
.icns, all in resources/icons/. Run it after changing the SVG and commit the output:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/linux/render-icons.py

Qt's own SVG renderer (QtSvg, offscreen) draws every size, so no other tool is needed. The .ico and .icns
containers are written here: both simply hold PNG images (Windows Vista+ and macOS 10.7+ read those).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SOURCE = ICONS / "netplanner.svg"
#: The hicolor theme's usual application icon sizes.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns element types that hold a PNG of the given edge length.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than QImage.save: PySide6 6.12 rejects save(QIODevice, format) at run time.
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"could not encode the {size} px icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNG images themselves."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_file(pngs: dict[int, bytes]) -> bytes:
    """'icns' and the total length, then (type, length including this 8-byte header, PNG) per image."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in pngs.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render-icons: {SOURCE} is not a valid SVG for QtSvg", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES})}
    for size in PNG_SIZES:
        (ICONS / f"netplanner-{size}.png").write_bytes(pngs[size])
    (ICONS / "netplanner.ico").write_bytes(ico_file({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "netplanner.icns").write_bytes(icns_file({s: pngs[s] for s in ICNS_TYPES}))
    print(f"render-icons: wrote {len(PNG_SIZES)} PNGs, netplanner.ico and netplanner.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
