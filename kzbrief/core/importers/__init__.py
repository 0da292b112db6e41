"""Importing reports as briefings: Markdown, HTML and plain text, in any common encoding.

:func:`parse_document` reads a file within the limits (:mod:`.source`), picks the reader
for its format (:mod:`.from_markdown`, :mod:`.from_html`, :mod:`.from_text`) and returns
an :class:`ImportedDocument` (:mod:`.document`). :mod:`.storage` puts it in the data
folder atomically. :class:`kzbrief.core.service.Library` ties these together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers.document import DocumentBuilder, ImportedDocument
from kzbrief.core.importers.from_html import declared_charset, read_html
from kzbrief.core.importers.from_markdown import read_markdown
from kzbrief.core.importers.from_text import read_text
from kzbrief.core.importers.source import decode, read_limited

Reader = Callable[[str], DocumentBuilder]
#: File suffix → (format name, reader).
READERS: dict[str, tuple[str, Reader]] = {
    ".md": ("markdown", read_markdown),
    ".markdown": ("markdown", read_markdown),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".txt": ("text", read_text),
}
SUFFIXES = tuple(READERS)


def parse_document(
    path: Path, *, title: str | None = None, language: str | None = None
) -> tuple[ImportedDocument, bytes]:
    """Read and parse ``path``; returns the document and the file's bytes (to keep).

    Raises BadInputError, with one line naming the file, for anything that cannot be
    imported. Writes nothing.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise BadInputError(
            f"cannot import {path.name}: kzbrief imports {', '.join(SUFFIXES)} files"
        )
    format_name, reader = READERS[suffix]
    data = read_limited(path)
    declared = declared_charset(data) if format_name == "html" else None
    text, encoding = decode(data, name=path.name, declared=declared)
    try:
        builder = reader(text)
    except BadInputError as exc:
        raise BadInputError(f"cannot import {path.name}: {exc}") from None
    document = builder.build(
        name=path.name, format_name=format_name, encoding=encoding, title=title, language=language
    )
    return document, data


@dataclass(frozen=True)
class NoteCounts:
    """How a new edition's re-anchoring placed the briefing's notes (issue 5)."""

    stayed: int
    moved: int
    orphaned: int

    def to_dict(self) -> dict[str, int]:
        return {"stayed": self.stayed, "moved": self.moved, "orphaned": self.orphaned}


@dataclass(frozen=True)
class ImportReport:
    """What an import did, for the CLI and the GUI to tell the user."""

    briefing_id: str
    title: str
    edition: int
    language: str
    format: str
    encoding: str
    sections: int
    paragraphs: int
    previous_edition: int | None = None
    #: Name of the trash folder that holds the replaced edition (to undo the import).
    replaced_trash: str | None = None
    #: Re-anchoring counts for a new edition; None until notes re-anchoring is wired in.
    notes: NoteCounts | None = None
    notices: tuple[str, ...] = field(default=())

    @property
    def replaced(self) -> bool:
        return self.previous_edition is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.briefing_id,
            "title": self.title,
            "edition": self.edition,
            "previous_edition": self.previous_edition,
            "language": self.language,
            "format": self.format,
            "encoding": self.encoding,
            "sections": self.sections,
            "paragraphs": self.paragraphs,
            "notes": self.notes.to_dict() if self.notes else None,
            "notices": list(self.notices),
        }
