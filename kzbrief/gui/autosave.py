"""Saving a note's text as the user types: no Save button, and nothing typed is lost.

Typing restarts a short timer; when the typing pauses, the newest text of each changed note
goes to one background thread, which writes it through ``Library.update_note`` (a small
SQLite transaction and an index update, some tens of milliseconds that the GUI thread does
not wait for). One thread keeps a note's writes in the order they were typed. ``flush``
hands over what is still waiting and blocks until every write has finished: the window
calls it before a note is deleted and when it closes (calibre's viewer and qutebrowser's
save manager do the same).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kzbrief.core.errors import KzbriefError, NotFoundError
from kzbrief.core.service import Library
from kzbrief.gui.failures import failure_sentence

AUTOSAVE_DELAY_MS = 400


class NoteAutosaver(QObject):
    """Debounced, off-thread writes of notes' text. Call :meth:`shutdown` before closing."""

    saved = Signal(object)  # Note, as written (delivered on the GUI thread)
    failed = Signal(str, str)  # note id, message

    def __init__(
        self, library: Library, delay_ms: int = AUTOSAVE_DELAY_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._waiting: dict[str, str] = {}  # note id -> newest text, not yet handed over
        self._writing: dict[str, Future[None]] = {}  # note id -> its latest write
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="kzbrief-autosave"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._hand_over)

    def schedule(self, note_id: str, text: str) -> None:
        """Save ``text`` as the note's body once the typing pauses."""
        self._waiting[note_id] = text
        self._timer.start()

    def is_pending(self, note_id: str) -> bool:
        """True while the note has text not yet written."""
        future = self._writing.get(note_id)
        return note_id in self._waiting or (future is not None and not future.done())

    def flush(self) -> None:
        """Write everything now, and wait for it (before a delete, on close)."""
        self._hand_over()
        wait(list(self._writing.values()))

    def shutdown(self) -> None:
        """Flush, then stop the thread (idempotent)."""
        self.flush()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _hand_over(self) -> None:
        self._timer.stop()
        waiting, self._waiting = self._waiting, {}
        for note_id, text in waiting.items():
            if self._executor is None:  # after shutdown: write here rather than drop it
                self._write(note_id, text)
                continue
            self._writing[note_id] = self._executor.submit(self._write, note_id, text)
        self._writing = {k: f for k, f in self._writing.items() if not f.done()}

    def _write(self, note_id: str, text: str) -> None:
        """Runs on the autosave thread: touches no widget, reports through signals."""
        try:
            note = self.library.update_note(note_id, note=text)
        except NotFoundError:
            return  # deleted meanwhile (its text was flushed before the delete)
        except KzbriefError as exc:
            self.failed.emit(note_id, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the thread must outlive any failure
            action = QCoreApplication.translate("Autosave", "Saving the note")
            self.failed.emit(note_id, failure_sentence(exc, action))
            return
        self.saved.emit(note)
