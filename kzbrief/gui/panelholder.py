"""What a side panel sits in inside its dock: the panel's changes of size stay inside it.

Qt lays a window out again whenever a label anywhere in it changes its text: ``setText``
asks for new geometry, and each layout passes that on to the widget that holds it, up to the
main window. The main window then lays out every dock, the toolbar and the text, and makes
and deletes an animation object for each (measured with the note editor open: 93 layouts of
the whole window in 49 steps of a user highlighting, typing and searching, two a step; the
note editor's save state ("Saving…", "Saved") and quote, and the search panel's summary,
started most of them; issue 18).

A scroll area ends that chain: its panel is laid out within it, and the dock is not asked
for a new size. The window still keeps the dock at least as large as the panel's smallest
size whenever it is laid out for another reason.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget


class PanelHolder(QScrollArea):
    """Holds one panel, as wide and high as its dock. Not a stop for the keyboard: Tab goes
    into the panel."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{panel.objectName() or 'panel'}-holder")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.panel = panel
        sheet = _Sheet()
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        self.setWidget(sheet)

    def minimumSizeHint(self) -> QSize:
        """The panel's smallest size, as its dock asked for it before the holder: the window
        keeps a dock at least that size. (Asked for when the window is laid out; a panel
        that has grown since meanwhile scrolls.)"""
        return self.panel.minimumSizeHint()


class _Sheet(QWidget):
    """The panel's page in the holder. A panel with word-wrapped labels has a height for
    each width, and a scroll area gives such a page the height it prefers (a note editor
    taller than its dock, with a scroll bar). A dock gives its panel its own height, and
    not less than the panel's smallest: so does the holder."""

    def heightForWidth(self, _width: int) -> int:
        return -1


def panel_of(dock: QDockWidget) -> QWidget | None:
    """The panel a dock shows (inside its holder, if it has one)."""
    inner = dock.widget()
    return inner.panel if isinstance(inner, PanelHolder) else inner
