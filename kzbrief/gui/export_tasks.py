"""Exports off the GUI thread: count the notes in scope, make the file, write it atomically.

The work runs on the library's worker thread (``LibraryTasks.worker_thread``), where index
work runs: a "current search results" export searches the index, and one thread keeps
index use serialised. The PDF is drawn there too: Qt 6 lets QTextDocument and QPdfWriter
work off the GUI thread as long as no widget is involved (the GUI tests do it with Qt
warnings failing the test). A failed or cancelled export leaves any file of that name as it
was: the new file is written beside it and renamed over it only once it is complete.
"""

from __future__ import annotations

import errno
import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from kzbrief.core.export import ExportScope
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.exporting import ExportRequest, export_bytes
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.worker import LibraryTasks

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


@dataclass(frozen=True)
class ExportDone:
    """A finished export: where it went, how many notes it holds, its size in bytes and
    whether it is an annotated briefing."""

    path: Path
    notes: int
    size: int
    annotated: bool = False


class ExportCancelled(Exception):
    """Raised on the worker thread at the next step after the user cancelled."""


def count_notes(count: int) -> str:
    """How many notes, in words: "1 note", "3 notes"."""
    return translate("Export", "%n note(s)", "", count)


def write_failure(exc: OSError, target: Path) -> str:
    """What went wrong writing ``target``, and that nothing was lost, in words for the user."""
    if target.exists():
        kept = " " + translate("Export", "{file} is unchanged.").format(file=target.name)
    else:
        kept = " " + translate("Export", "Nothing was written.")
    if exc.errno in _FULL:
        told = translate("Export", "The disk is full: the export did not fit in {folder}.")
        return told.format(folder=target.parent) + kept
    if exc.errno in _NOT_WRITABLE:
        told = translate("Export", "The folder {folder} is not writable: choose another folder.")
        return told.format(folder=target.parent) + kept
    if exc.errno == errno.ENOENT:
        told = translate("Export", "The folder {folder} does not exist: choose another folder.")
        return told.format(folder=target.parent)
    told = translate("Export", "Could not write {file}: {error}.")
    return told.format(file=target, error=exc.strerror or exc) + kept


def check_target(target: Path) -> str:
    """Why ``target`` cannot be written to (before any work is done), or ''."""
    if not target.name:
        return translate("Export", "Choose a file to save the export to.")
    if target.is_dir():
        return translate("Export", "{file} is a folder: give a file name.").format(file=target)
    if not target.parent.is_dir():
        told = translate("Export", "The folder {folder} does not exist: choose another folder.")
        return told.format(folder=target.parent)
    return ""


class _ExportWorker(QObject):
    """Lives on the worker thread; every signal carries the ticket of the request."""

    counted = Signal(int, int)  # ticket, notes in scope
    count_failed = Signal(int, str)
    step = Signal(int, int, str)  # ticket, step number (from 1), what is being done
    finished = Signal(int, object)  # ticket, ExportDone
    failed = Signal(int, str)  # ticket, message ('' when cancelled)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        #: Written by the GUI thread; an int store and a set.add are atomic.
        self.latest_count = 0
        self.cancelled: set[int] = set()

    @Slot(int, object)
    def count(self, ticket: int, scope: ExportScope) -> None:
        if ticket != self.latest_count:
            return  # the user has changed the scope since
        try:
            notes = len(self.library.export_bundle(scope).notes)
        except Exception as exc:  # noqa: BLE001 - report, never kill the worker thread
            action = QCoreApplication.translate("ExportTasks", "Counting the notes")
            self.count_failed.emit(ticket, failure_sentence(exc, action))
            return
        self.counted.emit(ticket, notes)

    @Slot(int, object, str, int)
    def export(self, ticket: int, request: ExportRequest, path: str, notes: int) -> None:
        target = Path(path)
        steps = itertools.count(1)

        def step(name: str) -> None:
            if ticket in self.cancelled or self.library.stopping:  # (the lock, the panic key)
                raise ExportCancelled
            self.step.emit(ticket, next(steps), name)

        try:
            data = export_bytes(self.library, request, step)
            step(translate("Export", "Writing {file}").format(file=target.name))
            atomic_write_bytes(target, data)
        except ExportCancelled:
            self.failed.emit(ticket, "")
        except OSError as exc:
            self.failed.emit(ticket, write_failure(exc, target))
        except Exception as exc:  # noqa: BLE001 - report, never kill the worker thread
            action = QCoreApplication.translate("ExportTasks", "The export")
            self.failed.emit(ticket, failure_sentence(exc, action))
        else:
            self.finished.emit(ticket, ExportDone(target, notes, len(data), request.annotated))
        finally:
            self.cancelled.discard(ticket)


class ExportTasks(QObject):
    """The GUI's handle on exports: one count and one export at a time, newest wins."""

    counted = Signal(int)  # notes in the scope last asked about
    count_failed = Signal(str)
    step = Signal(int, int, str)  # step, steps, what is being done
    finished = Signal(object)  # ExportDone
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    _count_requested = Signal(int, object)
    _export_requested = Signal(int, object, str, int)

    def __init__(self, library: Library, tasks: LibraryTasks, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        thread = tasks.worker_thread
        self._worker = _ExportWorker(library)
        self._worker.moveToThread(thread)
        thread.finished.connect(self._worker.deleteLater)
        self._count_requested.connect(self._worker.count)
        self._export_requested.connect(self._worker.export)
        self._worker.counted.connect(self._on_counted)
        self._worker.count_failed.connect(self._on_count_failed)
        self._worker.step.connect(self._on_step)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._tickets = itertools.count(1)
        self._running: int | None = None
        self._steps = 0

    @property
    def running(self) -> bool:
        return self._running is not None

    def count(self, scope: ExportScope) -> None:
        """Count the notes in ``scope``; ``counted`` answers (only for the newest request)."""
        ticket = next(self._tickets)
        self._worker.latest_count = ticket
        self._count_requested.emit(ticket, scope)

    def export(self, request: ExportRequest, target: Path, notes: int) -> None:
        """Make the file and write it to ``target``; ``finished`` or ``failed`` answers."""
        if self._running is not None:
            raise RuntimeError("an export is already running")
        self._running = next(self._tickets)
        self._steps = request.steps() + 1  # and the writing
        self._export_requested.emit(self._running, request, str(target), notes)

    def cancel(self) -> None:
        """Stop the running export at its next step; ``cancelled`` answers."""
        if self._running is not None:
            self._worker.cancelled.add(self._running)

    def _on_counted(self, ticket: int, notes: int) -> None:
        if ticket == self._worker.latest_count:
            self.counted.emit(notes)

    def _on_count_failed(self, ticket: int, message: str) -> None:
        if ticket == self._worker.latest_count:
            self.count_failed.emit(message)

    def _on_step(self, ticket: int, number: int, name: str) -> None:
        if ticket == self._running:
            self.step.emit(number, self._steps, name)

    def _on_finished(self, ticket: int, done: ExportDone) -> None:
        if ticket == self._running:
            self._running = None
            self.finished.emit(done)

    def _on_failed(self, ticket: int, message: str) -> None:
        if ticket == self._running:
            self._running = None
            if message:
                self.failed.emit(message)
            else:
                self.cancelled.emit()
