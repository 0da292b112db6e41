"""The personal data of one open library: whether it can be read (protection: locked or
unlocked, :mod:`kzbrief.core.protection`), whether it can be written (a read-only folder, a
locked window browsing the public briefings), and the notes database once opened."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from kzbrief.core import protection
from kzbrief.core.errors import WorkStopped
from kzbrief.core.importers.storage import LibraryFolder
from kzbrief.core.interlock import LOCK_FILE, FolderLock
from kzbrief.core.notestore import NoteStore
from kzbrief.core.readonly import RefusingLock, refusal
from kzbrief.core.store import Store
from kzbrief.core.wording import translate


class ProtectionSession:
    """Locked or unlocked, writable or not, and the notes database (opened on first use).

    ``folder_lock`` is the one lock every write takes (one writer per data folder, across
    threads and processes). While a locked window browses the public briefings it is a
    lock that refuses, as is a read-only folder's; ``real_folder_lock`` is the folder's own.
    ``state_lock`` guards this object's fields (held briefly; never while waiting for the
    folder lock)."""

    def __init__(
        self,
        data_dir: Path,
        read_only: str,
        state_lock: threading.RLock,
        notices: list[str],
        passphrase_source: Callable[[], str | None] | None = None,
    ) -> None:
        self.data_dir = data_dir
        #: Why the data folder cannot be written ("" when it can): then nothing is written,
        #: and every change is refused (kzbrief.core.readonly).
        self.read_only = self._folder_read_only = read_only
        self.folder_lock: FolderLock | RefusingLock
        if read_only:
            self.folder_lock = RefusingLock(data_dir, read_only)
        else:
            self.folder_lock = FolderLock(data_dir / LOCK_FILE)
        self.real_folder_lock = self.folder_lock
        self._state_lock = state_lock
        self._notices = notices
        #: Asked for the passphrase when personal data is first needed (the CLI reads a file
        #: or the terminal); the vault holds the key once unlocked.
        self.passphrase_source = passphrase_source
        self.vault: protection.Vault | None = None
        self.sealed: protection.SealedLibraryFolder | None = None
        self.plain_folder = LibraryFolder(data_dir)
        #: A window on a locked folder (browse_locked): the public briefings, read-only.
        self.public_only = False
        self._store: Store | None = None
        self._note_store: NoteStore | None = None
        #: Called when everything personal is forgotten (lock, unlock, a switch of protection).
        self.on_forget: Callable[[], None] = lambda: None
        #: Called once each time the notes database is opened (outside the state lock).
        self.on_store_open: Callable[[], None] = lambda: None
        #: Set while long work must stop (the lock, the panic key: issue 16).
        self._stopping = threading.Event()

    # -- protection --------------------------------------------------------------------------------
    @property
    def is_protected(self) -> bool:
        return protection.is_protected(self.data_dir)

    @property
    def is_locked(self) -> bool:
        """Protected, and no passphrase given yet: the personal data cannot be read."""
        return self.vault is None and self.is_protected

    def unlock(self, secret: str) -> None:
        """Open the vault (WrongPassphraseError changes nothing)."""
        if not self.is_protected:
            return
        key = protection.unlock_key(self.data_dir, secret)
        with self._state_lock:
            self.forget()
            self.vault = protection.Vault(self.data_dir, key)
            self.sealed = protection.SealedLibraryFolder(self.vault)
            self.on_forget()  # the index built while locked knew nothing personal

    def browse_locked(self) -> None:
        """Stay locked, the public briefings readable and every change refused."""
        with self._state_lock:
            self.forget()
            self.public_only = True
            # the read-only reason the window shows (protection.LOCKED_REASON, translated)
            self.read_only = translate(
                "Library", "your notes are locked; unlock them with File > Unlock"
            )
            self.folder_lock = RefusingLock(self.data_dir, self.read_only)

    def forget(self) -> None:
        """Close the notes database and forget the key and everything decrypted."""
        with self._state_lock:
            self.on_forget()
            if self._store is not None:
                self._store.close()
                self._store = None
            self.public_only = False
            self.read_only, self.folder_lock = self._folder_read_only, self.real_folder_lock
            if self.vault is not None:
                self.vault.forget()
            self.vault = self.sealed = None

    def forget_key_now(self) -> None:
        """Forget the key at once, without waiting for work on other threads (the panic key;
        the process ends right after)."""
        vault, self.vault, self.sealed = self.vault, None, None
        if vault is not None:
            vault.forget()

    # -- stopping long work (issue 16: the lock and the panic key do not wait for it) -----------
    def stop(self) -> None:
        self._stopping.set()

    def resume(self) -> None:
        self._stopping.clear()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop_point(self) -> None:
        """Raise WorkStopped if long work must stop (called between its steps)."""
        if self._stopping.is_set():
            raise WorkStopped.told()

    def try_unlock(self) -> bool:
        """Whether the personal data can be read (unlocking with the source if need be)."""
        try:
            self.require_unlocked()
        except protection.LockedError:
            return False
        return True

    def require_unlocked(self) -> None:
        """Unlock with the passphrase source if there is one; LockedError if still locked."""
        if not self.is_locked or self.public_only:
            return
        secret = self.passphrase_source() if self.passphrase_source is not None else None
        if not secret:
            raise protection.LockedError()
        self.unlock(secret)

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise refusal(self.data_dir, self.read_only)

    @property
    def library_folder(self) -> LibraryFolder:
        """Where imported briefings are kept: plain folders, or (protected) sealed in memory."""
        if self.is_protected:
            self.require_unlocked()
            if self.sealed is not None:
                return self.sealed  # type: ignore[return-value]
        return self.plain_folder

    # -- the notes database ------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The SQLite store of notes, bookmarks and reading state (opened on first use)."""
        self.require_unlocked()
        opened = False
        with self._state_lock:
            if self._store is None:
                self._store = Store(self.data_dir, read_only=self.read_only, vault=self.vault)
                if self._store.recovery:
                    self._notices.append(self._store.recovery)
                opened = True
            store = self._store
        if opened:
            self.on_store_open()
        return store

    @property
    def notes(self) -> NoteStore:
        """The notes tables of the open store (one NoteStore per Store, not one per read)."""
        store = self.store
        with self._state_lock:
            if self._note_store is None or self._note_store.store is not store:
                self._note_store = NoteStore(store)
            return self._note_store

    def notes_stamp(self) -> str:
        """Changes whenever the user's notes change ("locked" while they cannot be read)."""
        if not self.try_unlock():
            return "locked"
        return str(self.store.data_version)

    def close(self) -> None:
        with self._state_lock:
            if self._store is not None:
                self._store.close()
                self._store = None
