"""What an export holds: the notes in scope, each with its citation context (briefing, edition,
section, paragraph, pages, sources), and the lines every format writes the same way. The
writers are in :mod:`kzbrief.core.export` (Markdown, CSV) and :mod:`kzbrief.core.exporthtml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kzbrief.core.annotations import Note
from kzbrief.core.formats import EXPORT_FORMATS
from kzbrief.core.model import Briefing, Editorial, Section, cite_pages
from kzbrief.core.wording import format_datetime, translate

FORMATS = EXPORT_FORMATS
COLOUR_HEX = {
    "yellow": "#fff3a3",
    "green": "#c8f2c2",
    "blue": "#c4e1ff",
    "pink": "#ffd0e4",
    "purple": "#e2d4ff",
}


@dataclass(frozen=True)
class ExportNote:
    """One note as exported: the note itself plus where it stands."""

    id: str
    briefing: str
    briefing_title: str
    edition: int
    section: str
    section_title: str
    paragraph: str | None
    quote: str
    note: str
    tags: tuple[str, ...]
    colour: str
    status: str
    created: str
    modified: str
    start: int | None = None
    end: int | None = None
    order: tuple[int, int] = (0, 0)
    #: The sources of the quoted paragraph, each as "[ID] publisher, “title”, date".
    sources: tuple[str, ...] = ()
    #: "p. 2" or "pp. 2–3" for a passage of a paged document (an imported PDF); else "".
    pages: str = ""

    @property
    def reference(self) -> str:
        """Stable reference back: briefing/section#paragraph."""
        anchor = f"#{self.paragraph}" if self.paragraph else ""
        return f"{self.briefing}/{self.section}{anchor}"

    @property
    def citation(self) -> str:
        """Where the note stands and, when the quoted paragraph cites any, its sources."""
        if self.pages:
            where = translate(
                "Export", "{briefing}, edition {edition}, section “{section}”, {pages} [{ref}]"
            )
        else:
            where = translate(
                "Export", "{briefing}, edition {edition}, section “{section}” [{ref}]"
            )
        told = where.format(
            briefing=self.briefing_title,
            edition=self.edition,
            section=self.section_title,
            pages=self.pages,
            ref=self.reference,
        )
        if not self.sources:
            return told
        return translate("Export", "{citation}; sources: {sources}").format(
            citation=told, sources="; ".join(self.sources)
        )


@dataclass(frozen=True)
class ExportScope:
    """Which notes an export holds: every filter given must match."""

    briefing: str | None = None
    section: str | None = None
    tag: str | None = None
    colour: str | None = None
    query: str | None = None
    note_ids: tuple[str, ...] | None = None

    def describe(self) -> str:
        parts = []
        if self.briefing:
            parts.append(translate("Export", "briefing {id}").format(id=self.briefing))
        if self.section:
            parts.append(translate("Export", "section {id}").format(id=self.section))
        if self.tag:
            parts.append(translate("Export", "tag {tag}").format(tag=self.tag))
        if self.colour:
            parts.append(
                translate("Export", "{colour} highlights").format(colour=colour_name(self.colour))
            )
        if self.query:
            parts.append(translate("Export", "notes matching “{query}”").format(query=self.query))
        if self.note_ids is not None:
            chosen = len(self.note_ids)  # a plain name: lupdate skips a call on len(…)
            parts.append(translate("Export", "%n chosen note(s)", "", chosen))
        return translate("Export", ", ", "list separator").join(parts) or translate(
            "Export", "all notes"
        )


@dataclass
class ExportBundle:
    """What one export holds: the notes in scope, and the optional extras."""

    title: str
    generated: str
    scope: str
    notes: list[ExportNote]
    bookmarks: list[dict[str, Any]] = field(default_factory=list)
    editorial: dict[tuple[str, str], tuple[str, Editorial]] = field(default_factory=dict)

    def by_section(self) -> list[tuple[tuple[str, str], list[ExportNote]]]:
        """Notes grouped by (briefing, section), in reading order."""
        groups: dict[tuple[str, str], list[ExportNote]] = {}
        for note in sorted(self.notes, key=lambda n: (n.briefing, n.order, n.start or 0, n.id)):
            groups.setdefault((note.briefing, note.section), []).append(note)
        return list(groups.items())


def _note_count(bundle: ExportBundle) -> str:
    count = len(bundle.notes)
    return translate("Export", "%n note(s)", "", count)


#: The highlight colours' names, for lupdate to find (translated where shown).
_COLOUR_NAMES = {
    "yellow": translate("Colour", "yellow"),
    "green": translate("Colour", "green"),
    "blue": translate("Colour", "blue"),
    "pink": translate("Colour", "pink"),
    "purple": translate("Colour", "purple"),
}


def colour_name(colour: str) -> str:
    """A highlight colour's name in the interface's language (an unknown one as it is)."""
    return translate("Colour", colour) if colour in _COLOUR_NAMES else colour


def exported_line(bundle: ExportBundle) -> str:
    return translate("Export", "Exported {date} from kzbrief — {scope}; {count}.").format(
        date=format_datetime(bundle.generated), scope=bundle.scope, count=_note_count(bundle)
    )


def edition_line(briefing_title: str, edition: int) -> str:
    return translate("Export", "{briefing}, edition {edition}").format(
        briefing=briefing_title, edition=edition
    )


def dates_line(note: ExportNote) -> str:
    return translate("Export", "Created {created} · modified {modified} · {id}").format(
        created=format_datetime(note.created), modified=format_datetime(note.modified), id=note.id
    )


def tags_line(tags: str) -> str:
    return translate("Export", "Tags: {tags}").format(tags=tags)


def _quoted_sources(section: Section, note: Note) -> tuple[str, ...]:
    """The sources of every paragraph the note's passage touches, in citation order."""
    start, end = note.anchor.start, max(note.anchor.start, note.anchor.end - 1)
    cited: dict[str, str] = {}
    offset = 0
    for paragraph in section.paragraphs:
        last = offset + len(paragraph.text)
        if offset <= end and start <= last:
            for source in section.sources_of(paragraph):
                cited.setdefault(source.id, f"[{source.id}] {source.citation}")
        offset = last + 2
    return tuple(cited.values())


def export_note(note: Note, briefing: Briefing | None) -> ExportNote:
    """A stored note with the citation context of the briefing it belongs to (if present)."""
    section = briefing.section(note.section) if briefing else None
    order = 0
    if briefing is not None and section is not None:
        order = briefing.sections.index(section)
    placed = note.status != "orphaned" and section is not None
    paragraph = section.paragraph_at(note.anchor.start) if placed and section else None
    pages = ""
    if placed and section is not None:
        pages = cite_pages(section.page_span(note.anchor.start, note.anchor.end))
    return ExportNote(
        pages=pages,
        id=note.id,
        briefing=note.briefing,
        briefing_title=briefing.title if briefing else note.briefing,
        edition=briefing.edition if briefing else (note.edition or 1),
        section=note.section,
        section_title=section.title if section else note.section,
        paragraph=paragraph.id if paragraph else None,
        sources=_quoted_sources(section, note) if placed and section else (),
        quote=note.quote,
        note=note.body,
        tags=tuple(note.tags),
        colour=note.colour,
        status=note.status,
        created=note.created,
        modified=note.modified,
        start=note.anchor.start if placed else None,
        end=note.anchor.end if placed else None,
        order=(order, 0),
    )
