"""Render resources/icons/kzbrief.svg to the PNG sizes the desktop uses (run after editing it).

.venv/bin/python scripts/render-icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (48, 128, 256)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - QPainter on images needs the GUI app
    renderer = QSvgRenderer(str(ICONS / "kzbrief.svg"))
    if not renderer.isValid():
        raise SystemExit("kzbrief.svg is not valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"kzbrief-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(target.relative_to(ICONS.parent.parent))


if __name__ == "__main__":
    main()
