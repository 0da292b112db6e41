"""Text analysis shared by the index, the query compiler and the snippet maker.

The chain is: tokenise, lower-case, fold accents, drop stop words, stem. Accents are folded
*before* stemming, so "Détentions" and ``detension~`` meet. Folding also composes letters
typed as a base letter plus a combining mark and drops marks that remain (Russian stress
marks: "вы́боры" is "выборы"), and ё is е. Cyrillic words are stemmed with
the Russian Snowball stemmer, Latin words with Porter (Kazakh has no stemmer; prefix queries
serve there).

Prefix queries are answered from derived edge n-gram fields (:class:`EdgeGramField`): each
index term of a text is stored with all its prefixes up to :data:`EDGE_GRAM_MAX` characters,
so ``rel*`` is one term lookup instead of an expansion over thousands of terms.

The classes here are pickled into the Whoosh schema, so they must stay importable under
this module path (also in the frozen app).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.fields import FieldType
from whoosh.formats import Frequency
from whoosh.lang import stemmer_for_language
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

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


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Stem one lower-cased, accent-folded word in the stemmer of its script."""
    if _CYRILLIC.search(word):
        return _russian_stemmer()(word)
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
    """Stems each token with the stemmer for its script (Porter or Russian Snowball)."""

    def __call__(self, tokens: Iterator) -> Iterator:  # type: ignore[override]
        for token in tokens:
            if not token.stopped:
                token.text = stem_word(token.text)
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
def index_term(word: str) -> str | None:
    """The term the index holds for ``word`` (None for a stop word)."""
    folded = fold(word)
    if len(folded) < 2 or folded in _STOP_WORDS:
        return None
    return stem_word(folded)


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text``, as the tokenizer sees them."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group()


def edge_grams(term: str, longest: int = EDGE_GRAM_MAX) -> list[str]:
    """The prefixes of ``term`` from one character up to ``longest``."""
    return [term[:n] for n in range(1, min(len(term), longest) + 1)]


def index_term_counts(text: str) -> Counter[str]:
    """How often each index term occurs in ``text`` (what the text analyzer would index)."""
    counts = Counter(index_term(word) for word in _WORD.findall(text))
    counts.pop(None, None)
    return counts  # type: ignore[return-value]


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
        for term, count in index_term_counts(str(value)).items():
            for gram in _encoded_grams(term, self.longest):
                grams[gram] = seen(gram, 0) + count
        boost = self.format.field_boost
        for gram, count in grams.items():
            yield gram, count, count * boost, pack_uint(count)


@lru_cache(maxsize=200_000)
def _encoded_grams(term: str, longest: int) -> tuple[bytes, ...]:
    return tuple(gram.encode("utf-8") for gram in edge_grams(term, longest))
