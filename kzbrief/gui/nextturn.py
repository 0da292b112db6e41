"""Work put off to the next turn of the event loop, after what is already queued.

A zero-interval ``QTimer`` object's timeout comes after the events already posted, the
redraw of what the user just did among them. So work started from it (a panel that follows
the page, an operation handed to the worker) no longer delays that redraw, and the loop
turns in between (issue 18). Started again before it fires, it fires once.

:func:`single_shot_timer` makes the same with a delay: a pause in typing, a settling of
changes, an idle time (started again before it fires, it waits the whole delay again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer of ``parent`` that calls ``slot`` ``interval_ms`` after each
    ``start()``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def next_turn_timer(parent: QObject, slot: Callable[[], object]) -> QTimer:
    """A single-shot, zero-interval timer of ``parent`` that calls ``slot``; ``start()``
    it to run ``slot`` once on the next turn."""
    return single_shot_timer(parent, 0, slot)
