"""``kzbrief export``: every format to a file or stdout, atomic writes, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzbrief.core import safefile


@pytest.fixture
def with_notes(cli):
    cli(
        "notes",
        "add",
        "--section",
        "climate",
        "--quote",
        "greenhouse gas",
        "--note",
        "Emissions",
        "--tags",
        "climate",
    )
    cli(
        "notes",
        "add",
        "--section",
        "trials",
        "--quote",
        "harsh sentences",
        "--note",
        "Sentencing",
        "--tags",
        "fair-trial",
    )
    return cli


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv", "pdf"])
def test_export_each_format_to_a_file(with_notes, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"notes.{fmt}"
    result = with_notes("export", "--format", fmt, "--output", str(target), "--tag", "climate")
    assert result.code == 0, result.err
    data = target.read_bytes()
    assert data
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    else:
        text = data.decode("utf-8-sig")
        assert "greenhouse gas" in text and "harsh sentences" not in text
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_export_json_to_stdout_reads_back(with_notes, tmp_path: Path, cli_process) -> None:
    out = with_notes("export", "--format", "json").out
    assert json.loads(out)["total"] == 2


def test_annotated_briefing_export(with_notes, tmp_path: Path) -> None:
    target = tmp_path / "annotated.html"
    assert (
        with_notes("export", "--format", "html", "--annotated", "--output", str(target)).code == 0
    )
    assert "greenhouse gas</mark>" in target.read_text(encoding="utf-8")
    bad = with_notes("export", "--format", "csv", "--annotated")
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1


def test_interrupted_export_leaves_the_good_file(
    with_notes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    assert with_notes("export", "--format", "md", "--output", str(target)).code == 0
    good = target.read_bytes()

    def fail_half_way(handle, data):
        handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    original = safefile.atomic_write_bytes

    def atomic_write_bytes(path, data):
        with safefile.atomic_open(path, "wb", encoding=None) as handle:
            fail_half_way(handle, data)

    monkeypatch.setattr("kzbrief.commands.export.atomic_write_bytes", atomic_write_bytes)
    result = with_notes("export", "--format", "md", "--output", str(target))
    assert result.code == 3 and "No space left on device" in result.err
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".notes.md")] == []
    assert original is safefile.atomic_write_bytes


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "docx"),
        ("--format", "md", "--briefing", "nope"),
        ("--format", "md", "--section", "nope"),
        ("--format", "md", "--output", "/nonexistent-folder/x.md"),
    ],
)
def test_bad_export_requests_exit_2(cli, args) -> None:
    result = cli("export", *args)
    assert result.code == 2, result.err
    assert len(result.err.strip().splitlines()) == 1
