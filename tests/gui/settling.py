"""Waiting for the window's operation runner, as a user waits for what they did to land."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject

SETTLE_TIMEOUT_S = 30.0


def settle(window, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Let the event loop turn until every operation handed to ``window.runner`` has run
    and its answer (the redraw, the status line, the next step) has been handled."""
    runner = window.runner
    deadline = time.monotonic() + timeout_s
    while runner.pending:
        if time.monotonic() > deadline:
            raise AssertionError(f"the runner still holds {runner.pending} operation(s)")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        runner.drain(0.02)
    runner.send_changes()  # the redraw the last answers left for the next turn
    QCoreApplication.processEvents()  # what the answers queued (a follow-up redraw)


def page_drawn(qtbot, window) -> None:
    """Let the event loop turn until the panels that follow the page opened (the editorial
    panel, the contents, the status bar) show it, as they do before a user can look."""
    qtbot.waitUntil(lambda: window.page_followed, timeout=5000)


class PaintRecorder(QObject):
    """Writes ``word`` in ``order`` at each redraw of the widget it watches (an event
    filter), so that a test can tell what came before the user saw the redraw."""

    def __init__(self, order: list[str], word: str = "drawn") -> None:
        super().__init__()
        self.order = order
        self.word = word

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.order.append(self.word)
        return False
