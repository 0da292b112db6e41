"""Text analysis shared by the index, the query compiler and the snippet maker.

The chain is: tokenise, lower-case, fold accents, drop stop words, stem. Accents are folded
*before* stemming, so "Détentions" and ``detension~`` meet. Folding also composes letters
typed as a base letter plus a combining mark and drops marks that remain (Russian stress
marks: "вы́боры" is "выборы"), and ё is е. Cyrillic words are stemmed with
the Russian Snowball stemmer, Latin words with Porter (Kazakh has no stemmer; prefix queries
serve there).

The classes here are pickled into the Whoosh schema, so they must stay importable under
this module path (also in the frozen app).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.lang import stemmer_for_language
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

# A word may carry combining marks (U+0300-U+036F) after its letters: "вы́боры" is one word.
WORD_PATTERN = r"\w[\w\u0300-\u036f]*(?:\.\w[\w\u0300-\u036f]*)*"
_WORD = re.compile(WORD_PATTERN)
_COMBINING = re.compile(r"[\u0300-\u036f]")
_FOLD_MAP = {**accent_map, ord("ё"): "е", **dict.fromkeys(range(0x300, 0x370))}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_russian_stem = stemmer_for_language("ru")


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Stem one lower-cased, accent-folded word in the stemmer of its script."""
    if _CYRILLIC.search(word):
        return _russian_stem(word)
    return porter_stem(word)


def fold(text: str) -> str:
    """Lower-case and fold accents (é → e, ё → е), as the index does."""
    return _fold_lowered(text.lower())


def _fold_lowered(text: str) -> str:
    if _COMBINING.search(text):  # compose first: и + ◌̆ is й, which is a letter of its own
        text = unicodedata.normalize("NFC", text)
    return text.translate(_FOLD_MAP)


class FoldFilter(Filter):
    """Folds accents and marks in lower-cased tokens, exactly as :func:`fold` does."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __call__(self, tokens: Iterator) -> Iterator:  # type: ignore[override]
        for token in tokens:
            token.text = _fold_lowered(token.text)
            yield token


class ScriptStemFilter(Filter):
    """Stems each token with the stemmer for its script (Porter or Russian Snowball)."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

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
