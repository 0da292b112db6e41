"""Which briefings the library holds: the bundled ones, and the imported ones (plain folders,
or sealed in memory when protected), read once and kept in memory until something changes."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kzbrief.core import protection
from kzbrief.core.briefings import BRIEFING_FILE, EDITORIAL_FILE, briefing_dirs, load_briefing_dir
from kzbrief.core.changelog import ChangeLog
from kzbrief.core.errors import DataError, NotFoundError
from kzbrief.core.model import Briefing, Paragraph, Section
from kzbrief.core.rendercache import RENDER_FILE
from kzbrief.core.resources import resource_path
from kzbrief.core.session import ProtectionSession
from kzbrief.core.wording import translate

LIBRARY_DIR = "library"
#: Reading-state key (+ briefing id) of the sections a new edition gave another id.
RENAMED_STATE = "sections.renamed."
#: A "no such section" message names at most this many of the briefing's sections.
SECTIONS_NAMED = 12


def paragraph_data(section: Section, paragraph: Paragraph) -> dict[str, Any]:
    """A paragraph for ``show --json``: its sources' ids; ``page`` only for paged documents."""
    data: dict[str, Any] = {
        "id": paragraph.id,
        "text": paragraph.text,
        "sources": [s.id for s in section.sources_of(paragraph)],
    }
    if paragraph.page is not None:
        data["page"] = paragraph.page
    return data


#: What a briefing folder's files were when read: (inode, size, modification time) of each.
FolderStamp = tuple[tuple[int, int, int] | None, ...]
#: The files a briefing is read from (its text, its editorial notes, its rendered sections).
STAMPED_FILES = (BRIEFING_FILE, EDITORIAL_FILE, RENDER_FILE)


def folder_stamp(folder: Path) -> FolderStamp | None:
    """The stamp of ``folder``'s briefing files (None when it cannot be read). Every write of
    them replaces the file (kzbrief.core.safefile), which gives it a new inode."""
    stamps: list[tuple[int, int, int] | None] = []
    for name in STAMPED_FILES:
        try:
            info = os.stat(folder / name)
        except FileNotFoundError:
            stamps.append(None)
        except OSError:
            return None
        else:
            stamps.append((info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(stamps)


def bundled_briefings() -> Iterator[Briefing]:
    """The briefings that come with kzbrief, read one by one."""
    for folder in briefing_dirs(resource_path("briefings")):
        yield load_briefing_dir(folder, bundled=True)


class Catalogue:
    """The briefings in memory. Another process's change (its change stamp) makes them be
    read again; those that did not change stay the same objects (a window compares the
    briefing it shows by identity)."""

    def __init__(
        self,
        session: ProtectionSession,
        changelog: ChangeLog,
        state_lock: threading.RLock,
        notices: list[str],
    ) -> None:
        self._session = session
        self._changelog = changelog
        self._state_lock = state_lock
        self._notices = notices
        self._briefings: dict[str, Briefing] | None = None
        #: The imported briefings last read, by folder, with their folder's stamp then: one
        #: whose files are as they were is not read again (an import into a library of a
        #: hundred briefings read all of them again: a third of its time).
        self._read: dict[Path, tuple[FolderStamp, Briefing]] = {}
        #: Counts the times the briefings were read again or one of them refreshed.
        self._generation = 0

    def _skipped(self, exc: DataError) -> None:
        told = translate("Library", "Skipped a damaged briefing: {error}")
        self._notices.append(told.format(error=exc))

    def _load(self) -> dict[str, Briefing]:
        found = {briefing.id: briefing for briefing in bundled_briefings()}
        session = self._session
        if session.is_protected:
            # Imported briefings are personal: there once unlocked, from memory.
            if session.try_unlock() and session.sealed is not None:
                for briefing_id in session.sealed.ids():
                    try:
                        briefing = protection.briefing_from_files(
                            session.sealed.briefing_files(briefing_id)
                        )
                    except DataError as exc:
                        self._skipped(exc)
                        continue
                    found[briefing.id] = briefing
            return found
        if not session.read_only:  # (an unfinished import stays unfinished)
            self._notices.extend(session.plain_folder.recover())
        read, self._read = self._read, {}
        for folder in briefing_dirs(session.data_dir / LIBRARY_DIR):
            stamp = folder_stamp(folder)
            known = read.get(folder)
            if stamp is not None and known is not None and known[0] == stamp:
                briefing = known[1]
            else:
                try:
                    briefing = load_briefing_dir(folder)
                except DataError as exc:
                    self._skipped(exc)
                    continue
            if stamp is not None:
                self._read[folder] = (stamp, briefing)
            found[briefing.id] = briefing  # an imported edition replaces the bundled one
        return found

    def briefings(self) -> list[Briefing]:
        """Every briefing in the library, in a stable order (bundled first)."""
        return sorted(self._current().values(), key=lambda b: (not b.bundled, b.title.lower()))

    def _current(self) -> dict[str, Briefing]:
        """The briefings by id, read again if another process changed them. Looking one up
        sorts nothing (a search looks up the briefing of each hit)."""
        with self._state_lock:
            outdated: dict[str, Briefing] = {}
            if self._changelog.library_moved():
                outdated, self._briefings = self._briefings or {}, None
            if self._briefings is None:
                self._briefings = self._load()
                self._generation += 1
                for briefing_id, briefing in self._briefings.items():
                    old = outdated.get(briefing_id)
                    if old is not None and (old.fingerprint, old.bundled) == (
                        briefing.fingerprint,
                        briefing.bundled,
                    ):
                        self._briefings[briefing_id] = old  # unchanged: the same object
            return self._briefings

    def generation(self) -> int:
        """A number that changes whenever the briefings may have (read again, or one of
        them refreshed): what was derived from them at the same number is still current."""
        with self._state_lock:
            self._current()
            return self._generation

    def by_id(self) -> dict[str, Briefing]:
        return {b.id: b for b in self.briefings()}  # (in the stable order)

    def forget(self) -> None:
        """Read every briefing again when next asked (after an import, a lock, an unlock)."""
        with self._state_lock:
            self._briefings = None

    def default(self) -> Briefing:
        briefings = self.briefings()
        if not briefings:
            raise DataError(translate("Errors", "the library holds no briefing"))
        return briefings[0]

    def briefing(self, briefing_id: str | None = None) -> Briefing:
        if not briefing_id:
            return self.default()
        known = self._current()
        try:
            return known[briefing_id]
        except KeyError:
            if not known:
                told = translate("Errors", "no briefing {briefing} (known: none)")
                raise NotFoundError(told.format(briefing=repr(briefing_id))) from None
            told = translate("Errors", "no briefing {briefing} (known: {known})")
            names = ", ".join(sorted(known))
            raise NotFoundError(told.format(briefing=repr(briefing_id), known=names)) from None

    def briefing_or_none(self, briefing_id: str) -> Briefing | None:
        try:
            return self.briefing(briefing_id)
        except NotFoundError:
            return None

    def section(self, section_id: str, briefing_id: str | None = None) -> tuple[Briefing, Section]:
        briefing = self.briefing(briefing_id)
        section = briefing.section(section_id)
        if section is None:
            renamed = self.renamed_sections(briefing.id).get(section_id)
            if renamed and briefing.section(renamed) is not None:
                told = translate(
                    "Errors",
                    "no section {section} in {briefing}: its new edition calls it {renamed}",
                )
                raise NotFoundError(
                    told.format(
                        section=repr(section_id), briefing=briefing.id, renamed=repr(renamed)
                    )
                )
            ids = [s.id for s in briefing.sections]
            known = ", ".join(ids[:SECTIONS_NAMED])
            more = len(ids) - SECTIONS_NAMED
            if more > 0:  # one line, even for a briefing of 4,000 sections
                told = translate(
                    "Errors",
                    "no section {section} in {briefing} "
                    "(sections: {known} and {count} more: see 'kzbrief sections')",
                )
            else:
                told = translate("Errors", "no section {section} in {briefing} (sections: {known})")
            raise NotFoundError(
                told.format(section=repr(section_id), briefing=briefing.id, known=known, count=more)
            )
        return briefing, section

    def section_data(self, section_id: str, briefing_id: str | None = None) -> dict[str, Any]:
        """A section as plain data (``show --json``)."""
        briefing, section = self.section(section_id, briefing_id)
        return {
            "briefing": briefing.id,
            "id": section.id,
            "title": section.title,
            "tags": list(section.tags),
            "text": section.text,
            "paragraphs": [paragraph_data(section, p) for p in section.paragraphs],
            "editorial": section.editorial.to_dict(),
            "sources": [s.to_dict() for s in section.sources],
        }

    def summary(self, note_counts: dict[str, int]) -> list[dict[str, Any]]:
        """One row per briefing for the library view: title, edition, date, counts."""
        return [
            {
                "id": b.id,
                "title": b.title,
                "edition": b.edition,
                "date": b.date,
                "language": b.language,
                "sections": len(b.sections),
                "notes": note_counts.get(b.id, 0),
                "bundled": b.bundled,
                "imported_from": b.attribution.get("imported_from", ""),
            }
            for b in self.briefings()
        ]

    def renamed_sections(self, briefing_id: str) -> dict[str, str]:
        """Old section id → the id a new edition gave that section."""
        if not self._session.try_unlock():
            return {}
        state = self._session.store.get_state(f"{RENAMED_STATE}{briefing_id}")
        try:
            found = json.loads(state or "{}")
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def follow_section(self, section_id: str, briefing_id: str | None = None) -> str | None:
        """The id ``section_id`` has now: itself, the id a new edition gave its section, or
        None when the briefing no longer has that section."""
        briefing = self.briefing(briefing_id)
        if briefing.section(section_id) is not None:
            return section_id
        renamed = self.renamed_sections(briefing.id).get(section_id)
        return renamed if renamed and briefing.section(renamed) is not None else None

    def refresh(self, briefing_id: str) -> Briefing | None:
        """Re-read the one briefing whose folder changed (forget() would re-read them all).

        Read without the catalogue's lock (a large briefing takes a while to load): the
        window looks briefings up meanwhile, and must not wait for the worker's read."""
        with self._state_lock:
            if self._briefings is None:
                return self.briefing_or_none(briefing_id)
            sealed, folder = self._session.sealed, self._session.library_folder
        read: tuple[Path, FolderStamp] | None = None
        if sealed is not None and sealed.holds(briefing_id):
            found: Briefing | None = protection.briefing_from_files(
                sealed.briefing_files(briefing_id)
            )
        elif folder.holds(briefing_id):
            stamp = folder_stamp(folder.root / briefing_id)
            found = load_briefing_dir(folder.root / briefing_id)
            if stamp is not None:
                read = (folder.root / briefing_id, stamp)
        else:  # removed: the bundled briefing of that id, if any, shows again
            found = next((b for b in bundled_briefings() if b.id == briefing_id), None)
        with self._state_lock:
            if self._briefings is None:  # forgotten meanwhile: everything is read again
                return self.briefing_or_none(briefing_id)
            if found is None:
                self._briefings.pop(briefing_id, None)
            else:
                self._briefings[briefing_id] = found
                if read is not None:
                    self._read[read[0]] = (read[1], found)
            self._generation += 1
            return found
