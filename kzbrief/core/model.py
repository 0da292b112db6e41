"""The library's data model: briefings, sections, paragraphs and editorial annotations, and
the user's bookmarks and removed briefings. Plain data that the GUI and the CLI may name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a stable id, its Markdown source and its plain text."""

    id: str
    markdown: str
    text: str


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

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that holds character ``offset`` of :attr:`text`."""
        start = 0
        for paragraph in self.paragraphs:
            end = start + len(paragraph.text)
            if offset <= end:
                return paragraph
            start = end + 2
        return self.paragraphs[-1] if self.paragraphs else None


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

    def section(self, section_id: str) -> Section | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

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
