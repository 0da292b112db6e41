"""Protected notes in the window (issue 16): unlock, lock, idle lock, panic key, export note."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kzbrief.core.service import Library
from kzbrief.gui import settings as opts
from kzbrief.gui.lock import Session
from kzbrief.gui.main_window import MainWindow

PASS = "window passphrase"
MARKER = "ZQXTYPEDMARK"


@pytest.fixture(autouse=True)
def _cheap_kdf(cheap_kdf: None) -> None:
    """A cheap Argon2id in this file's tests (tests/conftest.py)."""


@pytest.fixture
def protected(data_dir: Path) -> str:
    library = Library(data_dir)
    _, section = library.section("overview")
    library.add_note("overview", section.text[:30], note="kept note")
    library.protect(PASS)
    library.close()
    return PASS


@pytest.fixture
def session(qtbot, data_dir: Path, settings, protected):
    library = Library(data_dir)
    made = Session(library, settings, MainWindow)
    yield made
    made.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its windows go now
    library.close()


def _unlock(qtbot, session: Session, secret: str) -> None:
    qtbot.waitUntil(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.field, secret)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def _grep(folder: Path, marker: str) -> bool:
    return any(p.is_file() and marker.encode() in p.read_bytes() for p in folder.rglob("*"))


def test_unlock_dialog_at_start_wrong_then_right(qtbot, session: Session) -> None:
    window = session.start()
    assert session.library.read_only  # the public briefing, locked
    assert window.library.notes() == []
    _unlock(qtbot, session, "not the passphrase")
    dialog = session.unlock_dialog
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=5_000)
    assert session.library.is_locked and dialog.field.text() == ""
    _unlock(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=5_000)  # window remade
    qtbot.waitUntil(lambda: session.window is not window)
    assert [n.body for n in session.window.library.notes()] == ["kept note"]
    assert not session.library.read_only


def test_public_only_keeps_the_folder_locked(qtbot, session: Session) -> None:
    session.start()
    qtbot.waitUntil(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
    qtbot.mouseClick(session.unlock_dialog.public_button, Qt.MouseButton.LeftButton)
    assert session.library.is_locked
    assert [b.id for b in session.library.briefings()] == ["kazakhstan-2023"]


def test_lock_action_saves_the_typed_note_and_forgets_everything(
    qtbot, session: Session, data_dir: Path
) -> None:
    session.start()
    _unlock(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=5_000)  # window remade
    window = session.window
    window.build_rest()  # the notes panel and editor (else built after the first paint)
    [note] = session.library.notes()
    window.notes_ui.jump_to(note.id)
    qtbot.keyClicks(window.note_editor.body, f" {MARKER}")
    assert window.notes_ui.autosaver.is_pending(note.id)
    window.ui_actions["lock"].trigger()
    assert session.library.is_locked and session.window is not window
    assert session.window.library.notes() == []
    assert session.unlock_dialog is not None and session.unlock_dialog.isVisible()
    assert not _grep(data_dir, MARKER)
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert MARKER in reopened.note(note.id).body
    reopened.close()


def test_idle_time_locks(qtbot, session: Session, settings) -> None:
    settings.set(opts.IDLE_LOCK, 1)
    session.start()
    _unlock(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=5_000)  # window remade
    assert session._idle.isActive() and session._idle.interval() == 60_000
    session._idle.start(50)  # a minute is long for a test: the same timer, sooner
    qtbot.waitUntil(lambda: session.library.is_locked, timeout=5_000)


def test_panic_key_saves_locks_and_quits_within_200_ms(
    qtbot, session: Session, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.start()
    _unlock(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=5_000)  # window remade
    window = session.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.build_rest()  # the notes panel and editor (else built after the first paint)
    [note] = session.library.notes()
    window.notes_ui.jump_to(note.id)
    qtbot.keyClicks(window.note_editor.body, f" {MARKER}")
    quits: list[float] = []
    session.exit_now = lambda code: quits.append(time.perf_counter())
    start = time.perf_counter()
    qtbot.keyClick(
        window.note_editor.body,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [ended] = quits
    elapsed_ms = (ended - start) * 1000
    assert elapsed_ms < 200, elapsed_ms
    assert session.library.is_locked and not window.isVisible()
    assert not _grep(data_dir, MARKER)
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert MARKER in reopened.note(note.id).body
    reopened.close()


def test_export_dialog_says_exports_are_plain_files(qtbot, session: Session) -> None:
    session.start()
    _unlock(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.unlock_dialog is None, timeout=5_000)  # window remade
    session.window.ui_actions["export_notes"].trigger()
    dialog = session.window.export_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    warning = dialog.findChild(type(dialog.error), "export-plain-warning")
    assert warning is not None and "unencrypted" in warning.text()
    dialog.reject()


def test_protection_dialog_turns_protection_on_and_off(
    qtbot, data_dir: Path, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kzbrief.gui import lock

    library = Library(data_dir)
    _, section = library.section("overview")
    library.add_note("overview", section.text[:30], note=MARKER)
    session = Session(library, settings, MainWindow)
    session.start()
    assert not session.window.ui_actions["lock"].isEnabled()  # nothing to lock yet
    typed: dict[str, str] = {"first": "a long passphrase", "second": "a long passphrase"}

    def answer(dialog: lock.NewPassphraseDialog) -> int:
        dialog.current.setText(typed.get("current", ""))
        dialog.first.setText(typed["first"])
        dialog.second.setText(typed["second"])
        dialog._check()
        return dialog.result()

    shown: list[str] = []
    monkeypatch.setattr(lock.NewPassphraseDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    session.window.ui_actions["protection"].trigger()
    dialog = session.protection_dialog
    assert dialog is not None and dialog.idle.value() == settings.get(opts.IDLE_LOCK)
    typed["second"] = "a different one"  # a typo: nothing happens
    dialog.switch.setChecked(True)
    assert not library.is_protected and not dialog.switch.isChecked()
    typed["second"] = typed["first"]
    dialog.switch.setChecked(True)
    assert library.is_protected and not library.is_locked
    assert shown and "recovery key" in shown[0]
    assert not _grep(data_dir, MARKER)
    assert session.window.ui_actions["lock"].isEnabled()
    dialog.idle.setValue(3)
    assert settings.get(opts.IDLE_LOCK) == 3 and session._idle.interval() == 180_000
    typed["current"] = typed["first"]
    dialog.switch.setChecked(False)
    assert not library.is_protected
    assert _grep(data_dir, MARKER)  # plain again, as asked
    session.close()
    library.close()
