"""Work after the window has first painted, so that the user sees the text sooner.

The window builds what is on screen first; the panels that start hidden behind another tab,
and the work behind them, follow in the event-loop turn after the first paint.

Anything started before the first paint competes with it: a worker thread importing Whoosh
and checking the index holds the interpreter lock while the GUI thread lays out and paints.
``python -m bench.startup_profile`` shows what a start spends before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


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


class NotBuiltYet(RuntimeError):
    """A part of the window built after the first paint was read before it was built."""


class BuiltAfterFirstPaint(Generic[T]):
    """A part of a window built by the owner's ``build_rest()``, after its first paint.

    Reading it builds nothing: before ``build_rest()`` it raises :class:`NotBuiltYet`, so a
    handler that needs the part calls ``build_rest()`` first, where it can be seen. The owner
    stores the built part under the attribute's name with a leading underscore.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    @overload
    def __get__(self, window: None, owner: type) -> BuiltAfterFirstPaint[T]: ...

    @overload
    def __get__(self, window: object, owner: type) -> T: ...

    def __get__(self, window: object | None, owner: type) -> T | BuiltAfterFirstPaint[T]:
        if window is None:
            return self
        try:
            return window.__dict__[self.slot]  # type: ignore[no-any-return]
        except KeyError:
            name = self.slot[1:]
            raise NotBuiltYet(
                f"{name} is built after the window's first paint: call build_rest() first"
            ) from None
