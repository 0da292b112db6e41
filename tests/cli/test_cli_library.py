"""``kzbrief import``, ``remove`` and ``restore``: output, exit codes and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzbrief.core.importers.source import MAX_IMPORT_BYTES
from kzbrief.core.interlock import LOCK_FILE


def _left_in(data_dir: Path) -> list[str]:
    """What a command left in the data folder, but for the folder's lock file: any command
    may create that (kzbrief.core.interlock), and it holds nothing."""
    if not data_dir.exists():
        return []
    return sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.name != LOCK_FILE)


def test_import_then_search_across_the_library(cli, import_file) -> None:
    result = cli("import", str(import_file("obzor-ru.txt", "cp1251")), "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report == {
        "id": "prava-cheloveka-v-kazakhstane-obzor-za-2023-god",
        "title": "ПРАВА ЧЕЛОВЕКА В КАЗАХСТАНЕ: ОБЗОР ЗА 2023 ГОД",
        "edition": 1,
        "previous_edition": None,
        "language": "ru",
        "format": "text",
        "encoding": "cp1251",
        "sections": 4,
        "paragraphs": 4,
        "notes": None,
        "notices": [],
    }
    hits = json.loads(cli("search", "выборов", "--json").out)["hits"]
    assert (hits[0]["briefing"], hits[0]["section"]) == (report["id"], "2-dosrochnye-vybory")
    assert "<mark>выборы</mark>" in hits[0]["snippet_html"]


def test_import_says_what_it_did(cli, import_file) -> None:
    result = cli("import", str(import_file("news-page.html")), "--id", "rally")
    assert result.code == 0
    assert result.out.startswith(
        "Imported 'Kazakhstan: activists jailed after peaceful Almaty rally' as rally, "
        "edition 1: 4 sections, 10 paragraphs (html, utf-8, language en)."
    )


def test_new_edition_needs_replace_and_reports_it(cli, import_file) -> None:
    path = str(import_file("annual-review.md"))
    assert cli("import", path, "--id", "review").code == 0
    refused = cli("import", path, "--id", "review")
    assert refused.code == 2
    assert refused.err.strip() == (
        "kzbrief: a briefing 'review' (Kazakhstan: civic space review 2024) is already in the "
        "library; import this as its new edition (--replace) or give it another id (--id)"
    )
    replaced = cli("import", path, "--id", "review", "--replace")
    assert replaced.code == 0
    lines = replaced.out.splitlines()
    assert "edition 2" in lines[0]
    assert lines[1] == (
        "It replaces edition 1, which is kept in the trash (undo: kzbrief restore review)."
    )
    assert lines[2] == "You have no notes on this briefing yet."


def test_remove_and_restore(cli, import_file) -> None:
    cli("import", str(import_file("un-submission.txt")), "--id", "upr")
    removed = cli("remove", "upr")
    assert removed.code == 0 and "Your notes on it are kept" in removed.out
    assert "upr" not in cli("briefings").out
    assert cli("search", "impartially").out.strip() == "No results."
    restored = cli("restore", "upr", "--json")
    assert restored.code == 0 and json.loads(restored.out)["id"] == "upr"
    assert "upr/recommendations" in cli("search", "impartially").out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("remove", "kazakhstan-2023"), "comes with kzbrief and cannot be removed"),
        (("remove", "nope"), "no briefing 'nope'"),
        (("restore", "nope"), "the trash holds no edition of 'nope'"),
        (("import", "x.md", "--language", "de"), "invalid choice"),
    ],
)
def test_bad_requests_exit_2_with_one_line(cli, args, message) -> None:
    result = cli(*args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and message in result.err


def _sparse_over_the_limit(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("huge.txt", _sparse_over_the_limit, "huge.txt is 50.0 MB; an import may be at most 50 MB"),
        ("photo.md", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
        ("empty.txt", lambda p: p.write_bytes(b""), "empty.txt is empty"),
        (
            "blank.html",
            lambda p: p.write_text("<html><body> <script>x()</script></body>"),
            "no text",
        ),
        # Word files are imported since issue 15; four bytes of one are a damaged file.
        ("report.docx", lambda p: p.write_bytes(b"PK\x03\x04"), "report.docx is damaged"),
        ("report.odt", lambda p: p.write_bytes(b"PK\x03\x04"), "cannot import report.odt"),
        ("missing.md", lambda p: None, "no such file"),
    ],
)
def test_refusals_exit_2_with_one_line_and_leave_nothing(
    cli, tmp_path: Path, data_dir: Path, name, make, message
) -> None:
    path = tmp_path / name
    make(path)
    result = cli("import", str(path))
    assert result.code == 2
    assert result.err.count("\n") == 1 and message in result.err, result.err
    assert "Traceback" not in result.err
    assert _left_in(data_dir) == []


def test_a_refusal_in_a_real_process(cli_process, tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(bytes(range(256)) * 64)
    result = cli_process("import", str(path))
    assert (result.code, result.err) == (2, "kzbrief: binary.txt holds binary data, not text\n")
    assert _left_in(data_dir) == []


def test_new_edition_reports_how_the_notes_were_placed(cli, tmp_path: Path) -> None:
    first = tmp_path / "r1.md"
    first.write_text(
        "# Field report\n\n## Detentions\n\nPolice detained three activists in Almaty.\n\n"
        "## Courts\n\nThe court sentenced them to five years.\n\n## Appeals\n\n"
        "The appeal was heard in May.\n",
        encoding="utf-8",
    )
    second = tmp_path / "r2.md"
    second.write_text(
        "# Field report\n\n## Detentions\n\nIn March, police detained three activists in "
        "Almaty.\n\n## Courts\n\nThe court gave them long sentences.\n\n## Appeals\n\n"
        "The appeal was heard in May.\n",
        encoding="utf-8",
    )
    assert cli("import", str(first), "--id", "field").code == 0
    for section, quote in (
        ("detentions", "three activists"),
        ("courts", "sentenced them to five years"),
        ("appeals", "appeal was heard"),
    ):
        added = cli("notes", "add", "--briefing", "field", "--section", section, "--quote", quote)
        assert added.code == 0, added.err
    result = cli("import", str(second), "--id", "field", "--replace", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["notes"] == {"stayed": 1, "moved": 1, "orphaned": 1}
    statuses = {n["quote"]: n["status"] for n in json.loads(cli("notes", "list", "--json").out)}
    assert statuses == {
        "three activists": "moved",
        "sentenced them to five years": "orphaned",
        "appeal was heard": "anchored",
    }


def test_a_one_section_import_says_section(cli, tmp_path: Path) -> None:
    """Issue 22: "1 sections" after an import."""
    path = tmp_path / "one.md"
    path.write_text("# One part\n\nPolice detained three activists.\n", encoding="utf-8")
    result = cli("import", str(path), "--id", "one")
    assert result.code == 0, result.err
    assert ": 1 section, 1 paragraph (" in result.out


def test_counts_in_listings_are_in_good_english(cli, tmp_path: Path) -> None:
    path = tmp_path / "one.md"
    path.write_text("# One part\n\nPolice detained three activists.\n", encoding="utf-8")
    assert cli("import", str(path), "--id", "one").code == 0
    listing = cli("briefings").out
    assert "\tedition 1\t" in listing and "\t1 section\n" in listing
    assert "\t1 sections" not in listing
