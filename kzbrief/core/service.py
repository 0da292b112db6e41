"""The one door into core: the CLI and the GUI both drive the app through :class:`Library`."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kzbrief.core import render
from kzbrief.core.briefings import briefing_dirs, is_valid_id, load_briefing_dir
from kzbrief.core.errors import BadInputError, DataError, IndexUnavailableError, NotFoundError
from kzbrief.core.importers import ImportReport, NoteCounts, parse_document
from kzbrief.core.importers.document import slugify
from kzbrief.core.importers.storage import LibraryFolder, RemovedBriefing
from kzbrief.core.index import SCHEMA_VERSION, Document, IndexStatus, SearchIndex
from kzbrief.core.model import Briefing, Section
from kzbrief.core.paths import ensure_private_dir, resolve_data_dir
from kzbrief.core.query import KINDS, parse_query
from kzbrief.core.resources import resource_path
from kzbrief.core.search import SearchResults, run_search
from kzbrief.core.store import Bookmark, Store, now_iso

ProgressCallback = Callable[[int, int], None]
LIBRARY_DIR = "library"
INDEX_DIR = "index"


class Library:
    """The user's library: bundled and imported briefings, the search index, user data."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.data_dir = ensure_private_dir(resolve_data_dir(data_dir))
        self.index = SearchIndex(self.data_dir / INDEX_DIR)
        self._briefings: dict[str, Briefing] | None = None
        self._store: Store | None = None
        self._lock = threading.RLock()
        self.library_folder = LibraryFolder(self.data_dir)
        #: Messages about repairs done behind the user's back (index rebuilt, ...).
        self.notices: list[str] = []

    # -- briefings ------------------------------------------------------------------------------
    def _load_briefings(self) -> dict[str, Briefing]:
        self.notices.extend(self.library_folder.recover())
        found: dict[str, Briefing] = {}
        for folder in briefing_dirs(resource_path("briefings")):
            briefing = load_briefing_dir(folder, bundled=True)
            found[briefing.id] = briefing
        for folder in briefing_dirs(self.data_dir / LIBRARY_DIR):
            try:
                briefing = load_briefing_dir(folder)
            except DataError as exc:
                self.notices.append(f"Skipped a damaged briefing: {exc}")
                continue
            found[briefing.id] = briefing  # an imported edition replaces the bundled one
        return found

    def briefings(self) -> list[Briefing]:
        """Every briefing in the library, in a stable order (bundled first)."""
        with self._lock:
            if self._briefings is None:
                self._briefings = self._load_briefings()
            return sorted(self._briefings.values(), key=lambda b: (not b.bundled, b.title.lower()))

    def reload(self) -> None:
        """Forget cached briefings (after an import or a removal)."""
        with self._lock:
            self._briefings = None

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
            known = ", ".join(s.id for s in briefing.sections)
            raise NotFoundError(f"no section {section_id!r} in {briefing.id} (sections: {known})")
        return briefing, section

    def section_html(self, section_id: str, briefing_id: str | None = None) -> str:
        _, section = self.section(section_id, briefing_id)
        return render.section_html(section)

    def section_data(self, section_id: str, briefing_id: str | None = None) -> dict[str, Any]:
        briefing, section = self.section(section_id, briefing_id)
        return {
            "briefing": briefing.id,
            "id": section.id,
            "title": section.title,
            "tags": list(section.tags),
            "text": section.text,
            "paragraphs": [{"id": p.id, "text": p.text} for p in section.paragraphs],
            "editorial": section.editorial.to_dict(),
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
        """Changes whenever the user's notes change."""
        return str(self.store.data_version)

    def documents(self) -> Iterator[Document]:
        """Every document the index holds: briefing text, editorial annotations, notes."""
        for briefing in self.briefings():
            yield from self.briefing_documents(briefing)
        yield from self.note_documents()

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
            }
            editorial = section.editorial
            if editorial.is_empty:
                continue
            body = "\n".join([*editorial.key_facts, editorial.why_it_matters])
            yield {
                "doc_id": f"editorial:{briefing.id}:{section.id}",
                "kind": "editorial",
                "briefing": briefing.id,
                "section": section.id,
                "order": order,
                "section_title": section.title,
                "body": body,
                "tags": ",".join(editorial.tags),
            }

    def note_documents(self) -> Iterator[Document]:
        """Index documents for the user's notes (the notes store provides them)."""
        return iter(())

    def ensure_index(self, progress: ProgressCallback | None = None) -> IndexStatus:
        """Open the index, rebuilding it (with progress) when missing, stale or damaged."""
        status = self.index.ensure(self.fingerprint(), self.documents, progress)
        if status.rebuilt:
            self.notices.append(f"Rebuilt the search index: {status.reason}.")
        return status

    def rebuild_index(self, progress: ProgressCallback | None = None) -> int:
        return self.index.rebuild(self.fingerprint(), self.documents(), progress)

    def check_index(self) -> dict[str, Any]:
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
        parsed = parse_query(text)
        filters = {}
        if briefing:
            self.briefing(briefing)  # unknown ids are bad input, not "no results"
            filters["briefing"] = briefing
        if kind:
            filters["kind"] = KINDS.get(kind, kind)
        for attempt in range(2):
            status = self.ensure_index()
            try:
                results = run_search(self.index.searcher(), parsed, limit=limit, filters=filters)
            except Exception as exc:
                if attempt:
                    raise IndexUnavailableError(f"the search index is unusable: {exc}") from exc
                self.index.invalidate()
                continue
            if status.rebuilt:
                results.notices = (
                    f"Rebuilt the search index: {status.reason}.",
                    *results.notices,
                )
            return results
        raise IndexUnavailableError("the search index is unusable")

    # -- user data -------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The SQLite store of notes, bookmarks and reading state (opened on first use)."""
        with self._lock:
            if self._store is None:
                self._store = Store(self.data_dir)
            return self._store

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
        return self.store.add_bookmark(briefing.id, section.id, text[:200], paragraph)

    def bookmarks(self, briefing_id: str | None = None) -> list[Bookmark]:
        return self.store.bookmarks(briefing_id)

    def rename_bookmark(self, bookmark_id: str, label: str) -> Bookmark:
        return self.store.rename_bookmark(bookmark_id, label.strip()[:200] or "Bookmark")

    def remove_bookmark(self, bookmark_id: str) -> Bookmark:
        """Remove a bookmark; returns it so that the caller can offer undo."""
        return self.store.remove_bookmark(bookmark_id)

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        self.store.restore_bookmark(bookmark)

    # -- notes (issue 5) ---------------------------------------------------------------------------

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
    ) -> ImportReport:
        """Import a .md/.html/.txt file as a briefing, or as a new edition of one (``replace``).

        All checks run before anything is written; the briefing folder then appears whole
        or not at all, and only its own documents are re-indexed. A new edition keeps the
        briefing's id, so the user's notes (which belong to the id) stay with it.
        """
        path = Path(path)
        document, original = parse_document(path, title=title, language=language)
        if briefing_id is None:
            briefing_id = slugify(document.title, fallback="briefing")
        elif not is_valid_id(briefing_id):
            raise BadInputError(
                f"{briefing_id!r} is not a valid id (use 1-64 lower-case letters, digits, "
                "'.', '_' or '-', starting with a letter or digit)"
            )
        with self._lock:
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
            notices = self._reindex_briefing(briefing_id, previous, progress)
            notes = self._reanchor_notes_after_import(briefing_id) if previous else None
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
            notices=notices,
        )

    def _reanchor_notes_after_import(self, briefing_id: str) -> NoteCounts | None:
        """Re-anchor the notes of a briefing that has a new edition (issue 5 fills this in).

        The lead wires ``self.reanchor_notes(briefing_id)`` in here once notes land; its
        stayed/moved/orphaned counts go into :attr:`ImportReport.notes`. Until then the notes
        are kept untouched (they belong to the briefing id) and no counts are reported.
        """
        return None

    def remove_briefing(self, briefing_id: str) -> RemovedBriefing:
        """Move an imported briefing to the trash; returns what :meth:`restore_briefing` needs.

        The user's notes on it are kept. Bundled briefings cannot be removed; removing an
        imported edition of a bundled briefing brings the bundled edition back.
        """
        with self._lock:
            briefing = self.briefing(briefing_id)
            if briefing.bundled:
                raise BadInputError(f"{briefing_id} comes with kzbrief and cannot be removed")
            self.ensure_index()
            removed = self.library_folder.remove(briefing_id)
            self._reindex_briefing(briefing_id, briefing)
            return removed

    def restore_briefing(self, removed: RemovedBriefing | str) -> RemovedBriefing:
        """Undo a removal, or bring back a replaced edition: a trash entry, or the newest
        trashed edition of a briefing id."""
        with self._lock:
            if isinstance(removed, str):
                trashed = self.library_folder.trashed(removed)
                if not trashed:
                    raise NotFoundError(f"the trash holds no edition of {removed!r}")
                removed = trashed[0]
            previous = self._briefing_or_none(removed.id)
            self.ensure_index()
            restored = self.library_folder.restore(removed.trash_name)
            self._reindex_briefing(restored.id, previous)
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
        """Notes per briefing id. The notes store (issue 5) fills this in; until it lands
        there are no notes to count."""
        return {}

    def _refresh_briefing(self, briefing_id: str) -> Briefing | None:
        """Re-read the one briefing whose folder changed (reload() would re-read them all)."""
        with self._lock:
            if self._briefings is None:
                return self._briefing_or_none(briefing_id)
            if self.library_folder.holds(briefing_id):
                found: Briefing | None = load_briefing_dir(self.library_folder.root / briefing_id)
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
    ) -> tuple[str, ...]:
        """Swap one briefing's documents in the index (the library on disk has changed)."""
        after = self._refresh_briefing(briefing_id)
        old_ids = [d["doc_id"] for d in self.briefing_documents(before)] if before else []
        new_docs = list(self.briefing_documents(after)) if after else []
        try:
            with self.index.writer(self.fingerprint()) as writer:
                for doc_id in old_ids:
                    writer.delete_by_term("doc_id", doc_id)
                for count, doc in enumerate(new_docs, start=1):
                    writer.add_document(**doc)
                    if progress is not None:
                        progress(count, len(new_docs))
        except Exception as exc:  # noqa: BLE001 - the index is disposable; the import stands
            # The index still records the old fingerprint, so the next search rebuilds it.
            return (f"The search index will be rebuilt on the next search ({exc}).",)
        return ()

    # -- export (issue 6) --------------------------------------------------------------------------

    def close(self) -> None:
        self.index.close()
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
