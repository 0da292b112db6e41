"""The window on a data folder that cannot be written (issue 22, item 8).

As in tests/core/test_read_only.py, the folder's write probe fails with EROFS (tests run as
root, who writes through permissions), and the folder must come out exactly as it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from kzbrief.core import paths
from kzbrief.core.service import Library
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.searchresults import HIT_ROLE
from tests.gui.settling import settle
from tests.libraries import fill_and_close

WAIT_MS = 30_000


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def read_only_library(
    library: Library, data_dir: Path, import_file, monkeypatch: pytest.MonkeyPatch
) -> Library:
    """The test library filled and closed, then opened again as a read-only folder."""
    fill_and_close(library, import_file("annual-review.md"))

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(paths.tempfile, "mkstemp", refuse)
    return Library(data_dir)


def test_the_window_reads_and_searches_a_read_only_library_and_refuses_changes(
    qtbot, make_window, read_only_library: Library, data_dir: Path, type_search
) -> None:
    before = _tree(data_dir)
    window: MainWindow = make_window(read_only_library)
    window.notes_dock.raise_()  # the user looks at the Notes panel
    notice = (
        "This library is read-only: Read-only file system. You can read, search and "
        "export; changes are not saved."
    )
    assert window.status.currentMessage() == notice
    label = window.status.read_only_label
    assert label.isVisible() and label.text() == "Read-only" and label.toolTip() == notice

    with qtbot.waitSignal(window.search_ready, timeout=WAIT_MS):
        window.build_rest()
    type_search(window, "Shymkent")
    model = window.search_panel.model
    group = model.index(0, 0)
    assert model.index(0, 0, group).data(HIT_ROLE).briefing == "review"
    assert window.notes_panel.model.rowCount() == 1
    assert len(window.library.bookmarks()) == 1

    window.open_place("review", "freedom-of-association")
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # bookmark
    settle(window)
    assert window.status.currentMessage() == (
        f"Could not add the bookmark: this library is read-only ({data_dir}: "
        "Read-only file system); nothing was changed"
    )
    assert len(window.library.bookmarks()) == 1

    window.open_place("kazakhstan-2023", "religion")  # select a word and press Ctrl+H
    reader = window.reader
    start = reader.section.text.index("religious")
    first, last = reader.document_range(start, start + len("religious"))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.status.currentMessage() == (
        f"Could not highlight the passage: this library is read-only ({data_dir}: "
        "Read-only file system); nothing was changed"
    )
    assert [n.body for n in window.library.notes()] == ["archived note"]

    window.close()
    read_only_library.close()
    assert _tree(data_dir) == before
