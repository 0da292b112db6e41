"""Whoosh's posting pool, gathered by term: no sort of every posting at commit.

Whoosh's pool keeps a segment's postings, ``(field, term, document, weight, value)``, in one
list, and at commit sorts it with one ``sorted()`` call (and sorts its buffer the same way
each time it spills a run to disk). That call held Python's interpreter lock from start to
end (rebuilding 130,000 words behind the window: 120-150 ms in which the window could not
draw, issue 18's stalls; a million words: seconds); sorted in turns and merged in Python
instead, the merge was a fifth of a commit.

Here each posting goes into its term's lists (document numbers and weights in arrays, values
in a list) as the document is added, without a tuple per posting. A writer numbers the
documents in the order they are added (and the documents a merge brings in after them, each
segment's in its own order), so a term's postings are in document order already: only the
terms are sorted, in turns of :data:`CHUNK` (about 8 ms of the lock each) merged lazily. The
postings come out in the order ``sorted()`` gives them (the index files are byte for byte
Whoosh's: ``tests/core/test_fastwrite.py``), and the field writer of
:mod:`kzbrief.core.fastwrite` takes each term's postings at once. A 1M-word rebuild's peak
memory went from 545 to 295 MB.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterator
from typing import Any

#: Items sorted in one go (about 8 ms of C with the interpreter lock held).
CHUNK = 20_000

#: What Whoosh's pool counts for each posting besides its field name, term and value: the
#: tuple, the strings' and numbers' own sizes (``PostingPool.add``).
_POSTING_OVERHEAD = 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21

#: A term's postings as the pool keeps them: document numbers, weights, values.
Postings = tuple[array, array, list[Any]]
#: What a writer that :func:`gather_by_term` changed offers a build's helper process
#: (:mod:`kzbrief.core.helperbuild`), besides its ``add_document``.
HELPED = ("gather_only", "add_gathered", "take_postings", "gathered")


def can_be_helped(writer: Any) -> bool:
    """Whether ``writer`` offers :data:`HELPED` (Whoosh's own writer does not)."""
    return all(name in vars(writer) for name in HELPED)


def sorted_in_turns(items: list[Any]) -> Iterator[Any]:
    """The items of ``items`` in sorted order, as ``sorted`` gives them, chunk by chunk."""
    chunks = [sorted(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    if len(chunks) == 1:
        return iter(chunks[0])
    return heapq.merge(*chunks)


class TermOrder:
    """A pool's postings in sorted order: iterated, one posting at a time (as Whoosh's
    field writer takes them); :meth:`terms`, each term with its postings at once."""

    def __init__(self, fields: dict[str, dict[bytes, Postings]]) -> None:
        self._fields = fields

    def terms(self) -> Iterator[tuple[str, bytes, Postings]]:
        """``(field, term, (documents, weights, values))`` for each term, in order."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for text in sorted_in_turns(list(terms)):
                yield fieldname, text, terms[text]

    def __iter__(self) -> Iterator[tuple[str, bytes, int, float, Any]]:
        for fieldname, text, (documents, weights, values) in self.terms():
            for posting in zip(documents, weights, values, strict=True):
                yield (fieldname, text, *posting)


def gather_by_term(writer: Any) -> Any:
    """Make ``writer``'s posting pool (a Whoosh ``SegmentWriter``'s) gather its postings by
    term; returns the writer. A posting is counted against the pool's limit as Whoosh counts
    it, and past the limit the pool spills a sorted run to disk as Whoosh's does (and merges
    the runs back as Whoosh's does). Whoosh's checks of each posting's types are left out:
    our fields make them."""
    schema = writer.schema
    if any(schema[name].separate_spelling() or schema[name].vector for name in schema.names()):
        return writer  # (spelling words come out of document order; vectors: not taken here)
    pool = writer.pool
    spill_sorted = type(pool).items
    limit = pool.limit
    fields: dict[str, dict[bytes, Postings]] = {}

    def add(item: tuple[str, bytes, int, float, Any]) -> None:
        fieldname, text, document, weight, value = item
        pool.currentsize += _POSTING_OVERHEAD + len(fieldname) + len(text) * 2 + len(value or "")
        if pool.currentsize > limit:
            save()
        terms = fields.get(fieldname)
        if terms is None:
            terms = fields[fieldname] = {}
        postings = terms.get(text)
        if postings is None:
            terms[text] = (array("I", (document,)), array("d", (weight,)), [value])
        else:
            postings[0].append(document)
            postings[1].append(weight)
            postings[2].append(value)

    def items(maxfiles: int = 128) -> Any:
        if not pool.runs:  # all in memory
            return TermOrder(fields)
        return spill_sorted(pool, maxfiles)  # (it saves the rest through ``save`` below)

    def save() -> None:
        if fields:
            path, file = pool._new_run()
            pool._write_run(file, iter(TermOrder(fields)))  # (written before the clear)
            pool._add_run(path)
            fields.clear()
        pool.currentsize = 0

    def gather(document: int, values: dict[str, Any], names: list[str]) -> tuple[dict, int]:
        """Put the postings of the fields ``names`` of document number ``document`` into
        their terms' lists; returns each indexed field's length and what the postings
        count against the pool's limit."""
        boost = writer._doc_boost(values)
        lengths: dict[str, int] = {}
        size = 0
        for fieldname in names:
            value = values[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            if not field.indexed:
                continue
            field_boost = writer._field_boost(values, fieldname, boost)
            scorable = field.scorable
            terms = fields.get(fieldname)
            if terms is None:
                terms = fields[fieldname] = {}
            each = _POSTING_OVERHEAD + len(fieldname)
            length = 0
            for text, frequency, weight, encoded in field.index(value):
                weight *= field_boost
                if scorable:
                    length += frequency
                size += each + len(text) * 2 + len(encoded or "")
                postings = terms.get(text)
                if postings is None:
                    terms[text] = (array("I", (document,)), array("d", (weight,)), [encoded])
                else:
                    postings[0].append(document)
                    postings[1].append(weight)
                    postings[2].append(encoded)
            lengths[fieldname] = length
        return lengths, size

    def field_names(values: dict[str, Any]) -> list[str]:
        names = sorted(name for name in values if not name.startswith("_"))
        writer._check_fields(schema, names)
        return names

    def add_with(values: dict[str, Any], names: list[str], postings: Any) -> None:
        """Whoosh's ``SegmentWriter.add_document`` for a document whose field values are
        ``values``: ``postings(document number)`` puts its postings in the pool and gives
        its fields' lengths and size (:func:`gather`, or what a helper gathered)."""
        writer._check_state()
        perdocwriter = writer.perdocwriter
        document = writer.docnum
        perdocwriter.start_doc(document)
        try:
            lengths, size = postings(document)
            for fieldname in names:
                value = values[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                kept = values.get(f"_stored_{fieldname}", value)
                length = lengths.get(fieldname, 0)
                perdocwriter.add_field(fieldname, field, kept if field.stored else None, length)
                column = field.column_type
                if column and kept is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(kept))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        writer._added = True
        writer.docnum += 1
        pool.currentsize += size
        if pool.currentsize > limit:
            save()

    def whole_documents(**values: Any) -> None:
        """Whoosh's ``SegmentWriter.add_document``, its postings put straight into their
        terms' lists (no tuple per posting, no call per posting)."""
        names = field_names(values)
        add_with(values, names, lambda document: gather(document, values, names))

    def gather_only(document: int, values: dict[str, Any]) -> tuple[dict, int]:
        """In a helper process (:mod:`kzbrief.core.helperbuild`): only the postings of
        ``values`` as document number ``document``, into this copy of the pool (never
        spilled: the files are the parent's); (lengths, size) as :func:`gather` gives."""
        return gather(document, values, field_names(values))

    def add_gathered(values: dict[str, Any], lengths: dict[str, int], size: int) -> None:
        """The next document, whose postings a helper gathered (:func:`take_postings`)."""
        add_with(values, field_names(values), lambda _document: (lengths, size))

    def take_postings(gathered: dict[str, dict[bytes, Postings]]) -> None:
        """Add a helper's postings, of documents numbered after every one added here, to
        their terms' lists (each term's stay in document order)."""
        for fieldname, theirs in gathered.items():
            ours = fields.get(fieldname)
            if ours is None:
                fields[fieldname] = theirs
                continue
            for text, (documents, weights, values) in theirs.items():
                postings = ours.get(text)
                if postings is None:
                    ours[text] = (documents, weights, values)
                else:
                    postings[0].extend(documents)
                    postings[1].extend(weights)
                    postings[2].extend(values)

    def cleanup() -> None:
        """At the writer's end (commit or cancel): let go of the postings at once, and of
        the functions here, which refer to the pool and the writer that refer to them (a
        cycle that kept every posting of a build alive until the collector found it)."""
        fields.clear()
        for name in ("items", "save", "add", "cleanup"):
            vars(pool).pop(name, None)
        for name in ("add_document", *HELPED):
            vars(writer).pop(name, None)
        pool.cleanup()

    pool.items = items
    pool.save = save
    pool.add = add
    pool.cleanup = cleanup
    writer.add_document = whole_documents
    writer.gather_only = gather_only
    writer.add_gathered = add_gathered
    writer.take_postings = take_postings
    writer.gathered = lambda: fields
    return writer
