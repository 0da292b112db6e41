"""Damaged data on disk: every kind of index damage is rebuilt; a damaged database is kept,
the last automatic backup restored, and the user told (through the CLI here; the window's
notice is in test_gui_reliability.py).

tests/core/test_index.py garbles the middle of each index file and truncates each to a
third; this goes further: headers, empty files, the manifest in every shape it can break
in, generation folders that are empty or missing, and lock files left by a killed writer.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kzbrief.core.service import Library

EXPECTED = "domestic-violence"


def _search(data_dir: Path) -> tuple[str, tuple[str, ...], bool]:
    """(top hit's section, notices, index check ok) from a fresh library, as at start-up."""
    library = Library(data_dir)
    try:
        results = library.search('"domestic violence"')
        return results.hits[0].section, results.notices, library.check_index()["ok"]
    finally:
        library.close()


def _manifest_path(data_dir: Path) -> Path:
    return data_dir / "index" / "current.json"


def _index_files(data_dir: Path) -> list[Path]:
    manifest = json.loads(_manifest_path(data_dir).read_text())
    folder = data_dir / "index" / manifest["generation"]
    return [folder / name for name in sorted(manifest["files"])]


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _garble_head(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:32] = bytes(b ^ 0xFF for b in data[:32])
    path.write_bytes(bytes(data))


def _garble_tail(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-8:] = b"\x00" * min(8, len(data))
    path.write_bytes(bytes(data))


def _replace_by_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize("damage", [_zero, _garble_head, _garble_tail, _replace_by_folder])
def test_each_index_file_damaged_in_turn_is_rebuilt(
    data_dir: Path, damage: Callable[[Path], None], tally
) -> None:
    _search(data_dir)
    count = len(_index_files(data_dir))
    assert count >= 2  # the table of contents and at least one segment
    for position in range(count):
        damage(_index_files(data_dir)[position])
        section, notices, ok = _search(data_dir)
        assert section == EXPECTED and ok, (damage.__name__, position)
        assert any("Rebuilt the search index" in n for n in notices), (damage.__name__, position)
    tally["index files damaged (recoveries that worked)"] += count


def _manifest_damage(data_dir: Path) -> dict[str, Callable[[], None]]:
    path = _manifest_path(data_dir)

    def rewrite(change: Callable[[dict], object]) -> Callable[[], None]:
        def apply() -> None:
            manifest = json.loads(path.read_text())
            result = change(manifest)
            path.write_text(json.dumps(manifest if result is None else result))

        return apply

    def empty_generation() -> None:
        manifest = json.loads(path.read_text())
        shutil.rmtree(data_dir / "index" / manifest["generation"])
        (data_dir / "index" / manifest["generation"]).mkdir()

    return {
        "empty file": lambda: path.write_bytes(b""),
        "truncated": lambda: path.write_bytes(path.read_bytes()[:40]),
        "binary noise": lambda: path.write_bytes(os.urandom(300)),
        "not an object": rewrite(lambda m: [m]),
        "no generation": rewrite(lambda m: m.pop("generation")),
        "generation not a string": rewrite(lambda m: m.update(generation=5)),
        "generation outside the folder": rewrite(lambda m: m.update(generation="../..")),
        "missing generation": rewrite(lambda m: m.update(generation="gen-000000000000")),
        "files not a mapping": rewrite(lambda m: m.update(files=["MAIN.toc"])),
        "file entries malformed": rewrite(lambda m: m.update(files=dict.fromkeys(m["files"], 7))),
        "no files": rewrite(lambda m: m.update(files={})),
        "schema not a number": rewrite(lambda m: m.update(schema="one")),
        "manifest is a folder": lambda: (path.unlink(), path.mkdir()),
        "empty generation folder": empty_generation,
        "whole index folder is a file": lambda: (
            shutil.rmtree(data_dir / "index"),
            (data_dir / "index").write_bytes(b"x"),
        ),
    }


def test_every_kind_of_manifest_damage_is_rebuilt(data_dir: Path, tally) -> None:
    _search(data_dir)
    names = list(_manifest_damage(data_dir))
    failures = []
    for name in names:
        _manifest_damage(data_dir)[name]()
        try:
            section, notices, ok = _search(data_dir)
        except Exception as exc:  # noqa: BLE001 - collect every failure, then report them all
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            break  # the next kinds of damage need a working index to start from
        if section != EXPECTED or not ok or not any("Rebuilt" in n for n in notices):
            failures.append(f"{name}: {section} {notices} ok={ok}")
    assert not failures, failures
    tally["index manifests damaged (recoveries that worked)"] += len(names)


def test_stray_generation_folders_are_ignored_and_cleared(data_dir: Path) -> None:
    _search(data_dir)
    (data_dir / "index" / "gen-empty0000000").mkdir()
    stray = data_dir / "index" / "gen-halfbuilt000"
    stray.mkdir()
    (stray / "MAIN_WRITELOCK").write_bytes(b"")
    (stray / "_MAIN_1.toc").write_bytes(b"\x00" * 10)
    section, notices, ok = _search(data_dir)
    assert section == EXPECTED and ok and notices == ()
    live = json.loads(_manifest_path(data_dir).read_text())["generation"]
    assert {p.name for p in (data_dir / "index").glob("gen-*")} == {live}


HOLDER = """
import sys, time
from kzbrief.core.service import Library

library = Library(sys.argv[1])
library.ensure_index()
with library.index.writer(library.fingerprint()) as writer:  # Whoosh's lock and ours
    print("holding", flush=True)
    time.sleep(600)
"""

AFTER = """
import sys
from kzbrief.core.service import Library

library = Library(sys.argv[1])
library.ensure_index()
note = library.add_note("climate", "greenhouse gas", note="after the killed writer")
assert note.id in {h.annotation for h in library.search("kind:note").hits}
assert library.check_index()["ok"]
library.close()
print("ok")
"""


def test_locks_left_by_a_killed_writer_do_not_wedge_the_next_one(data_dir: Path, run_child) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdout.close()
    generation = json.loads(_manifest_path(data_dir).read_text())["generation"]
    assert (data_dir / "index" / generation / "MAIN_WRITELOCK").exists()
    assert (data_dir / "write.lock").exists()
    child = run_child(["-c", AFTER, str(data_dir)], timeout=60)
    assert child.code == 0 and child.out.strip() == "ok", child.err[-2000:]


def _corrupt_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"this is garbage!"
    path.write_bytes(bytes(data))


def test_corrupt_database_through_the_cli(data_dir: Path, kzbrief, tally) -> None:
    """Refuse to overwrite, keep a copy, restore the last automatic backup, tell the user."""
    assert kzbrief("notes", "add", "--section", "climate", "--quote", "greenhouse gas").code == 0
    assert kzbrief("bookmarks", "add", "--section", "trials").code == 0  # closes: a backup
    saved = json.loads(kzbrief("notes", "list", "--json").out)
    database = data_dir / "kzbrief.sqlite3"
    _corrupt_header(database)
    damaged = database.read_bytes()

    result = kzbrief("notes", "list", "--json")
    assert result.code == 0
    assert json.loads(result.out) == saved
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "restored the automatic backup" in lines[0]
    kept = list((data_dir / "damaged").glob("*.sqlite3"))
    assert [k.read_bytes() for k in kept] == [damaged]  # kept, never overwritten
    again = kzbrief("notes", "list", "--json")
    assert again.code == 0 and again.err == ""  # told once
    found = kzbrief("search", "greenhouse", "--kind", "note", "--json")
    assert json.loads(found.out)["total"] == 1
    tally["damaged databases restored from backup"] += 1
