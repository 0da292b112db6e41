"""The query parser never raises: malformed queries become plain words with a notice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.query import (
    And,
    FieldFilter,
    Fuzzy,
    Not,
    Or,
    Phrase,
    Prefix,
    Word,
    parse_query,
)


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("tokayev", Word("tokayev")),
        ('"domestic violence"', Phrase(("domestic", "violence"))),
        ("religi*", Prefix("religi")),
        ("acountability~", Fuzzy("acountability", 1)),
        ("acountability~2", Fuzzy("acountability", 2)),
        ("tag:climate", FieldFilter("tag", Word("climate"))),
        ("tag:Fair-Trial", FieldFilter("tag", Word("fair-trial"))),
        ("a OR b", Or((Word("a"), Word("b")))),
        ("a -b", And((Word("a"), Not(Word("b"))))),
        ("a NOT b", And((Word("a"), Not(Word("b"))))),
        ("(a OR b) c", And((Or((Word("a"), Word("b"))), Word("c")))),
        ("a AND b", And((Word("a"), Word("b")))),
    ],
)
def test_well_formed_queries(text: str, tree: object) -> None:
    parsed = parse_query(text)
    assert parsed.tree == tree
    assert parsed.notices == ()


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "AND OR (",
        "tag:",
        "((a)",
        "a)",
        "NOT",
        "a OR",
        "x" * 5000,
        "a\x00b\x07",
        "(" * 400 + "a",
        "*",
        "~",
        'tag:""',
        "-",
        '""',
    ],
)
def test_malformed_queries_come_with_a_notice(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.notices, text


@given(st.text(max_size=300))
@settings(max_examples=400, deadline=None)
def test_parser_never_raises(text: str) -> None:
    parse_query(text)


_atoms = st.sampled_from(
    [
        "tokayev",
        '"peaceful assembly"',
        "religi*",
        "acount~",
        "tag:climate",
        "-climate",
        "NOT",
        "OR",
        "AND",
        "(",
        ")",
        '"',
        "section:trials",
        "é",
        "кто",
        "*",
        "~2",
        "kind:note",
    ]
)


@given(st.lists(_atoms, max_size=12))
@settings(max_examples=400, deadline=None)
def test_searching_any_mix_of_the_language_answers(shared_library, atoms: list[str]) -> None:
    results = shared_library.search(" ".join(atoms))
    # (was `total >= 0`, which cannot fail): the count covers the hits shown, and every hit
    # names a passage that is in the library.
    assert results.total >= len(results.hits)
    for hit in results.hits:
        assert shared_library.section(hit.section, hit.briefing)


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory):
    from kzbrief.core.service import Library

    library = Library(tmp_path_factory.mktemp("shared-data"))
    yield library
    library.close()


@pytest.mark.parametrize("repeats", [40, 49, 60, 200])
def test_a_long_query_is_cut_between_words(repeats: int) -> None:
    """Issue 22: 49 × "repression" was cut to "… repre" at 500 characters and found nothing."""
    parsed = parse_query(" ".join(["repression"] * repeats))
    assert parsed.text.split() == ["repression"] * len(parsed.text.split())
    assert len(parsed.text) <= 500


def test_a_long_query_without_spaces_is_still_cut() -> None:
    parsed = parse_query("x" * 600)
    assert len(parsed.text) == 500 and parsed.notices


@pytest.mark.parametrize("repeats", [2, 40, 49, 200])
def test_a_repeated_word_finds_what_one_occurrence_finds(shared_library, repeats: int) -> None:
    once = shared_library.search("restrictions")  # a word of the bundled briefing
    assert once.total > 0
    repeated = shared_library.search(" ".join(["restrictions"] * repeats))
    assert repeated.total == once.total
    assert [(h.section, h.kind) for h in repeated.hits] == [(h.section, h.kind) for h in once.hits]
