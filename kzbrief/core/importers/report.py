"""What an import did, for the CLI and the GUI to tell the user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kzbrief.core.wording import translate


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
    #: One line each: what the import changed to make the document readable (a section
    #: too long to show at once, split into parts), and repairs done on the way.
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


def describe_import(
    report: ImportReport,
    *,
    undo_hint: str = "",
    orphan_hint: str = "",
    language_names: Mapping[str, str] | None = None,
) -> list[str]:
    """What an import did, a sentence a line, whole: the CLI prints the lines, the window
    shows them in its status bar. The front end says, in its own terms, how to undo a
    replacement (``undo_hint``), where orphaned notes wait (``orphan_hint``) and what the
    languages are called (``language_names``; else "language CODE").
    """
    name = (language_names or {}).get(report.language)
    language = name or translate("Import", "language {code}").format(code=report.language)
    sections, paragraphs = report.sections, report.paragraphs
    lines = [
        translate(
            "Import",
            "Imported {title} as {id}, edition {edition}: {sections}, {paragraphs} "
            "({format}, {encoding}, {language}).",
        ).format(
            title=repr(report.title),
            id=report.briefing_id,
            edition=report.edition,
            sections=translate("Import", "%n section(s)", "", sections),
            paragraphs=translate("Import", "%n paragraph(s)", "", paragraphs),
            format=report.format,
            encoding=report.encoding,
            language=language,
        )
    ]
    if report.replaced:
        if undo_hint:
            kept = translate(
                "Import", "It replaces edition {edition}, which is kept in the trash ({hint})."
            )
        else:
            kept = translate("Import", "It replaces edition {edition}, which is kept in the trash.")
        lines.append(kept.format(edition=report.previous_edition, hint=undo_hint))
        n = report.notes
        if n is None or n.stayed + n.moved + n.orphaned == 0:
            lines.append(translate("Import", "You have no notes on this briefing yet."))
        else:
            if n.orphaned and orphan_hint:
                counts = translate(
                    "Import",
                    "Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned ({hint}).",
                )
            else:
                counts = translate(
                    "Import", "Your notes: {stayed} stayed, {moved} moved, {orphaned} orphaned."
                )
            lines.append(
                counts.format(stayed=n.stayed, moved=n.moved, orphaned=n.orphaned, hint=orphan_hint)
            )
    return lines
