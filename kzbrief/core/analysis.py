"""Text analysis shared by the index, the query compiler and the snippet maker.

The chain is: tokenise, lower-case, fold accents, drop stop words, stem. Accents are folded
*before* stemming, so "Détentions" and ``detension~`` meet. Folding also composes letters
typed as a base letter plus a combining mark and drops marks that remain (Russian stress
marks: "вы́боры" is "выборы"), and ё is е. Cyrillic words are stemmed with
the Russian Snowball stemmer, Latin words with Porter, and the Cyrillic words of Kazakh text
(declared or detected, see :func:`text_language`) with our own light suffix stripper
(:mod:`kzbrief.core.kazakh`). A query word in Cyrillic looks for both stems.

Besides the stemmed fields, the index holds derived fields for the exact words
(:class:`WordsField`: folded, not stemmed; a quoted word matches only these, and they rank
exact words above stem-only matches) and for names across scripts (:class:`NamesField`:
the cross-script key of each capitalised word, :mod:`kzbrief.core.names`).

Prefix queries are answered from derived edge n-gram fields (:class:`EdgeGramField`): each
index term of a text is stored with all its prefixes up to :data:`EDGE_GRAM_MAX` characters,
so ``rel*`` is one term lookup instead of an expansion over thousands of terms.

The classes here are pickled into the Whoosh schema, so they must stay importable under
this module path (also in the frozen app).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.fields import TEXT, FieldType
from whoosh.formats import Frequency
from whoosh.lang import stemmer_for_language
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

from kzbrief.core.kazakh import KAZAKH_LETTERS, kazakh_stem
from kzbrief.core.names import is_capitalised, name_key
from kzbrief.core.query import WORD_PATTERN

_WORD = re.compile(WORD_PATTERN)
_COMBINING = re.compile(r"[\u0300-\u036f]")
_FOLD_MAP = {**accent_map, ord("ё"): "е", **dict.fromkeys(range(0x300, 0x370))}
#: Prefixes up to this length are single terms of the edge n-gram fields; longer prefixes
#: expand over the lexicon, which is cheap because few terms share a long prefix.
EDGE_GRAM_MAX = 4
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _russian_stemmer() -> Callable[[str], str]:
    """Loaded on the first Cyrillic word (the Snowball stemmers are slow to import)."""
    return stemmer_for_language("ru")


#: The language of the text being indexed ("kk" stems Cyrillic words as Kazakh). Set by
#: the index writer around each document (:func:`text_language`); Whoosh analyses a
#: document's fields inside ``add_document``.
_LANGUAGE: ContextVar[str] = ContextVar("kzbrief_text_language", default="")


@contextlib.contextmanager
def text_language(language: str) -> Iterator[None]:
    """Analyse text indexed inside this block as ``language`` (en, ru or kk)."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def indexing_kazakh() -> bool:
    return _LANGUAGE.get() == "kk"


_SAMPLE_CHARS = 4000


def detect_text_language(text: str) -> str:
    """``kk`` when the Cyrillic letters of ``text`` include Kazakh-only ones at the rate of
    Kazakh text (about one in ten; Russian has none bar names), else ``""`` (undecided)."""
    sample = text[:_SAMPLE_CHARS].lower()
    if not _CYRILLIC.search(sample):
        return ""
    cyrillic = len(_CYRILLIC.findall(sample))
    kazakh = sum(sample.count(letter) for letter in KAZAKH_LETTERS)
    return "kk" if kazakh >= 3 and kazakh * 50 >= cyrillic else ""


@lru_cache(maxsize=200_000)
def stem_word(word: str, kazakh: bool = False) -> str:
    """Stem one lower-cased, accent-folded word in the stemmer of its script (Cyrillic
    words of Kazakh text with the Kazakh suffix stripper)."""
    if _CYRILLIC.search(word):
        return kazakh_stem(word) if kazakh else _russian_stemmer()(word)
    return porter_stem(word)


def fold(text: str) -> str:
    """Lower-case and fold accents (é → e, ё → е), as the index does."""
    return _fold_lowered(text.lower())


def _fold_lowered(text: str) -> str:
    if _COMBINING.search(text):  # compose first: и + ◌̆ is й, which is a letter of its own
        text = unicodedata.normalize("NFC", text)
    return text.translate(_FOLD_MAP)


class _SettinglessFilter(Filter):
    """A filter with no settings: every instance is equal (schemas compare their fields)."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)


class FoldFilter(_SettinglessFilter):
    """Folds accents and marks in lower-cased tokens, exactly as :func:`fold` does."""

    def __call__(self, tokens: Iterator) -> Iterator:  # type: ignore[override]
        for token in tokens:
            token.text = _fold_lowered(token.text)
            yield token


class ScriptStemFilter(_SettinglessFilter):
    """Stems each token with the stemmer for its script (Porter or Russian Snowball, or
    the Kazakh suffix stripper for Cyrillic words of Kazakh text)."""

    def __call__(self, tokens: Iterator) -> Iterator:  # type: ignore[override]
        kazakh = indexing_kazakh()
        for token in tokens:
            if not token.stopped:
                token.text = stem_word(token.text, kazakh)
            yield token


def text_analyzer() -> Analyzer:
    """The analyzer for body text and titles."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | StopFilter()
        | ScriptStemFilter()
    )


def plain_analyzer() -> Analyzer:
    """Tokenise, lower-case and fold accents; no stop words, no stemming (prefix field)."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | FoldFilter()


_STOP_WORDS = StopFilter().stops


@lru_cache(maxsize=200_000)
def exact_term(word: str) -> str | None:
    """The exact-word term the index holds for ``word``: folded, not stemmed (None for a
    stop word)."""
    folded = fold(word)
    if len(folded) < 2 or folded in _STOP_WORDS:
        return None
    return folded


@lru_cache(maxsize=200_000)
def index_term(word: str, kazakh: bool = False) -> str | None:
    """The term the index holds for ``word`` (None for a stop word)."""
    folded = exact_term(word)
    return None if folded is None else stem_word(folded, kazakh)


@lru_cache(maxsize=200_000)
def query_terms(word: str) -> tuple[str, ...]:
    """The stemmed terms a query word looks for: one, or for a Cyrillic word its Russian
    and its Kazakh stem (the index stems each text in its own language)."""
    russian = index_term(word)
    if russian is None:
        return ()
    if not _CYRILLIC.search(russian):
        return (russian,)
    kazakh = index_term(word, True)
    return (russian,) if kazakh == russian else (russian, kazakh)  # type: ignore[return-value]


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text``, as the tokenizer sees them."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group()


def edge_grams(term: str, longest: int = EDGE_GRAM_MAX) -> list[str]:
    """The prefixes of ``term`` from one character up to ``longest``."""
    return [term[:n] for n in range(1, min(len(term), longest) + 1)]


_last_words: tuple[str, list[str]] = ("", [])


def _words_of(text: str) -> list[str]:
    """The words of ``text``; the last text's are kept, as the fields of one document each
    ask for the same text. (The pair is read once: another thread may replace it.)"""
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    words = _WORD.findall(text)
    _last_words = (text, words)
    return words


_last_terms: tuple[str, bool, dict[str, list[int]]] = ("", False, {})


def _term_positions(text: str) -> dict[str, list[int]]:
    """Each index term of ``text`` with its positions, numbered as the text analyzer numbers
    them (a stop word is skipped without a gap: Whoosh's StopFilter renumbers). The last
    text's are kept: a title or body field and its prefixes field both ask for them. The
    caller reads the mapping, never changes it."""
    global _last_terms
    kazakh = indexing_kazakh()
    last = _last_terms
    if last[0] is text and last[1] == kazakh:
        return last[2]
    positions: dict[str, list[int]] = {}
    at = -1
    for number, word in enumerate(_words_of(text)):
        term = index_term(word, kazakh)
        if term is None:
            continue
        at = number if at < 0 else at + 1
        found = positions.get(term)
        if found is None:
            positions[term] = [at]
        else:
            found.append(at)
    _last_terms = (text, kazakh, positions)
    return positions


def index_term_counts(text: str) -> Counter[str]:
    """How often each index term occurs in ``text`` (what the text analyzer would index)."""
    return Counter({term: len(places) for term, places in _term_positions(text).items()})


def exact_term_counts(text: str) -> Counter[str]:
    """How often each exact-word term occurs in ``text``, leaving out a word that is its own
    stem when no other form of that stem occurs in the text ("court" beside no "courts"):
    there the stemmed field already says exactly where the word is (see
    :func:`kzbrief.core.search.exact_query`). That is about two thirds of the postings, and
    each term costs Whoosh a compressed block at every import."""
    kazakh = indexing_kazakh()
    counts = Counter(map(exact_term, _words_of(text)))
    counts.pop(None, None)
    stems = {word: stem_word(word, kazakh) for word in counts}  # type: ignore[arg-type]
    forms = Counter(stems.values())
    for word, stem in stems.items():
        if word == stem and forms[stem] == 1:
            del counts[word]
    return counts  # type: ignore[return-value]


def name_key_counts(text: str) -> Counter[str]:
    """How often each cross-script name key occurs in ``text`` (capitalised words only)."""
    counts = Counter(name_key(word) for word in _words_of(text) if is_capitalised(word))
    counts.pop(None, None)
    return counts  # type: ignore[return-value]


class _CountedField(FieldType):
    """A derived field whose terms are counted from the text directly (no token objects:
    per-token Python overhead would dominate the build at library scale)."""

    counter: Callable[[str], Counter[str]]

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(
            format=Frequency(field_boost=field_boost), analyzer=plain_analyzer(), scorable=True
        )

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        for term, count in type(self).counter(str(value)).items():
            yield term.encode("utf-8"), count, count * boost, pack_uint(count)


class WordsField(_CountedField):
    """A derived field: the exact words of a text (folded, not stemmed, no stop words),
    bar the words the stemmed field places exactly (:func:`exact_term_counts`)."""

    counter = staticmethod(exact_term_counts)


class NamesField(_CountedField):
    """A derived field: the cross-script key of every capitalised word of a text."""

    counter = staticmethod(name_key_counts)


class TextField(TEXT):  # type: ignore[misc]
    """Body text and titles: Whoosh's TEXT field with :func:`text_analyzer`, whose terms and
    positions are worked out from the words directly when a document is indexed.

    Whoosh runs each word through the analyzer chain as a token object, a generator per
    filter; at library scale that was the largest part of adding documents. Here each word
    goes through :func:`index_term` (the same chain, cached per word) and the positions are
    numbered as the chain numbers them (:func:`_term_positions`, which the prefixes field
    reads too). Queries, snippets and highlighting still use the analyzer.
    ``tests/core/test_analysis.py`` holds the two ways equal."""

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(
            analyzer=text_analyzer(), stored=True, phrase=True, field_boost=field_boost
        )

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if kwargs or not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        encode = self.format.encode
        boost = self.format.field_boost
        for term, places in _term_positions(value).items():
            yield term.encode("utf-8"), len(places), float(len(places)) * boost, encode(places)


class EdgeGramField(FieldType):
    """A derived field: the edge n-grams of every index term of a text, for prefix queries.

    A gram's frequency in a document is the number of words there that start with it, so a
    prefix query ranks by BM25 as the expanded terms together would. Analysis is done here
    directly (terms counted, then grams) rather than through token objects: indexing
    1M words adds millions of grams, and per-token Python overhead would dominate the build.
    """

    def __init__(self, longest: int = EDGE_GRAM_MAX, field_boost: float = 1.0) -> None:
        super().__init__(
            format=Frequency(field_boost=field_boost), analyzer=plain_analyzer(), scorable=True
        )
        self.longest = longest

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        grams: dict[bytes, int] = {}
        seen = grams.get
        for term, places in _term_positions(str(value)).items():
            count = len(places)
            for gram in _encoded_grams(term, self.longest):
                grams[gram] = seen(gram, 0) + count
        boost = self.format.field_boost
        for gram, count in grams.items():
            yield gram, count, count * boost, pack_uint(count)


@lru_cache(maxsize=200_000)
def _encoded_grams(term: str, longest: int) -> tuple[bytes, ...]:
    return tuple(gram.encode("utf-8") for gram in edge_grams(term, longest))
