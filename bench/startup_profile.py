"""Where a start spends its time: kzbrief's start, phase by phase, next to a bare window's.

    .venv/bin/python -m bench.startup_profile [--runs 7]

Each run is a new process. The kzbrief probe goes the way the ``kzbrief`` command goes on
a first start (``kzbrief.launch``): the arguments read, the data folder checked, PySide6
and the early window's modules imported, the QApplication, the early window built, shown
and painted (what ``bench.startup`` times); then, as the command line would, the core and
the GUI modules imported, the library opened, the same window completed into the main
window and painted again. It stamps the time after each step. The bare probe stamps
PySide6's import, its QApplication, its shown QTextBrowser and its first paint. A third
probe is the ordinary start (the window built with everything loaded first, as a start on
a folder with the user's notes goes). Prints, per phase, the fastest run's milliseconds
since the interpreter began running the probe (the best run is the least disturbed by
other work on the machine). Interpreter start-up itself is not counted, for either. Same
display as :mod:`bench.startup`.
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

_PAINT_WATCH = """
from PySide6.QtCore import QEvent, QObject, QTimer
class Painted(QObject):
    kept = []  # (an event filter Python let go of would stop filtering)
    def __init__(self, then):
        super().__init__()
        self.then = then
        Painted.kept.append(self)
    def eventFilter(self, watched, event):
        if self.then is not None and event.type() == QEvent.Type.Paint:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)
        return False
"""

# The early start (kzbrief.launch.paint_early), with a stamp after each of its steps, then
# the completion that follows it.
KZBRIEF = (
    _CLOCK
    + """
import os
from pathlib import Path
from kzbrief import launch
fresh = str(Path(sys.argv[1]) / f"first-start-{os.getpid()}")  # each run a first start
data_dir, language = launch.window_options(["--data-dir", fresh])
mark("arguments read")
import dataclasses
from kzbrief.gui import startrecord
folder = startrecord.data_folder(data_dir)
assert startrecord.opens_on_cover(folder)
mark("data folder checked")
from kzbrief.gui import startpage
"""
    + _PAINT_WATCH
    + """
mark("PySide6, early modules imported")
made = startpage.application
def application(*args):
    app = made(*args)
    if startpage.application is not application:
        return app  # (the completion asks again)
    startpage.application = made
    mark("QApplication made")
    # Watched from when the event loop runs (see bench.firstpaint.FirstPaint).
    watch = Painted(lambda: mark("first paint done"))
    QTimer.singleShot(0, lambda: app.installEventFilter(watch))
    return app
startpage.application = application
build = startpage._build
def built(*args):
    build(*args)
    mark("window built")
startpage._build = built
centre = startpage._centre_column
def shown(window):
    mark("window shown")
    centre(window)
startpage._centre_column = shown
shell = startpage.show_early(folder, language)
assert shell is not None
import kzbrief.core.service
from kzbrief.gui.app import make_application, user_settings
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings
from kzbrief.gui.single_instance import claim
mark("core and GUI imported")
app = make_application()
library = kzbrief.core.service.Library(folder)
guard = claim(library.data_dir)
mark("library opened")
window = MainWindow.complete(shell, library, Settings(user_settings()))
mark("window completed")
def done():
    mark("complete window painted")
    print(json.dumps(marks))
    app.quit()
app.installEventFilter(Painted(done))
window.update()
app.exec()
"""
)

# The ordinary start: everything loaded, then the window built (a folder with the user's
# notes, where the window may open on any page).
ORDINARY = (
    _CLOCK
    + """
import kzbrief.cli
kzbrief.cli.build_parser(commands=False).parse_args(["--data-dir", sys.argv[1]])
mark("command line parsed")
import kzbrief.core.service
mark("core imported")
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
            ("kzbrief, first start (the early window, then completed)", KZBRIEF, str(data)),
            ("kzbrief, ordinary start (all loaded first)", ORDINARY, str(data)),
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
