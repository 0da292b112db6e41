"""The log (kzbrief.core.logs): tracebacks of our bugs are kept in a small private file in the
data folder, the user reads one line, and nothing the user wrote ever reaches the file."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

import kzbrief.core.search as search_module
from kzbrief.core import logs
from kzbrief.core.service import Library

MARKER = "Zyxwv-private-note-7731"
QUOTE = "peaceful assembly"


def _log_text(data_dir: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(data_dir.glob("kzbrief.log*")))


def _section_with_quote(data_dir: Path) -> str:
    library = Library(data_dir)
    try:
        return next(s.id for s in library.default_briefing().sections if QUOTE in s.text)
    finally:
        library.close()


def test_a_bug_in_search_is_one_line_for_the_user_and_a_traceback_in_the_log(
    cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("search", "tokayev").code == 0
    section = _section_with_quote(data_dir)
    added = cli("notes", "add", "--section", section, "--quote", QUOTE, "--note", MARKER)
    assert added.code == 0, added.err

    def buggy(searcher, parsed, **kwargs):
        raise ValueError(f"choked on {MARKER}")  # a bug's message may hold the user's text

    monkeypatch.setattr(search_module, "run_search", buggy)
    result = cli("search", MARKER)
    assert result.code == 3
    lines = result.err.splitlines()
    assert len(lines) == 1 and "internal error" in lines[0] and "kzbrief.log" in lines[0]
    assert "Traceback" not in result.err
    log_file = data_dir / "kzbrief.log"
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    text = _log_text(data_dir)
    assert "Traceback (most recent call last)" in text and "ValueError" in text
    assert "in buggy" in text  # the frame that raised
    assert MARKER not in text and MARKER.lower() not in text
    # The index was kept: no rebuild, the note is found at once.
    monkeypatch.undo()
    found = cli("search", MARKER)
    assert found.code == 0 and "Rebuilt" not in found.err


def test_a_bug_in_a_command_is_logged_with_its_traceback(
    cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = _section_with_quote(data_dir)
    assert cli("notes", "add", "--section", section, "--quote", QUOTE, "--note", MARKER).code == 0

    def broken(self, *args, **kwargs):
        raise KeyError(MARKER)

    monkeypatch.setattr(Library, "notes", broken)
    result = cli("notes", "list")
    assert result.code == 3
    assert result.err.strip() == (
        f"kzbrief: internal error (KeyError); the details are in {data_dir / 'kzbrief.log'}"
    )
    text = _log_text(data_dir)
    assert "unexpected error while running notes" in text and "KeyError" in text
    assert "message withheld" in text and MARKER not in text


def test_verbose_prints_the_log_on_stderr(cli, data_dir: Path) -> None:
    result = cli("search", "tokayev", "--verbose")
    assert result.code == 0
    assert "INFO" in result.err and "search index built" in result.err
    quiet = cli("index", "rebuild")
    assert "INFO" not in quiet.err


def test_the_log_stays_small(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    logger = logging.getLogger("kzbrief.test")
    for number in range(40_000):
        logger.info("record %06d %s", number, "x" * 100)
    files = sorted(tmp_path.glob("kzbrief.log*"))
    assert len(files) == logs.BACKUPS + 1
    assert all(f.stat().st_size <= logs.MAX_BYTES for f in files)
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_a_data_folder_that_cannot_be_written_costs_no_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    logs.setup_logging(blocker / "data")  # cannot be made, even by root
    logging.getLogger("kzbrief.test").error("something")
    assert capsys.readouterr().err == ""
    assert not (blocker / "data").exists()
