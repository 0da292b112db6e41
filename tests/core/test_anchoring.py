"""Re-anchoring on edited texts: position, then quote with context, then fuzzy, else orphan."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kzbrief.core.anchoring import (
    CONTEXT_CHARS,
    Anchor,
    describe,
    find_quote,
    reanchor,
    reanchor_among,
)

TEXT = (
    "Authorities continued to restrict the right to freedom of expression. "
    "Journalists who criticised officials faced prosecution on vague charges.\n\n"
    "Peaceful protesters were detained and fined, and organisers were jailed. "
    "The government promised reforms but delivered few of them."
)
PASSAGE = "Peaceful protesters were detained and fined"


def anchor_on(text: str, passage: str, occurrence: int = 1) -> Anchor:
    start = -1
    for _ in range(occurrence):
        start = text.index(passage, start + 1)
    return describe(text, start, start + len(passage))


def test_describe_takes_context_either_side() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    assert anchor.exact == PASSAGE
    assert len(anchor.prefix) == CONTEXT_CHARS and TEXT[: anchor.start].endswith(anchor.prefix)
    assert len(anchor.suffix) == CONTEXT_CHARS and TEXT[anchor.end :].startswith(anchor.suffix)
    near_start = describe(TEXT, 0, 11)
    assert near_start.prefix == "" and near_start.exact == "Authorities"
    with pytest.raises(ValueError):
        describe(TEXT, 5, 5)
    with pytest.raises(ValueError):
        describe(TEXT, 0, len(TEXT) + 1)


def test_unchanged_text_stays_anchored() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    placement = reanchor(anchor, TEXT)
    assert placement.status == "anchored" and placement.anchor == anchor


def test_insertion_before_the_passage_moves_it() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    edited = "In its 2023 review, the article says: " + TEXT
    placement = reanchor(anchor, edited)
    assert placement.status == "moved"
    assert edited[placement.anchor.start : placement.anchor.end] == PASSAGE
    assert placement.anchor.start == anchor.start + len("In its 2023 review, the article says: ")


def test_insertion_after_the_passage_keeps_its_place() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    edited = TEXT.replace("delivered few of them.", "delivered few of them, it concludes.")
    placement = reanchor(anchor, edited)
    assert placement.status == "anchored"
    assert (placement.anchor.start, placement.anchor.end) == (anchor.start, anchor.end)
    assert placement.anchor.suffix == edited[anchor.end : anchor.end + CONTEXT_CHARS]


def test_insertion_inside_the_passage_is_found_approximately() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    new_passage = "Peaceful protesters were arbitrarily detained and fined"
    edited = "Update. " + TEXT.replace(PASSAGE, new_passage)
    placement = reanchor(anchor, edited)
    assert placement.status == "moved"
    assert placement.anchor.exact == new_passage
    assert placement.anchor.start == edited.index(new_passage)


def test_a_typo_fixed_inside_the_passage_is_found_approximately() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    edited = TEXT.replace("detained and fined", "detained and find")
    placement = reanchor(anchor, edited)
    assert placement.status == "moved"
    assert placement.anchor.exact == "Peaceful protesters were detained and find"


def test_deleted_passage_is_orphaned_and_kept() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    sentence = "Peaceful protesters were detained and fined, and organisers were jailed. "
    edited = TEXT.replace(sentence, "")
    placement = reanchor(anchor, edited)
    assert placement.status == "orphaned"
    assert placement.anchor == anchor  # the old selectors, so it can be re-attached later


def test_rewritten_passage_beyond_the_error_rate_is_orphaned() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    edited = TEXT.replace(PASSAGE, "Demonstrators faced arrests and penalties")
    assert reanchor(anchor, edited).status == "orphaned"


def test_repeated_passage_is_chosen_by_its_context() -> None:
    repeated = "the right to peaceful assembly"
    text = (
        "In Almaty, officials said they respected the right to peaceful assembly while "
        "police dispersed a rally within minutes.\n\n"
        "Lawyers in Astana argued that the new law restricts the right to peaceful assembly "
        "by requiring prior permission."
    )
    anchor = anchor_on(text, repeated, occurrence=2)
    # Text is added before both occurrences, and between them, so neither offset is right.
    edited = "Summary first. " + text.replace(
        "police dispersed", "riot police quickly dispersed"
    ).replace("Lawyers in Astana", "Independent lawyers in Astana")
    placement = reanchor(anchor, edited)
    assert placement.status == "moved"
    second = edited.index(repeated, edited.index(repeated) + 1)
    assert placement.anchor.start == second
    # And the first occurrence is chosen when that is the one the note was made on.
    first = reanchor(anchor_on(text, repeated, occurrence=1), edited)
    assert first.anchor.start == edited.index(repeated)


def test_repeated_passage_with_equal_context_prefers_the_old_position() -> None:
    unit = "Sentences were harsh. The courts upheld them. "
    text = unit * 4
    anchor = anchor_on(text, "The courts upheld them.", occurrence=3)
    edited = "X" + text  # every occurrence shifts by one; contexts are all alike
    placement = reanchor(anchor, edited)
    assert placement.anchor.start == anchor.start + 1


def test_a_quote_without_a_position_is_anchored_where_it_is_found() -> None:
    placement = reanchor(Anchor(PASSAGE, "", "", 0, 0), TEXT)
    assert placement.status == "anchored"
    assert placement.anchor == anchor_on(TEXT, PASSAGE)


def test_find_quote_matches_across_whitespace() -> None:
    assert find_quote(TEXT, PASSAGE) == [(TEXT.index(PASSAGE), TEXT.index(PASSAGE) + len(PASSAGE))]
    across = "vague charges. Peaceful protesters"
    (span,) = find_quote(TEXT, across)
    assert TEXT[span[0] : span[1]] == "vague charges.\n\nPeaceful protesters"
    assert find_quote(TEXT, "   ") == []
    assert find_quote(TEXT, "not in the text") == []


# -- properties ----------------------------------------------------------------------------------
WORDS = st.text(alphabet="abcde ,.\n", min_size=0, max_size=60)
QUOTES = st.text(alphabet="abcdefgh ", min_size=3, max_size=40).filter(lambda q: q.strip())


@st.composite
def edits(draw: st.DrawFn, original: str) -> str:
    """``original`` after a few random insertions, deletions and replacements."""
    text = original
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(WORDS)
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        else:
            cut = draw(st.integers(at, min(len(text), at + 20)))
            text = text[:at] + (piece if kind == "replace" else "") + text[cut:]
    return text


@settings(max_examples=300, deadline=None)
@given(data=st.data(), before=WORDS, quote=QUOTES, after=WORDS)
def test_edits_outside_the_passage_reanchor_onto_exactly_it(
    data: st.DataObject, before: str, quote: str, after: str
) -> None:
    anchor = describe(before + quote + after, len(before), len(before) + len(quote))
    new_before = data.draw(edits(before), label="new_before")
    new_after = data.draw(edits(after), label="new_after")
    edited = new_before + quote + new_after
    assume(len(find_quote(edited, quote)) == 1)  # else "that passage" is not one place
    placement = reanchor(anchor, edited)
    assert (placement.anchor.start, placement.anchor.end) == (
        len(new_before),
        len(new_before) + len(quote),
    )
    assert placement.status == ("anchored" if len(new_before) == len(before) else "moved")


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    prefix=st.text(alphabet="pqrs ", min_size=CONTEXT_CHARS, max_size=CONTEXT_CHARS + 10),
    suffix=st.text(alphabet="pqrs ", min_size=CONTEXT_CHARS, max_size=CONTEXT_CHARS + 10),
    quote=QUOTES,
    decoys=st.lists(st.integers(0, 3), min_size=1, max_size=4),
)
def test_copies_elsewhere_do_not_steal_a_passage_whose_context_is_intact(
    data: st.DataObject, prefix: str, suffix: str, quote: str, decoys: list[int]
) -> None:
    """The passage is repeated in unrelated surroundings (and the text around it edited
    beyond its context): the note stays on the copy whose prefix and suffix match."""
    far_before = data.draw(WORDS, label="far_before")
    far_after = data.draw(WORDS, label="far_after")
    original = far_before + prefix + quote + suffix + far_after
    start = len(far_before) + len(prefix)
    anchor = describe(original, start, start + len(quote))
    noise = "xyzw" * 10
    copies = [f"{noise[k : k + 12]}{quote}{noise[k + 3 : k + 15]}" for k in decoys]
    head = data.draw(edits(far_before), label="new_far_before") + "".join(copies[::2])
    tail = "".join(copies[1::2]) + data.draw(edits(far_after), label="new_far_after")
    edited = head + prefix + quote + suffix + tail
    placement = reanchor(anchor, edited)
    assert placement.anchor.start == len(head) + len(prefix)
    assert placement.anchor.exact == quote


# -- across texts (a new edition's sections) ------------------------------------------------------
OTHER = (
    "The climate section says little. Peaceful protesters were detained and fined, and "
    "organisers were jailed, it repeats here."
)


def test_a_passage_moved_verbatim_to_another_text_is_found_there() -> None:
    anchor = anchor_on(TEXT, PASSAGE)
    home = TEXT.replace(PASSAGE, "Peaceful protesters were sometimes detained and fined")
    # Approximately still at home, exactly in the other text: the exact one wins.
    which, placement = reanchor_among(anchor, home, ["Nothing here.", OTHER])
    assert (which, placement.status) == (1, "moved")
    assert OTHER[placement.anchor.start : placement.anchor.end] == PASSAGE
    # Exactly at home: it stays, whatever the other texts hold.
    which, placement = reanchor_among(anchor, TEXT, [OTHER])
    assert (which, placement.status) == (None, "anchored")
    # With no home at all (its section is gone), it is found in the others.
    which, placement = reanchor_among(anchor, None, ["Nothing here.", OTHER])
    assert (which, placement.status) == (1, "moved")


def test_a_short_quote_needs_its_context_to_move_to_another_text() -> None:
    anchor = anchor_on(TEXT, "fined")
    home = "This text was rewritten."
    which, placement = reanchor_among(anchor, home, ["They were fined twice."])
    assert placement.status == "orphaned" and placement.anchor == anchor
    which, placement = reanchor_among(anchor, home, [TEXT[anchor.start - 40 :]])
    assert (which, placement.status) == (0, "moved")
