"""The one door into core: the CLI and the GUI both drive the app through :class:`Library`."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kzbrief.core import prebuilt, render
from kzbrief.core.briefings import briefing_dirs, load_briefing_dir
from kzbrief.core.errors import DataError, IndexUnavailableError, NotFoundError
from kzbrief.core.index import SCHEMA_VERSION, Document, IndexStatus, SearchIndex
from kzbrief.core.model import Briefing, Section
from kzbrief.core.paths import ensure_private_dir, resolve_data_dir
from kzbrief.core.query import KINDS, parse_query
from kzbrief.core.resources import resource_path
from kzbrief.core.search import SearchResults, run_search
from kzbrief.core.store import Bookmark, Store

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
        #: Messages about repairs done behind the user's back (index rebuilt, ...).
        self.notices: list[str] = []

    # -- briefings ------------------------------------------------------------------------------
    def _load_briefings(self) -> dict[str, Briefing]:
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
        yield from self.note_documents()

    def note_documents(self) -> Iterator[Document]:
        """Index documents for the user's notes (the notes store provides them)."""
        return iter(())

    def ensure_index(self, progress: ProgressCallback | None = None) -> IndexStatus:
        """Open the index, rebuilding it (with progress) when missing, stale or damaged."""
        fingerprint = self.fingerprint()
        status = self.index.ensure(
            fingerprint, self.documents, progress, prebuilt=lambda: prebuilt.offer(fingerprint)
        )
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

    # -- prebuilt index (issue 9) ------------------------------------------------------------------
    def save_prebuilt_index(self, dest: Path) -> dict[str, Any]:
        """Build the index and save a copy in ``dest`` to ship with the app (``make bundle``)."""
        self.ensure_index()
        return prebuilt.save(self.index, dest, self.fingerprint())

    # -- notes (issue 5) ---------------------------------------------------------------------------

    # -- library import (issue 7) ------------------------------------------------------------------

    # -- export (issue 6) --------------------------------------------------------------------------

    def close(self) -> None:
        self.index.close()
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
