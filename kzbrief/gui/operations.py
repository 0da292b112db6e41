"""User operations on the library that can be undone: each is one small function.

An operation calls ``Library`` once, reports failure as a one-line message (never a
traceback or a crash) and, on success, pushes a command on the window's undo stack whose
undo and redo call ``Library`` again. The change is made before the command is pushed, so
the command's first ``redo`` (which ``QUndoStack.push`` runs) does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.core.store import Bookmark

Report = Callable[[str], None]
Action = Callable[[], object]


class LibraryCommand(QUndoCommand):
    """An undo step whose two directions are calls into ``Library``."""

    def __init__(
        self, text: str, redo: Action, undo: Action, changed: Callable[[], None], report: Report
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._changed, self._report = changed, report
        self._done = True  # the operation has just made the change

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, step: Action, what: str) -> None:
        try:
            step()
        except KzbriefError as exc:
            self._report(f"Could not {what} “{self.text()}”: {exc}")
            self.setObsolete(True)
        self._changed()


class BookmarkOperations:
    """Add, rename and remove bookmarks, each undoable."""

    def __init__(
        self,
        library: Library,
        stack: QUndoStack,
        changed: Callable[[], None],
        report: Report,
    ) -> None:
        self.library = library
        self.stack = stack
        self.changed = changed
        self.report = report

    def _push(self, text: str, redo: Action, undo: Action) -> None:
        self.stack.push(LibraryCommand(text, redo, undo, self.changed, self.report))
        self.changed()

    def add(
        self, briefing: str, section: str, label: str, paragraph: str | None
    ) -> Bookmark | None:
        try:
            bookmark = self.library.add_bookmark(
                section, briefing_id=briefing, label=label, paragraph=paragraph
            )
        except KzbriefError as exc:
            self.report(f"Could not add the bookmark: {exc}")
            return None
        self._push(
            f"Add Bookmark “{bookmark.label}”",
            lambda: self.library.restore_bookmark(bookmark),
            lambda: self.library.remove_bookmark(bookmark.id),
        )
        return bookmark

    def rename(self, bookmark_id: str, label: str) -> Bookmark | None:
        before = next((b for b in self.library.bookmarks() if b.id == bookmark_id), None)
        try:
            after = self.library.rename_bookmark(bookmark_id, label)
        except KzbriefError as exc:
            self.report(f"Could not rename the bookmark: {exc}")
            return None
        old_label = before.label if before is not None else after.label
        self._push(
            f"Rename Bookmark “{after.label}”",
            lambda: self.library.rename_bookmark(bookmark_id, after.label),
            lambda: self.library.rename_bookmark(bookmark_id, old_label),
        )
        return after

    def remove(self, bookmark_id: str) -> Bookmark | None:
        try:
            bookmark = self.library.remove_bookmark(bookmark_id)
        except KzbriefError as exc:
            self.report(f"Could not delete the bookmark: {exc}")
            return None
        self._push(
            f"Delete Bookmark “{bookmark.label}”",
            lambda: self.library.remove_bookmark(bookmark.id),
            lambda: self.library.restore_bookmark(bookmark),
        )
        return bookmark
