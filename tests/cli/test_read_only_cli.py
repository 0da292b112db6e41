"""The CLI on a data folder mounted read-only (issue 22, item 8).

The folder is bind-mounted read-only in a private mount namespace (``unshare -rm``), so the
kernel itself refuses every write, even to root: the honest test of "an archived copy on a
read-only mount". Where the system allows no namespaces, these tests are skipped (the core
tests in tests/core/test_read_only.py cover the logic with an injected failing probe).
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzbrief.core.service import Library
from tests.libraries import fill_and_close

REPO = Path(__file__).resolve().parent.parent.parent


def _can_mount_read_only(tmp: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = tmp / "probe"
    probe.mkdir()
    script = f"mount --bind -o ro {probe} {probe} && ! touch {probe}/x 2>/dev/null"
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def archived(tmp_path: Path, import_file) -> Path:
    """A library with an import, a note and a bookmark, closed as a user leaves it."""
    if not _can_mount_read_only(tmp_path):
        pytest.skip("no private mount namespace here (unshare -rm + mount --bind -o ro)")
    data_dir = tmp_path / "archive"
    fill_and_close(Library(data_dir), import_file("annual-review.md"))
    return data_dir


def read_only_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``kzbrief ARGS --data-dir DATA_DIR`` with DATA_DIR mounted read-only."""
    command = shlex.join([sys.executable, "-m", "kzbrief", *args, "--data-dir", str(data_dir)])
    script = f"mount --bind -o ro {shlex.quote(str(data_dir))} {shlex.quote(str(data_dir))}"
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"{script} && cd {shlex.quote(str(REPO))} && {command}"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def test_reading_searching_and_exporting_work_on_a_read_only_mount(
    archived: Path, tmp_path: Path
) -> None:
    before = _tree(archived)
    listed = read_only_cli(archived, "briefings", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {b["id"] for b in json.loads(listed.stdout)} == {"kazakhstan-2023", "review"}

    found = read_only_cli(archived, "search", "Shymkent", "--json")
    assert (found.returncode, found.stderr) == (0, "")
    assert [h["briefing"] for h in json.loads(found.stdout)["hits"]] == ["review"]

    notes = read_only_cli(archived, "notes", "list", "--json")
    assert notes.returncode == 0, notes.stderr
    assert [n["note"] for n in json.loads(notes.stdout)] == ["archived note"]

    out = tmp_path / "notes.md"  # outside the archive: exporting writes only there
    exported = read_only_cli(archived, "export", "--format", "md", "--output", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "archived note" in out.read_text(encoding="utf-8")

    shown = read_only_cli(archived, "show", "freedom-of-association", "--briefing", "review")
    assert shown.returncode == 0 and "Registering a new political party" in shown.stdout
    checked = read_only_cli(archived, "index", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert _tree(archived) == before


@pytest.mark.parametrize(
    "args",
    [
        ("notes", "add", "--section", "freedom-of-association", "--briefing", "review",
         "--quote", "Registering a new political party"),
        ("bookmarks", "add", "--section", "freedom-of-association", "--briefing", "review"),
        ("import", "{sample}"),
        ("index", "rebuild"),
    ],
)  # fmt: skip
def test_changes_are_refused_with_one_line_and_exit_2(
    archived: Path, import_file, args: tuple[str, ...]
) -> None:
    sample = str(import_file("un-submission.txt"))
    done = read_only_cli(archived, *(a.format(sample=sample) for a in args))
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"kzbrief: this library is read-only ({archived}: Read-only file system); "
        "nothing was changed\n"
    )
    assert done.stdout == ""


def test_a_stale_index_on_a_read_only_mount_is_searched_in_memory(archived: Path) -> None:
    shutil.rmtree(archived / "index")
    found = read_only_cli(archived, "search", "Shymkent")
    assert found.returncode == 0
    assert "review/freedom-of-peaceful-assembly" in found.stdout
    assert found.stderr == (
        "kzbrief: This library is read-only and the search index is missing: searching a "
        "copy built in memory, which is not saved.\n"
    )
    assert not (archived / "index").exists()


def test_selftest_on_a_read_only_mount_skips_the_steps_that_write(archived: Path) -> None:
    done = read_only_cli(archived, "selftest", "--gui")
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], done.stdout + done.stderr
    assert report["read_only"] == "Read-only file system"
    skipped = {c["name"]: c["detail"] for c in report["checks"] if "skipped" in c["detail"]}
    assert skipped == dict.fromkeys(
        ("gui-bookmark", "gui-highlight"),
        "skipped: the library is read-only (Read-only file system)",
    )
