"""Notes follow their passages when a briefing changes: a new edition imported, an updated
bundled briefing, a briefing removed or restored.

Re-anchoring writes (SQLite and the index), so it is an explicit step, never a side effect
of a read (issue 19, defect 4): :meth:`AnchorKeeper.sync` runs when the notes database is
opened, after an import, removal or restore, and when a window catches up with another
process's changes (``Library.catch_up``).
"""

from __future__ import annotations

import json
import threading
from collections import Counter

from kzbrief.core.annotations import STATUSES, Note
from kzbrief.core.catalogue import RENAMED_STATE, Catalogue
from kzbrief.core.changelog import ChangeLog
from kzbrief.core.changes import Changes
from kzbrief.core.editions import follow_edition, place_notes
from kzbrief.core.indexkeeper import IndexKeeper
from kzbrief.core.model import Briefing
from kzbrief.core.session import ProtectionSession
from kzbrief.core.upgrade import EDITIONS_SEEN, EditionUpgrade, read_seen

#: Reading-state key of the way of re-anchoring the stored orphans were last tried with.
ANCHORING_STATE = "notes.anchoring"
ANCHORING_VERSION = "2-whole-edition"


class AnchorKeeper:
    """Re-anchors notes whose briefing changed since they were anchored."""

    def __init__(
        self,
        session: ProtectionSession,
        catalogue: Catalogue,
        index: IndexKeeper,
        changelog: ChangeLog,
        state_lock: threading.RLock,
    ) -> None:
        self._session = session
        self._catalogue = catalogue
        self._index = index
        self._changelog = changelog
        self._state_lock = state_lock
        #: The briefings (id, fingerprint) the notes were last brought up to date with.
        self._anchors_checked: tuple[tuple[str, str], ...] | None = None
        #: Whether the bundled briefings' new editions were looked for, and what was found
        #: that the user has not yet been told (see upgrade_editions).
        self._editions_checked = False
        self._upgrades: list[EditionUpgrade] = []

    def forget(self) -> None:
        """Check again next time (everything personal was forgotten)."""
        self._anchors_checked = None

    def sync(self) -> None:
        """Re-anchor notes whose briefing changed since they were anchored (once per set of
        briefings: a new edition, an updated bundled briefing, a briefing that came back).

        What there is to do is read first, without the data folder's lock: the usual case
        (nothing) must not wait for another process's import or index build."""
        if not self._editions_checked:
            self.upgrade_editions()  # first: a new bundled edition is reported to the user
        current = self._current()
        if current == self._anchors_checked or self._session.read_only:
            return  # (read-only: notes keep the places they were saved with)
        if not self._stale(current) and not self._old_orphans():
            self._anchors_checked = current
            return
        with self._session.folder_lock:
            current = self._current()
            if current == self._anchors_checked:
                return
            self._anchors_checked = current
            try:
                for briefing in sorted(self._stale(current)):
                    self.reanchor(briefing)
                self._retry_old_orphans()
            except BaseException:
                self._anchors_checked = None
                raise

    def _current(self) -> tuple[tuple[str, str], ...]:
        return tuple((b.id, b.fingerprint) for b in self._catalogue.briefings())

    def _stale(self, current: tuple[tuple[str, str], ...]) -> set[str]:
        """Briefings with notes anchored on another text of them."""
        fingerprints = dict(current)
        return {
            briefing
            for briefing, anchored_on in self._session.notes.anchored_to()
            if briefing in fingerprints and anchored_on != fingerprints[briefing]
        }

    def _old_orphans(self) -> bool:
        """Whether orphans may be left by an older way of re-anchoring (tried once more).
        With none to try, that is remembered now (reading state: no folder lock needed)."""
        store = self._session.store
        if store.get_state(ANCHORING_STATE) == ANCHORING_VERSION:
            return False
        if self._session.notes.find(status="orphaned"):
            return True
        store.set_state(ANCHORING_STATE, ANCHORING_VERSION)
        return False

    def reanchor(self, briefing_id: str) -> dict[str, int]:
        """Re-anchor the notes of a briefing that were anchored on another version of it.

        Returns how many of the briefing's notes are now anchored, moved and orphaned.
        Safe to call again: notes already anchored on the current text are left alone.
        """
        notes_table = self._session.notes
        with self._session.folder_lock:
            briefing = self._catalogue.briefing(briefing_id)
            before = self._index.fingerprint()
            notes = notes_table.find(briefing=briefing.id)
            changed = place_notes(
                [n for n in notes if n.fingerprint != briefing.fingerprint], briefing
            )
            if changed:
                notes_table.update(changed, tags_changed=False)
                self._index.reindex_notes(before, changed=changed)
                self._changelog.committed("user", changed=Changes(notes=True))
            statuses = {n.id: n.status for n in notes} | {n.id: n.status for n in changed}
        return {status: list(statuses.values()).count(status) for status in STATUSES}

    def _retry_old_orphans(self) -> None:
        """Orphans left by an older way of re-anchoring are tried once more (before issue 22
        a note was looked for in its own section only, under its old id). Caller holds the
        folder lock."""
        store, notes_table = self._session.store, self._session.notes
        if store.get_state(ANCHORING_STATE) == ANCHORING_VERSION:
            return
        orphans = notes_table.find(status="orphaned")
        placed = [
            note
            for briefing in self._catalogue.briefings()
            for note in place_notes([n for n in orphans if n.briefing == briefing.id], briefing)
            if note.status != "orphaned"
        ]
        if placed:
            before = self._index.fingerprint()
            notes_table.update(placed, tags_changed=False)
            self._index.reindex_notes(before, changed=placed)
        store.set_state(ANCHORING_STATE, ANCHORING_VERSION)

    def follow_edition(self, before: Briefing, after: Briefing) -> None:
        """Notes and bookmarks follow their passages and sections from ``before`` into
        ``after`` (the caller holds the folder lock and re-indexes the briefing's notes)."""
        store, notes_table = self._session.store, self._session.notes
        followed = follow_edition(
            before, after, notes_table.find(briefing=after.id), store.bookmarks(after.id)
        )
        notes_table.update(followed.notes, tags_changed=False)
        for bookmark in followed.bookmarks:
            store.restore_bookmark(bookmark)
        if followed.renamed:
            renamed = self._catalogue.renamed_sections(after.id)
            # Chains (a → b, then b → c) end at the newest id; an id used again is no rename.
            renamed = {old: followed.renamed.get(new, new) for old, new in renamed.items()}
            renamed.update(followed.renamed)
            renamed = {old: new for old, new in renamed.items() if after.section(old) is None}
            store.set_state(f"{RENAMED_STATE}{after.id}", json.dumps(renamed))

    # -- a new edition of a bundled briefing (issue 20) --------------------------------------------
    def upgrade_editions(self) -> list[EditionUpgrade]:
        """Move this data folder onto the editions of the bundled briefings that it has not
        seen yet (a folder made by an earlier kzbrief): re-anchor the notes made on an earlier
        edition, and remember the edition, so that this happens once.

        Runs when the notes database is opened; returns (and keeps, for :meth:`take_upgrades`)
        one report per briefing whose notes were moved. Notes are never dropped: what cannot
        be placed is kept as orphaned. Imported briefings (an imported edition of a bundled
        one included) are left as they are.
        """
        if self._session.read_only:  # notes keep the places they were saved with
            self._editions_checked = True
            return []
        pending = self._pending_editions()
        if pending:
            self._index.expect_rebuild()  # the index follows the new text: not a repair
        if not any(self._earlier_notes(b) for b in pending):
            # Nothing to move (a new folder, or no notes on those briefings): the editions
            # are remembered as reading state is, without waiting for the folder's lock.
            self._remember(pending)
            self._editions_checked = True
            return []
        with self._session.folder_lock:
            if self._editions_checked:
                return []
            self._editions_checked = True  # first: reanchor comes back through sync
            pending = self._pending_editions()
            reports = [self._upgrade(b) for b in pending if self._earlier_notes(b)]
            self._remember(pending)
            self._upgrades.extend(reports)
            return reports

    def _earlier_notes(self, briefing: Briefing) -> list[Note]:
        """The briefing's notes made on an earlier edition of it."""
        return [
            n
            for n in self._session.notes.find(briefing=briefing.id)
            if n.fingerprint != briefing.fingerprint and (n.edition or 1) < briefing.edition
        ]

    def _upgrade(self, briefing: Briefing) -> EditionUpgrade:
        """Re-anchor the notes made on an earlier edition; where they went."""
        earlier = self._earlier_notes(briefing)
        self.reanchor(briefing.id)
        now = {n.id: n.status for n in self._session.notes.find(briefing=briefing.id)}
        statuses = Counter(now.get(n.id, "orphaned") for n in earlier)
        return EditionUpgrade(
            briefing=briefing.id,
            title=briefing.title,
            old_edition=max(n.edition or 1 for n in earlier),
            new_edition=briefing.edition,
            stayed=statuses["anchored"],
            moved=statuses["moved"],
            orphaned=statuses["orphaned"],
        )

    def _remember(self, briefings: list[Briefing]) -> None:
        """Record the editions of ``briefings`` as seen (so their upgrade happens once)."""
        if not briefings:
            return
        store = self._session.store
        seen = read_seen(store.get_state(EDITIONS_SEEN))
        seen.update({b.id: b.edition for b in briefings})
        store.set_state(EDITIONS_SEEN, json.dumps(seen, sort_keys=True))

    def _pending_editions(self) -> list[Briefing]:
        """Bundled briefings whose edition this data folder has not seen yet (reads only)."""
        seen = read_seen(self._session.store.get_state(EDITIONS_SEEN))
        return [
            b for b in self._catalogue.briefings() if b.bundled and seen.get(b.id, 0) < b.edition
        ]

    @property
    def upgrades_checked(self) -> bool:
        """Whether :meth:`upgrade_editions` has run (it runs when the notes are opened)."""
        return self._editions_checked

    def take_upgrades(self) -> list[EditionUpgrade]:
        """Upgrade reports not yet shown to the user; each is handed out once."""
        if not self._editions_checked:
            self.upgrade_editions()
        with self._state_lock:
            upgrades, self._upgrades = self._upgrades, []
        return upgrades
