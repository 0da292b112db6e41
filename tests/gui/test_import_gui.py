"""Importing in the window, as a user does it: File > Import…, drops, new editions, the
library view with removal and Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QTabBar, QWidget

from kzbrief.core.service import Library
from kzbrief.gui.library_panel import ROW_ROLE
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.notes import NEEDS_ATTENTION
from kzbrief.gui.searchresults import HIT_ROLE
from tests.gui.settling import page_drawn

IMPORT_TIMEOUT_MS = 30_000


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    """``choose(path)``: the next file chooser returns ``path`` (as if the user picked it)."""

    def pick(path: Path) -> None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
        )

    return pick


def _briefing_titles(window: MainWindow) -> list[str]:
    model = window.contents.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _library_ids(window: MainWindow) -> list[str]:
    return window.library_panel.model.ids()


def _import_with_dialog(qtbot, window: MainWindow, *, edition: bool = False):
    """Press Ctrl+O (or Ctrl+Shift+O); the patched chooser answers; press Import."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if edition:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_O, modifiers)
    dialog = window.library_ui.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.path_field.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def _wait_closed(qtbot, window: MainWindow, dialog) -> None:
    """Wait for the import to finish and the dialog to close; the window has the keys again."""
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=IMPORT_TIMEOUT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _click_dock_tab(qtbot, window: MainWindow, title: str) -> None:
    """Click the tab of a docked panel that shares its place with others."""
    for bar in window.findChildren(QTabBar):
        for tab in range(bar.count()):
            if bar.tabText(tab) == title:
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
                return
    raise AssertionError(f"no tab {title!r}")


def _hits(window: MainWindow) -> list[tuple[str, str, str]]:
    """(briefing, section, shown title) of each hit in the search panel."""
    model = window.search_panel.model
    found = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            hit = index.data(HIT_ROLE)
            found.append((hit.briefing, hit.section, index.data()))
    return found


def test_import_markdown_shows_it_in_contents_and_search(
    qtbot, window: MainWindow, import_file, choose, type_search
) -> None:
    progress: list[tuple[int, int]] = []
    window.library_ui.imports.progress.connect(lambda done, total: progress.append((done, total)))
    choose(import_file("annual-review.md"))
    dialog = _import_with_dialog(qtbot, window)
    _wait_closed(qtbot, window, dialog)
    assert progress and progress[-1][0] == progress[-1][1] > 0  # indexed on the worker
    assert "Kazakhstan: civic space review 2024" in _briefing_titles(window)
    message = window.status.currentMessage()
    assert "Imported 'Kazakhstan: civic space review 2024' as" in message
    assert ": 4 sections," in message and "(markdown, utf-8, English)" in message
    assert window.reader.briefing.id == "kazakhstan-civic-space-review-2024"  # its cover
    row = window.library_panel.model.index(
        window.library_panel.model.row_of("kazakhstan-civic-space-review-2024"), 0
    ).data(ROW_ROLE)
    assert (row["edition"], row["sections"], row["notes"]) == (1, 4, 0)

    type_search(window, "Shymkent")
    hits = _hits(window)
    assert hits[0][:2] == ("kazakhstan-civic-space-review-2024", "freedom-of-peaceful-assembly")
    # Two briefings in the library: each hit names its briefing.
    assert hits[0][2].endswith("— Kazakhstan: civic space review 2024")


def test_russian_cp1251_text_is_found_by_an_inflected_word(
    qtbot, window: MainWindow, import_file, choose
) -> None:
    choose(import_file("obzor-ru.txt", "cp1251"))
    dialog = _import_with_dialog(qtbot, window)
    _wait_closed(qtbot, window, dialog)
    message = window.status.currentMessage()
    assert "Russian" in message and "cp1251" in message
    # The text says "выборы". QTest types ASCII only; a keyboard layout sends key events
    # that carry the letter, as here.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.search_panel.field
    assert field.hasFocus()
    for letter in "выборами":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )
    qtbot.waitUntil(
        lambda: (o := window.search_panel.model.outcome) is not None and o.query == "выборами",
        timeout=IMPORT_TIMEOUT_MS,
    )
    hits = _hits(window)
    assert hits and hits[0][1] == "2-dosrochnye-vybory"


@pytest.mark.parametrize(
    ("content", "reason"), [(b"", "is empty"), (b"\x00\x01\x02PK\x03\x04" * 200, "binary")]
)
def test_refused_file_shows_a_clear_message_and_changes_nothing(
    qtbot, window: MainWindow, library: Library, tmp_path: Path, choose, content, reason
) -> None:
    bad = tmp_path / "report.txt"
    bad.write_bytes(content)
    before = [r["id"] for r in library.library_summary()]
    choose(bad)
    dialog = _import_with_dialog(qtbot, window)
    qtbot.waitUntil(dialog.error.isVisible, timeout=IMPORT_TIMEOUT_MS)
    text = dialog.error.text()
    assert reason in text and "Nothing was imported." in text
    assert "Traceback" not in text
    assert dialog.isVisible() and dialog.path_field.text() == str(bad)  # the choice is kept
    assert _library_ids(window) == before
    assert [r["id"] for r in library.library_summary()] == before
    assert not any((library.data_dir / "library").glob("*"))
    dialog.reject()


def test_an_id_already_there_is_refused(
    qtbot, window: MainWindow, import_file, choose, monkeypatch
) -> None:
    choose(import_file("annual-review.md"))
    first = _import_with_dialog(qtbot, window)
    _wait_closed(qtbot, window, first)
    second = _import_with_dialog(qtbot, window)
    qtbot.waitUntil(second.error.isVisible, timeout=IMPORT_TIMEOUT_MS)
    assert "already in the library" in second.error.text()
    assert _library_ids(window).count("kazakhstan-civic-space-review-2024") == 1
    second.reject()


def _drop(window: MainWindow, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files over the window and drop them; (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(400, 300), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(400, 300), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_files_imports_each_and_reports_each(
    qtbot, window: MainWindow, import_file, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    files = [import_file("annual-review.md"), import_file("un-submission.txt"), empty]
    with qtbot.waitSignal(window.library_ui.imports.batch_finished, timeout=IMPORT_TIMEOUT_MS):
        assert _drop(window, files) == (True, True)
    titles = _briefing_titles(window)
    assert "Kazakhstan: civic space review 2024" in titles
    assert len(titles) == 3
    message = window.status.currentMessage()
    assert "Imported 'Kazakhstan: civic space review 2024'" in message
    assert message.count("Imported '") == 2
    assert "Could not import empty.md: Empty.md is empty." in message


def test_dropping_other_files_is_refused(window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert _drop(window, [picture]) == (False, False)
    assert len(_briefing_titles(window)) == 1


def test_new_edition_reports_notes_and_orphans_need_attention(
    qtbot, window: MainWindow, library: Library, import_file, choose
) -> None:
    path = import_file("un-submission.txt")
    library.import_briefing(path, briefing_id="upr")
    moving = library.add_note(
        "2-1-access-to-a-lawyer", "advised them to confess", briefing_id="upr"
    )
    orphan = library.add_note("recommendations", "impartially", briefing_id="upr")
    window.library_ui.refresh()
    assert window.library_panel.select("upr")
    # The new edition adds a paragraph before the first note and drops the second's words.
    text = path.read_text().replace(
        "2.1 Access to a lawyer\n\n", "2.1 Access to a lawyer\n\nA new first paragraph.\n\n"
    )
    assert "impartially" in text
    path.write_text(text.replace("impartially", "fairly"))
    choose(path)
    qtbot.mouseClick(window.library_panel.edition_button, Qt.MouseButton.LeftButton)
    dialog = window.library_ui.dialog
    assert dialog.isVisible() and dialog.briefing_box.currentData() == "upr"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait_closed(qtbot, window, dialog)
    message = window.status.currentMessage()
    assert "as upr, edition 2:" in message
    assert "Your notes: 0 stayed, 1 moved, 1 orphaned (see Needs attention in Notes)." in message
    assert window.status.offer_button.isVisible()
    assert window.notes_panel.visibleRegion().isEmpty()
    qtbot.mouseClick(window.status.offer_button, Qt.MouseButton.LeftButton)
    assert not window.notes_panel.visibleRegion().isEmpty()
    model = window.notes_panel.model
    assert [n.id for n in model.notes_in(NEEDS_ATTENTION)] == [orphan.id]
    assert [n.id for n in model.notes_in("Notes")] == [moving.id]
    row = window.library_panel.current_row()
    assert (row["id"], row["edition"], row["notes"]) == ("upr", 2, 2)


def test_library_view_remove_and_ctrl_z_restores(
    qtbot, window: MainWindow, library: Library, import_file
) -> None:
    library.import_briefing(import_file("annual-review.md"), briefing_id="review")
    note = library.add_note("freedom-of-association", "labour rights", briefing_id="review")
    window.library_ui.refresh()
    panel = window.library_panel
    assert panel.visibleRegion().isEmpty()  # behind the other panels' tabs
    _click_dock_tab(qtbot, window, "Library")
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty())
    assert _library_ids(window) == ["kazakhstan-2023", "review"]

    panel.select("kazakhstan-2023")
    assert not panel.remove_button.isEnabled()  # bundled: cannot be removed
    panel.select("review")
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _library_ids(window) == ["kazakhstan-2023"], timeout=IMPORT_TIMEOUT_MS)
    assert len(_briefing_titles(window)) == 1
    assert "Ctrl+Z brings it back" in window.status.currentMessage()
    assert [n.id for n in library.notes()] == [note.id]  # the note is kept

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "review" in _library_ids(window), timeout=IMPORT_TIMEOUT_MS)
    assert "Kazakhstan: civic space review 2024" in _briefing_titles(window)
    assert library.search("labour", briefing="review").hits
    row = panel.model.index(panel.model.row_of("review"), 0).data(ROW_ROLE)
    assert row["notes"] == 1

    # Redo removes it again, and undo brings back the entry redo made.
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "review" not in _library_ids(window), timeout=IMPORT_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "review" in _library_ids(window), timeout=IMPORT_TIMEOUT_MS)

    # Del in the library view removes the chosen briefing too.
    panel.select("review")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "review" not in _library_ids(window), timeout=IMPORT_TIMEOUT_MS)


def test_import_actions_are_in_the_file_menu(window: MainWindow) -> None:
    file_menu = [a.objectName() for a in window.menus["File"].actions()]
    for name in ("import_briefing", "import_edition", "remove_briefing"):
        assert name in file_menu
        action = window.ui_actions[name]
        assert action.toolTip() and action.statusTip()
    assert window.ui_actions["import_briefing"].shortcut().toString() == "Ctrl+O"
    assert window.library_panel.view.accessibleName() == "Library"
    for button in (window.library_panel.import_button, window.library_panel.remove_button):
        assert button.accessibleName()


def _message_fits(status) -> bool:
    """The status bar's message, wrapped where QStatusBar stops it (at its first visible
    permanent widget), fits the bar's height: the user sees all of it."""
    permanent = [w for w in status.findChildren(QWidget) if w.parent() is status]
    shown = [w.x() for w in permanent if w.isVisible() and w.width() > 0]
    width = (min(shown) if shown else status.width()) - 8
    rect = status.fontMetrics().boundingRect(
        QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), status.currentMessage()
    )
    return rect.height() <= status.height()


def test_a_new_edition_with_new_section_ids_keeps_notes_bookmarks_and_says_so_whole(
    qtbot, window: MainWindow, library: Library, choose, edition_scenario
) -> None:
    """Issue 22.2 in the window: Ctrl+Shift+O with the bundled briefing as Markdown."""
    window.resize(1024, 700)
    kept = library.add_note("expression", edition_scenario.unchanged)
    moved = library.add_note("expression", edition_scenario.moved_across)
    window.open_place("kazakhstan-2023", "expression")
    window.reload_bookmarks()
    bookmark = library.add_bookmark("expression")
    gone = library.add_bookmark("outlook", label="Where it is going")
    choose(edition_scenario.path)
    dialog = _import_with_dialog(qtbot, window, edition=True)
    _wait_closed(qtbot, window, dialog)
    message = window.status.currentMessage()
    assert message.endswith("Your notes: 1 stayed, 1 moved, 0 orphaned."), message
    qtbot.waitUntil(lambda: _message_fits(window.status))
    assert (library.note(kept.id).status, library.note(moved.id).status) == ("anchored", "moved")
    # The page that was open follows its section to its new id.
    assert window.reader.section is not None
    assert window.reader.section.id == "freedom-of-expression"
    # The bookmark follows its section; one whose section is gone says so in one line.
    window.open_place("kazakhstan-2023", "overview")
    window.jump_to_bookmark(library.store.bookmark(bookmark.id))
    assert window.reader.section.id == "freedom-of-expression"
    window.jump_to_bookmark(library.store.bookmark(gone.id))
    assert window.status.currentMessage() == (
        "Cannot open the bookmark “Where it is going”: its section is no longer in the library."
    )
    assert window.reader.section.id == "freedom-of-expression"


def test_the_contents_open_the_briefing_being_read_and_keep_what_the_reader_opened(
    qtbot, window: MainWindow, import_file, choose
) -> None:
    """With several briefings, the one being read is open in the contents and the others
    closed (a library of a hundred is thousands of rows); a briefing the reader opened by
    hand stays open when the library changes."""
    view, proxy = window.contents.view, window.contents.proxy

    def opened() -> set[str]:
        return {
            proxy.index(row, 0).data()
            for row in range(proxy.rowCount())
            if view.isExpanded(proxy.index(row, 0))
        }

    bundled = window.library.default_briefing().title
    assert opened() == {bundled}
    review = "Kazakhstan: civic space review 2024"
    choose(import_file("annual-review.md"))
    _wait_closed(qtbot, window, _import_with_dialog(qtbot, window))
    qtbot.waitUntil(
        lambda: window.reader.briefing is not None and window.reader.briefing.title == review
    )
    page_drawn(qtbot, window)
    assert opened() == {bundled, review}  # the one read before, and the one read now
    view.collapse(next(proxy.index(r, 0) for r in range(2) if proxy.index(r, 0).data() == bundled))
    choose(import_file("un-submission.txt"))
    _wait_closed(qtbot, window, _import_with_dialog(qtbot, window))
    titles = _briefing_titles(window)
    assert len(titles) == 3
    third = next(t for t in titles if t not in (bundled, review))
    qtbot.waitUntil(lambda: third in opened())
    assert opened() == {review, third}  # the bundled one, closed by hand, stays closed
