"""Keyboard-only use and names for screen readers (issue 21): F6 between panes, Tab only
on screen, the window's shortcuts from text fields, panels placed from the View menu, every
control named, value labels that expose their value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from kzbrief.gui import a11y
from kzbrief.gui.panes import on_screen
from tests.gui.settling import page_drawn, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_f6_and_shift_f6_go_round_the_panes(qtbot, window) -> None:
    window.reader.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [window.editorial, window.contents.view, window.reader]
    qtbot.keyClick(window.reader, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is window.contents.view
    assert "Contents pane" in a11y.ANNOUNCED


def test_tab_never_passes_through_a_hidden_panel(qtbot, window) -> None:
    window.build_rest()
    window.contents.view.setFocus()
    focused = []
    QApplication.instance().focusChanged.connect(lambda _old, new: focused.append(new))
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused, "Tab moved the focus nowhere"
    hidden = [w.objectName() or type(w).__name__ for w in focused if not on_screen(window, w)]
    assert hidden == []  # not even for a moment (a screen reader would say each)
    assert window.reader in focused and window.editorial in focused


def test_ctrl_e_works_from_the_search_field_and_ctrl_a_still_selects(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    field = window.search_panel.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "assembly")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.selectedText() == "assembly"  # an editing key stays with the field
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert window.export_dialog is not None and window.export_dialog.isVisible()
    window.export_dialog.reject()


def test_panels_float_move_and_close_from_the_view_menu(qtbot, window) -> None:
    titles = [a.text() for a in window.menus["View"].actions()]
    assert "&Panels" in titles
    navigation, dock = window.pane_navigation, window.editorial_dock
    navigation.place(dock, "float")
    assert dock.isFloating()
    navigation.place(dock, None)
    assert not dock.isFloating()
    navigation.place(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert dock.isAncestorOf(QApplication.focusWidget())
    navigation.place(dock, "close")
    assert dock.isHidden()
    assert "Editorial moved to the left" in a11y.ANNOUNCED


def test_ctrl_number_brings_a_panel_behind_a_tab_to_the_front_then_closes_it(qtbot, window) -> None:
    window.build_rest()
    notes, search = window.notes_dock, window.search_dock
    assert notes in window.tabifiedDockWidgets(search)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # the search panel, in front
    assert on_screen(window, search.widget()) and not on_screen(window, notes.widget())
    assert not notes.isHidden()  # open, behind the search panel's tab
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Ctrl+5: to the front, not closed
    assert on_screen(window, notes.widget())
    assert window.ui_actions["show_notes"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # in sight now: closed
    assert notes.isHidden() and not window.ui_actions["show_notes"].isChecked()


def test_the_nameless_controls_of_issue_21_have_names(qtbot, window) -> None:
    window.build_rest()
    fields = (window.search_panel.field, window.notes_panel.filter_field, window.note_editor.tags)
    for field in fields:
        field.setText("x")  # the clear button shows
        buttons = [b for b in field.findChildren(QToolButton) if b.isVisibleTo(field)]
        assert buttons and all(accessible_name(b) for b in buttons), field.objectName()
    panel = window.notes_panel
    for box in (panel.colour_box, panel.tag_box, panel.place_box, panel.sort_box):
        assert box.view().accessibleName().endswith(": choices")
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and extension.accessibleName() == "More tools"


def test_the_bookmark_label_editor_of_ctrl_d_is_named(qtbot, window, library) -> None:
    window.open_place(library.default_briefing().id, "religion")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_D, CTRL)
    settle(window)  # the label editor opens once the bookmark is written
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Bookmark label"


def test_value_labels_expose_their_values(qtbot, window, library, type_search) -> None:
    window.open_place(library.default_briefing().id, "religion")
    page_drawn(qtbot, window)
    status = window.status
    assert accessible_name(status.section_label) == "Freedom of religion and belief"
    assert status.section_label.accessibleDescription() == "Section"
    a11y.ANNOUNCED.clear()
    type_search(window, "religion")
    summary = window.search_panel.summary
    assert accessible_name(summary) == summary.text() != ""
    assert summary.text() in a11y.ANNOUNCED
