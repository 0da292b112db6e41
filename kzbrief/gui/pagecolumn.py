"""The reader's column: the text centred in a line of about COLUMN_CHARS characters.

Shared by the reader and the window's early first paint (kzbrief.gui.startpage), so that
the page drawn before the reader exists lies exactly where the reader then draws it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

COLUMN_CHARS = 70  # a comfortable line length for long reading
READABLE_CHARS = 45  # the shortest line that still reads well: the window keeps it
MIN_MARGIN = 28
RING = 2  # px: the focus ring's width around the page (WCAG 2.2's minimum focus appearance)


def column_margin(font: QFont, viewport_width: int) -> float:
    """The left and right margin that centres a column of COLUMN_CHARS characters of
    ``font`` in a view ``viewport_width`` pixels wide (at least MIN_MARGIN)."""
    column = QFontMetricsF(font).averageCharWidth() * COLUMN_CHARS
    return max(MIN_MARGIN, (viewport_width - column) / 2)


def set_page_margins(document: QTextDocument, side: float) -> None:
    """Give ``document``'s page ``side`` pixels left and right, MIN_MARGIN above and twice
    that below (nothing is laid out again when they are already so)."""
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() == MIN_MARGIN:
        return
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    fmt.setTopMargin(MIN_MARGIN)
    fmt.setBottomMargin(MIN_MARGIN * 2)
    frame.setFrameFormat(fmt)
