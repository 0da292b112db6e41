"""Item-model plumbing shared by the contents, the search results and the notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kzbrief.core.wording import translate

Index = QModelIndex | QPersistentModelIndex
GROUP = 0  # internalId of a group row; an item row carries its group's row + 1


class TwoLevelModel(QAbstractItemModel):
    """One column: groups, each with its items. Subclasses give the counts and the data.

    Indexes carry plain numbers, not Python objects (PySide keeps no reference to an
    object given to ``createIndex``, so one could be collected under the view).
    """

    def group_count(self) -> int:
        raise NotImplementedError

    def item_count(self, group: int) -> int:
        raise NotImplementedError

    @staticmethod
    def is_group(index: Index) -> bool:
        return index.internalId() == GROUP

    @staticmethod
    def group_of(index: Index) -> int:
        """The group row of an item index."""
        return index.internalId() - 1

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex(), which calls back into rowCount()
        # and columnCount(): a view laying out a long list calls this for every row.
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= self.group_count():
                return QModelIndex()
            return self.createIndex(row, 0, GROUP)
        if parent.internalId() != GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if row >= self.item_count(group):
            return QModelIndex()
        return self.createIndex(row, 0, group + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or self.is_group(child):
            return QModelIndex()
        return self.createIndex(self.group_of(child), 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.group_count()
        if self.is_group(parent) and parent.column() == 0:
            return self.item_count(parent.row())
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1


class TitledGroupsModel(TwoLevelModel):
    """Titled groups of items (``self._groups``: (title, items)); a group's row shows its
    title and count and cannot be chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Any]]] = []

    def group_count(self) -> int:
        return len(self._groups)

    def item_count(self, group: int) -> int:
        return len(self._groups[group][1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_group(index):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def group_data(self, index: Index, role: int) -> object:
        title, items = self._groups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = translate("Groups", title)  # marked with QT_TRANSLATE_NOOP("Groups", …)
            return f"{shown} · {len(items)}"
        return None
