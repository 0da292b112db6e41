"""The user's data in SQLite: bookmarks, reading state and (with their own migration) notes.

- WAL journal, ``synchronous=FULL``: a write the app reported done survives a kill or a
  power cut.
- Schema migrations are numbered; before any migration runs on an existing database, a
  copy is taken with SQLite's online backup API (``backups/store-v<N>-<time>.sqlite3``).
- Every write is one transaction; :meth:`Store.transaction` is the only way to write.
- A ``data_version`` counter in ``meta`` goes up with every change to notes, so the search
  index can tell whether it is current.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core.errors import DataError, NotFoundError, ReadOnlyError
from kzbrief.core.model import Bookmark
from kzbrief.core.storeschema import (
    MIGRATIONS,
    Damaged,
    backup_is_good,
    sqlite_why,
)
from kzbrief.core.wording import translate

DB_NAME = "kzbrief.sqlite3"
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
AUTO_BACKUP_LABEL = "auto"
AUTO_BACKUPS_KEPT = 5

if TYPE_CHECKING:
    from kzbrief.core.protection import Vault


def now_iso() -> str:
    """The current time as an ISO 8601 UTC string (second precision), as W3C dates are."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Store:
    """One SQLite database in the data folder. Safe to share between threads.

    A damaged database is never written to: it is moved aside into ``damaged/``, the
    newest automatic backup that passes an integrity check is put in its place, and
    :attr:`recovery` says what happened so that the app can tell the user.
    """

    def __init__(self, data_dir: Path, *, read_only: str = "", vault: Vault | None = None) -> None:
        self.path = data_dir / DB_NAME
        self._lock = threading.RLock()
        #: One line for the user when the database had to be recovered, else "".
        self.recovery = ""
        #: Why the database cannot be written ("" when it can): see _open_read_only.
        self.read_only = read_only
        #: Reading state set while read-only: kept for this session, never written.
        self._session_state: dict[str, str] = {}
        self._copy: tempfile.TemporaryDirectory[str] | None = None
        #: A protected folder (issue 16): the database lives in memory, and every commit
        #: is saved encrypted through the vault; no plaintext file, journal or backup.
        self._vault = vault
        self._saved_image = b""
        if vault is not None and not read_only:
            self._db = self._open_encrypted()
            self._migrate()
            self._opened_version = self.data_version
            return
        if read_only:
            self._db = self._open_read_only()
            self._opened_version = self.data_version
            return
        try:
            self._db = self._connect()
            self._check_health()
        except Damaged as exc:
            self.recovery = self._recover(str(exc))
            try:
                self._db = self._connect()
            except Damaged as again:
                raise DataError(
                    translate("Errors", "the notes database {path} is damaged: {error}").format(
                        path=self.path, error=again
                    )
                ) from again
        self._migrate()
        self._opened_version = self.data_version

    # -- damage and recovery ---------------------------------------------------------------------
    def _check_health(self) -> None:
        try:
            verdict = self._db.execute("PRAGMA quick_check").fetchone()[0]
            self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise Damaged(str(exc)) from exc
        if verdict != "ok":
            self._db.close()
            raise Damaged(str(verdict))

    def _recover(self, problem: str) -> str:
        """Move the damaged file aside and restore the newest good backup. Returns a notice."""
        damaged_dir = self.path.parent / DAMAGED_DIR
        damaged_dir.mkdir(mode=0o700, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        kept = damaged_dir / f"{self.path.stem}-{stamp}-{os.urandom(3).hex()}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{kept}{suffix}"))
        for backup in self.backups():
            if backup_is_good(backup):
                shutil.copyfile(backup, self.path)
                os.chmod(self.path, 0o600)
                return translate(
                    "Library",
                    "The notes database was damaged ({problem}). It is kept at {kept}; "
                    "restored the automatic backup {backup}.",
                ).format(problem=problem, kept=kept, backup=backup.name)
        return translate(
            "Library",
            "The notes database was damaged ({problem}) and no good backup was found. It is "
            "kept at {kept}; started a new, empty database.",
        ).format(problem=problem, kept=kept)

    def backups(self) -> list[Path]:
        """Backups in ``backups/``, newest first."""
        folder = self.path.parent / BACKUP_DIR
        if not folder.is_dir():
            return []
        return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)

    def auto_backup(self) -> Path | None:
        """Back up if anything changed since the database was opened; keep the newest few."""
        if self._vault is not None:
            return None  # the encrypted file is replaced atomically: no plaintext copies
        if self.data_version == self._opened_version and self.backups():
            return None
        path = self.backup(AUTO_BACKUP_LABEL)
        autos = [p for p in self.backups() if p.name.startswith(AUTO_BACKUP_LABEL + "-")]
        for old in autos[AUTO_BACKUPS_KEPT:]:
            with contextlib.suppress(OSError):
                old.unlink()
        self._opened_version = self.data_version
        return path

    # -- protected folders (kzbrief.core.protection) ---------------------------------------------
    def _open_encrypted(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        self._db = db
        assert self._vault is not None
        self._load_image(self._vault.load_notes())
        return db

    def _load_image(self, image: bytes | None) -> None:
        """Put ``image`` (or an empty database) into the in-memory connection."""
        try:
            if image is not None:
                self._db.deserialize(image)
            self._db.execute("PRAGMA foreign_keys=ON")
            verdict = self._db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise DataError(
                translate("Errors", "the encrypted notes database is damaged: {error}").format(
                    error=exc
                )
            ) from exc
        if verdict != "ok":
            raise DataError(
                translate("Errors", "the encrypted notes database is damaged: {verdict}").format(
                    verdict=verdict
                )
            )
        self._saved_image = image or b""

    def _save_encrypted(self) -> None:
        """After a COMMIT: save the whole database, encrypted; on failure, undo the commit."""
        assert self._vault is not None
        image = self._db.serialize()
        try:
            self._vault.save_notes(image)
        except OSError as exc:
            self._load_image(self._saved_image or None)
            raise DataError(
                translate("Errors", "could not save the encrypted notes: {error}").format(
                    error=exc.strerror or exc
                )
            ) from exc
        self._saved_image = image

    # -- read-only folders ----------------------------------------------------------------------
    def _open_read_only(self) -> sqlite3.Connection:
        """Open the database of a folder that cannot be written, writing nothing.

        In WAL mode SQLite needs the ``-shm`` file to read: ``mode=ro`` works where it and
        ``-wal`` are there. A database closed cleanly has neither, and is read as immutable
        (nobody can change a read-only mount; a folder of another user that is written while
        it is read may give errors). One copied while open, without ``-shm``, has a ``-wal``
        holding the last changes: it is read from a private temporary copy, so those are not
        lost. No database at all: an empty one in memory (the folder holds briefings only).
        """
        wal = Path(f"{self.path}-wal")
        try:
            if not self.path.exists():
                db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
                db.row_factory = sqlite3.Row
                self._db = db
                for version, migration in enumerate(MIGRATIONS, start=1):
                    migration(db)
                    db.execute(f"PRAGMA user_version = {version}")
                return db
            # Only where SQLite would create no file: it makes -wal and -shm where it can.
            shm = Path(f"{self.path}-shm")
            attempts = [f"file:{self.path}?mode=ro"] if wal.exists() and shm.exists() else []
            if wal.exists() and wal.stat().st_size:
                attempts.append("copy")
            attempts.append(f"file:{self.path}?mode=ro&immutable=1")
            problem: Exception | None = None
            for uri in attempts:
                try:
                    db = self._connect_read_only(uri)
                except sqlite3.Error as exc:
                    problem = exc
                    continue
                return db
            raise DataError(
                translate("Errors", "cannot read the notes database {path}: {problem}").format(
                    path=self.path, problem=problem
                )
            )
        except OSError as exc:
            raise DataError(
                translate("Errors", "cannot read the notes database {path}: {error}").format(
                    path=self.path, error=exc
                )
            ) from exc

    def _connect_read_only(self, uri: str) -> sqlite3.Connection:
        if uri == "copy":
            self._copy = tempfile.TemporaryDirectory(prefix="kzbrief-readonly-")
            copy = Path(self._copy.name) / DB_NAME
            for suffix in ("", "-wal"):
                shutil.copyfile(f"{self.path}{suffix}", f"{copy}{suffix}")
            uri = f"file:{copy}"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the database fails its integrity check")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            db.execute("SELECT count(*) FROM notes").fetchone()
        except sqlite3.Error:
            db.close()
            raise
        if version != len(MIGRATIONS):
            db.close()
            raise DataError(
                translate(
                    "Errors",
                    "the notes database {path} has schema {version}, and this kzbrief reads "
                    "schema {supported}; it cannot be converted in a read-only folder",
                ).format(path=self.path, version=version, supported=len(MIGRATIONS))
            )
        return db

    def _refuse(self) -> ReadOnlyError:
        from kzbrief.core.readonly import refusal

        return refusal(self.path.parent, self.read_only)

    # -- connection and schema -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                self.path, timeout=15.0, check_same_thread=False, isolation_level=None
            )
            os.chmod(self.path, 0o600)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=15000")
        except sqlite3.OperationalError as exc:  # cannot open, locked, read-only, …
            raise DataError(
                translate("Errors", "cannot open the notes database {path}: {error}").format(
                    path=self.path, error=exc
                )
            ) from exc
        except sqlite3.DatabaseError as exc:  # "file is not a database", malformed, …
            with contextlib.suppress(sqlite3.Error, UnboundLocalError):
                db.close()
            raise Damaged(str(exc)) from exc
        except OSError as exc:
            raise DataError(
                translate("Errors", "cannot open the notes database {path}: {error}").format(
                    path=self.path, error=exc
                )
            ) from exc
        return db

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        try:
            current = self.schema_version
        except sqlite3.DatabaseError as exc:
            raise DataError(
                translate("Errors", "the notes database {path} is damaged: {error}").format(
                    path=self.path, error=exc
                )
            ) from exc
        if current > len(MIGRATIONS):
            raise DataError(
                translate(
                    "Errors",
                    "the notes database {path} was written by a newer kzbrief (schema {current}); "
                    "update kzbrief to open it",
                ).format(path=self.path, current=current)
            )
        if current == len(MIGRATIONS):
            return
        if current > 0 and self._vault is None:
            self.backup(f"store-v{current}")
        for version in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction() as db:
                MIGRATIONS[version - 1](db)
                db.execute(f"PRAGMA user_version = {version}")

    def backup(self, label: str) -> Path:
        """Copy the database (consistently, while open) into ``backups/``."""
        if self._vault is not None:
            raise DataError(translate("Errors", "a protected folder keeps no plaintext backups"))
        folder = self.path.parent / BACKUP_DIR
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = folder / f"{label}-{stamp}-{os.urandom(3).hex()}.sqlite3"
        with self._lock:
            dest = sqlite3.connect(target)
            try:
                self._db.backup(dest)
            finally:
                dest.close()
        os.chmod(target, 0o600)
        return target

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error)."""
        if self.read_only:
            raise self._refuse()
        if self._vault is not None:
            with self._lock, self._vault.lock:
                if self._vault.notes_changed_on_disk():  # another process saved meanwhile
                    self._load_image(self._vault.load_notes())
                with self._plain_transaction() as db:
                    yield db
                    return
        with self._plain_transaction() as db:
            yield db

    @contextlib.contextmanager
    def _plain_transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise DataError(
                    translate("Errors", "the notes database is busy or unwritable: {error}").format(
                        error=exc
                    )
                ) from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
                if self._vault is not None:
                    self._save_encrypted()
            except BaseException as exc:
                # SQLite may have rolled back already (a full disk does that).
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise DataError(
                        translate("Errors", "could not save to the notes database: {error}").format(
                            error=sqlite_why(exc)
                        )
                    ) from exc
                raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            if (
                self._vault is not None
                and not self._db.in_transaction
                and self._vault.notes_changed_on_disk()
            ):
                self._load_image(self._vault.load_notes())
            return self._db.execute(sql, params).fetchall()

    def bump_data_version(self, db: sqlite3.Connection) -> None:
        """Call inside a transaction that changed notes."""
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'")

    @property
    def data_version(self) -> int:
        rows = self.query("SELECT value FROM meta WHERE key = 'data_version'")
        return int(rows[0][0]) if rows else 0

    def integrity_check(self) -> str:
        return str(self.query("PRAGMA integrity_check")[0][0])

    def close(self) -> None:
        """Take an automatic backup if anything changed, then close."""
        if self.read_only:
            with self._lock:
                self._db.close()
                if self._copy is not None:
                    self._copy.cleanup()
            return
        if self._vault is not None:
            with self._lock:
                self._db.close()
                self._saved_image = b""
            return
        with self._lock:
            with contextlib.suppress(sqlite3.Error, OSError):
                self.auto_backup()
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()

    # -- bookmarks ------------------------------------------------------------------------------
    def add_bookmark(
        self, briefing: str, section: str, label: str, paragraph: str | None = None
    ) -> Bookmark:
        bookmark = Bookmark(
            id=f"bm-{os.urandom(6).hex()}",
            briefing=briefing,
            section=section,
            paragraph=paragraph,
            label=label,
            created=now_iso(),
        )
        with self.transaction() as db:
            db.execute(
                "INSERT INTO bookmarks (id, briefing, section, paragraph, label, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (bookmark.id, briefing, section, paragraph, label, bookmark.created),
            )
        return bookmark

    def bookmarks(self, briefing: str | None = None) -> list[Bookmark]:
        sql = "SELECT * FROM bookmarks"
        params: tuple[Any, ...] = ()
        if briefing:
            sql += " WHERE briefing = ?"
            params = (briefing,)
        return [Bookmark(**dict(row)) for row in self.query(sql + " ORDER BY created, id", params)]

    def bookmark(self, bookmark_id: str) -> Bookmark:
        rows = self.query("SELECT * FROM bookmarks WHERE id = ?", (bookmark_id,))
        if not rows:
            raise NotFoundError(
                translate("Errors", "no bookmark {bookmark}").format(bookmark=repr(bookmark_id))
            )
        return Bookmark(**dict(rows[0]))

    def rename_bookmark(self, bookmark_id: str, label: str) -> Bookmark:
        with self.transaction() as db:
            changed = db.execute(
                "UPDATE bookmarks SET label = ? WHERE id = ?", (label, bookmark_id)
            ).rowcount
        if not changed:
            raise NotFoundError(
                translate("Errors", "no bookmark {bookmark}").format(bookmark=repr(bookmark_id))
            )
        return self.bookmark(bookmark_id)

    def remove_bookmark(self, bookmark_id: str) -> Bookmark:
        bookmark = self.bookmark(bookmark_id)
        with self.transaction() as db:
            db.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return bookmark

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Put back a removed bookmark exactly as it was (undo)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO bookmarks (id, briefing, section, paragraph, label,"
                " created) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    bookmark.id,
                    bookmark.briefing,
                    bookmark.section,
                    bookmark.paragraph,
                    bookmark.label,
                    bookmark.created,
                ),
            )

    # -- reading state ----------------------------------------------------------------------------
    def get_state(self, key: str, default: str | None = None) -> str | None:
        if key in self._session_state:
            return self._session_state[key]
        rows = self.query("SELECT value FROM reading_state WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_state(self, key: str, value: str) -> None:
        """Remember ``value`` (the reading place, …); in a read-only folder, for this session."""
        if self.read_only:
            self._session_state[key] = value
            return
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reading_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
