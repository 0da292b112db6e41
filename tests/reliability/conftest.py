"""Fixtures for the reliability suite: child processes that can be killed or starved of disk,
a larger generated library, and the figures the suite reports.

Everything that can hang runs in a child process with a timeout, so a hang fails one test
instead of wedging the suite. Figures (queries fuzzed, kills survived, notes lost, ...) are
added to a session-wide tally and printed at the end of the run (``-rA`` is not needed:
see :func:`pytest_terminal_summary`).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from kzbrief.core.service import Library

CHILD_TIMEOUT_S = 120
#: Figures the suite reports at the end of the run.
TALLY: Counter[str] = Counter()


@dataclass
class Child:
    code: int
    out: str
    err: str


def _starve_disk(limit: int) -> Callable[[], None]:
    """A preexec hook: files may not grow past ``limit`` bytes; the write fails with EFBIG
    (SIGXFSZ ignored), which is what a full disk looks like to the program."""

    def hook() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return hook


def _run_child(
    args: Sequence[str],
    *,
    timeout: float = CHILD_TIMEOUT_S,
    file_size_limit: int | None = None,
    input_text: str | None = None,
) -> Child:
    """Run ``python ARGS`` (``-c CODE …`` or ``-m kzbrief …``) and wait for it."""
    proc = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        input=input_text,
        timeout=timeout,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        preexec_fn=_starve_disk(file_size_limit) if file_size_limit else None,
    )
    return Child(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def kzbrief(data_dir: Path):
    """``kzbrief("notes", "list", file_size_limit=...)``: the CLI in a child process."""

    def run(*args: str, **options: object) -> Child:
        return _run_child(["-m", "kzbrief", *args, "--data-dir", str(data_dir)], **options)  # type: ignore[arg-type]

    return run


def _passages(library: Library) -> list[tuple[str, str]]:
    """(section id, quote) pairs that can be highlighted in the default briefing."""
    found = []
    for section in library.default_briefing().sections:
        for paragraph in section.paragraphs:
            words = paragraph.text.split()
            if len(words) >= 8:
                found.append((section.id, " ".join(words[2:8])))
    return found


def _write_briefing(data_dir: Path, briefing_id: str, sections: int, paragraphs: int = 8) -> Path:
    """A briefing in its stored form in ``<data>/library``, as an import would leave it."""
    words = (
        "assembly expression tribunal detention journalist climate election religion "
        "accountability protest amnesty reform lawyer verdict sentence parliament"
    ).split()
    body = []
    for s in range(sections):
        paras = [
            " ".join(words[(s * 7 + p * 3 + w) % len(words)] for w in range(60)) + f" s{s}p{p}."
            for p in range(paragraphs)
        ]
        body.append({"id": f"s{s}", "title": f"Section {s}", "paragraphs": paras})
    folder = data_dir / "library" / briefing_id
    folder.mkdir(parents=True, mode=0o700)
    data = {"id": briefing_id, "title": f"Generated {briefing_id}", "sections": body}
    (folder / "briefing.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _note_ids_in_db(data_dir: Path) -> set[str]:
    """Note ids in the database, read without the app, after the integrity check passes."""
    db = sqlite3.connect(data_dir / "kzbrief.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in db.execute("SELECT id FROM notes")}
    finally:
        db.close()


def _app_starts(data_dir: Path, query: str = "kind:note") -> set[str]:
    """Open the library as the app would, search (rebuilding the index if need be), check
    the index, and return the note ids that search finds."""
    library = Library(data_dir)
    try:
        hits = library.search(query, limit=100_000).hits
        assert library.check_index()["ok"], library.check_index()
        assert library.store.integrity_check() == "ok"
        return {h.annotation for h in hits if h.annotation}
    finally:
        library.close()


@pytest.fixture
def run_child():
    return _run_child


@pytest.fixture
def passages():
    return _passages


@pytest.fixture
def write_briefing():
    return _write_briefing


@pytest.fixture
def note_ids_in_db():
    return _note_ids_in_db


@pytest.fixture
def app_starts():
    return _app_starts


@pytest.fixture
def tally() -> Counter[str]:
    """Add to the figures printed at the end of the run."""
    return TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY:
        terminalreporter.section("reliability figures")
        for name, value in sorted(TALLY.items()):
            terminalreporter.write_line(f"{name}: {value:,}")
