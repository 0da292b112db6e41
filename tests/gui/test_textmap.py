"""The Section.text <-> document offset map, on its own (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kzbrief.gui.textmap import OffsetMap, align


def test_identical_text_maps_one_to_one() -> None:
    assert align("abc", "abc", base=10) == [10, 11, 12, 13]


def test_blank_line_between_paragraphs_maps_to_one_block_break() -> None:
    source = "One two.\n\nThree."
    rendered = "One two.\u2029Three."
    mapping = OffsetMap.for_paragraphs(["One two.", "Three."], [0, 9], rendered)
    assert mapping.length == len(source)
    three = source.index("Three")
    assert rendered[mapping.to_document(three)] == "T"
    assert mapping.to_source(rendered.index("Three")) == three
    assert mapping.to_document(len(source)) == len(rendered)


def test_line_break_and_list_bullet_are_bridged() -> None:
    # The source has "\n" where the document has U+2028, and the document has a marker
    # character (a list bullet or object) that the source does not.
    source = "first\nsecond • x"
    rendered = "first\u2028second \ufffc• x"
    positions = align(source, rendered)
    for offset, char in enumerate(source):
        if not char.isspace():
            assert rendered[positions[offset]] == char


def test_source_range_of_a_selection() -> None:
    mapping = OffsetMap.for_paragraphs(["ab", "cd"], [0, 3], "ab\u2029cd")
    assert mapping.source_range(3, 5) == (4, 6)  # "cd"
    assert mapping.source_range(0, 5) == (0, 6)
    assert mapping.source_range(5, 3) == (4, 6)  # reversed ends are fine
    assert mapping.document_range(4, 6) == (3, 5)


words = st.text(alphabet="abcdéfXYZ.,’", min_size=1, max_size=8)
paragraph = st.lists(words, min_size=1, max_size=12).map(" ".join)


@given(st.lists(paragraph, min_size=1, max_size=5), st.sampled_from(["\u2029", "\u2029\u2029"]))
def test_every_visible_character_finds_itself(paragraphs: list[str], gap: str) -> None:
    # The document folds some spaces into line breaks and separates blocks differently.
    rendered_paragraphs = [p.replace(" ", "\u2028", 1) for p in paragraphs]
    rendered = gap.join(rendered_paragraphs)
    starts, position = [], 0
    for text in rendered_paragraphs:
        starts.append(position)
        position += len(text) + len(gap)
    mapping = OffsetMap.for_paragraphs(paragraphs, starts, rendered)
    source = "\n\n".join(paragraphs)
    assert mapping.length == len(source)
    previous = -1
    for offset, char in enumerate(source):
        at = mapping.to_document(offset)
        assert at >= previous  # never goes backwards
        previous = at
        if not char.isspace():
            assert rendered[at] == char
            assert mapping.to_source(at) == offset
