"""Screenshots for the README: 1280x800; the reader (light and dark, after a search),
highlights with the notes panel and a note open, the export dialog, the first page of a
PDF export (drawn with pdftoppm), the library panel with two briefings, and a section's
citation marks (one naming its source) with its Sources list.

Runs the real window on an X server: Xvfb on display :91 unless ``--display`` names
another (install Xvfb with ``WITH_XVFB=1 ./scripts/ensure-system-deps``). Uses a temporary
data folder and settings, so the user's own are never touched.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--display :91]
        [--only library ...] [--lang ru|kk]

``--lang`` shows the interface in Russian or Kazakh (the catalogues ``make`` builds).
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
#: (section, quote, colour, tags, note) for the notes and export screenshots.
NOTES = (
    ("january-2022", "at least 219 civilians", "pink", ("accountability",),
     "Cross-check the casualty figures with the **official** count."),
    ("january-2022", "fired rubber bullets and live ammunition", "yellow",
     ("accountability", "follow-up"), "Who was prosecuted? List the cases for the memo."),
    ("january-2022", "fuel prices jumped", "blue", ("follow-up",), ""),
    ("january-2022", "Nur Otan", "green", (), ""),
    ("assembly", "down to a picket by one person", "purple", ("assembly",), ""),
    ("religion", "religious", "yellow", ("religion",), "Compare with the 2022 report."),
)  # fmt: skip


def settle(seconds: float) -> None:
    """Let Qt run for ``seconds``: layout, painting and the worker's answers."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shoot(out: Path) -> None:
    """Open the window on the current display and save one PNG per theme."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

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


def shoot_notes(out: Path) -> None:
    """Highlights in five colours, the notes panel and a note being written."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

    with tempfile.TemporaryDirectory(prefix="kzbrief-shots-") as scratch:
        library = Library(Path(scratch) / "data")
        made = [
            library.add_note(section, quote, colour=colour, tags=tags, note=text)
            for section, quote, colour, tags, text in NOTES
        ]
        settings = Settings(QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat))
        settings.set(THEME, "light")
        window = MainWindow(library, settings)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        settle(1.0)
        window.notes_dock.raise_()
        window.notes_ui.jump_to(made[1].id)
        cursor = window.reader.textCursor()
        cursor.clearSelection()  # show the passage's own colour, not the selection's
        window.reader.setTextCursor(cursor)
        window.note_editor.focus_body()
        settle(0.8)
        target = out / "notes.png"
        QGuiApplication.primaryScreen().grabWindow(0, 0, 0, WIDTH, HEIGHT).save(str(target))
        print(f"wrote {target}")
        window.close()
        library.close()


def shoot_export(out: Path) -> None:
    """The export dialog over the window (light theme), and page 1 of the PDF it makes."""
    from PySide6.QtCore import QSettings

    from kzbrief.core.service import Library
    from kzbrief.exporting import export_bytes
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

    with tempfile.TemporaryDirectory(prefix="kzbrief-shots-") as scratch:
        library = Library(Path(scratch) / "data")
        for section, quote, colour, tags, text in NOTES:
            library.add_note(section, quote, colour=colour, tags=tags, note=text)
        settings = Settings(QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat))
        settings.set(THEME, "light")
        window = MainWindow(library, settings)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        window.open_place(library.default_briefing().id, "january-2022")
        settle(1.0)
        dialog = window.show_export_dialog()
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
        dialog.scope_buttons["briefing"].setChecked(True)
        dialog.editorial_box.setChecked(True)
        settle(1.5)
        target = out / "export-dialog.png"
        dialog.grab().save(str(target))
        print(f"wrote {target}")
        request = dialog.request()
        dialog.reject()
        window.close()
        pdf = Path(scratch) / "notes.pdf"
        pdf.write_bytes(export_bytes(library, request))
        library.close()
        stem = out / "export-pdf-page1"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        print(f"wrote {stem}.png")


def shoot_library(out: Path) -> None:
    """The library panel with two briefings: the bundled one and an imported review."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

    sample = Path(__file__).resolve().parent.parent / "tests" / "data" / "import"
    with tempfile.TemporaryDirectory(prefix="kzbrief-shots-") as scratch:
        library = Library(Path(scratch) / "data")
        for section, quote, colour, tags, text in NOTES[:3]:
            library.add_note(section, quote, colour=colour, tags=tags, note=text)
        report = library.import_briefing(sample / "annual-review.md")
        library.add_note("freedom-of-association", "labour rights", briefing_id=report.briefing_id)
        settings = Settings(QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat))
        settings.set(THEME, "light")
        window = MainWindow(library, settings)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        window.open_place(report.briefing_id, None)
        window.library_dock.raise_()
        window.library_panel.select(report.briefing_id)
        settle(1.0)
        target = out / "library.png"
        QGuiApplication.primaryScreen().grabWindow(0, 0, 0, WIDTH, HEIGHT).save(str(target))
        print(f"wrote {target}")
        window.close()
        library.close()


def shoot_citations(out: Path) -> None:
    """A section whose figures differ between sources: its citation marks, one of them
    hovered (the tooltip names the source), and the Sources list at its end."""
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from kzbrief.core.service import Library
    from kzbrief.gui.main_window import MainWindow
    from kzbrief.gui.settings import THEME, Settings

    with tempfile.TemporaryDirectory(prefix="kzbrief-shots-") as scratch:
        library = Library(Path(scratch) / "data")
        settings = Settings(QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat))
        settings.set(THEME, "light")
        window = MainWindow(library, settings)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        settle(1.0)
        window.open_place(library.default_briefing().id, "january-2022")
        settle(0.5)
        reader = window.reader
        reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
        settle(0.3)
        document = reader.document()
        found = document.find("How many died")
        cursor = QTextCursor(document)
        cursor.setPosition(found.selectionStart())
        mark = document.find("[2]", cursor)  # the second mark of that paragraph
        cursor.setPosition(mark.selectionStart() + 1)
        point = reader.cursorRect(cursor).center()
        viewport = reader.viewport()
        QApplication.sendEvent(
            viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
        )
        settle(0.6)
        target = out / "citations.png"
        QGuiApplication.primaryScreen().grabWindow(0, 0, 0, WIDTH, HEIGHT).save(str(target))
        print(f"wrote {target}")
        window.close()
        library.close()


SHOTS = {
    "reader": shoot,
    "notes": shoot_notes,
    "export": shoot_export,
    "library": shoot_library,
    "citations": shoot_citations,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--display", default=":91")
    parser.add_argument(
        "--only", choices=sorted(SHOTS), action="append", help="only these (default: all)"
    )
    parser.add_argument("--lang", choices=("en", "ru", "kk"), help="the interface's language")
    parser.add_argument("--on-display", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.on_display:
        from kzbrief.gui.app import make_application

        make_application()
        if args.lang:
            from kzbrief.gui import i18n

            i18n.install(args.lang)
        args.out.mkdir(parents=True, exist_ok=True)
        for name in args.only or SHOTS:
            SHOTS[name](args.out)
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
        child += [f"--only={name}" for name in args.only or ()]
        child += [f"--lang={args.lang}"] if args.lang else []
        return subprocess.run(child, env=env, check=False).returncode
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
