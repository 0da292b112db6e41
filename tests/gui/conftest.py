"""GUI fixtures: settings in a temporary INI file, and windows that clean up after themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from kzbrief.core.service import Library
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings

SEARCH_TIMEOUT_MS = 15_000


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    return Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, library: Library, settings: Settings) -> Iterator[Callable[..., MainWindow]]:
    """``make_window()`` opens a shown main window on the test library and settings."""
    windows: list[MainWindow] = []

    def make(lib: Library | None = None, store: Settings | None = None) -> MainWindow:
        window = MainWindow(lib or library, store or settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # keys go where a user's would
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # stops the worker thread before the library closes


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def type_search(qtbot) -> Callable[[MainWindow, str], None]:
    """Press Ctrl+K, type a query as a user would, and wait for its results."""

    def run(window: MainWindow, text: str) -> None:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        field = window.search_panel.field
        assert field.hasFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.waitUntil(
            lambda: (
                (outcome := window.search_panel.model.outcome) is not None
                and outcome.query == text.strip()
            ),
            timeout=SEARCH_TIMEOUT_MS,
        )

    return run
