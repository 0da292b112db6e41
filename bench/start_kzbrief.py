"""Start-up probe: the ``kzbrief`` command's own start, timed to the window's first paint.

Usage: ``python -m bench.start_kzbrief DATA_DIR HTML_OUT``. Runs ``kzbrief.launch.main``
with ``--data-dir DATA_DIR`` (what the ``kzbrief`` command runs: its early first paint,
its argument parsing, its import order, the window), so the probe keeps up with the app as
it grows. Nothing of kzbrief or Qt is imported here before kzbrief imports it: the probe
waits for ``kzbrief.gui.startpage`` to load (which makes the application, for the early
window and for the ordinary one) and wraps its ``application`` to watch what it makes.
From there it reports when the main window first paints, then waits until the window's
worker has the search index ready (which the window starts after its first paint) to
report whether it had to build one, and writes the HTML the reader shows to ``HTML_OUT``
so that the bare-Qt probe can show the same. The caller points HOME and the XDG folders at
an empty place, so each start is a first start.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

APPLICATION = "kzbrief.gui.startpage"
SERVICE = "kzbrief.core.service"


class _WhenLoaded(importlib.abc.MetaPathFinder):
    """Calls ``then(module)`` once the module ``name`` has been executed."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return None
        loader = spec.loader
        execute = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            execute(module)
            self.then(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> int:
    data_dir, html_out = Path(sys.argv[1]), Path(sys.argv[2])
    from kzbrief.launch import main as kzbrief_main

    statuses: list[Any] = []
    probes: list[Any] = []

    def record_statuses(service: ModuleType) -> None:
        library = service.Library
        ensure_index = library.ensure_index

        def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
            status = ensure_index(self, *args, **kwargs)
            statuses.append(status)
            return status

        library.ensure_index = recording

    def watch(startpage: ModuleType) -> None:
        application = startpage.application

        def watched(*args: Any, **kwargs: Any) -> Any:
            app = application(*args, **kwargs)
            if not probes:
                probes.append(_watch_first_paint(app, statuses, html_out))
            return app

        startpage.application = watched

    sys.meta_path.insert(0, _WhenLoaded(SERVICE, record_statuses))
    sys.meta_path.insert(0, _WhenLoaded(APPLICATION, watch))
    return kzbrief_main(["--data-dir", str(data_dir)])


def _watch_first_paint(app: Any, statuses: list[Any], html_out: Path) -> Any:
    from PySide6.QtWidgets import QMainWindow, QTextEdit

    from bench.firstpaint import FirstPaint, watchdog

    def main_window() -> QMainWindow | None:
        return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)

    def extra() -> dict[str, Any]:
        window = main_window()
        browsers = window.findChildren(QTextEdit) if window is not None else []
        if browsers:
            shown = max(browsers, key=lambda b: len(b.toPlainText()))
            html_out.write_text(shown.toHtml(), encoding="utf-8")
        return {"index_built": any(status.rebuilt for status in statuses)}

    def index_ready() -> Any:
        window = main_window()  # the early window has the signal too (kzbrief.gui.startpage)
        return window.search_ready if window is not None else None

    watchdog(app)
    is_main = lambda shown: isinstance(shown, QMainWindow)  # noqa: E731
    return FirstPaint(app, is_main, extra, index_ready, from_event_loop=True)


if __name__ == "__main__":
    sys.exit(main())
