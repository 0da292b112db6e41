"""The panels that give way to the text in a small window (kzbrief.gui.narrow)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from kzbrief.gui.narrow import PanelsGiveWay
from kzbrief.gui.reader import ReaderView


def test_a_window_deleted_without_being_closed_leaves_the_watcher_quiet(qtbot) -> None:
    """At interpreter exit a window that was never closed is deleted as it is: its docks
    hide while it is being destroyed, and the watcher must not ask the half-deleted window
    where they are (a RuntimeError from a slot, which pytest-qt reports as a failure)."""
    window = QMainWindow()
    window.setCentralWidget(ReaderView())
    left, right = QDockWidget("Left", window), QDockWidget("Right", window)
    for dock, area in (
        (left, Qt.DockWidgetArea.LeftDockWidgetArea),
        (right, Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock.setObjectName(dock.windowTitle())
        dock.setWidget(QLabel(dock.windowTitle()))
        window.addDockWidget(area, dock)
    watcher = PanelsGiveWay(window, window.centralWidget(), [left], [right])
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    hidden: list[bool] = []
    right.visibilityChanged.connect(hidden.append)

    shiboken6.delete(window)  # (no close(), so no stop())

    assert hidden == [False]  # the dock did hide while the window went
    assert not shiboken6.isValid(watcher)
