"""The window's first paint, before the rest of kzbrief has loaded (issue 18).

Most of a start goes on imports: PySide6, as in any Qt program, then kzbrief's core and GUI
modules, and PySide making the Python types of each Qt class and enum they touch (the
``Qt`` namespace alone costs 22 ms). A window built after all of that paints about 1.9 times
later than a bare Qt window showing the same page.

So when ``kzbrief`` opens a window on a data folder that holds nothing of the user's yet
(no notes database: the first start, or a new ``--data-dir``), where the window is sure to
open on the bundled briefing's cover, it shows that window first. This module imports
PySide6 and a few small modules, and touches no ``Qt`` enum; it builds the main window's
frame from a record of the real window (``resources/startpage/<language>.json``, written
by ``make prerender``): the panels where the saved layout (or the recorded default) puts
them, the menu titles, the toolbar, and the cover in the reader's place, in the user's
theme, zoom and language. The window paints; in the next event-loop turn the rest of
kzbrief is imported and this same window is completed into the main window
(:meth:`kzbrief.gui.main_window.MainWindow.complete`): its reader takes the page's place,
its panels fill the docks, nothing moves.

The record is a picture of the first paint and nothing more: the completed window shows
what the library holds, whatever the record said. No record, a stale or unreadable one, a
protected folder, a folder another window holds: no early paint, and the window is built
the ordinary way.
"""

from __future__ import annotations

import base64
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QStatusBar,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from kzbrief import APP_NAME
from kzbrief.gui.nextturn import single_shot_timer
from kzbrief.gui.pagecolumn import RING, column_margin, set_page_margins
from kzbrief.gui.startrecord import load_record

if TYPE_CHECKING:
    from kzbrief.gui.theme import Theme  # imported when used: see _theme

#: What a start with no saved size opens at (MainWindow's default too).
DEFAULT_SIZE = (1280, 800)
#: Settings read here, by their keys in kzbrief.gui.settings (a test keeps them equal).
THEME_KEY = "appearance/theme"
ZOOM_KEY = "reader/zoom"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LANGUAGE_KEY = "appearance/language"
ZOOM_RANGE = (50, 300)
#: How long a start waits for the early window's first paint before it goes on anyway.
PAINT_WAIT_MS = 1000


def user_settings() -> QSettings:
    """The user's settings file (INI, in the platform's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, made now (with kzbrief's names) if there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


class WindowShell(QMainWindow):
    """The main window before it is complete: what :func:`show_early` paints.

    :class:`~kzbrief.gui.main_window.MainWindow` is a WindowShell completed; its signals are
    declared here so that the window has them from its first paint on.
    """

    page_shown = Signal(object)  # Location: a new page is on screen (for highlight layers)
    search_ready = Signal()  # the search index is open (or could not be): searches answer

    #: The start page on screen until the window is complete.
    start_page: QTextBrowser | None = None


def show_early(folder: Path, language: str | None) -> WindowShell | None:
    """Show the main window's frame on the bundled briefing's cover, painted, for a start on
    the data folder ``folder``, which the caller found opens there
    (:func:`kzbrief.gui.startrecord.opens_on_cover`, checked before PySide6 loads); None
    when the record cannot be used."""
    settings = user_settings()
    record = load_record(_language(language, settings.value(LANGUAGE_KEY)))
    if record is None:
        return None
    app = application()
    theme = _theme(settings.value(THEME_KEY), app)
    window = WindowShell()
    _build(window, record, theme, _zoom(settings.value(ZOOM_KEY)), settings)
    window.show()
    _centre_column(window)
    _wait_for_paint(window)
    return window


# -- choices read from the settings ------------------------------------------------------------
def _language(command_line: str | None, setting: object) -> str:
    from kzbrief.core.wording import choose_language  # (not kzbrief.gui.i18n's: its Qt types)

    return choose_language(command_line, setting)


def _theme(choice: object, app: QApplication) -> Theme:
    """The theme the completed window will choose for the setting ``choice``.

    "system" asks the desktop's colour scheme, which needs the ``Qt`` namespace; here the
    platform's palette tells instead (a dark palette: the dark theme). When the two
    disagree, the completed window switches theme once.
    """
    from kzbrief.gui import theme as themes

    if isinstance(choice, str) and choice in themes.THEMES:
        return themes.THEMES[choice]
    window = app.palette().color(app.palette().ColorRole.Window)
    return themes.DARK if window.lightness() < 128 else themes.LIGHT


def _zoom(value: object) -> int:
    try:
        zoom = int(str(value)) if value is not None else 100
    except ValueError:
        return 100
    low, high = ZOOM_RANGE
    return zoom if low <= zoom <= high else 100


# -- the frame ----------------------------------------------------------------------------------
def _build(
    window: WindowShell, record: dict[str, Any], theme: Theme, zoom: int, settings: QSettings
) -> None:
    from kzbrief.gui import theme as themes

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(themes.palette(theme))
    window.setObjectName("main-window")
    window.setWindowTitle(record["title"])
    window.resize(*DEFAULT_SIZE)

    page = QTextBrowser()
    page.setObjectName("start-page")
    page.setFrameShape(page.Shape.NoFrame)  # as the reader (kzbrief.gui.textdoc)
    page.setViewportMargins(RING, RING, RING, RING)
    page.setAccessibleName(record["reader"])
    page.setPalette(themes.page_palette(theme))
    document = page.document()
    document.setDefaultStyleSheet(themes.reader_css(theme))
    document.setDefaultFont(themes.reader_font(zoom))
    page.setHtml(record["page"])
    window.setCentralWidget(page)
    window.start_page = page

    bar = window.menuBar()
    for title in record["menus"]:
        bar.addMenu(title)
    toolbar = QToolBar(record["toolbar_title"], window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    _fill_toolbar(toolbar, record["toolbar"], record.get("icons", {}), theme.window_text)
    window.addToolBar(toolbar)
    status = QStatusBar()
    status.setMinimumHeight(record["status_height"])  # the real one has taller widgets
    window.setStatusBar(status)

    panel_font = None
    if zoom != 100:
        panel_font = QFont(QGuiApplication.font())
        panel_font.setPointSizeF(panel_font.pointSizeF() * zoom / 100)
    for name, title in record["docks"]:
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(QWidget())
        if panel_font is not None:
            dock.setFont(panel_font)
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if not isinstance(state, QByteArray) or state.isEmpty():
        state = QByteArray(base64.b64decode(record["state"]))
    # Places the docks by their names (they were never added): no Qt enum needed.
    window.restoreState(state)


def _fill_toolbar(toolbar: QToolBar, items: list[Any], masks: dict[str, Any], colour: str) -> None:
    for item in items:
        if item is None:
            toolbar.addSeparator()
            continue
        recorded = masks.get(item["icon"])
        if recorded is not None and len(colour) == 7 and colour.startswith("#"):
            drawn = _painted(recorded, colour)
        else:  # (a record without the icon: drawn from its SVG, which costs more)
            from kzbrief.gui.icons import icon

            drawn = icon(item["icon"], colour)
        action = toolbar.addAction(drawn, item["text"])
        action.setCheckable(item["checkable"])
        action.setChecked(item["checked"])
        action.setEnabled(item["enabled"])


def _painted(masks: dict[str, list[Any]], colour: str) -> QIcon:
    """A toolbar icon from its recorded masks (kzbrief.gui.startpage_record.icon_masks), in
    ``colour``: each pixel that colour, premultiplied by the mask's coverage."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    drawn = QIcon()
    for scale, (width, data) in masks.items():
        coverage = zlib.decompress(base64.b64decode(data))
        pixels = bytearray(len(coverage) * 4)  # (ARGB32 in memory order: B, G, R, A)
        for offset, channel in enumerate((blue, green, red)):
            pixels[offset::4] = coverage.translate(_premultiplied(channel))
        pixels[3::4] = coverage
        image = QImage(bytes(pixels), width, len(coverage) // width, width * 4, _ARGB)
        pixmap = QPixmap.fromImage(image)  # (a copy: the bytes may go)
        pixmap.setDevicePixelRatio(int(scale))
        drawn.addPixmap(pixmap)
    return drawn


_ARGB = QImage.Format.Format_ARGB32_Premultiplied


@cache
def _premultiplied(channel: int) -> bytes:
    """For each coverage 0-255, ``channel`` premultiplied by it (three tables serve every
    icon of a theme)."""
    return bytes((channel * alpha + 127) // 255 for alpha in range(256))


def _wait_for_paint(window: WindowShell) -> None:
    """Run the event loop until the window has painted (or PAINT_WAIT_MS have passed: a
    window that is not exposed, say on another workspace, does not paint)."""
    from PySide6.QtCore import QEventLoop

    from kzbrief.gui.firstpaint import AfterFirstPaint

    page = window.start_page
    if page is None:
        return
    loop = QEventLoop()
    AfterFirstPaint(page.viewport(), loop.quit)
    single_shot_timer(loop, PAINT_WAIT_MS, loop.quit).start()
    loop.exec()


def _centre_column(window: WindowShell) -> None:
    """The page's column as the reader lays it out (the window is shown: its size is known)."""
    page = window.start_page
    if page is not None:
        # The reader keeps its scroll bar on: its viewport is the page's less the bar.
        bar = page.verticalScrollBar().sizeHint().width()
        width = page.contentsRect().width() - 2 * RING - bar
        set_page_margins(page.document(), column_margin(page.document().defaultFont(), width))
