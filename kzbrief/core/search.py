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

import functools
import html
import itertools
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rapidfuzz import process as rf_process
from rapidfuzz.distance import OSA, Levenshtein

from kzbrief.core.analysis import (
    EDGE_GRAM_MAX,
    exact_term,
    fold,
    index_term,
    iter_words,
    query_terms,
)
from kzbrief.core.index import EXACT_FIELDS, NAMES_FIELD, PREFIX_FIELDS
from kzbrief.core.names import is_capitalised, is_inflection, name_key, query_bases
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
#: An exact word counts this much more than a word that only shares its stem, so that
#: "accountability" ranks above "accounts".
EXACT_BOOST = 2.0
#: A query word matches at most this many keyed names (its spellings and case forms).
MAX_NAME_TERMS = 48
#: A Cyrillic query word is taken as a name (and not stemmed: Токаев is not "тока") when
#: at least this share of the documents with the word have it capitalised.
NAME_SHARE = 0.8
#: Marks in :attr:`SearchResults.terms` for terms that are not stemmed index terms:
#: an exact word, and a cross-script name key.
EXACT_MARK = "="
NAME_MARK = "@"
#: "Did you mean" offers at most this many suggestions, when a search finds at most
#: :data:`FEW_HITS` documents.
MAX_SUGGESTIONS = 3
FEW_HITS = 2
#: Per index reader (so refreshed with it): each field's terms by first letter, for fuzzy.
_LEXICONS: weakref.WeakKeyDictionary[IndexReader, dict[str, dict[str, list[str]]]] = (
    weakref.WeakKeyDictionary()
)


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
_WORD_TERMS: weakref.WeakKeyDictionary[IndexReader, dict[tuple[Word, bool], WordTerms]] = (
    weakref.WeakKeyDictionary()
)


def _word_terms(word: Word, reader: IndexReader | None, with_names: bool) -> WordTerms:
    """(stemmed terms, exact term, name keys) a word looks for."""
    if reader is None:
        return _find_word_terms(word, reader, with_names)
    known = _WORD_TERMS.get(reader)
    if known is None:
        known = _WORD_TERMS[reader] = {}
    found = known.get((word, with_names))
    if found is None:
        if len(known) > 4096:
            known.clear()
        found = known[(word, with_names)] = _find_word_terms(word, reader, with_names)
    return found


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


def _is_own_stem(word: str) -> bool:
    """Whether a folded word is its own stem (in Porter, Russian or Kazakh stemming)."""
    return word in query_terms(word)


def _other_forms(reader: IndexReader, fieldname: str, word: str) -> list[str]:
    """The exact words in ``fieldname`` that share ``word``'s stem, ``word`` being its own
    stem (courts, courted for court)."""
    found = []
    for btext in itertools.islice(reader.expand_prefix(fieldname, word), MAX_EXPANSION):
        form = btext.decode("utf-8") if isinstance(btext, bytes) else str(btext)
        if form != word and word in query_terms(form):
            found.append(form)
    return found


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
    if not _is_own_stem(exact):
        return written
    stemmed: wq.Query = wq.Term(field, exact, boost=boost)
    forms = _other_forms(reader, words_field, exact) if reader is not None else []
    if forms:
        stemmed = wq.And([stemmed, wq.Not(_any_field([wq.Term(words_field, f) for f in forms]))])
    return wq.Or([written, stemmed])


def exact_frequency(reader: IndexReader, word: str) -> int:
    """About how many documents hold ``word`` as written (an upper bound)."""
    exact = exact_term(word)
    if exact is None:
        return 0
    count = reader.doc_frequency(EXACT_FIELDS["body"], exact)
    if _is_own_stem(exact):
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
    if isinstance(node, Not):
        inner = _unranked(compile_query(node.node, reader))
        return None if inner is None else wq.And([wq.Every(), wq.Not(inner)])
    if isinstance(node, And):
        positives, negatives = [], []
        for child in node.nodes:
            if isinstance(child, Not):
                inner = _unranked(compile_query(child.node, reader))
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


@functools.lru_cache(maxsize=65_536)
def _signature(word: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """What a word of a text is matched by: its stem(s), its exact form, and its name key
    (capitalised words only, as the index keys them)."""
    return query_terms(word), exact_term(word), name_key(word) if is_capitalised(word) else None


@functools.lru_cache(maxsize=64)
def _matcher(terms: frozenset[str]) -> Callable[[str], bool]:
    """Whether a word of a text matches ``terms``: by its stem(s), as an exact word
    (:data:`EXACT_MARK`), or as a spelling of a name (:data:`NAME_MARK`, capitalised
    words only, as the index keys them)."""
    stems = frozenset(t for t in terms if t[:1] not in {EXACT_MARK, NAME_MARK})
    exact = frozenset(t[1:] for t in terms if t[:1] == EXACT_MARK)
    names = frozenset(t[1:] for t in terms if t[:1] == NAME_MARK)

    def matches(word: str) -> bool:
        stemmed, exact_word, key = _signature(word)
        return (
            (bool(stems) and not stems.isdisjoint(stemmed)) or exact_word in exact or key in names
        )

    return matches


def match_spans(text: str, terms: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` that match ``terms`` (see :func:`_matcher`)."""
    if not terms:
        return []
    matches = _matcher(frozenset(terms))
    return [(s, e) for s, e, word in iter_words(text) if matches(word)]


# -- snippets ----------------------------------------------------------------------------------
def make_snippet(text: str, terms: frozenset[str]) -> tuple[str, str]:
    """(plain snippet with **marks**, HTML snippet with <mark>) around the densest matches."""
    words = list(iter_words(text))
    if not words:
        return "", ""
    matches = _matcher(terms) if terms else None
    hits = [i for i, (_, _, w) in enumerate(words) if matches(w)] if matches else []
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


# -- did you mean -------------------------------------------------------------------------------
#: Per index reader: the words of the body, how many documents hold each, and which of
#: them are stems not yet known to be words of their own (see :func:`_word_frequency`).
Lexicon = tuple[list[str], dict[str, int], set[str]]
_WORD_LEXICONS: weakref.WeakKeyDictionary[IndexReader, Lexicon] = weakref.WeakKeyDictionary()


def _word_lexicon(reader: IndexReader) -> Lexicon:
    """The exact-word field's words, and the stemmed field's terms besides (a word that is
    its own stem is often only there, see :func:`kzbrief.core.analysis.exact_term_counts`)."""
    lexicon = _WORD_LEXICONS.get(reader)
    if lexicon is None:
        frequency: dict[str, int] = {}
        unverified: set[str] = set()
        fields = reader.indexed_field_names()
        if EXACT_FIELDS["body"] in fields:
            for btext, info in reader.iter_field(EXACT_FIELDS["body"]):
                frequency[btext.decode("utf-8")] = info.doc_frequency()
            for btext, info in reader.iter_field("body"):
                term = btext.decode("utf-8")
                if term not in frequency:
                    frequency[term] = info.doc_frequency()  # an upper bound until checked
                    unverified.add(term)
        lexicon = _WORD_LEXICONS[reader] = (list(frequency), frequency, unverified)
    return lexicon


def _word_frequency(reader: IndexReader, word: str) -> int:
    """How many documents hold ``word`` as written; checked once for a stemmed-field term
    (a stem such as "presid" is no word: every document with it has another form)."""
    _, frequency, unverified = _word_lexicon(reader)
    if word in unverified:
        unverified.discard(word)
        count = 0
        if _is_own_stem(word):
            holders = set(reader.postings("body", word).all_ids())
            for form in _other_forms(reader, EXACT_FIELDS["body"], word):
                holders -= set(reader.postings(EXACT_FIELDS["body"], form).all_ids())
            count = len(holders)
        frequency[word] = count
    return frequency.get(word, 0)


def _query_words(tree: Node | None) -> list[Word] | None:
    """The words of a query made of words only (else None: no suggestions for operators)."""
    if isinstance(tree, Word):
        return [tree]
    if isinstance(tree, And) and all(isinstance(n, Word) for n in tree.nodes):
        return list(tree.nodes)  # type: ignore[arg-type]
    return None


def _corrections(reader: IndexReader, word: str) -> list[str]:
    """Index words near ``word``: fewest edits first (a swap of two letters is one), then
    the most frequent; only words found more often than ``word`` itself."""
    words, _, _ = _word_lexicon(reader)
    own = _word_frequency(reader, word)
    reach = 1 if len(word) <= 5 else 2  # as fuzziness "AUTO" in Elasticsearch
    close = rf_process.extract(word, words, scorer=OSA.distance, score_cutoff=reach, limit=None)
    counted = ((distance, _word_frequency(reader, found), found) for found, distance, _ in close)
    ranked = sorted(
        (distance, -count, found)
        for distance, count, found in counted
        if found != word and count > own
    )
    return [found for _, _, found in ranked[:MAX_SUGGESTIONS]]


def did_you_mean(reader: IndexReader, tree: Node | None) -> list[str]:
    """Up to :data:`MAX_SUGGESTIONS` queries like ``tree`` with its rarest word (a word the
    index lacks, else the rarest) replaced by a near index word."""
    words = _query_words(tree)
    if not words:
        return []
    texts = [exact_term(w.text) or w.text.lower() for w in words]
    counts = [
        _word_frequency(reader, t) if exact_term(w.text) else 1 << 30
        for t, w in zip(texts, words, strict=True)
    ]
    rarest = min(range(len(texts)), key=lambda i: counts[i])
    if counts[rarest] >= 1 << 30:
        return []
    suggestions = []
    for correction in _corrections(reader, texts[rarest]):
        fixed = [*texts[:rarest], correction, *texts[rarest + 1 :]]
        # Other words the index lacks take their nearest word too.
        for i, text in enumerate(fixed):
            if i != rarest and counts[i] == 0:
                nearest = _corrections(reader, text)
                fixed[i] = nearest[0] if nearest else text
        suggestion = " ".join(f'"{t}"' if w.exact else t for t, w in zip(fixed, words, strict=True))
        if suggestion not in suggestions:
            suggestions.append(suggestion)
    return suggestions


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
    if results.total <= FEW_HITS:
        results.did_you_mean = did_you_mean(searcher.reader(), parsed.tree)
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
