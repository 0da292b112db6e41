"""The index's words near a query word: the other forms of a stem, the nearest terms of a
fuzzy word, and "did you mean" suggestions for a query that found nothing or very little.

Edit distances are computed by rapidfuzz in C over the lexicon, grouped once per index
reader (so refreshed with it): Whoosh's Levenshtein automata are far slower in Python.
"""

from __future__ import annotations

import itertools
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import process as rf_process
from rapidfuzz.distance import OSA, Levenshtein

from kzbrief.core.analysis import exact_term, query_terms
from kzbrief.core.fastscore import matcher_documents
from kzbrief.core.indexschema import EXACT_FIELDS
from kzbrief.core.perreader import KeptPerReader, KeptPerSegment
from kzbrief.core.query import And, Node, Word

if TYPE_CHECKING:
    from whoosh.reading import IndexReader

#: "Did you mean" offers at most this many suggestions (when a search finds at most
#: :data:`kzbrief.core.search.FEW_HITS` documents).
MAX_SUGGESTIONS = 3
#: A fuzzy word matches at most this many index terms: the nearest, then the most frequent.
MAX_FUZZY_TERMS = 8
#: Fuzzy matches share the first letter with the word typed (typos there are rare, and
#: the expansion runs over far fewer terms).
FUZZY_PREFIX = 1
#: Forms of a stem looked at, at most.
MAX_FORMS = 256
#: Per index reader (so refreshed with it): each field's terms by first letter and length,
#: for fuzzy words, and the nearest terms found so far.
_LEXICONS: weakref.WeakKeyDictionary[IndexReader, dict[str, dict[str, dict[int, list[str]]]]] = (
    weakref.WeakKeyDictionary()
)
#: Nearest terms kept per reader (a fuzzy word is expanded to search and again to mark).
MAX_KEPT_NEAREST = 1024
_NEAREST: KeptPerReader[tuple[str, str, int], list[str]] = KeptPerReader(MAX_KEPT_NEAREST)
#: Other forms of a word kept per reader.
MAX_KEPT_FORMS = 4096
_FORMS: KeptPerReader[tuple[str, str], list[str]] = KeptPerReader(MAX_KEPT_FORMS)


# -- forms and fuzzy words -------------------------------------------------------------------
def is_own_stem(word: str) -> bool:
    """Whether a folded word is its own stem (in Porter, Russian or Kazakh stemming)."""
    return word in query_terms(word)


def other_forms(reader: IndexReader, fieldname: str, word: str) -> list[str]:
    """The exact words in ``fieldname`` that share ``word``'s stem, ``word`` being its own
    stem (courts, courted for court). Kept per reader: each search of the word asks (the
    walk of the term index costs more than the rest of compiling a query)."""

    def work() -> list[str]:
        found = []
        for btext in itertools.islice(reader.expand_prefix(fieldname, word), MAX_FORMS):
            form = btext.decode("utf-8") if isinstance(btext, bytes) else str(btext)
            if form != word and word in query_terms(form):
                found.append(form)
        return found

    return list(_FORMS.get(reader, (fieldname, word), work))


def _terms_by_initial(reader: IndexReader, fieldname: str) -> dict[str, dict[int, list[str]]]:
    """The field's terms grouped by their first :data:`FUZZY_PREFIX` letters and their
    length, once per reader."""
    per_reader = _LEXICONS.get(reader)
    if per_reader is None:
        per_reader = _LEXICONS[reader] = {}
    if fieldname not in per_reader:
        groups: dict[str, dict[int, list[str]]] = {}
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                word = btext.decode("utf-8")
                groups.setdefault(word[:FUZZY_PREFIX], {}).setdefault(len(word), []).append(word)
        per_reader[fieldname] = groups
    return per_reader[fieldname]


def nearest_terms(reader: IndexReader, fieldname: str, text: str, maxdist: int) -> list[str]:
    """The index terms within ``maxdist`` edits of ``text``: nearest first, then most frequent.

    Whoosh builds a Levenshtein automaton for every expansion (a few milliseconds each, and a
    query expands each field, then again for highlighting). Comparing the terms that share
    the first letter with rapidfuzz's Levenshtein in C finds the same terms far sooner; only
    terms whose length is within reach are compared (an edit changes it by one at most), and
    what was found is kept for the reader's lifetime.
    """

    def work() -> list[str]:
        by_length = _terms_by_initial(reader, fieldname).get(text[:FUZZY_PREFIX], {})
        lengths = range(len(text) - maxdist, len(text) + maxdist + 1)
        candidates = [w for n in lengths for w in by_length.get(n, ())]
        close = rf_process.extract(
            text, candidates, scorer=Levenshtein.distance, score_cutoff=maxdist, limit=None
        )
        ranked = sorted(
            (distance, -reader.doc_frequency(fieldname, word), word) for word, distance, _ in close
        )
        return [word for _, _, word in ranked[:MAX_FUZZY_TERMS]]

    return _NEAREST.get(reader, (fieldname, text, maxdist), work)


# -- did you mean -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SegmentWords:
    """One segment's words: how many of its documents hold each word of the exact-word
    field, the same for the stemmed field's terms that are not words of that field (a word
    that is its own stem is often only there, see
    :func:`kzbrief.core.analysis.exact_term_counts`), and all of them by length."""

    exact: dict[str, int]
    stems: dict[str, int]
    by_length: dict[int, list[str]]

    @classmethod
    def read(cls, segment_reader: IndexReader) -> SegmentWords:
        exact: dict[str, int] = {}
        stems: dict[str, int] = {}
        fields = segment_reader.indexed_field_names()  # (those this segment has terms in)
        if EXACT_FIELDS["body"] in fields:
            for btext, info in segment_reader.iter_field(EXACT_FIELDS["body"]):
                exact[btext.decode("utf-8")] = info.doc_frequency()
        if "body" in fields:
            for btext, info in segment_reader.iter_field("body"):
                term = btext.decode("utf-8")
                if term not in exact:
                    stems[term] = info.doc_frequency()
        by_length: dict[int, list[str]] = {}
        for words in (exact, stems):
            for word in words:
                by_length.setdefault(len(word), []).append(word)
        return cls(exact, stems, by_length)


#: The words of each segment, kept across readers: a search after a note was saved opens a
#: new reader, and reading the words of every segment through it (each term looked up in
#: each segment) took 250 ms of the worker's interpreter lock per search with six segments.
_SEGMENT_WORDS: KeptPerSegment[SegmentWords] = KeptPerSegment()


@dataclass
class Lexicon:
    """Per index reader: the words of its segments, how many documents hold the stems not
    yet known to be words of their own (see :func:`_word_frequency`), and the corrections
    found so far."""

    segments: list[SegmentWords]
    checked: dict[str, int] = field(default_factory=dict)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    #: The words of lengths ``lo`` to ``hi``, by (lo, hi): what a word is compared with.
    within_lengths: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    def words_of_lengths(self, lo: int, hi: int) -> list[str]:
        found = self.within_lengths.get((lo, hi))
        if found is None:
            words = (
                w
                for segment in self.segments
                for n in range(lo, hi + 1)
                for w in segment.by_length.get(n, ())
            )
            # (a segment's words are each once; segments share many)
            found = list(words) if len(self.segments) == 1 else list(dict.fromkeys(words))
            self.within_lengths[(lo, hi)] = found
        return found


_WORD_LEXICONS: weakref.WeakKeyDictionary[IndexReader, Lexicon] = weakref.WeakKeyDictionary()
#: Corrections kept per reader (a word typed again, or the same query searched again).
MAX_KEPT_CORRECTIONS = 4096


def _word_lexicon(reader: IndexReader) -> Lexicon:
    """The words of the reader's segments (each read once, see :data:`_SEGMENT_WORDS`)."""
    lexicon = _WORD_LEXICONS.get(reader)
    if lexicon is None:
        segments = _SEGMENT_WORDS.for_segments(reader, SegmentWords.read)
        lexicon = _WORD_LEXICONS[reader] = Lexicon(segments)
    return lexicon


def _word_frequency(reader: IndexReader, word: str) -> int:
    """How many documents hold ``word`` as written; checked once for a stemmed-field term
    (a stem such as "presid" is no word: every document with it has another form)."""
    lexicon = _word_lexicon(reader)
    segments = lexicon.segments
    if len(segments) == 1:  # (most readers: asked for every near word, so kept short)
        count = segments[0].exact.get(word, 0)
        a_stem = word in segments[0].stems
    else:
        count = sum(segment.exact.get(word, 0) for segment in segments)
        a_stem = any(word in segment.stems for segment in segments)
    if count or not a_stem:
        return count
    checked = lexicon.checked.get(word)
    if checked is None:
        checked = 0
        if is_own_stem(word):
            holders = matcher_documents(reader.postings("body", word))
            for form in other_forms(reader, EXACT_FIELDS["body"], word):
                holders -= matcher_documents(reader.postings(EXACT_FIELDS["body"], form))
            checked = len(holders)
        lexicon.checked[word] = checked
    return checked


def _query_words(tree: Node | None) -> list[Word] | None:
    """The words of a query made of words only (else None: no suggestions for operators)."""
    if isinstance(tree, Word):
        return [tree]
    if isinstance(tree, And) and all(isinstance(n, Word) for n in tree.nodes):
        return list(tree.nodes)  # type: ignore[arg-type]
    return None


def _corrections(reader: IndexReader, word: str) -> list[str]:
    """Index words near ``word``: fewest edits first (a swap of two letters is one), then
    the most frequent; only words found more often than ``word`` itself.

    Only words whose length is within reach are compared (an edit changes the length by one
    at most), and what was found is kept for the reader's lifetime."""
    lexicon = _word_lexicon(reader)
    kept = lexicon.corrections.get(word)
    if kept is not None:
        return kept
    own = _word_frequency(reader, word)
    reach = 1 if len(word) <= 5 else 2  # as fuzziness "AUTO" in Elasticsearch
    candidates = lexicon.words_of_lengths(len(word) - reach, len(word) + reach)
    close = rf_process.extract(
        word, candidates, scorer=OSA.distance, score_cutoff=reach, limit=None
    )
    counted = ((distance, _word_frequency(reader, found), found) for found, distance, _ in close)
    ranked = sorted(
        (distance, -count, found)
        for distance, count, found in counted
        if found != word and count > own
    )
    found = [found for _, _, found in ranked[:MAX_SUGGESTIONS]]
    if len(lexicon.corrections) >= MAX_KEPT_CORRECTIONS:
        lexicon.corrections.clear()
    lexicon.corrections[word] = found
    return found


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
