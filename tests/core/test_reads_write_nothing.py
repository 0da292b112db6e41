"""Reads never write (issue 19, defect 4).

``fingerprint()`` used to call ``notes_stamp()``, which re-anchored notes whose briefing had
changed: a getter that took the data folder's lock and wrote to SQLite and the index, on
whatever thread happened to read. Re-anchoring is now an explicit step: when the notes
database is opened, after an import, removal or restore, and in ``catch_up()``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from kzbrief.core.service import Library

BRIEFING = "kazakhstan-2023"


def _database_state(data_dir: Path) -> tuple[object, ...]:
    """What a write would change: the notes' rows, the change counter, the files' times."""
    db_path = data_dir / "kzbrief.sqlite3"
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT * FROM notes ORDER BY id").fetchall()
        version = db.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        state = db.execute("SELECT * FROM reading_state ORDER BY key").fetchall()
    finally:
        db.close()
    times = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(data_dir.glob("kzbrief.sqlite3*")))
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digest, version, tuple(state), times


def _index_state(data_dir: Path) -> tuple[tuple[str, int], ...]:
    return tuple(
        (str(p.relative_to(data_dir)), p.stat().st_mtime_ns)
        for p in sorted((data_dir / "index").rglob("*"))
        if p.is_file()
    )


def test_reading_after_another_process_changed_a_briefing_writes_nothing(
    data_dir: Path, edition_scenario
) -> None:
    window = Library(data_dir)
    note = window.add_note("expression", edition_scenario.unchanged, briefing_id=BRIEFING)
    assert window.search("kind:note assembly").total == 1  # the index is built and open
    bundled, edition = window.briefing(BRIEFING).fingerprint, window.briefing(BRIEFING).edition

    # Another process imports a new edition of the briefing and is killed before it could
    # re-anchor the notes: they are still anchored on the text they were made on.
    script = Library(data_dir)
    script.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)
    script.close()
    db = sqlite3.connect(data_dir / "kzbrief.sqlite3")
    with db:
        db.execute("UPDATE notes SET anchored_to = ? WHERE id = ?", (bundled, note.id))
    db.close()

    before, index_before = _database_state(data_dir), _index_state(data_dir)
    # Everything a window reads to draw itself, and what the CLI's listings read.
    assert window.changes_elsewhere() == {"library", "user"}
    assert window.briefing(BRIEFING).edition == edition + 1
    window.fingerprint()
    window.notes_stamp()
    assert [n.id for n in window.notes()] == [note.id]
    window.note(note.id)
    window.notes(briefing_id=BRIEFING, sort="modified")
    window.bookmarks()
    window.tags()
    window.library_summary()
    window.note_counts()
    assert _database_state(data_dir) == before, "a read wrote to the notes database"
    assert _index_state(data_dir) == index_before, "a read wrote to the search index"

    # The explicit step re-anchors them (the window's worker runs it when it sees a change).
    window.catch_up()
    moved = window.note(note.id)
    assert moved.fingerprint == window.briefing(BRIEFING).fingerprint
    assert moved.status in {"anchored", "moved"}
    window.close()


def test_a_new_library_on_an_old_folder_reanchors_when_the_notes_are_opened(
    data_dir: Path, edition_scenario
) -> None:
    """The other explicit step: opening the notes database brings stale anchors up to date
    (a folder left by a process killed between an import and its re-anchoring)."""
    first = Library(data_dir)
    note = first.add_note("expression", edition_scenario.unchanged, briefing_id=BRIEFING)
    bundled = first.briefing(BRIEFING).fingerprint
    first.import_briefing(edition_scenario.path, briefing_id=BRIEFING, replace=True)
    first.close()
    db = sqlite3.connect(data_dir / "kzbrief.sqlite3")
    with db:
        db.execute("UPDATE notes SET anchored_to = ? WHERE id = ?", (bundled, note.id))
    db.close()

    reopened = Library(data_dir)
    placed = reopened.note(note.id)
    assert placed.fingerprint == reopened.briefing(BRIEFING).fingerprint
    assert reopened.search("kind:note assembly").total == 1
    reopened.close()
