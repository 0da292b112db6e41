"""The library's data model: briefings, sections, paragraphs and editorial annotations, and
the user's bookmarks and removed briefings. Plain data that the GUI and the CLI may name."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kzbrief.core.wording import translate


@dataclass(frozen=True)
class Source:
    """A source a briefing cites: a short id (``AI-2023``), its title, publisher, date and
    address. The address is shown as text; the app never opens it."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
        }

    @property
    def citation(self) -> str:
        """One line naming the source: publisher, “title”, date."""
        parts = [self.publisher] if self.publisher else []
        parts.append(f"\u201c{self.title}\u201d")
        if self.date:
            parts.append(self.date)
        return ", ".join(parts)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a stable id, its Markdown source and its plain text.

    ``sources``: the ids of the briefing's sources for the facts it states (may be empty).

    Paragraphs of paged documents (imported PDFs) also carry the label of the page they
    start on and, for each later page they run onto, where in ``text`` that page starts.
    """

    id: str
    markdown: str
    text: str
    sources: tuple[str, ...] = ()
    page: str | None = None
    page_breaks: tuple[tuple[int, str], ...] = ()

    def page_at(self, offset: int) -> str | None:
        """The label of the page that holds character ``offset`` of :attr:`text`."""
        label = self.page
        for start, later in self.page_breaks:
            if offset >= start:
                label = later
        return label


@dataclass(frozen=True)
class Editorial:
    """Editorial annotations carried by a section."""

    key_facts: tuple[str, ...] = ()
    why_it_matters: str = ""
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "key_facts": list(self.key_facts),
            "why_it_matters": self.why_it_matters,
            "tags": list(self.tags),
            "related": list(self.related),
        }

    @property
    def is_empty(self) -> bool:
        return not (self.key_facts or self.why_it_matters or self.tags or self.related)

    @property
    def search_text(self) -> str:
        """The text the index holds for these annotations; the window counts a hit's matches
        in this same text, so the two never drift apart."""
        return "\n".join([*self.key_facts, self.why_it_matters])


class RenderedHtml(Protocol):
    """Where paragraphs' HTML can be had without rendering their Markdown (a render cache)."""

    def html(self, section_id: str, paragraph_ids: Sequence[str]) -> Sequence[str] | None:
        """The HTML of a section's paragraphs, in order; None when it is not known."""
        ...


@dataclass(frozen=True)
class Section:
    """A section of a briefing with a stable id."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    editorial: Editorial = field(default_factory=Editorial)
    #: The briefing's render cache, if it has one. How the section is shown, not what it
    #: is: it takes no part in comparisons.
    rendered: RenderedHtml | None = field(default=None, compare=False, repr=False)
    #: The briefing's sources that its paragraphs cite, in order of first citation.
    sources: tuple[Source, ...] = ()

    @property
    def tags(self) -> tuple[str, ...]:
        return self.editorial.tags

    @property
    def text(self) -> str:
        """The section's plain text: paragraphs joined by blank lines.

        Annotation anchors (TextPositionSelector) count characters in this string.
        """
        return "\n\n".join(p.text for p in self.paragraphs)

    def cached_html(self) -> Sequence[str] | None:
        """Its paragraphs' HTML from the render cache (unsanitised), or None: render them."""
        if self.rendered is None:
            return None
        return self.rendered.html(self.id, [p.id for p in self.paragraphs])

    def page_span(self, start: int, end: int) -> tuple[str, str] | None:
        """The labels of the first and last pages of :attr:`text` [start, end), or None
        when the section's paragraphs carry no pages."""
        first = last = None
        position = 0
        for paragraph in self.paragraphs:
            stop = position + len(paragraph.text)
            if paragraph.page is not None and stop >= start and position <= max(start, end - 1):
                lo = max(start - position, 0)
                hi = max(min(end - position, len(paragraph.text)) - 1, lo)
                if first is None:
                    first = paragraph.page_at(lo)
                last = paragraph.page_at(hi)
            position = stop + 2
        if first is None or last is None:
            return None
        return first, last

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that holds character ``offset`` of :attr:`text`."""
        start = 0
        for paragraph in self.paragraphs:
            end = start + len(paragraph.text)
            if offset <= end:
                return paragraph
            start = end + 2
        return self.paragraphs[-1] if self.paragraphs else None

    def sources_of(self, paragraph: Paragraph) -> tuple[Source, ...]:
        """The sources ``paragraph`` cites (those the briefing knows), in its order."""
        known = {s.id: s for s in self.sources}
        return tuple(known[sid] for sid in paragraph.sources if sid in known)


@dataclass(frozen=True)
class Briefing:
    """A briefing: metadata, attribution and its ordered sections."""

    id: str
    title: str
    edition: int
    date: str
    language: str
    sections: tuple[Section, ...]
    summary: str = ""
    attribution: dict[str, str] = field(default_factory=dict)
    vocabulary: dict[str, str] = field(default_factory=dict)
    bundled: bool = False
    fingerprint: str = ""
    #: Every source the briefing cites (a briefing without them has none).
    sources: tuple[Source, ...] = ()

    def section(self, section_id: str) -> Section | None:
        return self._sections_by_id.get(section_id)

    @functools.cached_property
    def _sections_by_id(self) -> dict[str, Section]:
        """(Each search looks up the section of each hit.)"""
        by_id: dict[str, Section] = {}
        for section in self.sections:
            by_id.setdefault(section.id, section)  # (the first, as a scan would find)
        return by_id

    @functools.cached_property
    def is_paged(self) -> bool:
        """Whether its paragraphs carry page numbers (a PDF import)."""
        return any(p.page is not None for s in self.sections for p in s.paragraphs)

    def to_summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "edition": self.edition,
            "date": self.date,
            "language": self.language,
            "sections": len(self.sections),
            "bundled": self.bundled,
            "attribution": dict(self.attribution),
        }


def cite_pages(span: tuple[str, str] | None) -> str:
    """ "p. 2" or "pp. 2–3" for a page span, "" for none."""
    if span is None:
        return ""
    first, last = span
    if first == last:
        return translate("Export", "p. {page}").format(page=first)
    return translate("Export", "pp. {first}–{last}").format(first=first, last=last)


@dataclass(frozen=True)
class Bookmark:
    id: str
    briefing: str
    section: str
    paragraph: str | None
    label: str
    created: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "briefing": self.briefing,
            "section": self.section,
            "paragraph": self.paragraph,
            "label": self.label,
            "created": self.created,
        }


@dataclass(frozen=True)
class RemovedBriefing:
    """A briefing moved to the trash; enough to restore it (undo)."""

    id: str
    title: str
    edition: int
    trash_name: str
    removed: str
    reason: str  # "removed" or "replaced"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "edition": self.edition,
            "trash_name": self.trash_name,
            "removed": self.removed,
            "reason": self.reason,
        }
