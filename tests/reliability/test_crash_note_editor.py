"""SIGKILL of a real window while a note is being written in it (issue 22, item 1).

The window runs in a child process (``note_typing_worker.py``) and is typed in with key
events; the parent kills it and reads the database. What was on screen a moment before the
kill must be stored: the tags without the Tags field ever losing the focus, and the note's
text even while the user has not stopped typing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kzbrief.core.service import Library
from kzbrief.gui.autosave import AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_WAIT_MS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WORKER = Path(__file__).with_name("note_typing_worker.py")
sys.path.insert(0, str(WORKER.parent))
import note_typing_worker as worker  # noqa: E402

START_TIMEOUT_S = 90
#: Slack for a busy machine (the suite shares two cores): a write takes some tens of ms.
SLACK_S = 0.5


def _start(data_dir: Path, tmp_path: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), str(tmp_path / "settings.ini"), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # killed, not closed: nothing was flushed


@pytest.fixture
def prepared(data_dir: Path) -> Path:
    """A data folder whose index is built, so the window starts quickly."""
    library = Library(data_dir)
    library.ensure_index()
    library.close()
    return data_dir


def test_tags_typed_without_leaving_the_field_survive_a_kill(
    prepared: Path, tmp_path: Path
) -> None:
    child = _start(prepared, tmp_path, "fields")
    assert child.stdout is not None
    try:
        lines = []
        deadline = time.monotonic() + START_TIMEOUT_S
        while not lines or lines[-1] != "typed":
            line = child.stdout.readline()
            assert line, f"the window stopped: {lines}"
            assert time.monotonic() < deadline
            lines.append(line.strip())
        time.sleep(AUTOSAVE_IDLE_MS / 1000 + SLACK_S)  # a moment, far less than the 10 s
    finally:
        _kill(child)
        child.stdout.close()
    note_id = lines[0].split()[1]
    library = Library(prepared)
    try:
        note = library.note(note_id)
        assert note.body == worker.NOTE
        assert note.tags == ("memo", "censorship")
    finally:
        library.close()


def test_text_typed_without_a_pause_is_saved_at_least_every_second(
    prepared: Path, tmp_path: Path
) -> None:
    child = _start(prepared, tmp_path, "stream")
    assert child.stdout is not None
    seen: list[tuple[float, int]] = []  # (when the parent read it, characters typed)

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("typed "):
                seen.append((time.monotonic(), int(line.split()[1])))

    reader = threading.Thread(target=read, daemon=True)
    lines = []
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not lines or not lines[-1].startswith("note "):
            line = child.stdout.readline()
            assert line, f"the window stopped: {lines}"
            assert time.monotonic() < deadline
            lines.append(line.strip())
        reader.start()
        while not seen or seen[-1][0] - seen[0][0] < 2.5:  # typing on, without a pause
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.05)
    finally:
        killed_at = time.monotonic()
        _kill(child)
        reader.join(timeout=30)
        child.stdout.close()
    # Everything typed at least the max wait (plus a write, plus slack) before the kill.
    bound = killed_at - AUTOSAVE_MAX_WAIT_MS / 1000 - SLACK_S
    must_have = max((n for when, n in seen if when <= bound), default=0)
    assert must_have > 0
    library = Library(prepared)
    try:
        body = library.note(lines[-1].split()[1]).body
    finally:
        library.close()
    typed = "".join(worker.STREAM[i % len(worker.STREAM)] for i in range(seen[-1][1]))
    assert typed.startswith(body)
    assert len(body) >= must_have, (len(body), must_have, seen[-1][1])
