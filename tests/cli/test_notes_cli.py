"""``kzbrief notes add|list|import|remove``: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from kzbrief.core.w3c import ANNO_CONTEXT

QUOTE = "greenhouse gas emissions"


def one_annotation(note_id: str = "urn:uuid:6f1c9a3e-2b7d-4c1e-9a51-3d2f0e8b7c11") -> dict:
    return {
        "@context": ANNO_CONTEXT,
        "id": note_id,
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "Imported note", "format": "text/markdown"},
        "target": {
            "source": "urn:kzbrief:section:kazakhstan-2023:climate",
            "selector": {"type": "TextQuoteSelector", "exact": QUOTE},
        },
    }


def test_notes_add_then_search_finds_it_in_another_process(cli_process) -> None:
    added = cli_process(
        "notes",
        "add",
        "--section",
        "climate",
        "--quote",
        QUOTE,
        "--note",
        "Methane flaring is missing",
        "--tags",
        "Energy, climate",
        "--colour",
        "green",
        "--json",
    )
    assert added.code == 0, added.err
    note = json.loads(added.out)
    assert set(note) == {
        "id",
        "briefing",
        "section",
        "quote",
        "note",
        "tags",
        "colour",
        "status",
        "created",
        "modified",
    }
    assert note["id"].startswith("urn:uuid:") and note["tags"] == ["energy", "climate"]
    assert note["colour"] == "green" and note["status"] == "anchored"

    found = cli_process("search", "kind:note methane", "--json")
    assert found.code == 0
    assert "Rebuilt" not in found.err  # the add brought the index up to date itself
    hits = json.loads(found.out)["hits"]
    assert [(h["kind"], h["annotation"], h["section"]) for h in hits] == [
        ("note", note["id"], "climate")
    ]
    grouped = cli_process("search", "greenhouse")
    assert "In the briefing" in grouped.out and "In your notes (1)" in grouped.out
    tagged = json.loads(cli_process("search", "tag:energy", "--json").out)["hits"]
    assert [h["annotation"] for h in tagged] == [note["id"]]


def test_quote_not_in_the_section_exits_2_with_one_line(cli_process) -> None:
    result = cli_process("notes", "add", "--section", "climate", "--quote", "not in this text")
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        "kzbrief: the quote 'not in this text' is not in section climate of kazakhstan-2023"
    ]
    assert json.loads(cli_process("notes", "list", "--json").out) == []


def test_notes_list_filters_by_tag_and_briefing(cli) -> None:
    first = json.loads(
        cli("notes", "add", "--section", "climate", "--quote", QUOTE, "--tags", "a", "--json").out
    )
    cli("notes", "add", "--section", "trials", "--quote", "harsh sentences", "--tags", "b")
    assert [n["id"] for n in json.loads(cli("notes", "list", "--tag", "A", "--json").out)] == [
        first["id"]
    ]
    both = json.loads(cli("notes", "list", "--briefing", "kazakhstan-2023", "--json").out)
    assert [n["section"] for n in both] == ["trials", "climate"]  # reading order
    assert json.loads(cli("notes", "list", "--briefing", "other", "--json").out) == []
    plain = cli("notes", "list")
    assert plain.code == 0 and first["id"] in plain.out and f"“{QUOTE}”" in plain.out


def test_notes_import_reports_counts_and_skips_duplicates(cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    lost = one_annotation("urn:uuid:00000000-0000-4000-8000-000000000009")
    lost["target"]["selector"]["exact"] = "words that are not in the briefing"
    path.write_text(json.dumps([one_annotation(), lost]), encoding="utf-8")
    first = cli("notes", "import", str(path))
    assert first.code == 0 and first.out.strip() == (
        "Imported 2, duplicate 0 (skipped), orphaned 1."
    )
    again = cli("notes", "import", str(path), "--json")
    assert json.loads(again.out) == {"imported": 0, "duplicate": 2, "orphaned": 0}
    statuses = {n["id"][-1]: n["status"] for n in json.loads(cli("notes", "list", "--json").out)}
    assert statuses == {"1": "anchored", "9": "orphaned"}


def test_hostile_import_exits_2_with_one_line_and_writes_nothing(
    cli_process, tmp_path: Path
) -> None:
    path = tmp_path / "evil.json"
    evil = one_annotation()
    evil["body"] = {"type": "TextualBody", "value": "<script>x</script>", "format": "text/html"}
    path.write_text(json.dumps([one_annotation("urn:uuid:00000000-0000-4000-8000-1"), evil]))
    result = cli_process("notes", "import", str(path))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert "evil.json: annotation 2" in result.err
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    nested = cli_process("notes", "import", str(deep))
    assert nested.code == 2 and "nested too deeply" in nested.err
    assert len(nested.err.strip().splitlines()) == 1
    assert json.loads(cli_process("notes", "list", "--json").out) == []


def test_notes_remove(cli) -> None:
    note = json.loads(cli("notes", "add", "--section", "climate", "--quote", QUOTE, "--json").out)
    removed = cli("notes", "remove", note["id"])
    assert removed.code == 0 and note["id"] in removed.out
    assert json.loads(cli("notes", "list", "--json").out) == []
    assert json.loads(cli("search", "kind:note", "--json").out)["hits"] == []
    again = cli("notes", "remove", note["id"])
    assert again.code == 2 and "no note" in again.err


def test_bad_colour_and_missing_arguments_exit_2(cli) -> None:
    assert (
        cli("notes", "add", "--section", "climate", "--quote", QUOTE, "--colour", "red").code == 2
    )
    assert cli("notes", "add", "--quote", QUOTE).code == 2
    assert cli("notes").code == 2
    missing = cli("notes", "import", "/no/such/file.json")
    assert missing.code == 2 and "file.json" in missing.err
