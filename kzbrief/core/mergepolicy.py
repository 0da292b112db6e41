"""When the index's small segments are merged: in tiers, a few of about the same size at a time.

Every note saved (each autosave too) commits a segment of one document. Whoosh's own policy
(``MERGE_SMALL``) then merges every small segment into one each fifth commit or so, the
growing segment of all notes with them: its cost grew with the notes (31 notes: 150 ms of
Python on the worker, holding the interpreter lock in short C calls that the window's
redraws queue behind, seen as 120-150 ms stalls; issue 18), and the user paid it every few
notes. Here segments are grouped in tiers by size (1-7 documents, 8-63, 64-511, ...) and
only a full tier is merged: :data:`FAN_IN` segments of about the same size, into one of the
next tier. A document is rewritten once per tier it climbs, so the cost per note stays
small and bounded (a few documents' worth in most commits, eight times more once in eight
merges), and the number of segments stays at most ``FAN_IN - 1`` per tier. Segments above
:data:`LARGEST_MERGED` documents (a briefing's, a rebuilt index's) are left alone.
"""

from __future__ import annotations

from typing import Any

#: Segments of one tier merged together (and the ratio of one tier's sizes to the next).
FAN_IN = 8
#: Segments with more documents than this are never merged by a commit.
LARGEST_MERGED = 4096


def tier(documents: int) -> int:
    """The tier of a segment of ``documents`` documents: 0 for 1-7, 1 for 8-63, ..."""
    level, size = 0, max(1, documents)
    while size >= FAN_IN:
        size //= FAN_IN
        level += 1
    return level


def merge_in_tiers(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy (``writer.commit(mergetype=merge_in_tiers)``): merges the
    lowest tier that holds :data:`FAN_IN` segments into ``writer``; returns the segments
    kept as they are."""
    from whoosh.reading import SegmentReader

    tiers: dict[int, list[Any]] = {}
    for segment in segments:
        count = segment.doc_count_all()
        if count <= LARGEST_MERGED:
            tiers.setdefault(tier(count), []).append(segment)
    full = [level for level, members in tiers.items() if len(members) >= FAN_IN]
    if not full:
        return segments
    merged = tiers[min(full)][:FAN_IN]
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [s for s in segments if all(s is not m for m in merged)]
