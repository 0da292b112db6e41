"""Putting briefings on the library's shelf and taking them off: importing a file (a new
briefing or a new edition of one), removing an imported briefing to the trash, restoring
it, and bringing back an earlier edition kept with the app.

Each change holds the data folder's lock, installs or moves one briefing folder whole (or
not at all), lets the notes follow the new text (:class:`AnchorKeeper`), and swaps only that
briefing's documents in the index.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kzbrief.core.anchorkeeper import AnchorKeeper
from kzbrief.core.briefings import is_valid_id
from kzbrief.core.catalogue import Catalogue
from kzbrief.core.changelog import ChangeLog
from kzbrief.core.errors import BadInputError, DataError, NotFoundError
from kzbrief.core.indexkeeper import IndexKeeper
from kzbrief.core.model import Briefing, RemovedBriefing
from kzbrief.core.notices import Notices
from kzbrief.core.session import ProtectionSession
from kzbrief.core.store import now_iso
from kzbrief.core.upgrade import archived_edition, archived_editions
from kzbrief.core.wording import translate

# Imported where they are used: the window opens without the importers.
if TYPE_CHECKING:
    from kzbrief.core.importers.report import ImportReport, NoteCounts

log = logging.getLogger(__name__)
ProgressCallback = Callable[[int, int], None]


class Shelf:
    """Imports, removals and restores of briefings."""

    def __init__(
        self,
        session: ProtectionSession,
        catalogue: Catalogue,
        index: IndexKeeper,
        anchors: AnchorKeeper,
        changelog: ChangeLog,
        notices: Notices,
    ) -> None:
        self._session = session
        self._catalogue = catalogue
        self._index = index
        self._anchors = anchors
        self._changelog = changelog
        self._notices = notices

    def import_briefing(
        self,
        path: str | Path,
        *,
        briefing_id: str | None = None,
        title: str | None = None,
        new_edition: bool = False,
        language: str | None = None,
        progress: ProgressCallback | None = None,
        password: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import a file as a briefing, or as a new edition of one (see
        ``Library.import_briefing``)."""
        # The readers (html.parser and all) are loaded by the first import, not at start.
        from kzbrief.core.importers.document import slugify
        from kzbrief.core.importers.parse import parse_document
        from kzbrief.core.importers.report import ImportReport

        if briefing_id is not None and not is_valid_id(briefing_id):
            told = translate(
                "Errors",
                "{briefing} is not a valid id (use 1-64 lower-case letters, digits, "
                "'.', '_' or '-', starting with a letter or digit)",
            )
            raise BadInputError(told.format(briefing=repr(briefing_id)))
        path = Path(path)
        document, original = parse_document(
            path,
            title=title,
            language=language,
            password=password,
            progress=progress,
            cancelled=lambda: self._session.stopping or bool(cancelled and cancelled()),
        )
        self._session.stop_point()
        briefing_id = briefing_id or slugify(document.title, fallback="briefing")
        with self._session.folder_lock:
            previous = self._catalogue.briefing_or_none(briefing_id)
            if previous is not None and not new_edition:
                told = translate(
                    "Errors",
                    "a briefing {briefing} ({title}) is already in the library; "
                    "import this as its new edition (--replace) or give it another id (--id)",
                )
                raise BadInputError(told.format(briefing=repr(briefing_id), title=previous.title))
            if previous is None and new_edition:
                told = translate(
                    "Errors",
                    "there is no briefing {briefing} to replace; "
                    "give the id of the briefing this is a new edition of (--id)",
                )
                raise NotFoundError(told.format(briefing=repr(briefing_id)))
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
            self._index.ensure()  # current now, so that only this briefing is re-indexed
            replaced = self._session.library_folder.install(
                briefing_id,
                data,
                original,
                path.suffix.lower(),
                replace=new_edition,
                rendered=document.rendered_paragraphs(),
            )
            self._reshelve(briefing_id, previous, progress)
            notes = self._note_counts(briefing_id) if previous else None
            self._changelog.committed(*(("library", "user") if previous else ("library",)))
        log.info(
            "imported %s as %s, edition %d: %d sections (%s, %s)",
            path.suffix.lower() or "a file",
            # (an id is made from the title: personal once protected, kept out of the log)
            "an encrypted briefing" if self._session.is_protected else briefing_id,
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
            notices=(*document.notices, *self._notices.take()),
        )

    def _note_counts(self, briefing_id: str) -> NoteCounts:
        """Where a new edition's re-anchoring put the briefing's notes, for the report."""
        from kzbrief.core.importers.report import NoteCounts

        counts = self._anchors.reanchor(briefing_id)
        return NoteCounts(
            stayed=counts["anchored"], moved=counts["moved"], orphaned=counts["orphaned"]
        )

    def remove_briefing(self, briefing_id: str) -> RemovedBriefing:
        """Move an imported briefing to the trash; returns what restore_briefing needs."""
        with self._session.folder_lock:
            briefing = self._catalogue.briefing(briefing_id)
            if briefing.bundled:
                told = translate("Errors", "{briefing} comes with kzbrief and cannot be removed")
                raise BadInputError(told.format(briefing=briefing_id))
            self._index.ensure()
            removed = self._session.library_folder.remove(briefing_id)
            self._reshelve(briefing_id, briefing)
            self._changelog.committed("library")
            return removed

    def restore_briefing(self, removed: RemovedBriefing | str) -> RemovedBriefing:
        """Undo a removal, or bring back a replaced edition: a trash entry, or the newest
        trashed edition of a briefing id."""
        with self._session.folder_lock:
            if isinstance(removed, str):
                trashed = self._session.library_folder.trashed(removed)
                if not trashed:
                    # A bundled briefing: its earlier edition, kept with the app.
                    return self._restore_archived_edition(removed)
                removed = trashed[0]
            previous = self._catalogue.briefing_or_none(removed.id)
            self._index.ensure()
            restored = self._session.library_folder.restore(removed.trash_name)
            self._reshelve(restored.id, previous)
            self._changelog.committed("library")
            return restored

    def trashed_briefings(self, briefing_id: str | None = None) -> list[RemovedBriefing]:
        return self._session.library_folder.trashed(briefing_id)

    def earlier_editions(self, briefing_id: str) -> list[int]:
        """Earlier editions of a bundled briefing that kzbrief keeps (newest first); none for
        an imported briefing or an earlier edition already shown."""
        current = self._catalogue.briefing_or_none(briefing_id)
        if current is None or not current.bundled:
            return []
        return [e for e in archived_editions(briefing_id) if e < current.edition]

    def _restore_archived_edition(self, briefing_id: str) -> RemovedBriefing:
        """Bring back the newest kept earlier edition of a bundled briefing, as an imported
        edition over the bundled one (removing it brings the current edition back)."""
        current = self._catalogue.briefing_or_none(briefing_id)
        older = self.earlier_editions(briefing_id)
        if current is None or not older:
            told = translate("Errors", "the trash holds no edition of {briefing}")
            raise NotFoundError(told.format(briefing=repr(briefing_id)))
        data, original = archived_edition(briefing_id, older[0])
        if data.get("id") != briefing_id:
            told = translate("Errors", "the kept edition {edition} of {briefing} is damaged")
            raise DataError(told.format(edition=older[0], briefing=briefing_id))
        self._index.ensure()  # current now, so that only this briefing is re-indexed
        self._session.library_folder.install(briefing_id, data, original, ".json", replace=False)
        self._reshelve(briefing_id, current)
        self._changelog.committed("library")
        restored = self._catalogue.briefing(briefing_id)
        return RemovedBriefing(
            id=restored.id,
            title=restored.title,
            edition=restored.edition,
            trash_name="",
            reason="archived",
            removed="",
        )

    def _reshelve(
        self,
        briefing_id: str,
        before: Briefing | None,
        progress: ProgressCallback | None = None,
    ) -> None:
        """The library on disk has changed for one briefing: read it again, let its notes and
        bookmarks follow the new text, and swap its documents in the index."""
        after = self._catalogue.refresh(briefing_id)
        if before is not None and after is not None and before.fingerprint != after.fingerprint:
            self._anchors.follow_edition(before, after)
        self._anchors.sync()  # notes anchored on another text of it: placed on this one
        self._index.reindex_briefing(briefing_id, before, after, progress)
