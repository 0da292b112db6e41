"""The one door into core: the CLI and the GUI both drive the app through :class:`Library`."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core import prebuilt, protection, render
from kzbrief.core.anchoring import describe, find_quote
from kzbrief.core.annotations import (
    MAX_QUOTE_CHARS,
    SORTS,
    STATUSES,
    Note,
    check_note_text,
    check_status,
    new_note_id,
    normalise_colour,
    normalise_tags,
)
from kzbrief.core.briefings import briefing_dirs, is_valid_id, load_briefing_dir
from kzbrief.core.changes import Changes, ChangeStamps
from kzbrief.core.editions import follow_edition, place_notes
from kzbrief.core.errors import (
    BadInputError,
    DataError,
    IndexUnavailableError,
    InternalError,
    NotFoundError,
    WorkStopped,
)
from kzbrief.core.importers.storage import LibraryFolder
from kzbrief.core.index import SCHEMA_VERSION, Document, IndexStatus, SearchIndex
from kzbrief.core.interlock import LOCK_FILE, FolderLock
from kzbrief.core.memindex import MemoryIndex
from kzbrief.core.model import Bookmark, Briefing, Paragraph, RemovedBriefing, Section
from kzbrief.core.notestore import NoteStore
from kzbrief.core.paths import open_data_dir
from kzbrief.core.readonly import RefusingLock
from kzbrief.core.resources import resource_path
from kzbrief.core.store import Store, now_iso
from kzbrief.core.upgrade import (
    EDITIONS_SEEN,
    EditionUpgrade,
    archived_edition,
    archived_editions,
    read_seen,
)
from kzbrief.core.w3c import dumps as w3c_dumps
from kzbrief.core.w3c import parse_document as parse_annotations
from kzbrief.core.w3c import read_annotation_file, to_annotation, to_collection
from kzbrief.core.wording import plural, translate

# Imported where they are used: the window opens without search (Whoosh), the exporters
# and the importers' reports.
if TYPE_CHECKING:
    from kzbrief.core.export import ExportBundle, ExportScope
    from kzbrief.core.importers.report import ImportReport, NoteCounts
    from kzbrief.core.search import SearchResults

log = logging.getLogger(__name__)
ProgressCallback = Callable[[int, int], None]
LIBRARY_DIR = "library"
INDEX_DIR = "index"
INDEX_BUILT_STATE = "index.first_built"
#: Reading-state key (+ briefing id) of the sections a new edition gave another id.
RENAMED_STATE = "sections.renamed."
#: Reading-state key of the way of re-anchoring the stored orphans were last tried with.
ANCHORING_STATE = "notes.anchoring"
ANCHORING_VERSION = "2-whole-edition"
#: A "no such section" message names at most this many of the briefing's sections.
SECTIONS_NAMED = 12


def _paragraph_data(section: Section, paragraph: Paragraph) -> dict[str, Any]:
    """A paragraph for ``show --json``: its sources' ids; ``page`` only for paged documents."""
    data: dict[str, Any] = {
        "id": paragraph.id,
        "text": paragraph.text,
        "sources": [s.id for s in section.sources_of(paragraph)],
    }
    if paragraph.page is not None:
        data["page"] = paragraph.page
    return data


class Library:
    """The user's library: bundled and imported briefings, the search index, user data."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        passphrase_source: Callable[[], str | None] | None = None,
    ) -> None:
        # Everything the app writes (index, database, exports) is for the user's eyes only.
        os.umask(0o077)
        #: Why the data folder cannot be written ("" when it can): then nothing is written,
        #: and every change is refused (kzbrief.core.readonly).
        self.read_only: str
        self.data_dir, self.read_only = open_data_dir(data_dir)
        #: One writer per data folder, across threads and processes (two windows, a window
        #: and a script): every write holds it (notes, imports, removals and restores of
        #: briefings, index builds and updates). Not self._lock: an index rebuild holds this
        #: and then takes self._lock, so that order could deadlock. A read-only library has
        #: one that refuses.
        self._folder_lock: FolderLock | RefusingLock
        if self.read_only:
            self._folder_lock = RefusingLock(self.data_dir, self.read_only)
            self.index = SearchIndex(self.data_dir / INDEX_DIR)
        else:
            self._folder_lock = FolderLock(self.data_dir / LOCK_FILE)
            self.index = SearchIndex(self.data_dir / INDEX_DIR, lock=self._folder_lock)
        self._briefings: dict[str, Briefing] | None = None
        self._store: Store | None = None
        self._note_store: NoteStore | None = None
        self._lock = threading.RLock()
        self._plain_folder = LibraryFolder(self.data_dir)
        #: Messages about repairs done behind the user's back (index rebuilt, ...).
        self.notices: list[str] = []
        self._anchors_checked: tuple[tuple[str, str], ...] | None = None
        #: Protected notes (issue 16): asked for the passphrase when personal data is first
        #: needed (the CLI reads a file or the terminal); the vault holds the key once unlocked.
        self.passphrase_source = passphrase_source
        self._vault: protection.Vault | None = None
        self._sealed: protection.SealedLibraryFolder | None = None
        #: Set by stop_background_work(): long work raises WorkStopped at its next step.
        self._stopping = threading.Event()
        #: A window on a locked folder (browse_locked): the public briefings, read-only.
        self._public_only = False
        self._folder_read_only = self.read_only
        #: The folder's own write lock, while _folder_lock may stand in for it (browse_locked).
        self._real_folder_lock = self._folder_lock
        if not self.read_only and protection.needs_settling(self.data_dir):
            # (Only then the lock: opening must not wait for another process's index build.)
            with self._folder_lock:
                protection.settle(self.data_dir)
        if self.is_protected:
            self.index = MemoryIndex(self.data_dir / INDEX_DIR)
        #: Changes committed by any process (kzbrief.core.changes): the briefings in memory
        #: are those of ``_loaded``; ``_reported`` is what changes_elsewhere() told so far.
        self.changes = ChangeStamps(self.data_dir)
        self._loaded = self._reported = self.changes.read()
        #: What this thread's writes changed since its last take_changes() (per thread:
        #: the window's operation runner takes the changes of the operation it just ran).
        self._made = threading.local()
        #: Whether this library has looked for bundled briefings with a new edition, and
        #: what it found that the user has not yet been told (see upgrade_editions).
        self._editions_checked = False
        self._upgrades: list[EditionUpgrade] = []
        #: A new bundled edition was taken up: the index rebuild that follows is expected,
        #: not a repair to report.
        self._new_edition_taken = False

    # -- protection (issue 16, kzbrief.core.protection) -------------------------------------------
    @property
    def is_protected(self) -> bool:
        return protection.is_protected(self.data_dir)

    #: The shortest passphrase that protection accepts (for dialogs that say so).
    MIN_PASSPHRASE = protection.MIN_PASSPHRASE

    def window_is_open(self) -> bool:
        """Whether a kzbrief window holds this data folder (a switch of protection from
        elsewhere would lose its later saves)."""
        return protection.window_is_open(self.data_dir)

    @property
    def is_locked(self) -> bool:
        """Protected, and no passphrase given yet: the personal data cannot be read."""
        return self._vault is None and self.is_protected

    def unlock(self, secret: str) -> None:
        """Open the protected folder with the passphrase (or the recovery key).

        A wrong one raises WrongPassphraseError and changes nothing (tries in a row slow down).
        """
        if not self.is_protected:
            return
        key = protection.unlock_key(self.data_dir, secret)
        with self._lock:
            self._forget_personal()
            if self._public_only:
                self._public_only = False
                self.read_only, self._folder_lock = self._folder_read_only, self._real_folder_lock
            self._vault = protection.Vault(self.data_dir, key)
            self._sealed = protection.SealedLibraryFolder(self._vault)
            self.index = MemoryIndex(self.data_dir / INDEX_DIR)

    def lock(self, *, quick: bool = False) -> None:
        """Forget the key and everything decrypted (the store saves at every commit).

        ``quick`` (the panic key): forget the key at once, without waiting for work on other
        threads to let go of the library; the rest is left to the process's exit."""
        if quick:
            vault, self._vault, self._sealed = self._vault, None, None
            if vault is not None:
                vault.forget()
            return
        with self._lock:
            self._forget_personal()
            if self.is_protected:
                self.index = MemoryIndex(self.data_dir / INDEX_DIR)

    # -- stopping long work (issue 16: the panic key and the lock do not wait for it) -----------
    def stop_background_work(self) -> None:
        """Make long work on other threads stop soon: an import's reading child is killed
        now; an index build, a re-index or an export raises WorkStopped at its next step
        (nothing is half-written). Until resume_background_work(), new work stops too."""
        from kzbrief.core import isolated

        self._stopping.set()
        isolated.stop_children()

    def resume_background_work(self) -> None:
        self._stopping.clear()

    @property
    def stopping(self) -> bool:
        """Whether long work should stop (stop_background_work was called)."""
        return self._stopping.is_set()

    def stop_point(self) -> None:
        """Raise WorkStopped if long work should stop (called between its steps)."""
        if self._stopping.is_set():
            raise WorkStopped(translate("Library", "stopped: the notes are being locked"))

    def browse_locked(self) -> None:
        """Stay locked but usable (a window): the public briefings, read-only, no notes.

        Nothing personal is read; every change is refused with one line until unlock()."""
        if not self.is_locked:
            return
        from kzbrief.core.readonly import RefusingLock

        with self._lock:
            self._forget_personal()
            self.index = MemoryIndex(self.data_dir / INDEX_DIR)
            self._public_only = True
            # the read-only reason the window shows (protection.LOCKED_REASON, translated)
            self.read_only = translate(
                "Library", "your notes are locked; unlock them with File > Unlock"
            )
            self._folder_lock = RefusingLock(self.data_dir, self.read_only)

    def _forget_personal(self) -> None:
        self.index.close()
        if self._store is not None:
            self._store.close()
            self._store = None
        self._public_only = False
        self.read_only, self._folder_lock = self._folder_read_only, self._real_folder_lock
        if self._vault is not None:
            self._vault.forget()
        self._vault = self._sealed = None
        self._briefings = None
        self._anchors_checked = None

    @property
    def library_folder(self) -> LibraryFolder:
        """Where imported briefings are kept: plain folders, or (protected) sealed in memory."""
        if self.is_protected:
            self._require_unlocked()
            if self._sealed is not None:
                return self._sealed  # type: ignore[return-value]
        return self._plain_folder

    def _try_unlock(self) -> bool:
        """Whether the personal data can be read (unlocking with the source if need be)."""
        try:
            self._require_unlocked()
        except protection.LockedError:
            return False
        return True

    def _require_unlocked(self) -> None:
        """Unlock with the passphrase source if there is one; LockedError if still locked."""
        if not self.is_locked or self._public_only:
            return
        secret = self.passphrase_source() if self.passphrase_source is not None else None
        if not secret:
            raise protection.LockedError()
        self.unlock(secret)

    def protect(self, passphrase: str) -> str:
        """Turn protection on (crash-safe); returns the recovery key, to be shown once."""
        self._refuse_if_read_only()
        with self._folder_lock, self._lock:
            self._forget_personal()
            self.index = MemoryIndex(self.data_dir / INDEX_DIR)
            recovery_key = protection.protect(self.data_dir, passphrase)
            self._committed(
                "library",
                "user",
                changed=Changes.of("briefings", "notes", "bookmarks", "protection"),
            )
        self.unlock(passphrase)
        return recovery_key

    def unprotect(self, secret: str) -> None:
        """Turn protection off (crash-safe): everything back in plain files."""
        self._refuse_if_read_only()
        with self._folder_lock, self._lock:
            self._forget_personal()
            protection.unprotect(self.data_dir, secret)
            self.index = SearchIndex(self.data_dir / INDEX_DIR, lock=self._folder_lock)
            self._committed(
                "library",
                "user",
                changed=Changes.of("briefings", "notes", "bookmarks", "protection"),
            )

    def change_passphrase(self, secret: str, new_passphrase: str) -> None:
        self._refuse_if_read_only()
        with self._folder_lock:
            protection.change_passphrase(self.data_dir, secret, new_passphrase)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            from kzbrief.core.readonly import refusal

            raise refusal(self.data_dir, self.read_only)

    # -- briefings ------------------------------------------------------------------------------
    def _load_briefings(self) -> dict[str, Briefing]:
        found: dict[str, Briefing] = {}
        for folder in briefing_dirs(resource_path("briefings")):
            briefing = load_briefing_dir(folder, bundled=True)
            found[briefing.id] = briefing
        if self.is_protected:
            # Imported briefings are personal: there once unlocked, from memory.
            if self._try_unlock() and self._sealed is not None:
                for briefing_id in self._sealed.ids():
                    try:
                        briefing = protection.briefing_from_files(
                            self._sealed.briefing_files(briefing_id)
                        )
                    except DataError as exc:
                        told = translate("Library", "Skipped a damaged briefing: {error}")
                        self.notices.append(told.format(error=exc))
                        continue
                    found[briefing.id] = briefing
            return found
        if not self.read_only:  # (an unfinished import stays unfinished)
            self.notices.extend(self._plain_folder.recover())
        for folder in briefing_dirs(self.data_dir / LIBRARY_DIR):
            try:
                briefing = load_briefing_dir(folder)
            except DataError as exc:
                told = translate("Library", "Skipped a damaged briefing: {error}")
                self.notices.append(told.format(error=exc))
                continue
            found[briefing.id] = briefing  # an imported edition replaces the bundled one
        return found

    def briefings(self) -> list[Briefing]:
        """Every briefing in the library, in a stable order (bundled first)."""
        with self._lock:
            outdated = self._catch_up()
            if self._briefings is None:
                self._briefings = self._load_briefings()
                for briefing_id, briefing in self._briefings.items():
                    old = outdated.get(briefing_id)
                    if old is not None and (old.fingerprint, old.bundled) == (
                        briefing.fingerprint,
                        briefing.bundled,
                    ):
                        self._briefings[briefing_id] = old  # unchanged: the same object
            return sorted(self._briefings.values(), key=lambda b: (not b.bundled, b.title.lower()))

    def reload(self) -> None:
        """Forget cached briefings (after an import or a removal)."""
        with self._lock:
            self._briefings = None

    # -- changes made by other processes (kzbrief.core.changes) -----------------------------------
    def _catch_up(self) -> dict[str, Briefing]:
        """Forget the briefings in memory if another process changed them (one ``stat``);
        returns those forgotten, so that the ones that did not change are kept as they are
        (a window compares the briefing it shows by identity)."""
        with self._lock:
            if self.changes.token("library") == self._loaded.library:
                return {}
            self._loaded = dataclasses.replace(self._loaded, library=self.changes.token("library"))
            outdated, self._briefings = self._briefings or {}, None
            return outdated

    def changes_elsewhere(self) -> frozenset[str]:
        """What other processes changed since the last call: ``"library"`` (briefings),
        ``"user"`` (notes, bookmarks). This library reads them again where needed; a window
        redraws those parts. Its own writes are not reported: the caller drew them."""
        with self._lock:
            self.briefings()  # read again now if another process changed them
            stamp = self.changes.read()
            parts, self._reported = stamp.changed_parts(self._reported), stamp
            return parts

    def catch_up(self) -> frozenset[str]:
        """:meth:`changes_elsewhere`, with the search index reopened if it was open (the
        process that made the change updated it: nothing is rebuilt). Off the GUI thread."""
        parts = self.changes_elsewhere()
        if parts and self.index.fingerprint:
            self.ensure_index()
        return parts

    def take_changes(self) -> Changes:
        """What the writes made on this thread changed since the last call (and forget it)."""
        made: Changes = getattr(self._made, "changes", Changes())
        self._made.changes = Changes()
        return made

    def _record(self, changes: Changes) -> None:
        self._made.changes = getattr(self._made, "changes", Changes()) | changes

    def _committed(self, *parts: str, changed: Changes | None = None) -> None:
        """Tell other processes that ``parts`` changed (after the change is committed), and
        record what changed for this thread's :meth:`take_changes` (``changed``; by default
        everything the parts cover).

        Takes no folder lock (the stamps need none): a bookmark is added on the GUI thread,
        which must not wait for another process's index rebuild."""
        if changed is None:
            kinds = {"library": ("briefings",), "user": ("notes", "bookmarks")}
            changed = Changes.of(*(kind for part in parts for kind in kinds[part]))
        self._record(changed)
        with self._lock:
            stamp = self.changes.bump(*parts)
            mine = {part: getattr(stamp, part) for part in parts}
            self._loaded = dataclasses.replace(self._loaded, **mine)
            self._reported = dataclasses.replace(self._reported, **mine)

    def default_briefing(self) -> Briefing:
        briefings = self.briefings()
        if not briefings:
            raise DataError("the library holds no briefing")
        return briefings[0]

    def briefing(self, briefing_id: str | None = None) -> Briefing:
        if not briefing_id:
            return self.default_briefing()
        self.briefings()
        assert self._briefings is not None
        try:
            return self._briefings[briefing_id]
        except KeyError:
            known = ", ".join(sorted(self._briefings)) or "none"
            raise NotFoundError(f"no briefing {briefing_id!r} (known: {known})") from None

    def section(self, section_id: str, briefing_id: str | None = None) -> tuple[Briefing, Section]:
        briefing = self.briefing(briefing_id)
        section = briefing.section(section_id)
        if section is None:
            renamed = self._renamed_sections(briefing.id).get(section_id)
            if renamed and briefing.section(renamed) is not None:
                raise NotFoundError(
                    f"no section {section_id!r} in {briefing.id}: its new edition calls it "
                    f"{renamed!r}"
                )
            ids = [s.id for s in briefing.sections]
            known = ", ".join(ids[:SECTIONS_NAMED])
            if len(ids) > SECTIONS_NAMED:  # one line, even for a briefing of 4,000 sections
                known += f" and {len(ids) - SECTIONS_NAMED} more: see 'kzbrief sections'"
            raise NotFoundError(f"no section {section_id!r} in {briefing.id} (sections: {known})")
        return briefing, section

    def section_html(
        self, section_id: str, briefing_id: str | None = None, *, sources_heading: str = "Sources"
    ) -> str:
        """The section's sanitised HTML; ``sources_heading`` titles its list of sources (the
        window passes it translated)."""
        _, section = self.section(section_id, briefing_id)
        return render.section_html(section, sources_heading=sources_heading)

    def sources_html(self, briefing_id: str | None = None, *, heading: str = "Sources") -> str:
        """The list of every source a briefing cites, as HTML for its cover."""
        return render.briefing_sources_html(self.briefing(briefing_id), heading)

    def section_data(self, section_id: str, briefing_id: str | None = None) -> dict[str, Any]:
        briefing, section = self.section(section_id, briefing_id)
        return {
            "briefing": briefing.id,
            "id": section.id,
            "title": section.title,
            "tags": list(section.tags),
            "text": section.text,
            "paragraphs": [_paragraph_data(section, p) for p in section.paragraphs],
            "editorial": section.editorial.to_dict(),
            "sources": [s.to_dict() for s in section.sources],
        }

    # -- index ------------------------------------------------------------------------------------
    def fingerprint(self) -> str:
        """What the index must have been built from to be current."""
        digest = hashlib.sha256(f"schema={SCHEMA_VERSION}\n".encode())
        for briefing in self.briefings():
            digest.update(f"{briefing.id}={briefing.fingerprint}\n".encode())
        digest.update(f"notes={self.notes_stamp()}\n".encode())
        return digest.hexdigest()

    def notes_stamp(self) -> str:
        """Changes whenever the user's notes change (re-anchored first if a briefing changed)."""
        if not self._try_unlock():
            return "locked"
        self._sync_note_anchors()
        return str(self.store.data_version)

    def documents(self) -> Iterator[Document]:
        """Every document the index holds: briefing text, editorial annotations, notes."""
        for briefing in self.briefings():
            for document in self.briefing_documents(briefing):
                self.stop_point()
                yield document
        for document in self.note_documents():
            self.stop_point()
            yield document

    def briefing_documents(self, briefing: Briefing) -> Iterator[Document]:
        """Index documents for one briefing's text and editorial annotations."""
        for order, section in enumerate(briefing.sections):
            yield {
                "doc_id": f"text:{briefing.id}:{section.id}",
                "kind": "text",
                "briefing": briefing.id,
                "section": section.id,
                "order": order,
                "section_title": section.title,
                "body": section.text,
                "tags": ",".join(section.tags),
                "sources": ",".join(s.id for s in section.sources),
                "language": briefing.language,
            }
            editorial = section.editorial
            if editorial.is_empty:
                continue
            yield {
                "doc_id": f"editorial:{briefing.id}:{section.id}",
                "kind": "editorial",
                "briefing": briefing.id,
                "section": section.id,
                "order": order,
                "section_title": section.title,
                "body": editorial.search_text,
                "tags": ",".join(editorial.tags),
                "sources": ",".join(s.id for s in section.sources),
                "language": briefing.language,
            }

    def ensure_index(self, progress: ProgressCallback | None = None) -> IndexStatus:
        """Open the index, rebuilding it (with progress) when missing, stale or damaged."""
        if self.read_only:
            status = self.index.open_read_only(self.fingerprint(), self.documents)
            if status.in_memory and not self.is_protected:  # (protected: always in memory)
                self.notices.append(
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
        with self._folder_lock:  # no other instance writes notes between fingerprint and build
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
            first_build = self.store.get_state(INDEX_BUILT_STATE) is None
            self.store.set_state(INDEX_BUILT_STATE, now_iso())
            if not first_build and not self._new_edition_taken:
                told = translate("Library", "Rebuilt the search index: {reason}.")
                self.notices.append(told.format(reason=status.reason))
            self._new_edition_taken = False
        return status

    def rebuild_index(self, progress: ProgressCallback | None = None) -> int:
        with self._folder_lock:
            return self.index.rebuild(self.fingerprint(), self.documents(), progress)

    def check_index(self) -> dict[str, Any]:
        if self.is_protected:  # its index lives in memory: built now, then checked
            self.ensure_index()
        return self.index.check(self.fingerprint())

    def search(
        self,
        text: str,
        *,
        briefing: str | None = None,
        kind: str | None = None,
        limit: int = 20,
    ) -> SearchResults:
        """Search the library. Never raises for a malformed query: it comes back as notices."""
        from kzbrief.core.query import KINDS, parse_query
        from kzbrief.core.search import run_search

        parsed = parse_query(text)
        filters = {}
        if briefing:
            self.briefing(briefing)  # unknown ids are bad input, not "no results"
            filters["briefing"] = briefing
        if kind:
            filters["kind"] = KINDS.get(kind, kind)
        for attempt in range(2):
            self.ensure_index()
            try:
                with self.index.searching() as searcher:
                    results = run_search(searcher, parsed, limit=limit, filters=filters)
            except Exception as exc:  # sorted below: damage or a bug
                if not self.index.is_damage(exc):
                    # Intact files: a bug of ours. Rebuilding would not help; keep the index.
                    log.exception("a search failed with the index intact")
                    raise InternalError("the search failed because of an internal error") from exc
                if attempt:
                    raise IndexUnavailableError(f"the search index is unusable: {exc}") from exc
                log.warning("the search index is damaged (%s); rebuilding it", type(exc).__name__)
                self.index.invalidate()
                continue
            # Repairs done on the way (an index rebuilt, a database recovered) come first.
            results.notices = (*self.take_notices(), *results.notices)
            self._place_hits_on_pages(results)
            if self.is_locked:
                results.notices = (
                    *results.notices,
                    translate(
                        "Library",
                        "Your notes are locked: only the bundled briefings were searched.",
                    ),
                )
            return results
        raise IndexUnavailableError("the search index is unusable")

    def _place_hits_on_pages(self, results: SearchResults) -> None:
        """Give hits in paged documents (PDF imports) the page of their snippet's match."""
        from kzbrief.core.search import snippet_offset

        for hit in results.hits:
            try:
                _, section = self.section(hit.section, hit.briefing)
            except NotFoundError:
                continue
            if not any(p.page is not None for p in section.paragraphs):
                continue
            if hit.kind == "text":
                offset = snippet_offset(section.text, results.terms)
                span = section.page_span(offset, offset + 1)
            elif hit.kind == "note" and hit.annotation:
                try:
                    note = self.note(hit.annotation)
                except NotFoundError:
                    continue
                span = section.page_span(note.anchor.start, note.anchor.end)
            else:
                span = section.page_span(0, 1)
            if span is not None:
                hit.page = span[0] if span[0] == span[1] else f"{span[0]}–{span[1]}"

    # -- user data -------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The SQLite store of notes, bookmarks and reading state (opened on first use)."""
        self._require_unlocked()
        with self._lock:
            if self._store is None:
                self._store = Store(self.data_dir, read_only=self.read_only, vault=self._vault)
                if self._store.recovery:
                    self.notices.append(self._store.recovery)
            return self._store

    # -- reading state ---------------------------------------------------------------------------
    def reading_state(self, key: str) -> str | None:
        """A value the window keeps between sessions (where the reader was), or None."""
        return self.store.get_state(key)

    def save_reading_state(self, key: str, value: str) -> None:
        self.store.set_state(key, value)
        self._record(Changes(reading=True))

    @staticmethod
    def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Where the words of ``text`` that match a search's terms are (for marking them)."""
        from kzbrief.core.results import match_spans

        return match_spans(text, frozenset(terms))

    # -- bookmarks ---------------------------------------------------------------------------------
    def add_bookmark(
        self,
        section_id: str,
        *,
        briefing_id: str | None = None,
        label: str | None = None,
        paragraph: str | None = None,
    ) -> Bookmark:
        briefing, section = self.section(section_id, briefing_id)
        if paragraph is not None and paragraph not in {p.id for p in section.paragraphs}:
            raise NotFoundError(f"no paragraph {paragraph!r} in section {section.id}")
        text = (label or "").strip() or section.title
        bookmark = self.store.add_bookmark(briefing.id, section.id, text[:200], paragraph)
        self._committed("user", changed=Changes(bookmarks=True))
        return bookmark

    def bookmarks(self, briefing_id: str | None = None) -> list[Bookmark]:
        return self.store.bookmarks(briefing_id)

    def rename_bookmark(self, bookmark_id: str, label: str) -> Bookmark:
        bookmark = self.store.rename_bookmark(bookmark_id, label.strip()[:200] or "Bookmark")
        self._committed("user", changed=Changes(bookmarks=True))
        return bookmark

    def remove_bookmark(self, bookmark_id: str) -> Bookmark:
        """Remove a bookmark; returns it so that the caller can offer undo."""
        bookmark = self.store.remove_bookmark(bookmark_id)
        self._committed("user", changed=Changes(bookmarks=True))
        return bookmark

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        self.store.restore_bookmark(bookmark)
        self._committed("user", changed=Changes(bookmarks=True))

    # -- prebuilt index (issue 9) ------------------------------------------------------------------
    def save_prebuilt_index(self, dest: Path) -> dict[str, Any]:
        """Build the index and save a copy in ``dest`` to ship with the app (``make bundle``)."""
        self.ensure_index()
        return prebuilt.save(self.index, dest, self.fingerprint())

    # -- notes (issue 5) ---------------------------------------------------------------------------
    # A note write is one SQLite transaction (which bumps data_version); then, if the open
    # index was current just before, the change is applied to it at once, so search finds the
    # note immediately and the index's fingerprint stays current. Otherwise the index is left
    # alone and the next ensure_index() rebuilds it from the database. Writes hold
    # _folder_lock (a FolderLock), so that no other note write, in this process or another,
    # comes between the two fingerprints.

    @property
    def _notes(self) -> NoteStore:
        """The notes tables of the open store (one NoteStore per Store, not one per read)."""
        store = self.store
        with self._lock:
            if self._note_store is None or self._note_store.store is not store:
                self._note_store = NoteStore(store)
            return self._note_store

    def add_note(
        self,
        section_id: str,
        quote: str,
        *,
        briefing_id: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
        colour: str | None = None,
        near: int | None = None,
        occurrence: int | None = None,
    ) -> Note:
        """Highlight ``quote`` in a section, with an optional Markdown note and tags.

        A quote that occurs more than once is taken at ``occurrence`` (1 = the first) or
        the occurrence nearest to character ``near`` of the section's text (where the
        reader's selection starts), else the first. Whitespace in the quote matches any
        whitespace in the text. A quote not in the section is a BadInputError.
        """
        briefing, section = self.section(section_id, briefing_id)
        if len(quote) > MAX_QUOTE_CHARS:
            raise BadInputError(f"the quote is longer than {MAX_QUOTE_CHARS:,} characters")
        spans = find_quote(section.text, quote)
        if not spans:
            shown = " ".join(quote.split())
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            raise BadInputError(
                f"the quote {shown!r} is not in section {section.id} of {briefing.id}"
            )
        if occurrence is not None:
            if not 1 <= occurrence <= len(spans):
                raise BadInputError(
                    f"the quote occurs {plural(len(spans), 'time', 'times')} "
                    f"in section {section.id}; "
                    f"occurrence {occurrence} does not exist"
                )
            start, end = spans[occurrence - 1]
        elif near is not None:
            start, end = min(spans, key=lambda span: abs(span[0] - near))
        else:
            start, end = spans[0]
        stamp = now_iso()
        new = Note(
            id=new_note_id(),
            briefing=briefing.id,
            section=section.id,
            anchor=describe(section.text, start, end),
            body=check_note_text(note),
            tags=normalise_tags(tags),
            colour=normalise_colour(colour),
            status="anchored",
            created=stamp,
            modified=stamp,
            edition=briefing.edition,
            fingerprint=briefing.fingerprint,
        )
        with self._folder_lock:
            before = self.fingerprint()
            self._notes.add([new])
            self._reindex_notes(before, added=[new])
            self._committed("user", changed=Changes(notes=True))
        return new

    def notes(
        self,
        *,
        briefing_id: str | None = None,
        section_id: str | None = None,
        tag: str | None = None,
        colour: str | None = None,
        status: str | None = None,
        text: str | None = None,
        sort: str = "position",
    ) -> list[Note]:
        """Notes matching every filter given. ``text`` matches the quote, note or tags (any
        case); ``sort`` is ``position`` (reading order), ``created`` or ``modified`` (both
        newest first). Notes of a briefing no longer in the library are kept and listed.
        """
        if sort not in SORTS:
            raise BadInputError(f"unknown sort {sort!r} (choose from {', '.join(SORTS)})")
        tags = normalise_tags([tag]) if tag is not None else ()  # an empty tag: no filter
        self._sync_note_anchors()
        found = self._notes.find(
            briefing=briefing_id,
            section=section_id,
            tag=tags[0] if tags else None,
            colour=normalise_colour(colour) if colour is not None else None,
            status=check_status(status),
        )
        if text and text.strip():
            needle = text.strip().casefold()
            found = [
                n
                for n in found
                if needle in n.quote.casefold()
                or needle in n.body.casefold()
                or any(needle in t for t in n.tags)
            ]
        if sort != "position":
            return sorted(found, key=lambda n: (getattr(n, sort), n.id), reverse=True)
        places = self._note_places()
        unknown = (len(places), "")
        return sorted(
            found,
            key=lambda n: (places.get((n.briefing, n.section), unknown), n.anchor.start, n.id),
        )

    def note(self, note_id: str) -> Note:
        self._sync_note_anchors()
        return self._notes.get(note_id.strip())

    def update_note(
        self,
        note_id: str,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        colour: str | None = None,
    ) -> Note:
        """Change a note's text, tags or colour (None leaves one as it is).

        Cheap enough to call as the user types: nothing is written when nothing changed,
        else one small transaction and one index update.
        """
        with self._folder_lock:
            current = self._notes.get(note_id.strip())
            changes: dict[str, Any] = {}
            if note is not None and check_note_text(note) != current.body:
                changes["body"] = note
            new_tags = normalise_tags(tags) if tags is not None else current.tags
            if new_tags != current.tags:
                changes["tags"] = new_tags
            if colour is not None and normalise_colour(colour) != current.colour:
                changes["colour"] = normalise_colour(colour)
            if not changes:
                return current
            updated = dataclasses.replace(current, modified=now_iso(), **changes)
            before = self.fingerprint()
            self._notes.update([updated], tags_changed="tags" in changes)
            self._reindex_notes(before, changed=[updated])
            self._committed("user", changed=Changes(notes=True))
        return updated

    def remove_note(self, note_id: str) -> Note:
        """Delete a note; returns it, so that the caller can offer undo (restore_note)."""
        with self._folder_lock:
            before = self.fingerprint()
            removed = self._notes.remove(note_id.strip())
            self._reindex_notes(before, removed=[removed.id])
            self._committed("user", changed=Changes(notes=True))
        return removed

    def restore_note(self, note: Note) -> None:
        """Put back a removed note exactly as it was (undo)."""
        with self._folder_lock:
            before = self.fingerprint()
            self._notes.put(note)
            self._reindex_notes(before, changed=[note])
            self._committed("user", changed=Changes(notes=True))

    def reattach_note(
        self, note_id: str, start: int, end: int, *, section_id: str | None = None
    ) -> Note:
        """Anchor a note (typically an orphan) on characters ``start``-``end`` of its
        section's current text, or of ``section_id`` in the same briefing."""
        with self._folder_lock:
            current = self._notes.get(note_id.strip())
            briefing, section = self.section(section_id or current.section, current.briefing)
            try:
                anchor = describe(section.text, start, end)
            except ValueError as exc:
                raise BadInputError(f"cannot attach the note there: {exc}") from None
            updated = dataclasses.replace(
                current,
                section=section.id,
                anchor=anchor,
                status="anchored",
                edition=briefing.edition,
                fingerprint=briefing.fingerprint,
                modified=now_iso(),
            )
            before = self.fingerprint()
            self._notes.update([updated], tags_changed=False)
            self._reindex_notes(before, changed=[updated])
            self._committed("user", changed=Changes(notes=True))
        return updated

    def tags(self) -> list[str]:
        """Tags to offer for completion: those in use and the editorial vocabulary."""
        known = self._notes.tags_in_use()
        for briefing in self.briefings():
            known.update(briefing.vocabulary)
            for section in briefing.sections:
                known.update(section.tags)
        return sorted(known)

    def reanchor_notes(self, briefing_id: str) -> dict[str, int]:
        """Re-anchor the notes of a briefing that were anchored on another version of it
        (after a new edition was imported, or the bundled briefing was updated).

        Returns how many of the briefing's notes are now anchored, moved and orphaned.
        Safe to call again: notes already anchored on the current text are left alone.
        """
        with self._folder_lock:
            briefing = self.briefing(briefing_id)
            before = self.fingerprint()  # (this may already have re-anchored them)
            notes = self._notes.find(briefing=briefing.id)
            changed = place_notes(
                [n for n in notes if n.fingerprint != briefing.fingerprint], briefing
            )
            if changed:
                self._notes.update(changed, tags_changed=False)
                self._reindex_notes(before, changed=changed)
                self._committed("user", changed=Changes(notes=True))
            statuses = {n.id: n.status for n in notes} | {n.id: n.status for n in changed}
        return {status: list(statuses.values()).count(status) for status in STATUSES}

    def import_notes(self, path: str | Path) -> dict[str, int]:
        """Import W3C Web Annotation JSON: all of it or, on any error, nothing.

        Notes whose id is already here are skipped as duplicates. Each imported note is
        anchored in the current text; what cannot be placed is kept as orphaned.
        """
        notes = parse_annotations(read_annotation_file(path), Path(path).name)
        with self._folder_lock:
            briefings = {b.id: b for b in self.briefings()}
            placed = list(notes)
            for briefing_id, briefing in briefings.items():  # each briefing's text read once
                where = [i for i, n in enumerate(notes) if n.briefing == briefing_id]
                done = place_notes([notes[i] for i in where], briefing)
                for i, note in zip(where, done, strict=True):
                    placed[i] = note
            before = self.fingerprint()
            added, duplicates = self._notes.add(placed)
            self._reindex_notes(before, added=added)
            if added:
                self._committed("user", changed=Changes(notes=True))
        return {
            "imported": len(added),
            "duplicate": len(duplicates),
            "orphaned": sum(n.status == "orphaned" for n in added),
        }

    def note_documents(self) -> Iterator[Document]:
        """Index documents for the user's notes: kind "note", the quote, the note and tags."""
        if not self._try_unlock():
            return  # locked: the public briefings alone are searched
        places = self._note_places()
        for note in self._notes.find():
            yield self._note_document(note, places)

    def _note_places(self) -> dict[tuple[str, str], tuple[int, int, str]]:
        """(briefing, section) → (briefing order, section order, section title)."""
        return {
            (b.id, s.id): (b_order, s_order, s.title)
            for b_order, b in enumerate(self.briefings())
            for s_order, s in enumerate(b.sections)
        }

    @staticmethod
    def _note_document(note: Note, places: dict[tuple[str, str], tuple[int, int, str]]) -> Document:
        _, order, title = places.get((note.briefing, note.section), (0, 0, note.section))
        return {
            "doc_id": f"note:{note.id}",
            "kind": "note",
            "briefing": note.briefing,
            "section": note.section,
            "annotation": note.id,
            "order": order,
            "section_title": title,
            "body": f"{note.quote}\n\n{note.body}" if note.body else note.quote,
            "tags": ",".join(note.tags),
        }

    def _reindex_notes(
        self,
        before: str,
        *,
        added: Iterable[Note] = (),
        changed: Iterable[Note] = (),
        removed: Iterable[str] = (),
    ) -> None:
        """Apply a note change to the open index if it was current (``before``) the change.

        ``added`` notes are new to the index (cheaper than ``changed``, which replaces).
        The caller holds _folder_lock, so no other instance changes notes or the index
        meanwhile; one that did before left the index current, or the next ensure_index()
        rebuilds it.
        """
        if self.stopping or not self.index.reopen_at(before):
            return  # (stopping: the note is saved; the index, now stale, is rebuilt later)
        places = self._note_places()
        try:
            with self.index.writer(self.fingerprint()) as writer:
                for note_id in removed:
                    writer.delete_by_term("doc_id", f"note:{note_id}")
                for note in changed:
                    writer.update_document(**self._note_document(note, places))
                for note in added:
                    writer.add_document(**self._note_document(note, places))
        except Exception as exc:
            log.warning("a note change could not be applied to the index", exc_info=True)
            self.notices.append(f"The search index will be rebuilt: {type(exc).__name__}: {exc}")

    def _sync_note_anchors(self) -> None:
        """Re-anchor notes whose briefing changed since they were anchored (once per set of
        briefings: a new edition, an updated bundled briefing, a briefing that came back)."""
        if not self._editions_checked:
            self.upgrade_editions()  # first: a new bundled edition is reported to the user
        if tuple((b.id, b.fingerprint) for b in self.briefings()) == self._anchors_checked:
            return  # the usual case, without taking the data folder's lock
        if self.read_only:
            return  # notes keep the places they were saved with: nothing can be written
        with self._folder_lock:
            current = tuple((b.id, b.fingerprint) for b in self.briefings())
            if current == self._anchors_checked:
                return
            self._anchors_checked = current  # set first: reanchor_notes comes back here
            try:
                fingerprints = dict(current)
                stale = {
                    briefing
                    for briefing, anchored_on in self._notes.anchored_to()
                    if briefing in fingerprints and anchored_on != fingerprints[briefing]
                }
                for briefing in sorted(stale):
                    self.reanchor_notes(briefing)
                self._retry_old_orphans()
            except BaseException:
                self._anchors_checked = None
                raise

    def _retry_old_orphans(self) -> None:
        """Orphans left by an older way of re-anchoring are tried once more (before issue 22
        a note was looked for in its own section only, under its old id). Caller holds
        _folder_lock."""
        if self.store.get_state(ANCHORING_STATE) == ANCHORING_VERSION:
            return
        briefings = {b.id: b for b in self.briefings()}
        orphans = self._notes.find(status="orphaned")
        placed = [
            note
            for briefing_id, briefing in briefings.items()
            for note in place_notes([n for n in orphans if n.briefing == briefing_id], briefing)
            if note.status != "orphaned"
        ]
        if placed:
            before = self.fingerprint()
            self._notes.update(placed, tags_changed=False)
            self._reindex_notes(before, changed=placed)
        self.store.set_state(ANCHORING_STATE, ANCHORING_VERSION)

    # -- a new edition of a bundled briefing (issue 20) -------------------------------------------
    def upgrade_editions(self) -> list[EditionUpgrade]:
        """Move this data folder onto the editions of the bundled briefings that it has not
        seen yet (a folder made by an earlier kzbrief): re-anchor the notes made on an earlier
        edition, and remember the edition, so that this happens once.

        Runs by itself before notes are first read; returns (and keeps, for
        :meth:`take_upgrades`) one report per briefing whose notes were moved. Notes are
        never dropped: what cannot be placed is kept as orphaned. Imported briefings (an
        imported edition of a bundled one included) are left as they are.
        """
        if self.read_only:  # notes keep the places they were saved with: nothing is written
            self._editions_checked = True
            return []
        with self._folder_lock:
            if self._editions_checked:
                return []
            self._editions_checked = True  # first: reanchor_notes comes back through here
            seen = read_seen(self.store.get_state(EDITIONS_SEEN))
            pending = [b for b in self.briefings() if b.bundled and seen.get(b.id, 0) < b.edition]
            if not pending:
                return []
            self._new_edition_taken = True
            reports: list[EditionUpgrade] = []
            for briefing in pending:
                earlier = [
                    n
                    for n in self._notes.find(briefing=briefing.id)
                    if n.fingerprint != briefing.fingerprint and (n.edition or 1) < briefing.edition
                ]
                if earlier:
                    self.reanchor_notes(briefing.id)
                    now = {n.id: n.status for n in self._notes.find(briefing=briefing.id)}
                    statuses = Counter(now.get(n.id, "orphaned") for n in earlier)
                    reports.append(
                        EditionUpgrade(
                            briefing=briefing.id,
                            title=briefing.title,
                            old_edition=max(n.edition or 1 for n in earlier),
                            new_edition=briefing.edition,
                            stayed=statuses["anchored"],
                            moved=statuses["moved"],
                            orphaned=statuses["orphaned"],
                        )
                    )
                seen[briefing.id] = briefing.edition
            self.store.set_state(EDITIONS_SEEN, json.dumps(seen, sort_keys=True))
            self._upgrades.extend(reports)
            return reports

    @property
    def upgrades_checked(self) -> bool:
        """Whether :meth:`upgrade_editions` has run (it runs before notes are first read)."""
        return self._editions_checked

    def take_upgrades(self) -> list[EditionUpgrade]:
        """Upgrade reports not yet shown to the user; each is handed out once."""
        if not self._editions_checked:
            self.upgrade_editions()
        with self._lock:
            upgrades, self._upgrades = self._upgrades, []
        return upgrades

    def earlier_editions(self, briefing_id: str) -> list[int]:
        """Earlier editions of a bundled briefing that kzbrief keeps (newest first); none for
        an imported briefing or an earlier edition already shown."""
        current = self._briefing_or_none(briefing_id)
        if current is None or not current.bundled:
            return []
        return [e for e in archived_editions(briefing_id) if e < current.edition]

    def _restore_archived_edition(self, briefing_id: str) -> RemovedBriefing:
        """Bring back the newest kept earlier edition of a bundled briefing, as an imported
        edition over the bundled one (removing it brings the current edition back)."""
        current = self._briefing_or_none(briefing_id)
        older = self.earlier_editions(briefing_id)
        if current is None or not older:
            raise NotFoundError(f"the trash holds no edition of {briefing_id!r}")
        data, original = archived_edition(briefing_id, older[0])
        if data.get("id") != briefing_id:
            raise DataError(f"the kept edition {older[0]} of {briefing_id} is damaged")
        self.ensure_index()  # current now, so that only this briefing is re-indexed
        self.library_folder.install(briefing_id, data, original, ".json", replace=False)
        self._reindex_briefing(briefing_id, current)
        restored = self.briefing(briefing_id)
        return RemovedBriefing(
            id=restored.id,
            title=restored.title,
            edition=restored.edition,
            trash_name="",
            reason="archived",
            removed="",
        )

    # -- library import (issue 7) ------------------------------------------------------------------
    def import_briefing(
        self,
        path: str | Path,
        *,
        briefing_id: str | None = None,
        title: str | None = None,
        replace: bool = False,
        language: str | None = None,
        progress: ProgressCallback | None = None,
        password: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import a .md/.html/.txt/.pdf/.docx/.epub file as a briefing, or as a new edition
        of one (``replace``). ``password`` opens a protected PDF; ``cancelled`` is asked
        while a PDF's pages are read (the import stops, having written nothing).

        All checks run before anything is written; the briefing folder then appears whole
        or not at all, and only its own documents are re-indexed. A new edition keeps the
        briefing's id, so the user's notes (which belong to the id) stay with it.
        """
        # The readers (html.parser and all) are loaded by the first import, not at start.
        from kzbrief.core.importers.document import slugify
        from kzbrief.core.importers.parse import parse_document
        from kzbrief.core.importers.report import ImportReport

        if briefing_id is not None and not is_valid_id(briefing_id):
            raise BadInputError(
                f"{briefing_id!r} is not a valid id (use 1-64 lower-case letters, digits, "
                "'.', '_' or '-', starting with a letter or digit)"
            )
        path = Path(path)
        document, original = parse_document(
            path,
            title=title,
            language=language,
            password=password,
            progress=progress,
            cancelled=lambda: self.stopping or bool(cancelled and cancelled()),
        )
        self.stop_point()
        briefing_id = briefing_id or slugify(document.title, fallback="briefing")
        with self._folder_lock:
            previous = self._briefing_or_none(briefing_id)
            if previous is not None and not replace:
                raise BadInputError(
                    f"a briefing {briefing_id!r} ({previous.title}) is already in the library; "
                    "import this as its new edition (--replace) or give it another id (--id)"
                )
            if previous is None and replace:
                raise NotFoundError(
                    f"there is no briefing {briefing_id!r} to replace; "
                    "give the id of the briefing this is a new edition of (--id)"
                )
            edition = previous.edition + 1 if previous is not None else 1
            data = document.briefing_data(
                briefing_id,
                edition=edition,
                date=now_iso()[:10],
                source={
                    "file": path.name,
                    "format": document.format,
                    "encoding": document.encoding,
                    "imported": now_iso(),
                    "sha256": hashlib.sha256(original).hexdigest(),
                },
            )
            self.ensure_index()  # current now, so that only this briefing is re-indexed
            replaced = self.library_folder.install(
                briefing_id, data, original, path.suffix.lower(), replace=replace
            )
            self._reindex_briefing(briefing_id, previous, progress)
            notes = self._reanchor_notes_after_import(briefing_id) if previous else None
            self._committed(*(("library", "user") if previous else ("library",)))
        log.info(
            "imported %s as %s, edition %d: %d sections (%s, %s)",
            path.suffix.lower() or "a file",
            # (an id is made from the title: personal once protected, kept out of the log)
            "an encrypted briefing" if self.is_protected else briefing_id,
            edition,
            len(document.sections),
            document.format,
            document.encoding,
        )
        return ImportReport(
            briefing_id=briefing_id,
            title=document.title,
            edition=edition,
            language=document.language,
            format=document.format,
            encoding=document.encoding,
            sections=len(document.sections),
            paragraphs=document.paragraph_count,
            previous_edition=previous.edition if previous is not None else None,
            replaced_trash=replaced.trash_name if replaced else None,
            notes=notes,
            notices=(*document.notices, *self.take_notices()),
        )

    def _reanchor_notes_after_import(self, briefing_id: str) -> NoteCounts | None:
        """Re-anchor the notes of a briefing that has a new edition; the counts for the report."""
        from kzbrief.core.importers.report import NoteCounts

        counts = self.reanchor_notes(briefing_id)
        return NoteCounts(
            stayed=counts["anchored"], moved=counts["moved"], orphaned=counts["orphaned"]
        )

    def remove_briefing(self, briefing_id: str) -> RemovedBriefing:
        """Move an imported briefing to the trash; returns what :meth:`restore_briefing` needs.

        The user's notes on it are kept. Bundled briefings cannot be removed; removing an
        imported edition of a bundled briefing brings the bundled edition back.
        """
        with self._folder_lock:
            briefing = self.briefing(briefing_id)
            if briefing.bundled:
                raise BadInputError(f"{briefing_id} comes with kzbrief and cannot be removed")
            self.ensure_index()
            removed = self.library_folder.remove(briefing_id)
            self._reindex_briefing(briefing_id, briefing)
            self._committed("library")
            return removed

    def restore_briefing(self, removed: RemovedBriefing | str) -> RemovedBriefing:
        """Undo a removal, or bring back a replaced edition: a trash entry, or the newest
        trashed edition of a briefing id."""
        with self._folder_lock:
            if isinstance(removed, str):
                trashed = self.library_folder.trashed(removed)
                if not trashed:
                    # A bundled briefing: its earlier edition, kept with the app.
                    return self._restore_archived_edition(removed)
                removed = trashed[0]
            previous = self._briefing_or_none(removed.id)
            self.ensure_index()
            restored = self.library_folder.restore(removed.trash_name)
            self._reindex_briefing(restored.id, previous)
            self._committed("library")
            return restored

    def trashed_briefings(self, briefing_id: str | None = None) -> list[RemovedBriefing]:
        return self.library_folder.trashed(briefing_id)

    def library_summary(self) -> list[dict[str, Any]]:
        """One row per briefing for the library view: title, edition, date, counts."""
        counts = self.note_counts()
        return [
            {
                "id": b.id,
                "title": b.title,
                "edition": b.edition,
                "date": b.date,
                "language": b.language,
                "sections": len(b.sections),
                "notes": counts.get(b.id, 0),
                "bundled": b.bundled,
                "imported_from": b.attribution.get("imported_from", ""),
            }
            for b in self.briefings()
        ]

    def note_counts(self) -> dict[str, int]:
        """Notes per briefing id (notes of removed briefings included)."""
        return dict(Counter(note.briefing for note in self._notes.find()))

    def _refresh_briefing(self, briefing_id: str) -> Briefing | None:
        """Re-read the one briefing whose folder changed (reload() would re-read them all)."""
        with self._lock:
            if self._briefings is None:
                return self._briefing_or_none(briefing_id)
            if self._sealed is not None and self._sealed.holds(briefing_id):
                found: Briefing | None = protection.briefing_from_files(
                    self._sealed.briefing_files(briefing_id)
                )
            elif self.library_folder.holds(briefing_id):
                found = load_briefing_dir(self.library_folder.root / briefing_id)
            else:  # removed: the bundled briefing of that id, if any, shows again
                bundled = (
                    load_briefing_dir(folder, bundled=True)
                    for folder in briefing_dirs(resource_path("briefings"))
                )
                found = next((b for b in bundled if b.id == briefing_id), None)
            if found is None:
                self._briefings.pop(briefing_id, None)
            else:
                self._briefings[briefing_id] = found
            return found

    def _briefing_or_none(self, briefing_id: str) -> Briefing | None:
        try:
            return self.briefing(briefing_id)
        except NotFoundError:
            return None

    def _reindex_briefing(
        self,
        briefing_id: str,
        before: Briefing | None,
        progress: ProgressCallback | None = None,
    ) -> None:
        """Swap one briefing's documents in the index (the library on disk has changed).

        Its notes' documents are written again too: the fingerprint below re-anchors them
        on the new text first (see notes_stamp), and they name the briefing's sections.
        """
        after = self._refresh_briefing(briefing_id)
        if before is not None and after is not None and before.fingerprint != after.fingerprint:
            self._follow_edition(before, after)
        old_ids = [d["doc_id"] for d in self.briefing_documents(before)] if before else []
        new_docs = list(self.briefing_documents(after)) if after else []
        fingerprint = self.fingerprint()
        places = self._note_places()
        note_docs = [self._note_document(n, places) for n in self._notes.find(briefing=briefing_id)]
        try:
            with self.index.writer(fingerprint) as writer:
                for doc_id in old_ids:
                    writer.delete_by_term("doc_id", doc_id)
                for count, doc in enumerate(new_docs, start=1):
                    self.stop_point()
                    writer.add_document(**doc)
                    if progress is not None:
                        progress(count, len(new_docs))
                for doc in note_docs:
                    writer.update_document(**doc)
        except WorkStopped:
            raise
        except Exception as exc:
            log.warning("a briefing could not be re-indexed", exc_info=True)
            # The index still records the old fingerprint, so the next search rebuilds it.
            self.notices.append(f"The search index will be rebuilt on the next search ({exc}).")

    def _follow_edition(self, before: Briefing, after: Briefing) -> None:
        """Notes and bookmarks follow their passages and sections from ``before`` into
        ``after`` (the caller holds _folder_lock and re-indexes the briefing's notes)."""
        followed = follow_edition(
            before, after, self._notes.find(briefing=after.id), self.bookmarks(after.id)
        )
        self._notes.update(followed.notes, tags_changed=False)
        for bookmark in followed.bookmarks:
            self.store.restore_bookmark(bookmark)
        if followed.renamed:
            renamed = self._renamed_sections(after.id)
            # Chains (a → b, then b → c) end at the newest id; an id used again is no rename.
            renamed = {old: followed.renamed.get(new, new) for old, new in renamed.items()}
            renamed.update(followed.renamed)
            renamed = {old: new for old, new in renamed.items() if after.section(old) is None}
            self.store.set_state(f"{RENAMED_STATE}{after.id}", json.dumps(renamed))

    def _renamed_sections(self, briefing_id: str) -> dict[str, str]:
        if not self._try_unlock():
            return {}
        try:
            found = json.loads(self.store.get_state(f"{RENAMED_STATE}{briefing_id}") or "{}")
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def follow_section(self, section_id: str, briefing_id: str | None = None) -> str | None:
        """The id ``section_id`` has now: itself, the id a new edition gave its section, or
        None when the briefing no longer has that section."""
        briefing = self.briefing(briefing_id)
        if briefing.section(section_id) is not None:
            return section_id
        renamed = self._renamed_sections(briefing.id).get(section_id)
        return renamed if renamed and briefing.section(renamed) is not None else None

    # -- export (issue 6) --------------------------------------------------------------------------
    def export_bundle(
        self,
        scope: ExportScope | None = None,
        *,
        include_editorial: bool = False,
        include_bookmarks: bool = False,
    ) -> ExportBundle:
        """The notes in ``scope`` with their citation context, ready for any format."""
        # The exporters are imported by the first export: the window opens without them.
        from kzbrief.core.export import ExportBundle, ExportScope, export_note

        scope = scope or ExportScope()
        if scope.briefing:
            self.briefing(scope.briefing)  # an unknown id is bad input, not an empty export
        if scope.section:
            self.section(scope.section, scope.briefing)
        notes = self.notes(
            briefing_id=scope.briefing,
            section_id=scope.section,
            tag=scope.tag,
            colour=scope.colour,
        )
        wanted: set[str] | None = None
        if scope.query is not None:
            hits = self.search(scope.query, briefing=scope.briefing, kind="note", limit=100_000)
            wanted = {h.annotation for h in hits.hits if h.annotation}
        if scope.note_ids is not None:
            ids = set(scope.note_ids)
            wanted = ids if wanted is None else wanted & ids
        if wanted is not None:
            notes = [n for n in notes if n.id in wanted]
        known = {b.id: b for b in self.briefings()}
        exported = [export_note(n, known.get(n.briefing)) for n in notes]
        bundle = ExportBundle(
            title=translate("Export", "Notes from kzbrief"),
            generated=now_iso(),
            scope=scope.describe(),
            notes=exported,
        )
        if include_editorial:
            for note in exported:
                briefing = known.get(note.briefing)
                section = briefing.section(note.section) if briefing else None
                if section is not None and not section.editorial.is_empty:
                    bundle.editorial[(note.briefing, note.section)] = (
                        section.title,
                        section.editorial,
                    )
        if include_bookmarks:
            bundle.bookmarks = [
                b.to_dict()
                for b in self.bookmarks(scope.briefing)
                if not scope.section or b.section == scope.section
            ]
        return bundle

    def export_text(
        self,
        fmt: str,
        scope: ExportScope | None = None,
        *,
        include_editorial: bool = False,
        include_bookmarks: bool = False,
    ) -> str:
        """An export as text: ``md``, ``html``, ``csv`` or ``json`` (W3C AnnotationCollection).

        PDF is drawn by Qt from the ``html`` export, outside core.
        """
        from kzbrief.core.export import FORMATS, to_csv, to_html, to_markdown

        bundle = self.export_bundle(
            scope, include_editorial=include_editorial, include_bookmarks=include_bookmarks
        )
        if fmt == "md":
            return to_markdown(bundle)
        if fmt in {"html", "pdf"}:
            return to_html(bundle, for_print=fmt == "pdf")
        if fmt == "csv":
            return to_csv(bundle)
        if fmt == "json":
            by_id = {n.id: n for n in bundle.notes}
            notes = [self.note(n.id) for n in bundle.notes]
            return w3c_dumps(
                to_collection(
                    to_annotation(
                        note,
                        standalone=False,
                        briefing_title=by_id[note.id].briefing_title,
                        section_title=by_id[note.id].section_title,
                    )
                    for note in notes
                )
            )
        raise BadInputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")

    def annotated_briefing_html(
        self, briefing_id: str | None = None, *, for_print: bool = False
    ) -> str:
        """The whole briefing with the user's highlights and notes inline."""
        from kzbrief.core.export import annotated_briefing_html, export_note

        briefing = self.briefing(briefing_id)
        notes = [export_note(n, briefing) for n in self.notes(briefing_id=briefing.id)]
        return annotated_briefing_html(briefing, notes, now_iso(), for_print=for_print)

    def take_notices(self) -> list[str]:
        """Notices not yet shown to the user; each is handed out once."""
        with self._lock:
            notices, self.notices = self.notices, []
        return notices

    def close(self) -> None:
        self.index.close()
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
