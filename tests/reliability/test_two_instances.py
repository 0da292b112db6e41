"""Two instances on one data folder: no write is lost or interleaved, nothing wedges.

SQLite serialises the database; the search index must not lose an update either: when both
processes are done, the index must say it is current *and* hold every note, without a
rebuild hiding what an instance failed to write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from kzbrief.core.service import Library

WRITER = """
import json, os, sys, time
from kzbrief.core.service import Library

data_dir, start_file, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
passages = json.loads(sys.argv[5])
library = Library(data_dir)
library.ensure_index()  # as the CLI and the GUI do before a write
while not os.path.exists(start_file):  # both start writing at once
    time.sleep(0.001)
for number in range(count):
    section, quote = passages[number % len(passages)]
    note = library.add_note(section, quote, note=f"{name} note {number}", tags=[name])
    print("note", note.id, flush=True)
    bookmark = library.add_bookmark(section, label=f"{name} bookmark {number}")
    print("bookmark", bookmark.id, flush=True)
    if number % 10 == 0:
        library.search(f"tag:{name}")  # a reader between writes, as the GUI would do
library.close()
"""

NOTES_EACH = 30


def test_two_processes_writing_at_once_lose_nothing(
    data_dir: Path, passages, note_ids_in_db, tally
) -> None:
    library = Library(data_dir)
    quotes = json.dumps(passages(library))
    library.ensure_index()
    library.close()
    start = data_dir / "start"
    writers = {
        name: subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(data_dir),
                str(start),
                name,
                str(NOTES_EACH),
                quotes,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    }
    time.sleep(0.5)
    start.touch()
    reported: dict[str, list[tuple[str, str]]] = {}
    for name, writer in writers.items():
        out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err[-3000:]
        reported[name] = [tuple(line.split()) for line in out.splitlines()]  # type: ignore[misc]
        assert len(reported[name]) == 2 * NOTES_EACH
    os.unlink(start)

    notes = {i for lines in reported.values() for kind, i in lines if kind == "note"}
    bookmarks = {i for lines in reported.values() for kind, i in lines if kind == "bookmark"}
    assert notes == note_ids_in_db(data_dir)
    library = Library(data_dir)
    try:
        # Not interleaved: each note is whole, with its own text and tag.
        for note in library.notes():
            owner = note.tags[0]
            assert note.body.startswith(f"{owner} note "), note
        assert {b.id for b in library.bookmarks()} == bookmarks
        # The index says it is current, and it is: every note is found without a rebuild.
        report = library.check_index()
        assert report["ok"], report
        for name in ("alpha", "beta"):
            found = {h.annotation for h in library.search(f"tag:{name}", limit=1000).hits}
            assert found == {n.id for n in library.notes(tag=name)}, name
        assert not any("Rebuilt" in n for n in library.take_notices())
    finally:
        library.close()
    tally["concurrent notes written by two instances"] += len(notes)
