"""Moving a data folder onto a new edition of a bundled briefing, and earlier editions kept.

When kzbrief ships a new edition of a bundled briefing, a data folder made by an earlier
version holds notes anchored on the old text. The first start on the new version re-anchors
them (through the library's one re-anchoring entry point, ``Library.reanchor_notes``) and
tells the user once how they fared: :class:`EditionUpgrade`. Which edition of each bundled
briefing the folder has seen is kept in its reading state (``EDITIONS_SEEN``), so the
upgrade runs once.

Earlier editions of a bundled briefing are kept in ``resources/editions/<id>/<edition>/``
(the same files as a briefing folder), so that a user can bring one back and read an
orphaned note in its old context (``kzbrief restore <id>``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzbrief.core.briefings import BRIEFING_FILE, EDITORIAL_FILE
from kzbrief.core.errors import DataError
from kzbrief.core.resources import resource_path
from kzbrief.core.wording import translate

#: Reading-state key: JSON ``{briefing id: edition}`` of the bundled editions this folder saw.
EDITIONS_SEEN = "editions.seen"
ARCHIVE_DIR = "editions"


@dataclass(frozen=True)
class EditionUpgrade:
    """How a briefing's notes fared when the folder moved onto its new edition."""

    briefing: str
    title: str
    old_edition: int
    new_edition: int
    stayed: int
    moved: int
    orphaned: int

    @property
    def notes(self) -> int:
        return self.stayed + self.moved + self.orphaned

    @property
    def message(self) -> str:
        """One line for the command line (the window words it through Qt's translation)."""
        count = f"{self.notes} note" if self.notes == 1 else f"{self.notes} notes"
        verb = "was" if self.notes == 1 else "were"
        attention = "needs" if self.orphaned == 1 else "need"
        return (
            f"Your {count} on '{self.title}' {verb} moved to edition {self.new_edition}: "
            f"{self.stayed} stayed, {self.moved} moved, {self.orphaned} {attention} attention"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "briefing": self.briefing,
            "title": self.title,
            "old_edition": self.old_edition,
            "new_edition": self.new_edition,
            "notes": self.notes,
            "stayed": self.stayed,
            "moved": self.moved,
            "orphaned": self.orphaned,
        }


def read_seen(value: str | None) -> dict[str, int]:
    """The stored ``EDITIONS_SEEN`` map (empty when absent or unreadable)."""
    try:
        data = json.loads(value) if value else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int)}


def archive_root() -> Path:
    return resource_path(ARCHIVE_DIR)


def archived_editions(briefing_id: str, root: Path | None = None) -> list[int]:
    """Editions of a bundled briefing kept in the archive, newest first."""
    folder = (archive_root() if root is None else root) / briefing_id
    if not folder.is_dir():
        return []
    return sorted(
        (
            int(p.name)
            for p in folder.iterdir()
            if p.name.isdigit() and (p / BRIEFING_FILE).is_file()
        ),
        reverse=True,
    )


def archived_edition(
    briefing_id: str, edition: int, root: Path | None = None
) -> tuple[dict[str, Any], bytes]:
    """An archived edition as briefing data to install (its editorial annotations carried in
    each section), and the bytes of its briefing.json."""
    folder = (archive_root() if root is None else root) / briefing_id / str(edition)
    try:
        payload = (folder / BRIEFING_FILE).read_bytes()
        data = json.loads(payload.decode("utf-8"))
        editorial_path = folder / EDITORIAL_FILE
        editorial = (
            json.loads(editorial_path.read_text(encoding="utf-8"))
            if editorial_path.is_file()
            else {}
        )
    except (OSError, ValueError) as exc:
        raise DataError(
            translate("Errors", "cannot read edition {edition} of {briefing}: {error}").format(
                edition=edition, briefing=briefing_id, error=exc
            )
        ) from exc
    if not isinstance(data, dict) or not isinstance(editorial, dict):
        raise DataError(
            translate("Errors", "edition {edition} of {briefing} is damaged").format(
                edition=edition, briefing=briefing_id
            )
        )
    notes = editorial.get("sections") if isinstance(editorial.get("sections"), dict) else {}
    for section in data.get("sections") or []:
        if isinstance(section, dict) and isinstance(notes, dict) and section.get("id") in notes:
            section["editorial"] = notes[section["id"]]
    raw = data.get("attribution")
    attribution: dict[str, Any] = raw if isinstance(raw, dict) else {}
    data["attribution"] = {
        **attribution,
        "archived": f"Edition {edition}, brought back from the editions kzbrief keeps",
    }
    return data, payload
