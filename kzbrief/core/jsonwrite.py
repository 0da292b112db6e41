"""Writing large JSON while the window runs.

``json.dumps(value, indent=1)`` makes its text in Python, a piece at a time (other threads
get the interpreter lock between pieces), but then joins the pieces into one string, adds
the line end and encodes it to UTF-8: for the 10 MB ``briefing.json`` of a 5 MB report,
three calls into C of 20, 14 and 12 ms, each holding the lock throughout, and the window's
thread, waiting for it, stalled (issue 18). Here the pieces are joined and encoded
:data:`PIECE` characters at a time, and only bytes are joined at the end (a copy, 1-2 ms).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

#: About how many characters are joined and encoded in one call.
PIECE = 64 * 1024


def encoded_pieces(value: Any, *, indent: int = 1, end: str = "\n") -> Iterator[bytes]:
    """``(json.dumps(value, ensure_ascii=False, indent=indent) + end).encode()``, in pieces
    of about :data:`PIECE` characters."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    buffer: list[str] = []
    size = 0
    for chunk in encoder.iterencode(value):
        buffer.append(chunk)
        size += len(chunk)
        if size >= PIECE:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    buffer.append(end)
    yield "".join(buffer).encode("utf-8")


def dumps_bytes(value: Any, *, indent: int = 1, end: str = "\n") -> bytes:
    """The same bytes as ``(json.dumps(value, ensure_ascii=False, indent=indent) + end)
    .encode()``, without a call that holds the interpreter lock for long."""
    return b"".join(encoded_pieces(value, indent=indent, end=end))
