"""Searching the index: compile the parsed query for Whoosh, rank, and make snippets.

Snippets are made without Whoosh's highlighter: the query's terms are expanded once (prefix
and fuzzy included) and each hit's stored text is scanned word by word with a cached stemmer,
which costs well under a millisecond for ten hits.

Speed at library scale (measured in ``bench/``): short prefixes are single terms of a derived
edge n-gram field; a fuzzy word expands once, to its :data:`MAX_FUZZY_TERMS` nearest, most
frequent terms; totals come from the top-N collector's count or an estimate, never from
``len(results)`` (which runs the query a second time).
"""

from __future__ import annotations

import html
import itertools
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rapidfuzz import process as rf_process
from rapidfuzz.distance import Levenshtein

from kzbrief.core.analysis import EDGE_GRAM_MAX, fold, index_term, iter_words
from kzbrief.core.index import PREFIX_FIELDS
from kzbrief.core.query import (
    KINDS,
    And,
    FieldFilter,
    Fuzzy,
    Node,
    Not,
    Or,
    ParsedQuery,
    Phrase,
    Prefix,
    Wildcard,
    Word,
)
from kzbrief.core.results import Hit, SearchResults

if TYPE_CHECKING:
    from whoosh import query as wq
    from whoosh.reading import IndexReader
    from whoosh.searching import Searcher

# Whoosh's query and searching modules are imported by the functions that use them, so that
# importing this module costs only the analysis it shares with the index. The GUI does not
# import it when it starts: it names hits through kzbrief.core.results.

TEXT_FIELDS = ("section_title", "body")
ID_FIELDS = {
    "tag": "tags",
    "section": "section",
    "kind": "kind",
    "briefing": "briefing",
    "source": "sources",
}
SNIPPET_WORDS = 32
MAX_EXPANSION = 256
#: A fuzzy word matches at most this many index terms: the nearest, then the most frequent.
MAX_FUZZY_TERMS = 8
#: Fuzzy matches share the first letter with the word typed (typos there are rare, and
#: the expansion runs over far fewer terms).
FUZZY_PREFIX = 1
#: Per index reader (so refreshed with it): each field's terms by first letter, for fuzzy.
_LEXICONS: weakref.WeakKeyDictionary[IndexReader, dict[str, dict[str, list[str]]]] = (
    weakref.WeakKeyDictionary()
)


# -- compiling ----------------------------------------------------------------------------------
def _text_query(node: Node, fields: tuple[str, ...], reader: IndexReader | None) -> wq.Query | None:
    """A query for a word-like node over ``fields`` (None when it is only stop words)."""
    from whoosh import query as wq

    if isinstance(node, Word):
        term = index_term(node.text)
        if term is None:
            return None
        return _any_field([wq.Term(f, term) for f in fields])
    if isinstance(node, Phrase):
        terms = [t for t in (index_term(w) for w in node.words) if t]
        if not terms:
            return None
        if len(terms) == 1:
            return _any_field([wq.Term(f, terms[0]) for f in fields])
        return _any_field([wq.Phrase(f, terms) for f in fields])
    if isinstance(node, Prefix):
        prefixes = {fold(node.text)}
        stemmed = index_term(node.text)
        if stemmed:
            prefixes.add(stemmed)
        return _any_field([_prefix_query(f, p) for f in fields for p in sorted(prefixes)])
    if isinstance(node, Fuzzy):
        term = index_term(node.text) or fold(node.text)
        if reader is not None:  # expanded here, once, to the nearest few terms
            near = [
                wq.Term(f, w) for f in fields for w in nearest_terms(reader, f, term, node.distance)
            ]
            if near:
                return _any_field(near)
        # Whoosh's own fuzzy query (with nothing near, it matches the same nothing).
        return _any_field(
            [wq.FuzzyTerm(f, term, node.distance, prefixlength=FUZZY_PREFIX) for f in fields]
        )
    if isinstance(node, Wildcard):
        return _any_field([wq.Wildcard(f, fold(node.text)) for f in fields])
    raise TypeError(node)


def _prefix_query(fieldname: str, prefix: str) -> wq.Query:
    """A prefix query: one term of the edge n-gram field when the prefix is short enough.

    Short prefixes are the costly ones (``r*`` would expand to thousands of terms) and are
    what a user types first; longer ones expand over few terms.
    """
    from whoosh import query as wq

    grams = PREFIX_FIELDS.get(fieldname)
    if grams and len(prefix) <= EDGE_GRAM_MAX:
        return wq.Term(grams, prefix)
    # Scored like the n-gram terms (BM25 over the matching words), not Whoosh's constant.
    return wq.Prefix(fieldname, prefix, constantscore=False)


def _terms_by_initial(reader: IndexReader, fieldname: str) -> dict[str, list[str]]:
    """The field's terms grouped by their first :data:`FUZZY_PREFIX` letters, once per reader."""
    per_reader = _LEXICONS.get(reader)
    if per_reader is None:
        per_reader = _LEXICONS[reader] = {}
    if fieldname not in per_reader:
        groups: dict[str, list[str]] = {}
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                word = btext.decode("utf-8")
                groups.setdefault(word[:FUZZY_PREFIX], []).append(word)
        per_reader[fieldname] = groups
    return per_reader[fieldname]


def nearest_terms(reader: IndexReader, fieldname: str, text: str, maxdist: int) -> list[str]:
    """The index terms within ``maxdist`` edits of ``text``: nearest first, then most frequent.

    Whoosh builds a Levenshtein automaton for every expansion (a few milliseconds each, and a
    query expands each field, then again for highlighting). Comparing the terms that share
    the first letter with rapidfuzz's Levenshtein in C finds the same terms far sooner.
    """
    candidates = _terms_by_initial(reader, fieldname).get(text[:FUZZY_PREFIX], [])
    close = rf_process.extract(
        text, candidates, scorer=Levenshtein.distance, score_cutoff=maxdist, limit=None
    )
    ranked = sorted(
        (distance, -reader.doc_frequency(fieldname, word), word) for word, distance, _ in close
    )
    return [word for _, _, word in ranked[:MAX_FUZZY_TERMS]]


def _any_field(queries: list[wq.Query]) -> wq.Query:
    from whoosh import query as wq

    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _field_query(node: FieldFilter, reader: IndexReader | None) -> wq.Query | None:
    from whoosh import query as wq

    if node.name == "title":
        return _text_query(node.value, ("section_title",), reader)
    fieldname = ID_FIELDS[node.name]
    value = node.value
    text = value.text if isinstance(value, Word | Prefix) else ""
    if node.name == "kind":
        text = KINDS.get(text, text)
    if isinstance(value, Prefix):
        return wq.Prefix(fieldname, text)
    return wq.Term(fieldname, text)


def compile_query(node: Node | None, reader: IndexReader | None = None) -> wq.Query | None:
    """The Whoosh query for a parsed tree (None when nothing searchable is left).

    With the index's ``reader``, fuzzy words are expanded to their nearest terms here;
    without it they stay Whoosh fuzzy queries that expand to every term within reach.
    """
    from whoosh import query as wq

    if node is None:
        return None
    if isinstance(node, FieldFilter):
        return _field_query(node, reader)
    if isinstance(node, Not):
        inner = compile_query(node.node, reader)
        return None if inner is None else wq.And([wq.Every(), wq.Not(inner)])
    if isinstance(node, And):
        positives, negatives = [], []
        for child in node.nodes:
            if isinstance(child, Not):
                inner = compile_query(child.node, reader)
                if inner is not None:
                    negatives.append(wq.Not(inner))
            else:
                compiled = compile_query(child, reader)
                if compiled is not None:
                    positives.append(compiled)
        if not positives and not negatives:
            return None
        parts = (positives or [wq.Every()]) + negatives
        return parts[0] if len(parts) == 1 else wq.And(parts)
    if isinstance(node, Or):
        children = [c for c in (compile_query(n, reader) for n in node.nodes) if c is not None]
        if not children:
            return None
        return children[0] if len(children) == 1 else wq.Or(children)
    return _text_query(node, TEXT_FIELDS, reader)


# -- terms for highlighting ------------------------------------------------------------------
def _positive_leaves(node: Node | None) -> Iterable[Node]:
    if node is None or isinstance(node, Not):
        return
    if isinstance(node, And | Or):
        for child in node.nodes:
            yield from _positive_leaves(child)
    elif isinstance(node, FieldFilter):
        if node.name == "title":
            yield node.value
    else:
        yield node


def _decode(values: Iterable[Any]) -> set[str]:
    return {v.decode("utf-8") if isinstance(v, bytes) else str(v) for v in values}


def highlight_terms(
    tree: Node | None, reader: IndexReader
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The index terms a hit's text is marked for, prefix and fuzzy terms expanded once."""
    from whoosh import query as wq

    terms: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for leaf in _positive_leaves(tree):
        if isinstance(leaf, Word):
            term = index_term(leaf.text)
            if term:
                terms.add(term)
        elif isinstance(leaf, Phrase):
            words = tuple(t for t in (index_term(w) for w in leaf.words) if t)
            terms.update(words)
            phrases.append(words)
        elif isinstance(leaf, Prefix):
            for prefix in {fold(leaf.text), index_term(leaf.text) or fold(leaf.text)}:
                expanded = reader.expand_prefix("body", prefix)
                terms.update(_decode(itertools.islice(expanded, MAX_EXPANSION)))
        elif isinstance(leaf, Fuzzy):
            term = index_term(leaf.text) or fold(leaf.text)
            terms.update(nearest_terms(reader, "body", term, leaf.distance))
        elif isinstance(leaf, Wildcard):
            wildcard = wq.Wildcard("body", fold(leaf.text))
            terms.update(_decode(itertools.islice(wildcard._btexts(reader), MAX_EXPANSION)))
    return frozenset(terms), tuple(phrases)


def match_spans(text: str, terms: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` whose index term is in ``terms``."""
    if not terms:
        return []
    return [(s, e) for s, e, word in iter_words(text) if index_term(word) in terms]


# -- snippets ----------------------------------------------------------------------------------
def make_snippet(text: str, terms: frozenset[str]) -> tuple[str, str]:
    """(plain snippet with **marks**, HTML snippet with <mark>) around the densest matches."""
    words = list(iter_words(text))
    if not words:
        return "", ""
    hits = [i for i, (_, _, w) in enumerate(words) if index_term(w) in terms] if terms else []
    start_word = 0
    if hits:
        best, best_count = hits[0], 0
        right = 0
        for left_index, left in enumerate(hits):
            while right < len(hits) and hits[right] < left + SNIPPET_WORDS:
                right += 1
            if right - left_index > best_count:
                best, best_count = left, right - left_index
        start_word = max(0, best - SNIPPET_WORDS // 4)
    end_word = min(len(words), start_word + SNIPPET_WORDS)
    start_word = max(0, min(start_word, end_word - SNIPPET_WORDS))
    hit_set = set(hits)
    begin = words[start_word][0]
    finish = words[end_word - 1][1]
    plain: list[str] = ["…"] if begin > 0 else []
    marked: list[str] = ["…"] if begin > 0 else []
    cursor = begin
    for i in range(start_word, end_word):
        s, e, w = words[i]
        between = text[cursor:s]
        plain.append(between)
        marked.append(html.escape(between))
        if i in hit_set:
            plain.append(f"**{w}**")
            marked.append(f"<mark>{html.escape(w)}</mark>")
        else:
            plain.append(w)
            marked.append(html.escape(w))
        cursor = e
    if finish < len(text.rstrip()):
        plain.append("…")
        marked.append("…")
    return " ".join("".join(plain).split()), "".join(marked).replace("\n", " ")


def snippet_offset(text: str, terms: frozenset[str]) -> int:
    """Where in ``text`` the snippet's first match is (as :func:`make_snippet` chooses it):
    the start of the densest run of matches, else 0."""
    hits = [s for s, _, w in iter_words(text) if index_term(w) in terms] if terms else []
    if not hits:
        return 0
    words = [s for s, _, _ in iter_words(text)]
    index = {start: n for n, start in enumerate(words)}
    positions = [index[s] for s in hits]
    best, best_count, right = positions[0], 0, 0
    for left_index, left in enumerate(positions):
        while right < len(positions) and positions[right] < left + SNIPPET_WORDS:
            right += 1
        if right - left_index > best_count:
            best, best_count = left, right - left_index
    return words[best]


def run_search(
    searcher: Searcher,
    parsed: ParsedQuery,
    *,
    limit: int = 20,
    filters: dict[str, str] | None = None,
) -> SearchResults:
    """Search with a parsed query; ``filters`` narrow by kind or briefing."""
    from whoosh import query as wq

    results = SearchResults(query=parsed.text, notices=parsed.notices)
    compiled = compile_query(parsed.tree, searcher.reader())
    if compiled is None:
        if parsed.tree is not None:
            results.notices += ("The query holds only very common words; nothing to search for.",)
        return results
    filter_query = None
    if filters:
        parts = [wq.Term(ID_FIELDS.get(k, k), v) for k, v in sorted(filters.items()) if v]
        if parts:
            filter_query = parts[0] if len(parts) == 1 else wq.And(parts)
    found = searcher.search(compiled, limit=max(1, limit), filter=filter_query)
    scored = found.scored_length()
    # Fewer hits than the limit means every match was scored: the count is exact for free.
    # Otherwise counting would run the query again (costly at library scale): estimate.
    results.total = scored if scored < limit else max(scored, found.estimated_length())
    results.total_is_estimate = scored >= limit and not found.has_exact_length()
    results.terms, results.phrases = highlight_terms(parsed.tree, searcher.reader())
    for hit in found:
        stored = hit.fields()
        snippet, snippet_html = make_snippet(stored.get("body", ""), results.terms)
        results.hits.append(
            Hit(
                kind=stored.get("kind", ""),
                briefing=stored.get("briefing", ""),
                section=stored.get("section", ""),
                section_title=stored.get("section_title", ""),
                annotation=stored.get("annotation") or None,
                score=float(hit.score or 0.0),
                snippet=snippet,
                snippet_html=snippet_html,
                order=int(stored.get("order", 0) or 0),
            )
        )
    return results
