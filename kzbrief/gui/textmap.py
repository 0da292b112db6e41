"""Mapping between offsets in ``Section.text`` and positions in the rendered document.

Annotations (W3C TextPositionSelector), search matches and bookmarks count characters in
``Section.text``: the paragraphs' plain text joined by blank lines. The reader shows the
same words as a laid-out ``QTextDocument``, where paragraphs are blocks, line breaks are
U+2028, lists and tables add blocks and frame markers, and whitespace may be folded
differently. This module aligns the two strings character by character, so that either
side can be turned into the other. It is plain Python (no Qt), so it is tested on its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

#: Characters that QTextDocument uses where the source has whitespace or nothing.
_DOC_BREAKS = frozenset("\u2029\u2028\ufdd0\ufdd1\ufffc\xa0")
#: How far ahead to look in the rendered text for a source character before giving up on it.
_LOOKAHEAD = 8


def _is_space(char: str) -> bool:
    return char.isspace() or char in _DOC_BREAKS


def align(source: str, rendered: str, base: int = 0) -> list[int]:
    """Document positions for each offset ``0..len(source)`` of ``source``.

    ``rendered`` is the document's text from position ``base`` on (at least as far as the
    source goes). Equal characters are paired; whitespace runs pair with whatever breaks the
    document put there, whatever their length; a character the document dropped maps to
    where it would have been. The result never decreases, and its last item is the
    position just after the aligned text.
    """
    positions: list[int] = []
    i = j = 0
    n, m = len(source), len(rendered)
    while i < n:
        char = source[i]
        if j >= m:
            positions.append(base + m)
            i += 1
            continue
        other = rendered[j]
        if char == other or (_is_space(char) and _is_space(other)):
            positions.append(base + j)
            i += 1
            j += 1
        elif _is_space(char):
            positions.append(base + j)  # the document has no break here: collapse
            i += 1
        elif _is_space(other):
            j += 1  # a break the source does not have (a list item, a frame marker)
        else:
            found = rendered.find(char, j + 1, j + 1 + _LOOKAHEAD)
            if found == -1:
                positions.append(base + j)  # a character the document does not show
                i += 1
            else:
                j = found  # skip what the document inserted (a bullet, an object)
    positions.append(base + j)
    return positions


class OffsetMap:
    """Both directions between ``Section.text`` offsets and document positions."""

    def __init__(self, positions: Sequence[int]) -> None:
        if not positions:
            raise ValueError("an offset map needs at least the end position")
        self._positions = list(positions)

    @classmethod
    def for_paragraphs(
        cls,
        paragraphs: Sequence[str],
        starts: Sequence[int],
        document_text: str,
        separator: str = "\n\n",
    ) -> OffsetMap:
        """Align each paragraph from its known start position in the document.

        ``starts[k]`` is where paragraph ``k`` begins in ``document_text`` (found by its
        anchor). The separator between two paragraphs maps to the end of the first.
        """
        positions: list[int] = []
        for k, text in enumerate(paragraphs):
            start = starts[k]
            limit = starts[k + 1] if k + 1 < len(starts) else len(document_text)
            aligned = align(text, document_text[start:limit], start)
            positions.extend(aligned[:-1])
            end = aligned[-1]
            if k + 1 < len(paragraphs):
                positions.extend([end] * len(separator))
            else:
                positions.append(end)
        return cls(positions or [0])

    @property
    def length(self) -> int:
        """Length of the source text this map covers."""
        return len(self._positions) - 1

    def to_document(self, offset: int) -> int:
        """The document position of source ``offset`` (clamped to the text)."""
        return self._positions[max(0, min(offset, self.length))]

    def to_source(self, position: int) -> int:
        """The source offset of document ``position`` (the nearest at or before it)."""
        index = bisect_right(self._positions, position) - 1
        return max(0, min(index, self.length))

    def document_range(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of the source range ``[start, end)``."""
        if end < start:
            start, end = end, start
        return self.to_document(start), self.to_document(end)

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the document range ``[start, end)``: the characters inside it."""
        if end < start:
            start, end = end, start
        first = bisect_left(self._positions, start)
        last = bisect_left(self._positions, end)
        return min(first, self.length), min(max(first, last), self.length)
