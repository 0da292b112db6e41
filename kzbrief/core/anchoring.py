"""Finding a note's passage again after the text it was made on has changed.

A note is anchored with the two W3C Web Annotation selectors over a section's plain text
(:attr:`kzbrief.core.model.Section.text`): a TextQuoteSelector (the exact passage with up to
:data:`CONTEXT_CHARS` characters of context either side) and a TextPositionSelector (start
and end offsets). When the text changes, :func:`reanchor` tries, in order, the approach that
Hypothesis proved in the field:

1. the stored position, if the exact passage is still there (with its prefix or suffix);
2. every exact occurrence of the passage, choosing by how well the text around it matches
   the stored prefix and suffix, and then by nearness to the old position;
3. an approximate match of the passage with a bounded share of its characters edited
   (more when the context still matches), scored the same way plus how few edits it needed;
4. otherwise the note is orphaned: kept with its old selectors, never dropped.

:func:`reanchor_among` does the same over several texts (a new edition's sections): the
note's own section first, then every other one, exact matches anywhere before approximate
ones, so that a paragraph moved verbatim into another section is found there, not
approximated in the section it left.

Everything here is pure functions over strings, so it is easy to test on edited texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

CONTEXT_CHARS = 32
#: A fuzzy match may have this share of the passage's characters edited on its own
#: strength, and up to MAX_ERROR_RATE when the text on one side of it still matches the
#: stored context (similarity at least CONTEXT_SUPPORT): words inserted into a passage are
#: found, a different sentence that happens to share half its letters is not.
PLAIN_ERROR_RATE = 0.2
MAX_ERROR_RATE = 0.5
CONTEXT_SUPPORT = 0.75
#: A cap on edits, so that a very long passage cannot make the search quadratic.
MAX_ERRORS = 128
MAX_OCCURRENCES = 1000
#: Fuzzy candidates refined and scored (the best windows, one per neighbourhood).
MAX_FUZZY_CANDIDATES = 8
#: Quote-sized windows are sampled every len(quote) // this many characters.
WINDOW_STRIDE_DIVISOR = 10
#: A passage found in another text than its own must be at least this long, or have its
#: context there (similarity at least CONTEXT_SUPPORT): "the" occurs in every section.
MIN_ELSEWHERE_CHARS = 20
SHORT_CONTEXT_CHARS = 8
#: Before an approximate search elsewhere, texts are ranked by how many pieces of the
#: passage (up to MAX_CHUNKS, CHUNK_CHARS long) they hold word for word; only the first
#: MAX_APPROXIMATE_TEXTS are searched (a windowed search over a whole 30 MB edition took
#: 40 s a note).
CHUNK_CHARS = 10
MAX_CHUNKS = 12
MAX_APPROXIMATE_TEXTS = 8

# How much each part of the evidence counts (the weights Hypothesis's client uses).
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0

Status = Literal["anchored", "moved", "orphaned"]


@dataclass(frozen=True)
class Anchor:
    """A TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end).

    ``start == end`` means that the position is unknown (an annotation imported without a
    TextPositionSelector): found anywhere by its quote, it counts as anchored, not moved.
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Placement:
    """Where :func:`reanchor` put a note: its new anchor (the old one when orphaned)."""

    status: Status
    anchor: Anchor


def describe(text: str, start: int, end: int) -> Anchor:
    """The selectors for ``text[start:end]``. Raises ValueError for an empty or bad span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is not inside a text of {len(text)} characters")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans where ``quote`` occurs in ``text``: exactly, else with any run of whitespace
    standing for any other (a quote typed on one line still finds text across paragraphs).
    """
    quote = quote.strip()
    if not quote:
        return []
    spans = [(s, s + len(quote)) for s in _occurrences(text, quote)]
    if spans:
        return spans
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [m.span() for m in re.finditer(pattern, text)][:MAX_OCCURRENCES]


def reanchor(anchor: Anchor, text: str, *, approximate: bool = True) -> Placement:
    """Place ``anchor`` in ``text`` (the section's current plain text); ``approximate``:
    also look for a close match when the exact passage is not there."""
    if _still_in_place(anchor, text):
        return Placement("anchored", describe(text, anchor.start, anchor.end))
    span = _best_exact(anchor, text)
    if span is None and approximate:
        span = _best_approximate(anchor, text)
    if span is None:
        return Placement("orphaned", anchor)
    unplaced = anchor.start == anchor.end  # it had no position to move from
    status: Status = "anchored" if unplaced or span == (anchor.start, anchor.end) else "moved"
    return Placement(status, describe(text, *span))


def reanchor_among(
    anchor: Anchor, home: str | None, others: Sequence[str]
) -> tuple[int | None, Placement]:
    """Place ``anchor`` in its own text ``home`` (None: it has none any more) or, failing
    that, in one of ``others``; returns which (None for ``home``, else an index into
    ``others``) and the placement.

    In order: the exact passage at home, the exact passage elsewhere (the best fit of its
    context), a close match at home, a close match elsewhere. Found elsewhere, a note has
    "moved". Long texts cost one substring scan each, unless a close match is needed.
    """
    if home is not None:
        placement = reanchor(anchor, home, approximate=False)
        if placement.status != "orphaned":
            return None, placement
    found = _best_elsewhere(anchor, others, _best_exact, _texts_holding(anchor, others))
    if found is None and home is not None:
        placement = reanchor(anchor, home)
        if placement.status != "orphaned":
            return None, placement
    if found is None:
        found = _best_elsewhere(anchor, others, _best_approximate, _likely_texts(anchor, others))
    if found is None:
        return None, Placement("orphaned", anchor)
    which, (start, end) = found
    return which, Placement("moved", describe(others[which], start, end))


def _texts_holding(anchor: Anchor, texts: Sequence[str]) -> list[int]:
    """The texts that hold the exact passage; for a short one, with a little of its
    context next to it (a short passage needs its context to count elsewhere anyway)."""
    needles = [anchor.exact]
    if len(anchor.exact) < MIN_ELSEWHERE_CHARS:
        needles = [anchor.prefix[-SHORT_CONTEXT_CHARS:] + anchor.exact]
        needles.append(anchor.exact + anchor.suffix[:SHORT_CONTEXT_CHARS])
    return [i for i, text in enumerate(texts) if any(n in text for n in needles)]


def _likely_texts(anchor: Anchor, texts: Sequence[str]) -> list[int]:
    """The few texts worth a (costly) approximate search: those holding at least half of
    the passage's pieces (CHUNK_CHARS long, spread over it) word for word, most first."""
    quote = anchor.exact
    step = max(CHUNK_CHARS, len(quote) // MAX_CHUNKS)
    chunks = {quote[i : i + CHUNK_CHARS] for i in range(0, len(quote) - CHUNK_CHARS + 1, step)}
    if not chunks:
        return []
    hits = [(sum(chunk in text for chunk in chunks), i) for i, text in enumerate(texts)]
    likely = sorted((h for h in hits if 2 * h[0] >= len(chunks)), key=lambda h: (-h[0], h[1]))
    return [i for _, i in likely[:MAX_APPROXIMATE_TEXTS]]


def _best_elsewhere(
    anchor: Anchor,
    texts: Sequence[str],
    search: Callable[[Anchor, str], tuple[int, int] | None],
    candidates: Sequence[int],
) -> tuple[int, tuple[int, int]] | None:
    """The best span ``search`` finds in ``texts[i]`` for ``i`` in ``candidates``, by
    :func:`_score`, among those long enough or with their context (MIN_ELSEWHERE_CHARS)."""
    if not anchor.exact.strip():
        return None
    best: tuple[float, int, tuple[int, int]] | None = None
    for which in candidates:
        text = texts[which]
        span = search(anchor, text)
        if span is None:
            continue
        start, end = span
        if (
            len(anchor.exact) < MIN_ELSEWHERE_CHARS
            and max(_context(anchor, text, start, end)) < CONTEXT_SUPPORT
        ):
            continue
        errors = (
            0
            if text[start:end] == anchor.exact
            else _levenshtein().distance(anchor.exact, text[start:end])
        )
        score = _score(anchor, text, start, end, errors)
        if best is None or score > best[0]:
            best = (score, which, span)
    return None if best is None else (best[1], best[2])


def _still_in_place(anchor: Anchor, text: str) -> bool:
    """The passage is at its stored position and at least one side of its context is too.

    (The passage alone is not enough: a short quote such as "the" may stand at the old
    offset by chance after the text around it changed.)
    """
    start, end = anchor.start, anchor.end
    if not anchor.exact or text[start:end] != anchor.exact:
        return False
    prefix_ok = (
        start >= len(anchor.prefix) and text[start - len(anchor.prefix) : start] == anchor.prefix
    )
    return prefix_ok or text[end : end + len(anchor.suffix)] == anchor.suffix


# -- scoring ------------------------------------------------------------------------------------
def _levenshtein() -> ModuleType:
    """rapidfuzz's Levenshtein, imported when a note has moved (most starts need it not)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein


def _similarity(expected: str, actual: str) -> float:
    return 1.0 - _levenshtein().normalized_distance(expected, actual)


def _context(anchor: Anchor, text: str, start: int, end: int) -> tuple[float, float]:
    """How alike the stored prefix and suffix are to the text around a candidate span.

    Context windows are never shorter than CONTEXT_CHARS: a stored prefix shorter than that
    means the passage stood near the start of the text, which a candidate should too.
    """
    before = text[max(0, start - max(len(anchor.prefix), CONTEXT_CHARS)) : start]
    after = text[end : end + max(len(anchor.suffix), CONTEXT_CHARS)]
    return _similarity(anchor.prefix, before), _similarity(anchor.suffix, after)


def _score(anchor: Anchor, text: str, start: int, end: int, errors: int) -> float:
    """How well a candidate span fits the stored selectors (higher is better)."""
    prefix, suffix = _context(anchor, text, start, end)
    quote = 1.0 - errors / max(1, len(anchor.exact))
    nearness = 1.0 - min(1.0, abs(start - anchor.start) / max(1, len(text)))
    return (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * nearness
    )


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at != -1 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _best_exact(anchor: Anchor, text: str) -> tuple[int, int] | None:
    if not anchor.exact:
        return None
    size = len(anchor.exact)
    starts = _occurrences(text, anchor.exact)
    if not starts:
        return None
    best = max(starts, key=lambda s: (_score(anchor, text, s, s + size, 0), -abs(s - anchor.start)))
    return best, best + size


# -- approximate matching ----------------------------------------------------------------------
def _window_candidates(quote: str, text: str, limit: int) -> tuple[list[int], int]:
    """Start offsets of quote-sized windows that may hold the passage, best first and spread
    out, and how far the true start may lie from them.

    Windows are sampled every ``stride`` characters: shifting a window by one character
    changes its distance by at most 2, so the best window is at most ``stride`` edits worse
    at the nearest sample. A window over a passage that grew or shrank by k characters costs
    up to 2k edits, hence the doubled limit; :func:`_refine` then fits the ends.
    """
    size = len(quote)
    stride = max(1, size // WINDOW_STRIDE_DIVISOR)
    cutoff = 2 * limit + stride
    scored: list[tuple[int, int]] = []
    distance = _levenshtein().distance
    for start in range(0, max(1, len(text) - size + 1), stride):
        errors = distance(quote, text[start : start + size], score_cutoff=cutoff)
        if errors <= cutoff:
            scored.append((errors, start))
    scored.sort()
    chosen: list[int] = []
    spacing = max(1, size // 2)
    for _, start in scored:
        if all(abs(start - other) >= spacing for other in chosen):
            chosen.append(start)
            if len(chosen) == MAX_FUZZY_CANDIDATES:
                break
    return chosen, stride


def _closest(low: int, high: int, cost: Callable[[int], int], origin: int) -> int:
    """The offset in [low, high] of least cost (ties: nearest ``origin``), looked for coarse
    to fine: the cost rises about one per character away from the best offset."""
    step = max(1, (high - low) // 16)

    def key(at: int) -> tuple[int, int]:
        return cost(at), abs(at - origin)

    coarse = min(range(low, high + 1, step), key=key)
    return min(range(max(low, coarse - step), min(high, coarse + step) + 1), key=key)


def _refine(quote: str, text: str, start: int, slack: int) -> tuple[int, int, int]:
    """Move a window's ends (each by up to ``slack``) to where the passage fits best."""
    end = min(len(text), start + len(quote))
    distance = _levenshtein().distance

    def cost(s: int, e: int) -> int:
        return distance(quote, text[s:e])

    def ending_at(e: int) -> Callable[[int], int]:
        return lambda s: cost(s, e)

    def starting_at(s: int) -> Callable[[int], int]:
        return lambda e: cost(s, e)

    for _ in range(2):
        start = _closest(max(0, start - slack), end - 1, ending_at(end), start)
        end = _closest(start + 1, min(len(text), end + slack), starting_at(start), end)
    return start, end, cost(start, end)


def _best_approximate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    quote = anchor.exact
    limit = min(MAX_ERRORS, int(len(quote) * MAX_ERROR_RATE))
    plain_limit = int(len(quote) * PLAIN_ERROR_RATE)
    if limit < 1 or not text:
        return None
    best: tuple[float, int, int] | None = None
    windows, stride = _window_candidates(quote, text, limit)
    for window in windows:
        start, end, errors = _refine(quote, text, window, limit + stride)
        if errors > limit:
            continue
        if errors > plain_limit and max(_context(anchor, text, start, end)) < CONTEXT_SUPPORT:
            continue
        score = _score(anchor, text, start, end, errors)
        if best is None or score > best[0]:
            best = (score, start, end)
    return None if best is None else (best[1], best[2])
