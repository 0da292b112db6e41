"""The library in the window: importing, new editions, removing, and drawing it all again.

The window builds the library panel and lays it out; this object decides what its requests,
the File menu's import actions and dropped files do, so that ``main_window.py`` stays a
layout. The work runs on the worker thread (:class:`~kzbrief.gui.import_tasks.ImportTasks`);
removals are undoable (:class:`~kzbrief.gui.operations.BriefingOperations`). After any
change the contents, this panel, the notes and (if its briefing changed) the page on screen
are drawn again from ``Library``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.core.wording import translate
from kzbrief.gui.actions import Actions
from kzbrief.gui.contents import ContentsPanel
from kzbrief.gui.import_tasks import ImportOutcome, ImportRequest, ImportTasks, describe_import
from kzbrief.gui.library_panel import LibraryPanel
from kzbrief.gui.nextturn import single_shot_timer
from kzbrief.gui.operations import BriefingOperations
from kzbrief.gui.statusbar import ReaderStatusBar
from kzbrief.gui.worker import LibraryTasks

if TYPE_CHECKING:  # imported when first opened: the window opens sooner
    from kzbrief.gui.import_dialog import ImportDialog

Report = Callable[[str], None]


# A timer's wait that lets the event loop run what it has (redraws, input) first.
NEXT_TURN_MS = 1


class LibraryController(QObject):
    """Connects the library panel, the import actions and drops to the library."""

    def __init__(
        self,
        library: Library,
        tasks: LibraryTasks,
        panel: LibraryPanel,
        contents: ContentsPanel,
        stack: QUndoStack,
        status: ReaderStatusBar,
        *,
        changed: Callable[[], None],
        open_briefing: Callable[[str], object],
        show_notes: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.panel = panel
        self.contents = contents
        self.status = status
        self._open_briefing = open_briefing
        self._show_notes = show_notes
        self._parent = parent
        self.dialog: ImportDialog | None = None
        self.imports = ImportTasks(library, tasks, self)
        self.ops = BriefingOperations(self.imports, stack, status.tell)
        self._redraw_rest = single_shot_timer(self, NEXT_TURN_MS, self._on_rest_redrawn)
        self._changed = changed
        # A briefing just imported, opened once the rest is redrawn.
        self._then_open: str | None = None
        self.imports.changed.connect(self.refresh)
        self.imports.progress.connect(status.show_progress)
        self.imports.batch_finished.connect(self._on_batch_finished)
        panel.import_requested.connect(self.show_import_dialog)
        panel.new_edition_requested.connect(self.show_edition_dialog)
        panel.remove_requested.connect(self.ops.remove)
        panel.open_requested.connect(open_briefing)

    def bind(self, actions: Actions) -> None:
        """Connect the library's actions (the window calls this once, after building them)."""
        actions["import_briefing"].triggered.connect(self.show_import_dialog)
        actions["import_edition"].triggered.connect(lambda: self.show_edition_dialog(None))
        actions["remove_briefing"].triggered.connect(self.panel.remove_current)
        actions["show_earlier_edition"].triggered.connect(self.show_earlier_edition)
        self.panel.view.addAction(actions["remove_briefing"])

    def refresh(self) -> None:
        """Draw the contents and the library panel again from the library, then (in a later
        turn of the event loop) the notes, bookmarks and search results."""
        try:
            briefings = self.library.briefings()
            rows = self.library.library_summary()
        except KzbriefError as exc:
            told = translate("LibraryController", "Could not read the library: {error}")
            self.status.tell(told.format(error=exc))
            return
        self.contents.set_briefings(briefings)
        self.panel.set_rows(rows)
        # The notes, bookmarks and search results in a later turn, after this redraw: all
        # together, the end of a large import held the window for 60 ms (issue 18).
        self._redraw_rest.start()

    def _on_rest_redrawn(self) -> None:
        self._changed()
        self._open_next_turn()

    def _open_next_turn(self) -> None:
        """Open the briefing just imported, in a later turn. A timer of 1 ms, not 0: Qt hands
        a 0 ms one over as a posted call, run in the same batch as the redraws this turn
        posts, with no timer or input in between."""
        if self._then_open is not None:
            briefing_id, self._then_open = self._then_open, None
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._open_briefing(briefing_id))

    def show_earlier_edition(self) -> int | None:
        """Bring back the earlier edition of the bundled briefing (kept with the app), so
        that an orphaned note can be read where it was; Remove Briefing returns to the
        current edition. Returns the worker's ticket, or None when there is none to show."""
        for briefing in self.library.briefings():
            if briefing.bundled and self.library.earlier_editions(briefing.id):
                return self.imports.restore(briefing.id)
        self.status.tell(self.tr("kzbrief keeps no earlier edition of the briefings shown."))
        return None

    # -- importing --------------------------------------------------------------------------------
    def show_import_dialog(self) -> ImportDialog:
        return self._open_dialog(new_edition=False, edition_of=None)

    def show_edition_dialog(self, briefing_id: str | None) -> ImportDialog:
        return self._open_dialog(new_edition=True, edition_of=briefing_id)

    def _open_dialog(self, *, new_edition: bool, edition_of: str | None) -> ImportDialog:
        from kzbrief.gui.import_dialog import ImportDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportDialog(
            self.imports,
            self.library.briefings(),
            new_edition=new_edition,
            edition_of=edition_of or self.panel.current_id(),
            parent=self._parent,
        )
        self.dialog.open()
        # The file comes first: the chooser opens at once; cancelling it closes the dialog.
        if not self.dialog.choose_file():
            self.dialog.reject()
        return self.dialog

    def import_paths(self, paths: list[Path]) -> None:
        """Import files as new briefings (dropped on the window); each is reported."""
        if paths:
            names = ", ".join(p.name for p in paths)
            self.status.showMessage(
                translate("LibraryController", "Importing {files}…").format(files=names)
            )
            self.imports.import_files([ImportRequest(path) for path in paths])

    def _on_batch_finished(self, outcomes: list[ImportOutcome]) -> None:
        self.status.hide_progress()
        lines = []
        for outcome in outcomes:
            if outcome.report is None:
                told = translate("LibraryController", "Could not import {file}: {error}")
                lines.append(told.format(file=outcome.request.path.name, error=outcome.error))
            else:
                lines.append(describe_import(outcome.report))
                lines.extend(outcome.report.notices)
        message = " ".join(lines)
        reports = [o.report for o in outcomes if o.report is not None]
        if len(reports) == 1 and not reports[0].replaced:  # a new edition: the page is redrawn
            # Opened in a turn of the event loop of its own, after the contents' and the
            # rest's redraws: all together held the window for longer than a frame (issue
            # 18's stalls).
            self._then_open = reports[0].briefing_id
            if not self._redraw_rest.isActive():
                self._open_next_turn()
        orphaned = sum(r.notes.orphaned for r in reports if r.notes is not None)
        if orphaned:
            self.status.offer(
                message, translate("LibraryController", "Show Notes"), self._show_notes
            )
        else:
            self.status.tell(message)
