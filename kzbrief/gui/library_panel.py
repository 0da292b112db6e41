"""The library panel: every briefing with its edition, date, language, sections and notes.

A list model over ``Library.library_summary()`` rows. The panel asks; the window decides:
import (``import_requested``), a new edition of the chosen briefing
(``new_edition_requested``), remove it (``remove_requested``; bundled briefings cannot be
removed, so the button is off for them) or open it (``open_requested``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.wording import translate
from kzbrief.gui.delegates import SUBTITLE_ROLE, TwoLineDelegate
from kzbrief.gui.i18n import format_date
from kzbrief.gui.import_tasks import language_names
from kzbrief.gui.models import Index

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the summary row (a dict)


def describe_row(row: dict[str, Any]) -> str:
    """The second line of a briefing: "Edition 2 · 2024-05-01 · Russian · 4 sections · 1 note"."""
    language = language_names().get(row["language"], row["language"])
    sections, notes = row["sections"], row["notes"]
    parts = [
        translate("LibraryPanel", "Edition {edition}").format(edition=row["edition"]),
        format_date(row["date"]) if row["date"] else "",
        language,
        translate("LibraryPanel", "%n section(s)", "", sections),
        translate("LibraryPanel", "%n note(s)", "", notes),
    ]
    return " · ".join(str(p) for p in parts if p)


class LibraryModel(QAbstractListModel):
    """One row per briefing (bundled first), from ``Library.library_summary()``: its title,
    and under it the edition, date, language and how many sections and notes it has."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row["title"]
        if role in (SUBTITLE_ROLE, Qt.ItemDataRole.AccessibleDescriptionRole):
            return describe_row(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if row["bundled"]:
                origin = translate("LibraryPanel", "Comes with kzbrief (cannot be removed)")
            elif row.get("imported_from"):
                origin = translate("LibraryPanel", "Imported from {file}")
            else:
                origin = translate("LibraryPanel", "Imported from a file")
            origin = translate("LibraryPanel", "{origin}; id {id}").format(
                origin=origin.format(file=row.get("imported_from")), id=row["id"]
            )
            return f"{row['title']}\n{describe_row(row)}\n{origin}"
        return None

    def row_of(self, briefing_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == briefing_id), -1)

    def ids(self) -> list[str]:
        return [row["id"] for row in self._rows]


class LibraryPanel(QWidget):
    """The briefings in the library, with buttons to import, replace and remove."""

    import_requested = Signal()
    new_edition_requested = Signal(object)  # briefing id or None
    remove_requested = Signal(str)  # briefing id
    open_requested = Signal(str)  # briefing id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.view = QListView()
        self.view.setObjectName("library-view")
        self.view.setAccessibleName(self.tr("Library"))
        self.view.setAccessibleDescription(
            self.tr(
                "The briefings in your library; Enter opens one, Delete removes an imported one"
            )
        )
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.import_button = self._button(
            self.tr("Import…"), "import-briefing", self.tr("Import a report")
        )
        self.edition_button = self._button(
            self.tr("New Edition…"),
            "import-edition",
            self.tr("Import a new edition of the chosen briefing"),
        )
        self.remove_button = self._button(
            self.tr("Remove"),
            "remove-briefing",
            self.tr("Remove the chosen briefing (your notes on it are kept)"),
        )
        self.import_button.clicked.connect(self.import_requested)
        self.edition_button.clicked.connect(
            lambda: self.new_edition_requested.emit(self.current_id())
        )
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 6, 6, 6)
        for button in (self.import_button, self.edition_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @staticmethod
    def _button(text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        return button

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show the library's summary, keeping the chosen briefing chosen where it still is."""
        chosen = self.current_id()
        self.model.set_rows(rows)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current_row(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_id(self) -> str | None:
        row = self.current_row()
        return row["id"] if row else None

    def select(self, briefing_id: str) -> bool:
        row = self.model.row_of(briefing_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def remove_current(self) -> None:
        row = self.current_row()
        if row is not None and not row["bundled"]:
            self.remove_requested.emit(row["id"])

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.open_requested.emit(row["id"])

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edition_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and not row["bundled"])
        self.remove_button.setToolTip(
            self.tr("This briefing comes with kzbrief and cannot be removed")
            if row is not None and row["bundled"]
            else self.tr("Remove the chosen briefing (your notes on it are kept; Ctrl+Z undoes)")
        )
