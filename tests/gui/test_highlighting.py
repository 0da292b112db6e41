"""Highlighting in the reader, the note editor (autosave, tags, colour) and undo of each."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QMenu

from kzbrief.core.annotations import COLOURS
from kzbrief.core.service import Library
from kzbrief.gui.highlights import HIGHLIGHT_COLOURS, LAYER, colour_hex
from kzbrief.gui.noteeditor import split_tags
from tests.gui.settling import settle

SECTION = "religion"
PASSAGE = "religious"
SAVE_TIMEOUT_MS = 5_000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select(window, library: Library, text: str, section_id: str = SECTION) -> tuple[int, int]:
    """Open a section and select ``text`` in the reader as a mouse drag over it would."""
    window.open_place(library.default_briefing().id, section_id)
    reader = window.reader
    start = reader.section.text.index(text)
    end = start + len(text)
    first, last = reader.document_range(start, end)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()
    return start, end


def drawn_backgrounds(window) -> dict[tuple[int, int], str]:
    """What the reader paints under the text: (section range) -> colour, per extra selection."""
    reader = window.reader
    found = {}
    for selection in reader.extraSelections():
        cursor = selection.cursor
        start = reader.section_offset(cursor.selectionStart())
        end = reader.section_offset(cursor.selectionEnd())
        found[(start, end)] = selection.format.background().color().name()
    return found


def test_ctrl_h_highlights_the_selection_in_text_panel_and_database(qtbot, window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    start, end = select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)

    [note] = library.notes()
    assert (note.section, note.quote, note.colour) == (SECTION, PASSAGE, "yellow")
    assert (note.anchor.start, note.anchor.end) == (start, end)
    assert window.reader.layer(LAYER) == [(start, end, colour_hex("yellow"))]
    assert drawn_backgrounds(window)[(start, end)] == QColor(colour_hex("yellow")).name()
    assert not window.reader.textCursor().hasSelection()  # the highlight shows, not a selection
    panel = window.notes_panel
    assert panel.model.note_count == 1
    assert PASSAGE in panel.model.index(0, 0, panel.model.index(0, 0)).data()
    assert window.note_editor.note_id == note.id


def test_every_colour_has_its_own_highlight_colour() -> None:
    assert tuple(HIGHLIGHT_COLOURS) == COLOURS
    assert len(set(HIGHLIGHT_COLOURS.values())) == len(COLOURS)


def test_a_colour_chosen_becomes_the_colour_of_ctrl_h(qtbot, window, library) -> None:
    select(window, library, PASSAGE)
    window.ui_actions["highlight_green"].trigger()
    settle(window)
    start, end = select(window, library, "Kazakhstan")
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    assert sorted(n.colour for n in library.notes()) == ["green", "green"]
    assert (start, end, colour_hex("green")) in window.reader.layer(LAYER)


def test_without_a_selection_ctrl_h_says_what_to_do(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, SECTION)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    assert library.notes() == []
    assert "Select some text" in window.status.currentMessage()


def test_highlights_of_the_section_are_drawn_when_it_is_opened(window, library) -> None:
    briefing = library.default_briefing()
    here = library.add_note(SECTION, PASSAGE, colour="pink")
    library.add_note("climate", "greenhouse gas emissions")
    window.open_place(briefing.id, SECTION)
    assert window.reader.layer(LAYER) == [(here.anchor.start, here.anchor.end, colour_hex("pink"))]


def test_ctrl_shift_n_opens_the_note_and_typing_is_saved_and_searchable(
    qtbot, window, library, type_search
) -> None:
    start, end = select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    [note] = library.notes()
    body = window.note_editor.body
    assert window.note_dock.isVisible() and body.hasFocus()

    qtbot.keyClicks(body, "Compare with zakat registration")
    assert window.note_editor.save_state.text() == "Saving…"
    qtbot.waitUntil(
        lambda: library.note(note.id).body == "Compare with zakat registration",
        timeout=SAVE_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: window.note_editor.save_state.text() == "Saved")

    # Search finds it under "In your notes", and opening the hit shows the passage.
    window.open_place(library.default_briefing().id, "overview")
    type_search(window, "zakat")
    model = window.search_panel.model
    assert model.index(0, 0).data().startswith("In your notes")
    hit_index = model.index(0, 0, model.index(0, 0))
    view = window.search_panel.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(hit_index).center()
    )
    assert window.reader.section.id == SECTION
    assert window.reader.selection_section_range() == (start, end)


def test_typing_fast_writes_once_after_the_pause(qtbot, window, library, monkeypatch) -> None:
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    writes: list[str] = []
    threads: list[str] = []
    update = library.update_note

    def counted(note_id, **changes):
        writes.append(changes.get("note"))
        threads.append(threading.current_thread().name)
        return update(note_id, **changes)

    monkeypatch.setattr(library, "update_note", counted)
    qtbot.keyClicks(window.note_editor.body, "one two three")
    qtbot.waitUntil(lambda: window.note_editor.save_state.text() == "Saved", timeout=5_000)
    assert writes == ["one two three"]
    assert threads[0].startswith("kzbrief-worker")  # not the GUI thread: the runner's


def test_closing_at_once_after_typing_loses_nothing(
    qtbot, make_window, library, data_dir, settings
) -> None:
    window = make_window()
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    [note] = library.notes()
    qtbot.keyClicks(window.note_editor.body, "typed just before closing")
    assert window.notes_ui.autosaver.is_pending(note.id)
    window.close()  # no wait: the debounce timer has not fired

    reopened = Library(data_dir)
    try:
        assert reopened.note(note.id).body == "typed just before closing"
        again = make_window(reopened, settings)
        again.build_rest()
        again.notes_ui.jump_to(note.id)
        assert again.note_editor.body.toPlainText() == "typed just before closing"
        again.close()
    finally:
        reopened.close()


def test_clicking_a_highlight_opens_its_note(qtbot, window, library) -> None:
    note = library.add_note(SECTION, PASSAGE, note="Earlier thoughts")
    window.open_place(library.default_briefing().id, SECTION)
    reader = window.reader
    cursor = reader.cursor_for(note.anchor.start + 2, note.anchor.start + 2)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center()
    )
    assert window.note_editor.note_id == note.id
    assert window.note_editor.body.toPlainText() == "Earlier thoughts"
    assert window.note_editor.body.hasFocus()


def test_context_menu_offers_highlighting_on_a_selection_and_delete_on_a_highlight(
    window, library
) -> None:
    start, _ = select(window, library, PASSAGE)
    menu = QMenu()
    window.reader.context_menu_requested.emit(menu, start)
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["highlight", "highlight_note"]
    colours = menu.actions()[2].menu()
    assert [a.objectName() for a in colours.actions()] == [
        "highlight_yellow",
        "highlight_green",
        "highlight_blue",
        "highlight_pink",
        "highlight_purple",
    ]
    window.ui_actions["highlight"].trigger()
    settle(window)
    menu = QMenu()
    window.reader.context_menu_requested.emit(menu, start + 1)
    assert [a.objectName() for a in menu.actions()][:2] == ["edit_note", "delete_note"]


def test_delete_then_ctrl_z_brings_the_same_note_back(qtbot, window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    start, end = select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    qtbot.keyClicks(window.note_editor.body, "keep me")
    [note] = library.notes()
    qtbot.mouseClick(window.note_editor.delete_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert library.notes() == []
    assert window.reader.layer(LAYER) == []
    assert window.notes_panel.model.note_count == 0
    assert window.note_editor.note is None

    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    [back] = library.notes()
    assert back.id == note.id and back.body == "keep me"  # the text typed was flushed first
    assert window.reader.layer(LAYER) == [(start, end, colour_hex("yellow"))]
    assert window.notes_panel.model.note_count == 1


def test_del_in_the_notes_panel_deletes_the_chosen_note(qtbot, window, library) -> None:
    note = library.add_note(SECTION, PASSAGE)
    window.notes_ui.reload_panel()
    window.notes_dock.raise_()
    view = window.notes_panel.view
    view.setFocus()
    view.setCurrentIndex(window.notes_panel.model.index_of(note.id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    settle(window)
    assert library.notes() == []
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert [n.id for n in library.notes()] == [note.id]


# The completion popup asks for the keyboard, which the offscreen platform cannot give.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_colour_and_tags_change_in_the_editor_and_undo(qtbot, window, library) -> None:
    start, end = select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    editor = window.note_editor
    window.library.add_note("climate", "greenhouse gas emissions", tags=["accountability"])

    qtbot.mouseClick(editor.colour_buttons["blue"], Qt.MouseButton.LeftButton)
    settle(window)
    assert library.note(note.id).colour == "blue"
    assert window.reader.layer(LAYER) == [(start, end, colour_hex("blue"))]

    editor.set_known_tags(library.tags())
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "Follow up, acc")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = editor.completer.completionModel()  # completes the tag after the comma
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == ["accountability"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # choose it and take it, as a user would
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tags.text() == "Follow up, accountability, "
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    settle(window)
    assert library.note(note.id).tags == ("follow-up", "accountability")

    window.activateWindow()  # the completion popup took the activation on the offscreen platform
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert library.note(note.id).tags == ()
    assert editor.tags.text() == ""
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert library.note(note.id).colour == "yellow"
    assert editor.colour_buttons["yellow"].isChecked()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert library.notes(section_id=SECTION) == []  # the highlight itself


def test_a_tag_too_long_is_one_line_in_the_status_bar(qtbot, window, library) -> None:
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    editor = window.note_editor
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "x" * 80)
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    settle(window)
    assert library.notes()[0].tags == ()
    assert "longer than" in window.status.currentMessage()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the completion popup
def test_tags_are_saved_as_typed_and_saved_means_all_on_screen_is_stored(
    qtbot, window, library
) -> None:
    """Issue 22: tags typed were stored only when the field lost the focus, while the
    editor already said "Saved" (the text was saved). Now tags autosave like the text, and
    "Saved" shows only when what is on screen is in the database."""
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    [note] = library.notes()
    editor = window.note_editor
    shown: list[tuple[str, bool]] = []  # each save state shown, and whether it was true then
    set_text = editor.save_state.setText

    def watched(text: str) -> None:
        stored = library.note(note.id)
        on_disk = stored.body == editor.body.toPlainText() and list(stored.tags) == [
            t.lower() for t in split_tags(editor.tags.text())
        ]
        shown.append((text, on_disk))
        set_text(text)

    editor.save_state.setText = watched  # type: ignore[method-assign]
    qtbot.keyClicks(editor.body, "A memo on this")
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)  # Tab goes on to the tags
    assert editor.tags.hasFocus()
    qtbot.keyClicks(editor.tags, "memo, censorship")
    qtbot.waitUntil(
        lambda: library.note(note.id).tags == ("memo", "censorship"), timeout=SAVE_TIMEOUT_MS
    )
    assert editor.tags.hasFocus()  # saved without leaving the field
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=SAVE_TIMEOUT_MS)
    assert library.note(note.id).body == "A memo on this"
    assert ("Saved", False) not in shown, shown


def test_tags_autosaved_while_typed_are_still_one_undo_step(qtbot, window, library) -> None:
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    editor = window.note_editor
    editor.tags.setFocus()
    # One tag that no known tag starts with: no completion popup, which on the offscreen
    # platform keeps the window's activation (and with it the focus) after it closes.
    qtbot.keyClicks(editor.tags, "urgent memo")
    qtbot.waitUntil(lambda: library.note(note.id).tags == ("urgent-memo",), timeout=SAVE_TIMEOUT_MS)
    qtbot.keyClick(editor.tags, Qt.Key.Key_Tab)  # the tags are finished: one undo step
    settle(window)
    assert not editor.tags.hasFocus()
    assert window.undo_stack.undoText().startswith("Change Tags")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert library.note(note.id).tags == ()
    assert editor.tags.text() == ""
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert library.note(note.id).tags == ("urgent-memo",)


def test_a_tag_refused_does_not_hold_back_the_text_typed_with_it(qtbot, window, library) -> None:
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    [note] = library.notes()
    editor = window.note_editor
    qtbot.keyClicks(editor.body, "keep this")
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "x" * 80)  # too long: refused (one line says why)
    qtbot.waitUntil(lambda: library.note(note.id).body == "keep this", timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: editor.save_state.text() == "Not saved", timeout=SAVE_TIMEOUT_MS)
    assert library.note(note.id).tags == ()
    assert "longer than" in window.status.currentMessage()


# -- the Notes panel out of sight (issue 18) -------------------------------------------------------
def test_a_highlight_made_behind_another_tab_is_listed_once_notes_is_chosen(
    qtbot, window, library
) -> None:
    # Out of sight, the list is not redrawn at each change (a highlight re-laid out the
    # whole list, 10-12 ms of the window's thread with 80 notes): it is, on being shown.
    from kzbrief.gui.panes import in_sight

    window.notes_dock.raise_()
    window.contents_dock.raise_()  # the user reads with Contents in front of Notes
    assert not in_sight(window, window.notes_dock)
    start, end = select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    assert window.reader.layer(LAYER) == [(start, end, colour_hex("yellow"))]  # in the text
    assert window.note_editor.note_id == note.id  # and opened in the editor
    assert window.notes_panel.model.note_count == 0  # the hidden list is left as it was
    qtbot.keyClick(window.reader, Qt.Key.Key_5, CTRL)  # View > Notes
    assert in_sight(window, window.notes_dock)
    assert [n.id for n in window.notes_panel.model.notes_in("Notes")] == [note.id]
    assert window.notes_panel.current_note().id == note.id  # chosen, as if it had been shown


def test_a_note_deleted_while_notes_is_closed_is_gone_when_it_is_opened(
    qtbot, window, library
) -> None:
    kept = library.add_note(SECTION, "Kazakhstan")
    window.notes_dock.raise_()
    window.notes_ui.reload_panel()
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, CTRL)
    settle(window)
    assert window.notes_panel.model.note_count == 2
    qtbot.keyClick(window.reader, Qt.Key.Key_5, CTRL)  # View > Notes: closes the panel
    assert window.notes_dock.isHidden()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)  # the highlight just made, open in the editor
    settle(window)
    assert [n.id for n in library.notes()] == [kept.id]
    assert window.notes_panel.model.note_count == 2  # closed: not redrawn
    qtbot.keyClick(window.reader, Qt.Key.Key_5, CTRL)
    assert [n.id for n in window.notes_panel.model.notes_in("Notes")] == [kept.id]


class WindowLayouts(QObject):
    """Counts the times the main window is laid out again (an event filter on it)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_the_note_and_search_panels_change_without_laying_out_the_window(
    qtbot, window, library, type_search
) -> None:
    """The note's save state ("Saving…", "Saved"), its quote and the search summary change
    as the user works. Each change laid out the whole window again: every panel, the toolbar
    and the text, two times a step of highlighting, typing and searching (issue 18). Their
    panels now keep such changes to themselves."""
    select(window, library, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    settle(window)
    type_search(window, "registration")  # (the search panel in front, its summary shown)
    layouts = WindowLayouts()
    window.installEventFilter(layouts)

    qtbot.keyClicks(window.note_editor.body, "Compare with zakat registration")
    assert window.note_editor.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: window.note_editor.save_state.text() == "Saved", timeout=5_000)
    settle(window)
    saved = layouts.count
    type_search(window, "zakat")
    assert window.search_panel.summary.text() != ""
    settle(window)

    assert (saved, layouts.count) == (0, 0)
