"""The notes panel: every note with its passage, colour, tags and section, filtered and sorted.

Orphaned notes (not found in the current text) come first, under "Needs attention"; the
others follow under "Notes". The panel reads nothing itself: its filters go to the window
(``filters_changed``), which asks ``Library.notes`` and hands the result back
(:meth:`NotesPanel.set_notes`). Choosing a note makes it the current note; Enter or a
click jumps to its passage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.annotations import COLOURS, Note
from kzbrief.core.export import colour_name
from kzbrief.core.model import Briefing
from kzbrief.gui import a11y
from kzbrief.gui.delegates import SUBTITLE_ROLE, TwoLineDelegate
from kzbrief.gui.highlights import swatch
from kzbrief.gui.models import Index, TitledGroupsModel
from kzbrief.gui.nextturn import single_shot_timer

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
NEEDS_ATTENTION = QT_TRANSLATE_NOOP("Groups", "Needs attention")
NOTES_GROUP = QT_TRANSLATE_NOOP("Groups", "Notes")
FILTER_DELAY_MS = 150
QUOTE_CHARS = 120
SORTS = (
    (QT_TRANSLATE_NOOP("NotesPanel", "Reading order"), "position"),
    (QT_TRANSLATE_NOOP("NotesPanel", "Newest first"), "created"),
    (QT_TRANSLATE_NOOP("NotesPanel", "Last edited"), "modified"),
)
#: Describes where a note is, for its second line ("Religion · #tag · 2024-05-01").
Describe = Callable[[Note], str]


def one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shape(groups: Sequence[tuple[str, Sequence[Note]]]) -> list[tuple[str, list[str]]]:
    """The groups' titles and their notes' ids, in order."""
    return [(title, [n.id for n in notes]) for title, notes in groups]


#: How many second lines of notes no longer listed :class:`NotesModel` may keep.
SUBTITLES_SPARE = 256


class NotesModel(TitledGroupsModel):
    """Groups "Needs attention" (orphans, if any) and "Notes", each with its notes in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe: Describe = lambda n: n.section
        # Each note's second line by the note as stored (the view asks for it to size, paint
        # and describe each row, again at each redraw). Kept from one set of notes to the
        # next while ``describe`` stays the same: a highlight or an autosave changes one
        # note, and the view then measures every row above the chosen one again.
        self._subtitles: dict[Note, str] = {}

    def set_notes(self, notes: Sequence[Note], describe: Describe) -> bool:
        """Show ``notes``; True if the model was reset (else only changed rows were told).

        The same notes in the same groups and order (a note edited, recoloured, autosaved)
        change rows in place: a reset would lay out every row of the view again, which
        with thousands of notes stalls the window at each autosave."""
        orphans = [n for n in notes if n.status == "orphaned"]
        placed = [n for n in notes if n.status != "orphaned"]
        groups = [(t, g) for t, g in ((NEEDS_ATTENTION, orphans), (NOTES_GROUP, placed)) if g]
        if describe != self._describe or len(self._subtitles) > 2 * len(notes) + SUBTITLES_SPARE:
            self._subtitles = {}  # (notes changed or gone since: no longer asked for)
        if describe == self._describe and self._one_row_more_or_less(groups):
            return False
        if _shape(groups) == _shape(self._groups):
            every_row = describe != self._describe  # (the second lines may all differ)
            before, self._groups, self._describe = self._groups, groups, describe
            for group, ((_, old), (_, new)) in enumerate(zip(before, groups, strict=True)):
                pairs = enumerate(zip(old, new, strict=True))
                rows = [r for r, (a, b) in pairs if every_row or a != b]
                if rows:
                    parent = self.index(group, 0)
                    first, last = self.index(rows[0], 0, parent), self.index(rows[-1], 0, parent)
                    self.dataChanged.emit(first, last)
            return False
        self.beginResetModel()
        self._describe = describe
        self._groups = groups
        self.endResetModel()
        return True

    def _one_row_more_or_less(self, groups: list[tuple[str, list[Note]]]) -> bool:
        """Show ``groups`` if they are these with one note added or removed, the others as
        they were (a highlight, a deletion, their undo): the view is told of that row
        alone, and lays out one row rather than every row again. False: nothing done."""
        if [t for t, _ in groups] != [t for t, _ in self._groups]:
            return False
        pairs = [(old, new) for (_, old), (_, new) in zip(self._groups, groups, strict=True)]
        differ = [g for g, (old, new) in enumerate(pairs) if old != new]
        if len(differ) != 1:
            return False
        group = differ[0]
        old, new = pairs[group]
        longer, shorter = (new, old) if len(new) > len(old) else (old, new)
        if len(longer) != len(shorter) + 1:
            return False
        row = next(
            (r for r, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b),
            len(shorter),
        )
        if longer[:row] + longer[row + 1 :] != shorter:
            return False
        parent = self.index(group, 0)
        if longer is new:
            self.beginInsertRows(parent, row, row)
            self._groups = groups
            self.endInsertRows()
        else:
            self.beginRemoveRows(parent, row, row)
            self._groups = groups
            self.endRemoveRows()
        self.dataChanged.emit(parent, parent)  # (its count)
        return True

    @property
    def note_count(self) -> int:
        return sum(len(notes) for _, notes in self._groups)

    def group_titles(self) -> list[str]:
        return [title for title, _ in self._groups]

    def notes_in(self, title: str) -> list[Note]:
        return next((list(notes) for t, notes in self._groups if t == title), [])

    def index_of(self, note_id: str) -> QModelIndex:
        for group, (_, notes) in enumerate(self._groups):
            for row, note in enumerate(notes):
                if note.id == note_id:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.is_group(index):
            title = self._groups[index.row()][0]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and title == NEEDS_ATTENTION:
                return self.tr(
                    "These notes' passages are not in the current text. Choose one, select"
                    " its new passage in the reader and choose Notes > Re-attach Note Here."
                )
            return self.group_data(index, role)
        note: Note = self._groups[self.group_of(index)][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"“{one_line(note.quote, QUOTE_CHARS)}”"
        if role == SUBTITLE_ROLE:
            return self._subtitle(note)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(note.colour)
        if role == NOTE_ROLE:
            return note
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [f"“{one_line(note.quote, 400)}”", self._subtitle(note)]
            if note.body:
                parts.append(one_line(note.body, 400))
            return "\n".join(parts)
        return None

    def _subtitle(self, note: Note) -> str:
        subtitle = self._subtitles.get(note)
        if subtitle is None:
            subtitle = self._subtitles[note] = self._describe(note)
        return subtitle


class NotesPanel(QWidget):
    """Filters over a tree of notes."""

    filters_changed = Signal()
    note_chosen = Signal(object)  # Note: it became the current note
    jump_requested = Signal(object)  # Note: show its passage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes-panel")
        self._quiet = False
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("notes-filter")
        self.filter_field.setAccessibleName(self.tr("Filter notes"))
        self.filter_field.setPlaceholderText(self.tr("Filter notes by their words or tags"))
        self.filter_field.setClearButtonEnabled(True)
        a11y.name_clear_button(self.filter_field)

        self.colour_box = QComboBox()
        self.colour_box.setObjectName("notes-colour")
        self.colour_box.setAccessibleName(self.tr("Colour"))
        self.colour_box.addItem(self.tr("Any colour"), None)
        for colour in COLOURS:
            self.colour_box.addItem(swatch(colour), colour_name(colour).capitalize(), colour)
        # The tags and briefings the filter boxes were last filled with.
        self._choices: tuple[tuple[str, ...], tuple[Briefing, ...]] | None = None
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("notes-tag")
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.place_box = QComboBox()
        self.place_box.setObjectName("notes-place")
        self.place_box.setAccessibleName(
            self.tr("Briefing or section")
        )  # data: "briefing[:section]"
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("notes-sort")
        self.sort_box.setAccessibleName(self.tr("Sort"))
        for label, value in SORTS:
            self.sort_box.addItem(self.tr(label), value)
        self.set_choices([], [])
        for box in (self.colour_box, self.tag_box, self.place_box, self.sort_box):
            a11y.name_combo_popup(box)

        self.model = NotesModel(self)
        self.view = QTreeView()
        self.view.setObjectName("notes-view")
        self.view.setAccessibleName(self.tr("Notes"))
        self.view.setAccessibleDescription(
            self.tr("Enter jumps to a note's passage; Delete deletes it")
        )
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(8)
        self.view.setUniformRowHeights(False)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setFrameShape(QTreeView.Shape.NoFrame)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(self._jump)
        self.view.clicked.connect(self._jump)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.empty = QLabel()
        self.empty.setObjectName("notes-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        self._timer = single_shot_timer(self, FILTER_DELAY_MS, self.filters_changed)
        self.filter_field.textChanged.connect(self._timer.start)
        for box in (self.colour_box, self.tag_box, self.place_box, self.sort_box):
            box.currentIndexChanged.connect(self.filters_changed)

        boxes = QGridLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.setSpacing(4)
        boxes.addWidget(self.colour_box, 0, 0)
        boxes.addWidget(self.tag_box, 0, 1)
        boxes.addWidget(self.place_box, 1, 0)
        boxes.addWidget(self.sort_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_field)
        layout.addLayout(boxes)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter_field, self.colour_box)
        self.setTabOrder(self.colour_box, self.tag_box)
        self.setTabOrder(self.tag_box, self.place_box)
        self.setTabOrder(self.place_box, self.sort_box)
        self.setTabOrder(self.sort_box, self.view)

    # -- filters ----------------------------------------------------------------------------------
    def set_choices(self, tags: Sequence[str], briefings: Sequence[Briefing]) -> None:
        """The tags and places to filter by (keeps the current choice where it still exists).

        Filled again only when they changed: the panel is reloaded at each highlight and
        each autosave, and a library with a long report lists a thousand places."""
        choices = (tuple(tags), tuple(briefings))
        known = self._choices
        if (
            known is not None
            and known[0] == choices[0]
            and len(known[1]) == len(choices[1])
            and all(a is b for a, b in zip(known[1], choices[1], strict=True))
        ):
            return  # (the catalogue keeps a briefing's object until the briefing changes)
        self._choices = choices
        tag, place = self.tag_box.currentData(), self.place_box.currentData()
        for box in (self.tag_box, self.place_box):
            box.blockSignals(True)
            box.clear()
        self.tag_box.addItem(self.tr("Any tag"), None)
        for name in tags:
            self.tag_box.addItem(f"#{name}", name)
        self.place_box.addItem(self.tr("All briefings"), None)
        for briefing in briefings:
            self.place_box.addItem(briefing.title, briefing.id)
            for section in briefing.sections:
                self.place_box.addItem(f"    {section.title}", f"{briefing.id}:{section.id}")
        for box, value in ((self.tag_box, tag), (self.place_box, place)):
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        """Keyword arguments for ``Library.notes``."""
        briefing, _, section = (self.place_box.currentData() or "").partition(":")
        return {
            "briefing_id": briefing or None,
            "section_id": section or None,
            "tag": self.tag_box.currentData(),
            "colour": self.colour_box.currentData(),
            "text": self.filter_field.text().strip() or None,
            "sort": self.sort_box.currentData() or "position",
        }

    @property
    def filtered(self) -> bool:
        return any(v for k, v in self.filters().items() if k != "sort")

    def set_filter(self, box: QComboBox, value: object) -> None:
        """Choose ``value`` in one of the filter boxes (a tag clicked elsewhere, tests)."""
        box.setCurrentIndex(max(0, box.findData(value)))

    # -- notes ------------------------------------------------------------------------------------
    def set_notes(self, notes: Sequence[Note], describe: Describe) -> None:
        current = self.current_note()
        self._quiet = True  # a reload is not the user choosing a note
        try:
            # (the same rows changed in place: the view keeps its layout and current row)
            if self.model.set_notes(notes, describe):
                self.view.expandAll()
                if current is not None:
                    index = self.model.index_of(current.id)
                    if index.isValid():
                        self.view.setCurrentIndex(index)
        finally:
            self._quiet = False
        if notes:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No notes match these filters.")
                if self.filtered
                else self.tr(
                    "No notes yet.\nSelect text in the reader and press Ctrl+H to highlight"
                    " it, or Ctrl+Shift+N to write a note on it."
                )
            )
            self.empty.show()
        self.view.setVisible(bool(notes))

    def select(self, note_id: str) -> bool:
        """Make ``note_id`` the chosen row (without a jump); False if it is not listed."""
        index = self.model.index_of(note_id)
        if not index.isValid():
            return False
        self._quiet = True
        try:
            self.view.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.view.scrollTo(index)
        return True

    def current_note(self) -> Note | None:
        note = self.view.currentIndex().data(NOTE_ROLE)
        return note if isinstance(note, Note) else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = current.data(NOTE_ROLE)
        if isinstance(note, Note) and not self._quiet:
            self.note_chosen.emit(note)

    def _jump(self, index: QModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if isinstance(note, Note):
            self.jump_requested.emit(note)
