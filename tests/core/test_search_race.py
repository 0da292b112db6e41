"""A search on one thread and an index reopen on another (issue 19, defect 1).

The window searches on its worker thread while a note is written on the GUI thread; when
another process (the CLI beside the window) has changed the index meanwhile, the note write
reopens the index. That must never close the searcher the running search holds, and a
search that fails for a reason other than damage on disk must not throw the index away.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

import kzbrief.core.search as search_module
from kzbrief.core.errors import InternalError
from kzbrief.core.service import Library

QUOTE = "peaceful assembly"
WAIT = 30.0


def _pause_inside_search(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event]:
    """Make the next search stop once it holds its searcher, until ``resume`` is set."""
    entered, resume = threading.Event(), threading.Event()
    real = search_module.run_search

    def paused(searcher, parsed, **kwargs):
        if not entered.is_set():
            entered.set()
            assert resume.wait(WAIT)
        return real(searcher, parsed, **kwargs)

    monkeypatch.setattr(search_module, "run_search", paused)
    return entered, resume


def _section_with(library: Library, text: str) -> str:
    return next(s.id for s in library.default_briefing().sections if text in s.text)


def test_a_reopen_on_another_thread_does_not_break_a_running_search(
    library: Library, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.search("tokayev")  # the index is open and current
    generation = (data_dir / "index" / "current.json").read_text()
    section = _section_with(library, QUOTE)
    entered, resume = _pause_inside_search(monkeypatch)
    outcome: dict[str, object] = {}

    def worker() -> None:
        try:
            outcome["results"] = library.search('"domestic violence"')
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert entered.wait(WAIT)
        # Another process writes a note (it updates the index and its manifest) …
        other = Library(data_dir)
        try:
            other.add_note(section, QUOTE, note="from the command line")
        finally:
            other.close()
        # … then this one does: it reopens the index the running search is reading.
        library.add_note(section, QUOTE, note="from the window")
    finally:
        resume.set()
        thread.join(WAIT)
    assert "error" not in outcome, outcome.get("error")
    results = outcome["results"]
    assert results.hits[0].section == "domestic-violence"
    assert not [n for n in results.notices if "Rebuilt the search index" in n]
    assert not (data_dir / "index" / "current.json.damaged").exists()
    assert (data_dir / "index" / "current.json").read_text() != generation  # updated, not lost
    # Both notes are found, by this library and by a fresh one.
    assert len(library.search("kind:note assembly").hits) == 2
    fresh = Library(data_dir)
    try:
        again = fresh.search("kind:note assembly")
        assert len(again.hits) == 2 and not again.notices
    finally:
        fresh.close()


def test_a_bug_in_search_is_logged_and_keeps_the_index(
    library: Library,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    library.search("tokayev")
    manifest = (data_dir / "index" / "current.json").read_text()

    def buggy(searcher, parsed, **kwargs):
        raise TypeError("a bug, not damage")

    monkeypatch.setattr(search_module, "run_search", buggy)
    with caplog.at_level(logging.ERROR), pytest.raises(InternalError) as raised:
        library.search("tokayev")
    assert "\n" not in str(raised.value) and "internal error" in str(raised.value)
    assert any(r.exc_info and r.exc_info[0] is TypeError for r in caplog.records)
    assert str(raised.value) == "the search failed because of an internal error"
    # The healthy index was neither renamed nor rebuilt.
    assert (data_dir / "index" / "current.json").read_text() == manifest
    assert not (data_dir / "index" / "current.json.damaged").exists()
    monkeypatch.undo()
    results = library.search('"domestic violence"')
    assert results.hits and not results.notices
