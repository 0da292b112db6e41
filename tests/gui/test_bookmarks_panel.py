"""Bookmarks: Ctrl+D with a label, jump, rename, delete, and undo of each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from kzbrief.gui.navigation import paragraph_offset
from tests.gui.settling import settle


def editor(window) -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit) and widget is not window.search_panel.field
    return widget


def type_label(qtbot, window, label: str | None) -> None:
    """Type into the open label editor and press Enter (the view commits on the next loop)."""
    field = editor(window)
    if label is not None:
        field.selectAll()
        qtbot.keyClicks(field, label)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.bookmarks.view.state() != QAbstractItemView.State.EditingState)
    settle(window)


def add_with_label(qtbot, window, label: str | None) -> None:
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    type_label(qtbot, window, label)


def test_ctrl_d_bookmarks_the_paragraph_in_view_with_a_typed_label(qtbot, window, library) -> None:
    _, section = library.section("domestic-violence")
    window.open_place(library.default_briefing().id, "domestic-violence")
    window.resize(900, 400)
    second = section.paragraphs[1]
    window.reader.scroll_to_offset(paragraph_offset(section, second.id))
    add_with_label(qtbot, window, "Support services")
    [bookmark] = library.bookmarks()
    assert (bookmark.section, bookmark.paragraph, bookmark.label) == (
        "domestic-violence",
        second.id,
        "Support services",
    )
    assert window.bookmarks_dock.isVisible()
    assert window.bookmarks.model.rowCount() == 1
    assert window.bookmarks.model.index(0).data() == "Support services"


def test_leaving_the_label_as_it_is_keeps_a_useful_default(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, "climate")
    add_with_label(qtbot, window, None)
    [bookmark] = library.bookmarks()
    assert bookmark.label == "Climate policy"


def test_clicking_a_bookmark_jumps_to_its_place(qtbot, window, library) -> None:
    briefing = library.default_briefing()
    _, section = library.section("domestic-violence")
    library.add_bookmark(
        "domestic-violence", label="Second part", paragraph=section.paragraphs[1].id
    )
    window.reload_bookmarks()
    window.resize(900, 400)
    window.open_place(briefing.id, "overview")
    window.bookmarks_dock.raise_()
    view = window.bookmarks.view
    rect = view.visualRect(window.bookmarks.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.section.id == "domestic-violence"
    assert window.reader.offset_at_top() == paragraph_offset(section, section.paragraphs[1].id)


def focus_only_bookmark(window, library, label: str):
    """A bookmark made elsewhere (the CLI), shown and chosen in the panel."""
    bookmark = library.add_bookmark("assembly", label=label)
    window.reload_bookmarks()
    window.bookmarks_dock.raise_()
    view = window.bookmarks.view
    view.setFocus()
    view.setCurrentIndex(window.bookmarks.model.index(0))
    return bookmark, view


def test_rename_with_f2_and_undo_it(qtbot, window, library) -> None:
    bookmark, view = focus_only_bookmark(window, library, "Old label")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    settle(window)
    type_label(qtbot, window, "New label")
    assert library.bookmarks()[0].label == "New label"
    assert window.bookmarks.model.index(0).data() == "New label"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert library.bookmarks()[0].label == "Old label"
    assert library.bookmarks()[0].id == bookmark.id


def test_delete_then_undo_brings_the_same_bookmark_back(qtbot, window, library) -> None:
    bookmark, view = focus_only_bookmark(window, library, "Keep me")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    settle(window)
    assert library.bookmarks() == []
    assert window.bookmarks.empty.isVisible()
    assert "Ctrl+Z" in window.status.currentMessage()
    assert window.ui_actions["undo"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert library.bookmarks() == [bookmark]
    assert window.bookmarks.model.rowCount() == 1
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(window)
    assert library.bookmarks() == []


def test_delete_key_in_the_search_field_does_not_delete_bookmarks(qtbot, window, library) -> None:
    library.add_bookmark("assembly")
    window.reload_bookmarks()
    window.bookmarks.select(library.bookmarks()[0].id)
    window.focus_search()
    qtbot.keyClicks(window.search_panel.field, "ab")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Delete)
    assert window.search_panel.field.text() == "b"
    assert len(library.bookmarks()) == 1


def test_undo_of_an_added_bookmark_removes_it(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, "climate")
    add_with_label(qtbot, window, "Temporary")
    assert len(library.bookmarks()) == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the rename
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the add
    settle(window)
    assert library.bookmarks() == []


def test_redo_puts_an_undone_bookmark_back(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, "climate")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    qtbot.keyClick(editor(window), Qt.Key.Key_Escape)  # keep the suggested label
    qtbot.waitUntil(lambda: window.bookmarks.view.state() != QAbstractItemView.State.EditingState)
    [bookmark] = library.bookmarks()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert library.bookmarks() == []
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert library.bookmarks() == [bookmark]
    assert window.bookmarks.model.rowCount() == 1


def test_the_cover_cannot_be_bookmarked_and_says_why(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, None)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert library.bookmarks() == []
    assert "Open a section" in window.status.currentMessage()
