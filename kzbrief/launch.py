"""The ``kzbrief`` command: the window's early first paint, then the command line.

``kzbrief`` with no command (only ``--data-dir``, ``--lang`` or ``--verbose``) opens the
window. Such a start first shows the window on the bundled briefing's cover when it can
(:mod:`kzbrief.gui.startpage`) and waits for it to paint, before the command line, the
core and the window's other modules are imported; :mod:`kzbrief.cli` then runs as for any
command and completes that window. Anything else goes straight to the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kzbrief.core import wording

if TYPE_CHECKING:
    from kzbrief.gui.startpage import WindowShell


def window_options(args: Sequence[str]) -> tuple[str | None, str | None] | None:
    """(data folder, language) when ``args`` only open the window; None when they ask for
    anything else, or anything the command line should check and explain."""
    data_dir: str | None = None
    language: str | None = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name not in ("--data-dir", "--lang"):
            if arg == "--verbose":
                continue
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--data-dir":
            if not value or value.startswith("-"):
                return None
            data_dir = value
        elif value in wording.LANGUAGES:
            language = value
        else:
            return None
    return data_dir, language


def paint_early(args: Sequence[str]) -> tuple[WindowShell | None, Exception | None]:
    """The window shown on the cover and painted, if ``args`` open the window and it may
    open there; else None. A failure here is not the user's problem: the window is then
    built the ordinary way, and the failure is handed on to be logged (there is no log
    yet)."""
    options = window_options(args)
    if options is None:
        return None, None
    data_dir, language = options
    try:
        # Pure-Python modules first: PySide6's import hook makes every module imported after
        # it slower to load (it reads each one's source).
        import dataclasses  # noqa: F401 - for kzbrief.gui.theme

        from kzbrief.gui import startrecord

        folder = startrecord.data_folder(data_dir)
        if folder is None or not startrecord.opens_on_cover(folder):
            return None, None
        from kzbrief.gui.startpage import show_early

        return show_early(folder, language), None
    except Exception as exc:  # noqa: BLE001 - logged by the command line, once it has a log
        return None, exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kzbrief``; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    early, failure = paint_early(args)
    from kzbrief.cli import main as cli_main

    return cli_main(args, early=early, early_failure=failure)
