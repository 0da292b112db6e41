"""Starting the GUI: the QApplication, the settings store, the library, the main window."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kzbrief import __version__
from kzbrief.core.errors import KzbriefError
from kzbrief.core.logs import log_bug
from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library
from kzbrief.desktop import APP_ID
from kzbrief.gui import memory
from kzbrief.gui.startpage import WindowShell, application, user_settings

__all__ = ["make_application", "run_gui", "user_settings"]


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made now if kzbrief.gui.startpage has not made it), all set up."""
    app = application(argv)
    app.setApplicationVersion(__version__)
    # The window and the menu entry of `kzbrief --install-desktop` belong together: Wayland
    # compositors match them by this name; X11 task bars show the window's own icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kzbrief.svg"))))
    # Fusion draws the same everywhere and takes the light and dark palettes fully; with a
    # focus ring that can be seen (issue 21).
    from kzbrief.gui.focusstyle import FocusStyle

    app.setStyle(FocusStyle("Fusion"))
    return app


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception no slot caught (a bug): its traceback goes to the log, and to stderr as
    Qt would print it; the window stays open."""
    log_bug(exc.with_traceback(tb), "handling an event in the window")
    sys.__excepthook__(kind, exc, tb)


def run_gui(
    data_dir: str | None = None, language: str | None = None, early: WindowShell | None = None
) -> int:
    """Open the main window on the library and run the event loop (or, if a window is
    already open on the same data folder, bring that one to the front and return 0).
    ``early``: the window kzbrief.gui.startpage showed already, to be completed."""
    from kzbrief.gui import i18n
    from kzbrief.gui import settings as opts
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import Settings
    from kzbrief.gui.single_instance import bring_to_front, claim

    app = make_application()
    sys.excepthook = _log_uncaught
    settings = Settings(user_settings())
    i18n.install(i18n.choose_language(language, settings.get(opts.LANGUAGE)))
    try:
        library = Library(data_dir)
    except KzbriefError as exc:
        if early is not None:
            early.close()
        QMessageBox.critical(None, "kzbrief", str(exc))
        return exc.exit_code
    # One window per data folder, by a lock file in it: a read-only folder cannot hold
    # one, and nothing in it can change, so any number of windows may read it.
    guard = None if library.read_only else claim(library.data_dir)
    if guard is None and not library.read_only:  # a window on it is open: it came forward
        if early is not None:  # (it opened between the early window's check and now)
            early.close()
        library.close()
        return 0
    from kzbrief.gui.lock import Session

    def make_window(library: Library, settings: Settings) -> MainWindow:
        nonlocal early
        if early is None:
            return MainWindow(library, settings)
        shell, early = early, None
        return MainWindow.complete(shell, library, settings)

    # The session opens the window, and asks for the passphrase first if the notes are
    # protected (issue 16); it remakes the window when they are locked or unlocked.
    session = Session(library, settings, make_window)
    window = session.start()
    # Once the start is over, what it made stays out of the collector's walks (stalls).
    QTimer.singleShot(memory.SETTLE_MS, memory.keep_startup_objects)
    if guard is not None:
        guard.activated.connect(lambda: bring_to_front(session.window or window))
    code = app.exec()
    if guard is not None:
        guard.close()
    if session.window is not None:
        session.window.shutdown()  # type: ignore[attr-defined] # also when the loop just ended
    library.close()
    return code
