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
