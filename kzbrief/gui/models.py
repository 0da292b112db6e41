"""Item-model plumbing shared by the contents and the search results."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

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
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

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
