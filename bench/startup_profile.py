"""Where a start spends its time: kzbrief's start, phase by phase, next to a bare window's.

    .venv/bin/python -m bench.startup_profile [--runs 7]

Each run is a new process that goes through the steps ``kzbrief`` takes (``kzbrief.cli``,
then the core, then the GUI modules, the QApplication, the library, the window, its first
paint) and stamps the time after each; the bare probe stamps PySide6's import, its
QApplication, its shown QTextBrowser and its first paint. A third probe shows the floor
under any kzbrief window: the core and the reader in a main window with two empty docks,
without the panels, menus and toolbar. Prints, per phase, the fastest
run's milliseconds since the interpreter began running the probe (the best run is the
least disturbed by other work on the machine). Interpreter start-up itself is not
counted, for either. Same display as :mod:`bench.startup`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.startup import REPO, display

# Each probe is _CLOCK, its steps (which make ``app``), then _PAINTED.
_CLOCK = """
import json, sys, time
T0 = time.perf_counter()
marks = []
def mark(name):
    marks.append((name, round((time.perf_counter() - T0) * 1000, 1)))
"""

_PAINTED = """
from PySide6.QtCore import QEvent, QObject, QTimer
class Painted(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, done)
        return False
def done():
    mark("first paint done")
    print(json.dumps(marks))
    app.quit()
painted = Painted()
app.installEventFilter(painted)
app.exec()
"""

_KZBRIEF_IMPORTS = """
import kzbrief.cli
kzbrief.cli.build_parser(commands=False).parse_args(["--data-dir", sys.argv[1]])
mark("command line parsed")
import kzbrief.core.service
mark("core imported")
"""

KZBRIEF = (
    _CLOCK
    + _KZBRIEF_IMPORTS
    + """
from kzbrief.gui.app import make_application, user_settings
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings
from kzbrief.gui.single_instance import claim
mark("GUI modules imported")
app = make_application()
mark("QApplication made")
library = kzbrief.core.service.Library(sys.argv[1])
guard = claim(library.data_dir)
mark("library opened")
window = MainWindow(library, Settings(user_settings()))
mark("window built")
window.show()
mark("window shown")
"""
    + _PAINTED
)

# The floor: what any kzbrief window pays before its panels, menus and toolbar. The core,
# the reader (with its theme) and a main window with two empty docks, showing the cover.
READER_ALONE = (
    _CLOCK
    + _KZBRIEF_IMPORTS
    + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget
from kzbrief.gui.reader import ReaderView
mark("reader imported")
app = QApplication(sys.argv[:1])
mark("QApplication made")
library = kzbrief.core.service.Library(sys.argv[1])
window = QMainWindow()
window.resize(1280, 800)
reader = ReaderView()
window.setCentralWidget(reader)
for title, area in (("Contents", Qt.DockWidgetArea.LeftDockWidgetArea),
                    ("Editorial", Qt.DockWidgetArea.RightDockWidgetArea)):
    dock = QDockWidget(title, window)
    dock.setWidget(QWidget())
    window.addDockWidget(area, dock)
reader.set_zoom(100)
reader.show_cover(library.default_briefing())
mark("window built")
window.show()
mark("window shown")
"""
    + _PAINTED
)

BARE = (
    _CLOCK
    + """
from PySide6.QtWidgets import QApplication, QTextBrowser
mark("PySide6 imported")
html = open(sys.argv[1], encoding="utf-8").read()
app = QApplication(sys.argv[:1])
mark("QApplication made")
browser = QTextBrowser()
browser.resize(1200, 800)
browser.setHtml(html)
browser.show()
mark("window shown")
"""
    + _PAINTED
)


def _best(code: str, argument: str, env: dict[str, str], runs: int) -> list[tuple[str, float]]:
    found: list[list[tuple[str, float]]] = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", code, argument],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        lines = [line for line in proc.stdout.splitlines() if line.startswith("[")]
        if proc.returncode or not lines:
            raise SystemExit(f"the probe failed: {proc.stderr.strip()[-500:]}")
        found.append([(name, ms) for name, ms in json.loads(lines[-1])])
    return [(name, min(run[i][1] for run in found)) for i, (name, _) in enumerate(found[0])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup_profile", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kzbrief-profile-") as tmp, display() as env:
        env = {**env, "HOME": tmp, "XDG_CONFIG_HOME": f"{tmp}/config"}
        env["XDG_DATA_HOME"] = f"{tmp}/data"
        data = Path(tmp) / "library"
        html = Path(tmp) / "page.html"
        html.write_text(_cover_html(data), encoding="utf-8")
        for title, code, argument in (
            ("kzbrief", KZBRIEF, str(data)),
            ("kzbrief's reader alone (no panels, menus or toolbar)", READER_ALONE, str(data)),
            ("bare QTextBrowser", BARE, str(html)),
        ):
            print(f"{title} ({env['QT_QPA_PLATFORM']}, best of {args.runs}):")
            previous = 0.0
            for name, ms in _best(code, argument, env, args.runs):
                print(f"  {name:<22} {ms:7.1f} ms  (+{ms - previous:5.1f})")
                previous = ms
    return 0


def _cover_html(data: Path) -> str:
    """The HTML of kzbrief's first page, as its reader shows it (for the bare window)."""
    code = (
        "import sys\n"
        "from kzbrief.core.service import Library\n"
        "from kzbrief.gui.app import make_application\n"
        "from kzbrief.gui.reader import ReaderView\n"
        "app = make_application()\n"
        "library = Library(sys.argv[1])\n"
        "reader = ReaderView()\n"
        "reader.show_cover(library.default_briefing())\n"
        "print(reader.toHtml())\n"
        "library.close()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(data)], cwd=REPO, env=env, capture_output=True, text=True
    )
    if proc.returncode:
        raise SystemExit(f"could not render the first page: {proc.stderr.strip()[-500:]}")
    return proc.stdout


if __name__ == "__main__":
    sys.exit(main())
