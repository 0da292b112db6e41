"""Marking a hit's text: which words match a search's terms, and the snippet around them.

Made without Whoosh's highlighter: the query's terms are expanded once (prefix and fuzzy
included, :func:`kzbrief.core.search.highlight_terms`) and each hit's stored text is
scanned word by word with a cached stemmer, which costs well under a millisecond for ten
hits. Imports no Whoosh of its own (the analysis module it shares with the index does).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from kzbrief.core.analysis import exact_term, index_term, iter_words, query_terms
from kzbrief.core.names import is_capitalised, name_key
from kzbrief.core.query import WORD_PATTERN

SNIPPET_WORDS = 32
#: Marks in :attr:`SearchResults.terms` for terms that are not stemmed index terms:
#: an exact word, and a cross-script name key.
EXACT_MARK = "="
NAME_MARK = "@"
_WORD = re.compile(WORD_PATTERN)  # (as the tokenizer sees words)


@functools.lru_cache(maxsize=65_536)
def _signature(word: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """What a word of a text is matched by: its stem(s), its exact form, and its name key
    (capitalised words only, as the index keys them)."""
    return query_terms(word), exact_term(word), name_key(word) if is_capitalised(word) else None


#: A query's verdicts on the words of the texts it marks are kept up to this many words.
MAX_VERDICTS = 8192


@functools.lru_cache(maxsize=32)
def _verdicts(terms: frozenset[str]) -> tuple[dict[str, bool], Callable[[str], bool]]:
    """Whether a word of a text matches ``terms``: by its stem(s), as an exact word
    (:data:`EXACT_MARK`), or as a spelling of a name (:data:`NAME_MARK`, capitalised
    words only, as the index keys them). Returns the verdicts so far (a word is judged
    once per query: the same words recur in every hit, and in the next search as the user
    types) and the judge for a word not yet in them."""
    stems = frozenset(t for t in terms if t[:1] not in {EXACT_MARK, NAME_MARK})
    exact = frozenset(t[1:] for t in terms if t[:1] == EXACT_MARK)
    names = frozenset(t[1:] for t in terms if t[:1] == NAME_MARK)
    verdicts: dict[str, bool] = {}

    def judge(word: str) -> bool:
        stemmed, exact_word, key = _signature(word)
        verdict = (
            (bool(stems) and not stems.isdisjoint(stemmed)) or exact_word in exact or key in names
        )
        if len(verdicts) < MAX_VERDICTS:
            verdicts[word] = verdict
        return verdict

    return verdicts, judge


def _matcher(terms: frozenset[str]) -> Callable[[str], bool]:
    """Whether a word of a text matches ``terms`` (see :func:`_verdicts`)."""
    verdicts, judge = _verdicts(terms)

    def matches(word: str) -> bool:
        verdict = verdicts.get(word)
        return judge(word) if verdict is None else verdict

    return matches


def _hits(words: list[str], terms: frozenset[str]) -> list[int]:
    """The indexes of the ``words`` that match ``terms``."""
    verdicts, judge = _verdicts(terms)
    get = verdicts.get
    hits = []
    for i, word in enumerate(words):
        verdict = get(word)
        if verdict is None:
            verdict = judge(word)
        if verdict:
            hits.append(i)
    return hits


def match_spans(text: str, terms: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` that match ``terms`` (see :func:`_verdicts`)."""
    if not terms:
        return []
    matches = _matcher(frozenset(terms))
    return [(s, e) for s, e, word in iter_words(text) if matches(word)]


# -- snippets ----------------------------------------------------------------------------------
def make_snippet(text: str, terms: frozenset[str]) -> tuple[str, str]:
    """(plain snippet with **marks**, HTML snippet with <mark>) around the densest matches."""
    found = list(_WORD.finditer(text))
    if not found:
        return "", ""
    hits = _hits([m.group() for m in found], terms) if terms else []
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
    end_word = min(len(found), start_word + SNIPPET_WORDS)
    start_word = max(0, min(start_word, end_word - SNIPPET_WORDS))
    begin = found[start_word].start()
    finish = found[end_word - 1].end()
    plain: list[str] = ["…"] if begin > 0 else []
    marked: list[str] = ["…"] if begin > 0 else []
    # The text between two marked words is taken (and escaped) whole: escaping is by
    # character, so the pieces are what word-by-word escaping would give.
    escape = html.escape
    cursor = begin
    for i in hits:
        if i < start_word:
            continue
        if i >= end_word:
            break
        s, e = found[i].span()
        between, w = text[cursor:s], text[s:e]
        plain.append(between)
        plain.append(f"**{w}**")
        marked.append(escape(between))
        marked.append(f"<mark>{escape(w)}</mark>")
        cursor = e
    rest = text[cursor:finish]
    plain.append(rest)
    marked.append(escape(rest))
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
