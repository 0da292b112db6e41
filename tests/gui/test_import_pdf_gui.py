"""PDF import in the window (issue 15): the password is asked for, the page numbers are in the
reader's margin, and a long import can be cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.reader import page_marks

DOCS = Path(__file__).parent.parent / "data" / "documents"
TIMEOUT_MS = 30_000


def _open_dialog(qtbot, window: MainWindow, monkeypatch, path: Path):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.library_ui.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_protected_pdf_asks_for_the_password_then_imports(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter(["wrong", "secret"])

    def answer(parent, title, label, echo):
        asked.append(label)
        assert echo == QInputDialog.EchoMode.Password if hasattr(QInputDialog, "EchoMode") else 1
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    dialog = _open_dialog(qtbot, window, monkeypatch, DOCS / "protected.pdf")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert asked[0] == "protected.pdf is protected by a password. Enter it to import the file:"
    assert asked[1] == "That password does not open protected.pdf. Try again:"
    assert "freedom-report-2024" in [b.id for b in window.library.briefings()]


def test_declining_the_password_imports_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    before = [b.id for b in window.library.briefings()]
    dialog = _open_dialog(qtbot, window, monkeypatch, DOCS / "protected.pdf")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT_MS)
    assert "is protected by a password" in dialog.error.text()
    assert "Nothing was imported." in dialog.error.text()
    assert [b.id for b in window.library.briefings()] == before


def test_cancel_stops_a_pdf_import_while_it_reads_pages(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "core"))
    import hostile_readers

    from kzbrief.core.importers import parse

    # The child process reads a third of a second per page: a long PDF.
    monkeypatch.setattr(parse, "read_document", hostile_readers.slow_pages)
    before = [b.id for b in window.library.briefings()]
    dialog = _open_dialog(qtbot, window, monkeypatch, DOCS / "report.pdf")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=TIMEOUT_MS)  # page 1 read
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT_MS)
    assert "was cancelled" in dialog.error.text()
    assert dialog.progress.value() < dialog.progress.maximum()  # before the last page
    assert [b.id for b in window.library.briefings()] == before


def test_reader_shows_page_numbers_in_the_margin(qtbot, window: MainWindow) -> None:
    report = window.library.import_briefing(DOCS / "report.pdf")
    window.library_ui.imports.changed.emit()
    briefing = window.library.briefing(report.briefing_id)
    section = briefing.section("1-expression")
    # A mark where each page starts: page 1 at the start, page 2 inside the paragraph that
    # runs onto it, and page 1 again at the footnote (printed at the foot of page 1).
    marks = page_marks(section)
    assert [label for _, label in marks] == ["1", "2", "1"]
    assert section.text[marks[1][0] :].startswith("order, a phrase")
    window.reader.show_section(
        briefing, section, window.library.section_html(section.id, briefing.id)
    )
    window.reader.resize(900, 700)
    window.reader.show()
    qtbot.waitExposed(window.reader)
    image = window.reader.viewport().grab().toImage()
    margin = int(window.reader.document().rootFrame().frameFormat().leftMargin())
    background = image.pixelColor(2, 2)
    inked = [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, max(margin - 4, 1))
        if image.pixelColor(x, y) != background
    ]
    assert inked, "no page number drawn in the margin"


def test_page_numbers_do_not_touch_the_text_in_a_narrow_reader(qtbot, window: MainWindow) -> None:
    report = window.library.import_briefing(DOCS / "report.pdf")
    briefing = window.library.briefing(report.briefing_id)
    section = briefing.section("1-expression")
    reader = window.reader
    reader.resize(420, 600)  # narrow: the column's margin alone would be the minimum
    reader.show_section(briefing, section, window.library.section_html(section.id, briefing.id))
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    font = QFont(reader.document().defaultFont())
    font.setPointSizeF(font.pointSizeF() * 0.75)  # the page numbers' size
    label = QFontMetricsF(font).horizontalAdvance("p. 1")
    assert margin >= label + QFontMetricsF(font).averageCharWidth() * 2
