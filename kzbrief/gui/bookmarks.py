"""The bookmarks panel: jump to, rename and delete bookmarks.

Edits are requests: renaming a label in place or pressing Delete emits a signal, and the
window runs the undoable operation (``gui/operations.py``) and reloads the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.model import Bookmark
from kzbrief.core.wording import translate
from kzbrief.gui.delegates import SUBTITLE_ROLE, TwoLineDelegate
from kzbrief.gui.i18n import format_date

Index = QModelIndex | QPersistentModelIndex
BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1
Describe = Callable[[Bookmark], str]


class BookmarksModel(QAbstractListModel):
    """The user's bookmarks, oldest first; labels are editable in place."""

    label_edited = Signal(str, str)  # bookmark id, new label

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bookmarks: list[Bookmark] = []
        self._describe: Describe = lambda b: b.section

    def set_bookmarks(self, bookmarks: list[Bookmark], describe: Describe) -> None:
        self.beginResetModel()
        self._bookmarks = list(bookmarks)
        self._describe = describe
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bookmarks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        bookmark = self._bookmarks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return bookmark.label
        if role == SUBTITLE_ROLE:
            return self._describe(bookmark)
        if role == Qt.ItemDataRole.ToolTipRole:
            added = translate("Bookmarks", "Added {date}").format(
                date=format_date(bookmark.created)
            )
            return f"{bookmark.label}\n{self._describe(bookmark)}\n{added}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._describe(bookmark)
        if role == BOOKMARK_ROLE:
            return bookmark
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        bookmark = self._bookmarks[index.row()]
        label = str(value).strip()
        if label and label != bookmark.label:
            self.label_edited.emit(bookmark.id, label)
        return True

    def row_of(self, bookmark_id: str) -> int:
        return next((i for i, b in enumerate(self._bookmarks) if b.id == bookmark_id), -1)


class LabelDelegate(TwoLineDelegate):
    """Bookmarks drawn on two lines; the label's editor (Ctrl+D, F2) is named."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Bookmark label"))
        editor.setAccessibleDescription(
            self.tr("Type a label and press Enter; Esc keeps the label as it is")
        )
        return editor


class BookmarksPanel(QWidget):
    jump_requested = Signal(object)  # Bookmark
    rename_requested = Signal(str, str)  # bookmark id, label
    remove_requested = Signal(str)  # bookmark id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BookmarksModel(self)
        self.model.label_edited.connect(self.rename_requested)
        self.view = QListView()
        self.view.setObjectName("bookmarks-view")
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.view.setAccessibleDescription(
            self.tr("Enter jumps to a bookmark; F2 renames; Delete deletes")
        )
        self.view.setModel(self.model)
        self.view.setItemDelegate(LabelDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.activated.connect(self._jump)
        self.view.clicked.connect(self._jump)
        self.empty = QLabel(
            self.tr("No bookmarks yet.\nPress Ctrl+D to bookmark the place you are reading.")
        )
        self.empty.setObjectName("bookmarks-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # drawn in the muted colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def set_bookmarks(self, bookmarks: list[Bookmark], describe: Describe) -> None:
        current = self.current_bookmark()
        self.model.set_bookmarks(bookmarks, describe)
        self.empty.setVisible(not bookmarks)
        self.view.setVisible(bool(bookmarks))
        if current is not None:
            self.select(current.id)

    def select(self, bookmark_id: str) -> bool:
        row = self.model.row_of(bookmark_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        return True

    def edit_label(self, bookmark_id: str) -> None:
        """Open the label of a bookmark for typing (after Ctrl+D, or F2)."""
        if self.select(bookmark_id):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.edit(self.model.index(self.model.row_of(bookmark_id)))

    def current_bookmark(self) -> Bookmark | None:
        bookmark = self.view.currentIndex().data(BOOKMARK_ROLE)
        return bookmark if isinstance(bookmark, Bookmark) else None

    def rename_current(self) -> None:
        bookmark = self.current_bookmark()
        if bookmark is not None:
            self.edit_label(bookmark.id)

    def remove_current(self) -> None:
        bookmark = self.current_bookmark()
        if bookmark is not None:
            self.remove_requested.emit(bookmark.id)

    def _jump(self, index: QModelIndex) -> None:
        bookmark = index.data(BOOKMARK_ROLE)
        if isinstance(bookmark, Bookmark):
            self.jump_requested.emit(bookmark)
