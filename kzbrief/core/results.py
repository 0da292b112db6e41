"""What a search returns: ranked hits and the results around them.

Plain data, apart from :mod:`kzbrief.core.search` (which imports Whoosh), so that the GUI can
name these types when it starts without paying for the search engine's imports.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hit:
    """One ranked result."""

    kind: str
    briefing: str
    section: str
    section_title: str
    annotation: str | None
    score: float
    snippet: str
    snippet_html: str
    order: int = 0
    #: The page label of the match, for paged documents (imported PDFs); else None.
    page: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "briefing": self.briefing,
            "section": self.section,
            "section_title": self.section_title,
            "annotation": self.annotation,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "snippet_html": self.snippet_html,
        }
        if self.page is not None:
            data["page"] = self.page
        return data


@dataclass
class SearchResults:
    """Ranked hits, the total, notices for the user and the matched index terms.

    ``terms`` holds stemmed index terms, exact words marked with a leading "=" and
    cross-script name keys marked with "@" (see :func:`kzbrief.core.search.match_spans`).
    """

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    total_is_estimate: bool = False
    notices: tuple[str, ...] = ()
    terms: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    #: Queries to try instead when this one found nothing or very little.
    did_you_mean: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "did_you_mean": list(self.did_you_mean),
        }


def match_spans(text: str, terms: Set[str]) -> list[tuple[int, int]]:
    """Where the words of ``text`` that match a search's ``terms`` (:attr:`SearchResults.terms`)
    are, as (start, end) character offsets. Loads Whoosh's analysis on first use."""
    from kzbrief.core.search import match_spans as spans

    return spans(text, frozenset(terms))
