"""The reader, the editorial panel and the help as text documents a keyboard and a screen
reader can use (issue 21): a caret, keyboard selection, links by Enter, F7, announcements.

(The same through the real AT-SPI bridge: tests/a11y.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor

from kzbrief.gui import a11y
from kzbrief.gui.highlights import LAYER, colour_hex
from tests.gui.settling import settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

SECTION = "religion"


def caret_at(window, library, text: str) -> int:
    """Open SECTION with the caret (no selection) just before ``text``; its offset."""
    window.open_place(library.default_briefing().id, SECTION)
    reader = window.reader
    start = reader.section.text.index(text)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.document_range(start, start + 1)[0])
    reader.setTextCursor(cursor)
    reader.setFocus()
    return start


def test_the_reader_is_text_with_a_caret_not_a_label(window) -> None:
    for view in (window.reader, window.editorial):
        iface = QAccessible.queryAccessibleInterface(view)
        assert iface.role() == QAccessible.Role.EditableText  # AT-SPI: "text", not "label"
        assert iface.state().readOnly
        assert iface.textInterface() is not None
        flags = view.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard  # the caret shows


def test_a_passage_selected_with_the_keyboard_is_highlighted_with_ctrl_h(
    qtbot, window, library
) -> None:
    start = caret_at(window, library, "religious")
    reader = window.reader
    for _ in range(2):  # two words, as a keyboard user selects them
        qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL | SHIFT)
    selected = reader.selection_section_range()
    assert selected is not None and selected[0] == start
    quote = reader.section.text[selected[0] : selected[1]]
    assert quote.startswith("religious ") and len(quote.split()) == 2
    qtbot.keyClick(reader, Qt.Key.Key_Right, SHIFT)  # and one more character
    assert reader.selection_section_range() == (selected[0], selected[1] + 1)
    qtbot.keyClick(reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    assert (note.anchor.start, note.anchor.end) == (selected[0], selected[1] + 1)
    assert reader.layer(LAYER) == [(note.anchor.start, note.anchor.end, colour_hex("yellow"))]
    # The caret arriving on the highlight says so.
    cursor = reader.textCursor()
    cursor.setPosition(reader.document_range(start, start + 1)[0] - 1)
    reader.setTextCursor(cursor)
    a11y.ANNOUNCED.clear()
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert "highlighted in yellow" in a11y.ANNOUNCED


@pytest.fixture
def screen_reader_attached() -> Iterator[None]:
    """As when Orca is running: Qt's accessibility is active."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def background_at(reader, offset: int) -> str:
    """The background colour of the document's own format at ``Section.text`` offset (what
    Qt's accessible text reports as the ``background-color`` attribute); "" for none."""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.document_range(offset, offset + 1)[0] + 1)  # (the char before)
    brush = cursor.charFormat().background()
    return brush.color().name() if brush.style() == Qt.BrushStyle.SolidPattern else ""


def test_highlights_and_matches_are_text_attributes_for_a_screen_reader(
    qtbot, window, library, screen_reader_attached, type_search
) -> None:
    start = caret_at(window, library, "religious")
    reader = window.reader
    plain = background_at(reader, start)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    [(_, _, colour)] = reader.layer(LAYER)
    assert background_at(reader, note.anchor.start) == colour
    assert background_at(reader, note.anchor.end) == plain  # only the passage
    # Nothing changes on screen: the same pixels as without a screen reader.
    reader.setCursorWidth(0)  # (a blinking caret would differ between two pictures)
    seen = reader.grab().toImage()
    QAccessible.setActive(False)
    reader.set_layer(LAYER, reader.layer(LAYER))  # drawn again, without the attributes
    assert background_at(reader, note.anchor.start) == plain
    assert reader.grab().toImage() == seen
    QAccessible.setActive(True)
    reader.set_layer(LAYER, reader.layer(LAYER))
    window.ui_actions["undo"].trigger()  # the highlight goes: so does its attribute
    settle(window)
    assert not library.notes()
    assert background_at(reader, note.anchor.start) == plain
    type_search(window, "religious")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current_match == 0)
    [(first, _, _)] = reader.layer("search-current")
    assert background_at(reader, first) not in ("", plain)  # the current match's colour


def test_enter_on_a_link_follows_it(qtbot, window, library) -> None:
    briefing = library.default_briefing()
    window.open_place(briefing.id, None)
    reader = window.reader
    target = briefing.sections[2]
    found = reader.document().find(target.title)
    cursor = QTextCursor(reader.document())
    before = found.selectionStart()
    while reader.href_at(before):  # back to where no link is
        before -= 1
    cursor.setPosition(before)
    reader.setTextCursor(cursor)
    reader.setFocus()
    a11y.ANNOUNCED.clear()
    qtbot.keyClick(reader, Qt.Key.Key_Right)  # the caret moving onto a link says so
    assert a11y.ANNOUNCED == ["link, Enter follows it"]
    cursor.setPosition(found.selectionStart() + 1)  # in the link to section 3
    reader.setTextCursor(cursor)
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert reader.section is not None and reader.section.id == target.id


def test_the_caret_arriving_on_a_heading_says_its_level_once(qtbot, window, library) -> None:
    briefing = library.default_briefing()
    window.open_place(briefing.id, None)  # the cover: its title is a level-1 heading
    reader = window.reader
    reader.setFocus()
    cursor = QTextCursor(reader.document())
    cursor.setPosition(0)
    reader.setTextCursor(cursor)
    found = reader.document().find(briefing.title)
    assert found.block().blockFormat().headingLevel() == 1
    cursor.setPosition(found.block().position() - 1)  # just before it
    reader.setTextCursor(cursor)
    a11y.ANNOUNCED.clear()
    qtbot.keyClick(reader, Qt.Key.Key_Right)  # onto the heading
    qtbot.keyClick(reader, Qt.Key.Key_Right)  # along it: not said again
    assert a11y.ANNOUNCED == ["heading level 1"]


def test_the_end_of_a_paragraph_before_a_link_is_not_the_link(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, None)
    reader = window.reader
    heading = reader.document().find("Contents").block()  # the list of links follows it
    end = heading.position() + heading.length() - 1
    assert reader.href_at(end + 1)  # the first link, at the start of the next paragraph
    assert reader.href_at(end) == ""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(end)
    reader.setTextCursor(cursor)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert reader.section is None  # Enter there follows nothing: still the cover


def test_f7_turns_caret_browsing_off_and_on(qtbot, window) -> None:
    reader = window.reader
    reader.setFocus()
    a11y.ANNOUNCED.clear()
    qtbot.keyClick(reader, Qt.Key.Key_F7)
    assert not reader.caret_browsing
    assert not reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.keyClick(reader, Qt.Key.Key_F7)
    assert reader.caret_browsing
    assert a11y.ANNOUNCED == ["Caret browsing off", "Caret browsing on"]


def test_caret_browsing_is_kept_between_runs_and_the_help_follows_it(
    qtbot, make_window, settings
) -> None:
    first = make_window()
    first.reader.setFocus()
    qtbot.keyClick(first.reader, Qt.Key.Key_F7)  # off
    assert not first.editorial.caret_browsing  # every text document of the window
    first.close()
    again = make_window(store=settings)  # the next run, on the same settings
    assert not again.reader.caret_browsing and not again.editorial.caret_browsing
    assert not again.ui_actions["caret_browsing"].isChecked()
    qtbot.keyClick(again, Qt.Key.Key_F1)  # the help opens as the user left the caret
    help_text = again._cheat_sheet.table
    assert not help_text.caret_browsing
    help_text.setFocus()
    qtbot.keyClick(help_text, Qt.Key.Key_F7)  # F7 in the help: on, everywhere, and kept
    assert help_text.caret_browsing and again.reader.caret_browsing
    assert again.ui_actions["caret_browsing"].isChecked()
    assert make_window(store=settings).reader.caret_browsing


def test_opening_a_hit_puts_the_caret_at_the_match_and_says_so(qtbot, window, type_search) -> None:
    type_search(window, '"domestic violence"')
    a11y.ANNOUNCED.clear()
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)  # opens the first hit
    reader = window.reader
    qtbot.waitUntil(lambda: reader.current_match == 0)
    start = reader.layer("search-current")[0][0]
    assert reader.textCursor().position() == reader.document_range(start, start + 1)[0]
    assert any(said.startswith("Match 1 of") for said in a11y.ANNOUNCED)


def test_tab_goes_through_the_editorial_links_then_on(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, SECTION)
    editorial = window.editorial
    editorial.setFocus()
    editorial.setTextCursor(QTextCursor(editorial.document()))
    qtbot.keyClick(editorial, Qt.Key.Key_Tab)
    assert editorial.hasFocus()
    assert editorial.textCursor().selectedText().startswith("#")  # the first tag
    href = editorial.link_at_caret()
    with qtbot.waitSignal(editorial.tag_clicked):
        qtbot.keyClick(editorial, Qt.Key.Key_Return)
    assert href.startswith("kzbrief:tag/")


def test_enter_on_a_highlight_opens_its_note_for_typing(qtbot, window, library) -> None:
    start = caret_at(window, library, "religious")
    reader = window.reader
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_H, CTRL)
    settle(window)
    [note] = library.notes()
    assert "Enter" in window.status.currentMessage()  # the keyboard way is said
    qtbot.keyClick(reader, Qt.Key.Key_Left)
    qtbot.keyClick(reader, Qt.Key.Key_Left)  # back into the highlight
    window.note_editor.body.clearFocus()
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert window.note_editor.note_id == note.id
    assert window.note_editor.body.hasFocus()
    assert reader.section_offset(reader.textCursor().position()) >= start
