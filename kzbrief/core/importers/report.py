"""What an import did, for the CLI and the GUI to tell the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    #: How the notes were re-anchored on a new edition; None for a first import.
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
