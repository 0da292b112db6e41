"""The encrypted files of an unlocked protected folder (issue 16), and the data key.

:class:`Vault` reads and writes ``protected/*.kzenc`` with the data key that
:func:`kzbrief.core.protection.unlock_key` recovered; the key lives in memory only while the
folder is unlocked. Every file is one XChaCha20-Poly1305 box (kzbrief.core.crypto) whose
purpose is authenticated with it, written atomically (kzbrief.core.safefile).
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from kzbrief.core import crypto
from kzbrief.core.errors import DataError
from kzbrief.core.interlock import FolderLock
from kzbrief.core.safefile import atomic_write_bytes

PROTECTED_DIR = "protected"
NOTES_FILE = "notes.kzenc"
LIBRARY_FILE = "library.kzenc"
STORE_LOCK = "store.lock"
NOTES_PURPOSE = b"notes-db"
LIBRARY_PURPOSE = b"library-tar"


class Vault:
    """The encrypted files of an unlocked folder, with the data key (in memory only)."""

    def __init__(self, data_dir: Path, key: bytes) -> None:
        self.folder = data_dir / PROTECTED_DIR
        self._key = key
        self._notes_stat: tuple[int, int, int] | None = None
        self.lock = FolderLock(self.folder / STORE_LOCK)

    @property
    def key(self) -> bytes:
        return self._key

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = (self.folder / NOTES_FILE).stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def load_notes(self) -> bytes | None:
        """The database image (None for a folder that has none yet)."""
        path = self.folder / NOTES_FILE
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            self._notes_stat = None
            return None
        except OSError as exc:
            raise DataError(f"cannot read {path}: {exc.strerror or exc}") from exc
        self._notes_stat = self._stat()
        try:
            return crypto.unseal(self._key, blob, NOTES_PURPOSE)
        except crypto.DecryptionError as exc:
            raise DataError(f"the encrypted notes {path} are damaged: {exc}") from exc

    def notes_changed_on_disk(self) -> bool:
        """Another process saved the notes since this one last read or wrote them."""
        return self._stat() != self._notes_stat

    def save_notes(self, image: bytes) -> None:
        atomic_write_bytes(self.folder / NOTES_FILE, crypto.seal(self._key, image, NOTES_PURPOSE))
        self._notes_stat = self._stat()

    def load_library(self) -> dict[str, bytes]:
        """Imported briefings: ``{"library/<id>/briefing.json": bytes, …}`` (trash too)."""
        path = self.folder / LIBRARY_FILE
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise DataError(f"cannot read {path}: {exc.strerror or exc}") from exc
        try:
            return untar(crypto.unseal(self._key, blob, LIBRARY_PURPOSE))
        except (crypto.DecryptionError, tarfile.TarError) as exc:
            raise DataError(f"the encrypted library {path} is damaged: {exc}") from exc

    def forget(self) -> None:
        """Drop the key (Python cannot wipe ``bytes``; the reference goes)."""
        self._key = b""


def tar_items(data_dir: Path, names: tuple[str, ...]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name in names:
            path = data_dir / name
            if path.exists():
                tar.add(path, arcname=name)
    return buffer.getvalue()


def untar(payload: bytes) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r") as tar:
        for member in tar.getmembers():
            if member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    files[member.name] = handle.read()
    return files


def seal_library(vault: Vault, files: dict[str, bytes]) -> None:
    """Write the imported briefings (as ``{path: bytes}``) back, encrypted, atomically."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, payload in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(payload))
    atomic_write_bytes(
        vault.folder / LIBRARY_FILE, crypto.seal(vault.key, buffer.getvalue(), LIBRARY_PURPOSE)
    )
