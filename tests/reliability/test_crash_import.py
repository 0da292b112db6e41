"""SIGKILL during ``kzbrief import``: of a new briefing, and of a new edition over one with notes.

Each kill lands once the import has started writing (its staging folder or its briefing
folder has appeared), at a random point of the rest. Afterwards the app starts, the library
holds either nothing / the old edition or the complete new one (never a part of it), every
note is there, the database passes its integrity check, and search answers from an index
that matches what the library holds (rebuilt if the kill left it behind).
"""

from __future__ import annotations

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
SECTIONS = 150
WORDS = (
    "assembly expression tribunal detention journalist climate election religion "
    "accountability protest amnesty reform lawyer verdict sentence parliament"
).split()
#: A word only the second edition holds: search finds it exactly when that edition is in.
NEW_WORD = "zephyrine"


def report_markdown(sections: int, *, second_edition: bool = False) -> str:
    parts = ["# A generated report\n"]
    for s in range(sections):
        parts.append(f"## Section {s}\n")
        if second_edition:
            parts.append(f"A paragraph added in the second edition, {NEW_WORD} {s}.\n")
        for p in range(8):
            words = " ".join(WORDS[(s * 7 + p * 3 + w) % len(WORDS)] for w in range(60))
            parts.append(f"Paragraph {p} of section {s}: {words}.\n")
    return "\n".join(parts)


def _texts(library: Library, briefing_id: str) -> list[tuple[str, str]] | None:
    found = {b.id: b for b in library.briefings()}
    if briefing_id not in found:
        return None
    return [(s.id, s.text) for s in found[briefing_id].sections]


def _start_import(data_dir: Path, path: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kzbrief", "import", str(path), *args, "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _entries(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _kill_once_writing(
    data_dir: Path, process: subprocess.Popen[bytes], rng: random.Random, spread: float
) -> bool:
    """SIGKILL ``process`` at a random moment after it starts writing; True if it was
    killed (rather than finishing first)."""
    staging, library = data_dir / "staging", data_dir / "library"

    def state() -> tuple[set[str], set[str], list[int]]:
        return _entries(staging), _entries(library), _stamp(library)

    before = state()
    deadline = time.monotonic() + 60
    while process.poll() is None and state() == before:
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.0005)
    time.sleep(rng.uniform(0, spread))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    if process.stderr:
        process.stderr.close()
    return process.returncode == -signal.SIGKILL


def _stamp(library: Path) -> list[int]:
    """Changes when a briefing folder is replaced (a rename changes its inode)."""
    return sorted(p.stat().st_ino for p in library.iterdir()) if library.is_dir() else []


def _reference(tmp_path: Path, source: Path, name: str, **options: object) -> tuple[list, float]:
    """What a complete import of ``source`` stores, and how long the import took."""
    library = Library(tmp_path / f"reference-{name}")
    try:
        if options.get("replace"):
            library.import_briefing(options["first"], briefing_id="big")  # type: ignore[arg-type]
        started = time.monotonic()
        library.import_briefing(source, briefing_id="big", replace=bool(options.get("replace")))
        seconds = time.monotonic() - started
        texts = _texts(library, "big")
        assert texts
        return texts, seconds
    finally:
        library.close()


def test_killed_imports_leave_no_partial_briefing(
    tmp_path: Path, data_dir: Path, passages, note_ids_in_db, app_starts, tally
) -> None:
    rng = random.Random(SEED)
    source = tmp_path / "big.md"
    source.write_text(report_markdown(SECTIONS), encoding="utf-8")
    complete, seconds = _reference(tmp_path, source, "new")
    library = Library(data_dir)
    saved = {library.add_note(s, q, note="kept").id for s, q in passages(library)[:5]}
    library.ensure_index()
    library.close()

    killed = 0
    spread = 0.5 * seconds  # the import's writing starts after parsing, in a child
    for number in range(KILLS):
        briefing_id = f"big-{number}"
        process = _start_import(data_dir, source, "--id", briefing_id)
        was_killed = _kill_once_writing(data_dir, process, rng, spread=spread)
        killed += was_killed
        if not was_killed:  # it wrote faster than the reference took: kill sooner next
            spread /= 2
        assert app_starts(data_dir) == saved, f"seed {SEED}"
        library = Library(data_dir)
        try:
            texts = _texts(library, briefing_id)
            assert texts in (None, complete), f"a partial briefing (seed {SEED}, kill {number})"
            hits = library.search("tribunal", briefing=briefing_id, kind="text") if texts else None
            assert hits is None or hits.total > 0, f"seed {SEED}"
        finally:
            library.close()
    assert note_ids_in_db(data_dir) == saved
    assert killed >= 1, f"every import finished before its kill (seed {SEED})"
    tally["kills survived (import)"] += killed
    tally["recoveries that worked (app start after a killed import)"] += KILLS


def test_killed_new_editions_keep_the_old_or_the_whole_new_and_every_note(
    tmp_path: Path, data_dir: Path, note_ids_in_db, app_starts, tally
) -> None:
    rng = random.Random(SEED + 1)
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(report_markdown(SECTIONS), encoding="utf-8")
    second.write_text(report_markdown(SECTIONS, second_edition=True), encoding="utf-8")
    old = _reference(tmp_path, first, "old")[0]
    new, seconds = _reference(tmp_path, second, "replace", replace=True, first=first)

    library = Library(data_dir)
    library.import_briefing(first, briefing_id="big")
    saved = {
        library.add_note(f"section-{s}", "tribunal detention", briefing_id="big", note=f"n{s}").id
        for s in range(0, SECTIONS, SECTIONS // 10)
    }
    saved.add(library.add_note("climate", "greenhouse gas", note="on the bundled one").id)
    library.close()

    killed, editions = 0, [1]
    spread = 0.5 * seconds
    for number in range(KILLS):
        process = _start_import(data_dir, second, "--id", "big", "--replace")
        was_killed = _kill_once_writing(data_dir, process, rng, spread=spread)
        killed += was_killed
        if not was_killed:  # it wrote faster than the reference took: kill sooner next
            spread /= 2
        assert app_starts(data_dir) == saved, f"seed {SEED}"
        library = Library(data_dir)
        try:
            texts = _texts(library, "big")
            assert texts in (old, new), f"a partial edition (seed {SEED}, kill {number})"
            editions.append(library.briefing("big").edition)
            assert editions[-1] >= editions[-2], editions
            assert {n.id for n in library.notes()} == saved
            found = library.search(NEW_WORD, briefing="big", kind="text").total
            assert (found > 0) == (texts == new), f"index and library disagree (seed {SEED})"
        finally:
            library.close()
    assert note_ids_in_db(data_dir) == saved
    assert killed >= 1, f"every import finished before its kill (seed {SEED})"
    tally["kills survived (import --replace)"] += killed
    tally["recoveries that worked (app start after a killed import)"] += KILLS
