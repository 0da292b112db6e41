"""Library changes off the GUI thread: imports, new editions, removals and their undo.

They run through the window's operation runner, on the one worker thread where every other
write runs: an import re-indexes its briefing, a removal takes its documents out, and Whoosh
has one writer. Requests are queued, so files dropped together are imported one after
another; each answer carries the ticket of its request. The worker never touches a widget.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Signal

from kzbrief.core.errors import PasswordRequired
from kzbrief.core.importers import SUFFIXES
from kzbrief.core.importers.report import ImportReport
from kzbrief.core.importers.report import describe_import as summary_lines
from kzbrief.core.model import RemovedBriefing
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.runner import Operation, throttled
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


class ImportTasks(QObject):
    """The GUI's handle on library changes. Each method returns the ticket of its request.

    The work runs through the window's operation runner (:mod:`kzbrief.gui.runner`), which
    emits what changed for the window to redraw; ``batch_finished`` follows the last of a
    group of imports. ``changed`` asks for the same redraw after a change made outside the
    runner (tests import through ``Library`` directly).
    """

    progress = Signal(int, int)  # done, total for the running import
    imported = Signal(int, object)  # ticket, ImportOutcome (also refusals)
    batch_finished = Signal(list)  # list[ImportOutcome], in the order asked
    removed = Signal(int, object)
    restored = Signal(int, object)
    failed = Signal(int, str)
    changed = Signal()
    _progress = Signal(int, int)  # emitted on the worker thread; queued to ``progress``

    def __init__(self, library: Library, tasks: LibraryTasks, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.runner = tasks.runner
        self._progress.connect(self.progress)
        #: Set from the GUI thread to stop the running import while it reads its file.
        self.cancel_event = threading.Event()
        self._pending: list[int] = []
        self._done: list[ImportOutcome] = []

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def import_files(self, requests: list[ImportRequest]) -> list[int]:
        """Queue imports; each answers with ``imported``, the last also ``batch_finished``."""
        tickets = []
        for request in requests:
            op = Operation(
                lambda r=request: self._import(r),
                action=translate("ImportTasks", "The import"),
                blocks=translate("ImportTasks", "Saving… waiting for the import to finish"),
            )
            op.done = lambda outcome, o=op: self._on_imported(o.ticket, outcome)
            tickets.append(self.runner.submit(op))
            self._pending.append(op.ticket)
        return tickets

    def cancel_import(self) -> None:
        """Stop the running import if it is still reading its file (a long PDF); it then
        answers with a refusal and nothing is written. Past that point it lands whole."""
        self.cancel_event.set()

    def remove(self, briefing_id: str) -> int:
        op = Operation(
            lambda: self.library.remove_briefing(briefing_id),
            action=translate("ImportTasks", "Removing the briefing"),
            blocks=translate("ImportTasks", "Saving… waiting for the briefing to be removed"),
        )
        op.done = lambda removed, o=op: self.removed.emit(o.ticket, removed)
        op.failed = lambda line, o=op: self.failed.emit(o.ticket, line)
        return self.runner.submit(op)

    def restore(self, removed: RemovedBriefing | str) -> int:
        """Undo a removal, or (an id) bring back its newest trashed or kept earlier edition."""
        op = Operation(
            lambda: self.library.restore_briefing(removed),
            action=translate("ImportTasks", "Restoring the briefing"),
            blocks=translate("ImportTasks", "Saving… waiting for the briefing to be restored"),
        )
        op.done = lambda restored, o=op: self.restored.emit(o.ticket, restored)
        op.failed = lambda line, o=op: self.failed.emit(o.ticket, line)
        return self.runner.submit(op)

    def _import(self, request: ImportRequest) -> ImportOutcome:
        """Runs on the worker thread: a refusal is an outcome too, never raised."""
        try:
            report = self.library.import_briefing(
                request.path,
                briefing_id=request.briefing_id,
                title=request.title,
                replace=request.replace,
                language=request.language,
                progress=throttled(self._progress.emit),
                password=request.password,
                cancelled=self.cancel_event.is_set,
            )
        except PasswordRequired as exc:
            return ImportOutcome(
                request,
                error=failure_sentence(exc, translate("ImportTasks", "The import")),
                needs_password=True,
            )
        except Exception as exc:  # noqa: BLE001 - a refusal (or a bug: logged) is an outcome
            error = failure_sentence(exc, translate("ImportTasks", "The import"))
            return ImportOutcome(request, error=error)
        finally:
            self.cancel_event.clear()  # a cancel asked for this import ends with it
        return ImportOutcome(request, report)

    def _on_imported(self, ticket: int, outcome: ImportOutcome) -> None:
        if ticket in self._pending:
            self._pending.remove(ticket)
        self._done.append(outcome)
        self.imported.emit(ticket, outcome)
        if not self._pending:
            done, self._done = self._done, []
            self.batch_finished.emit(done)
