"""Protected notes in the window (issue 16): unlock at start, lock, auto-lock, panic key.

:class:`Session` owns the main window of a library. When the folder is protected it asks for
the passphrase before the window opens; "Read the public briefing only" opens it locked
(the bundled briefings, read-only, nothing personal). File > Lock and the idle timer save
the note being typed (encrypted, through the store), forget the key and everything
decrypted, and put a fresh window on the locked library with the unlock dialog over it.
The panic key does the same without asking anything and quits.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.gui import settings as opts
from kzbrief.gui.nextturn import single_shot_timer
from kzbrief.gui.settings import Settings

#: Input that counts as "the user is here" for the idle lock.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
POLL_MS = 30
#: The interpreter's thread switch interval during a panic (the default is 5 ms).
PANIC_SWITCH_INTERVAL_S = 0.0001


def exit_now(code: int = 0) -> None:
    """End the process at once (the panic key): everything is saved and the key forgotten
    already; waiting for a thread in the middle of an import or an export would be too slow.
    Files are written whole or not at all (kzbrief.core.safefile), so nothing is damaged."""
    logging.shutdown()
    os._exit(code)


class _Background:
    """Run ``work`` on a thread (the KDF takes about a second); ``done(error)`` on the GUI
    thread afterwards (error is None on success)."""

    def __init__(
        self, parent: QObject, work: Callable[[], None], done: Callable[[Exception | None], None]
    ) -> None:
        self._error: Exception | None = None
        self._done = done
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._timer = QTimer(parent)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._thread.start()
        self._timer.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            self._error = exc

    def _poll(self) -> None:
        if self._thread.is_alive():
            return
        self._timer.stop()
        self._done(self._error)


class UnlockDialog(QDialog):
    """Asks for the passphrase (or the recovery key) of a protected folder."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("unlock-dialog")
        self.setWindowTitle(self.tr("Unlock Your Notes"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your notes, bookmarks and imported briefings are encrypted. Type your "
                "passphrase (or your recovery key) to open them. The bundled briefing can be "
                "read without unlocking."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setObjectName("unlock-passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase or recovery key"))
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setObjectName("unlock-error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlock-button")
        self.unlock_button.setDefault(True)
        self.public_button = self.buttons.addButton(
            self.tr("Read the &Public Briefing Only"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.public_button.setObjectName("unlock-public")
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._busy: _Background | None = None

    def try_unlock(self) -> None:
        secret = self.field.text()
        if not secret or self._busy is not None:
            return
        self.unlock_button.setEnabled(False)
        self.field.setEnabled(False)
        self.error.setText(self.tr("Unlocking…"))
        self.error.show()
        self._busy = _Background(self, lambda: self.library.unlock(secret), self._unlocked)

    def _unlocked(self, error: Exception | None) -> None:
        self._busy = None
        self.unlock_button.setEnabled(True)
        self.field.setEnabled(True)
        if error is None:
            self.field.clear()
            self.accept()
            return
        self.field.clear()
        self.field.setFocus()
        if isinstance(error, KzbriefError):
            self.error.setText(self.tr("Wrong passphrase or recovery key. Nothing was changed."))
        else:
            self.error.setText(self.tr("Could not unlock: %1").replace("%1", str(error)))


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice (and the current one, for a change)."""

    def __init__(self, *, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-passphrase-dialog")
        self.setWindowTitle(self.tr("Choose a Passphrase"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "If you lose both the passphrase and the recovery key, your notes cannot be "
                "recovered by anyone."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setObjectName("current-passphrase")
        self.first = QLineEdit()
        self.first.setObjectName("new-passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("new-passphrase-again")
        for field in (self.current, self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_current:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.second)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("new-passphrase-error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if len(self.first.text()) < Library.MIN_PASSPHRASE:
            message = self.tr(
                "A passphrase needs at least %n characters.", "", Library.MIN_PASSPHRASE
            )
        elif self.first.text() != self.second.text():
            message = self.tr("The two passphrases differ.")
        else:
            self.accept()
            return
        self.error.setText(message)
        self.error.show()


class ProtectionDialog(QDialog):
    """Settings of protection: the switch, the passphrase, the idle time before locking."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("protection-dialog")
        self.setWindowTitle(self.tr("Protection"))
        layout = QVBoxLayout(self)
        self.switch = QCheckBox(self.tr("&Encrypt my notes, bookmarks and imported briefings"))
        self.switch.setObjectName("protection-switch")
        self.switch.setChecked(session.library.is_protected)
        self.switch.toggled.connect(self._switched)
        layout.addWidget(self.switch)
        self.change = QPushButton(self.tr("&Change Passphrase…"))
        self.change.setObjectName("protection-change")
        self.change.setEnabled(session.library.is_protected)
        self.change.clicked.connect(self._change)
        layout.addWidget(self.change)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setObjectName("protection-idle")
        self.idle.setRange(opts.IDLE_LOCK.minimum or 0, opts.IDLE_LOCK.maximum or 240)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(session.settings.get(opts.IDLE_LOCK))
        self.idle.valueChanged.connect(self._idle_changed)
        form.addRow(self.tr("Lock after this much idle time:"), self.idle)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _idle_changed(self, minutes: int) -> None:
        self.session.settings.set(opts.IDLE_LOCK, minutes)
        self.session.restart_idle_timer()

    def _switched(self, on: bool) -> None:
        if on == self.session.library.is_protected:
            return
        dialog = NewPassphraseDialog(ask_current=not on, parent=self)
        if not on:
            dialog.first.hide()
            dialog.second.hide()
            dialog.first.setText("x" * Library.MIN_PASSPHRASE)
            dialog.second.setText("x" * Library.MIN_PASSPHRASE)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._reset_switch()
            return
        try:
            if on:
                recovery = self.session.protect(dialog.first.text())
                box = QMessageBox(self)
                box.setObjectName("recovery-key")
                box.setWindowTitle(self.tr("Your Recovery Key"))
                box.setText(
                    self.tr(
                        "Protection is on. Write this recovery key down and keep it apart "
                        "from this computer; it is shown only now and unlocks like the "
                        "passphrase:\n\n%1"
                    ).replace("%1", recovery)
                )
                box.exec()
            else:
                self.session.unprotect(dialog.current.text())
        except KzbriefError as exc:
            QMessageBox.warning(self, self.tr("Protection"), str(exc))
            self._reset_switch()
            return
        self.change.setEnabled(self.session.library.is_protected)

    def _reset_switch(self) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(self.session.library.is_protected)
        self.switch.blockSignals(False)

    def _change(self) -> None:
        dialog = NewPassphraseDialog(ask_current=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.library.change_passphrase(dialog.current.text(), dialog.first.text())
        except KzbriefError as exc:
            QMessageBox.warning(self, self.tr("Protection"), str(exc))
            return
        QMessageBox.information(self, self.tr("Protection"), self.tr("Passphrase changed."))


class Session(QObject):
    """The window of one library, remade whenever the library is locked or unlocked."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        make_window: Callable[[Library, Settings], QWidget],
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self._make_window = make_window
        self.window: QWidget | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.protection_dialog: ProtectionDialog | None = None
        self._idle = single_shot_timer(self, 0, self.lock)  # (started with the user's minutes)
        #: Milliseconds the last panic took from key to quit (for the record and tests).
        self.panic_ms: float | None = None
        #: How the panic key ends the process (tests replace it).
        self.exit_now: Callable[[int], None] = exit_now
        self._panicking = False
        #: The panic key's sequences, caught in any window or dialog (a modal dialog blocks
        #: the window's shortcuts).
        self._panic_keys: list[QKeySequence] = []

    def close(self) -> None:
        """Close the dialogs and the window (the library stays open: its owner closes it)."""
        self._idle.stop()
        for dialog in (self.unlock_dialog, self.protection_dialog):
            if dialog is not None:
                dialog.reject()
        self.unlock_dialog = self.protection_dialog = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()  # (with the application-wide filters it installed)

    # -- windows ---------------------------------------------------------------------------------
    def start(self) -> QWidget:
        """Open the window; when protected, with the unlock dialog over it."""
        if self.library.is_locked:
            self.library.browse_locked()
        window = self._new_window()
        if self.library.is_locked:
            QTimer.singleShot(0, self.ask_to_unlock)
        return window

    def _new_window(self) -> QWidget:
        old = self.window
        if old is not None:
            old.shutdown()  # type: ignore[attr-defined]
            old.hide()
            old.deleteLater()
        window = self._make_window(self.library, self.settings)
        self.window = window
        actions = window.ui_actions  # type: ignore[attr-defined]
        actions["lock"].triggered.connect(self.lock)
        actions["panic"].triggered.connect(self.panic)
        actions["protection"].triggered.connect(self.show_protection)
        actions["lock"].setText(
            self.tr("&Lock") if not self.library.is_locked else self.tr("&Unlock…")
        )
        actions["lock"].setEnabled(self.library.is_protected)
        self._panic_keys = list(actions["panic"].shortcuts())
        window.show()
        self.restart_idle_timer()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        return window

    def ask_to_unlock(self) -> bool:
        if self.window is None:
            return False
        dialog = self.unlock_dialog = UnlockDialog(self.library, self.window)
        dialog.accepted.connect(self._after_unlock)
        dialog.open()
        return True

    def _after_unlock(self) -> None:
        self.unlock_dialog = None
        self._new_window()

    # -- locking --------------------------------------------------------------------------------
    def lock(self) -> None:
        """Save what is being typed, forget the key and all decrypted data, show the public
        briefing with the unlock dialog (from File > Lock; when locked, it unlocks)."""
        if not self.library.is_protected:
            return
        if self.library.is_locked:
            if self.unlock_dialog is None or not self.unlock_dialog.isVisible():
                self.ask_to_unlock()
            return
        # Long work (an import, an export, an index build) is stopped, not waited for; the
        # window goes at once, and closing it writes what the runner holds.
        self.library.stop_background_work()
        self._hide_everything()
        if self.window is not None:
            self.window.shutdown()  # type: ignore[attr-defined]
        self.library.lock()
        self.library.resume_background_work()
        self.library.browse_locked()
        self._new_window()
        self.ask_to_unlock()

    def _hide_everything(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()  # (a dialog in exec() returns)

    def panic(self) -> None:
        """Save the note being typed, lock, clear every window and quit, at once: running
        work (an import's child, an export, an index build) is stopped, never waited for."""
        if self._panicking:
            return
        self._panicking = True
        start = time.perf_counter()
        # A worker busy in Python (an index build's last step cannot be stopped) holds the
        # GIL for up to 5 ms each time this thread wants it back, and hiding a window calls
        # back into Python for every widget: take the GIL back at once instead.
        sys.setswitchinterval(PANIC_SWITCH_INTERVAL_S)
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.library.stop_background_work()
        self._idle.stop()
        self._hide_everything()
        window = self.window
        if window is not None:
            # The writes queued behind the running work are written here, now, and so is the
            # note being typed (encrypted); nothing else (not the place, not the layout). The
            # worker is not waited for: the process ends below.
            window.runner.close_now()  # type: ignore[attr-defined]
            if getattr(window, "_ready", False):
                window.notes_ui.shutdown()  # type: ignore[attr-defined]
        self.library.lock(quick=True)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.settings.sync()
        self.panic_ms = (time.perf_counter() - start) * 1000
        self.exit_now(0)

    def protect(self, passphrase: str) -> str:
        if self.window is not None:
            self.window.shutdown()  # type: ignore[attr-defined]
        recovery = self.library.protect(passphrase)
        self._new_window()
        return recovery

    def unprotect(self, secret: str) -> None:
        if self.window is not None:
            self.window.shutdown()  # type: ignore[attr-defined]
        self.library.unprotect(secret)
        self._new_window()

    def show_protection(self) -> None:
        if self.library.is_locked:
            self.ask_to_unlock()
            return
        self.protection_dialog = ProtectionDialog(self, self.window)
        self.protection_dialog.open()

    # -- idle time ------------------------------------------------------------------------------
    def restart_idle_timer(self) -> None:
        minutes = self.settings.get(opts.IDLE_LOCK)
        if minutes and self.library.is_protected and not self.library.is_locked:
            self._idle.start(minutes * 60_000)
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and self._idle.isActive():
            self._idle.start()  # the same interval, from now
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and self._is_panic_key(event)
        ):
            self.panic()  # from any window, a modal dialog included
            return True
        return False

    def _is_panic_key(self, event: QKeyEvent) -> bool:
        if not self._panic_keys or event.isAutoRepeat():
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
            for keys in self._panic_keys
        )
