"""User operations on the library that can be undone: each is one small function.

An operation hands the runner (:mod:`kzbrief.gui.runner`) one call into ``Library``, which
runs on the worker thread; the runner tells a failure in one line (never a traceback or a
crash). On success, back on the GUI thread, the operation pushes a command on the window's
undo stack whose undo and redo hand the runner the opposite call. The change is made before
the command is pushed, so the command's first ``redo`` (which ``QUndoStack.push`` runs) does
nothing. Nothing here redraws: the runner's ``changed`` signal does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from kzbrief.core.annotations import Note, normalise_tags
from kzbrief.core.model import Bookmark, RemovedBriefing
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.gui.import_tasks import ImportTasks
from kzbrief.gui.runner import OperationRunner

Report = Callable[[str], None]
Action = Callable[[], object]
Then = Callable[[object], None] | None


class LibraryCommand(QUndoCommand):
    """An undo step whose two directions are calls into ``Library``, run by the runner."""

    def __init__(self, text: str, redo: Action, undo: Action, runner: OperationRunner) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._runner = runner
        self._done = True  # the operation has just made the change

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo, translate("Operations", "Could not redo “{what}”: {error}"))

    def undo(self) -> None:
        self._run(self._undo, translate("Operations", "Could not undo “{what}”: {error}"))

    def _run(self, step: Action, failure: str) -> None:
        self._runner.run(
            step,
            failure=failure.replace("{what}", self.text()),
            failed=lambda _line: self.setObsolete(True),
            initiator=self,
            write=True,
        )


class Operations:
    """Runs changes through the runner and puts each on the undo stack."""

    def __init__(self, library: Library, runner: OperationRunner, stack: QUndoStack) -> None:
        self.library = library
        self.runner = runner
        self.stack = stack

    def _write(self, work: Action, failure: str, done: Callable[[object], None]) -> None:
        self.runner.run(work, done=done, failure=failure, initiator=self, write=True)

    def _push(self, text: str, redo: Action, undo: Action) -> None:
        self.stack.push(LibraryCommand(text, redo, undo, self.runner))


def _call(then: Then, value: object) -> None:
    if then is not None:
        then(value)


class BookmarkOperations(Operations):
    """Add, rename and remove bookmarks, each undoable. ``then`` gets the bookmark once
    the change is made (on the GUI thread)."""

    def add(
        self,
        briefing: str,
        section: str,
        label: str,
        paragraph: str | None,
        then: Then = None,
    ) -> None:
        def done(bookmark: object) -> None:
            assert isinstance(bookmark, Bookmark)
            self._push(
                translate("Operations", "Add Bookmark “{label}”").format(label=bookmark.label),
                lambda: self.library.restore_bookmark(bookmark),
                lambda: self.library.remove_bookmark(bookmark.id),
            )
            _call(then, bookmark)

        self._write(
            lambda: self.library.add_bookmark(
                section, briefing_id=briefing, label=label, paragraph=paragraph
            ),
            translate("Operations", "Could not add the bookmark: {error}"),
            done,
        )

    def rename(self, bookmark_id: str, label: str, then: Then = None) -> None:
        def work() -> tuple[Bookmark | None, Bookmark]:
            before = next((b for b in self.library.bookmarks() if b.id == bookmark_id), None)
            return before, self.library.rename_bookmark(bookmark_id, label)

        def done(result: object) -> None:
            before, after = result  # type: ignore[misc]
            old_label = before.label if before is not None else after.label
            self._push(
                translate("Operations", "Rename Bookmark “{label}”").format(label=after.label),
                lambda: self.library.rename_bookmark(bookmark_id, after.label),
                lambda: self.library.rename_bookmark(bookmark_id, old_label),
            )
            _call(then, after)

        self._write(work, translate("Operations", "Could not rename the bookmark: {error}"), done)

    def remove(self, bookmark_id: str, then: Then = None) -> None:
        def done(bookmark: object) -> None:
            assert isinstance(bookmark, Bookmark)
            self._push(
                translate("Operations", "Delete Bookmark “{label}”").format(label=bookmark.label),
                lambda: self.library.remove_bookmark(bookmark.id),
                lambda: self.library.restore_bookmark(bookmark),
            )
            _call(then, bookmark)

        self._write(
            lambda: self.library.remove_bookmark(bookmark_id),
            translate("Operations", "Could not delete the bookmark: {error}"),
            done,
        )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NoteOperations(Operations):
    """Highlight, recolour, retag, re-attach and delete notes, each undoable.

    Typing in a note is autosaved, not put on this stack (the note editor has its own undo
    for text). The autosaver hands its writes to the same runner, so no change made here
    overtakes text that is still being saved. ``then`` gets the note once the change is
    made (on the GUI thread); it is not called when the change failed.
    """

    def highlight(
        self, briefing: str, section: str, quote: str, *, near: int, colour: str, then: Then = None
    ) -> None:
        def done(note: object) -> None:
            assert isinstance(note, Note)
            latest = [note]  # as it was when last undone (with what was typed in it since)

            def undo() -> None:
                latest[0] = self.library.remove_note(note.id)

            self._push(
                translate("Operations", "Highlight “{quote}”").format(quote=_short(quote)),
                lambda: self.library.restore_note(latest[0]),
                undo,
            )
            _call(then, note)

        self._write(
            lambda: self.library.add_note(
                section, quote, briefing_id=briefing, near=near, colour=colour
            ),
            translate("Operations", "Could not highlight the passage: {error}"),
            done,
        )

    def update(
        self,
        note_id: str,
        *,
        tags: Sequence[str] | None = None,
        colour: str | None = None,
        tags_before: Sequence[str] | None = None,
        then: Then = None,
    ) -> None:
        """Change a note's tags or colour (what is None stays as it is).

        ``tags_before``: the tags when the user began typing them; the autosaver may have
        stored the new tags already, and undo must go back to these."""

        def work() -> tuple[Note, Note]:
            before = self.library.note(note_id)
            if tags_before is not None:
                before = replace(before, tags=normalise_tags(tags_before))
            return before, self.library.update_note(note_id, tags=tags, colour=colour)

        def done(result: object) -> None:
            before, after = result  # type: ignore[misc]
            if (after.tags, after.colour) != (before.tags, before.colour):
                if after.colour != before.colour:
                    text = translate("Operations", "Change Colour of “{quote}”")
                else:
                    text = translate("Operations", "Change Tags of “{quote}”")
                self._push(
                    text.format(quote=_short(after.quote)),
                    lambda: self.library.update_note(note_id, tags=after.tags, colour=after.colour),
                    lambda: self.library.update_note(
                        note_id, tags=before.tags, colour=before.colour
                    ),
                )
            _call(then, after)

        self._write(work, translate("Operations", "Could not change the note: {error}"), done)

    def reattach(self, note_id: str, section: str, start: int, end: int, then: Then = None) -> None:
        """Anchor a note on characters ``start``-``end`` of ``section`` (same briefing)."""

        def work() -> tuple[Note, Note]:
            before = self.library.note(note_id)
            return before, self.library.reattach_note(note_id, start, end, section_id=section)

        def done(result: object) -> None:
            before, after = result  # type: ignore[misc]

            def undo() -> None:
                # The old place, with the note's text, tags and colour as they are now.
                now = self.library.note(note_id)
                self.library.restore_note(
                    replace(
                        now,
                        section=before.section,
                        anchor=before.anchor,
                        status=before.status,
                        edition=before.edition,
                        fingerprint=before.fingerprint,
                    )
                )

            self._push(
                translate("Operations", "Re-attach “{quote}”").format(quote=_short(after.quote)),
                lambda: self.library.reattach_note(note_id, start, end, section_id=section),
                undo,
            )
            _call(then, after)

        self._write(work, translate("Operations", "Could not re-attach the note: {error}"), done)

    def remove(self, note_id: str, then: Then = None) -> None:
        def done(note: object) -> None:
            assert isinstance(note, Note)
            latest = [note]

            def redo() -> None:
                latest[0] = self.library.remove_note(note_id)

            self._push(
                translate("Operations", "Delete Note “{quote}”").format(quote=_short(note.quote)),
                redo,
                lambda: self.library.restore_note(latest[0]),
            )
            _call(then, note)

        self._write(
            lambda: self.library.remove_note(note_id),
            translate("Operations", "Could not delete the note: {error}"),
            done,
        )


class _RemoveBriefingCommand(QUndoCommand):
    """Undo step of a removal: undo restores the trashed edition, redo removes it again.

    Both are index work, so they only ask the worker (``ImportTasks``); its answers redraw
    the window. A redo moves the briefing to a new trash entry, which the operation records.
    """

    def __init__(self, removed: RemovedBriefing, ops: BriefingOperations) -> None:
        super().__init__(
            translate("Operations", "Remove Briefing “{title}”").format(title=_short(removed.title))
        )
        self.removed = removed
        self._ops = ops
        self._done = True  # the removal has just happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._ops.redoing[self._ops.tasks.remove(self.removed.id)] = self

    def undo(self) -> None:
        self._ops.tasks.restore(self.removed)


class BriefingOperations:
    """Remove imported briefings, undoable. The notes on them are kept by the core."""

    def __init__(self, tasks: ImportTasks, stack: QUndoStack, report: Report) -> None:
        self.tasks = tasks
        self.stack = stack
        self.report = report
        self._asked: set[int] = set()
        self.redoing: dict[int, _RemoveBriefingCommand] = {}
        tasks.removed.connect(self._on_removed)
        tasks.restored.connect(self._on_restored)
        tasks.failed.connect(self._on_failed)

    def remove(self, briefing_id: str) -> int:
        ticket = self.tasks.remove(briefing_id)
        self._asked.add(ticket)
        return ticket

    def _on_removed(self, ticket: int, removed: RemovedBriefing) -> None:
        if ticket in self._asked:
            self._asked.discard(ticket)
            self.stack.push(_RemoveBriefingCommand(removed, self))
        elif ticket in self.redoing:
            self.redoing.pop(ticket).removed = removed
        self.report(
            translate(
                "Operations",
                "Removed “{title}”. Your notes on it are kept; Ctrl+Z brings it back.",
            ).format(title=removed.title)
        )

    def _on_restored(self, _ticket: int, restored: RemovedBriefing) -> None:
        self.report(
            translate("Operations", "Restored “{title}” (edition {edition}).").format(
                title=restored.title, edition=restored.edition
            )
        )

    def _on_failed(self, ticket: int, _message: str) -> None:
        self._asked.discard(ticket)
        self.redoing.pop(ticket, None)  # the runner has told ``message``
