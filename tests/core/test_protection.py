"""Protected notes (issue 16): encryption at rest, locking, passphrases, recovery key."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kzbrief.core import crypto, protection
from kzbrief.core.errors import BadInputError
from kzbrief.core.protection import LockedError, WrongPassphraseError
from kzbrief.core.service import Library

REPO = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"
MARKERS = ("ZQXNOTEMARK", "zqxtagmark", "ZQXBOOKMARK", "ZQXIMPORTMARK", "ZQXLATERMARK")


@pytest.fixture(autouse=True)
def _cheap_kdf(cheap_kdf: None) -> None:
    """A cheap Argon2id in this file's tests (tests/conftest.py)."""


def _quote(library: Library, section: str = "overview") -> str:
    _, found = library.section(section)
    return found.text[:40]


def _fill(data_dir: Path, tmp_path: Path) -> Library:
    """A library with a note, a tag, a bookmark and an imported briefing, each marked."""
    library = Library(data_dir)
    library.add_note("overview", _quote(library), note=f"source {MARKERS[0]}", tags=[MARKERS[1]])
    library.add_bookmark("overview", label=MARKERS[2])
    report = tmp_path / "partner.md"
    report.write_text(f"# Partner report\n\n## Findings\n\nThe {MARKERS[3]} finding.\n")
    library.import_briefing(report, briefing_id="partner")
    library.search(MARKERS[0])  # the index on disk now holds the note
    library.store.backup("manual")  # and a plaintext backup exists
    return library


def _grep(folder: Path, marker: str) -> list[Path]:
    """Files under ``folder`` whose bytes contain ``marker`` (as grep -rac counts them)."""
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and marker.encode() in path.read_bytes():
            hits.append(path)
    return hits


def _config_dir() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"])


def test_crypto_round_trip_and_tampering() -> None:
    key = crypto.new_key()
    blob = crypto.seal(key, b"secret text", b"notes-db")
    assert b"secret" not in blob
    assert crypto.unseal(key, blob, b"notes-db") == b"secret text"
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(crypto.new_key(), blob, b"notes-db")
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(key, blob, b"library-tar")  # another purpose
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal(key, bytes(tampered), b"notes-db")


def test_no_environment_weakens_the_kdf() -> None:
    """The product's KDF cost is fixed: an environment that a hostile party may set (the
    old ``KZBRIEF_KDF_COST=test`` switch) changes nothing; only the test suite patches it."""
    script = "from kzbrief.core import crypto; p = crypto.kdf_params(); print(p['ops'], p['mem'])"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(REPO), KZBRIEF_KDF_COST="test", KZBRIEF_KDF="test")
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) >= 3 and int(out[1]) >= 256 * 1024 * 1024
    sources = (REPO / "kzbrief").rglob("*.py")
    assert not [p for p in sources if "KDF_COST" in p.read_text("utf-8")]


def test_protect_leaves_no_plaintext_and_new_notes_stay_encrypted(
    data_dir: Path, tmp_path: Path
) -> None:
    library = _fill(data_dir, tmp_path)
    for marker in MARKERS[:4]:
        assert _grep(data_dir, marker), marker  # the test can fail: plain before
    recovery = library.protect(PASS)
    assert recovery
    for name in protection.PLAIN_ITEMS:
        assert not (data_dir / name).exists(), name
    for marker in MARKERS[:4]:
        assert not _grep(data_dir, marker), marker
        assert not _grep(_config_dir(), marker), marker
    # Unlocked, everything is there and searchable, and a new note is written encrypted.
    assert [n.body for n in library.notes()] == [f"source {MARKERS[0]}"]
    assert library.search(MARKERS[3]).total == 1
    library.add_note("expression", _quote(library, "expression"), note=MARKERS[4])
    assert library.search(MARKERS[4]).total == 1
    library.close()
    for marker in MARKERS:
        assert not _grep(data_dir, marker), marker
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(
        ["protected", "changes.library", "changes.user", "write.lock"]
    )


def test_locked_folder_refuses_personal_data_and_serves_the_public_briefing(
    data_dir: Path, tmp_path: Path
) -> None:
    _fill(data_dir, tmp_path).protect(PASS)
    locked = Library(data_dir)
    assert locked.is_locked
    with pytest.raises(LockedError):
        locked.notes()
    with pytest.raises(LockedError):
        locked.bookmarks()
    assert [b.id for b in locked.briefings()] == ["kazakhstan-2023"]
    assert locked.section("overview")[1].title
    results = locked.search("Tokayev")
    assert results.total > 0
    assert any("locked" in n for n in results.notices)
    assert locked.search(MARKERS[0]).total == 0
    locked.close()


def test_wrong_passphrase_changes_nothing_and_slows_down(data_dir: Path, tmp_path: Path) -> None:
    _fill(data_dir, tmp_path).protect(PASS)
    before = {p: p.read_bytes() for p in (data_dir / "protected").iterdir()}
    library = Library(data_dir)
    slept: list[float] = []
    for _ in range(5):
        with pytest.raises(WrongPassphraseError):
            protection.unlock_key(data_dir, "not it at all", sleep=slept.append)
    assert slept == [2.0, 4.0]  # the first three are free, then 2 s, 4 s, …
    assert library.is_locked
    after = {p: p.read_bytes() for p in (data_dir / "protected").iterdir()}
    del after[data_dir / "protected" / protection.ATTEMPTS_FILE]
    assert after == before
    protection.unlock_key(data_dir, PASS, sleep=slept.append)  # a right one resets the count
    assert not (data_dir / "protected" / protection.ATTEMPTS_FILE).exists()
    library.close()


def test_recovery_key_unlocks_and_survives_a_passphrase_change(
    data_dir: Path, tmp_path: Path
) -> None:
    recovery = _fill(data_dir, tmp_path).protect(PASS)
    library = Library(data_dir)
    library.unlock(recovery.lower().replace("-", " "))
    assert len(library.notes()) == 1
    library.change_passphrase(PASS, "a brand new one")
    library.close()
    with pytest.raises(WrongPassphraseError):
        Library(data_dir).unlock(PASS)
    for secret in ("a brand new one", recovery):
        again = Library(data_dir)
        again.unlock(secret)
        assert len(again.notes()) == 1
        again.close()


def test_new_passphrase_must_be_long_enough(data_dir: Path, tmp_path: Path) -> None:
    library = _fill(data_dir, tmp_path)
    with pytest.raises(BadInputError):
        library.protect("short")
    assert not library.is_protected
    assert (data_dir / "kzbrief.sqlite3").exists()
    library.close()


def test_unprotect_brings_everything_back_in_plain_files(data_dir: Path, tmp_path: Path) -> None:
    library = _fill(data_dir, tmp_path)
    library.protect(PASS)
    note = library.add_note("expression", _quote(library, "expression"), note=MARKERS[4])
    library.unprotect(PASS)
    library.close()
    plain = Library(data_dir)
    assert not plain.is_protected
    assert {n.body for n in plain.notes()} == {f"source {MARKERS[0]}", MARKERS[4]}
    assert plain.note(note.id).body == MARKERS[4]
    assert [b.label for b in plain.bookmarks()] == [MARKERS[2]]
    assert plain.search(MARKERS[3]).total == 1
    assert plain.store.integrity_check() == "ok"
    assert not any(p.name.startswith(("protected", "plain.")) for p in data_dir.iterdir())
    plain.close()


def test_imports_while_protected_are_encrypted(data_dir: Path, tmp_path: Path) -> None:
    library = Library(data_dir)
    library.protect(PASS)
    report = tmp_path / "later.md"
    report.write_text(f"# Later\n\n## Part\n\nA {MARKERS[4]} paragraph.\n")
    library.import_briefing(report, briefing_id="later")
    assert library.search(MARKERS[4]).total == 1
    assert not _grep(data_dir, MARKERS[4])
    removed = library.remove_briefing("later")
    assert "later" not in {b.id for b in library.briefings()}
    library.restore_briefing(removed)
    library.close()
    again = Library(data_dir)
    again.unlock(PASS)
    assert "later" in {b.id for b in again.briefings()}
    assert not _grep(data_dir, MARKERS[4])
    again.close()


def test_two_libraries_on_one_protected_folder_lose_no_note(data_dir: Path) -> None:
    Library(data_dir).protect(PASS)
    first, second = Library(data_dir), Library(data_dir)
    first.unlock(PASS)
    second.unlock(PASS)
    a = first.add_note("overview", _quote(first), note="from the first")
    assert [n.id for n in second.notes()] == [a.id]  # reads what the other saved
    b = second.add_note("expression", _quote(second, "expression"), note="from the second")
    assert {n.id for n in first.notes()} == {a.id, b.id}
    first.close()
    second.close()


def test_lock_forgets_everything_personal(data_dir: Path, tmp_path: Path) -> None:
    library = _fill(data_dir, tmp_path)
    library.protect(PASS)
    assert library.search(MARKERS[0]).total == 1
    library.lock()
    assert library.is_locked
    with pytest.raises(LockedError):
        library.notes()
    assert "partner" not in {b.id for b in library.briefings()}
    assert library.search(MARKERS[0]).total == 0
    library.unlock(PASS)
    assert library.search(MARKERS[0]).total == 1
    library.close()


def test_browsing_a_locked_folder_reads_nothing_personal_and_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    from kzbrief.core.errors import ReadOnlyError

    _fill(data_dir, tmp_path).protect(PASS)
    before = {p: p.read_bytes() for p in (data_dir / "protected").iterdir()}
    library = Library(data_dir)
    library.browse_locked()
    assert library.read_only and library.is_locked
    assert library.notes() == [] and library.bookmarks() == []
    assert [b.id for b in library.briefings()] == ["kazakhstan-2023"]
    assert library.search("Tokayev").total > 0
    with pytest.raises(ReadOnlyError):
        library.add_note("overview", _quote(library), note="lost")
    assert {p: p.read_bytes() for p in (data_dir / "protected").iterdir()} == before
    library.unlock(PASS)
    assert not library.read_only
    assert len(library.notes()) == 1
    library.add_note("expression", _quote(library, "expression"), note="saved")
    assert len(library.notes()) == 2
    library.close()


def test_the_index_of_a_protected_folder_writes_no_file_anywhere(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoosh's RamStorage puts a writer's stored fields in a temporary *folder* on disk
    (``/tmp/MAIN.tmp``): note text in plain files. The protected index must not."""
    from whoosh.filedb.filestore import FileStorage

    library = _fill(data_dir, tmp_path)
    library.protect(PASS)
    library.close()
    created: list[str] = []

    def refuse(self: FileStorage, *args: object, **kwargs: object) -> FileStorage:
        created.append(self.folder)
        raise AssertionError(f"a file storage was created at {self.folder}")

    monkeypatch.setattr(FileStorage, "create", refuse)
    again = Library(data_dir)
    again.unlock(PASS)
    assert again.search(MARKERS[0]).total == 1
    again.add_note("expression", _quote(again, "expression"), note=MARKERS[4])
    assert again.search(MARKERS[4]).total == 1
    again.close()
    assert created == []


def test_locking_while_the_index_is_being_built_does_not_deadlock(data_dir: Path) -> None:
    """The window's worker builds the in-memory index (reading briefings, which takes the
    Library's lock) while the unlock dialog's thread unlocks (holding the Library's lock and
    retiring the index): neither may wait for the other."""
    import threading

    library = Library(data_dir)
    library.protect(PASS)
    building, go_on = threading.Event(), threading.Event()

    def documents():
        building.set()
        go_on.wait(5)
        yield from library.documents()  # takes the Library's lock (briefings())

    index = library.index
    builder = threading.Thread(target=lambda: index.ensure("x", documents), daemon=True)
    builder.start()
    assert building.wait(5)

    def lock_now() -> None:
        with library._state_lock:
            go_on.set()
            time.sleep(0.2)  # the builder now waits for the Library's lock
            library.lock()

    locker = threading.Thread(target=lock_now, daemon=True)
    locker.start()
    locker.join(10)
    builder.join(10)
    assert not locker.is_alive() and not builder.is_alive(), "deadlock"
    assert library.is_locked


def test_the_ram_index_survives_a_build_larger_than_its_sorting_memory() -> None:
    """A big library (1M words) makes Whoosh's writer sort in runs that it writes to its
    temporary storage and closes raw; the protected folder's RAM storage must keep them
    (it lost them: a NameError at commit)."""
    from whoosh.fields import ID, TEXT, Schema

    from kzbrief.core.indexfiles import private_ram_storage

    storage = private_ram_storage()
    index = storage.create_index(Schema(id=ID(stored=True), body=TEXT), indexname="big")
    writer = index.writer(limitmb=1)  # the same path as 1M words at the default 128 MB
    for n in range(400):
        writer.add_document(id=str(n), body=" ".join(f"w{n}x{i}" for i in range(40)))
    writer.commit()
    with index.searcher() as searcher:
        assert searcher.doc_count() == 400
    assert not list(Path(tempfile.gettempdir()).glob("big.tmp*"))


def test_unlocking_reopens_the_encrypted_index_snapshot_instead_of_rebuilding(
    data_dir: Path, tmp_path: Path
) -> None:
    """The index of a protected folder is built once; later unlocks open its encrypted
    snapshot (protected/index.kzenc), which holds no plaintext and follows note changes."""
    library = _fill(data_dir, tmp_path)
    library.protect(PASS)
    assert library.ensure_index().rebuilt  # built in RAM, then sealed
    snapshot = data_dir / "protected" / "index.kzenc"
    assert snapshot.is_file()
    library.close()
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    status = reopened.ensure_index()
    assert not status.rebuilt and status.in_memory  # opened, not rebuilt
    assert reopened.search(MARKERS[0]).total >= 1
    assert reopened.search(MARKERS[3]).total >= 1  # the imported briefing's text
    reopened.add_note("overview", _quote(reopened), note=f"later {MARKERS[4]}")
    reopened.lock()  # the snapshot follows the new note
    reopened.unlock(PASS)
    assert not reopened.ensure_index().rebuilt
    assert reopened.search(MARKERS[4]).total == 1
    reopened.close()
    for marker in MARKERS:
        assert not _grep(data_dir, marker), marker
    assert not _grep(_config_dir(), MARKERS[0]) if _config_dir().exists() else True


def test_a_stale_or_damaged_index_snapshot_is_rebuilt(data_dir: Path, tmp_path: Path) -> None:
    library = _fill(data_dir, tmp_path)
    library.protect(PASS)
    library.ensure_index()
    library.close()
    other = Library(data_dir)  # another process adds a note; its index is never built
    other.unlock(PASS)
    other.add_note("overview", _quote(other), note=f"elsewhere {MARKERS[4]}")
    other.lock()
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert reopened.ensure_index().rebuilt  # stale: rebuilt, with the other's note
    assert reopened.search(MARKERS[4]).total == 1
    reopened.close()
    snapshot = data_dir / "protected" / "index.kzenc"
    damaged = bytearray(snapshot.read_bytes())
    damaged[-5] ^= 0xFF
    snapshot.write_bytes(bytes(damaged))
    reopened = Library(data_dir)
    reopened.unlock(PASS)
    assert reopened.ensure_index().rebuilt  # does not open: rebuilt, no error
    assert reopened.search(MARKERS[0]).total >= 1
    reopened.close()
