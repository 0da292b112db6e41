"""Large JSON files are decoded with a call back into Python per object, so that the window's
thread can take the interpreter lock meanwhile (issue 18)."""

from __future__ import annotations

import json

import pytest

from kzbrief.core import jsonread

DOCUMENT = {
    "id": "kz-2023",
    "title": "Қазақстан: адам құқықтары",
    "sections": [
        {"id": f"s{i}", "paragraphs": [{"id": f"p{j}", "text": "ё ә " * j} for j in range(3)]}
        for i in range(4)
    ],
    "numbers": [1, 2.5, -3e-7, None, True],
}


def test_it_decodes_what_json_decodes() -> None:
    text = json.dumps(DOCUMENT, ensure_ascii=False, indent=1)
    assert jsonread.loads(text) == json.loads(text) == DOCUMENT
    assert jsonread.loads(text.encode("utf-8")) == DOCUMENT


def test_it_comes_back_to_python_for_every_object(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict] = []
    monkeypatch.setattr(jsonread, "_as_is", lambda value: seen.append(value) or value)
    jsonread.loads(json.dumps(DOCUMENT))
    assert len(seen) == 1 + 4 + 4 * 3  # the document, its sections, their paragraphs


def test_bad_json_is_a_value_error_as_before() -> None:
    with pytest.raises(ValueError):
        jsonread.loads('{"sections": [')
