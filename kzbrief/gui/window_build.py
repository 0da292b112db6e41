"""Building the main window: the panels on screen at the start, the docks, menus and toolbar,
the panels built after the first paint (:meth:`WindowBuilding.build_rest`), and the wiring of
their requests to the window's handlers.

A part of :class:`kzbrief.gui.main_window.MainWindow` (which mixes this in); its strings are
the window's (context ``MainWindow``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMenu, QTabBar, QToolBar, QWidget

from kzbrief.core.annotations import COLOURS
from kzbrief.core.wording import translate
from kzbrief.gui import settings as opts
from kzbrief.gui.actions import LANGUAGE_ACTIONS, THEME_ACTIONS
from kzbrief.gui.contents import ContentsPanel
from kzbrief.gui.editorial import EditorialPanel
from kzbrief.gui.reader import ReaderView
from kzbrief.gui.startpage import DEFAULT_SIZE
from kzbrief.gui.statusbar import ReaderStatusBar

if TYPE_CHECKING:
    pass

#: Actions whose handlers :meth:`WindowBuilding.build_rest` connects (they act on the panels
#: it builds): pressed sooner, they build the panels first, then run.
BUILT_WITH_PANELS = (
    "highlight",
    "highlight_note",
    *(f"highlight_{colour}" for colour in COLOURS),
    "edit_note",
    "delete_note",
    "reattach_note",
    "rename_bookmark",
    "remove_bookmark",
    "import_briefing",
    "import_edition",
    "remove_briefing",
)


class WindowBuilding:
    """How the main window is built and wired (mixed into ``MainWindow``)."""

    def build_rest(self) -> None:
        """Build the panels that start out of sight, the controllers and the worker, then
        open the search index (which may need building: the worker's job). Runs once, and
        not after :meth:`shutdown` (a window closed at once must not start its worker).

        Called after the first paint; a handler that needs one of these parts sooner calls
        it first (reading a part before builds nothing: it raises ``NotBuiltYet``)."""
        if self._ready or self._closed:
            return
        self._ready = True
        from kzbrief.gui.bookmarks import BookmarksPanel
        from kzbrief.gui.library_panel import LibraryPanel
        from kzbrief.gui.librarycontrol import LibraryController
        from kzbrief.gui.notecontrol import NotesController
        from kzbrief.gui.noteeditor import NoteEditor
        from kzbrief.gui.notes import NotesPanel
        from kzbrief.gui.operations import BookmarkOperations
        from kzbrief.gui.panelholder import PanelHolder
        from kzbrief.gui.panes import in_sight
        from kzbrief.gui.search import SearchPanel
        from kzbrief.gui.worker import LibraryTasks

        library = self.library
        self._search_panel = SearchPanel()
        self._bookmarks = BookmarksPanel()
        self._notes_panel = NotesPanel()
        self._note_editor = NoteEditor()
        self._library_panel = LibraryPanel()
        for dock, panel in (
            # (The two panels whose labels change as the user works are held in a
            # PanelHolder: a change of their text then does not lay the window out again.)
            (self.search_dock, PanelHolder(self._search_panel)),
            (self.bookmarks_dock, self._bookmarks),
            (self.notes_dock, self._notes_panel),
            (self.note_dock, PanelHolder(self._note_editor)),
            (self.library_dock, self._library_panel),
        ):
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()  # setWidget hides the one it replaces, but keeps it
        self._bookmark_ops = BookmarkOperations(library, self.runner, self.undo_stack)
        self._tasks = LibraryTasks(library, self.runner, self)
        self._notes_ui = NotesController(
            library,
            self.runner,
            self.reader,
            self._notes_panel,
            self._note_editor,
            self.undo_stack,
            self.settings,
            open_place=self.open_place,
            show_editor=lambda: self._show_dock(self.note_dock, True),
            report=self.status.tell,
            in_sight=lambda: in_sight(self, self.notes_dock),
            parent=self,
        )
        self._notes_ui.bind(self.ui_actions)
        self.notes_dock.visibilityChanged.connect(
            lambda shown: shown and self._notes_ui.panel_shown()
        )
        self._library_ui = LibraryController(
            library,
            self._tasks,
            self._library_panel,
            self.contents,
            self.undo_stack,
            self.status,
            changed=self._on_library_changed,
            open_briefing=lambda briefing_id: self.open_place(briefing_id, None),
            show_notes=lambda: self._show_dock(self.notes_dock, True),
            parent=self,
        )
        self._library_ui.bind(self.ui_actions)
        self._connect_hidden_panels()
        self._library_panel.set_rows(library.library_summary())
        self.reload_bookmarks()
        self._notes_ui.reload_panel()
        # A folder made by an earlier kzbrief has just been moved onto a new bundled edition
        # (reading the notes did it): told once, after the index that follows is ready.
        self._upgrades = library.take_upgrades()
        self._search_panel.set_theme(self.theme)
        self._notes_ui.show_highlights()
        self._tasks.ensure_index()
        self._watch_data_folder()

    # -- building ---------------------------------------------------------------------------------
    def _build_panels(self) -> None:
        self.reader = ReaderView()
        self.setCentralWidget(self.reader)
        self._show_in_early_window(self.reader)
        self.contents = ContentsPanel()
        self.editorial = EditorialPanel()
        self.status = ReaderStatusBar()
        self.setStatusBar(self.status)

    def _dock(
        self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A dock for ``widget``; None: its panel comes in :meth:`build_rest` (until then the dock
        holds an empty widget, and showing it builds the panel)."""
        # The early window's dock of that name, where it placed it (kzbrief.gui.startpage).
        dock = self.findChild(QDockWidget, name) if self._from_early_window else None
        early = dock.widget() if dock is not None else None
        if dock is None:
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            self.addDockWidget(area, dock)
        if widget is None:
            dock.setWidget(QWidget())
            dock.visibilityChanged.connect(lambda visible: visible and self.build_rest())
        else:
            dock.setWidget(widget)
        if early is not None:
            early.deleteLater()  # setWidget hides the one it replaces, but keeps it
            self._show_in_early_window(dock.widget())
        dock.setAccessibleName(translate("MainWindow", "{title} panel").format(title=title))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _show_in_early_window(self, widget: QWidget) -> None:
        """Show ``widget``, just put into the early window (on screen already), at once: such
        a widget shows itself only a turn later, and the layout meanwhile gives its room to
        the others (the docks would take the reader's)."""
        if self._from_early_window:
            widget.show()

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.contents_dock = self._dock(
            translate("MainWindow", "Contents"), "contents-dock", self.contents, left
        )
        self.search_dock = self._dock(
            translate("MainWindow", "Search", "panel title"), "search-dock", None, left
        )
        self.bookmarks_dock = self._dock(
            translate("MainWindow", "Bookmarks"), "bookmarks-dock", None, left
        )
        self.editorial_dock = self._dock(
            translate("MainWindow", "Editorial", "panel of key facts and tags"),
            "editorial-dock",
            self.editorial,
            right,
        )
        self.notes_dock = self._dock(translate("MainWindow", "Notes"), "notes-dock", None, left)
        self.note_dock = self._dock(
            translate("MainWindow", "Note", "panel with the note being written"),
            "note-dock",
            None,
            right,
        )
        self.library_dock = self._dock(
            translate("MainWindow", "Library"), "library-dock", None, left
        )
        self._dock_actions = {
            "show_contents": self.contents_dock,
            "show_search": self.search_dock,
            "show_bookmarks": self.bookmarks_dock,
            "show_editorial": self.editorial_dock,
            "show_notes": self.notes_dock,
            "show_library": self.library_dock,
        }
        if not self._from_early_window:
            self._default_layout()

    def _default_layout(self) -> None:
        """The panels' places and sizes on a first start (the early window restores these
        from its record instead: kzbrief.gui.startpage)."""
        self.tabifyDockWidget(self.contents_dock, self.search_dock)
        self.tabifyDockWidget(self.search_dock, self.bookmarks_dock)
        self.tabifyDockWidget(self.bookmarks_dock, self.notes_dock)
        self.tabifyDockWidget(self.notes_dock, self.library_dock)
        self.splitDockWidget(self.editorial_dock, self.note_dock, Qt.Orientation.Vertical)
        self.contents_dock.raise_()
        self.resizeDocks(
            [self.contents_dock, self.editorial_dock],
            [self._left_width(), 290],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.editorial_dock, self.note_dock], [400, 330], Qt.Orientation.Vertical)
        self.note_dock.hide()  # until a note is opened: the editorial keeps the height
        self.resize(*DEFAULT_SIZE)

    def choose_language(self, code: str) -> None:
        """Keep ``code`` ("system", "en", "ru", "kk") as the interface language."""
        from kzbrief.gui import i18n

        self.settings.set(opts.LANGUAGE, code)
        shown = i18n.choose_language(None, code)
        if shown == i18n.current_language():
            return
        name = i18n.LANGUAGES[shown]
        self.status.tell(
            translate(
                "MainWindow", "The interface will be in {language} when kzbrief starts again."
            ).format(language=name)
        )

    def _left_width(self) -> int:
        """The left panels' width: 385 px, or what their tabs need to show their whole titles
        (Russian and Kazakh titles are longer than English ones)."""
        tabs = QTabBar()
        tabs.setFont(self.font())
        for dock in (
            self.contents_dock,
            self.search_dock,
            self.bookmarks_dock,
            self.notes_dock,
            self.library_dock,
        ):
            tabs.addTab(dock.windowTitle())
        needed = sum(tabs.tabSizeHint(i).width() for i in range(tabs.count()))
        return max(385, needed + 4)

    def _build_menus_and_toolbar(self) -> None:
        early_toolbar = None
        if self._from_early_window:  # its menu titles (without menus) and its toolbar
            early_toolbar = self.findChild(QToolBar, "main-toolbar")
            for menu in self.menuBar().findChildren(QMenu):
                menu.deleteLater()
            self.menuBar().clear()
        self.menus = self.ui_actions.fill_menu_bar(self.menuBar())
        chosen = self.settings.get(opts.LANGUAGE)
        for name, code in LANGUAGE_ACTIONS.items():
            action = self.ui_actions[name]
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
        if early_toolbar is not None:  # in its place: its actions give way to the real ones
            toolbar = early_toolbar
            for action in toolbar.actions():
                toolbar.removeAction(action)
                action.deleteLater()
        else:
            toolbar = QToolBar(translate("MainWindow", "Toolbar"), self)
            toolbar.setObjectName("main-toolbar")
            toolbar.setMovable(False)
            self.addToolBar(toolbar)
        toolbar.setAccessibleName(translate("MainWindow", "Toolbar"))
        self.ui_actions.fill_toolbar(toolbar)
        self.toolbar = toolbar

    def _connect_hidden_panels(self) -> None:
        """Connect the panels :meth:`build_rest` built, and put them in the Tab order."""
        a = self.ui_actions
        for name in ("rename_bookmark", "remove_bookmark"):
            self.bookmarks.view.addAction(a[name])
        a["rename_bookmark"].triggered.connect(self.bookmarks.rename_current)
        a["remove_bookmark"].triggered.connect(self.bookmarks.remove_current)
        self.page_shown.connect(self.notes_ui.show_highlights)
        self.search_panel.search_requested.connect(self.tasks.search)
        self.search_panel.search_cleared.connect(self._on_search_cleared)
        self.search_panel.query_edited.connect(self._on_query_edited)
        self.search_panel.hit_opened.connect(self.open_hit)
        self.search_panel.cheat_sheet_requested.connect(self.show_cheat_sheet)
        self.bookmarks.jump_requested.connect(self.jump_to_bookmark)
        self.bookmarks.rename_requested.connect(self.bookmark_ops.rename)
        self.bookmarks.remove_requested.connect(self.remove_bookmark)
        self.tasks.search_finished.connect(self.search_panel.show_outcome)
        self.tasks.search_finished.connect(self._on_search_finished)
        self.tasks.search_failed.connect(self.search_panel.show_failure)
        self.tasks.search_failed.connect(self._on_search_failed)
        self.tasks.index_progress.connect(self.status.show_progress)
        self.tasks.index_ready.connect(self._on_index_ready)
        self.tasks.index_failed.connect(self._on_index_failed)
        # A sensible Tab order: search, its results, contents, bookmarks, the text, editorial.
        order = [
            self.search_panel.field,
            self.search_panel.help_button,
            self.search_panel.view,
            self.contents.view,
            self.bookmarks.view,
            self.notes_panel.view,
            self.library_panel.view,
            self.reader,
            self.editorial,
            self.note_editor.body,
            self.note_editor.tags,  # the editor's own order (text, then tags) kept
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        a = self.ui_actions
        self.runner.changed.connect(self._on_changed)
        self.runner.failed.connect(self.status.tell)
        self.runner.waiting.connect(self._on_waiting)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: a["undo"].setText(
                translate("MainWindow", "&Undo {what}").format(what=t).strip()
            )
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: a["redo"].setText(
                translate("MainWindow", "&Redo {what}").format(what=t).strip()
            )
        )
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["find"].triggered.connect(self.focus_search)
        a["clear_search"].triggered.connect(self.clear_search)
        for name, dock in self._dock_actions.items():
            action = a[name]
            action.triggered.connect(
                lambda checked, d=dock: self.pane_navigation.toggle(d, checked)
            )
            dock.visibilityChanged.connect(
                lambda _v, d=dock, act=action: act.setChecked(not d.isHidden())
            )
        a["zoom_in"].triggered.connect(lambda: self.zoom_by(1))
        a["zoom_out"].triggered.connect(lambda: self.zoom_by(-1))
        a["zoom_reset"].triggered.connect(lambda: self.zoom_to(opts.ZOOM.default))
        for name, choice in THEME_ACTIONS.items():
            a[name].triggered.connect(lambda _c=False, value=choice: self.apply_theme(value))
        a["switch_theme"].triggered.connect(
            lambda: self.apply_theme("light" if self.theme.dark else "dark")
        )
        a["back"].triggered.connect(self.go_back)
        a["forward"].triggered.connect(self.go_forward)
        a["next_match"].triggered.connect(lambda: self.step_match(1))
        a["previous_match"].triggered.connect(lambda: self.step_match(-1))
        a["next_section"].triggered.connect(lambda: self.step_section(1))
        a["previous_section"].triggered.connect(lambda: self.step_section(-1))
        a["add_bookmark"].triggered.connect(self.add_bookmark)
        a["cheat_sheet"].triggered.connect(self.show_cheat_sheet)
        a["about"].triggered.connect(self.show_about)
        a["export_notes"].triggered.connect(lambda: self.show_export_dialog(annotated=False))
        a["export_annotated"].triggered.connect(lambda: self.show_export_dialog(annotated=True))
        for name in BUILT_WITH_PANELS:
            a[name].triggered.connect(lambda _c=False, act=a[name]: self._build_then_run(act))

        self.contents.section_requested.connect(self.open_place)
        self.editorial.section_requested.connect(self.open_place)
        self.editorial.tag_clicked.connect(self.filter_by_tag)
        self.reader.section_link_clicked.connect(self.open_place)
        self.reader.zoom_requested.connect(self.zoom_by)
        self.reader.scrolled.connect(self._save_timer.start)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system_scheme_changed)

    def _build_then_run(self, action: QAction) -> None:
        """An action triggered before :meth:`build_rest` connected it: build, then run it (the
        handlers connected during this trigger are not called by it)."""
        if not self._ready and not self._closed:
            self.build_rest()
            action.trigger()
