"""Finding a note's passage again after the text it was made on has changed.

A note is anchored with the two W3C Web Annotation selectors over a section's plain text
(:attr:`kzbrief.core.model.Section.text`): a TextQuoteSelector (the exact passage with up to
:data:`CONTEXT_CHARS` characters of context either side) and a TextPositionSelector (start
and end offsets). When the text changes, :func:`reanchor` tries, in order, the approach that
Hypothesis proved in the field:

1. the stored position, if the exact passage is still there;
2. every exact occurrence of the passage, choosing by how well the text around it matches
   the stored prefix and suffix, and then by nearness to the old position;
3. an approximate match of the passage with at most :data:`MAX_ERROR_RATE` of its
   characters edited, scored the same way (plus how few edits it needed);
4. otherwise the note is orphaned: kept with its old selectors, never dropped.

Everything here is pure functions over strings, so it is easy to test on edited texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein

CONTEXT_CHARS = 32
#: At most this share of the passage's characters may have been edited for a fuzzy match.
MAX_ERROR_RATE = 0.2
#: A cap on edits, so that a very long passage cannot make the search quadratic.
MAX_ERRORS = 128
MAX_OCCURRENCES = 1000
#: Fuzzy candidates refined and scored (the best windows, one per neighbourhood).
MAX_FUZZY_CANDIDATES = 8

# How much each part of the evidence counts (the weights Hypothesis's client uses).
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0

Status = Literal["anchored", "moved", "orphaned"]


@dataclass(frozen=True)
class Anchor:
    """A TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end)."""

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


def reanchor(anchor: Anchor, text: str) -> Placement:
    """Place ``anchor`` in ``text`` (the section's current plain text)."""
    if anchor.exact and text[anchor.start : anchor.end] == anchor.exact:
        return Placement("anchored", describe(text, anchor.start, anchor.end))
    span = _best_exact(anchor, text) or _best_approximate(anchor, text)
    if span is None:
        return Placement("orphaned", anchor)
    return Placement("moved", describe(text, *span))


# -- scoring ------------------------------------------------------------------------------------
def _similarity(expected: str, actual: str) -> float:
    return 1.0 - Levenshtein.normalized_distance(expected, actual)


def _score(anchor: Anchor, text: str, start: int, end: int, errors: int) -> float:
    """How well a candidate span fits the stored selectors (higher is better).

    Context windows are never shorter than CONTEXT_CHARS: a stored prefix shorter than that
    means the passage stood near the start of the text, which a candidate should too.
    """
    before = text[max(0, start - max(len(anchor.prefix), CONTEXT_CHARS)) : start]
    after = text[end : end + max(len(anchor.suffix), CONTEXT_CHARS)]
    quote = 1.0 - errors / max(1, len(anchor.exact))
    nearness = 1.0 - min(1.0, abs(start - anchor.start) / max(1, len(text)))
    return (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * _similarity(anchor.prefix, before)
        + SUFFIX_WEIGHT * _similarity(anchor.suffix, after)
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
def _max_errors(quote: str) -> int:
    return min(MAX_ERRORS, int(len(quote) * MAX_ERROR_RATE))


def _window_candidates(quote: str, text: str, cutoff: int) -> list[int]:
    """Start offsets of quote-sized windows within ``cutoff`` edits, best first, spread out.

    A window of the quote's length over a passage that grew or shrank by k characters costs
    up to 2k edits, hence the caller's doubled cutoff; :func:`_refine` then fits the ends.
    """
    size = len(quote)
    scored: list[tuple[int, int]] = []
    for start in range(0, max(1, len(text) - size + 1)):
        errors = Levenshtein.distance(quote, text[start : start + size], score_cutoff=cutoff)
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
    return chosen


def _refine(quote: str, text: str, start: int, slack: int) -> tuple[int, int, int]:
    """Move a window's ends (each by up to ``slack``) to where the passage fits best."""
    end = min(len(text), start + len(quote))

    def cost(s: int, e: int) -> int:
        return Levenshtein.distance(quote, text[s:e])

    for _ in range(2):
        start = min(
            range(max(0, start - slack), min(end, start + slack + 1)),
            key=lambda s: (cost(s, end), abs(s - start)),
        )
        end = min(
            range(max(start + 1, end - slack), min(len(text), end + slack) + 1),
            key=lambda e: (cost(start, e), abs(e - end)),
        )
    return start, end, cost(start, end)


def _best_approximate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    quote = anchor.exact
    limit = _max_errors(quote)
    if limit < 1 or not text:
        return None
    best: tuple[float, int, int] | None = None
    for window in _window_candidates(quote, text, 2 * limit):
        start, end, errors = _refine(quote, text, window, limit)
        if errors > limit:
            continue
        score = _score(anchor, text, start, end, errors)
        if best is None or score > best[0]:
            best = (score, start, end)
    return None if best is None else (best[1], best[2])
