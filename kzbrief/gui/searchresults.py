"""Search results as a model (grouped "In the briefing" / "In your notes") and their look."""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from kzbrief.core.results import Hit
from kzbrief.core.wording import translate
from kzbrief.gui import theme as themes
from kzbrief.gui.delegates import SizeCache
from kzbrief.gui.models import Index, TitledGroupsModel
from kzbrief.gui.worker import SearchOutcome

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
#: Which group each kind of hit goes in, in display order.
GROUPS = (
    (QT_TRANSLATE_NOOP("Groups", "In the briefing"), ("text", "editorial")),
    (QT_TRANSLATE_NOOP("Groups", "In your notes"), ("note",)),
)
#: How many rows' documents the results list keeps (a search shows at most 50 hits; a few
#: searches back, typed again, draw from them).
DOCUMENTS_KEPT = 200
KIND_LABELS = {
    "editorial": QT_TRANSLATE_NOOP("SearchResultsModel", "editorial notes"),
    "note": QT_TRANSLATE_NOOP("SearchResultsModel", "your note"),
}


@dataclass(frozen=True)
class ResultRow:
    """A hit as the list shows it (its words made once: the view asks for them at each
    layout and redraw, a hundred times a search)."""

    hit: Hit
    matches: int
    title: str
    markup: str  # the title, the count and the snippet, as rich text


def _matches(count: int) -> str:
    return translate("SearchResultsModel", "%n match(es)", "", count)


class SearchResultsModel(TitledGroupsModel):
    """Two levels: groups, then ranked hits with their snippet and match count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outcome: SearchOutcome | None = None

    def set_outcome(self, outcome: SearchOutcome | None) -> None:
        self.beginResetModel()
        self.outcome = outcome
        self._groups = []
        if outcome is not None:
            rows = [
                _row(hit, count, outcome.briefing_titles)
                for hit, count in zip(outcome.results.hits, outcome.match_counts, strict=False)
            ]
            for title, kinds in GROUPS:
                members = [r for r in rows if r.hit.kind in kinds]
                if members:
                    self._groups.append((title, members))
        self.endResetModel()

    @property
    def hit_count(self) -> int:
        return sum(len(rows) for _, rows in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- the model ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if self.is_group(index):
            return self.group_data(index, role)
        row: ResultRow = self._groups[self.group_of(index)][1][index.row()]
        if role == HTML_ROLE:
            return row.markup
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == HIT_ROLE:
            return row.hit
        if role == COUNT_ROLE:
            return row.matches
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.title}, {_matches(row.matches)}: {row.hit.snippet.replace('**', '')}"
        return None


def _row(hit: Hit, matches: int, briefing_titles: dict[str, str]) -> ResultRow:
    where = KIND_LABELS.get(hit.kind)
    title = hit.section_title
    if where:
        title = translate("SearchResultsModel", "{section} ({kind})").format(
            section=hit.section_title, kind=translate("SearchResultsModel", where)
        )
    if len(briefing_titles) > 1:  # more than one briefing: say which one the hit is in
        title += f" — {briefing_titles.get(hit.briefing, hit.briefing)}"
    markup = (
        f'<span class="title">{html.escape(title)}</span>&nbsp;&nbsp;'
        f'<span class="count">{_matches(matches)}</span><br>'
        f'<span class="snippet">{_marks(hit.snippet_html)}</span>'
    )
    return ResultRow(hit, matches, title, markup)


def _marks(snippet_html: str) -> str:
    # Qt's rich text has no <mark>; the snippet HTML is escaped text with <mark> only.
    return snippet_html.replace("<mark>", '<span class="match">').replace("</mark>", "</span>")


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text: title, match count and the snippet with marks."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._css = themes.style_sheet("snippet.css", themes.LIGHT)
        self._selected_css = self._css
        #: A row's size by its text, width and font: the view measures the rows it shows at
        #: each layout, a rich-text document laid out per row.
        self._sizes = SizeCache()
        #: The rows' documents, laid out, by text, width, font and selection: a row is
        #: measured, then drawn at each redraw of the list, from the same document (parsing
        #: and laying out one is 0.4 ms; a redraw draws a dozen rows).
        self._documents: OrderedDict[tuple[str, int, str, bool], QTextDocument] = OrderedDict()

    def set_theme(self, theme: themes.Theme) -> None:
        self._sizes.clear()
        self._documents.clear()
        self._css = themes.style_sheet("snippet.css", theme)
        # On the selection colour every part of the text takes the selection's text colour.
        self._selected_css = themes.style_sheet(
            "snippet.css", theme, text=theme.accent_text, muted=theme.accent_text
        )

    def _document(
        self, option: QStyleOptionViewItem, index: Index, selected: bool
    ) -> QTextDocument:
        font: QFont = option.font  # type: ignore[attr-defined]
        text, width = str(index.data(HTML_ROLE)), self._text_width(index)
        key = (text, width, font.key(), selected)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDocumentMargin(4)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(self._selected_css if selected else self._css)
        doc.setHtml(text)
        doc.setTextWidth(width)
        self._documents[key] = doc
        if len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = index.data(HTML_ROLE)
        if text is None:
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 10)
        font: QFont = option.font  # type: ignore[attr-defined]
        key = (str(text), self._text_width(index), font.key())
        return self._sizes.get(key, lambda: self._measure(option, index))

    def _measure(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index, selected=False)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)

    def _text_width(self, index: Index) -> int:
        depth = 1 if index.parent().isValid() else 0
        return max(120, self._view.viewport().width() - self._view.indentation() * depth - 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HTML_ROLE) is None:
            opt = QStyleOptionViewItem(option)
            opt.font.setBold(True)  # type: ignore[attr-defined]
            super().paint(painter, opt, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style()
        opt.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        doc = self._document(option, index, selected)
        rect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.left(), rect.top() + 3)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ResultsView(QTreeView):
    """A tree whose rich-text rows re-measure themselves when the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setWordWrap(True)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        # By row, not by pixel: to scroll by pixel the view must know the height of every
        # row, so it measured all 50 hits' rich text as each search's results came (31 ms
        # of the window's thread, median of 15 searches of the imported 5 MB report); by row
        # it measures those it shows and the last page's (15 rows, 4 ms).
        self.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
