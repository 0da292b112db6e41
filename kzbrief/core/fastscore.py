"""Scoring a compiled query by reading each posting list once, block by block (issue 18).

Whoosh's top-N collector walks a tree of matchers one posting at a time, several Python calls
per posting and per tree level; a word's query (its stem in the title and the body, the
exact word ranked higher, the spellings of a name) has a dozen leaves, so a frequent word
cost tens of milliseconds at library scale. Here the same query is evaluated leaf by leaf:
each term's postings are read a block at a time and scored with Whoosh's own scorer (BM25F,
the same field lengths), then combined as Whoosh's matchers combine them (a sum over the
children that match; AndMaybe adds the optional part; AndNot drops the excluded). The
hits, their scores and their order are Whoosh's (ties: the lower document number first),
and the total is exact.

Only the shapes built of terms are taken (words, two words, OR/NOT, short prefixes: what
users type most); anything else (phrases, long prefixes, wildcards, Every) returns None and
the caller searches through Whoosh as before.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh import query as wq
    from whoosh.searching import Searcher

Scores = dict[int, float]


class Unsupported(Exception):
    """The query holds a part this evaluator does not take."""


def _leaf_scores(matcher: Any, lengths: dict[int, float]) -> Scores:
    """{document: score} of one term's matcher (in its segment's numbers)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching import NullMatcherClass, WrappingMatcher

    boost = 1.0
    while type(matcher) is WrappingMatcher:
        boost *= matcher.boost
        matcher = matcher.child
    if isinstance(matcher, NullMatcherClass) or not matcher.is_active():
        return {}
    scores: Scores = {}
    scorer = getattr(matcher, "scorer", None)
    score_of = getattr(scorer, "_score", None)
    field_length = getattr(scorer, "dfl", None)
    if type(matcher) is W3LeafMatcher and score_of is not None and field_length is not None:
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            for doc, weight in zip(matcher._ids, matcher._weights, strict=False):
                length = lengths.get(doc)
                if length is None:
                    length = lengths[doc] = field_length(doc)
                scores[doc] = score_of(weight, length) * boost
            matcher._next_block()
        return scores
    while matcher.is_active():  # inlined postings and other leaves: one at a time
        scores[matcher.id()] = matcher.score() * boost
        matcher.next()
    return scores


class _Evaluator:
    """Evaluates a query over one segment (``searcher`` is that segment's searcher)."""

    def __init__(self, searcher: Searcher, lengths: dict[str, dict[int, float]]) -> None:
        self.searcher = searcher
        self.context = searcher.context()
        self.lengths = lengths
        self.terms: dict[tuple[str, Any, float], Scores] = {}

    def scores(self, query: wq.Query) -> Scores:
        from whoosh import query as wq

        kind = type(query)
        if kind is wq.Term:
            key = (query.fieldname, query.text, query.boost)
            found = self.terms.get(key)
            if found is None:
                lengths = self.lengths.setdefault(query.fieldname, {})
                found = _leaf_scores(query.matcher(self.searcher, self.context), lengths)
                self.terms[key] = found
            return found
        if kind is wq.NullQuery.__class__:
            return {}
        if getattr(query, "boost", 1.0) != 1.0 and kind is not wq.Term:
            raise Unsupported(kind.__name__)
        if kind in (wq.Or, wq.DefaultOr) and not query.minmatch and not query.scale:
            total: Scores = {}
            for part in query.subqueries:
                for doc, score in self.scores(part).items():
                    total[doc] = total.get(doc, 0.0) + score
            return total
        if kind is wq.And:
            parts = sorted((self.scores(q) for q in query.subqueries), key=len)
            if not parts:
                return {}
            total = dict(parts[0])
            for other in parts[1:]:
                total = {d: s + other[d] for d, s in total.items() if d in other}
            return total
        if kind is wq.AndMaybe:
            required, optional = self.scores(query.a), self.scores(query.b)
            return {d: s + optional[d] if d in optional else s for d, s in required.items()}
        if kind is wq.AndNot:
            kept, dropped = self.scores(query.a), self.scores(query.b)
            return {d: s for d, s in kept.items() if d not in dropped}
        if getattr(query, "constant_score", None) is not None:
            constant = query.constant_score
            return dict.fromkeys(self.scores(query.child), constant)
        raise Unsupported(kind.__name__)


def top_hits(
    searcher: Searcher, query: wq.Query, limit: int
) -> tuple[list[tuple[float, int]], int] | None:
    """The ``limit`` best (score, document) of ``query`` (best first, as Whoosh ranks them)
    and how many documents match; None when the query holds a part not taken here."""
    if searcher.is_atomic():
        leaves = [(searcher, 0)]
    else:
        leaves = list(searcher.leaf_searchers())
    best: list[tuple[float, int]] = []
    count = 0
    cache = _lengths_cache(searcher)
    try:
        for number, (leaf, offset) in enumerate(leaves):
            lengths = cache.setdefault(number, {})
            scores = _Evaluator(leaf, lengths).scores(query)
            is_deleted = leaf.reader().is_deleted
            has_deletions = leaf.reader().has_deletions()
            for doc, score in scores.items():
                if has_deletions and is_deleted(doc):
                    continue
                count += 1
                best.append((score, -(doc + offset)))
    except Unsupported:
        return None
    ranked = heapq.nlargest(max(1, limit), best)
    return [(score, -negated) for score, negated in ranked], count


#: Field lengths read so far, per searcher (so renewed with it) and segment.
_LENGTHS: dict[int, tuple[Any, dict[int, dict[str, dict[int, float]]]]] = {}


def _lengths_cache(searcher: Searcher) -> dict[int, dict[str, dict[int, float]]]:
    import weakref

    key = id(searcher)
    known = _LENGTHS.get(key)
    if known is not None and known[0]() is searcher:
        return known[1]
    for stale in [k for k, (ref, _) in _LENGTHS.items() if ref() is None]:
        del _LENGTHS[stale]
    cache: dict[int, dict[str, dict[int, float]]] = {}
    _LENGTHS[key] = (weakref.ref(searcher), cache)
    return cache
