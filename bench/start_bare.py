"""Start-up probe: a bare PySide6 QTextBrowser window showing the HTML kzbrief showed.

Usage: ``python -m bench.start_bare HTML_FILE``. Prints one JSON line (see firstpaint).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTextBrowser

from bench.firstpaint import FirstPaint, watchdog


def main() -> int:
    html = Path(sys.argv[1]).read_text(encoding="utf-8")
    app = QApplication(sys.argv[:1])
    window = QTextBrowser()
    window.resize(1200, 800)
    window.setHtml(html)
    probe = FirstPaint(app, lambda shown: shown is window, dict)
    watchdog(app)
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
