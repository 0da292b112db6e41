"""The operation runner: every write from the window runs on the worker, in order, and the
window never waits for the data folder while other work holds it (issues 18 and 19)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from kzbrief.core.interlock import LOCK_FILE, FolderLock
from kzbrief.core.service import Library
from tests.gui.settling import PaintRecorder, settle

SECTION = "religion"
PASSAGE = "religious"
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def select(window, library: Library, text: str) -> None:
    window.open_place(library.default_briefing().id, SECTION)
    reader = window.reader
    start = reader.section.text.index(text)
    first, last = reader.document_range(start, start + len(text))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()


def ready(qtbot, window) -> None:
    """The panels built and the worker through its start-up work (the index check)."""
    qtbot.waitUntil(lambda: window.panels_built, timeout=15_000)
    window.runner.run(lambda: None)  # queued behind the index check: done when it is
    settle(window)


class Ticks:
    """An event-loop probe: a timer every 10 ms, and how late each tick came."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append((now - self._last) * 1000 - 10)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.late, default=0.0)


def hold_folder(library: Library, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another writer (a CLI import beside the window) holds the data folder's lock."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with FolderLock(library.data_dir / LOCK_FILE):
            held.set()
            release.wait(seconds)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    return thread, release


def test_ctrl_h_while_the_folder_is_held_does_not_freeze_the_window(qtbot, window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    ready(qtbot, window)
    select(window, library, PASSAGE)
    holder, release = hold_folder(library, seconds=5)
    try:
        pressed = time.perf_counter()
        qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
        assert time.perf_counter() - pressed < 0.5  # the key returned at once
        ticks = Ticks()
        qtbot.wait(700)  # the user goes on reading meanwhile
        assert ticks.stop() < 250  # the event loop kept turning
        assert library.notes() == []  # not written yet: it waits on the worker
        assert window.status.currentMessage() == "Saving… waiting for the library to be free"
    finally:
        release.set()
        holder.join()
    settle(window)
    [note] = library.notes()
    assert note.quote == PASSAGE
    assert window.notes_panel.model.note_count == 1  # redrawn once it landed
    assert window.note_editor.note_id == note.id
    assert "waiting" not in window.status.currentMessage()


def test_typing_a_note_while_the_folder_is_held_lands_after_release(qtbot, window, library) -> None:
    note = library.add_note(SECTION, PASSAGE)
    ready(qtbot, window)
    window.notes_ui.jump_to(note.id)
    holder, release = hold_folder(library, seconds=5)
    try:
        ticks = Ticks()
        qtbot.keyClicks(window.note_editor.body, "typed while an import runs")
        window.notes_ui.autosaver.flush()  # as before any other change: never waits
        qtbot.wait(600)
        assert ticks.stop() < 250
        assert library.note(note.id).body == ""
    finally:
        release.set()
        holder.join()
    settle(window)
    assert library.note(note.id).body == "typed while an import runs"


def test_a_write_behind_an_import_says_so_and_lands_after_it(
    qtbot, window, library, monkeypatch
) -> None:
    ready(qtbot, window)
    started = threading.Event()

    def slow_import(path, **options):
        started.set()
        time.sleep(1.5)
        raise FileNotFoundError(path)

    monkeypatch.setattr(library, "import_briefing", slow_import)
    window.library_ui.import_paths([Path("report.html")])
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the event loop hands the work over
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(
        lambda: window.status.currentMessage() == "Saving… waiting for the import to finish",
        timeout=1_400,
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "waiting-for-import.png"))
    settle(window)
    [note] = library.notes()
    assert note.quote == PASSAGE


def test_work_starts_once_the_window_has_drawn_what_the_user_did(qtbot, window) -> None:
    """The worker would take the interpreter lock from the redraw half the time: the work an
    event submits is handed over after the redraw that event asked for."""
    ready(qtbot, window)
    label = QLabel("before")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(50)
    order: list[str] = []
    paints = PaintRecorder(order)
    label.installEventFilter(paints)

    def users_event() -> None:
        label.setText("after")  # asks for a redraw
        window.runner.run(lambda: order.append("work"))
        time.sleep(0.2)  # the rest of the event's handling: the worker is free meanwhile

    QTimer.singleShot(0, users_event)
    qtbot.waitUntil(lambda: "work" in order and "drawn" in order, timeout=10_000)
    assert order.index("drawn") < order.index("work")


def test_a_search_asked_for_after_a_write_finds_what_it_wrote(qtbot, window, library) -> None:
    ready(qtbot, window)
    outcomes = []
    window.tasks.search_finished.connect(outcomes.append)
    window.runner.run(lambda: library.add_note(SECTION, PASSAGE, note="zebrafinch"))
    window.tasks.search("zebrafinch")  # in the same turn: the write is still held back
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert [hit.kind for hit in outcomes[0].results.hits] == ["note"]
    settle(window)


def test_the_notes_panel_redraws_from_the_runners_changes(qtbot, window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    ready(qtbot, window)
    told = []
    window.runner.changed.connect(lambda changes, who: told.append((changes, who)))
    window.runner.run(lambda: library.add_note(SECTION, PASSAGE), initiator="test")
    settle(window)
    [(changes, who)] = told
    assert changes.notes and not changes.bookmarks and who == "test"
    assert window.notes_panel.model.note_count == 1


def test_an_internal_error_is_one_calm_line_and_a_logged_traceback(
    qtbot, window, library, monkeypatch, caplog
) -> None:
    ready(qtbot, window)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the secret passage text")

    monkeypatch.setattr(library, "add_note", broken)
    select(window, library, PASSAGE)
    with caplog.at_level(logging.ERROR, logger="kzbrief"):
        qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
        settle(window)
    told = window.status.currentMessage()
    assert "internal error" in told and "secret" not in told
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[0] is RuntimeError  # the traceback is kept for the log


def test_a_refusal_is_told_in_the_operations_words(qtbot, window, library) -> None:
    ready(qtbot, window)
    window.notes_ui.delete("no-such-note")
    settle(window)
    assert window.status.currentMessage().startswith("Could not delete the note: ")


def test_progress_reaches_the_window_a_few_times_a_second_and_always_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kzbrief.gui import runner

    clock = [100.0]
    monkeypatch.setattr(runner.time, "monotonic", lambda: clock[0])
    seen: list[tuple[int, int]] = []
    step = runner.throttled(lambda done, total: seen.append((done, total)))
    for done in range(1, 801):  # 800 steps in 0.4 s
        step(done, 800)
        clock[0] += 0.0005
    interval = runner.PROGRESS_INTERVAL_S
    assert seen[0] == (1, 800) and seen[-1] == (800, 800)
    assert len(seen) <= 0.4 / interval + 2
    clock[0] += interval
    step(5, 0)  # an unknown total: still at most every interval
    clock[0] += interval / 2
    step(6, 0)
    assert seen[-1] == (5, 0)
