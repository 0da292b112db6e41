"""PDF output drawn by Qt (QTextDocument onto a QPdfWriter). Works offscreen.

This lives outside ``kzbrief.core`` because it needs Qt; the CLI imports it only for
``--format pdf``.
"""

from __future__ import annotations

import os
import sys

from kzbrief.core.errors import BadInputError

PAGE_SIZES = ("A4", "Letter")


def _ensure_gui_application() -> None:
    # A QApplication, not a bare QGuiApplication: a process that later shows widgets (the
    # GUI, the test suite) cannot turn one into the other.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and not has_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the function so that it lives as long as the process.
        _ensure_gui_application.app = QApplication(sys.argv[:1])  # type: ignore[attr-defined]


def html_to_pdf(html: str, *, page_size: str = "A4", title: str = "kzbrief") -> bytes:
    """Render ``html`` (a self-contained document) to PDF bytes."""
    if page_size not in PAGE_SIZES:
        raise BadInputError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("kzbrief")
    writer.setResolution(300)
    document = QTextDocument()
    # No resource is ever loaded: the HTML is self-contained, and Qt must not reach out.
    document.setHtml(html)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
