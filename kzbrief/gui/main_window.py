"""The main window: lays out the reader and the panels, and connects their requests.

Panels never call each other or the library's write methods: they emit requests
("open this section", "search this", "rename that bookmark") and the window decides. Index
work runs on the worker thread (``LibraryTasks``); bookmark edits are undoable operations.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTabBar,
    QToolBar,
    QWidget,
)

from kzbrief.core.annotations import COLOURS
from kzbrief.core.errors import KzbriefError
from kzbrief.core.model import Bookmark, Briefing, Section
from kzbrief.core.service import Library
from kzbrief.gui import settings as opts
from kzbrief.gui import theme as themes
from kzbrief.gui.actions import LANGUAGE_ACTIONS, THEME_ACTIONS, Actions
from kzbrief.gui.contents import ContentsPanel
from kzbrief.gui.editorial import EditorialPanel
from kzbrief.gui.failures import sentence
from kzbrief.gui.firstpaint import AfterFirstPaint, BuiltAfterFirstPaint
from kzbrief.gui.highlights import show_section_highlights
from kzbrief.gui.i18n import format_date
from kzbrief.gui.narrow import PanelsGiveWay
from kzbrief.gui.navigation import History, Location, paragraph_offset
from kzbrief.gui.panes import install_pane_navigation, tab_on_screen
from kzbrief.gui.reader import ReaderView
from kzbrief.gui.settings import Settings
from kzbrief.gui.statusbar import ReaderStatusBar
from kzbrief.gui.upgrade_notice import show_notes_label, upgrade_message

if TYPE_CHECKING:  # imported when built (see MainWindow.ready) or first opened
    from kzbrief.core.results import Hit
    from kzbrief.gui.about import AboutDialog
    from kzbrief.gui.cheatsheet import CheatSheet
    from kzbrief.gui.export_dialog import ExportDialog
    from kzbrief.gui.export_tasks import ExportDone, ExportTasks
    from kzbrief.gui.worker import SearchOutcome

LOCATION_KEY = "reader.location"
#: Actions whose handlers :meth:`MainWindow.ready` connects (they act on the panels it
#: builds): pressed sooner, they build the panels first, then run.
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
SAVE_DELAY_MS = 1500
LABEL_WORDS = 6


class MainWindow(QMainWindow):
    """The reader window. ``settings`` wraps the QSettings store chosen by the caller.

    With ``persist=False`` (the GUI self-test) the window saves neither the reading
    position nor its layout, so that a check run on the user's data leaves them as they were.

    What is on screen at the start (the text, the contents, the editorial panel, menus,
    toolbar and status bar) is built first. The panels that start hidden behind another tab
    or closed (search, bookmarks, notes, the note editor, the library) and the controllers
    and worker behind them are built by :meth:`ready` in the event-loop turn after the first
    paint, or at once when one of them is shown or read sooner.
    """

    page_shown = Signal(object)  # Location: a new page is on screen (for highlight layers)

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
        self.library = library
        self.settings = settings
        self.persist = persist
        self.setObjectName("main-window")
        self.setWindowTitle("kzbrief")
        self.history = History()
        self.undo_stack = QUndoStack(self)
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
        self.theme = themes.resolve(settings.get(opts.THEME))

        self.ui_actions = Actions(self, settings)
        self._build_panels()
        self._build_docks()
        self._build_menus_and_toolbar()
        self.setAcceptDrops(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_location)
        self._connect()
        self.pane_navigation = install_pane_navigation(self, self.ui_actions)  # issue 21

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
        AfterFirstPaint(self.reader.viewport(), self.ready)

    @property
    def panels_built(self) -> bool:
        """Whether :meth:`ready` has built the panels that start out of sight."""
        return self._ready

    def ready(self) -> None:
        """Build the panels that start out of sight, the controllers and the worker, then
        open the search index (which may need building: the worker's job). Runs once, and
        not after :meth:`shutdown` (a window closed at once must not start its worker)."""
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
        from kzbrief.gui.search import SearchPanel
        from kzbrief.gui.worker import LibraryTasks

        library = self.library
        self._search_panel = SearchPanel()
        self._bookmarks = BookmarksPanel()
        self._notes_panel = NotesPanel()
        self._note_editor = NoteEditor()
        self._library_panel = LibraryPanel()
        for dock, panel in (
            (self.search_dock, self._search_panel),
            (self.bookmarks_dock, self._bookmarks),
            (self.notes_dock, self._notes_panel),
            (self.note_dock, self._note_editor),
            (self.library_dock, self._library_panel),
        ):
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()  # setWidget hides the one it replaces, but keeps it
        self._bookmark_ops = BookmarkOperations(
            library, self.undo_stack, self.reload_bookmarks, self.status.tell
        )
        self._tasks = LibraryTasks(library, self)
        self._notes_ui = NotesController(
            library,
            self.reader,
            self._notes_panel,
            self._note_editor,
            self.undo_stack,
            self.settings,
            open_place=self.open_place,
            show_editor=lambda: self._show_dock(self.note_dock, True),
            report=self.status.tell,
            parent=self,
        )
        self._notes_ui.bind(self.ui_actions)
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
        self.contents = ContentsPanel()
        self.editorial = EditorialPanel()
        self.status = ReaderStatusBar()
        self.setStatusBar(self.status)

    def _dock(
        self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A dock for ``widget``; None: its panel comes in :meth:`ready` (until then the dock
        holds an empty widget, and showing it builds the panel)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is None:
            dock.setWidget(QWidget())
            dock.visibilityChanged.connect(lambda visible: visible and self.ready())
        else:
            dock.setWidget(widget)
        dock.setAccessibleName(self.tr("{title} panel").format(title=title))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.contents_dock = self._dock(self.tr("Contents"), "contents-dock", self.contents, left)
        self.search_dock = self._dock(self.tr("Search", "panel title"), "search-dock", None, left)
        self.bookmarks_dock = self._dock(self.tr("Bookmarks"), "bookmarks-dock", None, left)
        self.editorial_dock = self._dock(
            self.tr("Editorial", "panel of key facts and tags"),
            "editorial-dock",
            self.editorial,
            right,
        )
        self.notes_dock = self._dock(self.tr("Notes"), "notes-dock", None, left)
        self.note_dock = self._dock(
            self.tr("Note", "panel with the note being written"), "note-dock", None, right
        )
        self.library_dock = self._dock(self.tr("Library"), "library-dock", None, left)
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
        self.resize(1280, 800)
        self._dock_actions = {
            "show_contents": self.contents_dock,
            "show_search": self.search_dock,
            "show_bookmarks": self.bookmarks_dock,
            "show_editorial": self.editorial_dock,
            "show_notes": self.notes_dock,
            "show_library": self.library_dock,
        }

    def choose_language(self, code: str) -> None:
        """Keep ``code`` ("system", "en", "ru", "kk") as the interface language."""
        from kzbrief.gui import i18n

        self.settings.set(opts.LANGUAGE, code)
        shown = i18n.choose_language(None, code)
        if shown == i18n.current_language():
            return
        name = i18n.LANGUAGES[shown]
        self.status.tell(
            self.tr("The interface will be in {language} when kzbrief starts again.").format(
                language=name
            )
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
        self.menus = self.ui_actions.fill_menu_bar(self.menuBar())
        chosen = self.settings.get(opts.LANGUAGE)
        for name, code in LANGUAGE_ACTIONS.items():
            action = self.ui_actions[name]
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(self.tr("Toolbar"))
        toolbar.setMovable(False)
        self.ui_actions.fill_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _connect_hidden_panels(self) -> None:
        """Connect the panels :meth:`ready` built, and put them in the Tab order."""
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
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: a["undo"].setText(self.tr("&Undo {what}").format(what=t).strip())
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: a["redo"].setText(self.tr("&Redo {what}").format(what=t).strip())
        )
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["find"].triggered.connect(self.focus_search)
        a["clear_search"].triggered.connect(self.clear_search)
        for name, dock in self._dock_actions.items():
            action = a[name]
            action.triggered.connect(lambda checked, d=dock: self._show_dock(d, checked))
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

    def _build_then_run(self, action: QAction) -> None:
        """An action triggered before :meth:`ready` connected it: build, then run it (the
        handlers connected during this trigger are not called by it)."""
        if not self._ready and not self._closed:
            self.ready()
            action.trigger()

    # -- places -----------------------------------------------------------------------------------
    def location(self) -> Location | None:
        return self.reader.location()

    def open_place(self, briefing_id: str, section_id: str | None, offset: int = 0) -> bool:
        """Jump to a section (or a briefing's cover), remembering where we were."""
        return self._go(Location(briefing_id, section_id, offset), record=True)

    def _go(self, target: Location, *, record: bool) -> bool:
        try:
            briefing = self.library.briefing(target.briefing)
            if target.section:  # a new edition may have given the section another id
                followed = self.library.follow_section(target.section, briefing.id)
                target = replace(target, section=followed or target.section)
            section = (
                self.library.section(target.section, briefing.id)[1] if target.section else None
            )
        except KzbriefError as exc:
            self.status.tell(sentence(str(exc)))
            return False
        here = self.location()
        if record and here is not None and here != target:
            self.history.record(here)
        if not target.same_page(here):
            self._show_page(briefing, section)
        self.reader.scroll_to_offset(target.offset)
        self._update_navigation()
        self._save_timer.start()
        return True

    def _show_page(self, briefing: Briefing, section: Section | None) -> None:
        if section is None:
            sources = self.library.sources_html(briefing.id, heading=self.tr("Sources"))
            self.reader.show_cover(briefing, sources)
        else:
            self.reader.show_section(
                briefing,
                section,
                self.library.section_html(
                    section.id, briefing.id, sources_heading=self.tr("Sources")
                ),
            )
        self.editorial.show_place(briefing, section)
        self.contents.select(briefing.id, section.id if section else None)
        self.status.show_place(briefing, section)
        title = section.title if section else briefing.title
        self.setWindowTitle(self.tr("{title} — kzbrief").format(title=title))
        self._mark_search_matches()
        self.page_shown.emit(self.location())

    def _open_start_page(self) -> None:
        """Reopen where the user left off; else the first briefing's cover."""
        try:
            stored = Location.from_json(self.library.reading_state(LOCATION_KEY))
        except KzbriefError as exc:
            stored = None
            self.status.tell(
                self.tr("Could not read where you left off: {error}").format(error=exc)
            )
        if stored is not None and self._go(stored, record=False):
            return
        try:
            briefing = self.library.default_briefing()
        except KzbriefError as exc:
            self.status.tell(str(exc))
            return
        self._go(Location(briefing.id), record=False)

    def go_back(self) -> None:
        here = self.location()
        target = self.history.back(here) if here is not None else None
        if target is not None:
            self._go(target, record=False)

    def go_forward(self) -> None:
        here = self.location()
        target = self.history.forward(here) if here is not None else None
        if target is not None:
            self._go(target, record=False)

    def step_section(self, delta: int) -> None:
        briefing, section = self.reader.briefing, self.reader.section
        if briefing is None:
            return
        index = -1 if section is None else briefing.sections.index(section)
        target = index + delta
        if 0 <= target < len(briefing.sections):
            self.open_place(briefing.id, briefing.sections[target].id)
        elif target < 0 and section is not None:
            self.open_place(briefing.id, None)

    def _update_navigation(self) -> None:
        a = self.ui_actions
        a["back"].setEnabled(self.history.can_go_back)
        a["forward"].setEnabled(self.history.can_go_forward)
        briefing, section = self.reader.briefing, self.reader.section
        last = briefing is not None and section is not None and section == briefing.sections[-1]
        a["next_section"].setEnabled(briefing is not None and bool(briefing.sections) and not last)
        a["previous_section"].setEnabled(section is not None)

    def save_location(self) -> None:
        """Remember the reading position in the library (user data, not a preference)."""
        self._save_timer.stop()
        location = self.location()
        if location is None or not self.persist:
            return
        try:
            self.library.save_reading_state(LOCATION_KEY, location.to_json())
        except KzbriefError as exc:
            told = self.tr("Could not save the reading position: {error}")
            self.status.tell(told.format(error=exc))

    # -- search -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self._show_dock(self.search_dock, True)
        self.search_panel.focus_field()

    def clear_search(self) -> None:
        """Esc: empty the search field (which drops the marks), or the marks if it is empty."""
        if self.search_panel.query:
            self.search_panel.clear()
        else:
            self._on_search_cleared()

    def _on_search_cleared(self) -> None:
        self.tasks.cancel_searches()
        self._step_when_searched = 0
        self._terms = frozenset()
        self._mark_search_matches()

    def _on_query_edited(self, _query: str) -> None:
        """The query changed: the marks of the old one go at once; the new one's come with
        its results (:meth:`_on_search_finished`)."""
        self._step_when_searched = 0
        if self._terms:
            self._terms = frozenset()
            self._mark_search_matches()

    def _on_search_finished(self, outcome: SearchOutcome) -> None:
        """Mark the query's matches on the page shown (the page stays where it is)."""
        if outcome.query != self.search_panel.query:
            return  # the user has typed on since
        terms = outcome.results.terms
        if terms != self._terms:
            self._terms = terms
            self._mark_search_matches()
        step, self._step_when_searched = self._step_when_searched, 0
        if step:
            self.step_match(step)

    def _on_search_failed(self, query: str, _message: str) -> None:
        if query == self.search_panel.query:
            stepping = self._step_when_searched
            self._on_query_edited(query)  # no terms: no marks
            if stepping:
                self.status.tell(self.tr("No search matches in this section."))

    def open_hit(self, hit: Hit, terms: frozenset[str]) -> None:
        """Open a hit's section with every match marked, at the first match (a note's hit:
        at its passage)."""
        self._terms = terms
        if hit.kind == "note" and hit.annotation:
            self.notes_ui.jump_to(hit.annotation)
            self._mark_search_matches()  # also when the note is on the page already shown
            return
        here = self.location()
        if not self.open_place(hit.briefing, hit.section):
            return
        if here is not None and here.same_page(self.location()):
            self._mark_search_matches()  # same page: no new render marked them
        if hit.kind == "editorial":
            self._show_dock(self.editorial_dock, True)
        if self.reader.match_count:
            self.reader.show_match(0)
            self._tell_match()
        elif hit.kind != "editorial":
            self.status.tell(self.tr("No match to show in the text of this section."))

    def _mark_search_matches(self) -> None:
        section = self.reader.section
        spans: list[tuple[int, int]] = []
        if section and self._terms:  # a search ran, so Whoosh's analysis is loaded already
            spans = self.library.match_spans(section.text, self._terms)
        self.reader.set_matches(spans)
        self.editorial.set_terms(self._terms)

    def step_match(self, delta: int) -> None:
        if self._ready and self.search_panel.pending:
            self._step_when_searched = delta  # step through the new query's matches
            self.search_panel.search_now()
            return
        if self.reader.step_match(delta):
            self._tell_match()
        else:
            self.status.tell(self.tr("No search matches in this section."))

    def _tell_match(self) -> None:
        self.status.tell(
            self.tr("Match {n} of {total} — F3 for the next, Shift+F3 for the previous").format(
                n=self.reader.current_match + 1, total=self.reader.match_count
            )
        )

    def show_cheat_sheet(self) -> None:
        if self._cheat_sheet is None:
            from kzbrief.gui.cheatsheet import CheatSheet

            self._cheat_sheet = CheatSheet(self)
            self._cheat_sheet.example_chosen.connect(self._try_example)
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        self._cheat_sheet.activateWindow()

    def _try_example(self, example: str) -> None:
        self._show_dock(self.search_dock, True)
        self.search_panel.set_query(example)

    def _on_index_ready(self, notices: list[str]) -> None:
        self.status.hide_progress()
        upgrades, self._upgrades = [upgrade_message(u) for u in self._upgrades], []
        if upgrades:
            self.status.offer(
                " ".join([*upgrades, *notices]),
                show_notes_label(),
                lambda: self._show_dock(self.notes_dock, True),
            )
        elif notices:
            self.status.tell(" ".join(notices))

    def _on_index_failed(self, message: str) -> None:
        self.status.hide_progress()
        self.status.tell(self.tr("Search is unavailable: {error}").format(error=message))

    # -- bookmarks --------------------------------------------------------------------------------
    def _describe_bookmark(self, bookmark: Bookmark) -> str:
        try:
            where = self.library.section(bookmark.section, bookmark.briefing)[1].title
        except KzbriefError:
            where = self.tr("(this section is no longer in the library)")
        added = format_date(bookmark.created)
        return self.tr("{where} · added {date}").format(where=where, date=added)

    def reload_bookmarks(self) -> None:
        try:
            bookmarks = self.library.bookmarks()
        except KzbriefError as exc:
            self.status.tell(self.tr("Could not read the bookmarks: {error}").format(error=exc))
            return
        self.bookmarks.set_bookmarks(bookmarks, self._describe_bookmark)

    def add_bookmark(self) -> Bookmark | None:
        """Ctrl+D: bookmark the paragraph at the top of the view, then type its label."""
        here, section = self.location(), self.reader.section
        if here is None or section is None:
            self.status.tell(self.tr("Open a section to bookmark a place in it."))
            return None
        paragraph = section.paragraph_at(here.offset) if here.offset else None
        label = section.title
        if paragraph is not None and paragraph != section.paragraphs[0]:
            words = paragraph.text.split()
            label += (
                " · " + " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")
            )
        bookmark = self.bookmark_ops.add(
            here.briefing, section.id, label, paragraph.id if paragraph else None
        )
        if bookmark is not None:
            self._show_dock(self.bookmarks_dock, True)
            self.bookmarks.edit_label(bookmark.id)
            self.status.tell(
                self.tr("Bookmarked. Type a label and press Enter, or leave it as it is.")
            )
        return bookmark

    def jump_to_bookmark(self, bookmark: Bookmark) -> None:
        try:
            followed = self.library.follow_section(bookmark.section, bookmark.briefing)
            _, section = self.library.section(followed or bookmark.section, bookmark.briefing)
        except KzbriefError:
            self.status.tell(
                self.tr(
                    "Cannot open the bookmark “{label}”: its section is no longer in the library."
                ).format(label=bookmark.label)
            )
            return
        self.open_place(
            bookmark.briefing, section.id, paragraph_offset(section, bookmark.paragraph)
        )

    def remove_bookmark(self, bookmark_id: str) -> None:
        removed = self.bookmark_ops.remove(bookmark_id)
        if removed is not None:
            self.status.tell(
                self.tr("Deleted the bookmark “{label}”. Ctrl+Z brings it back.").format(
                    label=removed.label
                )
            )

    # -- export (issue 6) ------------------------------------------------------------------------
    def show_export_dialog(self, *, annotated: bool = False) -> ExportDialog:
        """Ctrl+E (notes) or the annotated briefing: a dialog on what is on screen now."""
        from kzbrief.gui.export_dialog import ExportContext, ExportDialog
        from kzbrief.gui.export_tasks import ExportTasks

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
        if self._ready:  # else ready() gives it the theme when it builds it
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
        before = self.status.currentMessage()
        step()
        if self.status.currentMessage() == before:  # else the step said something itself
            self.status.tell(template.format(what=what))

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
        with self.panels_give_way.wide():
            self.settings.set(opts.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.sync()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Only through what is on screen: not the panels behind another panel's tab.
        return tab_on_screen(self, next)

    def shutdown(self, *, wait: bool = True) -> None:
        """Save the place and layout and stop the worker (once; before the library closes).
        ``wait=False``: do not wait for the worker's running task (kzbrief.gui.lock)."""
        if self._closed:
            return
        self._closed = True
        if self._ready:
            self.notes_ui.shutdown()  # before anything else: what the user typed comes first
        if self.persist:
            self.save_location()
            self.save_layout()
        if self._ready:
            self._data_watch.stop()
            self.tasks.shutdown(wait=wait)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _importable(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """The dragged files the library can import (the import machinery loads on first use)."""
    from kzbrief.gui.import_tasks import importable_paths

    return importable_paths(event.mimeData().urls())
