"""Line icons from ``resources/icons/``, drawn in the theme's text colour.

The SVG files use ``currentColor``; Qt's SVG renderer does not know it, so the colour is
put in before rendering. Each icon is drawn when Qt first asks for it, at the size and
pixel ratio asked for (sharp on any screen), and kept: a start draws only the toolbar's
icons, not every icon of every menu at every size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption


@cache
def _svg(name: str) -> str:
    from kzbrief.core.resources import resource_path

    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


class _SvgIconEngine(QIconEngine):
    """Draws one SVG on demand, once per size, pixel ratio and mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._draw(size, scale)
            if mode != QIcon.Mode.Normal:  # disabled, selected: greyed as the style greys
                style = QApplication.style()
                if style is not None:
                    pixmap = style.generatedIconPixmap(mode, pixmap, QStyleOption())
            self._drawn[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def _draw(self, size: QSize, scale: float) -> QPixmap:
        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._svg))
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (not Qt.GlobalColor: see theme.py)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap


def icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (an empty icon if the file is missing)."""
    try:
        source = _svg(name)
    except OSError:
        return QIcon()
    return QIcon(_SvgIconEngine(source.replace("currentColor", colour).encode()))
