"""Moving round the window with the keyboard alone (issue 21).

* F6 / Shift+F6 move the focus from pane to pane (each panel on screen, and the text), as in
  browsers and Zotero; the pane's name is announced.
* Tab goes only through what is on screen: a panel behind another panel's tab is skipped
  without the focus passing through it (each pass would be announced by a screen reader).
* The window's shortcuts (Ctrl+E, Ctrl+D, Ctrl+K…) work from a text field, except the keys
  that edit text there (Ctrl+Z, Ctrl+A, Ctrl+arrows…).
* View > Panels places each panel from the keyboard: float it, dock it left or right, close
  or show it.
* F7 (View > Caret Browsing) turns the caret of the reader and the editorial panel off and on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from kzbrief.gui import settings as opts
from kzbrief.gui.a11y import announce, name_toolbar_overflow
from kzbrief.gui.actions import Actions
from kzbrief.gui.settings import Settings
from kzbrief.gui.textdoc import TextDocumentView

Area = Qt.DockWidgetArea
Mod = Qt.KeyboardModifier
#: Keys a text field keeps even where the window has a shortcut on them: they edit text.
EDITING_KEYS = frozenset(
    QKeySequence(key)
    for key in (
        "Ctrl+A",
        "Ctrl+C",
        "Ctrl+V",
        "Ctrl+X",
        "Ctrl+Z",
        "Ctrl+Y",
        "Ctrl+Shift+Z",
        "Ctrl+Left",
        "Ctrl+Right",
        "Ctrl+Up",
        "Ctrl+Down",
        "Ctrl+Home",
        "Ctrl+End",
        "Ctrl+Shift+Left",
        "Ctrl+Shift+Right",
        "Ctrl+Shift+Home",
        "Ctrl+Shift+End",
        "Ctrl+Backspace",
        "Ctrl+Del",
        "Ctrl+Ins",
        "Shift+Ins",
        "Shift+Del",
    )
)


def on_screen(window: QWidget, widget: QWidget) -> bool:
    """Whether ``widget`` can be seen: shown, and not moved off the window (Qt keeps a panel
    behind another panel's tab "visible", out of sight)."""
    if not widget.isVisible():
        return False
    top = widget.window()
    if top is not window:  # a floating panel is a window of its own
        return True
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().intersects(place)


def in_sight(window: QWidget, dock: QDockWidget) -> bool:
    """Whether a panel's contents should be kept drawn: False when it is closed or behind
    another panel's tab (its ``visibilityChanged`` says when that ends); True before the
    window is first shown, when nothing is in sight yet but everything is drawn once."""
    if dock.isHidden():
        return False
    return not dock.isVisible() or on_screen(window, dock)


def takes_tab(widget: QWidget) -> bool:
    return (
        widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_on_screen(window: QMainWindow, forward: bool) -> bool:
    """Tab (Shift+Tab) in ``window``: straight to the next (previous) widget that takes Tab
    and is on screen."""
    start = QApplication.focusWidget() or window
    widget = start
    for _ in range(1000):  # the focus chain is a ring; this bounds a broken one
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is start:
            return False
        if takes_tab(widget) and widget.window() is window and on_screen(window, widget):
            widget.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
    return False


def is_text_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


class PaneNavigation(QObject):
    """F6, Tab, shortcuts in fields and the View > Panels menu of ``window``."""

    def __init__(self, window: QMainWindow, actions: Actions, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.settings = settings
        actions["next_pane"].triggered.connect(lambda: self.step(1))
        actions["previous_pane"].triggered.connect(lambda: self.step(-1))
        caret = actions["caret_browsing"]
        caret.setChecked(bool(settings.get(opts.CARET_BROWSING)))  # as the user left it
        caret.toggled.connect(self.set_caret_browsing)
        self.apply_caret_browsing()
        # Text fields are watched from when they take the focus (an application-wide filter
        # would put every event of the application through Python).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._watch_field)

    # -- panes ------------------------------------------------------------------------------------
    def docks(self) -> list[QDockWidget]:
        return [d for d in self.window.findChildren(QDockWidget) if d.parent() is self.window]

    def panes(self) -> list[QWidget]:
        """The panes on screen, left to right then top to bottom; floating ones last."""
        central = self.window.centralWidget()
        shown: list[QWidget] = [central] if central is not None else []
        shown += [d for d in self.docks() if on_screen(self.window, d.widget())]

        def place(widget: QWidget) -> tuple[int, int, int]:
            floating = isinstance(widget, QDockWidget) and widget.isFloating()
            corner = widget.mapTo(widget.window(), QPoint(0, 0))
            return (int(floating), corner.x(), corner.y())

        return sorted(shown, key=place)

    def step(self, delta: int) -> QWidget | None:
        """F6 (+1) / Shift+F6 (-1): focus the next (previous) pane; returns the widget."""
        panes = self.panes()
        if not panes:
            return None
        focus = QApplication.focusWidget()
        here = next(
            (i for i, p in enumerate(panes) if focus is not None and p.isAncestorOf(focus)),
            next((i for i, p in enumerate(panes) if p is focus), -1),
        )
        if here < 0:
            here = 0 if delta < 0 else -1
        pane = panes[(here + delta) % len(panes)]
        target = self._focus_target(pane)
        if target is None:
            return None
        if isinstance(pane, QDockWidget) and pane.isFloating():
            pane.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        title = pane.windowTitle() if isinstance(pane, QDockWidget) else pane.accessibleName()
        announce(target, QCoreApplication.translate("Panes", "{pane} pane").format(pane=title))
        return target

    def _focus_target(self, pane: QWidget) -> QWidget | None:
        """The widget of ``pane`` that had the focus last, else its first that takes Tab."""
        inner = pane.widget() if isinstance(pane, QDockWidget) else pane
        if inner is None:
            return None
        last = inner.focusWidget()
        if last is not None and takes_tab(last) and on_screen(self.window, last):
            return last
        if takes_tab(inner):
            return inner
        widget = inner.nextInFocusChain()
        for _ in range(1000):
            if widget is inner:
                break
            if inner.isAncestorOf(widget) and takes_tab(widget) and widget.isVisible():
                return widget
            widget = widget.nextInFocusChain()
        return None

    # -- caret browsing ---------------------------------------------------------------------------
    @property
    def caret_browsing(self) -> bool:
        return self.actions["caret_browsing"].isChecked()

    def apply_caret_browsing(self) -> None:
        """Give every text document of the window (the help too, once opened) the caret
        setting, quietly."""
        on = self.caret_browsing
        for view in self.window.findChildren(TextDocumentView):
            view.set_caret_browsing(on)

    def follow_view(self, on: bool) -> None:
        """A text document outside the window's shortcuts (the help) took F7 itself, and
        said so: the others follow, and the setting is kept."""
        caret = self.actions["caret_browsing"]
        blocked = caret.blockSignals(True)
        caret.setChecked(on)
        caret.blockSignals(blocked)
        self.settings.set(opts.CARET_BROWSING, int(on))
        self.apply_caret_browsing()

    def set_caret_browsing(self, on: bool) -> None:
        """F7 (View > Caret Browsing): the caret on or off everywhere, said and kept."""
        self.settings.set(opts.CARET_BROWSING, int(on))
        self.apply_caret_browsing()
        focus = QApplication.focusWidget() or self.window
        told = "Caret browsing on" if on else "Caret browsing off"
        announce(focus, QCoreApplication.translate("TextDocumentView", told))

    # -- the window's shortcuts from text fields ---------------------------------------------------
    def _watch_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and is_text_field(new) and new.window() is self.window:
            new.removeEventFilter(self)  # once
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus or not is_text_field(focus) or focus.window() is not self.window:
            return False
        if not event.modifiers() & (Mod.ControlModifier | Mod.AltModifier):
            return False  # Esc, Enter, F-keys: the field's own (Esc ends an edit)
        pressed = QKeySequence(event.keyCombination())
        if pressed in EDITING_KEYS or not self._is_window_shortcut(pressed):
            return False
        event.ignore()  # the field does not ask for it: the window's shortcut runs
        return True

    def _is_window_shortcut(self, pressed: QKeySequence) -> bool:
        for action in self.window.findChildren(QAction):
            if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                continue
            if action.isEnabled() and pressed in action.shortcuts():
                return True
        return False

    # -- View > Panels ----------------------------------------------------------------------------
    def fill_panels_menu(self, menu: QMenu) -> None:
        """One submenu per panel: float or dock it, move it left or right, show or close it."""
        for dock in self.docks():
            sub = menu.addMenu(dock.windowTitle())
            sub.aboutToShow.connect(lambda sub=sub, dock=dock: self._fill_dock_menu(sub, dock))
            self._fill_dock_menu(sub, dock)

    def _fill_dock_menu(self, menu: QMenu, dock: QDockWidget) -> None:
        menu.clear()
        if dock.isFloating():
            menu.addAction(
                QCoreApplication.translate("Panes", "&Dock in the Window"),
                lambda: self.place(dock, None),
            )
        else:
            menu.addAction(
                QCoreApplication.translate("Panes", "&Float"), lambda: self.place(dock, "float")
            )
        menu.addAction(
            QCoreApplication.translate("Panes", "Move to the &Left"),
            lambda: self.place(dock, Area.LeftDockWidgetArea),
        )
        menu.addAction(
            QCoreApplication.translate("Panes", "Move to the &Right"),
            lambda: self.place(dock, Area.RightDockWidgetArea),
        )
        if dock.isHidden():
            menu.addAction(
                QCoreApplication.translate("Panes", "&Show"), lambda: self.place(dock, "show")
            )
        else:
            menu.addAction(
                QCoreApplication.translate("Panes", "&Close"), lambda: self.place(dock, "close")
            )

    def toggle(self, dock: QDockWidget, checked: bool) -> None:
        """Ctrl+1…Ctrl+6: show a panel (to the front, with the focus) or close it. A panel
        that is open but out of sight (behind another's tab) comes to the front: closing
        what the user cannot see would only hide it further."""
        if not checked and not dock.isHidden() and not on_screen(self.window, dock.widget()):
            checked = True  # (its action is checked again when it comes into sight)
        self.place(dock, "show" if checked else "close")

    def place(self, dock: QDockWidget, where: Area | str | None) -> None:
        """Float, dock (None: where it was), move to an area, show or close ``dock``."""
        title = dock.windowTitle()
        if where == "close":
            dock.hide()
            announce(
                self.window,
                QCoreApplication.translate("Panes", "{panel} closed").format(panel=title),
            )
            return
        if where == "float":
            dock.setFloating(True)
            told = QCoreApplication.translate("Panes", "{panel} floats in a window of its own")
        elif where is None:
            dock.setFloating(False)
            told = QCoreApplication.translate("Panes", "{panel} is back in the window")
        elif isinstance(where, Area):
            dock.setFloating(False)
            neighbour = next(
                (
                    d
                    for d in self.docks()
                    if d is not dock
                    and not d.isHidden()
                    and not d.isFloating()
                    and self.window.dockWidgetArea(d) == where
                ),
                None,
            )
            self.window.addDockWidget(where, dock)
            if neighbour is not None:
                self.window.tabifyDockWidget(neighbour, dock)
            told = (
                QCoreApplication.translate("Panes", "{panel} moved to the left")
                if where == Area.LeftDockWidgetArea
                else QCoreApplication.translate("Panes", "{panel} moved to the right")
            )
        else:
            told = QCoreApplication.translate("Panes", "{panel} shown")
        dock.show()
        dock.raise_()
        target = self._focus_target(dock)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(target or dock, told.format(panel=title))


def install_pane_navigation(
    window: QMainWindow, actions: Actions, settings: Settings
) -> PaneNavigation:
    """F6 between panes, shortcuts from text fields, F7 (kept in ``settings``), and View >
    Panels for ``window`` (whose menus ``window.menus`` holds by title)."""
    navigation = PaneNavigation(window, actions, settings)
    for toolbar in window.findChildren(QToolBar):
        name_toolbar_overflow(toolbar)
    menus = getattr(window, "menus", {})
    view = menus.get("View")
    if view is not None:
        view.addSeparator()
        navigation.fill_panels_menu(view.addMenu(QCoreApplication.translate("Panes", "&Panels")))
    return navigation
