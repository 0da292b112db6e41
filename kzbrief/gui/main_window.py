"""The main window: lays out the reader and the panels, and connects their requests.

Panels never call each other or the library's write methods: they emit requests
("open this section", "search this", "rename that bookmark") and the window decides. Every
write goes through the operation runner (``gui/runner.py``) and the window redraws from its
``changed`` signal (:meth:`MainWindow._on_changed`).

The window is split by job: building and wiring (``window_build.py``), places and bookmarks
(``window_places.py``), search (``window_search.py``); this module keeps the window's state,
export, the library's changes, looks, undo, layout and closing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
)

from kzbrief.core.changes import Changes
from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.gui import settings as opts
from kzbrief.gui import theme as themes
from kzbrief.gui.actions import THEME_ACTIONS, Actions
from kzbrief.gui.firstpaint import AfterFirstPaint, BuiltAfterFirstPaint
from kzbrief.gui.highlights import show_section_highlights
from kzbrief.gui.narrow import PanelsGiveWay
from kzbrief.gui.navigation import History, Location
from kzbrief.gui.nextturn import next_turn_timer, single_shot_timer
from kzbrief.gui.panes import install_pane_navigation, tab_on_screen
from kzbrief.gui.runner import OperationRunner
from kzbrief.gui.settings import Settings
from kzbrief.gui.startpage import WindowShell
from kzbrief.gui.window_build import BUILT_WITH_PANELS, WindowBuilding
from kzbrief.gui.window_places import LOCATION_KEY, WindowPlaces
from kzbrief.gui.window_search import WindowSearch

__all__ = ["BUILT_WITH_PANELS", "LOCATION_KEY", "MainWindow"]

if TYPE_CHECKING:  # imported when built (see MainWindow.build_rest) or first opened
    from kzbrief.gui.about import AboutDialog
    from kzbrief.gui.cheatsheet import CheatSheet
    from kzbrief.gui.export_dialog import ExportDialog
    from kzbrief.gui.export_tasks import ExportDone, ExportTasks

SAVE_DELAY_MS = 1500


class MainWindow(WindowBuilding, WindowPlaces, WindowSearch, WindowShell):
    """The reader window. ``settings`` wraps the QSettings store chosen by the caller.

    With ``persist=False`` (the GUI self-test) the window saves neither the reading
    position nor its layout, so that a check run on the user's data leaves them as they were.

    What is on screen at the start (the text, the contents, the editorial panel, menus,
    toolbar and status bar) is built first. The panels that start hidden behind another tab
    or closed (search, bookmarks, notes, the note editor, the library) and the controllers
    and worker behind them are built by :meth:`build_rest` in the event-loop turn after the
    first paint, or at once when a handler needs them sooner.
    """

    search_panel = BuiltAfterFirstPaint["SearchPanel"]()
    bookmarks = BuiltAfterFirstPaint["BookmarksPanel"]()
    notes_panel = BuiltAfterFirstPaint["NotesPanel"]()
    note_editor = BuiltAfterFirstPaint["NoteEditor"]()
    library_panel = BuiltAfterFirstPaint["LibraryPanel"]()
    bookmark_ops = BuiltAfterFirstPaint["BookmarkOperations"]()
    tasks = BuiltAfterFirstPaint["LibraryTasks"]()
    notes_ui = BuiltAfterFirstPaint["NotesController"]()
    library_ui = BuiltAfterFirstPaint["LibraryController"]()

    def __init__(self, library: Library, settings: Settings, *, persist: bool = True) -> None:
        super().__init__()
        self._complete(library, settings, persist)

    @classmethod
    def complete(cls, shell: WindowShell, library: Library, settings: Settings) -> MainWindow:
        """The window :func:`kzbrief.gui.startpage.show_early` painted, completed: the same
        top-level window (no second window, nothing moved), now a MainWindow. The docks the
        early window placed are kept where they are; its start page, menus, toolbar and
        status bar give way to the real ones."""
        shell.__class__ = cls  # a WindowShell is a MainWindow not yet built: same layout
        window: MainWindow = shell  # type: ignore[assignment]
        window._complete(library, settings, True)
        return window

    def _complete(self, library: Library, settings: Settings, persist: bool) -> None:
        """Build the window: everything on screen at the start (see the class's notes)."""
        #: Whether this completes the early window (kzbrief.gui.startpage): its docks are in
        #: place already; its page, menu titles, toolbar and status bar are stand-ins.
        self._from_early_window = self.start_page is not None
        self.start_page = None  # the reader takes its place: Qt deletes it
        self.library = library
        library.shown_in_a_window()  # (a large rebuild leaves the window a core)
        self.settings = settings
        self.persist = persist
        self.setObjectName("main-window")
        self.setWindowTitle("kzbrief")
        self.history = History()
        self.undo_stack = QUndoStack(self)
        # Every write to the data folder goes through it, on the worker thread.
        self.runner = OperationRunner(library, self)
        #: The index terms of the query in the search field, marked in the text.
        self._terms: frozenset[str] = frozenset()
        #: F3 (+1) or Shift+F3 (-1) pressed while the query's results were on their way.
        self._step_when_searched = 0
        self._cheat_sheet: CheatSheet | None = None
        self._about: AboutDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._exports: ExportTasks | None = None
        self._closed = False
        self._ready = False
        self._waiting_line = ""
        self.theme = themes.resolve(settings.get(opts.THEME))
        settings.store.remove(opts.FORMER_EXPORT_FOLDER_KEY)  # user data, in plain text before

        self.ui_actions = Actions(self, settings)
        self._build_panels()
        self._build_docks()
        self._build_menus_and_toolbar()
        self.setAcceptDrops(True)
        self._save_timer = single_shot_timer(self, SAVE_DELAY_MS, self.save_location)
        #: The contents and the status bar follow the page opened on the next turn of the
        #: event loop, once the page is drawn (see ``WindowPlaces._follow_page``).
        self._follow_timer = next_turn_timer(self, self._follow_page)
        self._connect()
        self.pane_navigation = install_pane_navigation(self, self.ui_actions, settings)

        self.contents.set_briefings(library.briefings())
        self._restore_layout()
        self.panels_give_way = PanelsGiveWay(
            self,
            self.reader,
            left=[
                self.contents_dock,
                self.search_dock,
                self.bookmarks_dock,
                self.notes_dock,
                self.library_dock,
            ],
            right=[self.editorial_dock, self.note_dock],
        )
        self.apply_theme(settings.get(opts.THEME))
        self.set_zoom(settings.get(opts.ZOOM))
        self._open_start_page()
        show_section_highlights(library, self.reader, self.status.tell)
        if library.read_only:
            self.status.show_read_only(library.read_only)
        AfterFirstPaint(self.reader.viewport(), self.build_rest)

    @property
    def panels_built(self) -> bool:
        """Whether :meth:`build_rest` has built the panels that start out of sight."""
        return self._ready

    # -- export (issue 6) ------------------------------------------------------------------------
    def show_export_dialog(self, *, annotated: bool = False) -> ExportDialog:
        """Ctrl+E (notes) or the annotated briefing: a dialog on what is on screen now."""
        from kzbrief.gui.export_dialog import ExportContext, ExportDialog
        from kzbrief.gui.export_tasks import ExportTasks

        self.build_rest()

        if self._exports is None:
            self._exports = ExportTasks(self.library, self.tasks, self)
            self._exports.finished.connect(self._on_exported)
            self._exports.cancelled.connect(
                lambda: self.status.tell(
                    self.tr("Export cancelled: no file was written or changed.")
                )
            )
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        try:
            tags = self.library.tags()
            in_use = sorted({tag for note in self.library.notes() for tag in note.tags})
        except KzbriefError as exc:
            tags, in_use = [], []
            self.status.tell(self.tr("Could not read your tags: {error}").format(error=exc))
        context = ExportContext(self.reader.briefing, self.reader.section, self.search_panel.query)
        self.export_dialog = ExportDialog(
            self._exports, self.settings, context, tags=tags, annotated=annotated, parent=self
        )
        if in_use:  # offer a tag that has notes, not the vocabulary's first (which may have none)
            self.export_dialog.tag_box.setCurrentText(in_use[0])
        self.export_dialog.open()
        return self.export_dialog

    def _on_exported(self, done: ExportDone) -> None:
        from kzbrief.gui.export_tasks import count_notes

        if done.annotated:
            told = self.tr("Exported the annotated briefing to {path}.")
        else:
            told = self.tr("Exported {notes} to {path}.")
        folder = QUrl.fromLocalFile(str(done.path.parent))
        self.status.offer(
            told.format(notes=count_notes(done.notes), path=done.path),
            self.tr("Open Folder"),
            lambda: QDesktopServices.openUrl(folder),
        )

    # -- library (issue 7) -------------------------------------------------------------------------
    def _on_library_changed(self) -> None:
        """After an import, a new edition, a removal or its undo: the page on screen if its
        briefing changed, then the notes, bookmarks and search results."""
        here, shown = self.location(), self.reader.briefing
        if here is not None and shown is not None:
            try:
                current = self.library.briefing(here.briefing)
            except KzbriefError:  # removed: the first briefing's cover instead
                self._go(Location(self.library.default_briefing().id), record=False)
            else:
                if current is not shown:  # a new edition, or the bundled one back
                    followed = (
                        self.library.follow_section(here.section, current.id)
                        if here.section
                        else None
                    )
                    section = current.section(followed) if followed else None
                    self._show_page(current, section)
                    if section is not None:
                        self.reader.scroll_to_offset(here.offset)
        self.notes_ui.refresh()
        self.reload_bookmarks()
        if self.search_panel.query:
            self.tasks.search(self.search_panel.query)

    def _watch_data_folder(self) -> None:
        """Redraw what another kzbrief (a script, another window) changes in the data folder."""
        from kzbrief.gui.datawatch import DataWatch

        library = self.library
        self._data_watch = DataWatch(library.data_dir, library.changes.paths.values(), self)
        self._data_watch.look.connect(self.tasks.check_changes)
        self.tasks.changes_found.connect(self._on_changes_elsewhere)

    def _on_changes_elsewhere(self, parts: frozenset[str]) -> None:
        """The worker has caught the library up with another process's changes: redraw."""
        if self._closed:
            return
        if "library" in parts:
            self.library_ui.refresh()  # contents, library panel, then _on_library_changed
        else:
            self._on_library_changed()  # notes, bookmarks, search results
        self.status.tell(self.tr("Updated with changes made outside this window."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _importable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _importable(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _importable(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.build_rest()
        self.library_ui.import_paths(paths)

    # -- look -------------------------------------------------------------------------------------
    def apply_theme(self, choice: str) -> None:
        """Use "light", "dark" or "system" (which follows the desktop), and remember it."""
        if choice not in opts.THEME.choices:
            choice = opts.THEME.default
        self.settings.set(opts.THEME, choice)
        self.theme = themes.resolve(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(themes.palette(self.theme))
        self.reader.set_theme(self.theme)
        self.editorial.set_theme(self.theme)
        if self._ready:  # else build_rest() gives it the theme when it builds it
            self.search_panel.set_theme(self.theme)
        self.ui_actions.set_icon_colour(self.theme.window_text)
        for name, value in THEME_ACTIONS.items():
            self.ui_actions[name].setChecked(value == choice)

    def _on_system_scheme_changed(self) -> None:
        if self.settings.get(opts.THEME) == "system":
            self.apply_theme("system")

    def set_zoom(self, percent: int) -> None:
        percent = opts.ZOOM.clamp(percent)
        self.settings.set(opts.ZOOM, percent)
        self.reader.set_zoom(percent)
        for dock in self._dock_actions.values():  # the panels' text too (issue 21)
            dock.setFont(themes.panel_font(percent))
        self.panels_give_way.fit()  # a larger font needs a wider column
        self.ui_actions["zoom_reset"].setEnabled(percent != opts.ZOOM.default)
        self.ui_actions["zoom_in"].setEnabled(percent != opts.ZOOM.clamp(percent + 1))
        self.ui_actions["zoom_out"].setEnabled(percent != opts.ZOOM.clamp(percent - 1))

    def zoom_by(self, steps: int) -> None:
        self.zoom_to(self.reader.zoom + steps * opts.ZOOM_STEP)

    def zoom_to(self, percent: int) -> None:
        """Ctrl+ +, Ctrl+ -, Ctrl+0: set the text size and say it (the message a step
        before must not stay on screen with a size that no longer holds)."""
        self.set_zoom(percent)
        self.status.tell(self.tr("Text size {percent}%").format(percent=self.reader.zoom))

    # -- undo -------------------------------------------------------------------------------------
    def undo(self) -> None:
        """Ctrl+Z, and say what was undone: the message that offered it is stale now."""
        self._step_undo(self.undo_stack.undoText(), self.undo_stack.undo, self.tr("Undid: {what}"))

    def redo(self) -> None:
        self._step_undo(self.undo_stack.redoText(), self.undo_stack.redo, self.tr("Redid: {what}"))

    def _step_undo(self, what: str, step: Callable[[], None], template: str) -> None:
        if not what:
            return
        if self._ready:  # what is being typed is written before the step (the runner's order)
            self.notes_ui.autosaver.flush()
        step()  # hands the runner the change; a failure tells its own line when it comes
        self.status.tell(template.format(what=what))

    # -- redrawing from what changed ------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """Redraw what an operation of the runner changed (its one ``changed`` signal)."""
        if self._closed or not self._ready:
            return
        if changes.briefings:
            self.library_ui.refresh()  # contents, library panel, then _on_library_changed
            return
        if changes.notes:
            self.notes_ui.on_changed(changes, initiator)
        if changes.bookmarks:
            self.reload_bookmarks()

    def _on_waiting(self, line: str) -> None:
        """A write waits behind other work (``line``), or no longer does ("")."""
        if line:
            self._waiting_line = line
            self.status.showMessage(line)
        elif self.status.currentMessage() == self._waiting_line:
            self.status.clearMessage()

    def filter_by_tag(self, tag: str, description: str) -> None:
        self._show_dock(self.contents_dock, True)
        self.contents.filter_by_tag(tag, description)

    def show_about(self) -> None:
        if self._about is None:
            from kzbrief.gui.about import AboutDialog

            self._about = AboutDialog(self.library.briefings(), self)
        self._about.open()

    def _show_dock(self, dock: QDockWidget, visible: bool) -> None:
        if not visible:
            dock.hide()
            return
        if dock.isHidden():
            dock.show()
        dock.raise_()  # brings its tab to the front when it shares a place with others

    # -- layout and closing -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        if not self._from_early_window:  # else the early window restored the same
            geometry = self.settings.get(opts.GEOMETRY)
            if geometry:
                self.restoreGeometry(QByteArray(geometry))
            state = self.settings.get(opts.WINDOW_STATE)
            if state:
                self.restoreState(QByteArray(state))
        for name, dock in self._dock_actions.items():
            self.ui_actions[name].setChecked(not dock.isHidden())

    def save_layout(self) -> None:
        self.settings.set(opts.GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(opts.WINDOW_STATE, self.layout_state())
        self.settings.sync()

    def layout_state(self) -> bytes:
        """The panels' layout as kept between runs (the panels that gave way to a narrow
        window put back first)."""
        with self.panels_give_way.wide():
            return bytes(self.saveState().data())

    def focusNextPrevChild(self, next: bool) -> bool:
        # Only through what is on screen: not the panels behind another panel's tab.
        return tab_on_screen(self, next)

    def shutdown(self) -> None:
        """Save the place and layout and stop the worker (once; before the library closes)."""
        if self._closed:
            return
        self._closed = True
        if self._ready:
            self.notes_ui.shutdown()  # before anything else: what the user typed comes first
        if self.persist:
            self.save_location()
            self.save_layout()
        self.panels_give_way.stop()
        if self._ready:
            self._data_watch.stop()
            self.tasks.cancel_searches()
        self.runner.shutdown()  # writes what it holds, then stops the worker

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _importable(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """The dragged files the library can import (the import machinery loads on first use)."""
    from kzbrief.gui.import_tasks import importable_paths

    return importable_paths(event.mimeData().urls())
