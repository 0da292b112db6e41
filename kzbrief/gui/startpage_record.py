"""Recording the window's first paint for the early start (kzbrief.gui.startpage).

    python -m kzbrief.gui.startpage_record [--check]

Builds the real main window on a new, empty data folder in each language (offscreen, with
settings of its own) and writes what it shows at its first paint to
``resources/startpage/<language>.json``: the cover's HTML, the window and reader titles,
the menu titles, the toolbar, the docks and their default layout. ``make prerender`` runs
it; ``--check`` only says whether the files are current (a test runs that check).
"""

from __future__ import annotations

import base64
import json
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from kzbrief.gui import startpage, startrecord


def record(language: str) -> dict[str, Any]:
    """What the window shows at its first start in ``language``."""
    from PySide6.QtCore import QSettings

    from kzbrief.core.service import Library
    from kzbrief.gui import i18n
    from kzbrief.gui.app import make_application
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import Settings

    app = make_application()
    i18n.install(language)
    with tempfile.TemporaryDirectory(prefix="kzbrief-startpage-") as tmp:
        library = Library(Path(tmp) / "data")
        store = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        store.setValue(startpage.THEME_KEY, "light")
        window = MainWindow(library, Settings(store), persist=False)
        try:
            window.show()
            app.processEvents()
            actions = window.ui_actions
            toolbar: list[dict[str, Any] | None] = []
            for action in window.toolbar.actions():
                if action.isSeparator():
                    toolbar.append(None)
                    continue
                toolbar.append(
                    {
                        "icon": actions.icon_name(action.objectName()),
                        "text": action.iconText(),
                        "checkable": action.isCheckable(),
                        "checked": action.isChecked(),
                        "enabled": action.isEnabled(),
                    }
                )
            briefing = window.reader.briefing
            names = sorted({item["icon"] for item in toolbar if item is not None})
            return {
                "format": startrecord.FORMAT,
                "language": language,
                "briefing": briefing.id if briefing is not None else "",
                "stamp": startrecord.sources_stamp(
                    briefing.id if briefing is not None else "", language
                ),
                "title": window.windowTitle(),
                "reader": window.reader.accessibleName(),
                "page": window.reader.page_source,
                "menus": [action.text() for action in window.menuBar().actions()],
                "toolbar_title": window.toolbar.windowTitle(),
                "toolbar": toolbar,
                "icons": {name: icon_masks(name, window.toolbar.iconSize()) for name in names},
                "docks": [
                    [dock.objectName(), dock.windowTitle()]
                    for dock in window.findChildren(type(window.contents_dock))
                ],
                "state": base64.b64encode(window.layout_state()).decode("ascii"),
                "status_height": window.statusBar().sizeHint().height(),
            }
        finally:
            window.shutdown()
            window.deleteLater()
            app.processEvents()
            library.close()
            i18n.uninstall()


def icon_masks(name: str, size: Any) -> dict[str, list[Any]]:
    """The toolbar icon ``name`` as drawn at ``size`` (a QSize) and at twice it (a screen
    of two pixels per point): the coverage of each pixel, a byte each, row by row,
    compressed, in base64, with the width: ``{"1": [width, data], "2": [...]}``. The
    early window paints them in its theme's colour (:func:`kzbrief.gui.startpage._painted`)
    without loading the SVG renderer or an image format, and without drawing SVG at its
    first paint: the toolbar's SVG icons were a tenth of its time."""
    from PySide6.QtGui import QImage

    from kzbrief.gui.icons import icon

    masks: dict[str, list[Any]] = {}
    for scale in (1, 2):
        image = icon(name, "#000000").pixmap(size * scale).toImage()
        image = image.convertToFormat(QImage.Format.Format_Alpha8)
        width = image.width()
        rows = b"".join(bytes(image.constScanLine(y))[:width] for y in range(image.height()))
        masks[str(scale)] = [width, base64.b64encode(zlib.compress(rows, 9)).decode("ascii")]
    return masks


def _text(recorded: dict[str, Any]) -> str:
    return json.dumps(recorded, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    from kzbrief.gui.i18n import LANGUAGES

    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    stale = []
    for language in LANGUAGES:
        path = startrecord.record_path(language)
        text = _text(record(language))
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if check and stale:
        names = ", ".join(str(path) for path in stale)
        print(f"stale: {names} (run make prerender)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
