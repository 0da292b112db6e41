"""Notes saved one by one: the index merges its small segments in tiers (issue 18).

Each save commits a segment of one document; a commit merges only a full tier of segments
of about the same size, so that no save rewrites the notes saved before it all over again,
the number of segments stays bounded, and every note is still found.
"""

from __future__ import annotations

import pytest

from kzbrief.core import mergepolicy
from kzbrief.core.mergepolicy import FAN_IN, LARGEST_MERGED, tier
from kzbrief.core.service import Library


@pytest.mark.parametrize(
    ("documents", "expected"),
    [(0, 0), (1, 0), (FAN_IN - 1, 0), (FAN_IN, 1), (FAN_IN**2 - 1, 1), (FAN_IN**2, 2)],
)
def test_tiers_grow_by_the_fan_in(documents: int, expected: int) -> None:
    assert tier(documents) == expected


def _segment_sizes(library: Library) -> list[int]:
    with library.index.searching() as searcher:
        return sorted(leaf.reader().doc_count_all() for leaf, _ in searcher.leaf_searchers())


def test_notes_saved_one_by_one_merge_a_full_tier_at_a_time(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.ensure_index()
    briefing_segment = _segment_sizes(library)
    assert len(briefing_segment) == 1 and briefing_segment[0] <= LARGEST_MERGED
    merged_sizes: list[int] = []
    merge = mergepolicy.merge_in_tiers

    def recording(writer: object, segments: list) -> list:
        kept = merge(writer, segments)
        merged_sizes.extend(s.doc_count_all() for s in segments if s not in kept)
        return kept

    monkeypatch.setattr("kzbrief.core.index.merge_in_tiers", recording)
    section = next(s for s in library.default_briefing().sections if len(s.text) > 200)
    words = section.text.split()
    saved = []
    for n in range(3 * FAN_IN):
        quote = " ".join(words[n % 20 : n % 20 + 3])
        saved.append(library.add_note(section.id, quote, note=f"marker{n} about this"))
        sizes = _segment_sizes(library)
        small = [size for size in sizes if tier(size) == 0]
        # A commit merges a full tier before it adds its own segment: FAN_IN at most.
        assert len(small) <= FAN_IN, sizes
    # Only tiny segments were ever merged (never the briefing's), FAN_IN at a time.
    assert merged_sizes and max(merged_sizes) < FAN_IN
    assert len(merged_sizes) % FAN_IN == 0
    for n in range(len(saved)):
        hits = library.search(f"marker{n}").hits
        assert [h.annotation for h in hits] == [saved[n].id]


def test_a_large_tier_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    class Segment:
        def __init__(self, documents: int) -> None:
            self.documents = documents

        def doc_count_all(self) -> int:
            return self.documents

    big = [Segment(LARGEST_MERGED + 1) for _ in range(FAN_IN)]
    small = [Segment(2) for _ in range(FAN_IN - 1)]
    # Nothing full below the limit: nothing merged, nothing opened.
    assert mergepolicy.merge_in_tiers(object(), big + small) == big + small
