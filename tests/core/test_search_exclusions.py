"""Exclusions (``-word``, ``NOT``) never break a search, whatever they are nested in.

Whoosh's AndNotMatcher asked its wanted side for a document after a skip had exhausted it;
the top-N collector's quality skipping made that happen for nested exclusions (found by the
Hypothesis test in test_query.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import fields
from whoosh import query as wq
from whoosh.filedb.filestore import RamStorage

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


def test_the_guarded_matcher_survives_its_wanted_side_running_out() -> None:
    schema = fields.Schema(body=fields.TEXT(stored=False))
    index = RamStorage().create_index(schema)
    with index.writer() as writer:
        for n in range(40):  # alpha in the first half, beta in every odd one and the second half
            writer.add_document(
                body=("alpha " if n < 20 else "") + ("beta" if n % 2 or n >= 20 else "")
            )
    with index.searcher() as searcher:
        from kzbrief.core.search import and_not_class

        guarded = and_not_class()(wq.Term("body", "alpha"), wq.Term("body", "beta"))
        matcher = guarded.matcher(searcher)
        seen = []
        while matcher.is_active():
            seen.append(matcher.id())
            matcher.skip_to(matcher.id() + 3)  # skipping past the end must just stop
        assert seen and all(n % 2 == 0 for n in seen)
        assert len(searcher.search(guarded, limit=5)) == 10
