"""Shared fixtures. Every test uses a temporary data folder; nothing touches the real one."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kzbrief.cli import main as cli_main
from kzbrief.core.logs import setup_logging
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
