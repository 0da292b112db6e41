"""Searching the index: compile the parsed query for Whoosh, rank, and gather the results.

Snippets are made in :mod:`kzbrief.core.snippets`, "did you mean" suggestions in
:mod:`kzbrief.core.suggest` (only for a search that found little).

Speed at library scale (measured in ``bench/``): short prefixes are single terms of a derived
edge n-gram field; a fuzzy word expands once, to its :data:`MAX_FUZZY_TERMS` nearest, most
frequent terms; totals come from the top-N collector's count or an estimate, never from
``len(results)`` (which runs the query a second time).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kzbrief.core.analysis import (
    EDGE_GRAM_MAX,
    exact_term,
    fold,
    index_term,
    query_terms,
)
from kzbrief.core.fastscore import top_hits
from kzbrief.core.indexschema import EXACT_FIELDS, NAMES_FIELD, PREFIX_FIELDS
from kzbrief.core.names import is_inflection, name_key, query_bases
from kzbrief.core.perreader import KeptPerReader
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
from kzbrief.core.snippets import EXACT_MARK, NAME_MARK, make_snippet
from kzbrief.core.snippets import match_spans as match_spans  # (re-exported)
from kzbrief.core.snippets import snippet_offset as snippet_offset  # (re-exported)
from kzbrief.core.suggest import FUZZY_PREFIX, is_own_stem, nearest_terms, other_forms
from kzbrief.core.suggest import MAX_FUZZY_TERMS as MAX_FUZZY_TERMS  # (re-exported)
from kzbrief.core.whooshparts import and_not_class, plus_one_class
from kzbrief.core.wording import translate

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
MAX_EXPANSION = 256  # (as kzbrief.core.suggest.MAX_FORMS)
#: A search that finds at most this many documents offers "did you mean" suggestions.
FEW_HITS = 2
#: An exact word counts this much more than a word that only shares its stem, so that
#: "accountability" ranks above "accounts".
EXACT_BOOST = 2.0
#: A query word matches at most this many keyed names (its spellings and case forms).
MAX_NAME_TERMS = 48
#: A Cyrillic query word is taken as a name (and not stemmed: Токаев is not "тока") when
#: at least this share of the documents with the word have it capitalised.
NAME_SHARE = 0.8


# -- compiling ----------------------------------------------------------------------------------
def _text_query(node: Node, fields: tuple[str, ...], reader: IndexReader | None) -> wq.Query | None:
    """A query for a word-like node over ``fields`` (None when it is only stop words)."""
    from whoosh import query as wq

    if isinstance(node, Word):
        return _word_query(node, fields, reader)
    if isinstance(node, Phrase):
        return _phrase_query(node, fields, reader)
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


def name_terms(reader: IndexReader, word: str) -> list[str]:
    """The keyed names a query word matches: the other spellings of the name and their
    case forms (Токаев: Tokayev, Тоқаев, Токаева, Тоқаевтың …), as the index holds them."""
    if NAMES_FIELD not in reader.indexed_field_names():
        return []
    found: set[str] = set()
    for base in sorted(query_bases(word)):
        prefix = base[:-1] if base.endswith("i") else base  # Мамай → Мамаем
        for btext in itertools.islice(reader.expand_prefix(NAMES_FIELD, prefix), MAX_EXPANSION):
            key = btext.decode("utf-8") if isinstance(btext, bytes) else str(btext)
            if is_inflection(key, base):
                found.add(key)
    return sorted(found)[:MAX_NAME_TERMS]


def _is_name(reader: IndexReader, word: str, names: list[str]) -> bool:
    """Whether a Cyrillic query word is a name in this index: the documents that hold it
    mostly have it capitalised. Russian stems of names collide with common words
    (Токаев/тока, Медведев/медведь), so names are matched by their keys, not stemmed."""
    key = name_key(word)
    exact = exact_term(word)
    if not names or key is None or exact is None:
        return False
    anywhere = exact_frequency(reader, word)
    return anywhere == 0 or reader.doc_frequency(NAMES_FIELD, key) >= NAME_SHARE * anywhere


WordTerms = tuple[tuple[str, ...], str | None, list[str]]
#: Per index reader: what each query word looks for (a query asks twice: to search, to mark).
_WORD_TERMS: KeptPerReader[tuple[Word, bool], WordTerms] = KeptPerReader(4096)


def _word_terms(word: Word, reader: IndexReader | None, with_names: bool) -> WordTerms:
    """(stemmed terms, exact term, name keys) a word looks for."""
    if reader is None:
        return _find_word_terms(word, reader, with_names)
    return _WORD_TERMS.get(
        reader, (word, with_names), lambda: _find_word_terms(word, reader, with_names)
    )


def _find_word_terms(word: Word, reader: IndexReader | None, with_names: bool) -> WordTerms:
    exact = exact_term(word.text)
    if exact is None:
        return (), None, []
    if word.exact:
        return (), exact, []
    stems = query_terms(word.text)
    names = name_terms(reader, word.text) if reader is not None and with_names else []
    if names and stems and exact in names:
        # A common word is also keyed where it starts a sentence ("People …"): that key
        # finds nothing the word itself does not, unless other spellings share it (Tokayev
        # for "tokaev"): then at least as many documents have the key as the word.
        if reader.doc_frequency(NAMES_FIELD, exact) < exact_frequency(reader, word.text):  # type: ignore[union-attr, arg-type]
            names = [key for key in names if key != exact]
    if names and _is_cyrillic(word.text) and _is_name(reader, word.text, names):  # type: ignore[arg-type]
        stems = ()  # its spellings and case forms, not the words that share its stem
    return stems, exact, names


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def exact_query(
    word: str, field: str, reader: IndexReader | None, boost: float = 1.0
) -> wq.Query | None:
    """Documents with ``word`` as written (case and accents aside) in ``field`` (a text field).

    The exact-word field leaves out a word that is its own stem where no other form of the
    stem occurs (:func:`kzbrief.core.analysis.exact_term_counts`); such documents are the
    ones the stemmed field finds for the word, less those the exact field lists under
    another form of it.
    """
    from whoosh import query as wq

    exact = exact_term(word)
    if exact is None:
        return None
    words_field = EXACT_FIELDS[field]
    written = wq.Term(words_field, exact, boost=boost)
    if not is_own_stem(exact):
        return written
    stemmed: wq.Query = wq.Term(field, exact, boost=boost)
    forms = other_forms(reader, words_field, exact) if reader is not None else []
    if forms:
        stemmed = _without(stemmed, _any_field([wq.Term(words_field, f) for f in forms]))
    return wq.Or([written, stemmed])


def _without(query: wq.Query, excluded: wq.Query) -> wq.Query:
    """``query``'s documents less ``excluded``'s, scored as ``And([query, Not(excluded)])``
    was (its Not added 1 to every score) but without its cost: Whoosh's Not walks every
    document of the index, and a query holding one gets no block skipping from the top-N
    collector, so every posting of every word was scored. AndNot skips the excluded
    documents; the constant 1 comes from a second read of the same postings, unscored."""
    from whoosh import query as wq

    and_not = and_not_class()
    kept = and_not(query, excluded)
    return wq.Or([kept, plus_one_class()(and_not(query, excluded))])


def exact_frequency(reader: IndexReader, word: str) -> int:
    """About how many documents hold ``word`` as written (an upper bound)."""
    exact = exact_term(word)
    if exact is None:
        return 0
    count = reader.doc_frequency(EXACT_FIELDS["body"], exact)
    if is_own_stem(exact):
        count += reader.doc_frequency("body", exact)
    return count


def _word_query(node: Word, fields: tuple[str, ...], reader: IndexReader | None) -> wq.Query | None:
    """A word: its stem, its exact form ranked higher, and (over title and body) the other
    spellings of a name. A quoted word: its exact form only."""
    from whoosh import query as wq

    stems, exact, names = _word_terms(node, reader, fields == TEXT_FIELDS)
    if exact is not None and node.exact:
        return _any_field([q for f in fields if (q := exact_query(node.text, f, reader))])
    found: list[wq.Query] = [wq.Term(f, t) for f in fields for t in stems]
    found += [wq.Term(NAMES_FIELD, key) for key in names]
    if exact is None:
        return _any_field(found) if found else None
    # The word as written ranks higher. Optional (AndMaybe), so that it adds to the score
    # of documents found by the stem without widening the union a common word walks.
    written = exact_query(node.text, "body" if "body" in fields else fields[0], reader, EXACT_BOOST)
    if written is None:
        return _any_field(found) if found else None
    if not stems:
        return _any_field([written, *found])
    return wq.AndMaybe(_any_field(found), written)


def _phrase_query(
    node: Phrase, fields: tuple[str, ...], reader: IndexReader | None
) -> wq.Query | None:
    """Words in order (positions of the stemmed field), each one as written (exact field)."""
    from whoosh import query as wq

    words = [w for w in node.words if exact_term(w)]
    if not words:
        return None
    russian = [index_term(w) or "" for w in words]
    kazakh = [index_term(w, True) or "" for w in words]
    per_field = []
    for f in fields:
        exact = [q for w in words if (q := exact_query(w, f, reader)) is not None]
        if len(words) == 1:
            per_field.append(exact[0])
            continue
        # Kazakh text is stemmed as Kazakh: its phrases are found by the Kazakh stems.
        phrases = [wq.Phrase(f, russian)] + ([wq.Phrase(f, kazakh)] if kazakh != russian else [])
        per_field.append(wq.And([_any_field(phrases), *exact]))
    return _any_field(per_field)


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


def _unranked(query: wq.Query | None) -> wq.Query | None:
    """``query`` without the optional part that only ranks (a NOT only excludes)."""
    from whoosh import query as wq

    return query.a if isinstance(query, wq.AndMaybe) else query


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
    # Exclusions are AndNot, not And with a Not: Whoosh's Not walks every document of the
    # index and allows the top-N collector no skipping, while AndNot skips the excluded
    # documents and keeps the blocks of the rest that cannot rank unread. The hits and their
    # order are the same (And added the same constant to every score).
    if isinstance(node, Not):
        inner = _unranked(compile_query(node.node, reader))
        return None if inner is None else and_not_class()(wq.Every(), inner)
    if isinstance(node, And):
        positives, negatives = [], []
        for child in node.nodes:
            if isinstance(child, Not):
                inner = _unranked(compile_query(child.node, reader))
                if inner is not None:
                    negatives.append(inner)
            else:
                compiled = compile_query(child, reader)
                if compiled is not None:
                    positives.append(compiled)
        if not positives and not negatives:
            return None
        found = wq.And(positives) if len(positives) > 1 else (positives or [wq.Every()])[0]
        if not negatives:
            return found
        excluded = negatives[0] if len(negatives) == 1 else wq.Or(negatives)
        return and_not_class()(found, excluded)
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
            stems, exact, names = _word_terms(leaf, reader, True)
            terms.update(stems)
            if exact:
                terms.add(EXACT_MARK + exact)
            terms.update(NAME_MARK + key for key in names)
        elif isinstance(leaf, Phrase):
            words = tuple(t for t in (index_term(w) for w in leaf.words) if t)
            terms.update(EXACT_MARK + t for t in (exact_term(w) for w in leaf.words) if t)
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
            results.notices += (
                translate(
                    "Search", "The query holds only very common words; nothing to search for."
                ),
            )
        return results
    filter_query = None
    if filters:
        parts = [wq.Term(ID_FIELDS.get(k, k), v) for k, v in sorted(filters.items()) if v]
        if parts:
            filter_query = parts[0] if len(parts) == 1 else wq.And(parts)
    # Queries made of terms are scored a posting list at a time (kzbrief.core.fastscore);
    # the rest (wildcards) through Whoosh's collector, every match scored: its top-N
    # collector prunes the boosted Or/AndMaybe trees of our queries by their estimated best
    # scores, and with them hits better than those it keeps ("charlie OR alpha" over many
    # notes lost its best three).
    fast = top_hits(searcher, compiled, limit, filter_query)
    if fast is not None:
        ranked, results.total = fast
        found: list[tuple[float, dict[str, Any]]] = [
            (score, searcher.stored_fields(doc)) for score, doc in ranked
        ]
    else:
        collected = searcher.search(compiled, limit=None, filter=filter_query)
        results.total = len(collected)
        found = [(hit.score, hit.fields()) for hit in collected[: max(1, limit)]]
    results.terms, results.phrases = highlight_terms(parsed.tree, searcher.reader())
    if results.total <= FEW_HITS:
        from kzbrief.core.suggest import did_you_mean

        results.did_you_mean = did_you_mean(searcher.reader(), parsed.tree)
    for score, stored in found:
        snippet, snippet_html = make_snippet(stored.get("body", ""), results.terms)
        results.hits.append(
            Hit(
                kind=stored.get("kind", ""),
                briefing=stored.get("briefing", ""),
                section=stored.get("section", ""),
                section_title=stored.get("section_title", ""),
                annotation=stored.get("annotation") or None,
                score=float(score or 0.0),
                snippet=snippet,
                snippet_html=snippet_html,
                order=int(stored.get("order", 0) or 0),
            )
        )
    return results
