"""Large JSON written in pieces: the same bytes as json.dumps, never one long call (issue 18)."""

from __future__ import annotations

import json

from kzbrief.core.jsonwrite import PIECE, dumps_bytes, encoded_pieces

VALUE = {
    "title": "Қазақстан: права человека",
    "sections": [
        {"id": f"s{n}", "paragraphs": [{"text": "Ö “quoted” \\ text " * 40, "n": n}]}
        for n in range(400)
    ],
    "empty": {},
    "none": None,
    "numbers": [1, 2.5, -3],
}


def test_the_bytes_are_json_dumps_s() -> None:
    expected = json.dumps(VALUE, ensure_ascii=False, indent=1)
    assert dumps_bytes(VALUE) == (expected + "\n").encode("utf-8")
    assert dumps_bytes(VALUE, end="") == expected.encode("utf-8")
    assert dumps_bytes({"a": 1}, indent=2) == b'{\n  "a": 1\n}\n'


def test_the_text_is_joined_and_encoded_a_piece_at_a_time() -> None:
    pieces = list(encoded_pieces(VALUE))
    assert len(pieces) >= 5  # (421 KB)
    # (each piece: PIECE characters and the chunk that passed it; a character is up to 3
    # bytes here)
    assert max(len(p) for p in pieces) < 3 * (PIECE + 2_000)
