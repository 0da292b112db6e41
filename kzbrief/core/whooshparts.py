"""Whoosh query classes of our own, for :mod:`kzbrief.core.search` and what scores its
queries (:mod:`kzbrief.core.fastscore`): each one fixes or cheapens one of Whoosh's."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh import query as wq
    from whoosh.searching import Searcher


@functools.cache
def and_not_class() -> type[wq.AndNot]:
    """Whoosh's AndNot with a matcher that survives its wanted side running out.

    Whoosh's AndNotMatcher asks the wanted side for its current document after skipping it
    (by quality, in the top-N collector, or to an id) without checking that it still has one;
    when the skip exhausted it, the search fails with an IndexError deep in Whoosh. Seen with
    ``-climate ( "peaceful assembly" NOT -climate )``.

    Nor does it look past the excluded side's first document at the start: when that came
    before the wanted side's first, the wanted side's first was kept even if excluded
    (``lima juliet -echo`` found documents with "echo" in them)."""
    from whoosh import query as wq
    from whoosh.matching import AndNotMatcher

    class GuardedAndNotMatcher(AndNotMatcher):  # type: ignore[misc]
        def _find_first(self) -> None:
            if self.a.is_active() and self.b.is_active():
                self._find_next()

        def _find_next(self) -> Any:
            if not self.a.is_active():
                return False
            return super()._find_next()

    class GuardedAndNot(wq.AndNot):  # type: ignore[misc]
        def matcher(self, searcher: Searcher, context: Any = None) -> Any:
            wanted = self.a.matcher(searcher, context)
            excluded = self.b.matcher(searcher, searcher.boolean_context())
            return GuardedAndNotMatcher(wanted, excluded)

    return GuardedAndNot


@functools.cache
def plus_one_class() -> type[wq.Query]:
    """A query class that matches what its child matches, each with a score of 1, and lets
    the top-N collector skip blocks (Whoosh's ConstantScoreQuery reads every match first)."""
    from whoosh import query as wq
    from whoosh.matching import ConstantScoreWrapperMatcher

    class PlusOne(wq.WrappingQuery):  # type: ignore[misc]
        constant_score = 1.0  # (kzbrief.core.fastscore reads it)

        def matcher(self, searcher: Searcher, context: Any = None) -> Any:
            return ConstantScoreWrapperMatcher(self.child.matcher(searcher, context), 1.0)

    return PlusOne


@functools.cache
def read_compound_files_in_place() -> None:
    """Whoosh opens each part of a compound segment file (its postings, terms, columns) as
    a copy: it maps the file, then hands each part out in a ``BytesIO`` of its bytes, so
    the whole index is copied into memory (32 MB of a 100 MB peak with a 1M-word library
    open; issue 18's memory target). Here each part reads from the map in place, which the
    system pages in as needed. Patched once, for every compound file opened after."""
    import io
    import pickle

    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.structfile import BufferFile

    class MappedPart(BufferFile):  # type: ignore[misc]
        """A part of a mapped compound file, read in place: its own file object (the
        reads Whoosh makes of block headers go through one method, not two)."""

        def __init__(self, view: memoryview, name: str | None = None) -> None:
            self._buf = view
            self._name = name
            self.file = self
            self.onclose = None
            self.is_real = False
            self.is_closed = False
            self._at = 0
            self._size = len(view)

        def read(self, count: int | None = -1) -> bytes:
            start = self._at
            end = self._size if count is None or count < 0 else min(self._size, start + count)
            self._at = end
            return bytes(self._buf[start:end])

        def readline(self, limit: int = -1) -> bytes:
            start = self._at
            end = self._size if limit < 0 else min(self._size, start + limit)
            index = bytes(self._buf[start:end]).find(b"\n")
            return self.read((end if index < 0 else start + index + 1) - start)

        def seek(self, position: int, whence: int = 0) -> int:
            if whence == 1:
                position += self._at
            elif whence == 2:
                position += self._size
            self._at = position
            return position

        def tell(self) -> int:
            return self._at

        def flush(self) -> None:
            pass

        def read_pickle(self) -> Any:
            # A block's header is a small pickle: unpickled from a window of the map (the
            # unpickler stops at its end), widened if the pickle is longer.
            window = 256
            while True:
                chunk = io.BytesIO(self._buf[self._at : self._at + window])
                try:
                    value = pickle.load(chunk)
                except (EOFError, pickle.UnpicklingError):
                    if self._at + window >= self._size:
                        raise
                    window *= 16
                    continue
                self._at += chunk.tell()
                return value

        def close(self) -> None:
            if self.is_closed:
                raise OSError("This file is already closed")
            self.is_closed = True

    copying = CompoundStorage.open_file

    def open_file(self: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        source = getattr(self, "_source", None)
        if self.is_closed or not source:
            return copying(self, name, *args, **kwargs)
        offset, length = self.range(name)
        return MappedPart(memoryview(source)[offset : offset + length], name=name)

    CompoundStorage.open_file = open_file
