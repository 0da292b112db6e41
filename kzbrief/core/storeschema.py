"""The notes database's schema: numbered migrations, and the SQLite helpers that opening and
checking the database share (kzbrief.core.store opens it; this says what is in it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

Migration = Callable[[sqlite3.Connection], None]


class Damaged(Exception):
    """Internal: the database file fails its checks."""


def backup_is_good(path: Path) -> bool:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    except sqlite3.Error:
        return False


def sqlite_why(exc: sqlite3.Error) -> str:
    """SQLite's message, with the likely cause where SQLite's own words hide it: a write
    that fails for lack of room (ENOSPC, or EFBIG past a file size limit) is reported as
    "disk I/O error"."""
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR_WRITE"):
        return f"{exc} (is the disk full?)"
    return str(exc)


def run_statements(db: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated DDL inside the current transaction.

    (``executescript`` would COMMIT first, so a failed migration could leave half a schema.)
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _migration_1(db: sqlite3.Connection) -> None:
    run_statements(
        db,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('data_version', '0');
        CREATE TABLE bookmarks (
            id TEXT PRIMARY KEY,
            briefing TEXT NOT NULL,
            section TEXT NOT NULL,
            paragraph TEXT,
            label TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX bookmarks_by_place ON bookmarks (briefing, section);
        CREATE TABLE reading_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )


def _migration_2(db: sqlite3.Connection) -> None:
    """Notes (issue 5): the anchor's selectors, the Markdown note, tags in their own table.

    ``anchored_to`` is the fingerprint of the briefing the anchor was computed on: when the
    briefing changes, the notes are re-anchored (``Library.reanchor_notes``).
    """
    run_statements(
        db,
        """
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            briefing TEXT NOT NULL,
            section TEXT NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
            end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos),
            body TEXT NOT NULL,
            colour TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('anchored', 'moved', 'orphaned')),
            edition INTEGER,
            anchored_to TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX notes_by_place ON notes (briefing, section, start_pos);
        CREATE TABLE note_tags (
            note TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (note, tag)
        ) WITHOUT ROWID;
        CREATE INDEX note_tags_by_tag ON note_tags (tag)
        """,
    )


#: Migration N brings the schema from version N-1 to N. Append; never edit a released one.
MIGRATIONS: list[Migration] = [_migration_1, _migration_2]
