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
    with pytest.raises(sqlite3.OperationalError):
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
