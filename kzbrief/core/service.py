"""The one door into core: the CLI and the GUI both drive the app through :class:`Library`.

``Library`` keeps no logic of its own: each call goes to the collaborator whose job it is.

* :class:`~kzbrief.core.session.ProtectionSession`: locked or not, writable or not, the
  notes database;
* :class:`~kzbrief.core.catalogue.Catalogue`: which briefings there are (kept in memory);
* :class:`~kzbrief.core.changelog.ChangeLog`: what each write changed, here and elsewhere;
* :class:`~kzbrief.core.indexkeeper.IndexKeeper`: the search index (built from
  :mod:`kzbrief.core.indexdocs`) and searching;
* :class:`~kzbrief.core.notebook.Notebook`: notes, bookmarks, the reading place;
* :class:`~kzbrief.core.anchorkeeper.AnchorKeeper`: notes following a briefing's new text;
* :class:`~kzbrief.core.shelf.Shelf`: importing, removing and restoring briefings;
* :class:`~kzbrief.core.exporter.Exporter`: exports of the notes.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from kzbrief.core import indexdocs, protection, render
from kzbrief.core.anchorkeeper import AnchorKeeper
from kzbrief.core.catalogue import LIBRARY_DIR, Catalogue
from kzbrief.core.changelog import ChangeLog
from kzbrief.core.changes import Changes
from kzbrief.core.errors import KzbriefError
from kzbrief.core.exporter import Exporter
from kzbrief.core.indexkeeper import IndexKeeper
from kzbrief.core.notebook import Notebook
from kzbrief.core.notices import Notices
from kzbrief.core.paths import open_data_dir
from kzbrief.core.session import ProtectionSession
from kzbrief.core.shelf import Shelf

if TYPE_CHECKING:
    from kzbrief.core.importers.report import ImportReport
    from kzbrief.core.results import Hit

__all__ = ["LIBRARY_DIR", "Library"]
ProgressCallback = Callable[[int, int], None]
EVERYTHING_PERSONAL = Changes.of("briefings", "notes", "bookmarks", "protection")
P = ParamSpec("P")
R = TypeVar("R")


def _to(
    collaborator: str, method: Callable[Concatenate[Any, P], R]
) -> Callable[Concatenate[Library, P], R]:
    """A Library method that hands the call to ``collaborator``'s ``method`` as it is (same
    signature and documentation; patchable on the class like any method)."""
    name = method.__name__

    @functools.wraps(method)
    def call(self: Library, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return getattr(getattr(self, collaborator), name)(*args, **kwargs)  # type: ignore[no-any-return]

    return call


def _property(collaborator: str, name: str) -> Any:
    """A read-only Library attribute that is ``collaborator``'s ``name``."""
    return property(lambda self: getattr(getattr(self, collaborator), name))


class Library:
    """The user's library: bundled and imported briefings, the search index, user data."""

    #: The shortest passphrase that protection accepts (for dialogs that say so).
    MIN_PASSPHRASE = protection.MIN_PASSPHRASE

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        passphrase_source: Callable[[], str | None] | None = None,
    ) -> None:
        # Everything the app writes (index, database, exports) is for the user's eyes only.
        os.umask(0o077)
        self.data_dir, read_only = open_data_dir(data_dir)
        #: Guards the collaborators' in-memory state (the briefings read, the open database,
        #: the change stamps). Held briefly; taken after the folder lock, never before it.
        self._state_lock = threading.RLock()
        #: Messages about repairs done behind the user's back (index rebuilt, ...).
        self.notices = Notices()
        self._session = session = ProtectionSession(
            self.data_dir, read_only, self._state_lock, self.notices, passphrase_source
        )
        if not read_only and protection.needs_settling(self.data_dir):
            # (Only then the lock: opening must not wait for another process's index build.)
            with session.folder_lock:
                protection.settle(self.data_dir)
        self._changelog = changelog = ChangeLog(self.data_dir, self._state_lock)
        #: The change stamps other processes write (a window watches their files).
        self.changes = changelog.stamps
        self._catalogue = catalogue = Catalogue(session, changelog, self._state_lock, self.notices)
        self._index = index = IndexKeeper(session, catalogue, self.notices)
        self._anchors = AnchorKeeper(session, catalogue, index, changelog, self._state_lock)
        self._notebook = Notebook(session, catalogue, index, changelog)
        self._shelf = Shelf(session, catalogue, index, self._anchors, changelog, self.notices)
        # (the search as the Library does it, patched or not)
        self._exporter = Exporter(catalogue, self._notebook, lambda *a, **k: self.search(*a, **k))
        session.on_forget = self._forget_personal
        # Re-anchoring is an explicit step (issue 19, defect 4): when the notes are opened.
        session.on_store_open = self._anchors.sync

    def _forget_personal(self) -> None:
        self._index.reset()
        self._catalogue.forget()
        self._anchors.forget()
        self._notebook.forget()

    # -- protection (ProtectionSession, kzbrief.core.protection) -----------------------------------
    is_protected = _property("_session", "is_protected")
    is_locked = _property("_session", "is_locked")
    #: Why nothing can be written ("" when it can): a read-only folder, or a locked window.
    read_only = _property("_session", "read_only")
    library_folder = _property("_session", "library_folder")
    store = _property("_session", "store")
    unlock = _to("_session", ProtectionSession.unlock)

    def lock(self, *, quick: bool = False) -> None:
        """Forget the key and everything decrypted (the store saves at every commit).
        ``quick`` (the panic key): forget the key at once, waiting for nothing."""
        if quick:
            self._session.forget_key_now()
        else:
            self._session.forget()

    def stop_background_work(self) -> None:
        """Make long work on other threads stop soon (issue 16): an import's reading child
        is killed now; an index build, a re-index or an export raises WorkStopped at its next
        step, nothing half-written. Until resume_background_work(), new work stops too."""
        from kzbrief.core import isolated

        self._session.stop()
        isolated.stop_children()

    resume_background_work = _to("_session", ProtectionSession.resume)
    #: Whether long work should stop (stop_background_work was called).
    stopping = _property("_session", "stopping")
    notes_stamp = _to("_session", ProtectionSession.notes_stamp)

    @property
    def passphrase_source(self) -> Callable[[], str | None] | None:
        return self._session.passphrase_source

    @passphrase_source.setter
    def passphrase_source(self, source: Callable[[], str | None] | None) -> None:
        self._session.passphrase_source = source

    def window_is_open(self) -> bool:
        """Whether a kzbrief window holds this data folder (a switch of protection from
        elsewhere would lose its later saves)."""
        return protection.window_is_open(self.data_dir)

    def browse_locked(self) -> None:
        """Stay locked but usable (a window): the public briefings, read-only, no notes."""
        if self.is_locked:
            self._session.browse_locked()

    def protect(self, passphrase: str) -> str:
        """Turn protection on (crash-safe); returns the recovery key, to be shown once."""
        self._session.refuse_if_read_only()
        with self._session.folder_lock, self._state_lock:
            self._session.forget()
            self._index.use_memory()
            recovery_key = protection.protect(self.data_dir, passphrase)
            self._changelog.committed("library", "user", changed=EVERYTHING_PERSONAL)
        self.unlock(passphrase)
        return recovery_key

    def unprotect(self, secret: str) -> None:
        """Turn protection off (crash-safe): everything back in plain files."""
        self._session.refuse_if_read_only()
        with self._session.folder_lock, self._state_lock:
            self._session.forget()
            protection.unprotect(self.data_dir, secret)
            self._index.reset()  # on disk again
            self._changelog.committed("library", "user", changed=EVERYTHING_PERSONAL)

    def change_passphrase(self, secret: str, new_passphrase: str) -> None:
        self._session.refuse_if_read_only()
        with self._session.folder_lock:
            protection.change_passphrase(self.data_dir, secret, new_passphrase)

    # -- briefings (Catalogue) ---------------------------------------------------------------------
    briefings = _to("_catalogue", Catalogue.briefings)
    default_briefing = _to("_catalogue", Catalogue.default)
    briefing = _to("_catalogue", Catalogue.briefing)
    section = _to("_catalogue", Catalogue.section)
    section_data = _to("_catalogue", Catalogue.section_data)
    follow_section = _to("_catalogue", Catalogue.follow_section)

    def reload(self) -> None:
        """Read the briefings again (their files changed behind our back), and let the notes
        follow a briefing whose text changed: an explicit step, which may write."""
        self._catalogue.forget()
        self._sync_anchors()

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

    def library_summary(self) -> list[dict[str, Any]]:
        """One row per briefing for the library view: title, edition, date, counts."""
        return self._catalogue.summary(self.note_counts())

    # -- changes (ChangeLog, Notices) --------------------------------------------------------------
    take_changes = _to("_changelog", ChangeLog.take)
    take_notices = _to("notices", Notices.take)

    def changes_elsewhere(self) -> frozenset[str]:
        """What other processes changed since the last call: ``"library"`` (briefings),
        ``"user"`` (notes, bookmarks). Reads only; the window redraws those parts."""
        self.briefings()  # read again now if another process changed them
        return self._changelog.elsewhere()

    def catch_up(self) -> frozenset[str]:
        """:meth:`changes_elsewhere`, then the explicit step that follows a change: notes
        re-anchored if a briefing changed, the index reopened if it was open (the process
        that made the change updated it: nothing is rebuilt). Off the GUI thread."""
        parts = self.changes_elsewhere()
        self._sync_anchors()
        if parts:
            self._index.catch_up()
        return parts

    def _sync_anchors(self) -> None:
        """Notes placed on the current text of their briefings (cheap when none changed)."""
        if self._session.try_unlock() and not self._session.public_only:
            self._anchors.sync()

    # -- the index and searching (IndexKeeper, indexdocs) ------------------------------------------
    index = _property("_index", "index")
    fingerprint = _to("_index", IndexKeeper.fingerprint)
    documents = _to("_index", IndexKeeper.documents)
    note_documents = _to("_index", IndexKeeper.note_documents)
    ensure_index = _to("_index", IndexKeeper.ensure)
    rebuild_index = _to("_index", IndexKeeper.rebuild)
    #: A window shows this library: background work leaves it a core (issue 18).
    shown_in_a_window = _to("_index", IndexKeeper.beside_a_window)
    check_index = _to("_index", IndexKeeper.check)
    save_prebuilt_index = _to("_index", IndexKeeper.save_prebuilt)
    search = _to("_index", IndexKeeper.search)
    briefing_documents = staticmethod(indexdocs.briefing_documents)

    @staticmethod
    def warm_up() -> None:
        """Import what the first search and the first import run (a quarter of a second of
        Whoosh's searching, query and highlighting modules, rapidfuzz, the readers). The
        window does this on its worker once the index is open, so that neither the user's
        first search nor their first import pays for it while they wait, and the modules'
        objects are among those the start leaves out of the collector's walks
        (``kzbrief.gui.memory``)."""
        import whoosh.query
        import whoosh.scoring
        import whoosh.searching  # noqa: F401 (it imports whoosh.highlight)

        import kzbrief.core.fastscore
        import kzbrief.core.importers.parse
        import kzbrief.core.search
        import kzbrief.core.snippets
        import kzbrief.core.suggest  # noqa: F401

    def hit_text(self, hit: Hit) -> str:
        """The text a hit was found in, as the index holds it (a note's: the hit's snippet):
        the window counts a hit's matches in it."""
        try:
            _, section = self.section(hit.section, hit.briefing)
        except KzbriefError:
            return hit.snippet
        return hit.snippet if hit.kind == "note" else indexdocs.searched_text(section, hit.kind)

    @staticmethod
    def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Where the words of ``text`` that match a search's terms are (for marking them)."""
        from kzbrief.core.results import match_spans

        return match_spans(text, frozenset(terms))

    # -- notes, bookmarks, the reading place (Notebook) --------------------------------------------
    notes = _to("_notebook", Notebook.notes)
    note = _to("_notebook", Notebook.note)
    tags = _to("_notebook", Notebook.tags)
    note_counts = _to("_notebook", Notebook.note_counts)
    add_note = _to("_notebook", Notebook.add_note)
    update_note = _to("_notebook", Notebook.update_note)
    remove_note = _to("_notebook", Notebook.remove_note)
    restore_note = _to("_notebook", Notebook.restore_note)
    reattach_note = _to("_notebook", Notebook.reattach_note)
    import_notes = _to("_notebook", Notebook.import_notes)
    add_bookmark = _to("_notebook", Notebook.add_bookmark)
    bookmarks = _to("_notebook", Notebook.bookmarks)
    rename_bookmark = _to("_notebook", Notebook.rename_bookmark)
    remove_bookmark = _to("_notebook", Notebook.remove_bookmark)
    restore_bookmark = _to("_notebook", Notebook.restore_bookmark)
    reading_state = _to("_notebook", Notebook.reading_state)
    save_reading_state = _to("_notebook", Notebook.save_reading_state)

    # -- notes following new text (AnchorKeeper) ---------------------------------------------------
    reanchor_notes = _to("_anchors", AnchorKeeper.reanchor)
    upgrade_editions = _to("_anchors", AnchorKeeper.upgrade_editions)
    take_upgrades = _to("_anchors", AnchorKeeper.take_upgrades)
    upgrades_checked = _property("_anchors", "upgrades_checked")

    # -- the shelf of briefings (Shelf) ------------------------------------------------------------
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
        return self._shelf.import_briefing(
            path,
            briefing_id=briefing_id,
            title=title,
            new_edition=replace,
            language=language,
            progress=progress,
            password=password,
            cancelled=cancelled,
        )

    remove_briefing = _to("_shelf", Shelf.remove_briefing)
    restore_briefing = _to("_shelf", Shelf.restore_briefing)
    trashed_briefings = _to("_shelf", Shelf.trashed_briefings)
    earlier_editions = _to("_shelf", Shelf.earlier_editions)

    # -- exports (Exporter) ------------------------------------------------------------------------
    export_bundle = _to("_exporter", Exporter.bundle)
    export_text = _to("_exporter", Exporter.text)
    annotated_briefing_html = _to("_exporter", Exporter.annotated_briefing_html)

    def close(self) -> None:
        self._index.close()
        self._session.close()
