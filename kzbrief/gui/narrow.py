"""A small window keeps the text readable: the side panels give way to it.

The text needs the width of a line of ``READABLE_CHARS`` at the current zoom
(:meth:`ReaderView.readable_width`). When the window is too narrow for the text and for
panels on both sides of it, each at least ``PANEL_MIN_WIDTH`` wide, the right-hand panels
join the left-hand ones as tabs; they go back to the right when the window is wide enough
again. Then the panels still beside the text are narrowed (not below ``PANEL_MIN_WIDTH``)
until the text has its width. The window saves its layout as it is when wide (:meth:`wide`), so a
start in a large window is not left with the panels of a small one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from kzbrief.gui.reader import ReaderView

PANEL_MIN_WIDTH = 200  # narrower, a panel's text breaks into a word or two a line
RIGHT_PANEL_WIDTH = 290  # the right-hand panels' width when they come back
SLACK = 24  # the splitters between the areas, and a margin
HYSTERESIS = 40  # so that a window resized near the limit does not flip back and forth

Area = Qt.DockWidgetArea


class PanelsGiveWay(QObject):
    """Watches a window's size (and the reader's zoom, through :meth:`fit`) and moves the
    right-hand panels into the left-hand tabs when the text would be too narrow."""

    def __init__(
        self,
        window: QMainWindow,
        reader: ReaderView,
        left: Sequence[QDockWidget],
        right: Sequence[QDockWidget],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.left = list(left)
        self.right = list(right)  # in their order from top to bottom
        #: The right-hand panels now in the left-hand tabs (empty: none moved).
        self.moved: list[QDockWidget] = []
        self._pending = False
        self._stopped = False
        window.installEventFilter(self)
        for dock in self.right:  # shown again (Ctrl+4, a note opened) in a small window
            dock.visibilityChanged.connect(self._on_visibility_changed)

    def stop(self) -> None:
        """Stop watching (the window is closing): the docks hide as the window is destroyed,
        and the window must not be asked about them then."""
        self._stopped = True
        self.window.removeEventFilter(self)

    def _on_visibility_changed(self, _visible: bool) -> None:
        # A window deleted without being closed (one left open at interpreter exit) hides
        # its docks while it is destroyed, after its Python side has let go of it.
        if not self._stopped and shiboken6.isValid(self.window):
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._stopped and watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _docked(self, dock: QDockWidget, area: Area) -> bool:
        return not dock.isFloating() and self.window.dockWidgetArea(dock) == area

    def fit(self) -> None:
        """Give the text its readable width: now, after a resize, or a zoom."""
        left = self._narrowest(self.left + self.right, Area.LeftDockWidgetArea)
        right = self._narrowest(self.right, Area.RightDockWidgetArea if not self.moved else None)
        both_sides = self.reader.readable_width() + left + max(right, PANEL_MIN_WIDTH) + SLACK
        width = self.window.width()
        if not self.moved:
            docked = [d for d in self.right if self._docked(d, Area.RightDockWidgetArea)]
            if width < both_sides and any(not d.isHidden() for d in docked) and self._host():
                self._collapse(docked)
        elif width >= both_sides + HYSTERESIS:
            self._expand()
        if not self._pending:
            self._pending = True  # once the layout has settled, take width from the panels
            QTimer.singleShot(0, self, self._make_room)  # (not after the window is deleted)

    def _narrowest(self, docks: Sequence[QDockWidget], area: Area | None) -> int:
        """How narrow the panels in ``area`` can be (``area`` None: those that were there)."""
        shown = [d for d in docks if not d.isHidden()]
        if area is not None:
            shown = [d for d in shown if self._docked(d, area)]
        widths = [d.minimumSizeHint().width() for d in shown]
        return max([PANEL_MIN_WIDTH, *widths]) if shown else 0

    def _make_room(self) -> None:
        """Narrow the side panels (to PANEL_MIN_WIDTH at most) until the text is readable.

        Panels are resized, not limited: a larger minimum on the reader would stop the
        window from being made smaller in one step (Qt refuses a size below the minimum
        before anything can move the panels), and from fitting on a small screen."""
        self._pending = False
        short = self.reader.readable_width() - self.reader.width()
        for area in (Area.RightDockWidgetArea, Area.LeftDockWidgetArea):
            if short <= 0:
                return
            shown = [d for d in self.left + self.right if self._docked(d, area) and _on_screen(d)]
            if not shown:
                continue
            now = max(d.width() for d in shown)
            floor = max([PANEL_MIN_WIDTH] + [d.minimumSizeHint().width() for d in shown])
            give = min(short, now - floor)
            if give > 0:
                self.window.resizeDocks([shown[0]], [now - give], Qt.Orientation.Horizontal)
                short -= give

    def _host(self) -> QDockWidget | None:
        """The left-hand panel whose tabs take the right-hand ones (the one in front)."""
        shown = [
            d for d in self.left if self._docked(d, Area.LeftDockWidgetArea) and not d.isHidden()
        ]
        in_front = [d for d in shown if _on_screen(d)]
        return next(iter(in_front or shown), None)

    def _collapse(self, right: list[QDockWidget]) -> None:
        host = self._host()
        if host is None:
            return
        self.moved = right  # first: moving them changes their visibility, which calls fit
        for dock in right:
            self.window.tabifyDockWidget(host, dock)
        host.raise_()  # the tab the user was on stays in front

    def _expand(self) -> None:
        moved, self.moved = self.moved, []
        first = moved[0]
        self.window.addDockWidget(Area.RightDockWidgetArea, first)
        for dock in moved[1:]:
            self.window.splitDockWidget(first, dock, Qt.Orientation.Vertical)
        self.window.resizeDocks([first], [RIGHT_PANEL_WIDTH], Qt.Orientation.Horizontal)

    @contextmanager
    def wide(self) -> Iterator[None]:
        """The layout as in a wide window for the duration (to save it), then as it was."""
        moved = list(self.moved)
        if moved:
            self._expand()
        try:
            yield
        finally:
            if moved:
                self._collapse(moved)


def _on_screen(dock: QDockWidget) -> bool:
    """Shown and in front: Qt keeps a panel behind another's tab "visible", off screen."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
