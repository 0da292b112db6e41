"""After a full session the data folder and everything in it are the user's alone."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kzbrief.core.service import Library
from kzbrief.gui.main_window import MainWindow
from kzbrief.gui.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """A shell's usual umask (022): the app itself must make its files private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _not_private(data_dir: Path) -> list[str]:
    wrong = []
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            wrong.append(f"{path.relative_to(data_dir.parent)}: {mode:o}")
    return wrong


def test_a_full_session_leaves_only_private_files(
    qtbot, data_dir: Path, tmp_path: Path, kzbrief, usual_umask, tally
) -> None:
    steps = [
        ("search", "tokayev"),
        ("notes", "add", "--section", "climate", "--quote", "greenhouse gas", "--tags", "a,b"),
        ("bookmarks", "add", "--section", "trials", "--label", "read again"),
        ("export", "--format", "md", "--output", str(data_dir / "notes.md")),
        ("export", "--format", "pdf", "--output", str(data_dir / "notes.pdf")),
        ("export", "--format", "json", "--output", str(data_dir / "notes.json")),
        ("notes", "import", str(data_dir / "notes.json")),
        ("index", "rebuild"),
        ("index", "check"),
    ]
    for step in steps:
        result = kzbrief(*step)
        assert result.code == 0, (step, result.err)

    library = Library(data_dir)  # the GUI: start, wait for the index, close
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, Settings(settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: library.index.is_open_at(library.fingerprint()), timeout=15_000)
    window.close()
    library.close()

    names = {p.name for p in data_dir.rglob("*")}
    assert {"kzbrief.sqlite3", "index", "backups", "notes.pdf"} <= names
    assert _not_private(data_dir) == []
    tally["files checked private after a full session"] += len(names)
