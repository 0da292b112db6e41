"""Rough edges a demanding new user found (issue 22, item 11): status messages that outlive
what they say, an overlap that hides a highlight's reach, a default that exports nothing, two
menu entries with the same key, a key that did nothing, words that do not fit the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kzbrief.core.service import Library
from kzbrief.gui.highlights import colour_hex
from tests.gui.settling import page_drawn, settle

BRIEFING = "kazakhstan-2023"
SECTION = "religion"
CTRL = Qt.KeyboardModifier.ControlModifier


def visible_colour(window, offset: int) -> str | None:
    """The colour the reader paints under ``offset``: the last extra selection over it."""
    reader = window.reader
    colour = None
    for selection in reader.extraSelections():
        start = reader.section_offset(selection.cursor.selectionStart())
        end = reader.section_offset(selection.cursor.selectionEnd())
        if start <= offset < end:
            colour = selection.format.background().color().name()
    return colour


def test_actual_size_says_the_size_it_sets(qtbot, window) -> None:
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert "130%" in window.status.currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.reader.zoom == 100
    assert "130%" not in window.status.currentMessage()
    assert "100%" in window.status.currentMessage()


def test_undo_replaces_the_message_that_offered_it(qtbot, window, library) -> None:
    note = library.add_note(SECTION, "religious")
    window.notes_ui.reload_panel()
    window.notes_ui.delete(note.id)
    settle(window)
    assert "Ctrl+Z brings it back" in window.status.currentMessage()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert [n.id for n in library.notes()] == [note.id]
    message = window.status.currentMessage()
    assert "brings it back" not in message and "Deleted" not in message
    assert "Undid" in message
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert library.notes() == []
    assert "Redid" in window.status.currentMessage()


def test_a_highlight_overlapped_by_another_still_shows_how_far_it_reaches(window, library) -> None:
    text = library.section(SECTION)[1].text
    start = text.index("religious")
    first = library.add_note(SECTION, text[start : start + 20], near=start, colour="yellow")
    overlap = text[start + 10 : start + 40]
    second = library.add_note(SECTION, overlap, near=start + 10, colour="blue")
    window.open_place(BRIEFING, SECTION)
    only_first = visible_colour(window, first.anchor.start + 5)
    both = visible_colour(window, second.anchor.start + 5)
    only_second = visible_colour(window, first.anchor.end + 5)
    assert only_first is not None and both is not None and only_second is not None
    assert len({only_first, both, only_second}) == 3  # each reach is visible
    assert only_first == QColor(colour_hex("yellow")).name()
    assert only_second == QColor(colour_hex("blue")).name()


def test_the_export_dialog_offers_the_tags_that_have_notes(window, library) -> None:
    library.add_note(SECTION, "religious", tags=["memo"])
    assert library.tags()[0] != "memo"  # the vocabulary comes first in the completion list
    dialog = window.show_export_dialog()
    assert dialog.tag_box.currentText() == "memo"
    dialog.reject()


def test_menu_entries_that_share_del_say_where_it_works(window) -> None:
    shown = {}
    for name in ("remove_briefing", "delete_note", "remove_bookmark"):
        text = window.ui_actions[name].text()
        assert "\t" in text, text  # a menu shows what follows the tab as the key
        shown[name] = text.split("\t", 1)[1]
    assert len(set(shown.values())) == 3, shown
    assert "Library" in shown["remove_briefing"]
    assert "Bookmarks" in shown["remove_bookmark"]


def test_del_in_the_text_deletes_the_chosen_note(qtbot, window, library) -> None:
    note = library.add_note(SECTION, "religious")
    window.open_place(BRIEFING, SECTION)
    reader = window.reader
    cursor = reader.cursor_for(note.anchor.start + 2, note.anchor.start + 2)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center()
    )
    assert window.note_editor.note_id == note.id
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    settle(window)
    assert library.notes() == []
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    settle(window)
    assert [n.id for n in library.notes()] == [note.id]


def test_an_imported_briefing_has_its_own_words_and_no_read_time_for_nothing(
    qtbot, window, library: Library, tmp_path: Path
) -> None:
    report = tmp_path / "report.md"
    report.write_text(
        "# My report\n\n## Intro\n\nSome words here.\n\n## Empty\n\n## Details\n\nMore.\n",
        encoding="utf-8",
    )
    library.import_briefing(report)
    window.open_place("my-report", None)
    page_drawn(qtbot, window)
    assert "key facts" not in window.editorial.toPlainText().lower()
    assert "no editorial notes" in window.editorial.toPlainText()
    window.open_place("my-report", "empty")
    assert "min read" not in window.reader.toPlainText()
    assert "no text" in window.reader.toPlainText()
    window.open_place("my-report", "intro")
    assert "1 min read" in window.reader.toPlainText()
    window.open_place(BRIEFING, None)  # the bundled briefing keeps its hint
    page_drawn(qtbot, window)
    assert "key facts" in window.editorial.toPlainText().lower()
