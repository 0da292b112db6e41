"""What the search index holds: one document per section's text, per section's editorial
annotations and per note, and the fingerprint an index must have been built from to be
current. Pure functions: nothing here reads files or writes.

:func:`searched_text` is the one place that says which text a hit was found in: the index
is built from it, and the window counts a hit's matches in it (``Library.hit_text``), so the
counts cannot drift from what was indexed (issue 19, defect 6).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from kzbrief.core.annotations import Note
from kzbrief.core.index import SCHEMA_VERSION, Document
from kzbrief.core.model import Briefing, Section

#: (briefing, section) → (briefing order, section order, section title).
Places = dict[tuple[str, str], tuple[int, int, str]]


def searched_text(section: Section, kind: str) -> str:
    """The text the index holds for a hit of ``kind`` ("text", "editorial") in ``section``."""
    if kind == "editorial":
        return section.editorial.search_text
    return section.text


def note_text(note: Note) -> str:
    """The text the index holds for a note: the quote, then the note."""
    return f"{note.quote}\n\n{note.body}" if note.body else note.quote


def fingerprint(briefings: Iterable[Briefing], notes_stamp: str) -> str:
    """What the index must have been built from to be current."""
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION}\n".encode())
    for briefing in briefings:
        digest.update(f"{briefing.id}={briefing.fingerprint}\n".encode())
    digest.update(f"notes={notes_stamp}\n".encode())
    return digest.hexdigest()


def briefing_documents(briefing: Briefing) -> Iterator[Document]:
    """Index documents for one briefing's text and editorial annotations."""
    for order, section in enumerate(briefing.sections):
        common = {
            "briefing": briefing.id,
            "section": section.id,
            "order": order,
            "section_title": section.title,
            "sources": ",".join(s.id for s in section.sources),
            "language": briefing.language,
        }
        yield {
            "doc_id": f"text:{briefing.id}:{section.id}",
            "kind": "text",
            **common,
            "body": searched_text(section, "text"),
            "tags": ",".join(section.tags),
        }
        editorial = section.editorial
        if editorial.is_empty:
            continue
        yield {
            "doc_id": f"editorial:{briefing.id}:{section.id}",
            "kind": "editorial",
            **common,
            "body": searched_text(section, "editorial"),
            "tags": ",".join(editorial.tags),
        }


def note_places(briefings: Iterable[Briefing]) -> Places:
    """Where each section stands, for ordering notes and naming their section."""
    return {
        (b.id, s.id): (b_order, s_order, s.title)
        for b_order, b in enumerate(briefings)
        for s_order, s in enumerate(b.sections)
    }


def note_document(note: Note, places: Places) -> Document:
    """The index document of one note: kind "note", the quote, the note and its tags."""
    _, order, title = places.get((note.briefing, note.section), (0, 0, note.section))
    return {
        "doc_id": f"note:{note.id}",
        "kind": "note",
        "briefing": note.briefing,
        "section": note.section,
        "annotation": note.id,
        "order": order,
        "section_title": title,
        "body": note_text(note),
        "tags": ",".join(note.tags),
    }
