"""``kzbrief selftest``: proves that an installed or frozen copy works end to end.

Each check is a small function; the report names each with ok/detail, and the command
exits 0 only when all pass. The packaged app runs the same checks.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzbrief import __version__
from kzbrief.core.service import Library
from kzbrief.core.wording import plural

Check = Callable[[Library], str]


def check_briefing(library: Library) -> str:
    briefing = library.default_briefing()
    if len(briefing.sections) < 8:
        raise AssertionError(f"only {plural(len(briefing.sections), 'section', 'sections')}")
    return f"{briefing.id}: {plural(len(briefing.sections), 'section', 'sections')}"


def check_search(library: Library) -> str:
    results = library.search('"domestic violence"')
    if not results.hits or results.hits[0].section != "domestic-violence":
        raise AssertionError("the phrase search did not find the domestic-violence section")
    if "<mark>" not in results.hits[0].snippet_html:
        raise AssertionError("the snippet marks no match")
    return plural(results.total, "hit", "hits")


def check_render(library: Library) -> str:
    html = library.section_html(library.default_briefing().sections[0].id)
    if "<script" in html.lower():
        raise AssertionError("rendered HTML holds a script")
    return f"{plural(len(html), 'character', 'characters')} of HTML"


CHECKS: list[tuple[str, Check]] = [
    ("briefing", check_briefing),
    ("search", check_search),
    ("render", check_render),
]


def _run(name: str, check: Check, library: Library) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        detail = check(library)
        ok = True
    except Exception as exc:  # noqa: BLE001 - a selftest reports every failure, whatever it is
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return {
        "name": name,
        "ok": ok,
        "detail": detail,
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }


def run_selftest(
    data_dir: str | None, *, gui: bool = False, language: str | None = None
) -> dict[str, Any]:
    """Run every check against ``data_dir`` (a fresh temporary folder when None)."""
    with tempfile.TemporaryDirectory(prefix="kzbrief-selftest-") as scratch:
        library = Library(data_dir or Path(scratch))
        status = library.ensure_index()
        checks = [_run(name, check, library) for name, check in CHECKS]
        if gui:
            from kzbrief.gui.selftest import run_gui_checks

            checks.extend(run_gui_checks(library, language))
        library.close()
    return {
        "version": __version__,
        "ok": all(c["ok"] for c in checks),
        "index_built": status.rebuilt,
        "index_prebuilt": status.prebuilt,
        "data_dir": str(library.data_dir),
        "read_only": library.read_only,
        "checks": checks,
    }
