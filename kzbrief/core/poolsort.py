"""Whoosh's posting pool, sorted in turns: a build that never holds the interpreter for long.

At commit, Whoosh sorts every posting a segment collected with one ``sorted()`` call (and
sorts its buffer the same way each time it spills a run to disk). One C call holds Python's
interpreter lock from start to end: rebuilding an index of 130,000 words behind the window
held it for 120-150 ms, during which the window could not draw (issue 18's stalls), and a
million words for seconds. Sorted in chunks and merged lazily, the same postings come out in
the same order; each chunk holds the lock for about 8 ms, the merge hands it back between
postings, and the whole costs no more (1M postings here: 1.40 s in one sort, 1.33 s in turns
of 20,000, 1.24 s in turns of 50,000 but 26 ms each).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

#: Postings sorted in one go (about 8 ms of C with the interpreter lock held).
CHUNK = 20_000


def sorted_in_turns(items: list[Any]) -> Iterator[Any]:
    """The items of ``items`` in sorted order, as ``sorted`` gives them, chunk by chunk."""
    chunks = [sorted(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    if len(chunks) == 1:
        return iter(chunks[0])
    return heapq.merge(*chunks)


def sort_in_turns(writer: Any) -> Any:
    """Make ``writer``'s posting pool (a Whoosh ``SegmentWriter``'s) sort in turns; returns
    the writer."""
    pool = writer.pool
    spill_sorted = type(pool).items

    def items(maxfiles: int = 128) -> Any:
        if not pool.runs:  # all in memory (Whoosh: ``sorted(self.current)``)
            return sorted_in_turns(pool.current)
        return spill_sorted(pool, maxfiles)  # (it saves the rest through ``save`` below)

    def save() -> None:
        current = pool.current
        if current:
            path, file = pool._new_run()
            pool._write_run(file, sorted_in_turns(current))
            pool._add_run(path)
            pool.current = []
        pool.currentsize = 0

    pool.items = items
    pool.save = save
    return writer
