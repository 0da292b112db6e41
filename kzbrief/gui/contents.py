"""The contents panel: briefings, then their sections with tags; filterable by tag."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.model import Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.gui.delegates import SUBTITLE_ROLE, TwoLineDelegate
from kzbrief.gui.i18n import format_date

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1  # (briefing id, section id or None)
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2  # each tag id between two TAG_MARKs
TAG_MARK = "\x1f"


# A briefing with more sections than this is not opened in the contents with its cover
# (thousands of rows laid out at once held the window; the reader opens it by hand, or at
# a section of it).
LONGEST_OPENED = 500


class ContentsModel(QStandardItemModel):
    """Two levels: briefings, and each briefing's sections in order.

    Its rows are Qt's own items, made once at each change of the library: the view lays out
    and draws a few thousand rows, and the tag filter maps them, without a call into Python
    for each (a Python model was asked for each row at every layout: with an import running
    on another thread each of those calls waited for the interpreter lock, and the contents
    took 30-45 ms to draw; issue 18)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (briefing id, section id or None) → its row.
        self._items: dict[tuple[str, str | None], QStandardItem] = {}
        # The briefings shown, in their rows' order.
        self._shown: list[Briefing] = []

    def set_briefings(self, briefings: list[Briefing]) -> None:
        """Show ``briefings``. The rows of a briefing shown already (the same object: the
        catalogue keeps it until the briefing changes) stay; the others' rows go, and new
        ones are made (an import makes one briefing's rows, not every briefing's)."""
        wanted = {id(b) for b in briefings}
        for row in reversed(range(len(self._shown))):
            if id(self._shown[row]) not in wanted:
                self._forget(self._shown.pop(row))
                self.removeRow(row)
        kept = iter(self._shown)
        following = next(kept, None)
        for briefing in briefings:  # (the kept ones must still come in the same order)
            if briefing is following:
                following = next(kept, None)
            elif any(briefing is b for b in self._shown):
                self._rebuild(briefings)
                return
        for row, briefing in enumerate(briefings):
            if row >= len(self._shown) or self._shown[row] is not briefing:
                self._shown.insert(row, briefing)
                self.insertRow(row, self._make_rows(briefing))

    def _rebuild(self, briefings: list[Briefing]) -> None:
        self.clear()
        self._items, self._shown = {}, list(briefings)
        rows = [self._make_rows(briefing) for briefing in briefings]
        if rows:
            self.invisibleRootItem().appendRows(rows)

    def _forget(self, briefing: Briefing) -> None:
        for key in [(briefing.id, None)] + [(briefing.id, s.id) for s in briefing.sections]:
            self._items.pop(key, None)

    def _make_rows(self, briefing: Briefing) -> QStandardItem:
        """A briefing's row, its sections' rows under it (noted in ``_items``)."""
        row = _item(briefing.title, (briefing.id, None))
        row.setData(
            translate("Contents", "Edition {edition} · {date}").format(
                edition=briefing.edition, date=format_date(briefing.date)
            ),
            SUBTITLE_ROLE,
        )
        row.setToolTip(
            translate("Contents", "Edition {edition}, {date}").format(
                edition=briefing.edition, date=format_date(briefing.date)
            )
        )
        self._items[(briefing.id, None)] = row
        sections = [_section_item(briefing, section) for section in briefing.sections]
        for section, item in zip(briefing.sections, sections, strict=True):
            self._items[(briefing.id, section.id)] = item
        if sections:
            row.appendRows(sections)
        return row

    def index_of(self, briefing_id: str, section_id: str | None) -> QModelIndex:
        item = self._items.get((briefing_id, section_id))
        return item.index() if item is not None else QModelIndex()


#: What a row can be: chosen, not edited, dragged or dropped on (set in one call: an import's
#: 815 rows were made on the window's thread, and three calls a row were a third of it).
ROW_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _item(title: str, place: tuple[str, str | None]) -> QStandardItem:
    item = QStandardItem(title)
    item.setData(place, PLACE_ROLE)
    item.setFlags(ROW_FLAGS)
    return item


def _section_item(briefing: Briefing, section: Section) -> QStandardItem:
    item = _item(section.title, (briefing.id, section.id))
    if not section.tags:
        item.setData("", Qt.ItemDataRole.AccessibleDescriptionRole)
        return item
    item.setData(" · ".join(section.tags), SUBTITLE_ROLE)
    item.setData("".join(f"{TAG_MARK}{tag}{TAG_MARK}" for tag in section.tags), TAGS_ROLE)
    described = ", ".join(briefing.vocabulary.get(t, t) for t in section.tags)
    tags_line = translate("Contents", "Tags: {tags}").format(tags=described)
    item.setToolTip(f"{section.title}\n{tags_line}")
    item.setData(tags_line, Qt.ItemDataRole.AccessibleDescriptionRole)
    return item


class TagFilter(QSortFilterProxyModel):
    """Shows only sections with a tag (and the briefings that hold them).

    Filtered by Qt itself, on the tags role: with no tag every row is shown without asking
    the model anything (a Python filter was called for every row at each reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tag: str | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(TAGS_ROLE)

    def set_tag(self, tag: str | None) -> None:
        self.tag = tag
        self.setFilterFixedString("" if tag is None else f"{TAG_MARK}{tag}{TAG_MARK}")


class ContentsPanel(QWidget):
    """Asks to open a section (or a briefing's cover) when one is clicked or activated."""

    section_requested = Signal(str, object)  # briefing id, section id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContentsModel(self)
        # The briefing being read (its branch is kept open).
        self._current: str | None = None
        self.proxy = TagFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setObjectName("contents-view")
        self.view.setAccessibleName(self.tr("Contents"))
        self.view.setAccessibleDescription(self.tr("Briefings and their sections; Enter opens one"))
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFrameShape(QTreeView.Shape.NoFrame)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)

        self.filter_label = QLabel()
        self.filter_label.setAccessibleDescription(self.tr("Tag filter"))
        self.filter_label.setWordWrap(True)
        self.clear_filter_button = QToolButton()
        self.clear_filter_button.setText(self.tr("Show all"))
        self.clear_filter_button.setAccessibleName(self.tr("Show all sections"))
        self.clear_filter_button.setToolTip(self.tr("Stop filtering the contents by tag"))
        self.clear_filter_button.clicked.connect(self.clear_filter)
        self.filter_bar = QWidget()
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(8, 6, 6, 6)
        bar.addWidget(self.filter_label, 1)
        bar.addWidget(self.clear_filter_button)
        self.filter_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)

    def set_briefings(self, briefings: list[Briefing]) -> None:
        """Show ``briefings``: the one being read open, and those the reader had opened.

        Not every briefing open: a library of a hundred briefings is thousands of rows, each
        laid out through the model's Python methods at every change of the library (80 ms
        for a few thousand, and three times that with an import running: issue 18)."""
        opened = self._opened_briefings()
        self.model.set_briefings(briefings)
        self._open_briefings(opened)

    def _opened_briefings(self) -> set[str]:
        view, proxy = self.view, self.proxy
        found = set()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if view.isExpanded(index):
                found.add(index.data(PLACE_ROLE)[0])
        return found

    def _open_briefings(self, briefing_ids: set[str]) -> None:
        """Open ``briefing_ids`` and the briefing being read; every briefing when there is
        one, or when a tag filter leaves only its sections."""
        view, proxy = self.view, self.proxy
        if self.model.rowCount() == 1 or proxy.tag is not None:
            view.expandAll()
            return
        if self._current is not None:
            briefing_ids = briefing_ids | {self._current}
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(PLACE_ROLE)[0] in briefing_ids:
                view.expand(index)

    def _open(self, index: QModelIndex) -> None:
        place = index.data(PLACE_ROLE)
        if place:
            self.section_requested.emit(place[0], place[1])

    def select(self, briefing_id: str, section_id: str | None) -> None:
        """Show where the reader is (without asking to open anything): its briefing opens."""
        self._current = briefing_id
        index = self.proxy.mapFromSource(self.model.index_of(briefing_id, section_id))
        if index.isValid():
            self.view.setCurrentIndex(index)
            if section_id is None and self.proxy.rowCount(index) <= LONGEST_OPENED:
                self.view.expand(index)  # (the briefing's cover: its sections shown)
            self.view.scrollTo(index)  # (opens its briefing's branch)
        else:
            self.view.clearSelection()

    def filter_by_tag(self, tag: str, description: str = "") -> None:
        self.proxy.set_tag(tag)
        self._open_briefings(set())
        count = sum(
            self.proxy.rowCount(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())
        )
        if description and description != tag:
            told = translate(
                "ContentsPanel", "%n section(s) tagged “{tag}” ({description})", "", count
            )
        else:
            told = translate("ContentsPanel", "%n section(s) tagged “{tag}”", "", count)
        self.filter_label.setText(told.format(tag=tag, description=description))
        self.filter_bar.show()

    def clear_filter(self) -> None:
        self.proxy.set_tag(None)
        self._open_briefings(set())
        self.filter_bar.hide()

    @property
    def tag(self) -> str | None:
        return self.proxy.tag
