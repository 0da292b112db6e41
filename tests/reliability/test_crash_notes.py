"""SIGKILL while notes are written through the CLI: single notes (``notes add``) and a whole
W3C file (``notes import``). No note the CLI reported saved is lost, an import is all or
nothing, and the app starts afterwards with an index that finds every note."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzbrief.core.service import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SEED = random.randrange(1 << 30)
ADD_KILLS = 6
IMPORT_KILLS = 6
ADDED = re.compile(r"Added note (urn:uuid:[0-9a-f-]+)")


def _kzbrief(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_killed_note_commands_lose_no_saved_note(
    data_dir: Path, tmp_path: Path, passages, note_ids_in_db, app_starts, tally
) -> None:
    rng = random.Random(SEED)
    library = Library(data_dir)
    quotes = passages(library)
    library.ensure_index()
    library.close()
    reported: set[str] = set()
    for number in range(ADD_KILLS):
        section, quote = quotes[number % len(quotes)]
        # Time a whole command, then kill the next one somewhere inside such a span.
        started = time.monotonic()
        done = _kzbrief(data_dir, "notes", "add", "--section", section, "--quote", quote)
        out, _ = done.communicate(timeout=60)
        reported.update(ADDED.findall(out))
        span = time.monotonic() - started
        victim = _kzbrief(data_dir, "notes", "add", "--section", section, "--quote", quote)
        time.sleep(rng.uniform(0.5, 1.0) * span)
        victim.send_signal(signal.SIGKILL)
        out, _ = victim.communicate(timeout=60)
        reported.update(ADDED.findall(out))  # what it printed before the kill was saved
        if victim.returncode == -signal.SIGKILL:
            tally["kills survived (notes add)"] += 1
    stored = note_ids_in_db(data_dir)
    tally["notes lost"] += len(reported - stored)
    assert reported <= stored, f"seed {SEED}"
    assert app_starts(data_dir) == stored

    # A whole file of annotations, killed during its import: all of it or none of it.
    source = Library(tmp_path / "source")
    for number in range(300):
        section, quote = quotes[number % len(quotes)]
        source.add_note(section, quote, note=f"imported {number} " + "words " * 200)
    batch = {n.id for n in source.notes()}
    export = tmp_path / "batch.json"
    export.write_text(source.export_text("json"), encoding="utf-8")
    source.close()
    shutil.copytree(data_dir, tmp_path / "timing")
    started = time.monotonic()  # how long a whole import takes, on a copy of the folder
    timing = _kzbrief(tmp_path / "timing", "notes", "import", str(export))
    timing.communicate(timeout=120)
    span = time.monotonic() - started
    nothing_yet = 0
    for attempt in range(IMPORT_KILLS):  # ever later, until one lands after the commit
        started = time.monotonic()
        victim = _kzbrief(data_dir, "notes", "import", str(export))
        time.sleep((attempt + rng.random()) / IMPORT_KILLS * 0.8 * span)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=60)
        present = note_ids_in_db(data_dir) & batch
        assert present in (set(), batch), f"{len(present)} of {len(batch)} (seed {SEED})"
        if victim.returncode == -signal.SIGKILL:
            tally["kills survived (notes import)"] += 1
        if present:
            break  # imported whole: a further run would only skip duplicates
        nothing_yet += victim.returncode == -signal.SIGKILL
        assert time.monotonic() - started < 60
    assert nothing_yet >= 1, f"no kill landed before an import's commit (seed {SEED})"
    stored = note_ids_in_db(data_dir)
    tally["notes lost"] += len(reported - stored)
    assert reported <= stored
    assert app_starts(data_dir) == stored
    tally["recoveries that worked (app start after killed note writes)"] += 2
