"""Line icons from ``resources/icons/``, drawn in the theme's text colour.

The SVG files use ``currentColor``; Qt's SVG renderer does not know it, so the colour is
put in before rendering, at a few sizes for sharp toolbars on any screen.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kzbrief.core.resources import resource_path

SIZES = (16, 24, 32, 48)


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (an empty icon if the file is missing)."""
    try:
        source = _svg(name)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode()))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
