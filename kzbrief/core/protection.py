"""Protected notes (issue 16): everything personal encrypted at rest behind a passphrase.

What is personal: the notes database (notes, tags, bookmarks, reading state), imported
briefings with their originals and their trash, and the parts of the search index built from
them. The bundled briefing (and its prebuilt index) is public and stays as it is.

On disk, a protected data folder holds (beside public files: change stamps, locks)::

    protected/keys.json       KDF parameters and the data key, wrapped by the passphrase
                              and by the recovery key (kzbrief.core.crypto)
    protected/notes.kzenc     the SQLite database, serialised and encrypted as one file,
                              replaced atomically after every commit
    protected/library.kzenc   imported briefings and their trash, encrypted as one file
    protected/attempts.json   how many wrong passphrases in a row (for the slow-down)

While unlocked, the database is an in-memory SQLite (``Connection.deserialize``) and the
search index lives in RAM (kzbrief.core.memindex): no plaintext copy is written anywhere.

Switching is crash-safe: the complete new state is written beside the old one, one
``rename`` makes it the live one, and only then is the old state deleted. :func:`settle`
(run under the folder's write lock whenever a library opens) finishes or undoes a switch
that was interrupted, so a kill at any moment leaves the old state or the new one:

- protect:    ``protected.new/`` built → rename to ``protected/`` (commit) → plaintext deleted
- unprotect:  ``plain.new/`` built → rename ``protected/`` to ``protected.old/`` (commit) →
              ``plain.new/*`` moved into place → ``protected.old/`` deleted
- passphrase: ``keys.json`` rewritten atomically (the data key is re-wrapped; files stay)

Deleting is ``unlink``: on SSDs (wear-levelling) and copy-on-write file systems an overwrite
would not reach the old blocks either, so none is attempted; full-disk encryption is what
covers the blocks a file system no longer shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from kzbrief.core import crypto
from kzbrief.core.errors import BadInputError, DataError
from kzbrief.core.interlock import WINDOW_LOCK as WINDOW_LOCK
from kzbrief.core.interlock import window_is_open as window_is_open
from kzbrief.core.safefile import _fsync_dir, atomic_write_bytes, atomic_write_text

# The encrypted files and the imported briefings of an unlocked folder live beside this
# module (re-exported: the Library reaches them through it).
from kzbrief.core.sealedlibrary import SealedLibraryFolder as SealedLibraryFolder
from kzbrief.core.sealedlibrary import briefing_from_files as briefing_from_files
from kzbrief.core.vault import (
    LIBRARY_FILE,
    LIBRARY_PURPOSE,
    NOTES_FILE,
    NOTES_PURPOSE,
    PROTECTED_DIR,
    Vault,
    tar_items,
)
from kzbrief.core.wording import translate

NEW_DIR = "protected.new"
OLD_DIR = "protected.old"
PLAIN_NEW_DIR = "plain.new"
KEYS_FILE = "keys.json"
ATTEMPTS_FILE = "attempts.json"
DB_NAME = "kzbrief.sqlite3"
#: Everything personal that an unprotected folder keeps in plain files.
PLAIN_ITEMS = (
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}-journal",
    "backups",
    "damaged",
    "library",
    "staging",
    "trash",
    "index",
)
#: Folders of imported briefings that go into library.kzenc.
LIBRARY_ITEMS = ("library", "trash")
MIN_PASSPHRASE = 8
#: Wrong passphrases allowed before each further try waits (2 s, 4 s, … up to a minute).
FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0

LOCKED_MESSAGE = (
    "your notes are locked (protected data folder); give the passphrase with "
    "--passphrase-file FILE or KZBRIEF_PASSPHRASE_FILE, or type it when asked at a terminal"
)

#: Why a window on a locked folder cannot change anything (shown as a read-only reason).
LOCKED_REASON = "your notes are locked; unlock them with File > Unlock"


class LockedError(BadInputError):
    """Personal data was asked for while the protected folder is locked."""

    def __init__(self, message: str = LOCKED_MESSAGE) -> None:
        super().__init__(message)


class WrongPassphraseError(BadInputError):
    """The passphrase (or recovery key) does not open the folder."""


def is_protected(data_dir: Path) -> bool:
    return (data_dir / PROTECTED_DIR / KEYS_FILE).is_file()


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        told = translate("Errors", "a passphrase needs at least {count} characters")
        raise BadInputError(told.format(count=MIN_PASSPHRASE))


# -- settling interrupted switches ----------------------------------------------------------------
def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def needs_settling(data_dir: Path) -> bool:
    """Whether a switch was interrupted (a few ``stat`` calls: no lock is taken for this)."""
    if any((data_dir / name).exists() for name in (NEW_DIR, OLD_DIR, PLAIN_NEW_DIR)):
        return True
    return is_protected(data_dir) and any((data_dir / name).exists() for name in PLAIN_ITEMS)


def settle(data_dir: Path) -> None:
    """Finish or undo a switch that a kill interrupted (caller holds the folder's lock)."""
    protected = data_dir / PROTECTED_DIR
    old = data_dir / OLD_DIR
    plain_new = data_dir / PLAIN_NEW_DIR
    if old.exists() and not protected.exists():
        # unprotect got past its commit: move the rest of plain.new into place.
        if plain_new.is_dir():
            for item in sorted(plain_new.iterdir()):
                target = data_dir / item.name
                if not target.exists():
                    os.rename(item, target)
                else:
                    _remove(item)
            _fsync_dir(data_dir)
            _remove(plain_new)
        _remove(old)
        _fsync_dir(data_dir)
    _remove(plain_new)  # unprotect interrupted before its commit (protected/ is still live)
    _remove(old)
    if protected.exists() and is_protected(data_dir):
        # protect got past its commit (or this is any protected folder): no plaintext stays.
        for name in PLAIN_ITEMS:
            _remove(data_dir / name)
        _fsync_dir(data_dir)
    _remove(data_dir / NEW_DIR)  # protect interrupted before its commit


# -- the data key and the encrypted files ------------------------------------------------------
def _read_keys(folder: Path) -> crypto.WrappedKeys:
    try:
        return crypto.WrappedKeys.from_dict(json.loads((folder / KEYS_FILE).read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(
            translate("Errors", "cannot read the key file {path}: {error}").format(
                path=folder / KEYS_FILE, error=exc
            )
        ) from exc


def _failed_attempts(folder: Path) -> int:
    try:
        return int(json.loads((folder / ATTEMPTS_FILE).read_text("utf-8"))["failed"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def attempt_delay(failed: int) -> float:
    """Seconds to wait before trying a passphrase after ``failed`` wrong ones in a row."""
    if failed < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failed - FREE_ATTEMPTS + 1))


def unlock_key(data_dir: Path, secret: str, *, sleep: Any = time.sleep) -> bytes:
    """The data key for ``secret`` (passphrase or recovery key), or WrongPassphraseError.

    Wrong tries in a row are counted on disk (so that a script cannot go faster by starting
    a new process each time); from the fourth on, each try first waits 2, 4, 8 … seconds.
    """
    folder = data_dir / PROTECTED_DIR
    keys = _read_keys(folder)
    failed = _failed_attempts(folder)
    delay = attempt_delay(failed)
    if delay:
        sleep(delay)
    try:
        key = crypto.unwrap(keys, secret)
    except crypto.DecryptionError:
        with contextlib.suppress(OSError):
            atomic_write_text(folder / ATTEMPTS_FILE, json.dumps({"failed": failed + 1}))
        raise WrongPassphraseError(
            translate(
                "Errors",
                "wrong passphrase (or recovery key): the notes stay locked, nothing was changed",
            )
        ) from None
    if failed:
        with contextlib.suppress(OSError):
            (folder / ATTEMPTS_FILE).unlink()
    return key


def _database_image(path: Path) -> bytes | None:
    """The plaintext database as one image in rollback-journal form (WAL content included)."""
    if not path.exists():
        return None
    source = sqlite3.connect(path, isolation_level=None)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source.backup(memory)
        if memory.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DataError(
                translate(
                    "Errors", "the notes database {path} fails its integrity check; not protected"
                ).format(path=path)
            )
        image = bytearray(memory.serialize())
    except sqlite3.Error as exc:
        raise DataError(
            translate("Errors", "cannot read the notes database {path}: {error}").format(
                path=path, error=exc
            )
        ) from exc
    finally:
        source.close()
        memory.close()
    image[18] = image[19] = 1  # WAL → legacy journal: an in-memory copy cannot use WAL
    return bytes(image)


def _write_database(image: bytes, path: Path) -> None:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.deserialize(image)
        target = sqlite3.connect(path, isolation_level=None)
        try:
            memory.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        memory.close()
    os.chmod(path, 0o600)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    for path in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        _fsync_dir(path)


def clear_logs(data_dir: Path) -> None:
    """Empty the log and remove its older files: written while the folder was unprotected,
    they may name imported briefings (ids are made from titles). The log is emptied, not
    removed, so that a handler writing to it (append mode) goes on writing there."""
    from kzbrief.core.logs import BACKUPS, LOG_FILE

    with contextlib.suppress(OSError):
        os.truncate(data_dir / LOG_FILE, 0)
    for number in range(1, BACKUPS + 1):
        _remove(data_dir / f"{LOG_FILE}.{number}")


# -- the three switches (caller holds the folder's write lock; nothing else has files open) -----
def protect(data_dir: Path, passphrase: str) -> str:
    """Encrypt everything personal; returns the recovery key (to be shown once)."""
    settle(data_dir)
    if is_protected(data_dir):
        raise BadInputError(translate("Errors", "this data folder is protected already"))
    check_new_passphrase(passphrase)
    new = data_dir / NEW_DIR
    _remove(new)
    new.mkdir(mode=0o700)
    data_key = crypto.new_key()
    recovery_key = crypto.new_recovery_key()
    image = _database_image(data_dir / DB_NAME)
    if image is not None:
        atomic_write_bytes(new / NOTES_FILE, crypto.seal(data_key, image, NOTES_PURPOSE))
    library = tar_items(data_dir, LIBRARY_ITEMS)
    atomic_write_bytes(new / LIBRARY_FILE, crypto.seal(data_key, library, LIBRARY_PURPOSE))
    keys = crypto.wrap_new(data_key, passphrase, recovery_key)
    atomic_write_text(new / KEYS_FILE, json.dumps(keys.to_dict(), indent=1))
    _fsync_dir(new)
    clear_logs(data_dir)  # what was logged while unprotected (an imported briefing's id)
    os.rename(new, data_dir / PROTECTED_DIR)  # the commit
    _fsync_dir(data_dir)
    settle(data_dir)  # deletes every plaintext copy
    return recovery_key


def unprotect(data_dir: Path, secret: str) -> None:
    """Decrypt everything back into plain files (the passphrase or recovery key needed)."""
    settle(data_dir)
    if not is_protected(data_dir):
        raise BadInputError(translate("Errors", "this data folder is not protected"))
    key = unlock_key(data_dir, secret)
    vault = Vault(data_dir, key)
    image = vault.load_notes()
    files = vault.load_library()
    staged = data_dir / PLAIN_NEW_DIR
    _remove(staged)
    staged.mkdir(mode=0o700)
    if image is not None:
        _write_database(image, staged / DB_NAME)
    for name, payload in files.items():
        target = staged / name
        if ".." in Path(name).parts or Path(name).is_absolute():
            continue
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        target.write_bytes(payload)
        os.chmod(target, 0o600)
    _fsync_tree(staged)
    for name in (DB_NAME, *LIBRARY_ITEMS):  # never in a protected folder; settle made sure
        _remove(data_dir / name)
    os.rename(data_dir / PROTECTED_DIR, data_dir / OLD_DIR)  # the commit
    _fsync_dir(data_dir)
    settle(data_dir)


def change_passphrase(data_dir: Path, secret: str, new_passphrase: str) -> None:
    """Re-wrap the data key under ``new_passphrase`` (one atomic write of keys.json)."""
    settle(data_dir)
    if not is_protected(data_dir):
        raise BadInputError(translate("Errors", "this data folder is not protected"))
    check_new_passphrase(new_passphrase)
    key = unlock_key(data_dir, secret)
    folder = data_dir / PROTECTED_DIR
    keys = crypto.rewrap(_read_keys(folder), key, new_passphrase)
    atomic_write_text(folder / KEYS_FILE, json.dumps(keys.to_dict(), indent=1))
