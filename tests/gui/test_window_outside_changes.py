"""The window and a script on one data folder (issue 22, item 6): what the script changes
shows in the window without a rebuild of the search index, and leaves nothing to rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzbrief.core.index import SearchIndex
from kzbrief.core.service import Library
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.searchresults import HIT_ROLE

WAIT_MS = 30_000


@pytest.fixture
def rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Index rebuilds in this process (the window's)."""
    done: list[str] = []
    real = SearchIndex.rebuild

    def counting(self: SearchIndex, *args, **kwargs) -> int:  # type: ignore[no-untyped-def]
        done.append(str(self.root))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "rebuild", counting)
    return done


def _generation(data_dir: Path) -> str:
    return json.loads((data_dir / "index" / "current.json").read_text())["generation"]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _hits(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [
        model.index(row, 0, model.index(group, 0)).data(HIT_ROLE).briefing
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def test_a_cli_import_shows_in_the_open_window_without_a_rebuild(
    qtbot, window: MainWindow, data_dir: Path, import_file, type_search, rebuilds: list[str]
) -> None:
    with qtbot.waitSignal(window.tasks.index_ready, timeout=WAIT_MS):
        window.build_rest()  # a new data folder: the index is built (or the shipped one copied)
    rebuilds.clear()  # from here on: none
    generations = [_generation(data_dir)]
    assert "review" not in window.library_panel.model.ids()

    with qtbot.waitSignal(window.tasks.changes_found, timeout=WAIT_MS) as found:
        imported = _cli(data_dir, "import", str(import_file("annual-review.md")), "--id", "review")
        assert imported.returncode == 0, imported.stderr
    assert "library" in found.args[0]
    generations.append(_generation(data_dir))
    assert "review" in window.library_panel.model.ids()
    contents = window.contents.model
    titles = [contents.index(row, 0).data() for row in range(contents.rowCount())]
    assert "Kazakhstan: civic space review 2024" in titles
    assert window.status.currentMessage() == "Updated with changes made outside this window."

    type_search(window, "Shymkent")
    assert _hits(window) == ["review"]
    assert "Rebuilt" not in window.status.currentMessage()
    generations.append(_generation(data_dir))

    searched = _cli(data_dir, "search", "Shymkent", "--json")
    assert searched.returncode == 0 and searched.stderr == ""
    assert json.loads(searched.stdout)["total"] == 1
    generations.append(_generation(data_dir))
    assert rebuilds == []  # in the window
    assert len(set(generations)) == 1, generations  # nor in the CLI processes


def test_a_note_added_by_a_script_shows_in_the_notes_panel(
    qtbot, window: MainWindow, data_dir: Path, library: Library
) -> None:
    window.notes_dock.raise_()  # the user looks at the Notes panel
    with qtbot.waitSignal(window.tasks.index_ready, timeout=WAIT_MS):
        window.build_rest()
    section = library.default_briefing().sections[0]
    quote = " ".join(section.paragraphs[0].text.split()[:4])
    assert window.notes_panel.model.rowCount() == 0
    with qtbot.waitSignal(window.tasks.changes_found, timeout=WAIT_MS) as found:
        added = _cli(data_dir, "notes", "add", "--section", section.id, "--quote", quote)
        assert added.returncode == 0, added.stderr
    assert found.args[0] == {"user"}
    qtbot.waitUntil(lambda: window.notes_panel.model.rowCount() == 1, timeout=WAIT_MS)
