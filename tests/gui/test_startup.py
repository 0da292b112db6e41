"""The window shows the page first and builds the panels that start out of sight after its
first paint: nothing the user sees at the start waits for them, and nothing is missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kzbrief.core.service import Library
from kzbrief.gui.firstpaint import NotBuiltYet
from kzbrief.gui.highlights import LAYER, colour_hex
from kzbrief.gui.main_window import LOCATION_KEY, MainWindow
from kzbrief.gui.panelholder import panel_of
from kzbrief.gui.settings import Settings
from tests.gui.settling import settle

PASSAGE = "greenhouse gas"


def test_hidden_panels_are_built_after_the_first_paint(qtbot, library, settings) -> None:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    assert not window.panels_built  # constructing the window built only what shows
    assert "Kazakhstan" in window.reader.toPlainText()
    window.show()
    qtbot.waitUntil(lambda: window.panels_built)  # with no one asking for them
    with qtbot.waitSignal(window.tasks.index_ready, timeout=30_000):
        pass  # and the search index is opened after the paint, by the worker
    window.close()


def test_the_start_page_has_its_highlights_before_the_panels_are_built(
    qtbot, library: Library, settings: Settings
) -> None:
    note = library.add_note("climate", PASSAGE, colour="green")
    place = '{"briefing": "kazakhstan-2023", "section": "climate", "offset": 0}'
    library.store.set_state(LOCATION_KEY, place)  # where the user left off last time
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    assert not window.panels_built
    assert window.reader.section is not None and window.reader.section.id == "climate"
    assert window.reader.layer(LAYER) == [(note.anchor.start, note.anchor.end, colour_hex("green"))]
    window.close()


def test_a_hidden_panel_asked_for_at_once_is_built_then(qtbot, library, settings) -> None:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Find
    assert window.panels_built
    assert panel_of(window.search_dock) is window.search_panel
    assert window.search_panel.isVisible()
    window.close()


def test_showing_a_hidden_panel_builds_the_panels(qtbot, library, settings) -> None:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.bookmarks_dock.raise_()  # the tab comes to the front before the first paint
    window.show()
    assert window.panels_built
    assert window.bookmarks_dock.widget() is window.bookmarks
    window.close()


def test_a_window_closed_before_its_first_paint_starts_no_worker(qtbot, library, settings) -> None:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    window.close()  # before the event loop ran: the panels were never built
    qtbot.wait(50)  # the turn after the first paint, had there been one
    assert not window.panels_built


def test_a_key_whose_action_lives_in_a_hidden_panel_works_at_once(qtbot, library, settings) -> None:
    """Ctrl+Shift+N pressed before the first paint did nothing: its handler was connected
    only when the panels were built. Every such action builds them first, then runs."""
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.open_place(library.default_briefing().id, "climate")
    window.show()  # no event-loop turn yet: no paint, no panels
    reader = window.reader
    start = reader.section.text.index(PASSAGE)
    reader.setTextCursor(reader.cursor_for(start, start + len(PASSAGE)))
    reader.setFocus()
    assert not window.panels_built
    # What Ctrl+Shift+N does (a key needs an event-loop turn first, which would paint).
    window.ui_actions["highlight_note"].trigger()
    settle(window)
    [note] = library.notes()
    assert note.quote == PASSAGE
    assert window.note_editor.note_id == note.id
    assert window.focusWidget() is window.note_editor.body  # typing goes into the note
    window.close()


def test_reading_a_panel_before_it_is_built_builds_nothing(qtbot, library, settings) -> None:
    """Issue 19, defect 9: reading ``window.notes_panel`` built five panels and started the
    worker thread. Now building is explicit (``build_rest``) and a read only says so."""
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    for name in ("notes_panel", "search_panel", "tasks", "notes_ui", "bookmark_ops"):
        with pytest.raises(NotBuiltYet, match="build_rest"):
            getattr(window, name)
    assert not window.panels_built
    assert not window.runner.thread.isRunning()  # no worker started by a read
    window.build_rest()
    assert window.panels_built and window.notes_panel.model.note_count == 0
    window.close()


def test_a_window_s_library_leaves_it_a_core_for_large_rebuilds(
    qtbot, library: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (issue 18: a rebuild and its helper busy on both cores of a two-core machine kept the
    # window waiting up to 100 ms for one)
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert library.index.helped_builds
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    assert not library.index.helped_builds
    window.shutdown()


def test_the_first_search_s_modules_load_on_the_worker_once_the_index_is_open(
    qtbot, library: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (issue 18: loading them at the first search or import took a quarter of a second of
    # the worker's interpreter lock while the user waited, and the window with them)
    import threading

    loaded: list[str] = []
    monkeypatch.setattr(
        Library, "warm_up", staticmethod(lambda: loaded.append(threading.current_thread().name))
    )
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.panels_built)
    with qtbot.waitSignal(window.tasks.index_ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: window.runner.pending == 0)
    assert loaded == ["kzbrief-worker"]
    window.shutdown()
