"""Exclusions (``-word``, ``NOT``) never break a search, whatever they are nested in.

Whoosh's AndNotMatcher asked its wanted side for a document after a skip had exhausted it;
the top-N collector's quality skipping made that happen for nested exclusions (found by the
Hypothesis test in test_query.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzbrief.core.service import Library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    library = Library(Path(tmp_path_factory.mktemp("exclusions")))
    yield library
    library.close()


@pytest.mark.parametrize(
    "text",
    [
        '-climate ( "peaceful assembly" NOT -climate )',
        '"peaceful assembly" NOT -climate',
        "-climate (assembly NOT -climate)",
        "NOT NOT climate",
    ],
)
def test_nested_exclusions_answer(library: Library, text: str) -> None:
    results = library.search(text)
    assert not [n for n in results.notices if "internal" in n.lower()]
    # Cross-check against the meaning: a word and its own negation leave nothing.
    if "climate" in text and text.count("-climate") == 2:
        assert results.total == 0
