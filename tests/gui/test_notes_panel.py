"""The notes panel: filters, sort, Needs attention and re-attaching, jumping to a passage."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library
from kzbrief.gui.delegates import SUBTITLE_ROLE
from kzbrief.gui.highlights import LAYER
from kzbrief.gui.notes import NEEDS_ATTENTION
from tests.gui.settling import settle

BRIEFING = "kazakhstan-2023"
CLIMATE_QUOTE = "greenhouse gas emissions remain significant"  # only in the first paragraph


def notes_listed(window) -> list[str]:
    """The quotes in the panel, group by group, in the order shown."""
    model = window.notes_panel.model
    return [n.quote for title in model.group_titles() for n in model.notes_in(title)]


def click_note(qtbot, window, note_id: str) -> None:
    window.notes_dock.raise_()
    view = window.notes_panel.view
    rect = view.visualRect(window.notes_panel.model.index_of(note_id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def some_notes(library: Library) -> dict[str, str]:
    made = {
        "religion": library.add_note(
            "religion", "religious", tags=["religion", "follow-up"], colour="green"
        ),
        "climate": library.add_note("climate", CLIMATE_QUOTE, tags=["climate"], colour="blue"),
        "overview": library.add_note(
            "overview", "Kazakhstan", note="Check the dates", tags=["follow-up"]
        ),
    }
    return {key: note.quote for key, note in made.items()}


def test_every_note_is_listed_in_reading_order_with_its_section(window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    quotes = some_notes(library)
    window.notes_ui.reload_panel()
    assert notes_listed(window) == [quotes["overview"], quotes["religion"], quotes["climate"]]
    model = window.notes_panel.model
    first = model.index(0, 0, model.index(0, 0))
    assert first.data(SUBTITLE_ROLE).startswith("Overview · #follow-up · ")
    assert first.data(SUBTITLE_ROLE).endswith("Check the dates")


def test_a_note_typed_in_changes_its_row_in_place_not_the_whole_list(
    qtbot, window, library
) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    # An autosave every second while typing: redrawing the whole list each time (a model
    # reset lays out every row again) stalled the window with many notes.
    some_notes(library)
    window.notes_ui.reload_panel()
    panel, model = window.notes_panel, window.notes_panel.model
    [religion] = [n for n in library.notes() if n.section == "religion"]
    panel.view.setCurrentIndex(model.index_of(religion.id))
    resets, rows = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last: rows.append((first.row(), last.row())))
    library.update_note(religion.id, note="Compare with the 2022 report")
    window.notes_ui.reload_panel()
    index = model.index_of(religion.id)
    assert not resets and rows == [(index.row(), index.row())]
    assert index.data(SUBTITLE_ROLE).endswith("Compare with the 2022 report")
    assert panel.view.currentIndex() == index  # the user's place in the list stays
    removed, added = [], []
    model.rowsRemoved.connect(lambda parent, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda parent, first, last: added.append((first, last)))
    library.remove_note(religion.id)  # a note fewer: that row goes, the rest stay laid out
    window.notes_ui.reload_panel()
    assert not resets and removed == [(index.row(), index.row())]
    assert len(notes_listed(window)) == 2
    library.restore_note(religion)  # (its undo) one row more, where it was
    window.notes_ui.reload_panel()
    assert not resets and added == [(index.row(), index.row())]
    assert model.index_of(religion.id).row() == index.row()
    assert len(notes_listed(window)) == 3
    group = model.index(0, 0)
    assert group.data().endswith("· 3")  # the group's count follows


def test_filter_by_tag_colour_and_text(qtbot, window, library) -> None:
    quotes = some_notes(library)
    window.notes_ui.reload_panel()
    panel = window.notes_panel
    window.notes_dock.raise_()

    panel.set_filter(panel.tag_box, "follow-up")
    assert notes_listed(window) == [quotes["overview"], quotes["religion"]]
    panel.set_filter(panel.colour_box, "green")
    assert notes_listed(window) == [quotes["religion"]]
    panel.set_filter(panel.tag_box, None)
    panel.set_filter(panel.colour_box, None)
    assert len(notes_listed(window)) == 3

    panel.filter_field.setFocus()
    qtbot.keyClicks(panel.filter_field, "dates")  # the note's own words
    qtbot.waitUntil(lambda: notes_listed(window) == [quotes["overview"]])
    panel.filter_field.clear()
    qtbot.keyClicks(panel.filter_field, "xyzzy")
    qtbot.waitUntil(lambda: notes_listed(window) == [])
    assert panel.empty.isVisible() and "match these filters" in panel.empty.text()


def test_filter_by_section_and_briefing_and_sort_by_date(window, library) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    quotes = some_notes(library)
    window.notes_ui.reload_panel()
    panel = window.notes_panel
    panel.set_filter(panel.place_box, f"{BRIEFING}:climate")
    assert notes_listed(window) == [quotes["climate"]]
    panel.set_filter(panel.place_box, BRIEFING)
    assert len(notes_listed(window)) == 3
    panel.set_filter(panel.place_box, None)
    # Written in the opposite of reading order: newest first is the reverse of it.
    for section, year in (("overview", 2020), ("religion", 2021)):
        [note] = library.notes(section_id=section)
        library.restore_note(replace(note, created=f"{year}-01-01T00:00:00Z"))
    panel.set_filter(panel.sort_box, "created")
    assert notes_listed(window) == [quotes["climate"], quotes["religion"], quotes["overview"]]


def test_clicking_a_note_jumps_to_its_passage_and_selects_it(qtbot, window, library) -> None:
    some_notes(library)
    [climate] = library.notes(section_id="climate")
    window.open_place(BRIEFING, "overview")
    window.notes_ui.reload_panel()
    window.notes_dock.raise_()
    window.resize(1000, 420)
    click_note(qtbot, window, climate.id)
    reader = window.reader
    assert reader.section.id == "climate"
    assert reader.selection_section_range() == (climate.anchor.start, climate.anchor.end)
    assert reader.viewport().rect().contains(reader.cursorRect(reader.textCursor()))
    assert window.note_editor.note_id == climate.id
    # Back returns to where the reader was.
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.section.id == "overview"


def new_edition_without(data_dir: Path, section_id: str, old: str, new: str) -> None:
    """Put edition 2 of the bundled briefing in the library, with ``old`` replaced in the
    first paragraph of one section."""
    source = resource_path("briefings") / BRIEFING
    target = data_dir / "library" / BRIEFING
    target.mkdir(parents=True, exist_ok=True)
    data = json.loads((source / "briefing.json").read_text(encoding="utf-8"))
    data["edition"] = 2
    for section in data["sections"]:
        if section["id"] == section_id:
            first = section["paragraphs"][0]
            assert old in first["text"]
            first["text"] = first["text"].replace(old, new)
    (target / "briefing.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(source / "editorial.json", target / "editorial.json")


def test_orphans_are_listed_under_needs_attention_and_reattached_by_selecting_text(
    qtbot, make_window, library, data_dir
) -> None:
    climate_text = library.section("climate")[1].paragraphs[0].text
    if CLIMATE_QUOTE not in climate_text:  # the quote must be in the first paragraph
        raise AssertionError("the test's quote moved out of the climate section's first paragraph")
    orphan = library.add_note("climate", CLIMATE_QUOTE, note="emissions targets")
    kept = library.add_note("religion", "religious")
    library.close()
    new_edition_without(data_dir, "climate", CLIMATE_QUOTE, "carbon output")
    reopened = Library(data_dir)
    try:
        window = make_window(reopened)
        window.build_rest()
        window.notes_dock.raise_()  # the user looks at the Notes panel
        model = window.notes_panel.model
        assert model.group_titles() == [NEEDS_ATTENTION, "Notes"]
        assert [n.id for n in model.notes_in(NEEDS_ATTENTION)] == [orphan.id]
        assert [n.id for n in model.notes_in("Notes")] == [kept.id]

        # Choose the orphan: its section opens, nothing is drawn for it, the user is told.
        click_note(qtbot, window, orphan.id)
        reader = window.reader
        assert reader.section.id == "climate" and reader.layer(LAYER) == []
        assert "Re-attach" in window.status.currentMessage()

        # Select its new passage and re-attach it there.
        text = reader.section.text
        start = text.index("carbon output")
        end = start + len("carbon output")
        first, last = reader.document_range(start, end)
        cursor = QTextCursor(reader.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        reader.setTextCursor(cursor)
        window.ui_actions["reattach_note"].trigger()
        settle(window)
        attached = reopened.note(orphan.id)
        assert (attached.status, attached.quote, attached.body) == (
            "anchored",
            "carbon output",
            "emissions targets",
        )
        assert model.group_titles() == ["Notes"]
        assert (start, end) in [(s, e) for s, e, _ in reader.layer(LAYER)]

        # Undo puts it back under Needs attention.
        reader.setFocus()
        qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(window)
        assert reopened.note(orphan.id).status == "orphaned"
        assert model.group_titles() == [NEEDS_ATTENTION, "Notes"]
        window.close()
    finally:
        reopened.close()


def test_notes_menu_and_shortcuts_are_in_place(window) -> None:
    actions = window.ui_actions
    assert actions["highlight"].shortcut().toString() == "Ctrl+H"
    assert actions["highlight_note"].shortcut().toString() == "Ctrl+Shift+N"
    titles = [a.text() for a in window.menus["Notes"].actions()]
    assert titles[:2] == ["&Highlight", "Highlight with &Note"]
    assert actions["show_notes"].isChecked() == window.notes_dock.isVisible()
