"""A full disk: the CLI runs with RLIMIT_FSIZE (and SIGXFSZ ignored), so that any file that
grows past the limit fails with EFBIG, as writes to a full disk fail with ENOSPC.

Each write gets one clear line and exit 3; what was there before is intact: old notes, the
old export file, a working index.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kzbrief.core.service import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")

#: Room for SQLite's shared-memory file (32 KiB) and a small WAL, not for a large write.
LIMIT = 48 * 1024
BIG_NOTE = "A note that does not fit on the disk. " * 2_500  # ~95,000 characters


def _one_clear_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    return lines[0]


def _says_no_room(line: str) -> bool:
    """EFBIG reads "File too large", ENOSPC "No space left on device"; SQLite says
    "disk I/O error" for both, and kzbrief adds "(is the disk full?)"."""
    return any(words in line for words in ("too large", "No space", "disk full"))


@pytest.fixture
def notes_before(data_dir: Path) -> list[dict]:
    library = Library(data_dir)
    library.add_note("climate", "greenhouse gas", note="written before the disk filled")
    library.add_bookmark("trials")
    library.ensure_index()
    library.close()
    library = Library(data_dir)
    try:
        return [n.to_dict() for n in library.notes()]
    finally:
        library.close()


def _still_intact(data_dir: Path, notes_before: list[dict], kzbrief) -> None:
    listed = kzbrief("notes", "list", "--json")
    assert listed.code == 0 and json.loads(listed.out) == notes_before
    found = kzbrief("search", "greenhouse", "--kind", "note", "--json")
    assert found.code == 0 and json.loads(found.out)["total"] == 1, found.err
    assert kzbrief("index", "check").code == 0


def test_note_save_on_a_full_disk(data_dir: Path, notes_before, kzbrief, tally) -> None:
    args = ("notes", "add", "--section", "trials", "--quote", "harsh sentences")
    result = kzbrief(*args, "--note", BIG_NOTE, file_size_limit=LIMIT)
    assert result.code == 3, result.err
    line = _one_clear_line(result.err)
    assert "could not save to the notes database" in line and _says_no_room(line), line
    _still_intact(data_dir, notes_before, kzbrief)
    tally["full-disk writes refused cleanly"] += 1


def test_notes_import_on_a_full_disk(
    data_dir: Path, notes_before, kzbrief, tmp_path, tally
) -> None:
    source = Library(tmp_path / "other")
    for number in range(40):
        source.add_note("trials", "harsh sentences", note=f"{number} {BIG_NOTE[:5000]}")
    export = tmp_path / "many.json"
    export.write_text(source.export_text("json"), encoding="utf-8")
    source.close()
    result = kzbrief("notes", "import", str(export), file_size_limit=LIMIT)
    assert result.code == 3, result.err
    line = _one_clear_line(result.err)
    assert "could not save to the notes database" in line and _says_no_room(line), line
    _still_intact(data_dir, notes_before, kzbrief)
    tally["full-disk writes refused cleanly"] += 1


def test_export_on_a_full_disk_keeps_the_old_file(
    data_dir: Path, notes_before, kzbrief, tmp_path, tally
) -> None:
    library = Library(data_dir)
    for _ in range(3):
        library.add_note("trials", "harsh sentences", note=BIG_NOTE)
    library.close()
    target = tmp_path / "exports" / "notes.md"
    target.parent.mkdir()
    target.write_bytes(b"# the good export from yesterday\n")
    result = kzbrief("export", "--format", "md", "--output", str(target), file_size_limit=LIMIT)
    assert result.code == 3, result.err
    line = _one_clear_line(result.err)
    assert f"could not write {target}" in line and _says_no_room(line), line
    assert target.read_bytes() == b"# the good export from yesterday\n"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]  # no temp file left
    tally["full-disk writes refused cleanly"] += 1


def test_index_rebuild_on_a_full_disk_keeps_the_old_index(
    data_dir: Path, notes_before, kzbrief, write_briefing, tally
) -> None:
    write_briefing(data_dir, "generated", sections=60)
    assert kzbrief("index", "rebuild").code == 0
    generations = sorted(p.name for p in (data_dir / "index").glob("gen-*"))
    result = kzbrief("index", "rebuild", file_size_limit=LIMIT)
    assert result.code == 3, result.err
    line = _one_clear_line(result.err)
    assert "cannot build the search index" in line and _says_no_room(line), line
    assert sorted(p.name for p in (data_dir / "index").glob("gen-*")) == generations
    _still_intact(data_dir, notes_before, kzbrief)
    tally["full-disk writes refused cleanly"] += 1


def _library_files(data_dir: Path) -> dict[str, bytes]:
    files = (data_dir / "library").rglob("*")
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in files if p.is_file()}


def test_import_on_a_full_disk_keeps_the_library_as_it_was(
    data_dir: Path, notes_before, kzbrief, tmp_path, tally
) -> None:
    first = tmp_path / "report.md"
    first.write_text("# A report\n\nThe first edition, on the tribunal.\n", encoding="utf-8")
    assert kzbrief("import", str(first), "--id", "report").code == 0
    library_before = _library_files(data_dir)
    briefings_before = kzbrief("briefings", "--json").out
    big = tmp_path / "big-report.md"
    paragraph = "A paragraph of the second edition, on detention and the tribunal. " * 20
    big.write_text("# A report\n\n" + f"{paragraph}\n\n" * 200, encoding="utf-8")  # ~270 KB
    for extra in (("--id", "another"), ("--id", "report", "--replace")):
        result = kzbrief("import", str(big), *extra, file_size_limit=LIMIT)
        assert result.code == 3, result.err
        line = _one_clear_line(result.err)
        assert "could not write the import" in line and _says_no_room(line), line
        assert _library_files(data_dir) == library_before  # nothing new, the old edition kept
        assert not any((data_dir / "staging").iterdir())  # nothing half-written left behind
        assert kzbrief("briefings", "--json").out == briefings_before
        tally["full-disk writes refused cleanly"] += 1
    _still_intact(data_dir, notes_before, kzbrief)
