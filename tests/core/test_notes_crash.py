"""A process writing notes is killed with SIGKILL at random points: every note it reported
saved is there afterwards, the database passes its integrity check, and search still works."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzbrief.core.service import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WRITER = """
import json, sys
from kzbrief.core.service import Library

library = Library(sys.argv[1])
library.ensure_index()  # as the CLI does: each note also goes into the index at once
passages = json.loads(sys.argv[2])
for number in range(1000):
    section, quote = passages[number % len(passages)]
    note = library.add_note(section, quote, note=f"note {number}", tags=[f"t{number % 7}"])
    print(note.id, flush=True)  # reported only after add_note has returned
"""


def passages(library: Library) -> list[tuple[str, str]]:
    found = []
    for section in library.default_briefing().sections:
        for paragraph in section.paragraphs:
            words = paragraph.text.split()
            found.append((section.id, " ".join(words[2:8])))
    return found


def test_killed_writers_lose_no_reported_note(data_dir: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    library = Library(data_dir)
    quotes = json.dumps(passages(library))
    library.close()
    reported: list[str] = []
    for _ in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), quotes],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        wanted = rng.randint(1, 30)
        lines: list[str] = []
        while len(lines) < wanted and (line := writer.stdout.readline()):
            lines.append(line.strip())
        time.sleep(rng.uniform(0, 0.015))  # so the kill lands anywhere inside a later write
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        assert writer.returncode == -signal.SIGKILL, f"the writer ended by itself (seed {seed})"
        # What it printed before the kill, read or still in the pipe, was reported saved.
        lines.extend(writer.stdout.read().split())
        writer.stdout.close()
        assert len(lines) >= wanted, f"the writer stopped early (seed {seed})"
        reported.extend(lines)

    db = sqlite3.connect(data_dir / "kzbrief.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM notes")}
        orphan_tags = db.execute(
            "SELECT COUNT(*) FROM note_tags WHERE note NOT IN (SELECT id FROM notes)"
        ).fetchone()[0]
    finally:
        db.close()
    assert orphan_tags == 0
    library = Library(data_dir)
    try:
        assert len(stored) >= 4
        assert set(reported) <= stored, f"seed {seed}"
        assert {n.id for n in library.notes()} == stored
        results = library.search("kind:note", limit=2000)  # repairs a damaged index if need be
        assert {h.annotation for h in results.hits} == stored
        assert library.check_index()["ok"]
    finally:
        library.close()
