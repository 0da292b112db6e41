"""A data folder that cannot be written (issue 22, item 8): read, search and export work,
changes are refused with one line, and nothing in the folder is written.

Tests run as root, which writes through any permission, so the folder's "read-only" is
injected where kzbrief finds it out: the write probe of kzbrief.core.paths fails with
EROFS, as it does on a read-only mount. That every other write is avoided is then checked,
not assumed: the folder's files, sizes and times must be exactly as they were. (The CLI
tests run on a real read-only bind mount where the system allows one.)
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kzbrief.core import paths
from kzbrief.core.errors import ReadOnlyError
from kzbrief.core.service import Library
from tests.libraries import fill_and_close


def fill_library(data_dir: Path, sample: Path) -> dict[str, str]:
    """A library with an import, a note and a bookmark; the quote and section used."""
    return fill_and_close(Library(data_dir), sample)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


@pytest.fixture
def read_only_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """The data folder's write probe fails as on a read-only mount."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(paths.tempfile, "mkstemp", refuse)


@pytest.fixture
def archived(data_dir: Path, import_file) -> dict[str, str]:
    return fill_library(data_dir, import_file("annual-review.md"))


def test_a_read_only_folder_is_read_searched_and_exported_and_not_written(
    data_dir: Path, archived: dict[str, str], read_only_probe: None
) -> None:
    before = snapshot(data_dir)
    library = Library(data_dir)
    assert library.read_only == "Read-only file system"
    assert {b.id for b in library.briefings()} == {"kazakhstan-2023", "review"}
    results = library.search("Shymkent")
    assert [h.briefing for h in results.hits] == ["review"]
    assert results.notices == ()  # the index on disk was current: used as it is
    assert library.search("tag:archive").total == 1
    assert [n.body for n in library.notes()] == ["archived note"]
    assert [b.label for b in library.bookmarks()] == ["archived bookmark"]
    assert "archived note" in library.export_text("md")
    assert library.check_index()["ok"]
    library.store.set_state("reader.location", "elsewhere")  # the window's reading place
    assert library.store.get_state("reader.location") == "elsewhere"  # for this session
    library.close()
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(
    "change",
    [
        "add_note",
        "update_note",
        "remove_note",
        "add_bookmark",
        "remove_bookmark",
        "import_briefing",
        "remove_briefing",
        "rebuild_index",
        "import_notes",
    ],
)
def test_every_change_is_refused_with_one_line(
    data_dir: Path, archived: dict[str, str], read_only_probe: None, import_file, change: str
) -> None:
    before = snapshot(data_dir)
    library = Library(data_dir)
    note_id = library.notes()[0].id
    bookmark_id = library.bookmarks()[0].id
    notes_file = data_dir.parent / "notes.json"
    notes_file.write_text(Library(data_dir).export_text("json"), encoding="utf-8")
    calls = {
        "add_note": lambda: library.add_note(archived["section"], archived["quote"]),
        "update_note": lambda: library.update_note(note_id, note="changed"),
        "remove_note": lambda: library.remove_note(note_id),
        "add_bookmark": lambda: library.add_bookmark(archived["section"]),
        "remove_bookmark": lambda: library.remove_bookmark(bookmark_id),
        "import_briefing": lambda: library.import_briefing(
            import_file("un-submission.txt"), briefing_id="un"
        ),
        "remove_briefing": lambda: library.remove_briefing("review"),
        "rebuild_index": library.rebuild_index,
        "import_notes": lambda: library.import_notes(notes_file),
    }
    with pytest.raises(ReadOnlyError) as refused:
        calls[change]()
    message = str(refused.value)
    assert message.startswith(f"this library is read-only ({data_dir}: Read-only file system)")
    assert "\n" not in message and refused.value.exit_code == 2
    assert [n.body for n in library.notes()] == ["archived note"]
    library.close()
    assert snapshot(data_dir) == before


def test_a_stale_index_in_a_read_only_folder_is_built_in_memory_and_said_so(
    data_dir: Path,
    archived: dict[str, str],
    read_only_probe: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.rmtree(data_dir / "index")
    before = snapshot(data_dir)
    # Whoosh's RamStorage puts a writer's stored fields (the note text) in a folder of the
    # system's temporary directory (/tmp/MAIN.tmp): the index in memory must make none.
    from whoosh.filedb.filestore import FileStorage

    created: list[str] = []

    def record(self: FileStorage, *args: object, **kwargs: object) -> FileStorage:
        created.append(self.folder)
        raise AssertionError(f"a file storage was created at {self.folder}")

    monkeypatch.setattr(FileStorage, "create", record)
    library = Library(data_dir)
    results = library.search("Shymkent")
    assert [h.briefing for h in results.hits] == ["review"]
    assert results.notices == (
        "This library is read-only and the search index is missing: searching a copy built "
        "in memory, which is not saved.",
    )
    assert library.search("tag:archive").total == 1
    assert library.search("Shymkent").notices == ()  # said once
    library.close()
    assert snapshot(data_dir) == before
    assert created == []


def test_notes_still_in_the_write_ahead_log_of_a_copy_are_read(
    data_dir: Path, archived: dict[str, str], read_only_probe: None, tmp_path: Path
) -> None:
    """A folder copied while kzbrief had it open: the last notes are in ``-wal``."""
    copy = tmp_path / "copied-while-open"
    writer = sqlite3.connect(data_dir / "kzbrief.sqlite3", isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE notes SET body = 'written just before the copy'")
    shutil.copytree(data_dir, copy)
    writer.close()
    (copy / "kzbrief.sqlite3-shm").unlink()  # as a copy without it would be
    library = Library(copy)
    assert [n.body for n in library.notes()] == ["written just before the copy"]
    library.close()


def test_a_read_only_folder_without_a_database_shows_its_briefings(
    data_dir: Path, archived: dict[str, str], read_only_probe: None
) -> None:
    for name in os.listdir(data_dir):
        if name.startswith("kzbrief.sqlite3"):
            os.unlink(data_dir / name)
    library = Library(data_dir)
    assert library.notes() == [] and library.bookmarks() == []
    assert library.search("Shymkent").total == 1
    library.close()
    assert not (data_dir / "kzbrief.sqlite3").exists()


def test_a_missing_folder_that_cannot_be_created_is_still_exit_3(tmp_path: Path) -> None:
    """Read-only mode is for a folder that exists; one that cannot be made is an error."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(Exception) as failed:
        Library(blocker / "data")
    assert getattr(failed.value, "exit_code", None) == 3
