"""Exports off the GUI thread: count the notes in scope, make the file, write it atomically.

The work runs through the window's operation runner, on the worker thread where index work
runs: a "current search results" export searches the index, and one thread keeps index use
serialised; a note written meanwhile waits there, and says so. The PDF is drawn in a child
process that the worker waits for (``kzbrief.printing.html_to_pdf_apart``): drawn on the
worker, Qt's HTML parser held the interpreter lock for 40 ms at a time, and the keys the
user typed meanwhile waited for it. Cancel, the lock and the panic key end that child at
once, not at the next step. A failed or cancelled
export leaves any file of that name as it was: the new file is written beside it and
renamed over it only once it is complete.
"""

from __future__ import annotations

import errno
import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kzbrief.core.errors import KzbriefError
from kzbrief.core.export import ExportScope
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.exporting import ExportRequest, export_bytes
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.runner import Cancelled
from kzbrief.gui.worker import LibraryTasks
from kzbrief.printing import DrawingCancelled

# The library's reading-state key of the last export's folder.
EXPORT_FOLDER_KEY = "export-folder"
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


class ExportTasks(QObject):
    """The GUI's handle on exports: one count and one export at a time, newest wins.

    Both run through the window's operation runner, on its worker thread."""

    counted = Signal(int)  # notes in the scope last asked about
    count_failed = Signal(str)
    step = Signal(int, int, str)  # step, steps, what is being done
    finished = Signal(object)  # ExportDone
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    _stepped = Signal(int, int, str)  # ticket, step number, name: emitted on the worker

    def __init__(self, library: Library, tasks: LibraryTasks, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.runner = tasks.runner
        self._stepped.connect(self._on_step)
        self._tickets = itertools.count(1)
        # Written by the GUI thread, read by the worker; an int store and a set.add are atomic.
        self._latest_count = 0
        self._cancelled: set[int] = set()
        self._running: int | None = None
        self._steps = 0

    @property
    def running(self) -> bool:
        return self._running is not None

    # -- the folder of the last export (the user's data: kept in the library) -------------------
    def last_folder(self) -> Path | None:
        """The folder the last export went to, if it is still there."""
        try:
            remembered = self.library.reading_state(EXPORT_FOLDER_KEY)
        except KzbriefError:  # locked, or the database cannot be read: no memory of it
            return None
        return Path(remembered) if remembered and Path(remembered).is_dir() else None

    def remember_folder(self, folder: Path) -> None:
        """Keep ``folder`` for the next export (written on the worker, like every change)."""
        self.runner.run(
            lambda: self.library.save_reading_state(EXPORT_FOLDER_KEY, str(folder)),
            failure=QCoreApplication.translate(
                "ExportTasks", "Could not remember the export folder: {error}"
            ),
        )

    def count(self, scope: ExportScope) -> None:
        """Count the notes in ``scope``; ``counted`` answers (only for the newest request)."""
        ticket = next(self._tickets)
        self._latest_count = ticket

        def work() -> tuple[bool, int | str]:
            if ticket != self._latest_count:
                raise Cancelled  # the user has changed the scope since
            try:
                return True, len(self.library.export_bundle(scope).notes)
            except Exception as exc:  # noqa: BLE001 - told in the dialog, not the status bar
                action = QCoreApplication.translate("ExportTasks", "Counting the notes")
                return False, failure_sentence(exc, action)

        self.runner.run(work, done=lambda answer: self._on_counted(ticket, answer))

    def export(self, request: ExportRequest, target: Path, notes: int) -> None:
        """Make the file and write it to ``target``; ``finished`` or ``failed`` answers."""
        if self._running is not None:
            raise RuntimeError("an export is already running")
        ticket = self._running = next(self._tickets)
        self._steps = request.steps() + 1  # and the writing
        self.runner.run(
            lambda: self._export(ticket, request, target, notes),
            done=lambda answer: self._on_exported(ticket, answer),
            action=QCoreApplication.translate("ExportTasks", "The export"),
            blocks=translate("Export", "Saving… waiting for the export to finish"),
        )

    def cancel(self) -> None:
        """Stop the running export at its next step; ``cancelled`` answers."""
        if self._running is not None:
            self._cancelled.add(self._running)

    def _export(
        self, ticket: int, request: ExportRequest, target: Path, notes: int
    ) -> ExportDone | str | None:
        """Runs on the worker thread: the export done, the line saying why not, or None
        when it was cancelled."""
        steps = itertools.count(1)

        def stopped() -> bool:  # (the user, the lock, the panic key)
            return ticket in self._cancelled or self.library.stopping

        def step(name: str) -> None:
            if stopped():
                raise ExportCancelled
            self._stepped.emit(ticket, next(steps), name)

        try:
            data = export_bytes(self.library, request, step, apart=True, cancelled=stopped)
            step(translate("Export", "Writing {file}").format(file=target.name))
            atomic_write_bytes(target, data)
        except (ExportCancelled, DrawingCancelled):
            return None
        except OSError as exc:
            return write_failure(exc, target)
        except Exception as exc:  # noqa: BLE001 - one line; the traceback to the log
            return failure_sentence(exc, QCoreApplication.translate("ExportTasks", "The export"))
        finally:
            self._cancelled.discard(ticket)
        return ExportDone(target, notes, len(data), request.annotated)

    def _on_counted(self, ticket: int, answer: tuple[bool, int | str]) -> None:
        if ticket != self._latest_count:
            return
        ok, value = answer
        if ok:
            self.counted.emit(value)
        else:
            self.count_failed.emit(value)

    def _on_step(self, ticket: int, number: int, name: str) -> None:
        if ticket == self._running:
            self.step.emit(number, self._steps, name)

    def _on_exported(self, ticket: int, answer: ExportDone | str | None) -> None:
        if ticket != self._running:
            return
        self._running = None
        if isinstance(answer, ExportDone):
            self.finished.emit(answer)
        elif answer:
            self.failed.emit(answer)
        else:
            self.cancelled.emit()
