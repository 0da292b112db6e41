"""Report the moment a window first paints, then quit: shared by both start-up probes.

Imports nothing but PySide6, so the bare-Qt probe pays for no kzbrief code. The probe
prints one JSON line: the wall-clock time of the first paint (the parent subtracts the time
it started the process), peak RSS, and whatever the caller adds.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Watches every widget; after the first paint in a window ``is_target`` accepts, reports
    (with ``extra()`` added) and quits.

    ``settle`` (optional) is called at the first paint and may return a signal: the report
    then waits for it (the paint's time and memory are taken at the paint all the same), so
    that ``extra()`` can tell what the app did just after it painted.

    ``from_event_loop``: watch from when the event loop first runs, not from now. A probe
    made with the application, before the window is built, would otherwise see every event
    of the build (an application-wide filter in Python costs each of them a call into
    Python), which the bare probe, made once its window is built, does not. Nothing paints
    before the event loop runs.
    """

    def __init__(
        self,
        app: QApplication,
        is_target: Callable[[QWidget], bool],
        extra: Callable[[], dict[str, Any]],
        settle: Callable[[], Any] | None = None,
        *,
        from_event_loop: bool = False,
    ) -> None:
        super().__init__()
        self.app = app
        self.is_target = is_target
        self.extra = extra
        self.settle = settle
        self.painted = False
        self.record: dict[str, Any] = {}
        if from_event_loop:
            QTimer.singleShot(0, lambda: app.installEventFilter(self))
        else:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self.is_target(watched.window())
        ):
            self.painted = True
            # Let the rest of this paint cycle (every visible widget) finish first.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        self.record = {
            "painted_at": time.time(),
            "cpu_ms": time.process_time() * 1000.0,  # all threads, since the process began
            "rss_mb": peak_rss_mb(),
        }
        signal = self.settle() if self.settle is not None else None
        if signal is None:
            self.finish()
        else:
            signal.connect(self.finish)

    def finish(self, *_: object) -> None:
        settled = {"settled_at": time.time()} if self.settle is not None else {}
        print(json.dumps({**self.record, **settled, **self.extra()}), flush=True)
        self.app.quit()


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM).

    Not ``getrusage``'s ru_maxrss: on Linux that keeps the parent's high-water mark across
    fork and exec, so a probe started by a big process would report the parent's memory.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def watchdog(app: QApplication, seconds: float = 60.0) -> None:
    """Quit with an error if the window never paints (no display, a hang)."""

    def give_up() -> None:
        print(json.dumps({"error": "the window did not paint"}), flush=True)
        app.exit(1)

    QTimer.singleShot(int(seconds * 1000), give_up)
    sys.stdout.flush()
