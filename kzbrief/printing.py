"""PDF output drawn by Qt (QTextDocument onto a QPdfWriter). Works offscreen.

This lives outside ``kzbrief.core`` because it needs Qt; the CLI imports it only for
``--format pdf``. The window has its PDFs drawn in a child process
(:func:`html_to_pdf_apart`): Qt's HTML parser and layout hold the interpreter lock while
they run (40 ms for a briefing with a note every few lines, seconds for a 300-page report),
and the window's thread needs that lock for every key the user presses.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kzbrief.core.errors import BadInputError, KzbriefError
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextBlock, QTextDocument

log = logging.getLogger(__name__)
PAGE_SIZES = ("A4", "Letter")
#: The limits of the child that draws a PDF for the window. 4 MB of HTML took 8 s and 750 MB
#: of address space on a 2-core machine (0.8 MB: 1.4 s and 275 MB): these leave room for a
#: much longer report, and still stop a drawing that would eat the machine.
DRAW_SECONDS = 900.0
DRAW_MEMORY_BYTES = 6 * 2**30


class DrawingFailed(KzbriefError):
    """The child drawing a PDF stopped, or passed its time or memory limit."""


class DrawingCancelled(Exception):
    """The caller's ``cancelled()`` said stop, or the panic key or lock ended the child."""


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


def _check_page_size(page_size: str) -> None:
    if page_size not in PAGE_SIZES:
        raise BadInputError(
            translate("Errors", "page size must be one of {choices}").format(
                choices=", ".join(PAGE_SIZES)
            )
        )


def html_to_pdf(html: str, *, page_size: str = "A4", title: str = "kzbrief") -> bytes:
    """Render ``html`` (a self-contained document) to PDF bytes."""
    _check_page_size(page_size)
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
            # QTextDocument.print_ adds 2 cm of its own (and puts the page numbers there).
            QMarginsF(5, 5, 5, 5),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("kzbrief")
    writer.setResolution(300)
    document = QTextDocument()
    # No resource is ever loaded: the HTML is self-contained, and Qt must not reach out.
    document.setHtml(html)
    keep_headings_with_next(document, writer)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def html_to_pdf_apart(
    html: str,
    *,
    page_size: str = "A4",
    title: str = "kzbrief",
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """:func:`html_to_pdf` in a background child process; this thread only waits for it.

    ``cancelled`` is asked ten times a second, and a true answer ends the child
    (:class:`DrawingCancelled`, as when the lock or the panic key ends it). A child that
    crashes or passes its limits raises :class:`DrawingFailed`, one translated line.
    """
    from kzbrief.core import isolated

    _check_page_size(page_size)  # told here, without a child
    try:
        return isolated.run_isolated(
            _draw_in_child,
            html,
            page_size,
            title,
            seconds=DRAW_SECONDS,
            memory_bytes=DRAW_MEMORY_BYTES,
            cancelled=cancelled,
            background=True,
        )
    except isolated.Cancelled:
        raise DrawingCancelled from None
    except isolated.IsolatedError as exc:
        log.warning("the child drawing a PDF failed: %s", exc)
        if isinstance(exc, isolated.TimeLimitExceeded):
            told = translate(
                "Errors", "cannot draw the PDF: it took longer than {minutes} minutes"
            ).format(minutes=f"{DRAW_SECONDS / 60:g}")
        elif isinstance(exc, isolated.MemoryLimitExceeded):
            told = translate("Errors", "cannot draw the PDF: it needed more memory than it may use")
        else:
            told = translate("Errors", "cannot draw the PDF: the process drawing it stopped")
        raise DrawingFailed(told) from None


def _draw_in_child(html: str, page_size: str, title: str) -> bytes:
    """The child's side of :func:`html_to_pdf_apart`: a fresh process, so no display is
    needed (nor connected to) on Linux."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return html_to_pdf(html, page_size=page_size, title=title)


#: How many lines of text that follow a heading must stand on the heading's page: in a notes
#: export, the briefing's line and the first line of the first note's quote.
LINES_KEPT_WITH_HEADING = 2


def keep_headings_with_next(document: QTextDocument, writer: QPagedPaintDevice) -> int:
    """Move each heading that would end a page to the next one, with the lines it heads.

    Qt's rich text has no ``page-break-after: avoid`` (nor ``break-inside``): only breaks
    that are always taken. So a copy of the document is laid out the way
    ``QTextDocument.print_`` lays out its own copy (on the writer, within 2 cm margins
    counted at the screen's resolution, one page at a time), and a heading whose next
    :data:`LINES_KEPT_WITH_HEADING` lines fall on a later page is given a page break before
    it, in the copy (which is laid out again from there) and in ``document``. Returns how
    many headings were moved.
    """
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCursor

    probe = document.clone()
    layout = probe.documentLayout()
    layout.setPaintDevice(writer)
    screen = QGuiApplication.primaryScreen()  # Qt's qt_defaultDpiX/Y
    dpi_x = round(screen.logicalDotsPerInchX()) if screen else 100
    dpi_y = round(screen.logicalDotsPerInchY()) if screen else 100
    frame = probe.rootFrame().frameFormat()
    frame.setLeftMargin(int((2 / 2.54) * dpi_x))
    frame.setRightMargin(int((2 / 2.54) * dpi_x))
    frame.setTopMargin(int((2 / 2.54) * dpi_y))
    frame.setBottomMargin(int((2 / 2.54) * dpi_y))
    probe.rootFrame().setFrameFormat(frame)
    page_height = float(writer.height())
    probe.setPageSize(QSizeF(writer.width(), page_height))

    def page_of(y: float) -> int:
        return int(y // page_height)

    moved, last_page = 0, 0  # last_page: the page of the last line of text so far
    block = probe.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and probe.frameAt(block.position()) is (
            probe.rootFrame()
        ):
            page = page_of(_line_tops(probe, block)[0])
            stranded = any(page_of(y) != page for y in _next_lines(probe, block))
            if stranded and last_page == page:  # not when it opens its page already
                for target in (block, document.findBlockByNumber(block.blockNumber())):
                    form = target.blockFormat()
                    form.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(target).setBlockFormat(form)
                moved += 1
        if block.text().strip():
            last_page = page_of(_line_tops(probe, block)[-1])
        block = block.next()
    return moved


def _line_tops(document: QTextDocument, block: QTextBlock) -> list[float]:
    """Where each line of ``block`` starts, down the pages (a line pushed to the next page
    moves; its block's rectangle stays where the block began)."""
    top = document.documentLayout().blockBoundingRect(block).top()
    text_layout = block.layout()
    return [top + text_layout.lineAt(n).y() for n in range(text_layout.lineCount())] or [top]


def _next_lines(document: QTextDocument, heading: QTextBlock) -> list[float]:
    """Where the next :data:`LINES_KEPT_WITH_HEADING` lines of text after ``heading`` start
    (a line is never split between pages)."""
    tops: list[float] = []
    block = heading.next()
    while block.isValid() and len(tops) < LINES_KEPT_WITH_HEADING:
        if block.text().strip():
            tops += _line_tops(document, block)
        block = block.next()
    return tops[:LINES_KEPT_WITH_HEADING]
