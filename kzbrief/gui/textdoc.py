"""A read-only text document that a keyboard and a screen reader can read: the base of the
reader, the editorial panel and the search-syntax help.

Qt exposes a ``QTextBrowser`` to AT-SPI as a static label (no caret, nothing to select);
a read-only ``QTextEdit`` is exposed as text, with a caret and a selection a screen reader
follows. So this is a ``QTextEdit`` that does a browser's part itself:

* caret browsing, as in browsers: the arrows move a visible caret, Shift (and Ctrl+Shift)
  with the arrows, Home and End select; F7 turns it off (the arrows then scroll) and on;
* links: a click or Enter on a link emits :attr:`anchorClicked` (nothing is ever opened);
* a 2 px focus ring, drawn outside the text so that it never scrolls with it;
* on arrival of the caret in a marked span (a highlight, a search match), the span is
  announced (:meth:`marks_at`, which a subclass fills in).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QWidget

from kzbrief.gui.a11y import announce
from kzbrief.gui.pagecolumn import RING

Flag = Qt.TextInteractionFlag
READING = Flag.TextSelectableByMouse | Flag.LinksAccessibleByMouse | Flag.LinksAccessibleByKeyboard
CARET = READING | Flag.TextSelectableByKeyboard
MOVES = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


def links(document: QTextDocument) -> list[tuple[int, int, str]]:
    """Every link of ``document``: (start, end, href), in reading order."""
    found: list[tuple[int, int, str]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref()
            start, end = fragment.position(), fragment.position() + fragment.length()
            if href and found and found[-1][2] == href and found[-1][1] == start:
                found[-1] = (found[-1][0], end, href)  # one link in several formats
            elif href:
                found.append((start, end, href))
            fragments += 1
        block = block.next()
    return found


class TextDocumentView(QTextEdit):
    """Read-only rich text with a caret, keyboard selection, links and a focus ring."""

    #: A link was activated (click or Enter); named as QTextBrowser's, for the same use.
    anchorClicked = Signal(QUrl)
    #: F7 turned caret browsing on (True) or off.
    caret_browsing_changed = Signal(bool)
    #: Enter where no link is, at this document position (the reader opens a highlight's note).
    entered_at = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, tab_through_links: bool = False) -> None:
        super().__init__(parent)
        #: Tab goes from link to link before it leaves (a page of a few links: the help,
        #: the editorial panel); in the reader, links are many, and reached with the caret.
        self.tab_through_links = tab_through_links
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self._caret = True
        self.setTextInteractionFlags(CARET)
        self._ring = QColor("#2b64a8")
        self._pressed_link = ""
        self._pressed_at = QPoint()
        self._marks_here: tuple[str, ...] = ()
        self.setViewportMargins(RING, RING, RING, RING)
        self.viewport().setMouseTracking(True)
        self.cursorPositionChanged.connect(self._on_caret_moved)

    # -- caret browsing ---------------------------------------------------------------------------
    @property
    def caret_browsing(self) -> bool:
        return self._caret

    def set_caret_browsing(self, on: bool) -> None:
        """With it on, the arrows move a caret and Shift+arrows select; off, they scroll."""
        self._caret = on
        self.setTextInteractionFlags(CARET if on else READING)
        self.viewport().update()

    def set_focus_colour(self, colour: str) -> None:
        self._ring = QColor(colour)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F7 and not event.modifiers():
            self.set_caret_browsing(not self._caret)
            told = (
                QCoreApplication.translate("TextDocumentView", "Caret browsing on")
                if self._caret
                else QCoreApplication.translate("TextDocumentView", "Caret browsing off")
            )
            announce(self, told)
            self.caret_browsing_changed.emit(self._caret)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            href = self.link_at_caret()
            if href:
                self.anchorClicked.emit(QUrl(href))
            else:
                self.entered_at.emit(self.textCursor().position())
            event.accept()
            return
        if self._caret and key in MOVES:
            self._caret_into_view()
        super().keyPressEvent(event)

    def _caret_into_view(self) -> None:
        """The caret left behind by scrolling (wheel, scroll bar) comes to the first line in
        view before it moves, as in a browser: reading goes on from what is shown."""
        rect = self.cursorRect()
        if rect.bottom() >= 0 and rect.top() <= self.viewport().height():
            return
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4))
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        self.setTextCursor(cursor)

    def link_at_caret(self) -> str:
        """The link the caret is on (or the selection starts in), "" if none."""
        cursor = self.textCursor()
        position = cursor.position()
        return (
            self.href_at(cursor.selectionStart())
            or self.href_at(position)
            or self._href_before(position)  # just after a link's last character
        )

    def _href_before(self, position: int) -> str:
        """The link of the character before ``position`` in its paragraph ("" if none)."""
        if position <= self.document().findBlock(position).position():
            return ""  # the start of a paragraph: what is before is the previous one's
        probe = QTextCursor(self.document())
        probe.setPosition(position)
        return probe.charFormat().anchorHref()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.tab_through_links and self._select_link(next):
            return True
        return super().focusNextPrevChild(next)

    def _select_link(self, forward: bool) -> bool:
        """Select the next (or previous) link after (before) the selection, and say it."""
        cursor = self.textCursor()
        spans = links(self.document())
        if forward:
            found = next((s for s in spans if s[0] >= cursor.selectionEnd()), None)
        else:
            found = next((s for s in reversed(spans) if s[1] <= cursor.selectionStart()), None)
        if found is None:
            return False
        start, end, _href = found
        chosen = QTextCursor(self.document())
        chosen.setPosition(start)
        chosen.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(chosen)
        self.ensureCursorVisible()
        told = QCoreApplication.translate("TextDocumentView", "link: {text}")
        announce(self, told.format(text=chosen.selectedText()))
        return True

    # -- links by mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed_link = self.anchorAt(point) if left else ""
        self._pressed_at = point
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        pressed, self._pressed_link = self._pressed_link, ""
        moved = (point - self._pressed_at).manhattanLength()
        clicked = (
            bool(pressed)
            and event.button() == Qt.MouseButton.LeftButton
            and moved < QApplication.startDragDistance()
            and self.anchorAt(point) == pressed
        )
        super().mouseReleaseEvent(event)  # selects the link clicked (Enter would follow it)
        if clicked:
            self.anchorClicked.emit(QUrl(pressed))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        shape = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.IBeamCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Load nothing: the documents shown reference no resource, and a file: URL that
        slipped through must not be read from disk."""
        return None

    # -- what the caret arrives on ----------------------------------------------------------------
    def marks_at(self, position: int) -> tuple[str, ...]:
        """What is drawn on the text at document ``position`` ("Highlighted in yellow"), for
        a screen reader: a subclass says."""
        return ()

    def href_at(self, position: int) -> str:
        """The link of the character after document ``position`` ("" if none)."""
        if not 0 <= position < self.document().characterCount() - 1:
            return ""
        block = self.document().findBlock(position)
        if position == block.position() + block.length() - 1:
            return ""  # the end of a paragraph: what follows is the next one's
        probe = QTextCursor(self.document())
        probe.setPosition(position + 1)
        return probe.charFormat().anchorHref()

    def _on_caret_moved(self) -> None:
        if not self.hasFocus():
            return
        cursor = self.textCursor()
        position = cursor.position()
        href = self.href_at(position)
        marks = self.marks_at(position)
        if href:  # a link is said as one (Qt's text interface does not say it)
            link = QCoreApplication.translate("TextDocumentView", "link, Enter follows it")
            marks = (link, *marks)
        # A heading is said as one on arrival (Qt's text interface has no document
        # structure to tell it), once per heading.
        level = cursor.block().blockFormat().headingLevel()
        if level:
            heading = QCoreApplication.translate("TextDocumentView", "heading level {level}")
            marks = (heading.format(level=level), *marks)
        here = (href, cursor.blockNumber() if level else -1, *marks)
        if here != self._marks_here:
            self._marks_here = here
            if marks:
                announce(self, ", ".join(marks))

    # -- the focus ring ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self._ring)
            pen.setWidth(RING)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()
        return handled

    def caret_point(self) -> QPoint:
        """Where the caret is drawn, in viewport coordinates (for tests and menus)."""
        return self.cursorRect().center()
