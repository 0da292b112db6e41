"""The user's own writing on the briefings: notes (highlights with a Markdown note and tags),
bookmarks, and the reading place, read and written in the notes database.

A note write is one SQLite transaction (which bumps ``data_version``); then, if the open
index was current just before, the change is applied to it at once, so search finds the
note immediately and the index's fingerprint stays current. Otherwise the index is left
alone and the next search rebuilds it from the database. Note writes hold the data folder's
lock, so that no other note write, in this process or another, comes between the two
fingerprints. Reads write nothing.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kzbrief.core import indexdocs
from kzbrief.core.anchoring import describe, find_quote
from kzbrief.core.annotations import (
    MAX_QUOTE_CHARS,
    SORTS,
    Note,
    check_note_text,
    check_status,
    new_note_id,
    normalise_colour,
    normalise_tags,
)
from kzbrief.core.catalogue import Catalogue
from kzbrief.core.changelog import ChangeLog
from kzbrief.core.changes import Changes
from kzbrief.core.editions import place_notes
from kzbrief.core.errors import BadInputError, NotFoundError
from kzbrief.core.indexkeeper import IndexKeeper
from kzbrief.core.model import Bookmark, Section
from kzbrief.core.session import ProtectionSession
from kzbrief.core.store import now_iso
from kzbrief.core.w3c import parse_document as parse_annotations
from kzbrief.core.w3c import read_annotation_file
from kzbrief.core.wording import translate

NOTES_CHANGED = Changes(notes=True)
BOOKMARKS_CHANGED = Changes(bookmarks=True)


def _quote_span(
    section: Section, briefing_id: str, quote: str, near: int | None, occurrence: int | None
) -> tuple[int, int]:
    """(start, end) of ``quote`` in the section's text: at ``occurrence`` (1 = the first), else
    the one nearest to character ``near``, else the first; BadInputError when it is not there.
    Whitespace in the quote matches any whitespace in the text."""
    text = section.text
    if len(quote) > MAX_QUOTE_CHARS:
        told = translate("Errors", "the quote is longer than {limit:,} characters")
        raise BadInputError(told.format(limit=MAX_QUOTE_CHARS))
    spans = find_quote(text, quote)
    if not spans:
        shown = " ".join(quote.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        told = translate("Errors", "the quote {quote} is not in section {section} of {briefing}")
        raise BadInputError(
            told.format(quote=repr(shown), section=section.id, briefing=briefing_id)
        )
    if occurrence is not None:
        if not 1 <= occurrence <= len(spans):
            found = len(spans)
            told = translate(
                "Errors",
                "the quote occurs %n time(s) in section {section}; "
                "occurrence {occurrence} does not exist",
                "",
                found,
            )
            raise BadInputError(told.format(section=section.id, occurrence=occurrence))
        return spans[occurrence - 1]
    if near is not None:
        return min(spans, key=lambda span: abs(span[0] - near))
    return spans[0]


class Notebook:
    """Notes, bookmarks and the reading place."""

    def __init__(
        self,
        session: ProtectionSession,
        catalogue: Catalogue,
        index: IndexKeeper,
        changelog: ChangeLog,
    ) -> None:
        self._session = session
        self._catalogue = catalogue
        self._index = index
        self._changelog = changelog
        #: The briefings' tags (:meth:`_editorial_tags`) and the catalogue generation they
        #: are of.
        self._kept_tags: tuple[int, frozenset[str]] | None = None

    def forget(self) -> None:
        """Forget what was derived from the briefings (the lock: imported ones are personal)."""
        self._kept_tags = None

    # -- notes: reads ------------------------------------------------------------------------------
    def notes(
        self,
        *,
        briefing_id: str | None = None,
        section_id: str | None = None,
        tag: str | None = None,
        colour: str | None = None,
        status: str | None = None,
        text: str | None = None,
        sort: str = "position",
    ) -> list[Note]:
        """Notes matching every filter given. ``text`` matches the quote, note or tags (any
        case); ``sort`` is ``position`` (reading order), ``created`` or ``modified`` (both
        newest first). Notes of a briefing no longer in the library are kept and listed.
        """
        if sort not in SORTS:
            told = translate("Errors", "unknown sort {sort} (choose from {choices})")
            raise BadInputError(told.format(sort=repr(sort), choices=", ".join(SORTS)))
        tags = normalise_tags([tag]) if tag is not None else ()  # an empty tag: no filter
        found = self._session.notes.find(
            briefing=briefing_id,
            section=section_id,
            tag=tags[0] if tags else None,
            colour=normalise_colour(colour) if colour is not None else None,
            status=check_status(status),
        )
        if text and text.strip():
            needle = text.strip().casefold()
            found = [
                n
                for n in found
                if needle in n.quote.casefold()
                or needle in n.body.casefold()
                or any(needle in t for t in n.tags)
            ]
        if sort != "position":
            return sorted(found, key=lambda n: (getattr(n, sort), n.id), reverse=True)
        places = indexdocs.note_places(self._catalogue.briefings())
        unknown = (len(places), 0, "")
        return sorted(
            found,
            key=lambda n: (places.get((n.briefing, n.section), unknown), n.anchor.start, n.id),
        )

    def note(self, note_id: str) -> Note:
        return self._session.notes.get(note_id.strip())

    def tags(self) -> list[str]:
        """Tags to offer for completion: those in use and the editorial vocabulary."""
        known = self._session.notes.tags_in_use()
        known.update(self._editorial_tags())
        return sorted(known)

    def _editorial_tags(self) -> frozenset[str]:
        """The briefings' vocabularies and sections' tags, gathered again only when the
        briefings changed: each note opened asks (with an 815-section report imported, every
        section's tags at each highlight, 3 ms of the window's thread under cProfile)."""
        generation = self._catalogue.generation()
        kept = self._kept_tags
        if kept is None or kept[0] != generation:
            found: set[str] = set()
            for briefing in self._catalogue.briefings():
                found.update(briefing.vocabulary)
                for section in briefing.sections:
                    found.update(section.tags)
            kept = self._kept_tags = (generation, frozenset(found))
        return kept[1]

    def note_counts(self) -> dict[str, int]:
        """Notes per briefing id (notes of removed briefings included)."""
        return dict(Counter(note.briefing for note in self._session.notes.find()))

    # -- notes: writes -----------------------------------------------------------------------------
    def _write(
        self,
        apply: Any,
        *,
        added: Iterable[Note] = (),
        changed: Iterable[Note] = (),
        removed: Iterable[str] = (),
    ) -> None:
        """Run ``apply`` (one transaction) and bring the index along. Caller holds the
        folder lock."""
        before = self._index.fingerprint()
        apply()
        self._index.reindex_notes(before, added=added, changed=changed, removed=removed)
        self._changelog.committed("user", changed=NOTES_CHANGED)

    def add_note(
        self,
        section_id: str,
        quote: str,
        *,
        briefing_id: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
        colour: str | None = None,
        near: int | None = None,
        occurrence: int | None = None,
    ) -> Note:
        """Highlight ``quote`` in a section, with an optional Markdown note and tags (see
        ``Library.add_note``)."""
        briefing, section = self._catalogue.section(section_id, briefing_id)
        start, end = _quote_span(section, briefing.id, quote, near, occurrence)
        stamp = now_iso()
        new = Note(
            id=new_note_id(),
            briefing=briefing.id,
            section=section.id,
            anchor=describe(section.text, start, end),
            body=check_note_text(note),
            tags=normalise_tags(tags),
            colour=normalise_colour(colour),
            status="anchored",
            created=stamp,
            modified=stamp,
            edition=briefing.edition,
            fingerprint=briefing.fingerprint,
        )
        notes_table = self._session.notes
        with self._session.folder_lock:
            self._write(lambda: notes_table.add([new]), added=[new])
        return new

    def update_note(
        self,
        note_id: str,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        colour: str | None = None,
    ) -> Note:
        """Change a note's text, tags or colour (None leaves one as it is): nothing is
        written when nothing changed, else one small transaction and one index update."""
        notes_table = self._session.notes
        with self._session.folder_lock:
            current = notes_table.get(note_id.strip())
            changes: dict[str, Any] = {}
            if note is not None and check_note_text(note) != current.body:
                changes["body"] = note
            new_tags = normalise_tags(tags) if tags is not None else current.tags
            if new_tags != current.tags:
                changes["tags"] = new_tags
            if colour is not None and normalise_colour(colour) != current.colour:
                changes["colour"] = normalise_colour(colour)
            if not changes:
                return current
            updated = dataclasses.replace(current, modified=now_iso(), **changes)
            tags_changed = "tags" in changes
            self._write(
                lambda: notes_table.update([updated], tags_changed=tags_changed),
                changed=[updated],
            )
        return updated

    def remove_note(self, note_id: str) -> Note:
        """Delete a note; returns it, so that the caller can offer undo (restore_note)."""
        notes_table = self._session.notes
        removed: list[Note] = []
        with self._session.folder_lock:
            self._write(
                lambda: removed.append(notes_table.remove(note_id.strip())),
                removed=[note_id.strip()],
            )
        return removed[0]

    def restore_note(self, note: Note) -> None:
        """Put back a removed note exactly as it was (undo)."""
        notes_table = self._session.notes
        with self._session.folder_lock:
            self._write(lambda: notes_table.put(note), changed=[note])

    def reattach_note(
        self, note_id: str, start: int, end: int, *, section_id: str | None = None
    ) -> Note:
        """Anchor a note (typically an orphan) on characters ``start``-``end`` of its
        section's current text, or of ``section_id`` in the same briefing."""
        notes_table = self._session.notes
        with self._session.folder_lock:
            current = notes_table.get(note_id.strip())
            briefing, section = self._catalogue.section(
                section_id or current.section, current.briefing
            )
            try:
                anchor = describe(section.text, start, end)
            except ValueError as exc:
                told = translate("Errors", "cannot attach the note there: {error}")
                raise BadInputError(told.format(error=exc)) from None
            updated = dataclasses.replace(
                current,
                section=section.id,
                anchor=anchor,
                status="anchored",
                edition=briefing.edition,
                fingerprint=briefing.fingerprint,
                modified=now_iso(),
            )
            self._write(
                lambda: notes_table.update([updated], tags_changed=False), changed=[updated]
            )
        return updated

    def import_notes(self, path: str | Path) -> dict[str, int]:
        """Import W3C Web Annotation JSON: all of it or, on any error, nothing.

        Notes whose id is already here are skipped as duplicates. Each imported note is
        anchored in the current text; what cannot be placed is kept as orphaned.
        """
        notes = parse_annotations(read_annotation_file(path), Path(path).name)
        notes_table = self._session.notes
        with self._session.folder_lock:
            placed = list(notes)
            for briefing in self._catalogue.briefings():  # each briefing's text read once
                where = [i for i, n in enumerate(notes) if n.briefing == briefing.id]
                done = place_notes([notes[i] for i in where], briefing)
                for i, note in zip(where, done, strict=True):
                    placed[i] = note
            before = self._index.fingerprint()
            added, duplicates = notes_table.add(placed)
            self._index.reindex_notes(before, added=added)
            if added:
                self._changelog.committed("user", changed=NOTES_CHANGED)
        return {
            "imported": len(added),
            "duplicate": len(duplicates),
            "orphaned": sum(n.status == "orphaned" for n in added),
        }

    # -- bookmarks ---------------------------------------------------------------------------------
    def add_bookmark(
        self,
        section_id: str,
        *,
        briefing_id: str | None = None,
        label: str | None = None,
        paragraph: str | None = None,
    ) -> Bookmark:
        briefing, section = self._catalogue.section(section_id, briefing_id)
        if paragraph is not None and paragraph not in {p.id for p in section.paragraphs}:
            told = translate("Errors", "no paragraph {paragraph} in section {section}")
            raise NotFoundError(told.format(paragraph=repr(paragraph), section=section.id))
        text = (label or "").strip() or section.title
        bookmark = self._session.store.add_bookmark(briefing.id, section.id, text[:200], paragraph)
        self._changelog.committed("user", changed=BOOKMARKS_CHANGED)
        return bookmark

    def bookmarks(self, briefing_id: str | None = None) -> list[Bookmark]:
        return self._session.store.bookmarks(briefing_id)

    def rename_bookmark(self, bookmark_id: str, label: str) -> Bookmark:
        store = self._session.store
        bookmark = store.rename_bookmark(bookmark_id, label.strip()[:200] or "Bookmark")
        self._changelog.committed("user", changed=BOOKMARKS_CHANGED)
        return bookmark

    def remove_bookmark(self, bookmark_id: str) -> Bookmark:
        """Remove a bookmark; returns it so that the caller can offer undo."""
        bookmark = self._session.store.remove_bookmark(bookmark_id)
        self._changelog.committed("user", changed=BOOKMARKS_CHANGED)
        return bookmark

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        self._session.store.restore_bookmark(bookmark)
        self._changelog.committed("user", changed=BOOKMARKS_CHANGED)

    # -- the reading place -------------------------------------------------------------------------
    def reading_state(self, key: str) -> str | None:
        """A value the window keeps between sessions (where the reader was), or None."""
        return self._session.store.get_state(key)

    def save_reading_state(self, key: str, value: str) -> None:
        self._session.store.set_state(key, value)
        self._changelog.record(Changes(reading=True))
