"""Screenshots of the reader for the README: 1280x800, light and dark, after a search.

Runs the real window on an X server: Xvfb on display :91 unless ``--display`` names
another (install Xvfb with ``WITH_XVFB=1 ./scripts/ensure-system-deps``). Uses a temporary
data folder and settings, so the user's own are never touched.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--display :91]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1280, 800
QUERY = "peaceful assembly"


def shoot(out: Path) -> None:
    """Open the window on the current display and save one PNG per theme."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtGui import QGuiApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.app import make_application
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

    def settle(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    make_application()
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        with tempfile.TemporaryDirectory(prefix="kzbrief-shots-") as scratch:
            library = Library(Path(scratch) / "data")
            settings = Settings(QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat))
            settings.set(THEME, theme)
            window = MainWindow(library, settings)
            window.setGeometry(0, 0, WIDTH, HEIGHT)
            window.show()
            settle(1.0)
            window.focus_search()
            window.search_panel.field.setText(QUERY)
            deadline = time.monotonic() + 30
            while window.search_panel.model.hit_count == 0 and time.monotonic() < deadline:
                settle(0.1)
            window.search_panel.open_first()
            settle(0.8)
            screen = QGuiApplication.primaryScreen()
            target = out / f"reader-{theme}.png"
            screen.grabWindow(0, 0, 0, WIDTH, HEIGHT).save(str(target))
            print(f"wrote {target}")
            window.close()
            library.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--display", default=":91")
    parser.add_argument("--on-display", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.on_display:
        shoot(args.out)
        return 0
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print(
            "screenshots: Xvfb is missing: WITH_XVFB=1 ./scripts/ensure-system-deps",
            file=sys.stderr,
        )
        return 2
    server = subprocess.Popen(
        [xvfb, args.display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": args.display, "QT_QPA_PLATFORM": "xcb"}
        child = [sys.executable, __file__, "--on-display", "--out", str(args.out)]
        return subprocess.run(child, env=env, check=False).returncode
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
