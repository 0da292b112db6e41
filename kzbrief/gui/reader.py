"""The reader: one section (or a briefing's cover) as typeset, sanitised HTML.

Besides showing text, the reader is the place where things are drawn *on* the text. It
keeps an :class:`~kzbrief.gui.textmap.OffsetMap` between ``Section.text`` offsets (the
coordinates of annotation anchors and search matches) and document positions, and draws
named highlight layers with ``ExtraSelection``s: search matches are two layers ("search"
and "search-current"); notes' highlights can be another, drawn beneath them.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from kzbrief.core.model import Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.gui import theme as themes
from kzbrief.gui.i18n import format_number
from kzbrief.gui.navigation import Location
from kzbrief.gui.pagecolumn import (
    MIN_MARGIN,
    READABLE_CHARS,
    column_margin,
    set_page_margins,
)
from kzbrief.gui.readerdoc import (
    SECTION_LINK,
    anchor_positions,
    cited_source,
    cover_html,
    document_text,
    marks_described,
    neighbour_links,
    page_marks,
    page_number_font,
    page_number_width,
)
from kzbrief.gui.textattrs import FormatMirror
from kzbrief.gui.textdoc import TextDocumentView
from kzbrief.gui.textmap import OffsetMap

#: (start, end, style): a span of ``Section.text`` and how to draw it (see theme.mark_format).
Span = tuple[int, int, str]
#: Layers are drawn in this order; a layer not named here is drawn first.
LAYER_ORDER = {"highlights": 10, "search": 20, "search-current": 30}
WORDS_PER_MINUTE = 220


class ReaderView(TextDocumentView):
    """Shows a section; maps its text offsets to the screen; draws highlight layers; a text
    document with a caret to the keyboard and screen readers (see textdoc.py)."""

    section_link_clicked = Signal(str, str)  # briefing id, section id
    zoom_requested = Signal(int)  # steps: +1 larger, -1 smaller
    scrolled = Signal()
    #: A click (no drag, no link) on the text, at this ``Section.text`` offset.
    text_clicked = Signal(int)
    #: The context menu is about to show, for this offset (-1 on a cover): add to it.
    context_menu_requested = Signal(QMenu, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(self.tr("The text of the current section"))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._theme = themes.LIGHT
        self._zoom = 100
        self._briefing: Briefing | None = None
        self._section: Section | None = None
        self._map: OffsetMap | None = None
        self._layers: dict[str, list[Span]] = {}
        self._attributes = FormatMirror()  # the layers as text attributes, for screen readers
        self._matches: list[tuple[int, int]] = []
        self._current_match = -1
        #: Where the view should be, until it could scroll there (layout not done, window
        #: not shown, text shorter than the view) or the user scrolled elsewhere.
        self._pending_offset: int | None = None
        self._page = ""
        #: (Section.text offset, page label) where a new page starts (paged documents).
        self._page_marks: list[tuple[int, str]] = []
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.entered_at.connect(lambda p: self.text_clicked.emit(self.section_offset(p)))
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self.scrolled)
        bar.actionTriggered.connect(self._on_user_scroll)  # wheel, keys, the scroll bar
        bar.rangeChanged.connect(self._apply_pending_offset)
        self._apply_style()

    # -- what is shown ----------------------------------------------------------------------------
    @property
    def briefing(self) -> Briefing | None:
        return self._briefing

    @property
    def section(self) -> Section | None:
        return self._section

    @property
    def page_source(self) -> str:
        """The HTML of the page on screen, before the reader's style sheet and marks."""
        return self._page

    def show_section(self, briefing: Briefing, section: Section, body_html: str) -> None:
        """Show ``section``; ``body_html`` is its sanitised HTML (``Library.section_html``)."""
        index = briefing.sections.index(section)
        words = len(section.text.split())
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        where = self.tr("Section {n} of {total}").format(
            n=format_number(index + 1), total=format_number(len(briefing.sections))
        )
        meta = f"{html.escape(briefing.title)} · {html.escape(where)}"
        if words:
            meta += " · " + html.escape(translate("ReaderView", "%n min read", "", minutes))
        else:  # a heading with nothing under it (imported reports have them)
            empty = html.escape(self.tr("This section has no text of its own."))
            body_html += f'<p class="empty">{empty}</p>'
        parts = [
            f'<p class="meta">{meta}</p>',
            body_html,
            neighbour_links(briefing, index),
        ]
        self._load(briefing, section, "\n".join(parts))

    def show_cover(self, briefing: Briefing, sources_html: str = "") -> None:
        """Show the briefing's cover: summary, contents and source, and ``sources_html``,
        the list of every source it cites (``Library.sources_html``)."""
        self._load(briefing, None, cover_html(briefing, sources_html))

    def _load(self, briefing: Briefing, section: Section | None, page: str) -> None:
        self._briefing, self._section, self._page = briefing, section, page
        self._layers.clear()
        self._matches, self._current_match = [], -1
        self._pending_offset = None
        self._render()
        self.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        """Lay out the current page with the current style sheet, then map and mark it."""
        self.setExtraSelections([])
        self._attributes.forget()
        self.setHtml(self._page)
        self._map = self._build_map(self._section) if self._section is not None else None
        self._page_marks = page_marks(self._section) if self._section is not None else []
        self._layout_column()
        self._redraw_layers()

    def _build_map(self, section: Section) -> OffsetMap:
        document = self.document()
        text = document_text(document)
        anchors = anchor_positions(document)
        starts: list[int] = []
        previous = anchors.get(section.id, 0)
        for paragraph in section.paragraphs:
            # A paragraph whose id the document lost starts where the previous one ended.
            previous = anchors.get(paragraph.id, previous)
            starts.append(previous)
        return OffsetMap.for_paragraphs([p.text for p in section.paragraphs], starts, text)

    # -- offsets <-> document positions (for search marks and notes' highlights) ----------------
    def document_range(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of ``Section.text[start:end]`` (raises if no section is shown)."""
        if self._map is None:
            raise LookupError("no section is shown")
        return self._map.document_range(start, end)

    def section_offset(self, position: int) -> int:
        """The ``Section.text`` offset of a document position (0 if no section is shown)."""
        return 0 if self._map is None else self._map.to_source(position)

    def selection_section_range(self) -> tuple[int, int] | None:
        """The selected text as a ``Section.text`` range, or None if nothing is selected."""
        cursor = self.textCursor()
        if self._map is None or not cursor.hasSelection():
            return None
        start, end = self._map.source_range(cursor.selectionStart(), cursor.selectionEnd())
        return (start, end) if end > start else None

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting ``Section.text[start:end]`` in the document."""
        first, last = self.document_range(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- highlight layers -------------------------------------------------------------------------
    def set_layer(self, name: str, spans: Sequence[Span]) -> None:
        """Replace the spans of layer ``name`` (an empty list removes the layer)."""
        if spans:
            self._layers[name] = list(spans)
        else:
            self._layers.pop(name, None)
        self._redraw_layers()

    def layer(self, name: str) -> list[Span]:
        return list(self._layers.get(name, ()))

    def _redraw_layers(self) -> None:
        selections = []
        for name in sorted(self._layers, key=lambda n: LAYER_ORDER.get(n, 0)):
            for start, end, style in self._layers[name] if self._map is not None else ():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.cursor_for(start, end)  # type: ignore[attr-defined]
                selection.format = themes.mark_format(self._theme, style)  # type: ignore[attr-defined]
                selections.append(selection)
        self.setExtraSelections(selections)
        runs = [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format) for s in selections]  # type: ignore[attr-defined]
        self._attributes.update(self.document(), runs)

    # -- search matches ---------------------------------------------------------------------------
    def set_matches(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark every search match; none is current until :meth:`show_match`."""
        self._matches = sorted(spans)
        self._current_match = -1
        self._layers.pop("search-current", None)
        self.set_layer("search", [(s, e, "match") for s, e in self._matches])

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        """Index of the current match (-1 when none is)."""
        return self._current_match

    def show_match(self, index: int) -> None:
        """Make match ``index`` current and scroll it into view."""
        if not self._matches:
            return
        self._current_match = index % len(self._matches)
        start, end = self._matches[self._current_match]
        self.set_layer("search-current", [(start, end, "current-match")])
        self._caret_to(start)
        self._reveal(start)

    def step_match(self, delta: int) -> bool:
        """Move to the next (+1) or previous (-1) match; False if there is none."""
        if not self._matches:
            return False
        if self._current_match < 0:
            index = self._first_match_from_top() if delta > 0 else len(self._matches) - 1
        else:
            index = self._current_match + delta
        self.show_match(index)
        return True

    def _first_match_from_top(self) -> int:
        top = self.offset_at_top()
        return next((i for i, (s, _) in enumerate(self._matches) if s >= top), 0)

    def reveal_range(self, start: int, end: int) -> None:
        """Select ``Section.text[start:end]`` and scroll it into view (a jump to a note)."""
        if self._map is None:
            return
        self.setTextCursor(self.cursor_for(start, end))
        self._reveal(start)

    def _caret_to(self, offset: int) -> None:
        """Put the caret at ``Section.text`` offset ``offset`` (no selection): a keyboard
        user reads on, or selects, from there."""
        assert self._map is not None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_document(offset))
        self.setTextCursor(cursor)

    def marks_at(self, position: int) -> tuple[str, ...]:
        if self._map is None:
            return ()
        offset = self.section_offset(position)
        here = {
            name: [style for start, end, style in spans if start <= offset < end]
            for name, spans in self._layers.items()
        }
        return marks_described(here, self._current_match, len(self._matches))

    def _reveal(self, start: int) -> None:
        """Scroll ``Section.text`` offset ``start`` into view (a third down) if it is not."""
        assert self._map is not None
        self._pending_offset = None  # the match is where the reader should be now
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_document(start))
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    # -- reading position -------------------------------------------------------------------------
    def offset_at_top(self) -> int:
        """The ``Section.text`` offset of the first line in view."""
        if self._map is None:
            return 0
        if self._pending_offset is not None:
            return self._pending_offset
        if self.verticalScrollBar().value() == 0:
            return 0
        cursor = self.cursorForPosition(QPoint(0, 4))
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        return self._map.to_source(cursor.position())

    def location(self) -> Location | None:
        if self._briefing is None:
            return None
        section = self._section.id if self._section is not None else None
        return Location(self._briefing.id, section, self.offset_at_top())

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that ``Section.text`` offset ``offset`` is on the first line in view.

        If the view cannot get there yet (not shown, not laid out), it keeps trying as the
        layout settles, until it gets there or the user scrolls.
        """
        if self._map is None:
            return
        self._pending_offset = max(0, offset)
        self._apply_pending_offset()

    def _apply_pending_offset(self) -> None:
        offset = self._pending_offset
        if offset is None or self._map is None or not self.isVisible():
            return
        bar = self.verticalScrollBar()
        target = 0
        if offset > 0:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_document(offset))
            target = bar.value() + self.cursorRect(cursor).top() - 2
        bar.setValue(target)
        if bar.value() == target:
            self._pending_offset = None

    def _on_user_scroll(self) -> None:
        self._pending_offset = None  # the user has moved on

    # -- look: theme, zoom, a readable column -----------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self._theme = theme
        self._apply_style()
        if self._briefing is not None:
            # The style sheet applies when HTML is set: lay out again, keep place and marks.
            offset = self.offset_at_top()
            self._render()
            self.scroll_to_offset(offset)

    def set_zoom(self, percent: int) -> None:
        offset = self.offset_at_top()
        self._zoom = percent
        self.document().setDefaultFont(themes.reader_font(percent))
        self._layout_column()
        self.scroll_to_offset(offset)

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_style(self) -> None:
        self.setPalette(themes.page_palette(self._theme))
        self.set_focus_colour(self._theme.focus)
        self.document().setDefaultStyleSheet(themes.reader_css(self._theme))
        self.document().setDefaultFont(themes.reader_font(self._zoom))

    def readable_width(self) -> int:
        """The reader's width that gives a line of READABLE_CHARS at the current zoom (the
        window keeps at least this much, see ``narrow.py``)."""
        metrics = QFontMetricsF(themes.reader_font(self._zoom))
        column = metrics.averageCharWidth() * READABLE_CHARS
        margins = 2 * (MIN_MARGIN + self.document().documentMargin())
        chrome = self.width() - self.viewport().width()  # scroll bar and frame
        chrome = max(chrome, self.verticalScrollBar().sizeHint().width())
        return math.ceil(column + margins + chrome)

    def _layout_column(self) -> None:
        """Centre the text in a column of about COLUMN_CHARS characters."""
        margin = column_margin(themes.reader_font(self._zoom), self.viewport().width())
        if self._page_marks:  # room for the page numbers in the left margin
            margin = max(
                margin,
                page_number_width(
                    self._page_marks, page_number_font(self.document().defaultFont())
                ),
            )
        set_page_margins(self.document(), margin)

    # -- events -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        offset = self.offset_at_top()
        super().resizeEvent(event)
        self._layout_column()
        if offset:
            self.scroll_to_offset(offset)  # the text reflowed: keep the same first line

    def showEvent(self, event: QShowEvent) -> None:
        offset = self.offset_at_top()
        super().showEvent(event)  # QTextEdit scrolls to its text cursor on the first show
        self._layout_column()
        self.scroll_to_offset(offset)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._page_marks and self._map is not None:
            self._paint_page_numbers()

    def _paint_page_numbers(self) -> None:
        """The page of each paragraph (imported PDFs) in the left margin, where it starts."""
        margin = self.document().rootFrame().frameFormat().leftMargin()
        font = page_number_font(self.document().defaultFont())
        metrics = QFontMetricsF(font)
        painter = QPainter(self.viewport())
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        height = self.viewport().height()
        template = QCoreApplication.translate("Reader", "p. %1")
        for offset, label in self._page_marks:
            try:
                position, _ = self._map.document_range(offset, offset + 1)
            except (LookupError, ValueError):
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            rect = self.cursorRect(cursor)
            if rect.bottom() < 0 or rect.top() > height:
                continue
            text = template.replace("%1", label)
            x = margin - metrics.horizontalAdvance(text) - metrics.averageCharWidth() * 2
            painter.drawText(QPointF(max(2.0, x), rect.bottom() - metrics.descent()), text)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1
            self.zoom_requested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._map is not None
            and not self.textCursor().hasSelection()
            and not self.anchorAt(event.position().toPoint())
        ):
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.text_clicked.emit(self.section_offset(position))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        offset = -1
        if self._map is not None:
            offset = self.section_offset(self.cursorForPosition(event.pos()).position())
        self.context_menu_requested.emit(menu, offset)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def citation_at(self, pos: QPoint) -> str:
        """What the citation mark at viewport point ``pos`` cites ("" if none is there)."""
        return cited_source(self._section, self.anchorAt(pos))

    def viewportEvent(self, event: QEvent) -> bool:
        # A citation mark names its source on hover; a click goes to the Sources list.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cited = self.citation_at(event.pos())
            if cited:
                QToolTip.showText(event.globalPos(), cited, self.viewport())
                return True
        return super().viewportEvent(event)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SECTION_LINK:
            parts = url.path().split("/")
            if len(parts) == 3 and parts[0] == "section":
                self.section_link_clicked.emit(parts[1], parts[2])
        elif url.fragment():  # a citation mark: to the Sources list, the caret with it
            self.scrollToAnchor(url.fragment())
            position = anchor_positions(self.document()).get(url.fragment())
            if position is not None:
                self.setTextCursor(QTextCursor(self.document().findBlock(position)))
