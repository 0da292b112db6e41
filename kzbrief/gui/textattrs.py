"""Highlights and search matches as text attributes, for a screen reader (issue 21).

The reader draws its layers (notes' highlights, search matches) with ``ExtraSelection``s,
which are painted over the text and are not part of the document: Qt's accessible text
reports a span's attributes (``background-color``, ``font-weight``…) from the document's
own character formats only. While a screen reader is attached (``QAccessible.isActive()``),
:class:`FormatMirror` writes each span's colours into those formats as well, under the same
colours painted over them (nothing changes on screen), and puts back the formats it changed
before the next layers are written.

The document's signals are blocked while it writes: a change of format is not a change of
text, and a screen reader must not hear the passage again as if it had been typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAccessible, QTextCharFormat, QTextCursor, QTextDocument

#: (start, end, format): a document range and the format drawn over it.
Run = tuple[int, int, QTextCharFormat]


class FormatMirror:
    """Writes drawn layers into a document's character formats, and takes them back out."""

    def __init__(self) -> None:
        self._document: QTextDocument | None = None
        self._saved: list[Run] = []  # the formats replaced, in the order they were replaced

    def forget(self) -> None:
        """The document was given new content: nothing of the old is to be put back."""
        self._document = None
        self._saved = []

    def update(self, document: QTextDocument, runs: Iterable[Run]) -> None:
        """Put back what the last update changed, then write ``runs`` (later ones on top),
        if a screen reader is attached."""
        wanted = list(runs) if QAccessible.isActive() else []
        if not self._saved and not wanted:
            return
        blocked = document.blockSignals(True)
        try:
            if self._document is document:
                for start, end, original in reversed(self._saved):
                    _select(document, start, end).setCharFormat(original)
            self._saved = []
            self._document = document
            for start, end, drawn in wanted:
                self._saved += _formats_in(document, start, end)
                colours = QTextCharFormat()
                if drawn.hasProperty(QTextCharFormat.Property.BackgroundBrush):
                    colours.setBackground(drawn.background())
                if drawn.hasProperty(QTextCharFormat.Property.ForegroundBrush):
                    colours.setForeground(drawn.foreground())
                _select(document, start, end).mergeCharFormat(colours)
        finally:
            document.blockSignals(blocked)


def _select(document: QTextDocument, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _formats_in(document: QTextDocument, start: int, end: int) -> list[Run]:
    """The character formats of ``[start, end)``, one run per fragment."""
    found: list[Run] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            first = max(start, fragment.position())
            last = min(end, fragment.position() + fragment.length())
            if first < last:
                found.append((first, last, QTextCharFormat(fragment.charFormat())))
            fragments += 1
        block = block.next()
    return found
