"""The search index of a protected folder (issue 16): in RAM, never written to disk in clear.

It holds the same documents as the index on disk (bundled and imported briefings, notes);
it is dropped when the folder is locked. Building it for a large library takes long (a
million words: about a minute and a half), so an unlocked folder keeps an encrypted snapshot
of it (``protected/index.kzenc``, kzbrief.core.vault), written after a build and at lock and
close when it changed since; the next unlock opens the snapshot when it is current.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core.errors import IndexUnavailableError
from kzbrief.core.fastwrite import tuned_writer
from kzbrief.core.index import (
    DerivingWriter,
    Document,
    IndexStatus,
    ProgressCallback,
    SearchIndex,
    build_in_memory,
    collector_paused,
)
from kzbrief.core.indexfiles import INDEX_NAME, private_ram_storage
from kzbrief.core.mergepolicy import merge_in_tiers
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from kzbrief.core.vault import Vault

log = logging.getLogger(__name__)


class MemoryIndex(SearchIndex):
    """A :class:`SearchIndex` whose only generation lives in a Whoosh ``RamStorage``."""

    def __init__(
        self,
        root: Path,
        lock: contextlib.AbstractContextManager[Any] | None = None,
        *,
        vault: Vault | None = None,
    ) -> None:
        super().__init__(root, lock=threading.RLock())
        #: Where the encrypted snapshot goes (None: a locked folder's index, never saved).
        self._vault = vault
        #: Whether the index changed since the snapshot was written (or read).
        self._unsaved = False

    changes_elsewhere = False  # (its files are in this process's memory)

    def changed_elsewhere(self) -> bool:
        return False

    def problem(self, fingerprint: str) -> str:
        if self._index is None:
            return "it is built in memory for a protected folder"
        if self._manifest.get("fingerprint") != fingerprint:
            return "it is out of date"
        return ""

    def is_open_at(self, fingerprint: str) -> bool:
        return self._index is not None and self._manifest.get("fingerprint") == fingerprint

    def reopen_at(self, fingerprint: str) -> bool:
        return self.is_open_at(fingerprint)

    def ensure(
        self,
        fingerprint: str,
        documents: Callable[[], Iterable[Document]],
        progress: ProgressCallback | None = None,
        prebuilt: Callable[[], Any] | None = None,
    ) -> IndexStatus:
        if self.is_open_at(fingerprint):
            return IndexStatus(rebuilt=False)
        if self._index is None and self._restore(fingerprint):
            return IndexStatus(rebuilt=False, in_memory=True)
        count = self.rebuild(fingerprint, documents(), progress)
        self.save_snapshot()
        return IndexStatus(rebuilt=True, reason="", documents=count, in_memory=True)

    def _restore(self, fingerprint: str) -> bool:
        """Open the encrypted snapshot if it was taken at ``fingerprint``."""
        snapshot = self._vault.load_index() if self._vault is not None else None
        if snapshot is None or snapshot[0] != fingerprint:
            return False
        storage = private_ram_storage()
        storage.files = snapshot[1]
        try:
            index = storage.open_index(INDEX_NAME)
            with index.searcher() as searcher:
                searcher.doc_count()
        except Exception:  # a snapshot that does not open is rebuilt
            log.warning("the index snapshot does not open; rebuilding", exc_info=True)
            return False
        with self._write_lock:
            self._close()
            self._index = index
            self._manifest = {"fingerprint": fingerprint, "in_memory": True}
            self._unsaved = False
        return True

    def save_snapshot(self) -> bool:
        """Write the encrypted snapshot if the index changed since the last one (after a
        build, at lock and close); True if written. Never raises: a snapshot is derived."""
        if self._vault is None:
            return False
        with self._write_lock:
            index = self._index
            if index is None or not self._unsaved:
                return False
            files = dict(index.storage.files)
            fingerprint = str(self._manifest.get("fingerprint", ""))
            self._unsaved = False
        try:
            return self._vault.save_index(fingerprint, files)
        except Exception:  # a full disk: the next unlock rebuilds
            log.warning("could not save the index snapshot", exc_info=True)
            self._unsaved = True
            return False

    def open_read_only(
        self, fingerprint: str, documents: Callable[[], Iterable[Document]]
    ) -> IndexStatus:
        """A locked folder's window (read-only): the same index in RAM, of what it may read."""
        return self.ensure(fingerprint, documents)

    def rebuild(
        self,
        fingerprint: str,
        documents: Iterable[Document],
        progress: ProgressCallback | None = None,
        total: int | None = None,
    ) -> int:
        # Built without the write lock: the documents come from the Library, whose own lock
        # is taken in the other order by unlock/lock (a deadlock otherwise). Only the swap
        # of the finished index is serialised.
        index, count = build_in_memory(documents, progress, total)
        with self._write_lock:
            self._close()
            self._index = index
            self._manifest = {"fingerprint": fingerprint, "in_memory": True}
            self._unsaved = True
        return count

    @contextlib.contextmanager
    def writer(self, fingerprint: str) -> Iterator[DerivingWriter]:
        with self._write_lock, collector_paused():
            index = self._require()
            writer = tuned_writer(index.writer())
            try:
                yield DerivingWriter(writer)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=merge_in_tiers)  # (see kzbrief.core.mergepolicy)
            self._manifest = {"fingerprint": fingerprint, "in_memory": True}
            self._unsaved = True

    def check(self, fingerprint: str) -> dict[str, Any]:
        problem = self.problem(fingerprint)
        report: dict[str, Any] = {
            "ok": not problem,
            "problem": problem,
            "path": "(in memory: protected folder)",
            "in_memory": True,
            "files": 0,
            "size_bytes": 0,
        }
        if self._index is not None:
            with self._index.searcher() as searcher:
                report["documents"] = searcher.doc_count()
        return report

    def close(self) -> None:
        """Drop the index without waiting for the write lock: lock and unlock retire an
        index while holding the Library's lock, which an update in flight may be waiting for."""
        self._close()

    def is_damage(self, exc: BaseException) -> bool:
        """Never: nothing on disk can be damaged; an exception while searching is a bug."""
        return False

    def invalidate(self) -> None:
        with self._write_lock:
            self._close()
            self._manifest = {}

    def snapshot(self, dest: Path) -> dict[str, Any]:
        raise IndexUnavailableError(
            translate("Errors", "the index of a protected folder is never saved to disk")
        )
