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
from bisect import bisect_left
from collections.abc import Callable, Collection, KeysView
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh import query as wq
    from whoosh.searching import Searcher

Scores = dict[int, float]

#: A posting list is probed document by document for fewer candidates than its length
#: divided by this, and read whole (block by block, faster per posting) for more.
PROBE_SHARE = 8


class Unsupported(Exception):
    """The query holds a part this evaluator does not take."""


class _Leaf:
    """One term's postings in a segment, read on demand and scored with Whoosh's own scorer.

    A posting list is read whole only when every document it holds is asked for; asked
    whether some documents hold the term (an intersection with a rarer word), it skips from
    block to block by their headers and reads only the blocks those documents fall in."""

    def __init__(
        self,
        matcher: Any,
        lengths: dict[int, float],
        size: Callable[[], int],
        blocks: dict[int, tuple[Any, Any, Any]] | None = None,
    ) -> None:
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.matching import NullMatcherClass, WrappingMatcher
        from whoosh.scoring import BM25FScorer

        self.boost = 1.0
        while type(matcher) is WrappingMatcher:  # (from a boosted term query)
            self.boost *= matcher.boost
            matcher = matcher.child
        self.matcher = matcher
        #: {document: weight} of the whole list once read; of the documents probed so far.
        self.weights: dict[int, float] | None = None
        self.probed: dict[int, float] = {}
        self.absent: set[int] = set()
        self._last_probe = -1
        self.fixed: Scores | None = None
        self.lengths = lengths
        self._size = size
        self._blocks = {} if blocks is None else blocks
        scorer: Any = getattr(matcher, "scorer", None)
        self.score_of = getattr(scorer, "_score", None)
        self.field_length = getattr(scorer, "dfl", None)
        #: (idf, average field length, B, K1) when the scorer is Whoosh's BM25F.
        self.bm25: tuple[float, float, float, float] | None = None
        if type(scorer) is BM25FScorer and scorer._score.__func__ is BM25FScorer._score:
            self.bm25 = (scorer.idf, scorer.avgfl, scorer.B, scorer.K1)
        if isinstance(matcher, NullMatcherClass) or not matcher.is_active():
            self.weights = {}
            return
        if type(matcher) is W3LeafMatcher:
            return  # read when asked (a field scored otherwise: when its scores are asked)
        self._score_one_at_a_time()  # inlined postings and other leaves: read whole

    def _score_one_at_a_time(self) -> Scores:
        """Every posting scored by the matcher's own scorer (for postings inlined in the
        term index, and fields not scored by BM25F, such as a filter's)."""
        if self.fixed is None:
            matcher, fixed = self.matcher, {}
            matcher.reset()  # (a block-read list may have been probed already)
            self._last_probe = -1
            while matcher.is_active():
                fixed[matcher.id()] = matcher.score() * self.boost
                matcher.next()
            self.fixed = fixed
        return self.fixed

    def size(self) -> int:
        """How many documents hold the term (to intersect the rarest first)."""
        if self.fixed is not None:
            return len(self.fixed)
        if self.weights is not None:
            return len(self.weights)
        return self._size()

    def _read(self) -> dict[int, float]:
        if self.weights is None:
            matcher = self.matcher
            matcher.reset()
            weights: dict[int, float] = {}
            while matcher.is_active():
                self._decode(matcher)
                weights.update(zip(matcher._ids, matcher._weights, strict=False))
                matcher._next_block()
            self.weights = weights
            self._last_probe = -1
            matcher.reset()
        return self.weights

    def _decode(self, matcher: Any) -> None:
        """The matcher's current block, read and decoded (ids, weights, and the pickled
        tuple its positions come from), or taken from the segment's recent blocks: the
        same frequent words come back query after query as the user types."""
        key = matcher._dataoffset
        known = self._blocks.get(key)
        if known is None:
            matcher._read_ids()
            matcher._read_weights()
            known = (matcher._ids, matcher._weights, matcher._data)
            blocks = self._blocks
            if len(blocks) >= _Segment.MAX_BLOCKS:
                del blocks[next(iter(blocks))]  # the oldest
            blocks[key] = known
        else:
            matcher._ids, matcher._weights, matcher._data = known

    def _seek(self, doc: int) -> bool:
        """Moves the matcher to ``doc``'s posting: whether the term is in it (documents in
        increasing order; an earlier one starts again from the first block)."""
        matcher = self.matcher
        if self.fixed is not None:
            matcher.reset()
            matcher.skip_to(doc)
            return matcher.is_active() and matcher.id() == doc
        if doc < self._last_probe:
            matcher.reset()
        self._last_probe = doc
        while not matcher._atend and matcher._maxid < doc:
            matcher._next_block()  # (reads the next block's header only)
        if matcher._atend:
            return False
        ids = matcher._ids
        if ids is None:
            self._decode(matcher)
            ids = matcher._ids
        at = bisect_left(ids, doc, matcher._i)
        matcher._i = at
        return ids[at] == doc

    def documents(self) -> set[int]:
        return set(self.fixed if self.fixed is not None else self._read())

    def documents_within(self, documents: Collection[int]) -> set[int]:
        """Which of ``documents`` hold the term."""
        known = self.fixed if self.fixed is not None else self.weights
        if known is None and len(documents) * PROBE_SHARE > self.size():
            known = self._read()  # most of its blocks would be read anyway
        if known is not None:
            if len(known) < len(documents) and isinstance(documents, set | KeysView):
                return {d for d in known if d in documents}
            return {d for d in documents if d in known}
        probed, absent = self.probed, self.absent
        found = set()
        for doc in sorted(documents):
            if doc in probed:
                found.add(doc)
            elif doc not in absent:
                if self._seek(doc):
                    matcher = self.matcher
                    if matcher._weights is None:
                        self._decode(matcher)
                    probed[doc] = matcher._weights[matcher._i]
                    found.add(doc)
                else:
                    absent.add(doc)
        return found

    def positions(self, doc: int) -> list[int]:
        """The term's positions in ``doc`` (which holds it)."""
        if not self._seek(doc):
            return []
        return self.matcher.value_as("positions")

    def scores(self, within: Collection[int] | None, boost: float = 1.0) -> Scores:
        """{document: score × ``boost``} (as Whoosh's boosting matcher multiplies)."""
        if self.fixed is None and not (self.score_of and self.field_length):
            self._score_one_at_a_time()
        if self.fixed is not None:
            return {
                d: s * boost if boost != 1.0 else s
                for d, s in self.fixed.items()
                if within is None or d in within
            }
        if within is None or self.weights is not None:
            weights = self._read()
        else:
            self.documents_within(within)
            weights = self.weights if self.weights is not None else self.probed
        if not weights:
            return {}
        score_of, field_length, lengths = self.score_of, self.field_length, self.lengths
        boost = self.boost * boost
        assert score_of is not None and field_length is not None
        found: Scores = {}
        bm25 = self.bm25
        if bm25 is not None:  # Whoosh's bm25(), inline (the same operations, in order)
            idf, avgfl, b, k1 = bm25
            for doc, tf in weights.items():
                if within is not None and doc not in within:
                    continue
                fl = lengths.get(doc)
                if fl is None:
                    fl = lengths[doc] = field_length(doc)
                found[doc] = (
                    idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl))) * boost
                )
            return found
        for doc, weight in weights.items():
            if within is not None and doc not in within:
                continue
            length = lengths.get(doc)
            if length is None:
                length = lengths[doc] = field_length(doc)
            found[doc] = score_of(weight, length) * boost
        return found


class _Evaluator:
    """Evaluates a query over one segment (``searcher`` is that segment's searcher): which
    documents match (:meth:`documents`, reading no scores), which of some documents match
    (:meth:`documents_within`), and their scores among some documents (:meth:`scores`), so
    that an intersection starts from its rarest part and reads of the others only what it
    needs."""

    def __init__(self, searcher: Searcher, segment: _Segment) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.context = searcher.context()
        self.segment = segment
        self.leaves: dict[tuple[str, Any], _Leaf] = {}

    def _leaf(self, query: wq.Term) -> _Leaf:
        """The term's postings, read once per query whatever its boosts (a word's query
        asks for its stem in the body twice: to find, and boosted, to rank it as written)."""
        key = (query.fieldname, query.text)
        leaf = self.leaves.get(key)
        if leaf is None:
            leaf = self.leaves[key] = self._new_leaf(*key)
        return leaf

    def _new_leaf(self, fieldname: str, text: Any) -> _Leaf:
        """A leaf on the term's postings, as ``Term(fieldname, text).matcher()`` makes them
        (the same postings, the same scorer), from the term's entry kept in the segment's
        state. Deleted documents are not filtered out here: :func:`top_hits` drops them."""
        from whoosh.matching import NullMatcher

        terms = self.segment.terms
        key = (fieldname, text)
        if key in terms:
            facts = terms[key]
        else:
            facts = self._term_facts(fieldname, text)
            if len(terms) >= _Segment.MAX_TERMS:
                terms.clear()
            terms[key] = facts
        lengths = self.segment.lengths.setdefault(fieldname, {})
        if facts is None:
            return _Leaf(NullMatcher(), lengths, lambda: 0)
        terminfo, scorer, term = facts
        reader_terms = self.reader._terms  # (a segment's reader: _term_facts checked)
        matcher = reader_terms._codec.postings_reader(
            reader_terms._postfile,
            terminfo,
            self.searcher.schema[fieldname].format,
            term=term,
            scorer=scorer,
        )
        return _Leaf(matcher, lengths, terminfo.doc_frequency, self.segment.blocks)

    def _term_facts(self, fieldname: str, text: Any) -> tuple[Any, Any, Any] | None:
        """(term info, scorer, (field, bytes)) of a term in this segment; None when the
        segment does not hold it (Whoosh's Term matcher: a null matcher)."""
        from whoosh.reading import TermNotFound

        schema = self.searcher.schema
        if fieldname not in schema or not hasattr(self.reader, "_terms"):
            return None  # (no such field; or an empty index, whose reader has no terms)
        try:
            btext = schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        try:
            terminfo = self.reader._terms.term_info(fieldname, btext)
        except TermNotFound:
            return None
        scorer = self.context.weighting.scorer(self.searcher, fieldname, btext)
        return terminfo, scorer, (fieldname, btext)

    def _expand(self, query: wq.Query) -> wq.Query:
        """A prefix (or another multi-term query) as the Or of its terms in this segment,
        which is what Whoosh's matcher for it searches."""
        from whoosh import query as wq

        terms = [wq.Term(query.field(), t) for t in query._btexts(self.reader) if t]
        return wq.Or(terms) if terms else wq.NullQuery

    def _kind(self, query: wq.Query) -> str:
        from whoosh import query as wq

        kind = type(query)
        if kind is wq.Term:
            return "term"
        if kind is type(wq.NullQuery):
            return "null"
        if kind is wq.Phrase:
            return "phrase"
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

    def size(self, query: wq.Query) -> int:
        """About how many documents match (no more than do), to intersect the rarest first."""
        kind = self._kind(query)
        if kind == "term":
            return self._leaf(query).size()
        if kind == "null":
            return 0
        if kind == "phrase":
            return min(self.size(t) for t in self._phrase_terms(query)) if query.words else 0
        if kind == "expanded":
            return self.size(self._expand(query))
        if kind == "or":
            return sum(self.size(q) for q in query.subqueries)
        if kind == "and":
            return min(self.size(q) for q in query.subqueries)
        if kind in ("andmaybe", "andnot"):
            return self.size(query.a)
        return self.size(query.child)  # constant

    def documents(self, query: wq.Query) -> set[int]:
        return self.documents_within(query, None)

    def documents_within(self, query: wq.Query, within: Collection[int] | None) -> set[int]:
        """The documents ``query`` matches (those of ``within`` when given)."""
        kind = self._kind(query)
        if kind == "term":
            leaf = self._leaf(query)
            return leaf.documents() if within is None else leaf.documents_within(within)
        if kind == "null" or (within is not None and not within):
            return set()
        if kind == "phrase":
            return set(self._phrase_scores(query, within))
        if kind == "expanded":
            return self.documents_within(self._expand(query), within)
        if kind == "or":
            return set().union(*(self.documents_within(q, within) for q in query.subqueries))
        if kind == "and":
            return self._and(query, within)[0]
        if kind == "andmaybe":
            return self.documents_within(query.a, within)
        if kind == "andnot":
            kept = self.documents_within(query.a, within)
            return kept - self.documents_within(query.b, kept)
        return self.documents_within(query.child, within)  # constant

    def _and(
        self, query: wq.Query, within: Collection[int] | None
    ) -> tuple[set[int], list[Scores]]:
        """The documents of an And (among ``within``), and its phrases' scores there: its
        rarest part's documents, narrowed by each other part in turn. Phrases come last (a
        phrase's positions are what costs), checked only where every other part is."""
        later = [q for q in query.subqueries if _positional(q)]
        parts = sorted((q for q in query.subqueries if q not in later), key=self.size)
        found: set[int] | None = None if within is None else set(within)
        for part in parts:
            found = self.documents_within(part, found)
            if not found:
                return set(), []
        phrased = []
        for positional in later:
            scores = self.scores_within(positional, found)
            found = set(scores) if found is None else found & scores.keys()
            phrased.append(scores)
        return found or set(), phrased

    def scores(self, query: wq.Query, within: Collection[int] | None = None) -> Scores:
        """{document: score} of ``query`` (among ``within`` when given)."""
        kind = self._kind(query)
        if kind == "term":
            return self._leaf(query).scores(within, query.boost)
        if kind == "null":
            return {}
        if kind == "phrase":
            return self._phrase_scores(query, within)
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
            optional = self.scores(query.b, required.keys())
            return {d: s + optional[d] if d in optional else s for d, s in required.items()}
        if kind == "andnot":
            kept = self.scores(query.a, within)
            dropped = self.documents_within(query.b, kept.keys())
            return {d: s for d, s in kept.items() if d not in dropped}
        documents = self.documents_within(query.child, within)  # constant
        return dict.fromkeys(documents, query.constant_score)

    def scores_within(self, query: wq.Query, documents: Collection[int] | None) -> Scores:
        """{document: score} of a phrase (or phrases in the alternative) among ``documents``."""
        if self._kind(query) == "phrase":
            return self._phrase_scores(query, documents)
        total: Scores = {}
        for part in query.subqueries:
            for doc, score in self.scores_within(part, documents).items():
                total[doc] = total.get(doc, 0.0) + score
        return total

    def _phrase_terms(self, query: wq.Phrase) -> list[wq.Term]:
        from whoosh import query as wq

        return [wq.Term(query.fieldname, word) for word in query.words]

    def _phrase_scores(self, query: wq.Phrase, within: Collection[int] | None) -> Scores:
        """{document: score} of a phrase (among ``within``), as Whoosh's phrase matcher finds
        and scores it: its words in order, each within ``slop`` positions after the one
        before; scored as the sum of its words' scores."""
        schema = self.searcher.schema
        if query.fieldname not in schema or not query.words:
            return {}
        field_format = schema[query.fieldname].format
        if not field_format or not field_format.supports("positions"):
            raise Unsupported("a phrase in a field without positions")
        from whoosh import query as wq

        terms = self._phrase_terms(query)
        found = self.documents_within(wq.And(terms), within)  # (every word, rarest first)
        if not found:
            return {}
        leaves = [self._leaf(term) for term in terms]
        slop = query.slop
        matched = []
        for doc in sorted(found):
            ends = leaves[0].positions(doc)
            for leaf in leaves[1:]:
                if not ends:
                    break
                ends = _following(ends, leaf.positions(doc), slop)
            if ends:
                matched.append(doc)
        if not matched:
            return {}
        per_word = [leaf.scores(set(matched)) for leaf in leaves]
        boost = query.boost
        return {
            doc: _tree_sum([scores[doc] for scores in per_word]) * boost
            if boost != 1.0
            else _tree_sum([scores[doc] for scores in per_word])
            for doc in matched
        }


def _following(ends: list[int], positions: list[int], slop: int) -> list[int]:
    """The ``positions`` that come 1 to ``slop`` places after one of ``ends`` (both sorted):
    where a phrase that ended at one of ``ends`` goes on with the next word."""
    found = []
    i = 0
    for end in ends:
        i = bisect_left(positions, end + 1, i)
        j = i
        while j < len(positions) and positions[j] <= end + slop:
            found.append(positions[j])
            j += 1
    return sorted(set(found))


def _tree_sum(values: list[float]) -> float:
    """The sum of ``values`` added as Whoosh's matcher tree adds them (halves, recursively:
    a + (b + c)), so that the float is the same."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def matcher_documents(matcher: Any) -> set[int]:
    """The documents of a term's matcher (``reader.postings()``), read a block at a time
    rather than a posting at a time (Whoosh's ``all_ids()``): whole segments, several
    segments, deleted documents left out."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching.wrappers import FilterMatcher, MultiMatcher

    kind = type(matcher)
    if kind is W3LeafMatcher:
        found: set[int] = set()
        while matcher.is_active():
            matcher._read_ids()
            found.update(matcher._ids)
            matcher._next_block()
        return found
    if kind is FilterMatcher:
        inside = matcher_documents(matcher.child)
        return inside - matcher._ids if matcher._exclude else inside & matcher._ids
    if kind is MultiMatcher:
        return {
            doc + offset
            for part, offset in zip(matcher.matchers, matcher.offsets, strict=False)
            for doc in matcher_documents(part)
        }
    return set(matcher.all_ids())


def _positional(query: wq.Query) -> bool:
    """Whether ``query`` is a phrase, or phrases in the alternative."""
    from whoosh import query as wq

    if type(query) is wq.Phrase:
        return True
    return type(query) in (wq.Or, wq.DefaultOr) and all(_positional(q) for q in query.subqueries)


def top_hits(
    searcher: Searcher, query: wq.Query, limit: int, only: wq.Query | None = None
) -> tuple[list[tuple[float, int]], int] | None:
    """The ``limit`` best (score, document) of ``query`` (best first, as Whoosh ranks them)
    and how many documents match, among those ``only`` matches when given (a filter: its
    scores are not counted); None when the query holds a part not taken here."""
    if searcher.is_atomic():
        leaves = [(searcher, 0)]
    else:
        leaves = list(searcher.leaf_searchers())
    best: list[tuple[float, int]] = []
    count = 0
    segments = _segments(searcher)
    try:
        for number, (leaf, offset) in enumerate(leaves):
            segment = segments.get(number)
            if segment is None:
                segment = segments[number] = _Segment()
            evaluator = _Evaluator(leaf, segment)
            within = None if only is None else segment.filter_documents(evaluator, only)
            scores = evaluator.scores(query, within)
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


class _Segment:
    """What the searches of one open searcher have learnt about one of its segments, kept
    while the searcher is (as the user types, the same words come back): field lengths,
    each term's dictionary entry and scorer (a term's posting list is found in the term
    index and its scorer set up once, not in every search), and recent posting blocks."""

    #: Terms kept per segment; past it they are forgotten all at once.
    MAX_TERMS = 8192
    #: Decoded posting blocks kept per segment (128 postings each, a few kB), the oldest
    #: forgotten first.
    MAX_BLOCKS = 1024

    def __init__(self) -> None:
        self.lengths: dict[str, dict[int, float]] = {}
        self.terms: dict[tuple[str, Any], tuple[Any, Any, Any] | None] = {}
        self.blocks: dict[int, tuple[Any, Any, Any]] = {}
        self._filters: dict[str, set[int]] = {}

    def filter_documents(self, evaluator: _Evaluator, query: wq.Query) -> set[int]:
        """The documents a filter (by kind, by briefing) matches here, kept: the same few
        filters come back search after search."""
        key = repr(query)
        found = self._filters.get(key)
        if found is None:
            if len(self._filters) >= 64:
                self._filters.clear()
            found = self._filters[key] = evaluator.documents(query)
        return found


def _segments(searcher: Searcher) -> dict[int, _Segment]:
    """The states of the searcher's segments, kept on the searcher itself (renewed with it;
    the scorers they hold refer to it)."""
    segments: dict[int, _Segment] | None = getattr(searcher, "_kzbrief_segments", None)
    if segments is None:
        segments = {}
        searcher._kzbrief_segments = segments  # type: ignore[attr-defined]
    return segments
