"""Index work off the GUI thread: the worker thread runs index checks, rebuilds and searches.

It is the operation runner's thread (:mod:`kzbrief.gui.runner`), where every write runs too.
One thread, so index work is serialised (Whoosh has one writer) and a search never races a
rebuild. Requests go in through queued signals, results come back through signals; the
worker never touches a widget. While the user types, only the newest search is run: a
request that a newer one has overtaken is dropped before it starts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kzbrief.core.errors import KzbriefError
from kzbrief.core.results import SearchResults
from kzbrief.core.service import Library
from kzbrief.gui.failures import failure_sentence
from kzbrief.gui.runner import OperationRunner, throttled

T = TypeVar("T")

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class SearchOutcome:
    """A search's results, with how often each hit's text matches (for the results list)
    and the title of each briefing in the library (hits name theirs when there are several)."""

    query: str
    results: SearchResults
    match_counts: tuple[int, ...] = field(default=())
    briefing_titles: dict[str, str] = field(default_factory=dict)


def run_search(library: Library, query: str) -> SearchOutcome:
    """Search and count each hit's matches (runs on the worker thread)."""
    results = library.search(query, limit=SEARCH_LIMIT)
    counts = tuple(
        max(1, len(library.match_spans(library.hit_text(hit), results.terms)))
        for hit in results.hits
    )
    titles = {briefing.id: briefing.title for briefing in library.briefings()}
    return SearchOutcome(query, results, counts, titles)


class _Searcher(QObject):
    """Lives on the worker thread: runs the newest search."""

    search_finished = Signal(object)  # SearchOutcome
    search_failed = Signal(str, str)  # query, message

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.latest_request = 0  # written by the GUI thread; an int store is atomic

    @Slot(int, str)
    def search(self, request: int, query: str) -> None:
        if request != self.latest_request:
            return  # overtaken by newer typing
        try:
            outcome = run_search(self.library, query)
        except KzbriefError as exc:
            self.search_failed.emit(query, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - report, never kill the worker thread
            action = QCoreApplication.translate("LibraryTasks", "The search")
            self.search_failed.emit(query, failure_sentence(exc, action))
            return
        if request == self.latest_request:
            self.search_finished.emit(outcome)


class LibraryTasks(QObject):
    """The GUI's handle on the worker thread. Create one per window; call :meth:`shutdown`."""

    search_finished = Signal(object)
    search_failed = Signal(str, str)
    index_progress = Signal(int, int)
    index_ready = Signal(object)
    index_failed = Signal(str)
    changes_found = Signal(object)  # frozenset[str]: "library", "user"
    _search_requested = Signal(int, str)
    _progress = Signal(int, int)  # emitted on the worker thread; queued to index_progress

    def __init__(
        self, library: Library, runner: OperationRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self._thread = runner.thread
        self._worker = _Searcher(library)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._search_requested.connect(self._worker.search)
        self._worker.search_finished.connect(self.search_finished)
        self._worker.search_failed.connect(self.search_failed)
        self._progress.connect(self.index_progress)
        self._requests = itertools.count(1)
        runner.start()

    @property
    def worker_thread(self) -> QThread:
        """The thread index work runs on; other tasks that read the index run there too."""
        return self._thread

    def ensure_index(self) -> None:
        """Open the index, rebuilding it (with progress signals) if it needs it."""
        progress = throttled(self._progress.emit)
        self.runner.run(
            lambda: self._index_step(lambda: self._open_index(progress)),
            done=self._on_index_opened,
            blocks=QCoreApplication.translate(
                "LibraryTasks", "Saving… waiting for the search index to be built"
            ),
        )

    def _open_index(self, progress: Callable[[int, int], None]) -> list[str]:
        """On the worker: the index opened; the notices of repairs made on the way."""
        self.library.ensure_index(progress)
        return self.library.take_notices()

    def check_changes(self) -> None:
        """Look for changes another process made; :attr:`changes_found` says which.

        The briefings are read again and the index reopened on the worker. The index was
        updated by the process that made the change: nothing is rebuilt."""
        self.runner.run(lambda: self._index_step(self.library.catch_up), done=self._on_caught_up)

    def _index_step(self, step: Callable[[], T]) -> tuple[bool, T | str]:
        """Runs on the worker: ``step``, which opens the index; a failure is an answer
        (the line saying why), never raised."""
        try:
            return True, step()
        except KzbriefError as exc:
            return False, str(exc)
        except Exception as exc:  # noqa: BLE001 - one line; the traceback to the log
            action = QCoreApplication.translate("LibraryTasks", "Opening the search index")
            return False, failure_sentence(exc, action)

    def _on_index_opened(self, answer: tuple[bool, object]) -> None:
        ok, value = answer
        if ok:  # repairs done behind the user's back: each is told once
            self.index_ready.emit(value)
            # Then, on the worker, what the first search and import run (Library.warm_up):
            # after the signal, so that the window says it can search no later for it.
            self.runner.run(self.library.warm_up)
        else:
            self.index_failed.emit(value)

    def _on_caught_up(self, answer: tuple[bool, object]) -> None:
        ok, value = answer
        if not ok:
            self.index_failed.emit(value)
        elif value:
            self.changes_found.emit(value)

    def search(self, query: str) -> int:
        """Queue a search; any older search not yet started is dropped. Returns its number."""
        request = next(self._requests)
        self._worker.latest_request = request
        self.runner.hand_over()  # a search finds what was written before it was asked for
        self._search_requested.emit(request, query)
        return request

    def cancel_searches(self) -> None:
        """Forget queued searches (the query was cleared)."""
        self._worker.latest_request = next(self._requests)

    def shutdown(self) -> None:
        """Drop queued searches, let the running task finish, then stop the thread (the
        runner's shutdown; call before closing the library)."""
        self.cancel_searches()
        self.runner.shutdown()
