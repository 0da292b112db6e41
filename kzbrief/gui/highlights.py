"""How notes look on the page: their five colours, their spans in the reader, swatches.

The reader draws a layer of spans (``ReaderView.set_layer``); this module turns the notes
of the shown section into that layer, and answers which note a click landed on. Colours are
chosen to read well under black text on the light page; the reader tones them down for the
dark theme (``theme.mark_format``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from kzbrief.core.annotations import Note
from kzbrief.core.errors import KzbriefError
from kzbrief.gui.reader import ReaderView, Span

if TYPE_CHECKING:
    from kzbrief.core.service import Library

LAYER = "highlights"
#: The page colour of each of annotations.COLOURS (a test checks that none is missing).
HIGHLIGHT_COLOURS: dict[str, str] = {
    "yellow": "#fbe27c",
    "green": "#b9e4a8",
    "blue": "#b5d8f6",
    "pink": "#f6bfd9",
    "purple": "#d8c6f2",
}
PLACED = ("anchored", "moved")


def colour_hex(colour: str) -> str:
    return HIGHLIGHT_COLOURS.get(colour, HIGHLIGHT_COLOURS["yellow"])


def highlight_spans(notes: Iterable[Note]) -> list[Span]:
    """The layer's spans for ``notes``: placed notes only, longer ones first, so that a
    short highlight inside a long one is drawn on top and stays visible."""
    placed = [n for n in notes if n.status in PLACED and n.anchor.end > n.anchor.start]
    placed.sort(key=lambda n: (-(n.anchor.end - n.anchor.start), n.anchor.start))
    return [(n.anchor.start, n.anchor.end, colour_hex(n.colour)) for n in placed]


def show_section_highlights(
    library: Library, reader: ReaderView, report: Callable[[str], None]
) -> list[Note]:
    """Draw the notes of the section on screen in their colours; returns them (the placed
    and the orphaned), or none if they cannot be read (``report`` says why)."""
    briefing, section = reader.briefing, reader.section
    notes: list[Note] = []
    if briefing is not None and section is not None:
        try:
            notes = library.notes(briefing_id=briefing.id, section_id=section.id)
        except KzbriefError as exc:
            report(f"Could not read the notes: {exc}")
    reader.set_layer(LAYER, highlight_spans(notes))
    return notes


def note_at(notes: Sequence[Note], offset: int) -> Note | None:
    """The placed note whose passage holds ``offset`` (the shortest, where they nest)."""
    inside = [n for n in notes if n.status in PLACED and n.anchor.start <= offset < n.anchor.end]
    return min(inside, key=lambda n: n.anchor.end - n.anchor.start, default=None)


@cache
def swatch(colour: str, size: int = 16) -> QIcon:
    """A rounded square of a highlight colour, for menus, buttons and the notes list."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour_hex(colour))
    painter.setPen(fill.darker(150))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)
