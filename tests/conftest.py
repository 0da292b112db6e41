"""Shared fixtures. Every test uses a temporary data folder; nothing touches the real one."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kzbrief.cli import main as cli_main
from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
SHARED_SEED = REPO.parent / "shared" / "seed"
IMPORT_SAMPLES = Path(__file__).resolve().parent / "data" / "import"
_BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may write to the user's real data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("KZBRIEF_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library(data_dir)
    yield lib
    lib.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path):
    """Run the CLI in this process: ``cli("search", "x")`` → CliResult."""

    def run(*args: str) -> CliResult:
        code = cli_main([*args, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process(data_dir: Path):
    """Run ``python -m kzbrief`` in a subprocess, as a user's shell would."""

    def run(*args: str, input_text: str | None = None) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            input=input_text,
            timeout=120,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture
def import_file(tmp_path: Path):
    """A sample document from tests/data/import, written out in ``encoding``.

    ``import_file("obzor-ru.txt", "cp1251")`` → the path of a cp1251 copy; ``bom=True``
    puts the encoding's byte-order mark first; ``name`` renames the copy.
    """

    def make(sample: str, encoding: str = "utf-8", *, bom: bool = False, name: str = "") -> Path:
        text = (IMPORT_SAMPLES / sample).read_text(encoding="utf-8")
        target = tmp_path / "incoming" / (name or sample)
        target.parent.mkdir(exist_ok=True)
        target.write_bytes((_BOMS[encoding] if bom else b"") + text.encode(encoding))
        return target

    return make


@dataclass(frozen=True)
class EditionScenario:
    """The bundled briefing as Markdown, edited as in issue 22 (item 2), and the passages
    that notes are made on (all in the old ``expression`` section)."""

    path: Path
    unchanged: str = "freedom of expression in Kazakhstan stayed under significant limits"
    reworded: str = "It describes the period since the January 2022 crackdown as one of persistent"
    moved_across: str = "No specific cases, laws or figures on speech or the media are given"
    moved_across_2: str = "the limits were serious and, in its assessment, growing tighter"


_OLD_SENTENCE = (
    "It describes the period since the January 2022 crackdown as one of *persistent "
    "censorship* and wider repression."
)
_NEW_SENTENCE = (
    "It calls the time since the January 2022 crackdown one of *persistent censorship* "
    "and wider repression."
)


@pytest.fixture
def edition_scenario(tmp_path: Path) -> EditionScenario:
    """A new edition of the bundled briefing, imported as Markdown: every section id now
    comes from its heading (``expression`` → ``freedom-of-expression``); one sentence is
    reworded, a paragraph moves across sections and one within a section, a paragraph and
    a whole section (Outlook) are deleted."""
    source = resource_path("briefings") / "kazakhstan-2023" / "briefing.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    paragraphs = {s["id"]: [p["text"] for p in s["paragraphs"]] for s in data["sections"]}
    assert _OLD_SENTENCE in paragraphs["expression"][0]
    paragraphs["expression"][0] = paragraphs["expression"][0].replace(_OLD_SENTENCE, _NEW_SENTENCE)
    paragraphs["assembly"].append(paragraphs["expression"].pop(1))  # across sections
    paragraphs["association"].reverse()  # within a section
    del paragraphs["climate"][1]  # deleted
    lines = [f"# {data['title']}", ""]
    for section in data["sections"]:
        if section["id"] == "outlook":  # a section that is gone
            continue
        lines += [f"## {section['title']}", ""]
        for text in paragraphs[section["id"]]:
            lines += [text, ""]
    path = tmp_path / "kazakhstan-2023-edition-2.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return EditionScenario(path)
