"""The encrypted files of an unlocked protected folder (issue 16), and the data key.

:class:`Vault` reads and writes ``protected/*.kzenc`` with the data key that
:func:`kzbrief.core.protection.unlock_key` recovered; the key lives in memory only while the
folder is unlocked. Every file is one XChaCha20-Poly1305 box (kzbrief.core.crypto) whose
purpose is authenticated with it, written atomically (kzbrief.core.safefile).
"""

from __future__ import annotations

import io
import json
import struct
import tarfile
from pathlib import Path

from kzbrief.core import crypto
from kzbrief.core.errors import DataError
from kzbrief.core.interlock import FolderLock
from kzbrief.core.safefile import atomic_write_bytes
from kzbrief.core.wording import translate

PROTECTED_DIR = "protected"
NOTES_FILE = "notes.kzenc"
LIBRARY_FILE = "library.kzenc"
STORE_LOCK = "store.lock"
NOTES_PURPOSE = b"notes-db"
LIBRARY_PURPOSE = b"library-tar"
#: A snapshot of the search index in RAM (derived data: a missing, stale or damaged one is
#: rebuilt), so that unlocking a large library does not mean indexing it again.
INDEX_FILE = "index.kzenc"
INDEX_PURPOSE = b"index-snapshot"
_SIZE = struct.Struct(">Q")


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
            raise DataError(
                translate("Errors", "cannot read {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            ) from exc
        self._notes_stat = self._stat()
        try:
            return crypto.unseal(self._key, blob, NOTES_PURPOSE)
        except crypto.DecryptionError as exc:
            raise DataError(
                translate("Errors", "the encrypted notes {path} are damaged: {error}").format(
                    path=path, error=exc
                )
            ) from exc

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
            raise DataError(
                translate("Errors", "cannot read {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            ) from exc
        try:
            return untar(crypto.unseal(self._key, blob, LIBRARY_PURPOSE))
        except (crypto.DecryptionError, tarfile.TarError) as exc:
            raise DataError(
                translate("Errors", "the encrypted library {path} is damaged: {error}").format(
                    path=path, error=exc
                )
            ) from exc

    def save_index(self, fingerprint: str, files: dict[str, bytes]) -> bool:
        """Write the index's files (a Whoosh RamStorage), encrypted, atomically; False if
        the key is forgotten already."""
        key = self._key
        if not key:
            return False
        manifest = json.dumps({"fingerprint": fingerprint}).encode("utf-8")
        payload = pack_files(
            {"manifest.json": manifest, **{f"files/{n}": b for n, b in files.items()}}
        )
        atomic_write_bytes(self.folder / INDEX_FILE, crypto.seal(key, payload, INDEX_PURPOSE))
        return True

    def load_index(self) -> tuple[str, dict[str, bytes]] | None:
        """The fingerprint and files of the index snapshot; None if there is none or it does
        not open (it is derived data: the caller rebuilds)."""
        try:
            blob = (self.folder / INDEX_FILE).read_bytes()
            packed = unpack_files(crypto.unseal(self._key, blob, INDEX_PURPOSE))
            fingerprint = json.loads(packed.pop("manifest.json"))["fingerprint"]
        except (OSError, ValueError, KeyError, TypeError, crypto.DecryptionError):
            return None
        if not isinstance(fingerprint, str):
            return None
        files = {n[len("files/") :]: b for n, b in packed.items() if n.startswith("files/")}
        return fingerprint, files

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


def pack_files(files: dict[str, bytes]) -> bytes:
    """``files`` as one byte string: for each, its name's and its data's length, then them."""
    parts: list[bytes] = []
    for name, data in files.items():
        encoded = name.encode("utf-8")
        parts += [_SIZE.pack(len(encoded)), encoded, _SIZE.pack(len(data)), data]
    return b"".join(parts)


def unpack_files(payload: bytes) -> dict[str, bytes]:
    """The files of :func:`pack_files`; ValueError if ``payload`` is cut short."""
    view = memoryview(payload)
    files: dict[str, bytes] = {}
    at = 0
    while at < len(view):
        sizes = []
        for _ in range(2):
            if at + _SIZE.size > len(view):
                raise ValueError("a packed file is cut short")
            (size,) = _SIZE.unpack_from(view, at)
            at += _SIZE.size
            if at + size > len(view):
                raise ValueError("a packed file is cut short")
            sizes.append(bytes(view[at : at + size]))
            at += size
        files[sizes[0].decode("utf-8")] = sizes[1]
    return files
