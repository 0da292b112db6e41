"""Run work after the window has first painted, so that the user sees the text sooner.

Anything started before the first paint competes with it: a worker thread importing Whoosh
and checking the index holds the interpreter lock while the GUI thread lays out and paints
(measured in ``bench/``: it delayed the first paint by about a fifth).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event-loop turn after ``widget`` first paints."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
