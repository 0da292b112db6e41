"""``kzbrief selftest --gui``: drive the real window, offscreen, as a user would.

Opens the main window, searches, opens the first hit, adds and removes a bookmark and a
highlight, and reports each step like :mod:`kzbrief.selftest` does. Self-contained, so that
the packaged app can run it: it needs no display (offscreen when none is set), uses settings
of its own in a temporary folder and leaves the user's reading position and window layout
alone.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzbrief.core.service import Library
from kzbrief.core.wording import plural

TIMEOUT_S = 30.0
QUERY = '"domestic violence"'


def _ensure_platform() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    """Run the event loop until ``condition`` holds (True) or ``timeout`` passes (False)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


class _Session:
    """The checks, in order; each returns a detail line or raises."""

    def __init__(self, library: Library, settings_dir: Path) -> None:
        self.library = library
        self.settings_dir = settings_dir
        self.window: Any = None

    def open_window(self) -> str:
        from PySide6.QtCore import QSettings

        from kzbrief.gui.main_window import MainWindow
        from kzbrief.gui.settings import Settings

        store = QSettings(str(self.settings_dir / "selftest.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.library, Settings(store), persist=False)
        self.window.show()
        if not _wait_until(self.window.isVisible, 5):
            raise AssertionError("the window did not show")
        self.window.build_rest()  # the search panel and the worker (else built after painting)
        sections = self.window.contents.model.rowCount(self.window.contents.model.index(0, 0))
        from kzbrief.gui.i18n import current_language

        menus = ", ".join(a.text().replace("&", "") for a in self.window.menuBar().actions()[:3])
        return (
            f"window open, {plural(sections, 'section', 'sections')} in the contents; "
            f"interface in {current_language()} (menus: {menus}, …)"
        )

    def search(self) -> str:
        panel = self.window.search_panel
        panel.set_query(QUERY)
        if not _wait_until(lambda: panel.model.hit_count > 0):
            raise AssertionError(f"no results for {QUERY} within {TIMEOUT_S:.0f} s")
        return f"{plural(panel.model.hit_count, 'result', 'results')} for {QUERY}"

    def open_first_hit(self) -> str:
        if not self.window.search_panel.open_first():
            raise AssertionError("there was no hit to open")
        reader = self.window.reader
        if reader.section is None or reader.match_count == 0:
            raise AssertionError("the hit opened without marked matches")
        matches = plural(reader.match_count, "match", "matches")
        return f"opened {reader.section.id} with {matches} marked"

    def _settle(self) -> None:
        """Wait for the window's operation runner to write what it was handed."""
        runner = self.window.runner
        if not _wait_until(lambda: runner.pending == 0):
            raise AssertionError(f"a change was not written within {TIMEOUT_S:.0f} s")

    def bookmark(self) -> str:
        before = {b.id for b in self.library.bookmarks()}
        self.window.add_bookmark()
        self._settle()
        added = [b for b in self.library.bookmarks() if b.id not in before]
        if len(added) != 1:
            raise AssertionError("Ctrl+D did not add a bookmark")
        self.window.remove_bookmark(added[0].id)
        self._settle()
        if {b.id for b in self.library.bookmarks()} != before:
            raise AssertionError("the bookmark was not removed")
        return f"added and removed a bookmark on {added[0].section}"

    def highlight(self) -> str:
        from kzbrief.gui.highlights import LAYER

        reader, notes_ui = self.window.reader, self.window.notes_ui
        section = reader.section
        words = section.paragraphs[0].text.split()[:3]
        start = section.text.index(" ".join(words))
        end = start + len(" ".join(words))
        reader.setTextCursor(reader.cursor_for(start, end))
        before = {n.id for n in self.library.notes()}
        notes_ui.highlight()
        self._settle()
        added = [n for n in self.library.notes() if n.id not in before]
        if len(added) != 1 or (start, end) not in [(s, e) for s, e, _ in reader.layer(LAYER)]:
            raise AssertionError("Ctrl+H did not highlight the selected words")
        note = added[0]
        notes_ui.delete(note.id)
        self._settle()
        if any(n.id == note.id for n in self.library.notes()) or reader.layer(LAYER):
            raise AssertionError("the highlight was not removed")
        return f"added and removed a highlight on “{note.quote}” in {section.id}"

    def export_pdf(self) -> str:
        """The open section's notes as a PDF in the scratch folder: drawn in a child process,
        which is this same program started again (in a bundle, its own executable)."""
        from kzbrief.core.export import ExportScope
        from kzbrief.exporting import ExportRequest
        from kzbrief.gui.export_tasks import ExportTasks

        answers: list[object] = []
        exports = ExportTasks(self.library, self.window.tasks, self.window)
        exports.finished.connect(answers.append)
        exports.failed.connect(answers.append)
        section = self.window.reader.section
        target = self.settings_dir / "selftest.pdf"
        exports.export(ExportRequest("pdf", ExportScope(section=section.id)), target, 0)
        if not _wait_until(lambda: bool(answers)):
            raise AssertionError(f"the PDF export did not end within {TIMEOUT_S:.0f} s")
        if isinstance(answers[0], str):
            raise AssertionError(answers[0])
        data = target.read_bytes()
        if not data.startswith(b"%PDF"):
            raise AssertionError("the export did not write a PDF")
        return f"exported the notes of {section.id} as a PDF of {len(data):,} bytes"

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            _wait_until(lambda: True, 0)


#: Steps that change the library: skipped in a read-only one, where they are refused.
WRITING_STEPS = frozenset({"gui-bookmark", "gui-highlight"})


def run_gui_checks(library: Library, language: str | None = None) -> list[dict[str, Any]]:
    """Run the GUI checks on ``library``; each result is {"name", "ok", "detail", "ms"}."""
    _ensure_platform()
    from kzbrief.gui.app import make_application

    make_application()
    from kzbrief.gui import i18n

    i18n.install(i18n.choose_language(language, None))
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="kzbrief-gui-selftest-") as scratch:
        session = _Session(library, Path(scratch))
        steps = [
            ("gui-window", session.open_window),
            ("gui-search", session.search),
            ("gui-open-hit", session.open_first_hit),
            ("gui-bookmark", session.bookmark),
            ("gui-highlight", session.highlight),
            ("gui-export-pdf", session.export_pdf),
        ]
        try:
            for name, step in steps:
                started = time.perf_counter()
                if results and not results[-1]["ok"]:
                    detail, ok = f"skipped: {results[-1]['name']} failed", False
                elif library.read_only and name in WRITING_STEPS:
                    detail, ok = f"skipped: the library is read-only ({library.read_only})", True
                else:
                    try:
                        detail, ok = step(), True
                    except Exception as exc:  # noqa: BLE001 - a selftest reports every failure
                        detail, ok = f"{type(exc).__name__}: {exc}", False
                results.append(
                    {
                        "name": name,
                        "ok": ok,
                        "detail": detail,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                    }
                )
        finally:
            session.close()
            i18n.uninstall()  # the process goes on (tests): English as the code writes it
    return results
