"""Another process changes the data folder while this one is open (issue 22, item 6).

A window keeps the briefings it has read in memory. When a script imported a briefing, the
window used to compute the index's fingerprint from its old list, find the index "out of
date", rebuild it without the new briefing, and leave the next script to rebuild it again.
Now every committed change writes a change stamp (kzbrief.core.changes) that the others read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzbrief.core.changes import ChangeStamps, Stamp
from kzbrief.core.index import SearchIndex
from kzbrief.core.service import Library


@pytest.fixture
def rebuilds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every index rebuild in this process, by the folder it was built in."""
    done: list[str] = []
    real = SearchIndex.rebuild

    def counting(self: SearchIndex, *args, **kwargs) -> int:  # type: ignore[no-untyped-def]
        done.append(str(self.root))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "rebuild", counting)
    yield done


def _generation(data_dir: Path) -> str:
    return json.loads((data_dir / "index" / "current.json").read_text())["generation"]


def test_window_sees_a_briefing_another_process_imported_without_a_rebuild(
    data_dir: Path, import_file, rebuilds: list[str]
) -> None:
    window = Library(data_dir)
    assert window.search("Tokayev").total  # the first build in a new folder
    assert len(rebuilds) == 1
    assert window.changes_elsewhere() == frozenset()

    script = Library(data_dir)  # the CLI: another Library on the same folder
    script.import_briefing(import_file("annual-review.md"), briefing_id="review")
    script.close()

    assert window.changes_elsewhere() == {"library"}
    assert "review" in {b.id for b in window.briefings()}
    assert "review" in {row["id"] for row in window.library_summary()}
    results = window.search("Shymkent")
    assert [h.briefing for h in results.hits] == ["review"]
    assert not [n for n in results.notices if "Rebuilt" in n]
    assert window.changes_elsewhere() == frozenset()  # each change is reported once

    later = Library(data_dir)  # the next CLI command
    assert later.search("Shymkent").total == 1
    later.close()
    window.close()
    assert len(rebuilds) == 1, rebuilds


def test_a_write_in_the_window_after_an_outside_import_keeps_the_index_current(
    data_dir: Path, import_file, rebuilds: list[str]
) -> None:
    """The window's next note must not record a fingerprint that lacks the new briefing."""
    window = Library(data_dir)
    window.ensure_index()
    script = Library(data_dir)
    script.import_briefing(import_file("annual-review.md"), briefing_id="review")
    script.close()
    section = window.briefing("review").sections[0]
    window.add_note(section.id, section.paragraphs[0].text.split(".")[0], briefing_id="review")
    generation = _generation(data_dir)
    later = Library(data_dir)
    assert later.ensure_index().rebuilt is False
    assert later.search("kind:note").total == 1
    later.close()
    window.close()
    assert _generation(data_dir) == generation
    assert len(rebuilds) == 1, rebuilds


def test_an_outside_edition_is_the_previous_one_for_the_next_edition(
    data_dir: Path, import_file
) -> None:
    window = Library(data_dir)
    window.briefings()
    script = Library(data_dir)
    script.import_briefing(import_file("annual-review.md"), briefing_id="review")
    script.import_briefing(import_file("annual-review.md"), briefing_id="review", replace=True)
    script.close()
    report = window.import_briefing(
        import_file("annual-review.md"), briefing_id="review", replace=True
    )
    assert (report.previous_edition, report.edition) == (2, 3)
    window.close()


def test_notes_and_bookmarks_written_elsewhere_are_reported_but_own_writes_are_not(
    data_dir: Path,
) -> None:
    window = Library(data_dir)
    section = window.default_briefing().sections[0]
    quote = section.paragraphs[0].text.split(".")[0]
    window.add_note(section.id, quote, note="mine")
    window.add_bookmark(section.id)
    assert window.changes_elsewhere() == frozenset()  # the window drew those itself

    script = Library(data_dir)
    script.add_note(section.id, quote, note="from a script")
    assert window.changes_elsewhere() == {"user"}
    script.add_bookmark(section.id, label="from a script")
    assert window.changes_elsewhere() == {"user"}
    assert len(window.bookmarks()) == 2
    script.close()
    window.close()


def test_change_stamps_are_read_again_only_when_the_file_changes(tmp_path: Path) -> None:
    stamps = ChangeStamps(tmp_path)
    assert stamps.read() == Stamp()
    first = stamps.bump("library")
    assert first.library and not first.user
    other = ChangeStamps(tmp_path)  # another process
    second = other.bump("user")
    assert second.library == first.library and second.user
    assert stamps.read() == second
    assert second.changed_parts(first) == {"user"}
    (tmp_path / "changes.user").write_bytes(b"\xff\xfe")
    assert stamps.read().changed_parts(second) == {"user"}
    with pytest.raises(ValueError):
        stamps.bump("index")


def test_a_cli_import_while_a_library_is_open_costs_no_rebuild(data_dir: Path, import_file) -> None:
    """The issue's sequence with real processes: window open, CLI import, search in the
    window, next CLI command. Rebuilds are counted as index generations (a rebuild writes
    a new one; an update keeps it)."""
    window = Library(data_dir)
    window.search("Tokayev")
    generations = [_generation(data_dir)]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        generations.append(_generation(data_dir))
        return done

    imported = cli("import", str(import_file("annual-review.md")), "--id", "review")
    assert imported.returncode == 0, imported.stderr
    results = window.search("Shymkent")
    generations.append(_generation(data_dir))
    assert [h.briefing for h in results.hits] == ["review"]
    assert results.notices == ()
    searched = cli("search", "Shymkent", "--json")
    assert searched.returncode == 0 and searched.stderr == ""
    assert json.loads(searched.stdout)["total"] == 1
    window.close()
    assert len(set(generations)) == 1, generations  # no rebuild after the first build


def test_stamping_a_bookmark_does_not_wait_for_another_process_writing(data_dir: Path) -> None:
    """Bookmarks are added on the GUI thread, which must not wait for a rebuild elsewhere."""
    from kzbrief.core.interlock import LOCK_FILE, FolderLock

    library = Library(data_dir)
    section = library.default_briefing().sections[0]
    library._session.folder_lock.timeout = 2.0  # a wait would fail the test in 2 s, not 120
    elsewhere = FolderLock(data_dir / LOCK_FILE)  # another open file: as another process
    with elsewhere:
        bookmark = library.add_bookmark(section.id, label="while another writes")
    assert [b.id for b in library.bookmarks()] == [bookmark.id]
    library.close()


def test_briefings_another_process_did_not_change_stay_the_same_objects(
    data_dir: Path, import_file
) -> None:
    """A window redraws the page it shows when its briefing object changed: an import of
    another briefing elsewhere must not make the one on screen look new."""
    window = Library(data_dir)
    shown = window.briefing("kazakhstan-2023")
    script = Library(data_dir)
    script.import_briefing(import_file("annual-review.md"), briefing_id="review")
    script.close()
    assert window.changes_elsewhere() == {"library"}
    assert window.briefing("kazakhstan-2023") is shown
    assert window.briefing("review").edition == 1
    window.close()


def test_an_import_reads_again_only_the_briefings_whose_files_changed(
    data_dir: Path, import_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzbrief.core import catalogue

    library = Library(data_dir)
    library.import_briefing(import_file("annual-review.md"), briefing_id="review")
    library.import_briefing(import_file("annual-review.md"), briefing_id="second")
    library.briefings()
    read: list[str] = []
    real = catalogue.load_briefing_dir
    monkeypatch.setattr(
        catalogue,
        "load_briefing_dir",
        lambda folder, **kw: read.append(folder.name) or real(folder, **kw),
    )
    library.reload()
    library.briefings()
    assert "review" not in read and "second" not in read
    # A briefing whose file was written again (another edition, an edit by hand) is read.
    briefing_file = data_dir / "library" / "review" / "briefing.json"
    data = json.loads(briefing_file.read_text(encoding="utf-8"))
    data["title"] = "The review, retitled"
    replacement = briefing_file.with_suffix(".new")
    replacement.write_text(json.dumps(data), encoding="utf-8")
    replacement.replace(briefing_file)
    library.reload()
    assert library.briefing("review").title == "The review, retitled"
    assert read.count("review") == 1 and "second" not in read
    library.close()
