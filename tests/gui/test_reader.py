"""The reader view: offsets in Section.text <-> document positions, layers, zoom, theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCursor

from kzbrief.gui import theme as themes
from kzbrief.gui.reader import ReaderView, document_text


@pytest.fixture
def reader(qtbot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def show(reader: ReaderView, library, section_id: str):
    briefing, section = library.section(section_id)
    reader.show_section(briefing, section, library.section_html(section_id))
    return section


def test_every_character_of_every_section_maps_both_ways(reader, library) -> None:
    for section in library.default_briefing().sections:
        show(reader, library, section.id)
        text = document_text(reader.document())
        for offset, char in enumerate(section.text):
            if char.isspace():
                continue
            position, _ = reader.document_range(offset, offset + 1)
            assert text[position] == char, (section.id, offset)
            assert reader.section_offset(position) == offset


def test_selection_gives_its_range_in_section_text(reader, library) -> None:
    section = show(reader, library, "religion")
    start = section.text.index("religious")
    end = start + len("religious")
    first, last = reader.document_range(start, end)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.selection_section_range() == (start, end)
    assert section.text[start:end] == cursor.selectedText() == "religious"
    reader.setTextCursor(QTextCursor(reader.document()))
    assert reader.selection_section_range() is None


def test_layers_are_drawn_in_order_under_the_search_marks(reader, library) -> None:
    section = show(reader, library, "assembly")
    reader.set_layer("highlights", [(0, 10, "#ffeb3b")])
    reader.set_matches([(20, 25), (40, 45)])
    reader.show_match(1)
    selections = reader.extraSelections()
    assert len(selections) == 4
    # highlights first (beneath), then every match, then the current match on top
    assert selections[0].cursor.selectedText() == section.text[0:10]
    assert selections[-1].cursor.selectedText() == section.text[40:45]
    current = themes.mark_format(themes.LIGHT, "current-match").background().color()
    assert selections[-1].format.background().color() == current
    reader.set_layer("highlights", [])
    assert len(reader.extraSelections()) == 3
    assert reader.layer("search") == [(20, 25, "match"), (40, 45, "match")]


def test_a_new_section_starts_with_no_marks(reader, library) -> None:
    show(reader, library, "assembly")
    reader.set_matches([(0, 5)])
    show(reader, library, "religion")
    assert reader.extraSelections() == []
    assert reader.match_count == 0


def test_zoom_scales_the_text_and_keeps_the_place(reader, library) -> None:
    section = show(reader, library, "january-2022")
    reader.resize(500, 300)
    offset = len(section.paragraphs[0].text) + 2  # the second paragraph
    reader.scroll_to_offset(offset)
    before = reader.document().defaultFont().pointSizeF()
    assert reader.offset_at_top() == offset
    reader.set_zoom(150)
    assert reader.document().defaultFont().pointSizeF() == pytest.approx(before * 1.5)
    assert abs(reader.offset_at_top() - offset) < 40  # still at the start of that paragraph


def test_theme_switch_repaints_the_page_and_keeps_the_marks(reader, library) -> None:
    show(reader, library, "assembly")
    reader.set_matches([(4, 9)])
    reader.set_theme(themes.DARK)
    assert reader.palette().color(QPalette.ColorRole.Base).name() == themes.DARK.page
    assert len(reader.extraSelections()) == 1
    assert "#dcd8cf" in reader.document().defaultStyleSheet()


def test_long_lines_are_kept_to_a_readable_column(reader, library) -> None:
    show(reader, library, "overview")
    reader.resize(1600, 600)
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    assert margin > 200  # the text does not run across a wide window


def test_cover_lists_sections_as_links(qtbot, reader, library) -> None:
    briefing = library.default_briefing()
    reader.show_cover(briefing)
    assert reader.section is None
    assert briefing.attribution["original_source"] in reader.toPlainText()
    target = briefing.sections[3]
    found = reader.document().find(target.title)
    rect = reader.cursorRect(QTextCursor(found.block()))
    with qtbot.waitSignal(reader.section_link_clicked) as signal:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [briefing.id, target.id]


def test_a_long_reports_cover_lists_its_first_sections_and_says_how_many_more(
    reader, library
) -> None:
    import dataclasses

    from kzbrief.gui.readerdoc import COVER_SECTIONS, SECTION_LINK

    briefing = library.default_briefing()
    long_report = dataclasses.replace(briefing, sections=briefing.sections * 40)
    more = len(long_report.sections) - COVER_SECTIONS
    assert more > 0
    reader.show_cover(long_report)
    text = reader.toPlainText()
    assert f"…and {more} more section" in text and "Contents panel (Ctrl+1)" in text
    links = reader.document().toHtml().count(f'href="{SECTION_LINK}:section/')
    assert links == COVER_SECTIONS
    reader.show_cover(briefing)  # a short one: every section, nothing more
    assert "more section" not in reader.toPlainText()
    assert reader.document().toHtml().count(f'href="{SECTION_LINK}:section/') == len(
        briefing.sections
    )
