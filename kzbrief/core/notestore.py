"""Notes in SQLite (schema: migration 2 in :mod:`kzbrief.core.store`).

Every change is one transaction that also bumps the store's ``data_version``, so the search
index can tell that it no longer matches. Methods take and return
:class:`~kzbrief.core.annotations.Note` objects; the rules about what a valid note is live
in :mod:`kzbrief.core.annotations` and :class:`kzbrief.core.service.Library`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kzbrief.core.anchoring import Anchor
from kzbrief.core.annotations import Note
from kzbrief.core.errors import NotFoundError
from kzbrief.core.store import Store
from kzbrief.core.wording import translate

_COLUMNS = (
    "id, briefing, section, exact, prefix, suffix, start_pos, end_pos, body, colour, status,"
    " edition, anchored_to, created, modified"
)
_PREFIXED = ", ".join(f"n.{column.strip()}" for column in _COLUMNS.split(","))


def _row_values(note: Note) -> tuple[Any, ...]:
    a = note.anchor
    return (
        note.id,
        note.briefing,
        note.section,
        a.exact,
        a.prefix,
        a.suffix,
        a.start,
        a.end,
        note.body,
        note.colour,
        note.status,
        note.edition,
        note.fingerprint,
        note.created,
        note.modified,
    )


def _select(where: str = "") -> str:
    # One statement, so a note and its tags always come from the same snapshot.
    return (
        f"SELECT {_PREFIXED}, t.tag FROM notes n LEFT JOIN note_tags t ON t.note = n.id"
        f"{where} ORDER BY n.id, t.position"
    )


def _group(rows: Sequence[sqlite3.Row]) -> list[Note]:
    """Notes from :func:`_select` rows (one row per tag, or one with a NULL tag)."""
    notes: list[Note] = []
    tags: list[str] = []
    for index, row in enumerate(rows):
        if row["tag"] is not None:
            tags.append(row["tag"])
        if index + 1 == len(rows) or rows[index + 1]["id"] != row["id"]:
            notes.append(_note(row, tags))
            tags = []
    return notes


def _note(row: sqlite3.Row, tags: Sequence[str]) -> Note:
    return Note(
        id=row["id"],
        briefing=row["briefing"],
        section=row["section"],
        anchor=Anchor(row["exact"], row["prefix"], row["suffix"], row["start_pos"], row["end_pos"]),
        body=row["body"],
        tags=tuple(tags),
        colour=row["colour"],
        status=row["status"],
        created=row["created"],
        modified=row["modified"],
        edition=row["edition"],
        fingerprint=row["anchored_to"],
    )


def _no_note(note_id: str) -> str:
    return translate("Errors", "no note {note}").format(note=repr(note_id))


class NoteStore:
    """The notes tables of one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ------------------------------------------------------------------------------
    def find(
        self,
        *,
        briefing: str | None = None,
        section: str | None = None,
        tag: str | None = None,
        colour: str | None = None,
        status: str | None = None,
    ) -> list[Note]:
        """Notes matching every filter given, in no particular order."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("briefing", briefing),
            ("section", section),
            ("colour", colour),
            ("status", status),
        ):
            if value is not None:
                clauses.append(f"n.{column} = ?")
                params.append(value)
        if tag is not None:
            clauses.append("n.id IN (SELECT note FROM note_tags WHERE tag = ?)")
            params.append(tag)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return _group(self.store.query(_select(where), tuple(params)))

    def get(self, note_id: str) -> Note:
        found = _group(self.store.query(_select(" WHERE n.id = ?"), (note_id,)))
        if not found:
            raise NotFoundError(_no_note(note_id))
        return found[0]

    def tags_in_use(self) -> set[str]:
        return {str(row[0]) for row in self.store.query("SELECT DISTINCT tag FROM note_tags")}

    def anchored_to(self) -> set[tuple[str, str]]:
        """The (briefing, fingerprint) pairs the stored anchors were computed on."""
        rows = self.store.query("SELECT DISTINCT briefing, anchored_to FROM notes")
        return {(str(b), str(f)) for b, f in rows}

    # -- writing ------------------------------------------------------------------------------
    def add(self, notes: Iterable[Note]) -> tuple[list[Note], list[Note]]:
        """Insert new notes in one transaction; returns (added, skipped as duplicates).

        A note whose id is already stored, or repeats an earlier one in ``notes``, is a
        duplicate and left alone.
        """
        added: list[Note] = []
        duplicates: list[Note] = []
        with self.store.transaction() as db:
            seen: set[str] = set()
            for note in notes:
                exists = db.execute("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone()
                if exists or note.id in seen:
                    duplicates.append(note)
                    continue
                seen.add(note.id)
                self._insert(db, note)
                added.append(note)
            if added:
                self.store.bump_data_version(db)
        return added, duplicates

    def put(self, note: Note) -> None:
        """Store ``note`` as it is, replacing a stored note with its id (undo of a removal)."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM notes WHERE id = ?", (note.id,))
            self._insert(db, note)
            self.store.bump_data_version(db)

    def update(self, notes: Sequence[Note], *, tags_changed: bool = True) -> None:
        """Write changed fields of stored notes (all of them, in one transaction)."""
        if not notes:
            return
        with self.store.transaction() as db:
            for note in notes:
                values = _row_values(note)
                changed = db.execute(
                    "UPDATE notes SET briefing = ?, section = ?, exact = ?, prefix = ?,"
                    " suffix = ?, start_pos = ?, end_pos = ?, body = ?, colour = ?, status = ?,"
                    " edition = ?, anchored_to = ?, created = ?, modified = ? WHERE id = ?",
                    (*values[1:], note.id),
                ).rowcount
                if not changed:
                    raise NotFoundError(_no_note(note.id))
                if tags_changed:
                    db.execute("DELETE FROM note_tags WHERE note = ?", (note.id,))
                    self._insert_tags(db, note)
            self.store.bump_data_version(db)

    def remove(self, note_id: str) -> Note:
        """Delete a note (its tags go with it); returns it, so that the caller can undo."""
        with self.store.transaction() as db:
            found = _group(db.execute(_select(" WHERE n.id = ?"), (note_id,)).fetchall())
            if not found:
                raise NotFoundError(_no_note(note_id))
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            self.store.bump_data_version(db)
        return found[0]

    def _insert(self, db: sqlite3.Connection, note: Note) -> None:
        db.execute(
            f"INSERT INTO notes ({_COLUMNS}) VALUES ({', '.join('?' * 15)})", _row_values(note)
        )
        self._insert_tags(db, note)

    @staticmethod
    def _insert_tags(db: sqlite3.Connection, note: Note) -> None:
        db.executemany(
            "INSERT INTO note_tags (note, tag, position) VALUES (?, ?, ?)",
            [(note.id, tag, position) for position, tag in enumerate(note.tags)],
        )
