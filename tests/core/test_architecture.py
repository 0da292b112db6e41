"""House rules that code review alone would let slip."""

from __future__ import annotations

import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kzbrief.core
from tests.fresh import passes_in_a_fresh_interpreter


def test_core_never_imports_qt() -> None:
    modules = [f"kzbrief.core.{m.name}" for m in pkgutil.iter_modules(kzbrief.core.__path__)]
    assert len(modules) >= 8
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import kzbrief.cli\n"
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    passes_in_a_fresh_interpreter(code)


def test_opening_the_library_and_reading_needs_no_search_engine(tmp_path) -> None:
    # Importing Whoosh's searching half is a third of the start-up: the window must open
    # without it, though it may import Hit and match_spans from kzbrief.core.search.
    code = (
        "import sys\n"
        "from kzbrief.core.service import Library\n"
        f"library = Library({str(tmp_path)!r})\n"
        "briefing = library.default_briefing()\n"
        "library.section_html(briefing.sections[0].id)\n"
        "early = [m for m in sys.modules if m.startswith('whoosh')]\n"
        "from kzbrief.core.search import Hit, match_spans\n"
        "match_spans('Protests', {'protest'})\n"
        "engine = ('whoosh.query', 'whoosh.searching', 'whoosh.reading', 'whoosh.index')\n"
        "late = [m for m in sys.modules if m.startswith(engine)]\n"
        "print(early, late); sys.exit(1 if early or late else 0)\n"
    )
    passes_in_a_fresh_interpreter(code)


REPO = Path(__file__).resolve().parents[2]


def test_the_layer_contracts_hold() -> None:
    """import-linter's contracts (pyproject.toml, [tool.importlinter]): core has no Qt and no
    front end; the GUI reaches core only through the facade and the public types."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    assert lint_imports.exists(), "import-linter is a test dependency: pip install -e '.[test]'"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_gui_does_not_reach_round_the_facade() -> None:
    """What import-linter cannot see: the facade's own parts reached through an attribute."""
    pattern = re.compile(r"\blibrary\.(store|index|library_folder|_\w+)\b")
    found = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "kzbrief" / "gui").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert not found, "\n".join(found)


def test_warming_up_loads_what_the_first_search_and_import_run(tmp_path) -> None:
    code = (
        "import sys\n"
        "from kzbrief.core.service import Library\n"
        f"Library({str(tmp_path)!r}).briefings()\n"
        "wanted = ('kzbrief.core.search', 'kzbrief.core.suggest', 'whoosh.searching',\n"
        "          'whoosh.highlight', 'rapidfuzz', 'kzbrief.core.importers.parse')\n"
        "before = [m for m in wanted if m in sys.modules]\n"
        "Library.warm_up()\n"
        "after = [m for m in wanted if m in sys.modules]\n"
        "print(before, after); sys.exit(0 if not before and len(after) == len(wanted) else 1)\n"
    )
    passes_in_a_fresh_interpreter(code)
