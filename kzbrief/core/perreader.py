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
    """``for_segments(reader, work)``: ``work(segment_reader)``'s answer about each of the
    reader's segments, kept across readers.

    A segment's files never change once written (a deletion is a separate list), and its
    id is random (kept with its document count, in case a seeded ``random`` repeated one):
    so an answer about it holds for as long as it exists. A new reader after a note is
    saved shares every segment but the new one with the last, and asks again only about
    that one. Answers about segments the newest reader no longer has (merged, or replaced
    by a rebuild) are forgotten then; all of them with :func:`forget_segments` (the lock).
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int], V] = {}
        self._lock = threading.Lock()
        _PER_SEGMENT.add(self)

    def for_segments(self, reader: IndexReader, work: Callable[[IndexReader], V]) -> list[V]:
        found: dict[tuple[str, int], V] = {}
        answers = []
        for leaf, _ in reader.leaf_readers():
            segment = leaf.segment()
            if segment is None:  # (an empty index: nothing to keep)
                answers.append(work(leaf))
                continue
            key = (segment.segment_id(), leaf.doc_count_all())
            with self._lock:
                answer = self._kept.get(key)
            if answer is None:
                answer = work(leaf)
            found[key] = answer
            answers.append(answer)
        with self._lock:
            self._kept = found
        return answers

    def clear(self) -> None:
        with self._lock:
            self._kept = {}


def forget_segments() -> None:
    """Forget every answer kept about a segment (the words of notes among them)."""
    for kept in list(_PER_SEGMENT):
        kept.clear()
