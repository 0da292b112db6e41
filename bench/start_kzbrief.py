"""Start-up probe: what ``kzbrief`` does to open its window, timed to the first paint.

Usage: ``python -m bench.start_kzbrief DATA_DIR HTML_OUT``. Like ``kzbrief.gui.app.run_gui``
it makes the application, opens the Library and shows ``MainWindow(library)``; it reports
when the window first paints, whether an index was built on the way, and writes the HTML the
reader shows to ``HTML_OUT`` so that the bare-Qt probe can show the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from bench.firstpaint import FirstPaint, watchdog


def main() -> int:
    data_dir, html_out = Path(sys.argv[1]), Path(sys.argv[2])
    os.umask(0o077)
    from PySide6.QtWidgets import QTextBrowser

    from kzbrief.core.service import Library
    from kzbrief.gui.app import make_application
    from kzbrief.gui.main_window import MainWindow

    app = make_application()
    library = Library(data_dir)
    window = MainWindow(library)

    def extra() -> dict[str, Any]:
        browsers = window.findChildren(QTextBrowser)
        if browsers:
            shown = max(browsers, key=lambda b: len(b.toPlainText()))
            html_out.write_text(shown.toHtml(), encoding="utf-8")
        return {"index_built": (data_dir / "index").exists()}

    probe = FirstPaint(app, window, extra)
    watchdog(app)
    window.show()
    code = app.exec()
    del probe
    library.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
