"""The reader's citation marks and Sources lists, and the window's word on an upgraded folder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from kzbrief.core.service import Library
from kzbrief.gui.main_window import MainWindow

BRIEFING = "kazakhstan-2023"


def _point_of(window: MainWindow, text: str) -> QPoint:
    """The viewport point in the middle of the first ``text`` shown in the reader."""
    document = window.reader.document()
    found = document.find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    return window.reader.cursorRect(cursor).center()


def test_a_section_shows_citation_marks_that_name_their_source(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.page_shown):
        window.open_place(BRIEFING, "assembly")
    shown = window.reader.toPlainText()
    assert "[1]" in shown and "Sources" in shown
    assert "[AI-2023] Amnesty International" in shown  # the list at the end of the section
    window.reader.ensureCursorVisible()
    point = _point_of(window, "[1]")
    assert window.reader.anchorAt(point) == "#src-assembly-1"
    assert window.reader.citation_at(point).startswith("[AI-2023] Amnesty International")
    assert window.reader.citation_at(QPoint(1, 1)) == ""
    viewport = window.reader.viewport()
    hover = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, hover)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("[AI-2023] Amnesty International")
    QToolTip.hideText()


def test_the_cover_lists_every_source(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.page_shown):
        window.open_place(BRIEFING, "climate")
    with qtbot.waitSignal(window.page_shown):
        window.open_place(BRIEFING, None)
    shown = window.reader.toPlainText()
    for source_id in ("AI-2023", "AI-2022", "IPHR-2023a", "IPHR-2024", "LOC-2024", "CAT-2021"):
        assert f"[{source_id}]" in shown


def test_a_010_folder_opens_with_its_notes_moved_and_says_so_once(
    qtbot, folder_010: dict, make_window
) -> None:
    library = Library(folder_010["data_dir"])
    window = make_window(library)
    qtbot.waitUntil(lambda: "edition 2" in window.status.currentMessage(), timeout=30_000)
    message = window.status.currentMessage()
    assert message.startswith(
        "Your 6 notes on 'Kazakhstan: human rights in 2023' were moved to edition 2: "
    )
    assert "Rebuilt the search index" not in message  # expected after a new edition, not a repair
    assert window.status.offer_button.isVisible()  # Show Notes: the orphans wait there
    orphans = library.notes(status="orphaned")
    assert orphans and len(library.notes()) == len(folder_010["before"])
    window.close()
    again = make_window(library)
    qtbot.waitUntil(lambda: not again.status.progress.isVisible(), timeout=30_000)
    assert "edition 2" not in again.status.currentMessage()
    again.close()
    library.close()


def test_the_upgrade_notice_has_english_plurals_and_keeps_translatable_sources() -> None:
    from kzbrief.core.upgrade import EditionUpgrade
    from kzbrief.gui.upgrade_notice import upgrade_message

    one = EditionUpgrade("b", "T", 1, 2, stayed=0, moved=0, orphaned=1)
    assert upgrade_message(one) == (
        "Your 1 note on 'T' was moved to edition 2: 0 stayed, 0 moved, 1 needs attention"
    )
    many = EditionUpgrade("b", "%2 odd", 1, 2, stayed=4, moved=1, orphaned=1)
    assert upgrade_message(many) == (
        "Your 6 notes on '%2 odd' were moved to edition 2: 4 stayed, 1 moved, 1 needs attention"
    )


def test_show_earlier_edition_brings_edition_1_back_with_the_notes(
    qtbot, folder_010: dict, make_window
) -> None:
    library = Library(folder_010["data_dir"])
    window = make_window(library)
    qtbot.waitUntil(lambda: window.panels_built, timeout=30_000)
    qtbot.waitUntil(lambda: not window.status.progress.isVisible(), timeout=30_000)
    orphans = library.notes(status="orphaned")
    assert orphans
    action = window.ui_actions["show_earlier_edition"]
    assert action.text() == "Show Earlier &Edition"
    with qtbot.waitSignal(window.library_ui.imports.restored, timeout=30_000):
        action.trigger()
    assert library.briefing(BRIEFING).edition == 1
    assert "edition 1" in window.status.currentMessage()
    for orphan in orphans:  # read where it was: placed again in its old text
        assert library.note(orphan.id).status != "orphaned"
    assert len(library.notes()) == len(folder_010["before"])
    with qtbot.waitSignal(window.library_ui.imports.removed, timeout=30_000):
        window.library_ui.ops.remove(BRIEFING)  # Remove Briefing: back to edition 2
    assert library.briefing(BRIEFING).edition == 2
    window.close()
    library.close()
