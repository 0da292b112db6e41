"""The plain window of the foundation: contents and text of the briefing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kzbrief.gui.main_window import MainWindow


def test_window_shows_contents_and_first_section(qtbot, library) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    top = window.contents.topLevelItem(0)
    assert top.text(0) == "Kazakhstan: human rights in 2023"
    assert top.childCount() == len(library.default_briefing().sections)
    assert "Overview" in window.reader.toPlainText()


def test_clicking_a_section_shows_its_text(qtbot, library) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    top = window.contents.topLevelItem(0)
    climate = next(
        top.child(i) for i in range(top.childCount()) if top.child(i).text(0) == "Climate policy"
    )
    rect = window.contents.visualItemRect(climate)
    qtbot.mouseClick(window.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "greenhouse gas" in window.reader.toPlainText()
