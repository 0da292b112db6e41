"""Shared fixtures. Every test uses a temporary data folder; nothing touches the real one."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kzbrief.cli import main as cli_main
from kzbrief.core import catalogue
from kzbrief.core.anchorkeeper import AnchorKeeper
from kzbrief.core.logs import setup_logging
from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library
from kzbrief.core.upgrade import EDITIONS_SEEN

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
) -> Iterator[None]:
    """No test may write to the user's real data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("KZBRIEF_DATA_DIR", raising=False)
    yield
    # The CLI points kzbrief's log at the test's data folder: no test logs into another's.
    setup_logging(None)


@pytest.fixture
def parse_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imported files are read in this process, not the child: for tests that lower a
    reader's limit with monkeypatch (which a fresh child process would not see). The child
    itself is tested in tests/core/test_import_isolated.py."""
    from kzbrief.core import isolated

    def run_here(
        function,
        /,
        *args,
        seconds,
        memory_bytes,
        progress=None,
        cancelled=None,
        background=False,
        **kw,
    ):
        return function(*args, progress=progress, cancelled=cancelled, **kw)

    monkeypatch.setattr(isolated, "run_isolated", run_here)


SUPPORT = Path(__file__).resolve().parent / "support"


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its minimum cost, here and in the processes a test starts (through
    tests/support/sitecustomize.py on their PYTHONPATH): the product has no switch for it."""
    import nacl.pwhash.argon2id as argon2id

    from kzbrief.core import crypto

    monkeypatch.setattr(crypto, "OPS_LIMIT", argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(crypto, "MEM_LIMIT", argon2id.MEMLIMIT_MIN)
    path = [str(SUPPORT), os.environ.get("PYTHONPATH") or str(REPO)]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(path))


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
    unchanged: str = "like the freedoms of assembly and association, remained subject to undue"
    reworded: str = "The source article describes the time since the January 2022 crackdown as one"
    moved_across: str = "human rights monitors recorded measures against what the authorities"
    moved_across_2: str = "the publication of a list of so-called “foreign agents”"


_OLD_SENTENCE = (
    "The source article describes the time since the January 2022 crackdown as one of "
    "*persistent censorship*"
)
_NEW_SENTENCE = (
    "The source article calls the time since the January 2022 crackdown one of "
    "*persistent censorship*"
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
    assert _OLD_SENTENCE in paragraphs["expression"][3]
    paragraphs["expression"][3] = paragraphs["expression"][3].replace(_OLD_SENTENCE, _NEW_SENTENCE)
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


# -- a data folder made by kzbrief 0.1.0 (issue 20) ----------------------------------------------
BUNDLED_ID = "kazakhstan-2023"
EDITION_1 = resource_path("editions", BUNDLED_ID, "1")
#: Notes made on edition 1: section → (quote, note, tags).
OLD_NOTES = {
    "overview": ("Peaceful demonstrations were put down", "overview framing", ["repression"]),
    "expression": ("persistent censorship", "censorship since 2022", ["expression"]),
    "assembly": (
        "the authorities broke up protests that were peaceful",
        "need cases",
        ["assembly"],
    ),
    "trials": ("activists received long prison terms", "which activists?", ["fair-trial"]),
    "religion": ("Laws restricting religious practice", "which laws?", ["religion"]),
    "climate": ("greenhouse gas emissions", "emissions data", ["climate"]),
}


def _old_resources(root: Path) -> Path:
    """A resources folder whose bundled briefing is edition 1, as 0.1.0 shipped it."""
    folder = root / "briefings" / BUNDLED_ID
    folder.mkdir(parents=True)
    for name in ("briefing.json", "editorial.json"):
        shutil.copy(EDITION_1 / name, folder / name)
    return root


@pytest.fixture
def folder_010(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, import_file) -> dict:
    """A data folder as kzbrief 0.1.0 left it: edition 1 of the bundled briefing (the files
    kept in resources/editions), notes on six of its sections, two bookmarks, an imported
    briefing with a note, and a built index; no record of editions seen (0.1.0 had no
    upgrade step). Returns what it holds."""
    old = _old_resources(tmp_path / "old-resources")
    real = catalogue.resource_path
    with monkeypatch.context() as patch:
        patch.setattr(
            catalogue,
            "resource_path",
            lambda *parts: old.joinpath(*parts) if parts[:1] == ("briefings",) else real(*parts),
        )
        patch.setattr(AnchorKeeper, "upgrade_editions", lambda self: [])  # 0.1.0 had none
        data_dir = tmp_path / "data-0.1.0"
        library = Library(data_dir)
        assert library.briefing(BUNDLED_ID).edition == 1
        notes = {
            section: library.add_note(section, quote, note=body, tags=tags)
            for section, (quote, body, tags) in OLD_NOTES.items()
        }
        bookmarks = [
            library.add_bookmark("assembly", label="Assembly: read first"),
            library.add_bookmark("trials"),
        ]
        library.import_briefing(import_file("annual-review.md"), briefing_id="review")
        imported = library.add_note(
            "climate-and-environment", "carbon neutrality", briefing_id="review"
        )
        library.ensure_index()
        before = {n.id: n for n in library.notes()}
        library.close()
    with sqlite3.connect(data_dir / "kzbrief.sqlite3") as db:
        assert not db.execute(
            "SELECT 1 FROM reading_state WHERE key = ?", (EDITIONS_SEEN,)
        ).fetchall()
    return {
        "data_dir": data_dir,
        "old_notes": OLD_NOTES,
        "notes": notes,
        "bookmarks": bookmarks,
        "imported": imported,
        "before": before,
    }
