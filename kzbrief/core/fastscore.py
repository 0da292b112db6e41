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
users type most), and phrases beside them (a quoted phrase also asks for each word as
written: the phrase is checked only in the documents that hold them all), and long
prefixes (the Or of their terms); anything else (wildcards, Every, filters by field)
returns None and the caller searches through Whoosh.
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


class _Leaf:
    """One term's postings in a segment, scored on demand with Whoosh's own scorer."""

    def __init__(self, matcher: Any, lengths: dict[int, float]) -> None:
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.matching import NullMatcherClass, WrappingMatcher
        from whoosh.scoring import BM25FScorer

        self.boost = 1.0
        while type(matcher) is WrappingMatcher:
            self.boost *= matcher.boost
            matcher = matcher.child
        self.weights: dict[int, float] = {}
        self.fixed: Scores | None = None
        self.lengths = lengths
        scorer: Any = getattr(matcher, "scorer", None)
        self.score_of = getattr(scorer, "_score", None)
        self.field_length = getattr(scorer, "dfl", None)
        #: (idf, average field length, B, K1) when the scorer is Whoosh's BM25F.
        self.bm25: tuple[float, float, float, float] | None = None
        if type(scorer) is BM25FScorer and scorer._score.__func__ is BM25FScorer._score:
            self.bm25 = (scorer.idf, scorer.avgfl, scorer.B, scorer.K1)
        if isinstance(matcher, NullMatcherClass) or not matcher.is_active():
            return
        if type(matcher) is W3LeafMatcher and self.score_of and self.field_length:
            weights = self.weights
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_weights()
                weights.update(zip(matcher._ids, matcher._weights, strict=False))
                matcher._next_block()
            return
        self.fixed = {}  # inlined postings and other leaves: scored one at a time
        while matcher.is_active():
            self.fixed[matcher.id()] = matcher.score() * self.boost
            matcher.next()

    def documents(self) -> set[int]:
        return set(self.fixed if self.fixed is not None else self.weights)

    def scores(self, within: set[int] | None, boost: float = 1.0) -> Scores:
        """{document: score × ``boost``} (as Whoosh's boosting matcher multiplies)."""
        if self.fixed is not None:
            return {
                d: s * boost if boost != 1.0 else s
                for d, s in self.fixed.items()
                if within is None or d in within
            }
        if not self.weights:
            return {}
        score_of, field_length, lengths = self.score_of, self.field_length, self.lengths
        boost = self.boost * boost
        assert score_of is not None and field_length is not None
        found: Scores = {}
        bm25 = self.bm25
        if bm25 is not None:  # Whoosh's bm25(), inline (the same operations, in order)
            idf, avgfl, b, k1 = bm25
            for doc, tf in self.weights.items():
                if within is not None and doc not in within:
                    continue
                fl = lengths.get(doc)
                if fl is None:
                    fl = lengths[doc] = field_length(doc)
                found[doc] = (
                    idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl))) * boost
                )
            return found
        for doc, weight in self.weights.items():
            if within is not None and doc not in within:
                continue
            length = lengths.get(doc)
            if length is None:
                length = lengths[doc] = field_length(doc)
            found[doc] = score_of(weight, length) * boost
        return found


class _Evaluator:
    """Evaluates a query over one segment (``searcher`` is that segment's searcher): which
    documents match (:meth:`documents`, reading no scores), and their scores among some
    documents (:meth:`scores`), so that an intersection scores only what is in it."""

    def __init__(self, searcher: Searcher, lengths: dict[str, dict[int, float]]) -> None:
        self.searcher = searcher
        self.context = searcher.context()
        self.lengths = lengths
        self.leaves: dict[tuple[str, Any], _Leaf] = {}

    def _leaf(self, query: wq.Term) -> _Leaf:
        """The term's postings, read once per query whatever its boosts (a word's query
        asks for its stem in the body twice: to find, and boosted, to rank it as written)."""
        from whoosh import query as wq

        key = (query.fieldname, query.text)
        leaf = self.leaves.get(key)
        if leaf is None:
            plain = query if query.boost == 1.0 else wq.Term(query.fieldname, query.text)
            lengths = self.lengths.setdefault(query.fieldname, {})
            leaf = _Leaf(plain.matcher(self.searcher, self.context), lengths)
            self.leaves[key] = leaf
        return leaf

    def _expand(self, query: wq.Query) -> wq.Query:
        """A prefix (or another multi-term query) as the Or of its terms in this segment,
        which is what Whoosh's matcher for it searches."""
        from whoosh import query as wq

        terms = [wq.Term(query.field(), t) for t in query._btexts(self.searcher.reader()) if t]
        return wq.Or(terms) if terms else wq.NullQuery

    def _kind(self, query: wq.Query) -> str:
        from whoosh import query as wq

        kind = type(query)
        if kind is wq.Term:
            return "term"
        if kind is type(wq.NullQuery):
            return "null"
        if getattr(query, "boost", 1.0) != 1.0:
            raise Unsupported(kind.__name__)
        if isinstance(query, wq.MultiTerm) and not query.constantscore:
            return "expanded"  # a long prefix: its terms, scored as Whoosh's Or of them
        if kind in (wq.Or, wq.DefaultOr) and not query.minmatch and not query.scale:
            return "or"
        if kind is wq.And:
            return "and"
        if kind is wq.AndMaybe:
            return "andmaybe"
        if issubclass(kind, wq.AndNot):
            return "andnot"
        if getattr(query, "constant_score", None) is not None:
            return "constant"
        raise Unsupported(kind.__name__)

    def documents(self, query: wq.Query) -> set[int]:
        kind = self._kind(query)
        if kind == "term":
            return self._leaf(query).documents()
        if kind == "null":
            return set()
        if kind == "expanded":
            return self.documents(self._expand(query))
        if kind == "or":
            return set().union(*(self.documents(q) for q in query.subqueries))
        if kind == "and":
            return set(self._and(query, None)[0])
        if kind == "andmaybe":
            return self.documents(query.a)
        if kind == "andnot":
            return self.documents(query.a) - self.documents(query.b)
        return self.documents(query.child)  # constant

    def _and(self, query: wq.Query, within: set[int] | None) -> tuple[set[int], list[Scores]]:
        """The documents of an And (among ``within``), and its phrases' scores there."""
        # Phrases are checked only in the documents that hold every other part (a phrase's
        # positions are what costs), as Whoosh's intersection skips to them.
        later = [q for q in query.subqueries if _positional(q)]
        sets = sorted((self.documents(q) for q in query.subqueries if q not in later), key=len)
        if not sets:
            raise Unsupported("only phrases")
        found = sets[0] if within is None else sets[0] & within
        for other in sets[1:]:
            found = found & other
        phrased = []
        for positional in later:
            scores = self.scores_within(positional, sorted(found))
            found = found & scores.keys()
            phrased.append(scores)
        return found, phrased

    def scores(self, query: wq.Query, within: set[int] | None = None) -> Scores:
        """{document: score} of ``query`` (among ``within`` when given)."""
        kind = self._kind(query)
        if kind == "term":
            return self._leaf(query).scores(within, query.boost)
        if kind == "null":
            return {}
        if kind == "expanded":
            return self.scores(self._expand(query), within)
        if kind == "or":
            total: Scores = {}
            for part in query.subqueries:
                for doc, score in self.scores(part, within).items():
                    total[doc] = total.get(doc, 0.0) + score
            return total
        if kind == "and":
            found, phrased = self._and(query, within)
            total = dict.fromkeys(found, 0.0)
            for part in query.subqueries:
                if not _positional(part):
                    for doc, score in self.scores(part, found).items():
                        total[doc] += score
            for scores in phrased:
                for doc in found:
                    total[doc] += scores[doc]
            return total
        if kind == "andmaybe":
            required = self.scores(query.a, within)
            optional = self.scores(query.b, set(required))
            return {d: s + optional[d] if d in optional else s for d, s in required.items()}
        if kind == "andnot":
            kept = self.scores(query.a, within)
            dropped = self.documents(query.b)
            return {d: s for d, s in kept.items() if d not in dropped}
        documents = self.documents(query.child)  # constant
        if within is not None:
            documents &= within
        return dict.fromkeys(documents, query.constant_score)

    def scores_within(self, query: wq.Query, documents: list[int]) -> Scores:
        """{document: score} of a phrase (or phrases in the alternative) among ``documents``
        (in order): its matcher skips from one to the next, scored as Whoosh scores it."""
        from whoosh import query as wq

        if type(query) is not wq.Phrase:
            total: Scores = {}
            for part in query.subqueries:
                for doc, score in self.scores_within(part, documents).items():
                    total[doc] = total.get(doc, 0.0) + score
            return total
        matcher = query.matcher(self.searcher, self.context)
        found: Scores = {}
        for doc in documents:
            if not matcher.is_active():
                break
            if matcher.id() < doc:
                matcher.skip_to(doc)
                if not matcher.is_active():
                    break
            if matcher.id() == doc:
                found[doc] = matcher.score()
        return found


def _positional(query: wq.Query) -> bool:
    """Whether ``query`` is a phrase, or phrases in the alternative."""
    from whoosh import query as wq

    if type(query) is wq.Phrase:
        return True
    return type(query) in (wq.Or, wq.DefaultOr) and all(_positional(q) for q in query.subqueries)


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
