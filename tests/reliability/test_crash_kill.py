"""SIGKILL at random moments of long writes: an index rebuild and an export over a good file.

Afterwards the app starts (a library opens, search answers, rebuilding the index if need
be), the database passes its integrity check, no saved note is missing, and an export file
is either the old one or the complete new one. (Kills during note writes: see
tests/core/test_notes_crash.py, which this suite counts in its figures by running it too.)
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzbrief.core.service import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SEED = random.randrange(1 << 30)
KILLS = 4


def _kzbrief(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _generations(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "index").glob("gen-*")}


def _live_generation(data_dir: Path) -> str:
    return json.loads((data_dir / "index" / "current.json").read_text())["generation"]


def _add_notes(library: Library, passages, count: int, body_chars: int = 0) -> set[str]:
    found = passages(library)
    ids = set()
    for number in range(count):
        section, quote = found[number % len(found)]
        body = f"note {number} " + "lorem ipsum " * (body_chars // 12)
        ids.add(library.add_note(section, quote, note=body, tags=["kept"]).id)
    return ids


def test_killed_index_rebuilds_leave_a_working_index(
    data_dir: Path, passages, write_briefing, note_ids_in_db, app_starts, tally
) -> None:
    rng = random.Random(SEED)
    write_briefing(data_dir, "generated", sections=400, paragraphs=8)
    library = Library(data_dir)
    saved = _add_notes(library, passages, 20)
    library.ensure_index()
    library.close()
    mid_build = 0
    for _ in range(KILLS):
        live = _live_generation(data_dir)
        before = _generations(data_dir)
        rebuild = _kzbrief(data_dir, "index", "rebuild")
        deadline = time.monotonic() + 60
        while not (_generations(data_dir) - before) and rebuild.poll() is None:
            assert time.monotonic() < deadline, "the rebuild never started a new generation"
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 1.0))  # somewhere inside the build
        rebuild.send_signal(signal.SIGKILL)
        rebuild.wait(timeout=60)
        if rebuild.returncode == -signal.SIGKILL:
            tally["kills survived (index rebuild)"] += 1
            mid_build += _live_generation(data_dir) == live
        # After each kill the app starts, and search finds every note.
        assert app_starts(data_dir) == saved, f"seed {SEED}"
    assert mid_build >= 1, f"no kill landed inside a rebuild (seed {SEED})"
    assert note_ids_in_db(data_dir) == saved
    # Half-built generations are cleared away once the app has the folder again.
    assert _generations(data_dir) == {_live_generation(data_dir)}
    tally["recoveries that worked (index after a killed rebuild)"] += KILLS


def _wait_for_temp_file(folder: Path, name: str, process: subprocess.Popen[bytes]) -> bool:
    """Wait until the export starts writing its temp file beside ``name`` (or ends)."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if any(p.name.startswith(f".{name}.") for p in folder.iterdir()):
            return True
        time.sleep(0.0005)
    return False


def test_killed_exports_never_leave_a_partial_file(
    data_dir: Path, tmp_path: Path, passages, note_ids_in_db, tally
) -> None:
    rng = random.Random(SEED)
    library = Library(data_dir)
    first = _add_notes(library, passages, 5)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "notes.json"
    target.write_text(library.export_text("json"), encoding="utf-8")
    good = target.read_bytes()
    saved = first | _add_notes(library, passages, 150, body_chars=90_000)  # ~14 MB of JSON
    library.close()

    inside_the_write = 0
    for _ in range(KILLS):
        export = _kzbrief(data_dir, "export", "--format", "json", "--output", str(target))
        writing = _wait_for_temp_file(folder, target.name, export)
        time.sleep(rng.uniform(0, 0.03))
        export.send_signal(signal.SIGKILL)
        export.wait(timeout=60)
        data = target.read_bytes()
        if data != good:  # then it is the complete new export, never a part of one
            collection = json.loads(data)
            assert collection["total"] == len(collection["first"]["items"]) == len(saved), SEED
            good = data
        if export.returncode == -signal.SIGKILL:
            tally["kills survived (export)"] += 1
            inside_the_write += writing
    assert inside_the_write >= 1, f"no kill landed inside the write (seed {SEED})"
    assert note_ids_in_db(data_dir) == saved
    assert (target.stat().st_mode & 0o777) == 0o600
    tally["kills inside an export's write"] += inside_the_write
