"""Highlights and notes in the window: the reader, the notes panel and the note editor.

The window builds the panel and the editor and lays them out; this object connects them
and decides what each request does, so that ``main_window.py`` stays a layout. Changes go
through undoable operations (``NoteOperations``); typing goes through the autosaver; both hand
their writes to the window's operation runner. After any change (the runner's ``changed``
signal) the three views are drawn again from ``Library``: the database is the one truth, and
nothing is kept in widgets.

"The current note" is the one in the editor: chosen in the panel, clicked in the text,
just highlighted, or opened from a search hit. Edit, delete and re-attach act on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from kzbrief.core.annotations import COLOURS, Note
from kzbrief.core.changes import Changes
from kzbrief.core.errors import KzbriefError
from kzbrief.core.service import Library
from kzbrief.gui.actions import Actions
from kzbrief.gui.autosave import NoteAutosaver
from kzbrief.gui.highlights import note_at, show_section_highlights, swatch
from kzbrief.gui.i18n import format_date
from kzbrief.gui.noteeditor import NoteEditor
from kzbrief.gui.notes import NotesPanel, one_line
from kzbrief.gui.operations import NoteOperations
from kzbrief.gui.reader import ReaderView
from kzbrief.gui.runner import OperationRunner
from kzbrief.gui.settings import HIGHLIGHT_COLOUR, Settings

OpenPlace = Callable[[str, str | None], bool]
Report = Callable[[str], None]


class NotesController(QObject):
    """Connects the reader, the notes panel and the note editor to the library."""

    def __init__(
        self,
        library: Library,
        runner: OperationRunner,
        reader: ReaderView,
        panel: NotesPanel,
        editor: NoteEditor,
        stack: QUndoStack,
        settings: Settings,
        *,
        open_place: OpenPlace,
        show_editor: Callable[[], None],
        report: Report,
        in_sight: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.reader = reader
        self.panel = panel
        self.editor = editor
        self.settings = settings
        self._open_place = open_place
        self._show_editor = show_editor
        self.report = report
        # Whether the Notes panel is where the user can see it. Out of sight (behind another
        # panel's tab, or closed), it is not redrawn at each change: the window tells
        # :meth:`panel_shown` when it comes back. A highlight redrew and re-laid out the
        # whole list, 10-12 ms of the window's thread with 80 notes, for a panel no one saw.
        self._in_sight = in_sight
        self._panel_stale = False
        self._select_when_shown: str | None = None
        self.autosaver = NoteAutosaver(library, runner, parent=self)
        self.ops = NoteOperations(library, runner, stack)
        self._tags_asked: set[tuple[str, tuple[str, ...]]] = set()  # tags asked, not yet answered
        self.section_notes: list[Note] = []  # the placed and orphaned notes of the shown section
        self._actions: Actions | None = None

        reader.text_clicked.connect(self._on_text_clicked)
        reader.context_menu_requested.connect(self._fill_context_menu)
        panel.filters_changed.connect(self.reload_panel)
        panel.note_chosen.connect(lambda note: self.open_note(note.id, focus=False))
        panel.jump_requested.connect(lambda note: self.jump_to(note.id))
        editor.text_edited.connect(self.autosaver.schedule_text)
        editor.tags_edited.connect(self.autosaver.schedule_tags)
        editor.colour_requested.connect(self.set_colour)
        editor.tags_requested.connect(self.set_tags)
        editor.delete_requested.connect(self.delete)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)

    def bind(self, actions: Actions) -> None:
        """Connect the notes' actions (the window calls this once, after building them)."""
        self._actions = actions
        actions["highlight"].triggered.connect(lambda: self.highlight())
        actions["highlight_note"].triggered.connect(lambda: self.highlight(with_note=True))
        for colour in COLOURS:
            action = actions[f"highlight_{colour}"]
            action.setIcon(swatch(colour))
            action.triggered.connect(lambda _c=False, c=colour: self.highlight(colour=c))
        actions["edit_note"].triggered.connect(self.edit_current)
        actions["delete_note"].triggered.connect(self.delete_current)
        actions["reattach_note"].triggered.connect(self.reattach_here)
        self.panel.view.addAction(actions["delete_note"])
        self.reader.addAction(actions["delete_note"])  # Del on a note chosen in the text

    # -- drawing everything again from the library -----------------------------------------------
    def refresh(self) -> None:
        """After a change: the highlights, the panel and the editor, from the library."""
        self.show_highlights()
        self.reload_panel()
        note_id = self.editor.note_id
        if note_id is not None:
            try:
                self.editor.refresh(self.library.note(note_id), self.describe_place(note_id))
            except KzbriefError:
                self.editor.show_note(None)  # deleted (or its undo undone)

    def show_highlights(self, *_: object) -> None:
        """Draw the shown section's notes in their colours (also on ``page_shown``)."""
        self.section_notes = show_section_highlights(self.library, self.reader, self.report)

    def reload_panel(self) -> None:
        """List the notes the panel's filters ask for (when it is out of sight: once it is
        shown again)."""
        if not self._in_sight():
            self._panel_stale = True
            return
        self._redraw_panel()

    def _redraw_panel(self) -> None:
        self._panel_stale = False
        filters = self.panel.filters()
        try:
            everything = self.library.notes()
            unfiltered = not self.panel.filtered and filters["sort"] == "position"
            shown = everything if unfiltered else self.library.notes(**filters)
        except KzbriefError as exc:
            self.report(self.tr("Could not read the notes: {error}").format(error=exc))
            return
        in_use = sorted({tag for note in everything for tag in note.tags})
        self.panel.set_choices(in_use, self.library.briefings())
        self.panel.set_notes(shown, self.describe)

    def panel_shown(self) -> None:
        """The Notes panel has come into sight: list what changed while it was out of it,
        and choose the note that was opened meanwhile."""
        if self._panel_stale:
            self._redraw_panel()
        chosen, self._select_when_shown = self._select_when_shown, None
        if chosen is not None and self.editor.note_id == chosen:
            self.panel.select(chosen)

    def describe(self, note: Note) -> str:
        """A note's second line in the panel: section, tags, date, the note's first words."""
        parts = [self._section_title(note), " ".join(f"#{t}" for t in note.tags)]
        parts.append(format_date(note.modified))
        if note.body:
            parts.append(one_line(note.body, 80))
        return " · ".join(p for p in parts if p)

    def describe_place(self, note_id: str) -> str:
        try:
            return self._section_title(self.library.note(note_id))
        except KzbriefError:
            return ""

    def _section_title(self, note: Note) -> str:
        try:
            return self.library.section(note.section, note.briefing)[1].title
        except KzbriefError:
            return self.tr("{section} (no longer in the library)").format(section=note.section)

    # -- the current note -------------------------------------------------------------------------
    def open_note(self, note_id: str, *, focus: bool) -> Note | None:
        """Make a note current: show it in the editor (and type in it if ``focus``)."""
        try:
            note = self.library.note(note_id)
        except KzbriefError as exc:
            self.report(self.tr("Cannot open the note: {error}").format(error=exc))
            return None
        self.editor.set_known_tags(self.library.tags())
        if self.editor.note_id == note.id:
            self.editor.refresh(note, self._section_title(note))
        else:
            self.editor.show_note(note, self._section_title(note))
        if self._in_sight():
            self.panel.select(note.id)
        else:
            self._select_when_shown = note.id
        self._show_editor()
        if focus:
            self.editor.focus_body()
        return note

    def jump_to(self, note_id: str) -> None:
        """Open a note's section with its passage selected (panel, search hit)."""
        note = self.open_note(note_id, focus=False)
        if note is None or not self._open_place(note.briefing, note.section):
            return
        if note.status == "orphaned":
            self.report(
                self.tr(
                    "This note's passage is not in the current text. Select where it belongs"
                    " and choose Notes > Re-attach Note Here."
                )
            )
            return
        self.reader.reveal_range(note.anchor.start, note.anchor.end)

    def edit_current(self) -> None:
        if self.editor.note is None:
            self.report(
                self.tr("Choose a note first: click a highlight, or one in the Notes panel.")
            )
            return
        self._show_editor()
        self.editor.focus_body()

    def _on_text_clicked(self, offset: int) -> None:
        note = note_at(self.section_notes, offset)
        if note is not None:
            self.open_note(note.id, focus=True)

    def _fill_context_menu(self, menu: QMenu, offset: int) -> None:
        actions = self._actions
        if actions is None or self.reader.section is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        if self.reader.textCursor().hasSelection():
            colours = QMenu(QCoreApplication.translate("Actions", "Highlight &In"), menu)
            for colour in COLOURS:
                colours.addAction(actions[f"highlight_{colour}"])
            menu.insertAction(first, actions["highlight"])
            menu.insertAction(first, actions["highlight_note"])
            menu.insertMenu(first, colours)
            if self.editor.note is not None and self.editor.note.status == "orphaned":
                menu.insertAction(first, actions["reattach_note"])
        else:
            note = note_at(self.section_notes, offset)
            if note is None:
                return
            self.open_note(note.id, focus=False)
            menu.insertAction(first, actions["edit_note"])
            menu.insertAction(first, actions["delete_note"])
        menu.insertSeparator(first)

    # -- changes ----------------------------------------------------------------------------------
    def highlight(self, *, colour: str | None = None, with_note: bool = False) -> None:
        """Highlight the reader's selection (Ctrl+H; Ctrl+Shift+N also opens the note).

        The note is written on the worker; the editor opens on it once it is."""
        briefing, section = self.reader.briefing, self.reader.section
        span = self.reader.selection_section_range()
        if briefing is None or section is None or span is None:
            self.report(self.tr("Select some text in the reader first, then highlight it."))
            return
        start, end = span
        quote = section.text[start:end]
        if not quote.strip():
            self.report(self.tr("Select some words to highlight, not only space."))
            return
        start += len(quote) - len(quote.lstrip())
        quote = quote.strip()
        colour = colour or self.settings.get(HIGHLIGHT_COLOUR)
        self.autosaver.flush()  # what was typed in the note before goes first

        def done(note: object) -> None:
            assert isinstance(note, Note)
            self.settings.set(HIGHLIGHT_COLOUR, colour)
            cursor = self.reader.textCursor()
            cursor.clearSelection()  # the highlight shows instead of the selection
            self.reader.setTextCursor(cursor)
            self.open_note(note.id, focus=with_note)
            if with_note:
                self.report(self.tr("Highlighted. Write your note; it is saved as you type."))
            else:
                self.report(
                    self.tr(
                        "Highlighted. Click it or press Enter on it to write a note; Ctrl+Z undoes."
                    )
                )

        self.ops.highlight(briefing.id, section.id, quote, near=start, colour=colour, then=done)

    def set_colour(self, note_id: str, colour: str) -> None:
        def done(note: object) -> None:
            self.settings.set(HIGHLIGHT_COLOUR, colour)
            self._show_stored(note)

        self.autosaver.flush()
        self.ops.update(note_id, colour=colour, then=done)

    def set_tags(self, note_id: str, tags: list[str], before: list[str]) -> None:
        """The tags typed are finished (Enter, or the field left): one undo step. The same
        request again before the first is answered (Enter, then the focus leaving) is one."""
        request = (note_id, tuple(tags))
        if request in self._tags_asked:
            return
        self._tags_asked.add(request)

        def answered(note: object) -> None:
            self._tags_asked.discard(request)
            self._show_stored(note)

        self.autosaver.flush()
        self.ops.update(note_id, tags=tags, tags_before=before, then=answered)
        # Forgotten once answered, also when it failed (then ``answered`` is not called).
        self.ops.runner.run(lambda: None, done=lambda _: self._tags_asked.discard(request))

    def _show_stored(self, note: object) -> None:
        """The editor shows the note as stored (also when the change had been autosaved
        already, which changed nothing and so redrew nothing)."""
        if isinstance(note, Note) and self.editor.note_id == note.id:
            self.editor.refresh(note, self._section_title(note))

    def delete(self, note_id: str) -> None:
        def done(removed: object) -> None:
            assert isinstance(removed, Note)
            self.report(
                self.tr("Deleted the note on “{quote}”. Ctrl+Z brings it back.").format(
                    quote=one_line(removed.quote, 40)
                )
            )

        self.autosaver.flush()
        self.ops.remove(note_id, then=done)

    def delete_current(self) -> None:
        note = self.editor.note or (self.panel.current_note() if self._in_sight() else None)
        if note is None:
            self.report(
                self.tr("Choose a note to delete: click a highlight, or one in the Notes panel.")
            )
            return
        self.delete(note.id)

    def reattach_here(self) -> None:
        """Anchor the current note on the reader's selection (for orphans, mostly)."""
        note = self.editor.note
        briefing, section = self.reader.briefing, self.reader.section
        span = self.reader.selection_section_range()
        if note is None:
            self.report(
                self.tr("Choose the note to re-attach first, under Needs attention in Notes.")
            )
            return
        if briefing is None or section is None or span is None:
            self.report(self.tr("Select the passage to attach the note to, then choose Re-attach."))
            return
        if briefing.id != note.briefing:
            self.report(self.tr("A note can only be re-attached within its own briefing."))
            return

        def done(_note: object) -> None:
            cursor = self.reader.textCursor()
            cursor.clearSelection()
            self.reader.setTextCursor(cursor)
            self.report(self.tr("Re-attached the note here. Ctrl+Z undoes."))

        self.autosaver.flush()
        self.ops.reattach(note.id, section.id, *span, then=done)

    # -- autosave ---------------------------------------------------------------------------------
    def _on_saved(self, note: Note, _change: int) -> None:
        if self.editor.note_id == note.id and self.autosaver.is_stored(note.id):
            self.editor.set_save_state(self.tr("Saved"))  # all that was typed on screen is stored

    def _on_save_failed(self, note_id: str, message: str) -> None:
        self.report(self.tr("Could not save the note: {error}").format(error=message))
        if self.editor.note_id == note_id:
            self.editor.set_save_state(self.tr("Not saved"))

    def on_changed(self, changes: Changes, initiator: object) -> None:
        """Redraw from what an operation changed (the runner's ``changed`` signal). The
        autosaver's own writes redraw only the panel: the editor holds what was typed."""
        if not changes.notes:
            return
        if initiator is self.autosaver:
            self.reload_panel()
        else:
            self.refresh()

    def shutdown(self) -> None:
        """Hand over what is still being typed (the window calls this when it closes,
        before the runner writes what it holds)."""
        self.autosaver.flush()
