"""How notes look on the page: their five colours, their spans in the reader, swatches.

The reader draws a layer of spans (``ReaderView.set_layer``); this module turns the notes
of the shown section into that layer, and answers which note a click landed on. Colours are
chosen to read well under black text on the light page; the reader tones them down for the
dark theme (``theme.mark_format``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from kzbrief.core.annotations import Note
from kzbrief.core.errors import KzbriefError
from kzbrief.core.wording import translate
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
#: A swatch's border: 4.2:1 or more against the light window (the fill is 9.5:1 or more
#: against the dark one).
SWATCH_BORDER_SHADE = 200
OVERLAP_SHADE = 12  # percent darker for each highlight over another


def colour_hex(colour: str) -> str:
    return HIGHLIGHT_COLOURS.get(colour, HIGHLIGHT_COLOURS["yellow"])


def highlight_spans(notes: Iterable[Note]) -> list[Span]:
    """The layer's spans for ``notes`` (placed notes only), cut where highlights overlap.

    Each stretch of text gets the colour of the one highlight over it; where two or more
    overlap, a mix of their colours, a shade darker. So every highlight shows where it
    starts and ends, also under another, and a short one inside a long one stays visible
    (one drawn over the other would hide how far the one beneath reaches)."""
    placed = [n for n in notes if n.status in PLACED and n.anchor.end > n.anchor.start]
    cuts = sorted({n.anchor.start for n in placed} | {n.anchor.end for n in placed})
    spans: list[Span] = []
    for start, end in itertools.pairwise(cuts):
        over = [n for n in placed if n.anchor.start <= start and end <= n.anchor.end]
        if not over:
            continue
        colour = overlap_colour([n.colour for n in over])
        if spans and spans[-1][1] == start and spans[-1][2] == colour:
            spans[-1] = (spans[-1][0], end, colour)
        else:
            spans.append((start, end, colour))
    return spans


def overlap_colour(colours: Sequence[str]) -> str:
    """The page colour under highlights in ``colours`` (one: its own colour)."""
    if len(colours) == 1:
        return colour_hex(colours[0])
    mixed = [QColor(colour_hex(c)) for c in colours]
    mix = QColor(
        round(sum(c.red() for c in mixed) / len(mixed)),
        round(sum(c.green() for c in mixed) / len(mixed)),
        round(sum(c.blue() for c in mixed) / len(mixed)),
    )
    return mix.darker(100 + OVERLAP_SHADE * (len(mixed) - 1)).name()


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
            report(
                translate("NotesController", "Could not read the notes: {error}").format(error=exc)
            )
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
    painter.setPen(fill.darker(SWATCH_BORDER_SHADE))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)
