"""The index shipped with the app is adopted when it fits, and ignored when it does not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kzbrief.core import prebuilt
from kzbrief.core.service import Library


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A prebuilt index saved as ``make bundle`` saves it."""
    root = tmp_path_factory.mktemp("bundle")
    library = Library(root / "build-data")
    library.save_prebuilt_index(root / "index")
    library.close()
    return root / "index"


@pytest.fixture
def with_shipped(shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the shipped index, which the library finds as a bundle's would."""
    copy = tmp_path / "shipped-index"
    copy.mkdir()
    for path in shipped.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(prebuilt, "location", lambda: copy)
    return copy


def test_no_prebuilt_index_in_a_checkout_means_a_build(library: Library) -> None:
    status = library.ensure_index()
    assert status.rebuilt and not status.prebuilt


def test_fresh_data_dir_adopts_the_prebuilt_index(with_shipped: Path, library: Library) -> None:
    status = library.ensure_index()
    assert not status.rebuilt and status.prebuilt
    results = library.search('"domestic violence"')
    assert results.hits[0].section == "domestic-violence"
    assert not any("Rebuilt" in n for n in results.notices)
    assert library.check_index()["ok"]
    # The copy belongs to the user's data dir, private, and the shipped files stay as they were.
    generation = json.loads((library.data_dir / "index" / "current.json").read_text())
    folder = library.data_dir / "index" / generation["generation"]
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600
    assert with_shipped.is_dir() and folder != with_shipped


def test_the_adopted_index_is_kept_on_the_next_start(with_shipped: Path, data_dir: Path) -> None:
    first = Library(data_dir)
    first.ensure_index()
    first.close()
    second = Library(data_dir)
    status = second.ensure_index()
    second.close()
    assert not status.rebuilt and not status.prebuilt


def test_a_prebuilt_index_of_other_content_is_not_used(
    with_shipped: Path, library: Library
) -> None:
    stamp_path = with_shipped / prebuilt.STAMP
    stamp = json.loads(stamp_path.read_text())
    stamp["fingerprint"] = "built from another edition"
    stamp_path.write_text(json.dumps(stamp))
    status = library.ensure_index()
    assert status.rebuilt and not status.prebuilt


def test_a_prebuilt_index_of_another_schema_is_not_used(
    with_shipped: Path, library: Library
) -> None:
    stamp_path = with_shipped / prebuilt.STAMP
    stamp = json.loads(stamp_path.read_text())
    stamp["schema"] += 1
    stamp_path.write_text(json.dumps(stamp))
    status = library.ensure_index()
    assert status.rebuilt and not status.prebuilt


@pytest.mark.parametrize("damage", ["garble", "truncate", "delete", "stamp"])
def test_a_damaged_prebuilt_index_is_rebuilt_instead(
    with_shipped: Path, library: Library, damage: str
) -> None:
    stamp_path = with_shipped / prebuilt.STAMP
    biggest = max(
        (p for p in with_shipped.iterdir() if p.name != prebuilt.STAMP),
        key=lambda p: p.stat().st_size,
    )
    if damage == "garble":
        data = bytearray(biggest.read_bytes())
        data[len(data) // 2] ^= 0xFF
        biggest.write_bytes(bytes(data))
    elif damage == "truncate":
        biggest.write_bytes(biggest.read_bytes()[:100])
    elif damage == "delete":
        biggest.unlink()
    else:
        stamp_path.write_text("{not json")
    status = library.ensure_index()
    assert status.rebuilt and not status.prebuilt
    assert library.search('"domestic violence"').hits[0].section == "domestic-violence"
    # A failed copy leaves nothing behind but the index that was built.
    assert len(list((library.data_dir / "index").glob("gen-*"))) == 1


def test_stamp_may_name_only_plain_files(with_shipped: Path, library: Library) -> None:
    stamp_path = with_shipped / prebuilt.STAMP
    stamp = json.loads(stamp_path.read_text())
    stamp["files"]["../escape"] = [1, "x"]
    stamp_path.write_text(json.dumps(stamp))
    assert prebuilt.offer(library.fingerprint()) is None


def test_a_user_with_notes_gets_an_index_of_their_own(with_shipped: Path, data_dir: Path) -> None:
    library = Library(data_dir)
    library.add_note("domestic-violence", "domestic violence", note="zanzibarian memo")
    library.close()
    shutil.rmtree(data_dir / "index", ignore_errors=True)  # none yet, or lost: same thing
    again = Library(data_dir)
    status = again.ensure_index()
    found = again.search("zanzibarian", kind="note")
    again.close()
    assert status.rebuilt and not status.prebuilt  # the shipped index lacks the note
    assert found.total == 1
