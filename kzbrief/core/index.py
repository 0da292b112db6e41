"""The Whoosh full-text index: schema, building, opening, integrity and incremental updates.

All Whoosh index handling lives here and in :mod:`kzbrief.core.search`, so the engine could
be swapped. The index is disposable: it is always rebuilt from the briefings and the user
database, never the other way round.

On disk (``<data>/index``)::

    current.json        which generation is live, what it was built from, file checksums
    gen-<12 hex>/       one Whoosh index; a rebuild writes a new one, then swaps current.json

What the index holds, and the fields derived from each document, are in
:mod:`kzbrief.core.indexschema`; the manifest and the checksums in
:mod:`kzbrief.core.indexfiles`.

A rebuild never touches the live generation, so a kill mid-build leaves the old index in
place. Several processes may share the folder: writes hold a lock that the owner passes in
(:class:`kzbrief.core.interlock.FolderLock`), and an open index notices when another process
has swapped ``current.json`` (its inode changes with every atomic write).

Checksums of every index file are kept in ``current.json`` and verified when the index is
opened, so a truncated or garbled file is found before it gives wrong answers.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core.errors import IndexUnavailableError, WorkStopped
from kzbrief.core.fastwrite import tuned_writer
from kzbrief.core.indexfiles import (
    INDEX_NAME,
    IndexCorruptError,
    make_lock_private,
    make_way,
    open_storage,
    private_ram_storage,
    read_manifest,
    verify,
    write_manifest,
)
from kzbrief.core.indexfiles import MANIFEST as MANIFEST  # (re-exported)
from kzbrief.core.indexschema import DerivingWriter, add_derived, build_schema, derive_fields
from kzbrief.core.indexschema import Document as Document  # (re-exported)
from kzbrief.core.mergepolicy import merge_in_tiers
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from whoosh.index import Index
    from whoosh.searching import Searcher


log = logging.getLogger(__name__)

# Whoosh is imported where it is first used, not here: importing it costs about a third of
# the app's start-up, and the window opens without touching the index.

# 3: analysis folds combining marks and ё (kzbrief.core.analysis)
# 4: exact-word and cross-script name fields; Kazakh text stemmed as Kazakh; sources (ids
#    cited); pages of paged documents
SCHEMA_VERSION = 5
#: Memory (MB) for a rebuild's posting pool. Past its limit Whoosh spills postings to disk
#: and merges them back in Python, which made a 1M-word build half again as slow at the
#: default 128 MB (measured in bench/); a rebuild is a one-off, so it may use more. Schema 4
#: adds postings (exact words, name keys); with a first, denser exact field a 1M-word build
#: spilled at 384 MB (36.8 s of CPU against 25.5 s at 768 MB). The limit counts Whoosh's
#: estimate of its own pool; the pool gathered by term (kzbrief.core.poolsort) holds the same
#: postings in about half the memory: a 1M-word rebuild peaks at 295 MB, without spilling.
REBUILD_POOL_MB = 768

#: A rebuild of at least this many documents runs in a child process (_build_in_child).
#: The window's index_rebuild stall scenario (bench/responsiveness.py) is about 1,000.
#: So does a change that adds or replaces this many (an import: :meth:`SearchIndex.change`).
BUILD_ELSEWHERE = 400
#: So does one of fewer, longer documents holding at least this many characters of text (a
#: 300-page PDF is 30 sections of 1.4 million characters, and analysing its 190,000 words
#: here took 0.7 s of the interpreter lock, in slices that made the window's redraws 35-47
#: ms late). A 10,000-word import is about 65,000: it stays here, sparing the child's start.
BUILD_ELSEWHERE_CHARS = 250_000
#: Limits of a build in a child: far above what a 1M-word library takes (about 30 s and
#: 300 MB resident on a slow 2-core machine).
BUILD_SECONDS = 3600.0
BUILD_MEMORY_BYTES = 8 * 2**30  # address space, which runs above the resident size

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class IndexStatus:
    """What :meth:`SearchIndex.ensure` found and did."""

    rebuilt: bool
    reason: str = ""
    documents: int = 0
    #: The index was copied from the one shipped with the app instead of being built.
    prebuilt: bool = False
    #: Built in memory, for a data folder that cannot be written (see open_read_only).
    in_memory: bool = False


def build_in_memory(
    documents: Iterable[Document],
    progress: ProgressCallback | None = None,
    total: int | None = None,
) -> tuple[Any, int]:
    """An index of ``documents`` in RAM only (:func:`private_ram_storage`), and their count:
    for a read-only folder and a protected one."""
    index = private_ram_storage().create_index(build_schema(), indexname=INDEX_NAME)
    writer = tuned_writer(index.writer(limitmb=REBUILD_POOL_MB))
    return index, _write_all(writer, documents, progress, total)


def _write_all(
    writer: Any,
    documents: Iterable[Document],
    progress: ProgressCallback | None,
    total: int | None,
    helper: bool = False,
) -> int:
    """Add ``documents`` (their derived fields too, each analysed in its language) with
    ``writer``, then commit; returns how many. A failure on the way cancels the writer.
    With ``helper``, a forked process adds about half of a large build's documents
    meanwhile (:mod:`kzbrief.core.helperbuild`; only a build child asks for one)."""
    from kzbrief.core import helperbuild
    from kzbrief.core.poolsort import can_be_helped

    listed = documents if isinstance(documents, list) else list(documents)
    split = len(listed)
    if helper and can_be_helped(writer):
        split = helperbuild.split_point(listed)
    with collector_paused():
        _add_all(writer, listed, split, progress, total)
    if progress is not None:
        progress(len(listed), total or len(listed))
    return len(listed)


def _add_all(
    writer: Any,
    listed: list[Document],
    split: int,
    progress: ProgressCallback | None,
    total: int | None,
) -> None:
    """:func:`_write_all`'s work: the documents before ``split`` added here, the rest by a
    helper (if one could start), then the commit."""
    from kzbrief.core import helperbuild

    count = 0
    try:
        with helperbuild.helped(writer, listed[split:], split) as helpers_share:
            for count, doc in enumerate(listed[:split], start=1):
                add_derived(writer.add_document, doc)
                if progress is not None and count % 50 == 0:
                    # (the helper's share goes as fast: counted with this share's)
                    progress(count * len(listed) // split, total or 0)
            gathered = helpers_share()
        if gathered is not None:
            postings, lengths, sizes = gathered
            writer.take_postings(postings)
            for doc, length, size in zip(listed[split:], lengths, sizes, strict=True):
                writer.add_gathered(derive_fields(doc), length, size)
            count = len(listed)
        else:
            for count, doc in enumerate(listed[split:], start=split + 1):
                add_derived(writer.add_document, doc)
                if progress is not None and count % 50 == 0:
                    progress(count, total or 0)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _build_elsewhere(documents: list[Document]) -> bool:
    """Whether indexing ``documents`` is work for a child process (see BUILD_ELSEWHERE)."""
    if len(documents) >= BUILD_ELSEWHERE:
        return True
    characters = 0
    for document in documents:
        characters += sum(len(v) for v in document.values() if isinstance(v, str))
        if characters >= BUILD_ELSEWHERE_CHARS:
            return True
    return False


def build_generation(
    folder: Path,
    documents: Iterable[Document],
    progress: ProgressCallback | None = None,
    total: int | None = None,
    helper: bool = False,
) -> int:
    """Write a Whoosh index of ``documents`` into ``folder`` (new and empty); returns how
    many. What a rebuild does, in this process or in a child (:func:`_build_in_child`,
    which has a helper process share the work: ``helper``)."""
    storage = open_storage(folder)
    index = storage.create_index(build_schema(), indexname=INDEX_NAME)
    writer = tuned_writer(index.writer(limitmb=REBUILD_POOL_MB))
    make_lock_private(folder)
    return _write_all(writer, documents, progress, total, helper)


def apply_change(
    writer: DerivingWriter,
    remove: Iterable[str],
    add: list[Document],
    replace: Iterable[Document],
    progress: ProgressCallback | None = None,
    stop_point: Callable[[], None] | None = None,
) -> None:
    """Remove documents by ``doc_id``, add ``add`` and replace ``replace`` (by ``doc_id``)
    with ``writer``; ``stop_point`` is called before each document added."""
    for doc_id in remove:
        writer.delete_by_term("doc_id", doc_id)
    for count, doc in enumerate(add, start=1):
        if stop_point is not None:
            stop_point()
        writer.add_document(**doc)
        if progress is not None:
            progress(count, len(add))
    for doc in replace:
        writer.update_document(**doc)


def change_generation(
    folder: str,
    remove: list[str],
    add: list[Document],
    replace: list[Document],
    progress: ProgressCallback | None = None,
) -> int:
    """:func:`apply_change` to the index in ``folder``, committed; as a child runs it
    (:meth:`SearchIndex.change`). Returns how many documents were added."""
    try:
        index = open_storage(Path(folder)).open_index(INDEX_NAME)
        writer = tuned_writer(index.writer(timeout=10.0))
        make_lock_private(Path(folder))
        try:
            apply_change(DerivingWriter(writer), remove, add, replace, progress)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_in_tiers)  # (see kzbrief.core.mergepolicy)
    except OSError as exc:
        raise _cannot_build(Path(folder).parent, exc) from None
    return len(add)


def _build_generation_in_child(
    folder: str,
    documents: list[Document],
    total: int | None,
    helper: bool = True,
    progress: ProgressCallback | None = None,
) -> int:
    """:func:`build_generation`, as the child runs it (``helper``: with a helper process
    for a large build): a failure to write comes back as an :class:`IndexUnavailableError`
    (which crosses to the parent; an OSError would be a bug)."""
    try:
        with collector_paused():
            return build_generation(Path(folder), documents, progress, total, helper)
    except OSError as exc:  # (named by the index folder, as a build here names it)
        raise _cannot_build(Path(folder).parent, exc) from None


def _change_generation_in_child(
    folder: str,
    remove: list[str],
    add: list[Document],
    replace: list[Document],
    progress: ProgressCallback | None = None,
) -> int:
    """:func:`change_generation`, as the child runs it."""
    with collector_paused():
        return change_generation(folder, remove, add, replace, progress)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while the index is written. A write makes many objects that live
    until its commit: in a child that builds, the collector walked them again and again (a
    build of 300k words: 10.8 s against 12.2 s with it, the same peak memory); in this
    process, they made it walk everything this process holds (an import of 10k words beside
    a 1M-word library open and searched: 130-160 ms of one full collection, a quarter of the
    import, all of it with the interpreter lock held, which the window's thread waits for).
    The write's objects are gone by its end, so the collection does not come later either."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cannot_build(folder: Path | str, exc: OSError) -> IndexUnavailableError:
    return IndexUnavailableError(
        translate("Errors", "cannot build the search index in {folder}: {error}").format(
            folder=folder, error=exc.strerror or exc
        )
    )


def _build_in_child(
    folder: Path,
    documents: list[Document],
    progress: ProgressCallback | None,
    total: int | None,
    helper: bool = True,
) -> int:
    """:func:`build_generation` in a child process (:mod:`kzbrief.core.isolated`): a large
    build takes seconds of Python, and in the app's own process it holds the interpreter
    lock that the window needs to draw (issue 18's stalls); there it shares none. The child
    costs about half a second to start, so small builds stay here."""
    return _in_child(
        _build_generation_in_child, str(folder), documents, total, helper, progress=progress
    )


def _in_child(
    function: Callable[..., int],
    *args: Any,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """``function(*args)`` in a background child, within the build's limits; a child that
    stops is told as an IndexUnavailableError (one translated line), a cancel as
    WorkStopped."""
    from kzbrief.core import isolated

    try:
        return isolated.run_isolated(
            function,
            *args,
            seconds=BUILD_SECONDS,
            memory_bytes=BUILD_MEMORY_BYTES,
            progress=progress,
            cancelled=cancelled,
            background=True,
        )
    except isolated.Cancelled:
        raise WorkStopped.told() from None
    except isolated.IsolatedError as exc:
        log.warning("the index work in a child process failed: %s", exc)
        if isinstance(exc, isolated.TimeLimitExceeded):
            told = translate(
                "Errors", "cannot build the search index: it took longer than {seconds} seconds"
            ).format(seconds=f"{BUILD_SECONDS:g}")
        elif isinstance(exc, isolated.MemoryLimitExceeded):
            told = translate(
                "Errors", "cannot build the search index: it needed more memory than it may use"
            )
        else:
            told = translate(
                "Errors", "cannot build the search index: the process building it stopped"
            )
        raise IndexUnavailableError(told) from None


def _close_quietly(searcher: Searcher) -> None:
    """Close a searcher whose files may already be damaged or gone."""
    with contextlib.suppress(Exception):
        searcher.close()


class SearchIndex:
    """Owns the index folder. Writes are serialised; one searcher is shared until it is stale.

    A search borrows the shared searcher through :meth:`searching`. Reopening the index (a
    write that found another process's index, a rebuild) may happen on another thread at
    any time: it retires the shared searcher, and a retired searcher is closed when the last
    search that borrowed it gives it back, never under a running search.
    """

    def __init__(
        self, root: Path, lock: contextlib.AbstractContextManager[Any] | None = None
    ) -> None:
        self.root = root
        #: Serialises writes: a FolderLock shared with other processes, or a thread lock.
        self._write_lock = lock if lock is not None else threading.RLock()
        self._index: Index | None = None
        self._searcher: Searcher | None = None
        #: Guards _searcher and _leases (held briefly, never while searching or writing).
        self._searcher_lock = threading.Lock()
        #: id(searcher) → how many running searches hold it.
        self._leases: dict[int, int] = {}
        self._manifest: dict[str, Any] = {}
        self._manifest_stat: tuple[int, int, int] | None = None
        #: Whether a large rebuild may have a helper process (kzbrief.core.helperbuild):
        #: not beside a window on a machine of two cores (IndexKeeper.beside_a_window).
        self.helped_builds = True

    # -- manifest -----------------------------------------------------------------------
    def _stat_manifest(self) -> tuple[int, int, int] | None:
        try:
            stat = (self.root / MANIFEST).stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def changed_elsewhere(self) -> bool:
        """Whether ``current.json`` is no longer the one this object opened or wrote (another
        process rebuilt or updated the index)."""
        return self._manifest_stat is None or self._stat_manifest() != self._manifest_stat

    def is_open_at(self, fingerprint: str) -> bool:
        """The open index is live and was built from ``fingerprint``: nothing to do."""
        return (
            self._index is not None
            and self._manifest.get("fingerprint") == fingerprint
            and not self.changed_elsewhere()
        )

    def reopen_at(self, fingerprint: str) -> bool:
        """Make sure the open index is the live one built from ``fingerprint``, opening what
        another process left if need be. The caller holds the write lock. False if the
        live index is not at ``fingerprint`` (then the next ensure rebuilds)."""
        if self.is_open_at(fingerprint):
            return True
        manifest = self._read_manifest()
        if manifest.get("fingerprint") != fingerprint or manifest.get("schema") != SCHEMA_VERSION:
            return False
        try:
            self._verify(manifest, full=False)
            self._open(manifest)
        except Exception:
            log.warning("could not open the index another process left", exc_info=True)
            self._close()
            return False
        return True

    def _read_manifest(self) -> dict[str, Any]:
        return read_manifest(self.root)

    def _write_manifest(self, generation: str, fingerprint: str) -> None:
        old = (
            self._manifest.get("files", {})
            if self._manifest.get("generation") == generation
            else {}
        )
        manifest = {"schema": SCHEMA_VERSION, "generation": generation, "fingerprint": fingerprint}
        self._manifest = write_manifest(self.root, manifest, old)
        self._manifest_stat = self._stat_manifest()

    def _verify(self, manifest: dict[str, Any], *, full: bool = True) -> None:
        verify(self.root, manifest, full=full)

    # -- opening and building -------------------------------------------------------------
    def problem(self, fingerprint: str) -> str:
        """Why the index cannot be used as it is ('' when it can)."""
        manifest = self._read_manifest()
        if not manifest:
            return "the search index is missing"
        if manifest.get("corrupt"):
            return "the search index manifest is damaged"
        if manifest.get("schema") != SCHEMA_VERSION:
            return "the search index was built by another version"
        if manifest.get("fingerprint") != fingerprint:
            return "the search index is out of date"
        try:
            self._verify(manifest)
            storage = open_storage(self.root / manifest["generation"])
            index = storage.open_index(INDEX_NAME)
            with index.searcher() as searcher:
                searcher.doc_count()
        except IndexCorruptError as exc:
            return str(exc)
        except Exception as exc:
            log.warning("the search index cannot be opened", exc_info=True)
            return f"the search index cannot be opened ({type(exc).__name__})"
        return ""

    def ensure(
        self,
        fingerprint: str,
        documents: Callable[[], Iterable[Document]],
        progress: ProgressCallback | None = None,
        prebuilt: Callable[[], tuple[Path, dict[str, Any]] | None] | None = None,
    ) -> IndexStatus:
        """Open the index, rebuilding it first if it is missing, stale or damaged.

        ``prebuilt`` may offer a ready index built from the same ``fingerprint`` (the one
        shipped with the app, see :meth:`adopt`); it is copied instead of building one.
        """
        if self.is_open_at(fingerprint):
            return IndexStatus(rebuilt=False)
        with self._write_lock:
            reason = self.problem(fingerprint)
            if not reason:
                self._open(self._read_manifest())
                # Generations half-built by a writer that was killed (the lock is ours now).
                self._remove_old_generations(keep=self._manifest["generation"])
                return IndexStatus(rebuilt=False)
            offer = prebuilt() if prebuilt is not None else None
            if offer is not None and self.adopt(*offer, fingerprint):
                return IndexStatus(rebuilt=False, reason=reason, prebuilt=True)
            count = self.rebuild(fingerprint, documents(), progress)
            return IndexStatus(rebuilt=True, reason=reason, documents=count)

    def open_read_only(
        self, fingerprint: str, documents: Callable[[], Iterable[Document]]
    ) -> IndexStatus:
        """Open the index of a data folder that cannot be written, writing nothing: no
        lock, no repair. If the index on disk is missing, stale or damaged, one is built
        in memory from ``documents`` (``in_memory``; gone when the app closes)."""
        if self._index is not None and self._manifest.get("fingerprint") == fingerprint:
            return IndexStatus(rebuilt=False)
        reason = self.problem(fingerprint)
        if not reason:
            manifest = self._read_manifest()
            index = open_storage(self.root / manifest["generation"], readonly=True).open_index(
                INDEX_NAME
            )
            self._close()
            self._index, self._manifest = index, manifest
            self._manifest_stat = self._stat_manifest()
            return IndexStatus(rebuilt=False)
        index, count = build_in_memory(documents())
        self._close()
        self._index, self._manifest = index, {"fingerprint": fingerprint, "in_memory": True}
        self._manifest_stat = None
        return IndexStatus(rebuilt=True, reason=reason, documents=count, in_memory=True)

    def _open(self, manifest: dict[str, Any]) -> None:
        self._close()
        stat = self._stat_manifest()
        storage = open_storage(self.root / manifest["generation"])
        self._index = storage.open_index(INDEX_NAME)
        self._manifest = manifest
        self._manifest_stat = stat

    def rebuild(
        self,
        fingerprint: str,
        documents: Iterable[Document],
        progress: ProgressCallback | None = None,
        total: int | None = None,
    ) -> int:
        """Build a new generation from ``documents`` and make it live. Returns the count."""
        with self._write_lock:
            generation = f"gen-{os.urandom(6).hex()}"
            try:
                make_way(self.root, folder=True)
                make_way(self.root / MANIFEST, folder=False)
                self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
                folder = self.root / generation
                folder.mkdir(mode=0o700)
                listed = documents if isinstance(documents, list) else list(documents)
                if _build_elsewhere(listed):
                    count = _build_in_child(folder, listed, progress, total, self.helped_builds)
                else:
                    count = build_generation(folder, listed, progress, total)
                self._close()
                self._write_manifest(generation, fingerprint)
                self._index = open_storage(folder).open_index(INDEX_NAME)
            except (OSError, IndexUnavailableError) as exc:
                with contextlib.suppress(OSError):
                    shutil.rmtree(self.root / generation)
                if isinstance(exc, IndexUnavailableError):
                    raise
                raise _cannot_build(self.root, exc) from exc
            self._remove_old_generations(keep=generation)
            return count

    def snapshot(self, dest: Path) -> dict[str, Any]:
        """Copy the live generation's files into ``dest``; returns their ``{name: [size, digest]}``.

        :meth:`adopt` takes such a copy back (``make bundle`` ships one with the app).
        """
        with self._write_lock:
            self._require()
            folder = self.root / self._manifest["generation"]
            dest.mkdir(parents=True, exist_ok=True)
            files = dict(self._manifest["files"])
            for name in files:
                shutil.copyfile(folder / name, dest / name)
            return files

    def adopt(self, source: Path, files: dict[str, Any], fingerprint: str) -> bool:
        """Make a copy of the index files ``files`` in ``source`` the live generation.

        The copies must match the sizes and digests in ``files`` and open as an index;
        otherwise nothing changes and False is returned (the caller then rebuilds).
        """
        with self._write_lock:
            generation = f"gen-{os.urandom(6).hex()}"
            folder = self.root / generation
            try:
                self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
                folder.mkdir(mode=0o700)
                for name in files:
                    shutil.copyfile(source / name, folder / name)
                    os.chmod(folder / name, 0o600)
                self._verify({"generation": generation, "files": files})
                index = open_storage(folder).open_index(INDEX_NAME)
                with index.searcher() as searcher:
                    searcher.doc_count()
                self._write_manifest(generation, fingerprint)
            except Exception:
                log.warning("the prebuilt index could not be adopted", exc_info=True)
                shutil.rmtree(folder, ignore_errors=True)
                return False
            self._close()
            self._index = index
        self._remove_old_generations(keep=generation)
        return True

    def _remove_old_generations(self, keep: str) -> None:
        for path in self.root.glob("gen-*"):
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)

    # -- incremental updates ----------------------------------------------------------------
    @contextlib.contextmanager
    def writer(self, fingerprint: str) -> Iterator[DerivingWriter]:
        """A serialised writer; on success the manifest records the new ``fingerprint``.
        The cycle collector rests meanwhile (:func:`collector_paused`)."""
        with self._write_lock, collector_paused():
            index = self._require()
            writer = tuned_writer(index.writer(timeout=10.0))
            make_lock_private(self.root / self._manifest["generation"])
            try:
                yield DerivingWriter(writer)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=merge_in_tiers)  # (see kzbrief.core.mergepolicy)
            self._write_manifest(self._manifest["generation"], fingerprint)

    #: Whether a large change may be written by a child process (not for an index that
    #: lives in this process's memory).
    changes_elsewhere = True

    def change(
        self,
        fingerprint: str,
        *,
        remove: list[str],
        add: list[Document],
        replace: list[Document],
        progress: ProgressCallback | None = None,
        stop_point: Callable[[], None] | None = None,
        stopping: Callable[[], bool] | None = None,
    ) -> None:
        """Remove, add and replace documents (:func:`apply_change`) in one commit, and record
        ``fingerprint``. A change that adds or replaces :data:`BUILD_ELSEWHERE` documents or
        :data:`BUILD_ELSEWHERE_CHARS` characters or more (an imported report) is written by a
        child process, as a large rebuild is: its seconds of Python would hold the interpreter
        lock the window draws with. ``stopping`` is asked meanwhile, and a true answer stops
        the child (WorkStopped)."""
        if not self.changes_elsewhere or not _build_elsewhere([*add, *replace]):
            with self.writer(fingerprint) as writer:
                apply_change(writer, remove, add, replace, progress, stop_point)
            return
        with self._write_lock:
            self._require()
            generation = self._manifest["generation"]
            _in_child(
                _change_generation_in_child,
                str(self.root / generation),
                remove,
                add,
                replace,
                progress=progress,
                cancelled=stopping,
            )
            self._write_manifest(generation, fingerprint)

    # -- reading ------------------------------------------------------------------------------
    def _require(self) -> Index:
        if self._index is None:
            raise IndexUnavailableError(translate("Errors", "the search index is not open"))
        return self._index

    @contextlib.contextmanager
    def searching(self) -> Iterator[Searcher]:
        """The shared searcher (made anew when the index has changed), held for one search.

        However long the search runs, no reopen or rebuild on another thread closes it.
        """
        with self._searcher_lock:
            index = self._require()
            searcher = self._searcher
            if searcher is None or not searcher.up_to_date():
                # Not Searcher.refresh(): whoosh-reloaded 2.7.5 adds the old segments back when
                # it reuses readers, so a refreshed one still finds replaced and deleted documents.
                self._retire_searcher()
                searcher = self._searcher = index.searcher()
            self._leases[id(searcher)] = self._leases.get(id(searcher), 0) + 1
        try:
            yield searcher
        finally:
            with self._searcher_lock:
                left = self._leases.pop(id(searcher)) - 1
                if left:
                    self._leases[id(searcher)] = left
                elif searcher is not self._searcher:
                    _close_quietly(searcher)  # retired while this search ran

    def searcher(self) -> Searcher:
        """The shared searcher, for a caller that holds no other thread can reopen the index
        (tests, tools). Searches use :meth:`searching`."""
        with self.searching() as searcher:
            return searcher

    def is_damage(self, exc: BaseException) -> bool:
        """Whether ``exc``, raised while searching, comes from index files that are damaged or
        cannot be read (then the index is rebuilt) rather than from a bug in kzbrief (then the
        index is kept: rebuilding would not help, and would cost the user a wait)."""
        from whoosh.index import IndexError as WhooshIndexError

        if isinstance(exc, OSError | EOFError | IndexCorruptError | WhooshIndexError):
            return True
        # Whoosh raises anything on damaged files (struct.error, ValueError, KeyError …), and
        # a bug raises the same kinds: the files themselves tell which it was.
        manifest = dict(self._manifest)
        if not manifest.get("generation"):
            return True
        try:
            self._verify(manifest, full=True)
        except IndexCorruptError:
            return True
        return False

    def _retire_searcher(self) -> None:
        """Stop sharing the current searcher; close it now unless a search holds it (then the
        search closes it when done). The caller holds _searcher_lock."""
        if self._searcher is not None and id(self._searcher) not in self._leases:
            _close_quietly(self._searcher)
        self._searcher = None

    @property
    def fingerprint(self) -> str:
        return str(self._manifest.get("fingerprint", ""))

    def check(self, fingerprint: str) -> dict[str, Any]:
        """A report of the index's state for ``kzbrief index check``."""
        manifest = self._read_manifest()
        problem = self.problem(fingerprint)
        report: dict[str, Any] = {
            "ok": not problem,
            "problem": problem,
            "path": str(self.root),
            "schema": manifest.get("schema"),
            "files": len(manifest.get("files", {}))
            if isinstance(manifest.get("files"), dict)
            else 0,
        }
        if not problem:
            size = sum(v[0] for v in manifest["files"].values())
            report["size_bytes"] = size
            storage = open_storage(self.root / manifest["generation"])
            with storage.open_index(INDEX_NAME).searcher() as searcher:
                report["documents"] = searcher.doc_count()
        return report

    def _close(self) -> None:
        with self._searcher_lock:
            self._retire_searcher()
            self._index = None

    def close(self) -> None:
        with self._write_lock:
            self._close()

    def invalidate(self) -> None:
        """Forget the open index (after a search found it damaged); the next ensure rebuilds.

        If another process has put a new index in place meanwhile, that one is kept.
        """
        with self._write_lock:
            elsewhere = self.changed_elsewhere()
            self._close()
            self._manifest = {}
            self._manifest_stat = None
            if not elsewhere:
                with contextlib.suppress(OSError):
                    os.replace(self.root / MANIFEST, self.root / (MANIFEST + ".damaged"))
