"""Saving what is typed in a note (its text and its tags) as the user types: no Save button,
and nothing typed more than a moment before a crash is lost.

Typing restarts a short idle timer (``AUTOSAVE_IDLE_MS``); a second timer, started by the
first change that waits and never restarted, bounds the wait (``AUTOSAVE_MAX_WAIT_MS``), so
that someone who types without pausing is still saved about every second. Then the newest
fields of each changed note go to the window's operation runner (:mod:`kzbrief.gui.runner`),
which writes them on its worker thread through ``Library.update_note`` (a small SQLite
transaction and an index update, some tens of milliseconds that the GUI thread does not wait
for, nor the folder's lock while an import holds it). The runner keeps every write in the
order it was handed over. ``flush`` hands over what is still waiting, so that no other
change to notes overtakes it; the runner writes it before it stops, when the window closes.

Each change is numbered; ``saved`` carries the number of the newest change that write
included, so that the editor can say "Saved" only when what is on screen is on disk
(:meth:`NoteAutosaver.is_stored`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kzbrief.core.errors import KzbriefError, NotFoundError
from kzbrief.core.service import Library
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.nextturn import single_shot_timer
from kzbrief.gui.runner import Operation, OperationRunner

AUTOSAVE_IDLE_MS = 250  # a pause in typing this long saves
AUTOSAVE_MAX_WAIT_MS = 1000  # typing on without a pause saves at least this often


class NoteAutosaver(QObject):
    """Debounced, off-thread writes of notes' text and tags. Call :meth:`flush` before
    closing."""

    #: Note as written, and the number of the newest change in it (0: a field failed)
    saved = Signal(object, int)
    failed = Signal(str, str)  # note id, message

    def __init__(
        self,
        library: Library,
        runner: OperationRunner,
        idle_ms: int = AUTOSAVE_IDLE_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        #: note id -> the newest value of each changed field, not yet handed over
        self._waiting: dict[str, dict[str, Any]] = {}
        self._writing: dict[str, int] = {}  # note id -> the runner's ticket of its latest write
        self._changes = 0  # numbers the changes, across notes
        self._newest: dict[str, int] = {}  # note id -> number of its newest change
        self._stored: dict[str, int] = {}  # note id -> number of its newest stored change
        self._idle = single_shot_timer(self, idle_ms, self._hand_over)
        self._deadline = single_shot_timer(self, max_wait_ms, self._hand_over)
        self.saved.connect(self._on_saved)

    def schedule_text(self, note_id: str, text: str) -> None:
        """Save ``text`` as the note's body once the typing pauses (or within the max wait)."""
        self._schedule(note_id, "note", text)

    def schedule_tags(self, note_id: str, tags: Sequence[str]) -> None:
        """Save ``tags`` (as typed) as the note's tags, as :meth:`schedule_text` does."""
        self._schedule(note_id, "tags", list(tags))

    def _schedule(self, note_id: str, field: str, value: object) -> None:
        self._waiting.setdefault(note_id, {})[field] = value
        self._changes += 1
        self._newest[note_id] = self._changes
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def is_pending(self, note_id: str) -> bool:
        """True while the note has a change not yet written."""
        return note_id in self._waiting or note_id in self._writing

    def is_stored(self, note_id: str) -> bool:
        """True when every change typed in the note is written (in a ``saved`` handler
        too: the autosaver records the write before other receivers hear of it)."""
        stored = self._stored.get(note_id, 0)
        return note_id not in self._waiting and stored >= self._newest.get(note_id, 0)

    def flush(self) -> None:
        """Hand everything typed over to the runner now (before another change to notes,
        and on close); it is written before anything handed over after it. Never waits."""
        self._hand_over()

    def _hand_over(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        waiting, self._waiting = self._waiting, {}
        for note_id, changes in waiting.items():
            change = self._newest[note_id]
            op = Operation(
                lambda n=note_id, c=changes, k=change: self._write(n, c, k),
                initiator=self,
                write=True,
                redraw_first=False,  # its ``done`` only forgets the write
                action=QCoreApplication.translate("Autosave", "Saving the note"),
            )
            op.done = op.failed = lambda _r, n=note_id, o=op: self._written(n, o.ticket)
            self.runner.submit(op)
            if self.runner.is_pending(op.ticket):  # else written already (the window closed)
                self._writing[note_id] = op.ticket

    def _written(self, note_id: str, ticket: int) -> None:
        if self._writing.get(note_id) == ticket:
            del self._writing[note_id]

    def _write(self, note_id: str, changes: dict[str, Any], change: int) -> None:
        """Runs on the worker thread: touches no widget, reports through signals.

        The text and the tags go in one transaction; if the library refuses that (a tag
        too long), each field is written on its own, so that such tags never hold back the
        text typed with them."""
        try:
            self.saved.emit(self.library.update_note(note_id, **changes), change)
            return
        except NotFoundError:
            return  # deleted meanwhile (its text was flushed before the delete)
        except KzbriefError as exc:
            if len(changes) == 1:
                self.failed.emit(note_id, str(exc))
                return
        except Exception as exc:  # noqa: BLE001 - the thread must outlive any failure
            action = QCoreApplication.translate("Autosave", "Saving the note")
            self.failed.emit(note_id, failure_sentence(exc, action))
            return
        note = None
        for field, value in changes.items():
            try:
                note = self.library.update_note(note_id, **{field: value})
            except NotFoundError:
                return
            except Exception as exc:  # noqa: BLE001 - as above
                self.failed.emit(note_id, str(exc))
        if note is not None:
            self.saved.emit(note, 0)  # a field failed: not all that is on screen is stored

    def _on_saved(self, note: object, change: int) -> None:
        note_id = getattr(note, "id", "")
        self._stored[note_id] = max(self._stored.get(note_id, 0), change)
