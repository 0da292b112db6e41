"""The results list counts each hit's matches in the text the hit was found in."""

from __future__ import annotations

from kzbrief.core.service import Library


def test_the_window_counts_matches_in_the_text_the_index_holds(library: Library) -> None:
    """The GUI counts a hit's matches in the text it was found in; for editorial hits that
    text must be the indexed one, or the counts drift from the results."""
    library.ensure_index()
    results = library.search("kind:editorial rights", limit=50)
    assert results.hits
    with library.index.searching() as searcher:
        for hit in results.hits:
            stored = searcher.document(doc_id=f"editorial:{hit.briefing}:{hit.section}")
            assert library.hit_text(hit) == stored["body"]
