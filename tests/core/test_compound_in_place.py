"""The parts of a compound index file are read from its memory map in place (issue 18's
memory target): what they read is what Whoosh's copies of them read."""

from __future__ import annotations

import pickle
from pathlib import Path

from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

from kzbrief.core.indexfiles import open_storage
from kzbrief.core.service import Library

BIG = {"words": ["word"] * 200, "n": 7}  # a pickle longer than the first window


def _compound(tmp_path: Path) -> tuple[CompoundStorage, dict[str, bytes]]:
    store = FileStorage(str(tmp_path))
    parts = {
        "lines": b"first line\nsecond line\nno end",
        "pickles": pickle.dumps((3, 4.5, b"x"), 2) + pickle.dumps(BIG, 2) + b"\x00\x00\x00\x2a",
    }
    for name, data in parts.items():
        with store.create_file(name) as out:
            out.write(data)
    CompoundStorage.assemble(store.create_file("all.cmp"), store, list(parts))  # (closes it)
    open_storage(tmp_path)  # (installs the in-place reading)
    return CompoundStorage(store.open_file("all.cmp")), parts


def test_parts_read_in_place_read_what_copies_read(tmp_path: Path) -> None:
    compound, parts = _compound(tmp_path)
    lines = compound.open_file("lines")
    assert type(lines).__name__ == "MappedPart"  # not a copy in a BytesIO
    copy = BufferFile(parts["lines"])
    for part in (lines, copy):
        assert part.file.readline() == b"first line\n"
        assert part.read(6) == b"second"
        part.seek(-6, 2)
        assert part.tell() == len(parts["lines"]) - 6
        assert part.read() == b"no end"
        assert part.read(3) == b""
        assert part.get(0, 5) == b"first"
    pickles = compound.open_file("pickles")
    assert pickles.read_pickle() == (3, 4.5, b"x")
    assert pickles.read_pickle() == BIG  # widened past its first window
    assert pickles.read_int() == 42
    pickles.close()
    assert pickles.is_closed


def test_a_library_index_reads_its_parts_in_place(library: Library) -> None:
    library.ensure_index()
    with library.index.searching() as searcher:
        postings = searcher.reader()._terms._postfile
        assert type(postings).__name__ == "MappedPart"
    assert library.search("climate").hits
