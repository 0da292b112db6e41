"""The search index's life: opened, built or rebuilt when missing, stale or damaged (never
because of a bug of ours), kept current by note and briefing changes, and searched.

Whoosh allows one writer: every index write holds the data folder's lock. A search holds
no lock of ours: it borrows the index's shared searcher (:meth:`SearchIndex.searching`),
which a reopen on another thread retires but never closes under it (issue 19, defect 1).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core import helperbuild, indexdocs, prebuilt
from kzbrief.core.annotations import Note
from kzbrief.core.catalogue import Catalogue
from kzbrief.core.errors import IndexUnavailableError, InternalError, NotFoundError, WorkStopped
from kzbrief.core.index import Document, IndexStatus, SearchIndex
from kzbrief.core.memindex import MemoryIndex
from kzbrief.core.model import Briefing
from kzbrief.core.notices import Notices
from kzbrief.core.perreader import forget_segments
from kzbrief.core.session import ProtectionSession
from kzbrief.core.store import now_iso
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from kzbrief.core.search import SearchResults

log = logging.getLogger(__name__)
ProgressCallback = Callable[[int, int], None]
INDEX_DIR = "index"
INDEX_BUILT_STATE = "index.first_built"


class IndexKeeper:
    """Owns the index of one library: on disk, or in memory (read-only or protected)."""

    def __init__(self, session: ProtectionSession, catalogue: Catalogue, notices: Notices) -> None:
        self._session = session
        self._catalogue = catalogue
        self._notices = notices
        #: A window shows this library (:meth:`beside_a_window`).
        self._beside_a_window = False
        self.index: SearchIndex = self._new_index()
        #: A new bundled edition was taken up: the rebuild that follows is expected, not a
        #: repair to report.
        self._rebuild_expected = False
        #: ((briefings' generation, notes' stamp), the fingerprint they give).
        self._fingerprint: tuple[tuple[int, str], str] | None = None

    # -- which index -------------------------------------------------------------------------------
    def _new_index(self) -> SearchIndex:
        session, root = self._session, self._session.data_dir / INDEX_DIR
        index: SearchIndex
        if session.is_protected:  # (unlocked: with the vault that keeps its snapshot)
            index = MemoryIndex(root, vault=session.vault)
        elif session.read_only:
            index = SearchIndex(root)
        else:
            index = SearchIndex(root, lock=session.real_folder_lock)  # type: ignore[arg-type]
        index.helped_builds = helperbuild.worth_a_helper(self._beside_a_window)
        return index

    def beside_a_window(self) -> None:
        """A window shows this library from now on: a large rebuild leaves it a core
        (:func:`kzbrief.core.helperbuild.worth_a_helper`)."""
        self._beside_a_window = True
        self.index.helped_builds = helperbuild.worth_a_helper(True)

    def reset(self) -> None:
        """Close the index and start afresh with the kind the folder needs now (after a lock,
        an unlock, or a switch of protection)."""
        self._save_snapshot()
        self.index.close()
        forget_segments()  # the words of the notes, kept for "did you mean"
        self.index = self._new_index()

    def _save_snapshot(self) -> None:
        """A protected folder's index, encrypted, for the next unlock (if it changed)."""
        if isinstance(self.index, MemoryIndex):
            self.index.save_snapshot()

    def use_memory(self) -> None:
        """An index in memory only (while protection is being switched on)."""
        self.index.close()
        self.index = MemoryIndex(self._session.data_dir / INDEX_DIR)

    def expect_rebuild(self) -> None:
        self._rebuild_expected = True

    # -- what it holds -----------------------------------------------------------------------------
    def fingerprint(self) -> str:
        """What the index must have been built from to be current (reads only; worked out
        again only when the briefings or the notes changed: each search asks)."""
        key = (self._catalogue.generation(), self._session.notes_stamp())
        known = self._fingerprint
        if known is not None and known[0] == key:
            return known[1]
        found = indexdocs.fingerprint(self._catalogue.briefings(), key[1])
        self._fingerprint = (key, found)
        return found

    def documents(self) -> Iterator[Document]:
        """Every document the index holds: briefing text, editorial annotations, notes."""
        stop_point = self._session.stop_point
        for briefing in self._catalogue.briefings():
            for document in indexdocs.briefing_documents(briefing):
                stop_point()
                yield document
        for document in self.note_documents():
            stop_point()
            yield document

    def note_documents(self) -> Iterator[Document]:
        if not self._session.try_unlock():
            return  # locked: the public briefings alone are searched
        places = indexdocs.note_places(self._catalogue.briefings())
        for note in self._session.notes.find():
            yield indexdocs.note_document(note, places)

    # -- its life ----------------------------------------------------------------------------------
    def ensure(self, progress: ProgressCallback | None = None) -> IndexStatus:
        """Open the index, rebuilding it (with progress) when missing, stale or damaged."""
        session = self._session
        if session.read_only:
            status = self.index.open_read_only(self.fingerprint(), self.documents)
            if status.in_memory and not session.is_protected:  # (protected: always in memory)
                self._notices.append(
                    translate(
                        "Library",
                        "This library is read-only and {reason}: searching a copy built "
                        "in memory, which is not saved.",
                    ).format(reason=status.reason)
                )
            return status
        if self.index.is_open_at(self.fingerprint()):
            return IndexStatus(rebuilt=False)
        if isinstance(self.index, MemoryIndex):
            # Protected: this process's own index in RAM, built without the folder's lock, so
            # that saving a note (the panic key's) never waits for a build. A note saved
            # meanwhile leaves the index at an older fingerprint: it is rebuilt later.
            return self.index.ensure(self.fingerprint(), self.documents, progress)
        with session.folder_lock:  # no other instance writes notes between fingerprint and build
            fingerprint = self.fingerprint()
            status = self.index.ensure(
                fingerprint, self.documents, progress, prebuilt=lambda: prebuilt.offer(fingerprint)
            )
        if status.in_memory:
            return status
        if status.rebuilt or status.prebuilt:
            log.info(
                "search index %s (%s)",
                "copied from the app"
                if status.prebuilt
                else f"built: {status.documents} documents",
                status.reason,
            )
        if status.rebuilt:
            # The first build in a data folder is not a repair: nothing to tell the user.
            store = session.store
            first_build = store.get_state(INDEX_BUILT_STATE) is None
            store.set_state(INDEX_BUILT_STATE, now_iso())
            if not first_build and not self._rebuild_expected:
                told = translate("Library", "Rebuilt the search index: {reason}.")
                self._notices.append(told.format(reason=status.reason))
            self._rebuild_expected = False
        return status

    def rebuild(self, progress: ProgressCallback | None = None) -> int:
        with self._session.folder_lock:
            return self.index.rebuild(self.fingerprint(), self.documents(), progress)

    def check(self) -> dict[str, Any]:
        if self._session.is_protected:  # its index lives in memory: built now, then checked
            self.ensure()
        return self.index.check(self.fingerprint())

    def save_prebuilt(self, dest: Path) -> dict[str, Any]:
        """Build the index and save a copy in ``dest`` to ship with the app."""
        self.ensure()
        return prebuilt.save(self.index, dest, self.fingerprint())

    def catch_up(self) -> None:
        """Reopen the index if it was open (another process changed it and updated it)."""
        if self.index.fingerprint:
            self.ensure()

    def close(self) -> None:
        self._save_snapshot()
        self.index.close()

    # -- searching ---------------------------------------------------------------------------------
    def search(
        self, text: str, *, briefing: str | None = None, kind: str | None = None, limit: int = 20
    ) -> SearchResults:
        """Search the library. Never raises for a malformed query: it comes back as notices.

        A damaged index is rebuilt once; a failure with the index intact is a bug of ours
        (InternalError, the index kept)."""
        from kzbrief.core.query import KINDS, parse_query
        from kzbrief.core.search import run_search

        parsed = parse_query(text)
        filters = {}
        if briefing:
            self._catalogue.briefing(briefing)  # unknown ids are bad input, not "no results"
            filters["briefing"] = briefing
        if kind:
            filters["kind"] = KINDS.get(kind, kind)
        for attempt in range(2):
            self.ensure()
            try:
                with self.index.searching() as searcher:
                    results = run_search(searcher, parsed, limit=limit, filters=filters)
            except Exception as exc:  # sorted below: damage or a bug
                if not self.index.is_damage(exc):
                    # Intact files: a bug of ours. Rebuilding would not help; keep the index.
                    log.exception("a search failed with the index intact")
                    raise InternalError(
                        translate("Errors", "the search failed because of an internal error")
                    ) from exc
                if attempt:
                    raise IndexUnavailableError(
                        translate("Errors", "the search index is unusable: {error}").format(
                            error=exc
                        )
                    ) from exc
                log.warning("the search index is damaged (%s); rebuilding it", type(exc).__name__)
                self.index.invalidate()
                continue
            # Repairs done on the way (an index rebuilt, a database recovered) come first.
            results.notices = (*self._notices.take(), *results.notices)
            self._place_hits_on_pages(results)
            if self._session.is_locked:
                results.notices = (
                    *results.notices,
                    translate(
                        "Library",
                        "Your notes are locked: only the bundled briefings were searched.",
                    ),
                )
            return results
        raise IndexUnavailableError(translate("Errors", "the search index is unusable"))

    def _place_hits_on_pages(self, results: SearchResults) -> None:
        """Give hits in paged documents (PDF imports) the page of their snippet's match."""
        from kzbrief.core.search import snippet_offset

        for hit in results.hits:
            try:
                briefing, section = self._catalogue.section(hit.section, hit.briefing)
            except NotFoundError:
                continue
            if not briefing.is_paged or not any(p.page is not None for p in section.paragraphs):
                continue
            if hit.kind == "text":
                offset = snippet_offset(section.text, results.terms)
                span = section.page_span(offset, offset + 1)
            elif hit.kind == "note" and hit.annotation:
                try:
                    note = self._session.notes.get(hit.annotation)
                except NotFoundError:
                    continue
                span = section.page_span(note.anchor.start, note.anchor.end)
            else:
                span = section.page_span(0, 1)
            if span is not None:
                hit.page = span[0] if span[0] == span[1] else f"{span[0]}–{span[1]}"

    # -- keeping it current ------------------------------------------------------------------------
    def reindex_notes(
        self,
        before: str,
        *,
        added: Iterable[Note] = (),
        changed: Iterable[Note] = (),
        removed: Iterable[str] = (),
    ) -> None:
        """Apply a note change to the open index if it was current (``before``) the change.

        ``added`` notes are new to the index (cheaper than ``changed``, which replaces).
        The caller holds the folder lock, so no other instance changes notes or the index
        meanwhile; one that did before left the index current, or the next ensure()
        rebuilds it.
        """
        if self._session.stopping or not self.index.reopen_at(before):
            return  # (stopping: the note is saved; the index, now stale, is rebuilt later)
        places = indexdocs.note_places(self._catalogue.briefings())
        try:
            with self.index.writer(self.fingerprint()) as writer:
                for note_id in removed:
                    writer.delete_by_term("doc_id", f"note:{note_id}")
                for note in changed:
                    writer.update_document(**indexdocs.note_document(note, places))
                for note in added:
                    writer.add_document(**indexdocs.note_document(note, places))
        except Exception as exc:
            log.warning("a note change could not be applied to the index", exc_info=True)
            self._notices.append(
                translate("Library", "The search index will be rebuilt: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )

    def reindex_briefing(
        self,
        briefing_id: str,
        before: Briefing | None,
        after: Briefing | None,
        progress: ProgressCallback | None = None,
    ) -> None:
        """Swap one briefing's documents in the index (its folder changed, its notes were
        re-anchored on the new text): its notes' documents are written again too."""
        old_ids = [d["doc_id"] for d in indexdocs.briefing_documents(before)] if before else []
        new_docs = list(indexdocs.briefing_documents(after)) if after else []
        fingerprint = self.fingerprint()
        places = indexdocs.note_places(self._catalogue.briefings())
        note_docs = [
            indexdocs.note_document(n, places)
            for n in self._session.notes.find(briefing=briefing_id)
        ]
        session = self._session
        try:
            self.index.change(
                fingerprint,
                remove=old_ids,
                add=new_docs,
                replace=note_docs,
                progress=progress,
                stop_point=session.stop_point,
                stopping=lambda: session.stopping,
            )
        except WorkStopped:
            raise
        except Exception as exc:
            log.warning("a briefing could not be re-indexed", exc_info=True)
            # The index still records the old fingerprint, so the next search rebuilds it.
            self._notices.append(
                translate(
                    "Library", "The search index will be rebuilt on the next search ({error})."
                ).format(error=exc)
            )
