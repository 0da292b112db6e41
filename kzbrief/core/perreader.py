"""Answers kept for an index reader's lifetime, so that a question asked of it again (a
query word looked up to search and again to mark it, a word typed again) is answered once.
Forgotten with the reader; past ``limit`` answers, all forgotten at once."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from whoosh.reading import IndexReader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class KeptPerReader(Generic[K, V]):
    """``get(reader, key, work)``: ``work()``'s answer, worked out once per reader and key."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kept: weakref.WeakKeyDictionary[IndexReader, dict[K, V]] = weakref.WeakKeyDictionary()

    def get(self, reader: IndexReader, key: K, work: Callable[[], V]) -> V:
        kept = self._kept.get(reader)
        if kept is None:
            kept = self._kept[reader] = {}
        found = kept.get(key)
        if found is None:
            if len(kept) >= self.limit:
                kept.clear()
            found = kept[key] = work()
        return found
