"""Writing a segment's posting lists at commit in one loop: the same bytes, in half the time.

At commit Whoosh hands every posting of the segment, sorted, to its field writer one at a
time: a call for the posting, another into the postings writer (with four type checks), and
one to look the document's field length up in the lengths file just written (a seek and a
read per posting); then, per term, a block object's statistics are gathered through six more
calls. That was about two thirds of a full build (1M words: 31 of 49 s on a slow machine)
and of each import's commit.

:func:`write_postings_in_one_loop` gives a writer's field writer a loop that does the same
work with local variables: each term's postings come at once (from the pool gathered by term,
:mod:`kzbrief.core.poolsort`; from Whoosh's own pool they are gathered here), the field
lengths are read once per field into a table, and each block is encoded and written as
Whoosh's own ``W3PostingsWriter`` writes it. The files are byte for byte the ones Whoosh
writes (``tests/core/test_fastwrite.py`` builds an index both ways and compares every file).
"""

from __future__ import annotations

import struct
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from hashlib import md5
from pickle import dumps
from typing import Any

#: Encoded blocks kept for reuse within a commit (cleared past this many).
ENCODED_KEPT = 20_000
#: (field name, term bytes, document number, weight, value bytes) as the pool yields them.
Posting = tuple[str, bytes, int, float, Any]


def tuned_writer(writer: Any) -> Any:
    """``writer`` (a new Whoosh segment writer) with its pool gathering postings by term
    (:func:`kzbrief.core.poolsort.gather_by_term`) and its field writer writing them in one
    loop (:func:`write_postings_in_one_loop`): what every index writer of the app is."""
    from kzbrief.core.poolsort import gather_by_term

    return write_postings_in_one_loop(gather_by_term(writer))


def write_postings_in_one_loop(writer: Any) -> Any:
    """Make ``writer``'s field writer (a Whoosh 3 codec's) write its postings in one loop;
    returns the writer. Another codec's writer is left as it is."""
    from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter

    fieldwriter: Any = getattr(writer, "fieldwriter", None)
    codec: Any = getattr(writer, "codec", None)
    if type(fieldwriter) is not W3FieldWriter or type(codec) is not W3Codec:
        return writer
    if codec._inlinelimit > 1:  # (Whoosh's inlining calls a method W3TermInfo names otherwise)
        return writer

    def add_postings(schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
        try:
            _add_postings(fieldwriter, schema, lengths, items)
        finally:  # (once per segment; and this function and the field writer refer to
            del fieldwriter.add_postings  # each other: a cycle only the collector would end)

    fieldwriter.add_postings = add_postings
    return writer


def _length_table(lengths: Any, fieldname: str) -> Sequence[int] | defaultdict[int, int]:
    """Every document's length of ``fieldname`` (0 for none), read in one go: what Whoosh's
    ``doc_field_length`` gives one document at a time (None there, 0 here, both unused)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.util.numeric import byte_to_length

    if lengths is None:  # (a codec that keeps no lengths; not Whoosh 3's)
        return defaultdict(int)
    count = lengths.doc_count_all()
    reader = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if reader is None:
        return [0] * (count + 1)
    stored = min(reader._count, count)
    raw = reader._dbfile.get(reader._basepos, stored) if stored else b""
    decoded = [0] + [byte_to_length(b) for b in range(1, 256)]
    # (one more than the documents: Whoosh accepts a document number equal to the count)
    return [decoded[b] for b in raw] + [0] * (count + 1 - len(raw))


def _add_postings(fieldwriter: Any, schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
    """Whoosh's ``FieldWriter.add_postings`` with ``W3FieldWriter``, ``W3PostingsWriter``,
    ``W3TermInfo`` and the terms file's ``OrderedHashWriter.add`` folded in: writes the same
    terms file rows and postings file bytes."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.system import pack_int, pack_long, pack_ushort
    from whoosh.util.numeric import length_to_byte

    codec = fieldwriter._codec
    blocklimit = codec._blocklimit
    compression = codec._compression
    raw = fieldwriter._postfile.file
    position = raw.tell()  # (only this loop writes the postings file from here)
    add_row = _row_writer(fieldwriter._tindex)
    fieldmap = fieldwriter._fieldmap
    pack_info = W3TermInfo._struct.pack
    length_bytes: dict[int | None, int] = {}
    # Blocks of one posting and block facts already encoded, by value: the terms that
    # occur once in a document mostly share both (a third of the blocks of an import;
    # dumps and compress were a quarter of its commit). Longer blocks rarely repeat.
    encoded: dict[tuple[Any, ...], bytes] = {}

    def length_byte(length: int | None) -> int:
        found = length_bytes.get(length)
        if found is None:
            found = length_bytes[length] = length_to_byte(length)
        return found

    fixedsize: int | None = None

    def write_term(
        key: bytes,
        ids: Sequence[int],
        weights: Sequence[float],
        values: Sequence[bytes | None],
        sizes: list[int],
    ) -> None:
        """Write one term's postings in blocks, and its row of the terms file (what
        ``W3TermInfo.add_block`` and ``to_bytes`` make of its blocks, worked out here)."""
        nonlocal position
        count = len(ids)
        total_weight = 0.0
        top_weight: float = 0
        shortest: int | None = None
        longest = 0
        chunks = [WHOOSH3_HEADER_MAGIC]
        for first in range(0, count, blocklimit):
            last = first + blocklimit >= count
            if first == 0 and last:  # (one block: most terms)
                block_ids, block_weights, block_sizes = ids, weights, sizes
                block_values = [v for v in values if v]
            else:
                block_ids = ids[first : first + blocklimit]
                block_weights = weights[first : first + blocklimit]
                block_sizes = sizes[first : first + blocklimit]
                block_values = [v for v in values[first : first + blocklimit] if v]
            stored = array("f", block_weights)  # (as Whoosh keeps them: 32-bit)
            maxweight = max(block_weights)
            if maxweight <= 0:  # (as W3TermInfo.add_block: never below 0)
                maxweight = 0
            present = [size for size in block_sizes if size]
            minlength = min(present) if present else None
            maxlength = max(present) if present else 0
            total_weight += sum(stored)
            if minlength is not None and (shortest is None or minlength < shortest):
                shortest = minlength
            if maxlength > longest:
                longest = maxlength
            if maxweight > top_weight:
                top_weight = maxweight
            if stored.count(1.0) == len(stored):
                mini_weights: Any = None
            elif stored.count(stored[0]) == len(stored):
                mini_weights = stored[0]
            else:
                mini_weights = tuple(stored)
            if fixedsize is None or fixedsize < 0:
                mini_values: Any = tuple(block_values)
            elif fixedsize == 0:
                mini_values = None
            else:
                mini_values = b"".join(block_values)
            previous, gaps = 0, []
            for number in block_ids:
                gaps.append(number - previous)
                previous = number
            block = (tuple(gaps), mini_weights, mini_values)
            data = encoded.get(block) if len(gaps) == 1 else None
            if data is None:
                data = dumps(block, 2)
                if compression:
                    data = zlib.compress(data, compression)
                if len(gaps) == 1:
                    encoded[block] = data
            facts = (
                len(block_ids),
                block_ids[-1],
                maxweight,
                compression,
                length_byte(minlength),
                length_byte(maxlength),
            )
            kept = (*facts, type(maxweight))  # (0 and 0.0 are equal, but pickle apart)
            info = encoded.get(kept)
            if info is None:
                info = encoded[kept] = dumps(facts, 2)
            if len(encoded) > ENCODED_KEPT:
                encoded.clear()
            size = len(info) + len(data)
            chunks += (pack_int(-size if last else size), info, data)
        written = b"".join(chunks)
        raw.write(written)
        row = pack_info(
            0,  # (not inlined)
            total_weight,
            count,
            0 if shortest is None else length_byte(shortest),
            length_byte(longest),
            top_weight,
            ids[0],
            ids[-1],
        )
        add_row(key, row + pack_long(position) + pack_int(len(written)))
        position += len(written)

    fieldid = 0
    table: Sequence[int] | defaultdict[int, int] = []
    lastfn: str | None = None

    def start_field(fieldname: str) -> None:
        nonlocal fieldid, fixedsize, table, lastfn
        if fieldname not in fieldmap:
            fieldmap[fieldname] = len(fieldmap)
        fieldid = fieldmap[fieldname]
        fixedsize = schema[fieldname].format.fixed_value_size()
        table = _length_table(lengths, fieldname)
        lastfn = fieldname

    terms = getattr(items, "terms", None)
    spelling = any(schema[name].separate_spelling() for name in schema.names())
    if terms is not None and not spelling:  # each term's postings at once, in document order
        for fieldname, btext, (ids, weights, values) in terms():
            if fieldname != lastfn:
                start_field(fieldname)
            write_term(pack_ushort(fieldid) + btext, ids, weights, values, [table[d] for d in ids])
        return

    key = b""
    ids_: list[int] = []
    weights_: list[float] = []
    values_: list[bytes | None] = []
    sizes_: list[int] = []
    lasttext: bytes | None = None
    for fieldname, btext, docnum, weight, value in items:
        if fieldname != lastfn:
            if lasttext is not None:
                write_term(key, ids_, weights_, values_, sizes_)
            start_field(fieldname)
            lasttext = None
        if docnum == -1:  # (Whoosh: a word for the spelling graph, not a posting)
            continue
        if btext != lasttext:
            if lasttext is not None:
                write_term(key, ids_, weights_, values_, sizes_)
            key = pack_ushort(fieldid) + btext
            ids_, weights_, values_, sizes_ = [], [], [], []
            lasttext = btext
        ids_.append(docnum)
        weights_.append(weight)
        values_.append(value)
        sizes_.append(table[docnum])
    if lasttext is not None:
        write_term(key, ids_, weights_, values_, sizes_)


def _row_writer(tindex: Any) -> Callable[[bytes, bytes], None]:
    """A function that adds a row to the terms file ``tindex`` (Whoosh's ``OrderedHashWriter``
    with its MD5 hash) as its ``add`` does, without the calls per row; its ``add`` itself for
    any other kind."""
    from whoosh.filedb.filetables import OrderedHashWriter, md5_hash

    if type(tindex) is not OrderedHashWriter or tindex.hashfn is not md5_hash:
        return tindex.add  # type: ignore[no-any-return]
    dbfile = tindex.dbfile
    raw = dbfile.file
    index = tindex.index
    buckets = tindex.buckets
    lengths = struct.Struct("!ii").pack  # (filetables._lengths)
    where = dbfile.tell()

    def add_row(key: bytes, value: bytes) -> None:
        nonlocal where
        if key <= tindex.lastkey:
            raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{key!r}")
        index.append(where)
        row = lengths(len(key), len(value)) + key + value
        raw.write(row)
        # md5_hash: the low 32 bits of the key's MD5, as a number
        hashed = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")
        buckets[hashed & 255].append((hashed, where))
        where += len(row)
        tindex.lastkey = key

    return add_row
