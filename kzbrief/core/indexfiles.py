"""The index folder's files: the manifest (``current.json``), checksums, Whoosh storages.

``current.json`` says which generation (``gen-<12 hex>/``) is live, what it was built from,
and the size and checksum of each of its files, verified when the index is opened, so that
a truncated or garbled file is found before it gives wrong answers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrief.core.safefile import atomic_write_text
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from whoosh.filedb.filestore import FileStorage

MANIFEST = "current.json"
INDEX_NAME = "MAIN"


class IndexCorruptError(Exception):
    """Raised by the index modules when index files fail their checks."""


def open_storage(folder: Path, *, readonly: bool = False) -> FileStorage:
    from whoosh.filedb.filestore import FileStorage

    from kzbrief.core.whooshparts import read_compound_files_in_place

    read_compound_files_in_place()
    return FileStorage(str(folder), readonly=readonly)


def file_digest(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_lock_private(folder: Path) -> None:
    """Whoosh creates its lock file with mode 0777 less the umask (0700 here): make it 0600
    like every other file the app writes."""
    with contextlib.suppress(OSError):
        os.chmod(folder / f"{INDEX_NAME}_WRITELOCK", 0o600)


def make_way(path: Path, *, folder: bool) -> None:
    """Remove debris where the index keeps a folder (or a file) of the other kind: the
    index is disposable, and nothing else belongs there."""
    if folder and path.exists() and not path.is_dir():
        path.unlink()
    elif not folder and path.is_dir():
        shutil.rmtree(path)


def private_ram_storage() -> Any:
    """A Whoosh ``RamStorage`` whose temporary storage is in RAM too.

    Whoosh's own ``RamStorage.temp_storage`` is a folder in the system's temporary directory
    (``/tmp/MAIN.tmp``), where a writer puts every document's stored fields (the note text)
    and which other processes share by name. Here, nothing is written to any file.
    """
    import io

    from whoosh.filedb.filestore import RamStorage
    from whoosh.filedb.structfile import StructFile

    class KeptOnClose(io.BytesIO):
        """A file whose bytes the storage keeps when it is closed, whoever closes it: a
        writer's sorting pool (a large build) closes the raw file of its runs, not the
        StructFile around it, and RamStorage would lose them (a NameError later)."""

        def __init__(self, keep: Callable[[bytes], None]) -> None:
            super().__init__()
            self._keep = keep

        def close(self) -> None:
            if not self.closed:
                self._keep(self.getvalue())
            super().close()

    class PrivateRamStorage(RamStorage):  # type: ignore[misc]
        def temp_storage(self, name: str | None = None) -> RamStorage:
            return PrivateRamStorage()

        def create_file(self, name: str, **kwargs: Any) -> StructFile:
            def keep(data: bytes) -> None:
                self.files[name] = data

            return StructFile(KeptOnClose(keep), name=name)

    return PrivateRamStorage()


def read_manifest(root: Path) -> dict[str, Any]:
    """The manifest in ``root`` ({} when there is none; ``{"corrupt": True}`` if unreadable)."""
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {"corrupt": True}
    return data if isinstance(data, dict) else {"corrupt": True}


def write_manifest(
    root: Path, manifest: dict[str, Any], old_files: dict[str, Any]
) -> dict[str, Any]:
    """Write ``manifest`` (schema, generation, fingerprint) with its generation's files listed;
    ``old_files`` (the same generation's previous list) spares hashing unchanged files."""
    folder = root / manifest["generation"]
    files = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.endswith((".lock", "LOCK")):
            continue
        size = path.stat().st_size
        previous = old_files.get(path.name)
        # Whoosh segment files never change once written: hash each one once.
        if previous and previous[0] == size and not path.name.endswith(".toc"):
            files[path.name] = previous
        else:
            files[path.name] = [size, file_digest(path)]
    manifest = {**manifest, "files": files}
    atomic_write_text(root / MANIFEST, json.dumps(manifest, indent=1))
    return manifest


def verify(root: Path, manifest: dict[str, Any], *, full: bool = True) -> None:
    """Raise :class:`IndexCorruptError` unless every file the manifest lists is there with
    its size (and, when ``full``, its checksum)."""
    folder = root / str(manifest.get("generation"))
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise IndexCorruptError(translate("Errors", "the index manifest lists no files"))
    for name, (size, digest) in files.items():
        path = folder / name
        try:
            actual = path.stat().st_size
        except OSError:
            raise IndexCorruptError(
                translate("Errors", "index file {name} is missing").format(name=name)
            ) from None
        if actual != size:
            raise IndexCorruptError(
                translate("Errors", "index file {name} has the wrong size").format(name=name)
            )
        if full and file_digest(path) != digest:
            raise IndexCorruptError(
                translate("Errors", "index file {name} is damaged").format(name=name)
            )
