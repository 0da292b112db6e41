"""Answers kept for an index reader's lifetime, so that a question asked of it again (a
query word looked up to search and again to mark it, a word typed again) is answered once.
Forgotten with the reader; past ``limit`` answers, all forgotten at once. Answers about
one segment of the index are kept across readers (:class:`KeptPerSegment`)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

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


#: Every KeptPerSegment made, so that :func:`forget_segments` reaches them all.
_PER_SEGMENT: weakref.WeakSet[KeptPerSegment[Any]] = weakref.WeakSet()


class KeptPerSegment(Generic[V]):
    """``get(segment_reader, work)``: ``work()``'s answer about one index segment, kept
    across readers.

    A segment's files never change once written (a deletion is a separate list), and its
    id is random (kept with its document count, in case a seeded ``random`` repeated one):
    so an answer about it holds for as long as it exists. A new reader after
    a note is saved shares every segment but the new one with the last, and asks again only
    about that one. At most ``limit`` segments are kept (the oldest go first); what a
    segment held is forgotten with :func:`forget_segments` (the lock).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kept: dict[tuple[str, int], V] = {}
        self._lock = threading.Lock()
        _PER_SEGMENT.add(self)

    def get(self, segment_reader: IndexReader, work: Callable[[], V]) -> V:
        segment = segment_reader.segment()
        if segment is None:  # (an empty index: nothing to keep)
            return work()
        key = (segment.segment_id(), segment_reader.doc_count_all())
        with self._lock:
            found = self._kept.get(key)
        if found is None:
            found = work()
            with self._lock:
                while len(self._kept) >= self.limit:
                    del self._kept[next(iter(self._kept))]
                self._kept[key] = found
        return found

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


def forget_segments() -> None:
    """Forget every answer kept about a segment (the words of notes among them)."""
    for kept in list(_PER_SEGMENT):
        kept.clear()
