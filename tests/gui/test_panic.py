"""The panic key and the lock do not wait for long work (issue 16).

While an import's child reads a file, an export is being made or the search index is being
built, Ctrl+Shift+Q must still save the note being typed (encrypted), lock, clear every
window and end the process within 200 ms; from inside a modal dialog too. File > Lock stops
the work rather than wait for it. Each test times the key and prints the figure.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kzbrief.core import isolated
from kzbrief.core.service import Library
from kzbrief.gui.lock import Session
from kzbrief.gui.main_window import MainWindow

PASS = "window passphrase"
MARKER = "ZQXPANICMARK"
LIMIT_MS = 200
CORE_TESTS = Path(__file__).resolve().parents[1] / "core"


@pytest.fixture(autouse=True)
def _cheap_kdf(cheap_kdf: None) -> None:
    """A cheap Argon2id in this file's tests (tests/conftest.py)."""


@pytest.fixture(autouse=True)
def _switch_interval() -> Iterator[None]:
    interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(interval)  # (a panic lowers it: the process ends right after)


@pytest.fixture
def session(qtbot, data_dir: Path, settings) -> Iterator[Session]:
    library = Library(data_dir)
    _, section = library.section("overview")
    library.add_note("overview", section.text[:30], note="kept note")
    library.protect(PASS)
    library.close()
    library = Library(data_dir)
    made = Session(library, settings, MainWindow)
    made.exits: list[float] = []  # type: ignore[attr-defined]
    # When the process would end (os._exit in the product).
    made.exit_now = lambda code: made.exits.append(time.perf_counter())  # type: ignore
    yield made
    window = made.window
    made.close()  # a window still open stops its worker; a panicked one was told to stop
    if window is not None:
        window.runner.thread.wait(30_000)  # the stopped work ends before the library closes
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its windows go now
    library.close()


def _open(qtbot, session: Session) -> MainWindow:
    session.start()
    qtbot.waitUntil(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.field, PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=10_000)
    window = session.window
    qtbot.waitUntil(lambda: window._ready, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _type_into_note(qtbot, session: Session, window: MainWindow) -> str:
    [note] = session.library.notes()
    window.notes_ui.jump_to(note.id)
    qtbot.keyClicks(window.note_editor.body, f" {MARKER}")
    return note.id


def _panic(qtbot, session: Session, target) -> float:
    """Press the panic key on ``target``; milliseconds until the process would have ended."""
    start = time.perf_counter()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_Q, keys)
    [ended] = session.exits  # type: ignore[attr-defined]
    return (ended - start) * 1000


def _check_after_panic(session: Session, data_dir: Path, note_id: str, elapsed: float, what: str):
    print(f"\npanic key during {what}: {elapsed:.1f} ms (session: {session.panic_ms:.1f} ms)")
    assert elapsed < LIMIT_MS, f"{what}: {elapsed:.0f} ms"
    assert session.library.is_locked
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(p.is_file() and MARKER.encode() in p.read_bytes() for p in data_dir.rglob("*"))
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert MARKER in reopened.note(note_id).body  # the typed note, saved encrypted
    reopened.close()


def test_panic_during_an_import_kills_the_reader_and_exits_within_200_ms(
    qtbot, session: Session, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(CORE_TESTS))
    import hostile_readers

    from kzbrief.core.importers import parse
    from kzbrief.gui.import_tasks import ImportRequest

    monkeypatch.setattr(parse, "read_document", hostile_readers.stall)  # reads for 30 s
    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    report = tmp_path / "partner.md"
    report.write_text("# Partner\n\nText.\n")
    window.library_ui.imports.import_files([ImportRequest(report)])
    qtbot.waitUntil(lambda: bool(isolated._children), timeout=10_000)
    [child] = list(isolated._children)
    elapsed = _panic(qtbot, session, window.note_editor.body)
    child.wait(timeout=5)  # killed, not left to read for 30 s
    assert child.returncode is not None and child.returncode < 0
    _check_after_panic(session, data_dir, note_id, elapsed, "an import")


def test_panic_during_an_export_exits_within_200_ms(
    qtbot, session: Session, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.exporting import ExportRequest
    from kzbrief.gui import export_tasks

    started, release, ended = threading.Event(), threading.Event(), threading.Event()

    def slow_export(library, request, step, **options):  # one long step
        try:
            step("collecting")
            started.set()
            release.wait(30)
            step("drawing")
            return b"never written"
        finally:
            ended.set()

    monkeypatch.setattr(export_tasks, "export_bytes", slow_export)
    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    exports = export_tasks.ExportTasks(session.library, window.tasks, window)
    target = tmp_path / "notes.md"
    exports.export(ExportRequest("md"), target, 1)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the event loop hands the work over
    elapsed = _panic(qtbot, session, window.note_editor.body)
    release.set()
    assert ended.wait(5)  # the export stopped at its next step
    assert not target.exists()  # the stopped export wrote nothing
    _check_after_panic(session, data_dir, note_id, elapsed, "an export")


def test_panic_while_a_pdf_is_drawn_kills_the_drawing_and_exits_within_200_ms(
    qtbot, session: Session, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(CORE_TESTS))
    import hostile_readers

    import kzbrief.printing
    from kzbrief.exporting import ExportRequest
    from kzbrief.gui import export_tasks

    monkeypatch.setattr(kzbrief.printing, "_draw_in_child", hostile_readers.stall)  # 30 s
    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    exports = export_tasks.ExportTasks(session.library, window.tasks, window)
    target = tmp_path / "notes.pdf"
    exports.export(ExportRequest("pdf"), target, 1)
    qtbot.waitUntil(lambda: bool(isolated._children), timeout=10_000)
    [child] = list(isolated._children)
    elapsed = _panic(qtbot, session, window.note_editor.body)
    child.wait(timeout=5)  # killed, not left to draw for 30 s
    assert child.returncode is not None and child.returncode < 0
    assert not target.exists()
    _check_after_panic(session, data_dir, note_id, elapsed, "a PDF being drawn")


def test_panic_during_an_index_build_exits_within_200_ms(
    qtbot, session: Session, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.core import indexdocs

    building = threading.Event()
    real = indexdocs.briefing_documents

    def slow_documents(briefing):  # a big library: the build takes minutes
        for document in real(briefing):
            building.set()
            time.sleep(0.02)
            yield document

    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    # The index the unlock built (its build, if still running, would put its index in place
    # after the invalidation below, and the slow build would never start).
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=30_000)
    monkeypatch.setattr(indexdocs, "briefing_documents", slow_documents)
    (data_dir / "protected" / "index.kzenc").unlink(missing_ok=True)  # no snapshot to open
    session.library.index.invalidate()
    window.tasks.ensure_index()
    qtbot.waitUntil(building.is_set, timeout=10_000)  # the event loop hands the work over
    elapsed = _panic(qtbot, session, window.note_editor.body)
    _check_after_panic(session, data_dir, note_id, elapsed, "an index build")


def test_panic_from_inside_a_modal_dialog(qtbot, session: Session, data_dir: Path) -> None:
    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    box = QMessageBox(QMessageBox.Icon.Information, "kzbrief", "A modal question", parent=window)
    timings: list[float] = []

    def press() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
        timings.append(_panic(qtbot, session, box))

    QTimer.singleShot(0, press)
    box.exec()  # returns when the panic hides it
    assert timings
    _check_after_panic(session, data_dir, note_id, timings[0], "a modal dialog")


def test_lock_during_an_import_stops_it_and_does_not_wait(
    qtbot, session: Session, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(CORE_TESTS))
    import hostile_readers

    from kzbrief.core.importers import parse
    from kzbrief.gui.import_tasks import ImportRequest

    monkeypatch.setattr(parse, "read_document", hostile_readers.stall)
    window = _open(qtbot, session)
    note_id = _type_into_note(qtbot, session, window)
    report = tmp_path / "partner.md"
    report.write_text("# Partner\n\nText.\n")
    window.library_ui.imports.import_files([ImportRequest(report)])
    qtbot.waitUntil(lambda: bool(isolated._children), timeout=10_000)
    start = time.perf_counter()
    window.ui_actions["lock"].trigger()
    assert not window.isVisible()  # nothing personal on screen from the first moment
    locked = lambda: session.library.is_locked and session.window is not window  # noqa: E731
    qtbot.waitUntil(locked, timeout=5_000)
    elapsed = (time.perf_counter() - start) * 1000
    print(f"\nFile > Lock during an import: locked in {elapsed:.1f} ms", file=sys.stderr)
    assert elapsed < 1_000
    assert session.unlock_dialog is not None
    assert not session.library.stopping  # the next unlock can work again
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert MARKER in reopened.note(note_id).body
    assert "partner" not in {b.id for b in reopened.briefings()}  # stopped: nothing added
    reopened.close()
