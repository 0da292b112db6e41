"""Library changes off the GUI thread: imports, new editions, removals and their undo.

They run on the library's worker thread (``LibraryTasks.worker_thread``), where every other
index write runs: an import re-indexes its briefing, a removal takes its documents out, and
Whoosh has one writer. Requests are queued, so files dropped together are imported one after
another; each answer carries the ticket of its request. The worker never touches a widget.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Signal, Slot

from kzbrief.core.errors import PasswordRequired
from kzbrief.core.importers import SUFFIXES
from kzbrief.core.importers.report import ImportReport
from kzbrief.core.importers.report import describe_import as summary_lines
from kzbrief.core.model import RemovedBriefing
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.worker import LibraryTasks

#: A document's language as the interface names it (translated where shown).
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("ImportTasks", "English"),
    "ru": QT_TRANSLATE_NOOP("ImportTasks", "Russian"),
    "kk": QT_TRANSLATE_NOOP("ImportTasks", "Kazakh"),
}


def language_names() -> dict[str, str]:
    """:data:`LANGUAGE_NAMES` in the interface's language."""
    return {code: translate("ImportTasks", name) for code, name in LANGUAGE_NAMES.items()}


@dataclass(frozen=True)
class ImportRequest:
    """One file to import, with the user's optional choices (None: let the core decide)."""

    path: Path
    briefing_id: str | None = None
    title: str | None = None
    language: str | None = None
    replace: bool = False
    #: A protected PDF's password, when the user gave one (never shown or logged).
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ImportOutcome:
    """How one import ended: a report, or the message that says why it was refused."""

    request: ImportRequest
    report: ImportReport | None = None
    error: str = ""
    #: The file is a PDF protected by a password (``error`` says so): ask for it, retry.
    needs_password: bool = False


def importable_paths(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped ``urls`` whose suffix kzbrief can import."""
    paths = (Path(url.toLocalFile()) for url in urls if url.isLocalFile())
    return [p for p in paths if p.suffix.lower() in SUFFIXES]


def describe_import(report: ImportReport) -> str:
    """The whole import summary for the status bar: the same sentences as the command
    line's (:func:`kzbrief.core.importers.report.describe_import`), on one line."""
    return " ".join(
        summary_lines(
            report,
            orphan_hint=QCoreApplication.translate("ImportTasks", "see Needs attention in Notes"),
            language_names=language_names(),
        )
    )


class _LibraryWorker(QObject):
    """Lives on the worker thread; every signal carries the ticket of its request."""

    progress = Signal(int, int, int)  # ticket, done, total
    imported = Signal(int, object)  # ticket, ImportOutcome
    removed = Signal(int, object)  # ticket, RemovedBriefing
    restored = Signal(int, object)  # ticket, RemovedBriefing
    failed = Signal(int, str)  # ticket, message (removal and restore)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        #: Set from the GUI thread to stop the running import while it reads its file.
        self.cancel_event = threading.Event()

    @Slot(int, object)
    def import_file(self, ticket: int, request: ImportRequest) -> None:
        try:
            report = self.library.import_briefing(
                request.path,
                briefing_id=request.briefing_id,
                title=request.title,
                replace=request.replace,
                language=request.language,
                progress=lambda done, total: self.progress.emit(ticket, done, total),
                password=request.password,
                cancelled=self.cancel_event.is_set,
            )
        except PasswordRequired as exc:
            outcome = ImportOutcome(
                request,
                error=failure_sentence(exc, translate("ImportTasks", "The import")),
                needs_password=True,
            )
            self.imported.emit(ticket, outcome)
        except Exception as exc:  # noqa: BLE001 - report, never kill the worker thread
            self.imported.emit(
                ticket,
                ImportOutcome(
                    request, error=failure_sentence(exc, translate("ImportTasks", "The import"))
                ),
            )
        else:
            self.imported.emit(ticket, ImportOutcome(request, report))
        finally:
            self.cancel_event.clear()  # a cancel asked for this import ends with it

    @Slot(int, str)
    def remove(self, ticket: int, briefing_id: str) -> None:
        try:
            removed = self.library.remove_briefing(briefing_id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(
                ticket, failure_sentence(exc, translate("ImportTasks", "Removing the briefing"))
            )
        else:
            self.removed.emit(ticket, removed)

    @Slot(int, object)
    def restore(self, ticket: int, removed: RemovedBriefing | str) -> None:
        try:
            restored = self.library.restore_briefing(removed)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(
                ticket, failure_sentence(exc, translate("ImportTasks", "Restoring the briefing"))
            )
        else:
            self.restored.emit(ticket, restored)


class ImportTasks(QObject):
    """The GUI's handle on library changes. Each method returns the ticket of its request.

    ``changed`` follows every change that landed (the contents, the library view and the
    notes must be drawn again); ``batch_finished`` follows the last of a group of imports.
    """

    progress = Signal(int, int)  # done, total for the running import
    imported = Signal(int, object)  # ticket, ImportOutcome (also refusals)
    batch_finished = Signal(list)  # list[ImportOutcome], in the order asked
    removed = Signal(int, object)
    restored = Signal(int, object)
    failed = Signal(int, str)
    changed = Signal()

    _import_requested = Signal(int, object)
    _remove_requested = Signal(int, str)
    _restore_requested = Signal(int, object)

    def __init__(self, library: Library, tasks: LibraryTasks, parent: QObject | None = None):
        super().__init__(parent)
        thread = tasks.worker_thread
        self._worker = _LibraryWorker(library)
        self._worker.moveToThread(thread)
        thread.finished.connect(self._worker.deleteLater)
        self._import_requested.connect(self._worker.import_file)
        self._remove_requested.connect(self._worker.remove)
        self._restore_requested.connect(self._worker.restore)
        self._worker.progress.connect(lambda _t, done, total: self.progress.emit(done, total))
        self._worker.imported.connect(self._on_imported)
        self._worker.removed.connect(self._on_removed)
        self._worker.restored.connect(self._on_restored)
        self._worker.failed.connect(self.failed)
        self._tickets = itertools.count(1)
        self._pending: list[int] = []
        self._done: list[ImportOutcome] = []

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def import_files(self, requests: list[ImportRequest]) -> list[int]:
        """Queue imports; each answers with ``imported``, the last also ``batch_finished``."""
        tickets = []
        for request in requests:
            ticket = next(self._tickets)
            self._pending.append(ticket)
            tickets.append(ticket)
            self._import_requested.emit(ticket, request)
        return tickets

    def cancel_import(self) -> None:
        """Stop the running import if it is still reading its file (a long PDF); it then
        answers with a refusal and nothing is written. Past that point it lands whole."""
        self._worker.cancel_event.set()

    def remove(self, briefing_id: str) -> int:
        ticket = next(self._tickets)
        self._remove_requested.emit(ticket, briefing_id)
        return ticket

    def restore(self, removed: RemovedBriefing | str) -> int:
        """Undo a removal, or (an id) bring back its newest trashed or kept earlier edition."""
        ticket = next(self._tickets)
        self._restore_requested.emit(ticket, removed)
        return ticket

    def _on_imported(self, ticket: int, outcome: ImportOutcome) -> None:
        if ticket in self._pending:
            self._pending.remove(ticket)
        self._done.append(outcome)
        if outcome.report is not None:
            self.changed.emit()
        self.imported.emit(ticket, outcome)
        if not self._pending:
            done, self._done = self._done, []
            self.batch_finished.emit(done)

    def _on_removed(self, ticket: int, removed: RemovedBriefing) -> None:
        self.changed.emit()
        self.removed.emit(ticket, removed)

    def _on_restored(self, ticket: int, restored: RemovedBriefing) -> None:
        self.changed.emit()
        self.restored.emit(ticket, restored)
