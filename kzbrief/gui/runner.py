"""One operation runner: every change the window makes to the data folder, in order, off the
GUI thread (the idea of Anki's ``CollectionOp``/``QueryOp``).

The GUI thread hands the runner an operation: a function that calls ``Library`` (run on the
worker thread), what to do with its result (run back on the GUI thread), and the words for
its failure. The runner runs operations one at a time, in the order they were handed over,
on the one worker thread where searches and index work run too, so that a note written while
an import holds the data folder's lock waits there, never on the GUI thread. After each
operation it takes what the operation changed (``Library.take_changes``, on the worker) and
emits one :attr:`OperationRunner.changed` signal that the window redraws from.

Errors are handled here, once: a :class:`KzbriefError` is the user's data or input and is
told in the operation's words; anything else is a bug, whose traceback goes to the log while
the user reads one calm line (:func:`kzbrief.gui.failures.failure_sentence`).

A write the user is waiting for that is still queued after :data:`WAIT_NOTICE_MS` (behind an
import, an export, a rebuild, or another kzbrief holding the folder) is told in the status
bar (:attr:`OperationRunner.waiting`), and the line goes once it has been written.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kzbrief.core.changes import Changes
from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.nextturn import next_turn_timer, single_shot_timer

WAIT_NOTICE_MS = 400  # a write queued this long is told in the status bar
#: Progress from the worker reaches the window at most this often: each report is a queued
#: event and a redraw of the status bar, and a long import made 800 of them (issue 18).
PROGRESS_INTERVAL_S = 0.05
# How long a thread may hold the interpreter lock while another waits for it. Python's
# default (5 ms) lets the worker, indexing or searching in Python, keep the GUI thread
# waiting up to that long each time it takes the lock back, and the GUI thread takes it back
# after nearly every call into Qt: a redraw does a few hundred times, a key typed in the note
# a dozen. At 0.5 ms a burst of typing during a search still cost 2 ms a key, against 0.25 ms
# alone, and note_autosave stalled 60-65 ms (bench.responsiveness, three runs); at 0.1 ms,
# 31-38 ms. The interval only matters while both threads want the lock: a window left alone
# costs the worker nothing.
SWITCH_INTERVAL_S = 0.0001

Report = Callable[[str], None]


class Cancelled(Exception):
    """Raised inside an operation's work to stop it; the runner says nothing about it."""


@dataclass
class Operation:
    """One piece of work on the data folder. Only ``work`` runs on the worker thread."""

    work: Callable[[], Any]
    # Called on the GUI thread with the work's result.
    done: Callable[[Any], None] | None = None
    # The user's words for a refusal, with ``{error}`` ("Could not highlight: {error}");
    # empty: the core's sentence as it is.
    failure: str = ""
    # What was being done, for an internal error's line ("Saving the note"), translated.
    action: str = ""
    # Called on the GUI thread, after the failure was told, with the line told.
    failed: Callable[[str], None] | None = None
    # Who asked (passed on with ``changed``, so that a panel can skip its own echo).
    initiator: object = None
    # A write the user waits for (told when it waits behind other work).
    write: bool = False
    # ``done`` needs the window redrawn first (it opens the note just written, edits the
    # label of the bookmark just added). Else the redraw may come a moment later, merged with
    # the redraws of the other answers that arrived at once (after an import, the writes
    # queued behind it land together: one redraw, not one each).
    redraw_first: bool = True
    # Long work (an import, an export, a rebuild): the sentence telling that a write waits
    # for it ("Saving… waiting for the import to finish").
    blocks: str = ""
    ticket: int = field(default=0, init=False)


class _Executor(QObject):
    """Lives on the worker thread: runs the operations it is told of, in order."""

    finished = Signal(int, bool, object, object)  # ticket, ok, result or line, Changes
    started = Signal(int)

    def __init__(self, library: Library, operations: dict[int, Operation]) -> None:
        super().__init__()
        self.library = library
        self.operations = operations
        self.cancelled: set[int] = set()
        #: The ticket running now (set on the worker thread; for close_now).
        self.current: int | None = None
        self.idle = threading.Condition()
        self.outstanding = 0  # handed over and not yet run (guarded by ``idle``)

    @Slot(int)
    def run(self, ticket: int) -> None:
        threading.current_thread().name = "kzbrief-worker"  # in logs and tracebacks
        op = self.operations.get(ticket)
        try:
            if op is None or ticket in self.cancelled:
                return
            self.current = ticket
            self.started.emit(ticket)
            ok, outcome = self.execute(op)
            self.finished.emit(ticket, ok, outcome, self.library.take_changes())
        finally:
            self.current = None
            self.cancelled.discard(ticket)
            with self.idle:
                self.outstanding -= 1
                self.idle.notify_all()

    @staticmethod
    def execute(op: Operation) -> tuple[bool, Any]:
        """Run ``op``'s work: (True, result), or (False, the line for the user)."""
        try:
            return True, op.work()
        except Cancelled:
            return False, ""
        except KzbriefError as exc:
            if op.failure:
                return False, op.failure.replace("{error}", str(exc))
            return False, failure_sentence(exc, op.action)
        except Exception as exc:  # noqa: BLE001 - one line, the traceback to the log
            action = op.action or QCoreApplication.translate("Runner", "Saving your change")
            return False, failure_sentence(exc, action)


class OperationRunner(QObject):
    """The window's one way to change the data folder. Call :meth:`shutdown` on close."""

    # What an operation changed (``Changes``) and who asked for it.
    changed = Signal(object, object)
    # One line for the user: a failure.
    failed = Signal(str)
    # A write waits behind other work (the line to show), or "" when it no longer does.
    waiting = Signal(str)
    # Every operation handed over has run (for tests and the benchmark).
    idle = Signal()
    _run_requested = Signal(int)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.thread = QThread()
        self.thread.setObjectName("kzbrief-worker")
        self._operations: dict[int, Operation] = {}
        self._executor = _Executor(library, self._operations)
        self._executor.moveToThread(self.thread)
        self.thread.finished.connect(self._executor.deleteLater)
        self._run_requested.connect(self._executor.run)
        self._executor.finished.connect(self._on_finished)
        self._executor.started.connect(self._on_started)
        self._tickets = itertools.count(1)
        self._running: int | None = None
        self._closed = False
        self._told_waiting = ""
        self._wait_timer = single_shot_timer(self, WAIT_NOTICE_MS, self._tell_waiting)
        self._unsent = Changes()  # changed by answers whose redraw is still to come
        self._unsent_by: set[object] = set()
        self._send_timer = next_turn_timer(self, self.send_changes)
        #: Operations submitted, not yet handed to the worker: they go once the GUI thread
        #: has handled the events already queued, the redraw of what the user just did among
        #: them (see ``kzbrief.gui.nextturn``).
        self._held: list[int] = []
        self._hand_timer = next_turn_timer(self, self.hand_over)

    def start(self) -> None:
        """Start the worker thread (the first operation does it; the window calls this
        after its first paint, so that the thread does not compete with it)."""
        if not self.thread.isRunning() and not self._closed:
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
            self.thread.start()

    @property
    def pending(self) -> int:
        """Operations handed over whose answer the GUI thread has not had yet."""
        return len(self._operations)

    def submit(self, op: Operation) -> int:
        """Queue ``op`` after every operation handed over before it; returns its ticket.

        The worker gets it once the GUI thread has handled the events already queued (see
        :meth:`hand_over`): the redraw of what the user just did is not slowed by the work.

        After :meth:`shutdown` (the window is closing) the work runs at once, here."""
        op.ticket = next(self._tickets)
        if self._closed:
            ok, outcome = _Executor.execute(op)
            self._answer(op, ok, outcome, self.library.take_changes())
            return op.ticket
        self.start()
        self._operations[op.ticket] = op
        with self._executor.idle:
            self._executor.outstanding += 1
        self._held.append(op.ticket)
        if not self._hand_timer.isActive():
            self._hand_timer.start()
        if op.write and not self._wait_timer.isActive() and not self._told_waiting:
            self._wait_timer.start()
        return op.ticket

    def hand_over(self) -> None:
        """Hand the worker the operations held back, in the order they were submitted (at
        once: work sent to the worker thread another way must not overtake them)."""
        self._hand_timer.stop()
        held, self._held = self._held, []
        for ticket in held:
            self._run_requested.emit(ticket)

    def is_pending(self, ticket: int) -> bool:
        """Whether the operation ``ticket`` is queued or running (its answer not yet had)."""
        return ticket in self._operations

    def run(self, work: Callable[[], Any], **options: Any) -> int:
        """``submit(Operation(work, **options))``."""
        return self.submit(Operation(work, **options))

    def cancel(self, ticket: int) -> None:
        """Drop an operation that has not started (a running one stops only if its work
        checks for it)."""
        if ticket in self._operations and ticket != self._running:
            self._executor.cancelled.add(ticket)
            self._operations.pop(ticket, None)
            self._after_answer()

    def busy_with(self) -> Operation | None:
        """The operation running on the worker now, if the GUI has heard it started."""
        return self._operations.get(self._running) if self._running is not None else None

    # -- answers ------------------------------------------------------------------------------
    def _on_started(self, ticket: int) -> None:
        self._running = ticket

    def _on_finished(self, ticket: int, ok: bool, outcome: Any, changes: Changes) -> None:
        if self._running == ticket:
            self._running = None
        op = self._operations.pop(ticket, None)
        if op is not None:
            self._answer(op, ok, outcome, changes)
        self._after_answer()

    def _answer(self, op: Operation, ok: bool, outcome: Any, changes: Changes) -> None:
        if changes:
            self._unsent = self._unsent | changes
            self._unsent_by.add(op.initiator)
        if op.done is not None and op.redraw_first and ok:
            self.send_changes()  # the redraw first: what ``done`` opens is not redrawn away
        elif self._unsent:
            self._send_timer.start()  # after the answers already queued: one redraw
        if ok:
            if op.done is not None:
                op.done(outcome)
        elif outcome:
            self.failed.emit(outcome)
            if op.failed is not None:
                op.failed(outcome)

    def send_changes(self) -> None:
        """Emit what the answers so far changed, as one ``changed`` (the initiator when they
        all had the same one, else None)."""
        self._send_timer.stop()
        changes, self._unsent = self._unsent, Changes()
        initiators, self._unsent_by = self._unsent_by, set()
        if changes:
            initiator = next(iter(initiators)) if len(initiators) == 1 else None
            self.changed.emit(changes, initiator)

    def _after_answer(self) -> None:
        if not any(op.write for op in self._operations.values()):
            self._wait_timer.stop()
            if self._told_waiting:
                self._told_waiting = ""
                self.waiting.emit("")
        if not self._operations:
            self.idle.emit()

    def _tell_waiting(self) -> None:
        """A write has waited :data:`WAIT_NOTICE_MS`: say what it waits for."""
        queued = sorted(self._operations.values(), key=lambda op: op.ticket)
        first_write = next((op for op in queued if op.write), None)
        if first_write is None:
            return
        ahead = [op.blocks for op in queued if op.ticket < first_write.ticket and op.blocks]
        line = (
            ahead[0]
            if ahead
            else QCoreApplication.translate("Runner", "Saving… waiting for the library to be free")
        )
        self._told_waiting = line
        self.waiting.emit(line)

    # -- closing ------------------------------------------------------------------------------
    def drain(self, timeout_s: float | None = None) -> bool:
        """Block until every operation handed over has run on the worker (on close, and in
        tests); their answers come with the next event-loop turn. False on timeout."""
        self.hand_over()
        with self._executor.idle:
            return self._executor.idle.wait_for(
                lambda: self._executor.outstanding <= 0 or not self.thread.isRunning(), timeout_s
            )

    def close_now(self) -> None:
        """Stop handing work to the worker without waiting for it (the panic key): the writes
        queued behind the running operation run here, now, in order; long work queued is
        dropped; the running operation is left to stop (Library.stop_background_work)."""
        if self._closed:
            return
        self._closed = True
        self._wait_timer.stop()
        for ticket in sorted(self._operations):
            op = self._operations[ticket]
            if ticket == self._executor.current or not op.write or op.blocks:
                continue
            self._executor.cancelled.add(ticket)
            del self._operations[ticket]
            ok, outcome = _Executor.execute(op)
            self._answer(op, ok, outcome, Changes())
        self.hand_over()  # (the worker skips those run here: they are marked cancelled)
        self.thread.quit()  # after the running operation (not waited for)

    def shutdown(self) -> None:
        """Run what is queued, then stop the worker thread; later work runs in place."""
        if self._closed:
            return
        self._closed = True
        self._wait_timer.stop()
        if self.thread.isRunning():
            self.drain()
            self.thread.quit()
            self.thread.wait()
        self._operations.clear()


def throttled(report: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """``report(done, total)`` passed on at most every :data:`PROGRESS_INTERVAL_S`, and
    always for the last step (``done == total``). For one thread (the worker's)."""
    last = -PROGRESS_INTERVAL_S

    def step(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if (total and done >= total) or now - last >= PROGRESS_INTERVAL_S:
            last = now
            report(done, total)

    return step
