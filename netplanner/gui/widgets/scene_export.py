"""A chart's scene (the Timeline, the Network map) written to a PNG or an SVG file as it is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene


def write_png(scene: QGraphicsScene, source: QRectF, background: QColor | str, path: str | Path,
              scale: float) -> str:
    """Render `source` of the scene at `scale` pixels per screen pixel; "" when written, else why not."""
    image = QImage(QSize(round(source.width() * scale), round(source.height() * scale)),
                   QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)  # text and lines scale together, as on a high-density screen
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    return "" if writer.write(image) else writer.errorString()


def write_svg(scene: QGraphicsScene, source: QRectF, path: str | Path, title: str, description: str) -> bool:
    """Render `source` of the scene as vector graphics; True when the file was written."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return Path(path).exists()
