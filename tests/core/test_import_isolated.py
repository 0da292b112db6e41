"""A file that makes a reader hang, crash or eat memory is refused with one line, and the app
goes on (issue 19): every import is read in a child process with a time and a memory limit."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import hostile_readers
import pytest

from kzbrief.core.errors import BadInputError, InternalError
from kzbrief.core.importers import parse
from kzbrief.core.service import Library


def _report(folder: Path) -> Path:
    path = folder / "report.md"
    path.write_text("# A report\n\n## Findings\n\nCourts jailed protesters in Almaty.\n")
    return path


def _children() -> list[str]:
    """The processes this one started that are still there (zombies included)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid():
                found.append(entry.name)
    return found


def _import_in_thread(library: Library, path: Path, wait: float) -> BaseException | None:
    """Import on another thread (as the window does); the error it raised. Fails if the
    import is still running after ``wait`` seconds."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            library.import_briefing(path)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(wait)
    assert not thread.is_alive(), f"the import was still running after {wait} s"
    return outcome[0]


def test_a_file_that_stalls_the_reader_is_refused_at_the_time_limit(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = [b.id for b in library.briefings()]
    # The reader stalls, wherever it runs: in this process or in a child.
    monkeypatch.setitem(parse.READERS, "markdown", hostile_readers.stall)
    monkeypatch.setattr(parse, "read_document", hostile_readers.stall, raising=False)
    monkeypatch.setattr(parse, "PARSE_SECONDS", 1.0, raising=False)
    started = time.monotonic()
    error = _import_in_thread(library, _report(tmp_path), wait=20)
    assert time.monotonic() - started < 10
    assert isinstance(error, BadInputError)
    assert str(error) == (
        "cannot import report.md: reading it took longer than 1 seconds "
        "(the file may be damaged, or made to stall the reader)"
    )
    assert [b.id for b in library.briefings()] == before
    assert not _children()  # the stalled child was killed and reaped


def test_a_file_that_crashes_the_reader_is_refused(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse, "read_document", hostile_readers.crash)
    with pytest.raises(BadInputError, match=r"^cannot import report\.md: the reader stopped"):
        library.import_briefing(_report(tmp_path))
    assert library.search("tokayev").hits  # this process goes on


def test_a_file_that_eats_memory_is_refused(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse, "read_document", hostile_readers.eat_memory)
    monkeypatch.setattr(parse, "PARSE_MEMORY_BYTES", 1024 * 2**20)
    with pytest.raises(BadInputError, match=r"needed more than 1,024 MB of memory$"):
        library.import_briefing(_report(tmp_path))


def test_a_bug_in_a_reader_is_logged_without_the_files_text(
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(parse, "read_document", hostile_readers.buggy)
    with caplog.at_level(logging.ERROR), pytest.raises(InternalError):
        library.import_briefing(_report(tmp_path))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "in buggy" in logged
    assert hostile_readers.MARKER not in logged


def test_a_good_file_and_a_refusal_come_back_from_the_child(tmp_path: Path) -> None:
    document, data = parse.parse_document(_report(tmp_path), title="Given")
    assert document.title == "Given" and data.startswith(b"# A report")
    empty = tmp_path / "empty.md"
    empty.write_text("  \n")
    with pytest.raises(BadInputError, match=r"^empty\.md is empty$"):
        parse.parse_document(empty)


def test_the_child_is_this_same_program() -> None:
    """The bundle starts its own executable as the child: __main__ must recognise it."""
    from kzbrief.core import isolated

    main = Path(__file__).resolve().parents[2] / "kzbrief" / "__main__.py"
    assert f'os.environ.get("{isolated.CHILD_ENV}")' in main.read_text(encoding="utf-8")


def test_a_cancel_pressed_while_the_child_finished_is_a_cancel(tmp_path: Path) -> None:
    # The child answers before the first look at the Cancel button; the user pressed it
    # meanwhile (here: as soon as the child was done). Nothing may be imported: the cancel
    # is asked once more when the child has ended (CI saw a quick PDF child beat it).
    from kzbrief.core import isolated

    marker = tmp_path / "done"
    with pytest.raises(isolated.Cancelled):
        isolated.run_isolated(
            hostile_readers.touch_and_return,
            str(marker),
            seconds=30,
            memory_bytes=parse.PARSE_MEMORY_BYTES,
            cancelled=marker.exists,
        )
    assert marker.exists()


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no niceness on this system")
def test_a_background_child_runs_at_a_lower_priority() -> None:
    # (a child at the window's priority takes CPU time from the window on a small machine)
    from kzbrief.core import isolated

    mine = os.nice(0)
    limits = {"seconds": 60.0, "memory_bytes": 2**30}
    assert isolated.run_isolated(os.nice, 0, **limits) == mine
    background = isolated.run_isolated(os.nice, 0, background=True, **limits)
    assert background == max(mine, isolated.BACKGROUND_NICENESS)


def test_a_large_answer_is_read_a_frame_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent reads the child's answer through Python code a frame at a time, so that
    the window's thread may take the interpreter lock between frames (a 5 MB report's parse
    held it for 30-42 ms in one ``pickle.loads``)."""
    from kzbrief.core import isolated

    reads = []
    read = isolated._FrameReader.read

    def counted(self: isolated._FrameReader, size: int = -1) -> bytes:
        reads.append(size)
        return read(self, size)

    monkeypatch.setattr(isolated._FrameReader, "read", counted)
    numbers = isolated.run_isolated(list, range(300_000), seconds=60, memory_bytes=2**30)
    assert numbers == list(range(300_000))
    assert len(reads) > 10


@pytest.mark.parametrize("protocol", [0, 2, 4, 5])
def test_pickles_in_frames_are_pickles(protocol: int) -> None:
    import pickle

    from kzbrief.core import isolated

    value = {
        "text": "line one\nline two\n" * 5000,
        "blob": bytes(range(256)) * 2000,
        "numbers": list(range(50_000)),
        "nested": [("a", 1.5, None, True), {"b": [b"\n", "\n"]}],
        "error": BadInputError("a file that says no"),
    }
    frames = isolated.pickled_in_frames(value)
    assert b"".join(frames) == pickle.dumps(value)
    for data in (pickle.dumps(value, protocol=protocol), bytearray(b"".join(frames))):
        back = isolated.unpickled_in_frames(data)
        assert {k: v for k, v in back.items() if k != "error"} == {
            k: v for k, v in value.items() if k != "error"
        }
        assert str(back["error"]) == "a file that says no"
