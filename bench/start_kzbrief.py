"""Start-up probe: ``kzbrief``'s own start (``run_gui``), timed to the window's first paint.

Usage: ``python -m bench.start_kzbrief DATA_DIR HTML_OUT``. Runs ``kzbrief.gui.app.run_gui``
(the code the ``kzbrief`` command runs to open its window), so the probe keeps up with the
window as it grows; it only adds an event filter that reports when the main window first
paints, then waits until the window's worker has the search index ready (which the window
starts after its first paint) to report whether it had to build one, and writes the HTML
the reader shows to ``HTML_OUT`` so that the bare-Qt probe can show the same. The caller
points HOME and the XDG folders at an empty place, so each start is a first start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser, QWidget

from bench.firstpaint import FirstPaint, watchdog


def _main_window(app: QApplication) -> QWidget | None:
    return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)


def main() -> int:
    data_dir, html_out = Path(sys.argv[1]), Path(sys.argv[2])
    os.umask(0o077)  # as kzbrief.cli.main does
    from kzbrief.core.service import Library
    from kzbrief.gui.app import make_application, run_gui

    statuses = []
    ensure_index = Library.ensure_index

    def recording(library: Library, *args: Any, **kwargs: Any) -> Any:
        status = ensure_index(library, *args, **kwargs)
        statuses.append(status)
        return status

    Library.ensure_index = recording  # type: ignore[method-assign]
    app = make_application()

    def extra() -> dict[str, Any]:
        window = _main_window(app)
        browsers = window.findChildren(QTextBrowser) if window is not None else []
        if browsers:
            shown = max(browsers, key=lambda b: len(b.toPlainText()))
            html_out.write_text(shown.toHtml(), encoding="utf-8")
        return {"index_built": any(status.rebuilt for status in statuses)}

    def index_ready() -> Any:
        window = _main_window(app)
        return window.tasks.index_ready if window is not None else None

    probe = FirstPaint(app, lambda shown: isinstance(shown, QMainWindow), extra, index_ready)
    watchdog(app)
    code = run_gui(str(data_dir))
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
