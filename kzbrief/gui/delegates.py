"""Item delegates shared by the list panels."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 100
PADDING = 5
INSET = 6  # left and right space inside a row

Index = QModelIndex | QPersistentModelIndex


#: How many row sizes a delegate keeps; past that it forgets them all and measures again.
SIZES_KEPT = 4096
#: How many laid-out lines a delegate keeps (two a row); past that it forgets them all.
LINES_KEPT = 4096


class SizeCache:
    """Rows' sizes by what decides them, so that a delegate measures each row once: a list is
    laid out again at every change (a note highlighted, an import, the same search shown
    again), and measuring goes through the model's Python methods or lays out rich text."""

    def __init__(self) -> None:
        self._sizes: dict[Hashable, QSize] = {}

    def get(self, key: Hashable, measure: Callable[[], QSize]) -> QSize:
        """The size kept for ``key``, else ``measure()`` kept (a copy either way)."""
        known = self._sizes.get(key)
        if known is None:
            if len(self._sizes) >= SIZES_KEPT:
                self._sizes.clear()
            known = self._sizes[key] = measure()
        return QSize(known)

    def clear(self) -> None:
        self._sizes.clear()


class TwoLineDelegate(QStyledItemDelegate):
    """A title, and under it a smaller, muted line (``SUBTITLE_ROLE``) when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: A row's size by the font, the row's level (a level's rows all have an icon, or
        #: none), whether it has a second line, and its title.
        self._sizes = SizeCache()
        #: Each row's lines, elided and laid out (see ``_line``).
        self._lines: dict[tuple[str, str, int], QStaticText] = {}

    @staticmethod
    def _subtitle_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.86))
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font: QFont = option.font  # type: ignore[attr-defined]
        key = (
            font.key(),
            index.parent().isValid(),
            bool(index.data(SUBTITLE_ROLE)),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )
        return self._sizes.get(key, lambda: self._size(option, index, subtitle=key[2]))

    def _size(self, option: QStyleOptionViewItem, index: Index, *, subtitle: bool) -> QSize:
        size = super().sizeHint(option, index)
        if subtitle:
            extra = QFontMetrics(self._subtitle_font(option.font)).height()  # type: ignore[attr-defined]
            size.setHeight(size.height() + extra + PADDING)
        else:
            size.setHeight(size.height() + PADDING)
        return size

    def _line(self, text: str, font: QFont, width: int) -> QStaticText:
        """``text`` elided to ``width`` in ``font``, laid out once: a list is drawn whole
        whenever it scrolls, and eliding and laying out each line again at each redraw was
        about a third of it (the contents' 23 rows: 6.3-10.4 ms, now 4.4-7.6 ms, offscreen).
        The pixels drawn are the same."""
        key = (text, font.key(), width)
        line = self._lines.get(key)
        if line is None:
            if len(self._lines) >= LINES_KEPT:
                self._lines.clear()
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            line = QStaticText(elided)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.prepare(font=font)
            self._lines[key] = line
        return line

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        subtitle = index.data(SUBTITLE_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        title, opt.text = opt.text, ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(INSET, PADDING // 2, -INSET, -PADDING // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        font: QFont = opt.font  # type: ignore[attr-defined]
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        width = rect.width()
        painter.drawStaticText(rect.topLeft(), self._line(title, font, width))
        if subtitle:
            small = self._subtitle_font(font)
            painter.setFont(small)
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            top = rect.top() + QFontMetrics(font).height() + 1  # (as QRect.bottom() + 2)
            painter.drawStaticText(rect.left(), top, self._line(str(subtitle), small, width))
        painter.restore()
