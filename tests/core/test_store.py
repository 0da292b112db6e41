"""The SQLite store: WAL, private files, migrations with a backup first, bookmarks."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from kzbrief.core import store as store_module
from kzbrief.core.errors import DataError, NotFoundError
from kzbrief.core.service import Library
from kzbrief.core.store import Store


def test_database_is_private_and_in_wal_mode(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    store = Store(data_dir)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.integrity_check() == "ok"
    store.close()


def test_migration_takes_a_backup_first(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(mode=0o700)
    Store(data_dir).close()

    released = len(store_module.MIGRATIONS)

    def next_migration(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, next_migration])
    store = Store(data_dir)
    assert store.schema_version == released + 1
    backups = list((data_dir / "backups").glob(f"store-v{released}-*.sqlite3"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == released
    store.close()


def test_failed_migration_changes_nothing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(mode=0o700)
    Store(data_dir).close()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, broken])
    with pytest.raises(DataError, match="disk I/O error"):
        Store(data_dir)
    monkeypatch.undo()
    store = Store(data_dir)
    assert store.schema_version == len(store_module.MIGRATIONS)
    assert not store.query("SELECT name FROM sqlite_master WHERE name = 'half'")
    store.close()


def test_newer_schema_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    Store(data_dir).close()
    db = sqlite3.connect(data_dir / store_module.DB_NAME)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(DataError, match="newer kzbrief"):
        Store(data_dir)


def test_bookmarks_add_rename_remove_restore(library: Library) -> None:
    added = library.add_bookmark("climate", label="  Emissions  ")
    assert added.label == "Emissions" and added.section == "climate"
    assert library.add_bookmark("trials").label == "Trials and sentences"
    renamed = library.rename_bookmark(added.id, "Greenhouse gas")
    assert renamed.label == "Greenhouse gas"
    removed = library.remove_bookmark(added.id)
    assert [b.section for b in library.bookmarks()] == ["trials"]
    library.restore_bookmark(removed)
    assert {b.label for b in library.bookmarks()} == {"Greenhouse gas", "Trials and sentences"}
    with pytest.raises(NotFoundError):
        library.remove_bookmark("bm-missing")
    with pytest.raises(NotFoundError):
        library.add_bookmark("climate", paragraph="no-such-paragraph")


def test_reading_state_round_trip(library: Library) -> None:
    assert library.store.get_state("position") is None
    library.store.set_state("position", "kazakhstan-2023/climate")
    library.store.set_state("position", "kazakhstan-2023/trials")
    assert library.store.get_state("position") == "kazakhstan-2023/trials"


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"this is garbage!"  # the SQLite header
    path.write_bytes(bytes(data))


def test_close_takes_an_automatic_backup_when_something_changed(library: Library) -> None:
    library.add_bookmark("climate", label="first")
    library.close()
    backups = Store(library.data_dir).backups()
    assert [b.name.split("-")[0] for b in backups] == ["auto"]


def test_corrupt_database_is_kept_and_the_last_backup_restored(data_dir: Path) -> None:
    library = Library(data_dir)
    library.add_note("climate", "greenhouse gas", note="saved before the backup")
    library.close()  # takes the automatic backup
    library = Library(data_dir)
    library.add_note("trials", "harsh sentences", note="written after it")
    library.store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.store._db.close()
    library._session._store = None
    database = data_dir / store_module.DB_NAME
    _corrupt(database)
    damaged_bytes = database.read_bytes()

    recovered = Library(data_dir)
    assert [n.body for n in recovered.notes()] == ["saved before the backup"]
    notices = recovered.take_notices()
    assert any("damaged" in n and "restored the automatic backup" in n for n in notices)
    kept = list((data_dir / "damaged").glob("*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # never overwritten
    assert recovered.store.integrity_check() == "ok"
    assert recovered.search("greenhouse kind:note").hits  # the index follows the restore
    recovered.close()


def test_corrupt_database_without_backup_starts_empty_and_keeps_the_copy(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / store_module.DB_NAME).write_bytes(b"not a database at all" * 100)
    library = Library(data_dir)
    assert library.notes() == []
    assert any("no good backup" in n for n in library.take_notices())
    assert len(list((data_dir / "damaged").glob("*.sqlite3"))) == 1
    library.close()


def test_corrupt_database_is_reported_by_the_cli(cli, data_dir: Path) -> None:
    cli("bookmarks", "add", "--section", "climate")
    _corrupt(data_dir / store_module.DB_NAME)
    for leftover in data_dir.glob(store_module.DB_NAME + "-*"):
        leftover.unlink()
    result = cli("bookmarks", "list", "--json")
    assert result.code == 0
    assert "notes database was damaged" in result.err
    assert len(result.err.strip().splitlines()) == 1
