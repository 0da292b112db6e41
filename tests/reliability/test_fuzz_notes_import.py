"""``notes import`` fed mutated W3C annotation JSON: each file imports whole or not at all.

Starting from a valid export, a seeded mutator flips types, drops keys, plants huge strings
and deep nesting, breaks selectors and bytes. Every file must either import (each of its
annotations added or skipped as a duplicate) or be refused with BadInputError, leaving the
notes exactly as they were. Each call has a time bound. A few hundred files run through
Library.import_notes in this process; a sample runs through ``kzbrief notes import``.
"""

from __future__ import annotations

import copy
import json
import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kzbrief.core.errors import BadInputError
from kzbrief.core.service import Library

SEED = random.randrange(1 << 30)
FILES = 400
CLI_FILES = 8
PER_CALL_S = 20

ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5e308,
    "",
    "x" * 1_000_000,
    "urn:uuid:not-a-uuid",
    [],
    {},
    [None],
    {"type": "TextQuoteSelector"},
    "\ud800",
    "\x00",
]
SELECTOR_BREAKS: list[dict[str, Any]] = [
    {"type": "TextPositionSelector", "start": 50, "end": 10},
    {"type": "TextPositionSelector", "start": -5, "end": 2**62},
    {
        "type": "TextQuoteSelector",
        "exact": "not in the briefing at all",
        "prefix": "",
        "suffix": "",
    },
    {"type": "TextQuoteSelector", "exact": ""},
    {"type": "FragmentSelector", "value": "page=1"},
    {"type": "RangeSelector", "startSelector": {}, "endSelector": {}},
    {"type": "TextQuoteSelector", "exact": "y", "refinedBy": {"type": "TextQuoteSelector"}},
]


def _paths(value: Any, here: tuple = ()) -> Iterator[tuple]:
    yield here
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*here, index))


def _set(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


def _drop(document: Any, path: tuple) -> Any:
    if not path:
        return document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return document


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def mutate(valid: dict[str, Any], text: str, rng: random.Random) -> bytes:
    """One mutated file (bytes, since some mutations are not valid JSON any more)."""
    document = copy.deepcopy(valid)
    paths = list(_paths(document))
    kind = rng.randrange(9)
    if kind == 0:  # flip a value's type
        document = _set(document, rng.choice(paths), rng.choice(ODD_VALUES))
    elif kind == 1:  # drop a key
        document = _drop(document, rng.choice(paths))
    elif kind == 2:  # several mutations at once
        for _ in range(rng.randint(2, 6)):
            paths = list(_paths(document))
            path = rng.choice(paths)
            try:
                if rng.random() < 0.5:
                    document = _set(document, path, rng.choice(ODD_VALUES))
                else:
                    document = _drop(document, path)
            except (KeyError, IndexError, TypeError):
                pass
    elif kind == 3:  # wrong selectors
        selectors = [p for p in paths if p and p[-1] == "selector"]
        if selectors:
            document = _set(document, rng.choice(selectors), rng.sample(SELECTOR_BREAKS, 2))
    elif kind == 4:  # a huge string in a text field
        texts = [p for p in paths if p and p[-1] in {"value", "exact", "prefix", "id", "source"}]
        if texts:
            document = _set(document, rng.choice(texts), "é" * rng.choice([10**5, 3 * 10**6]))
    elif kind == 5:  # deep nesting where a value belongs
        marker = "\u0000NEST\u0000"
        document = _set(document, rng.choice(paths[1:]), marker)
        raw = json.dumps(document)
        depth = rng.choice([40, 1_000, 200_000])
        return raw.replace(json.dumps(marker), _nested(depth)).encode()
    elif kind == 6:  # truncated
        raw = text.encode()
        return raw[: rng.randrange(len(raw))]
    elif kind == 7:  # flipped bytes
        raw = bytearray(text.encode())
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    else:  # duplicate ids inside one file, or the same annotation twice
        items = document["first"]["items"]
        items.append(copy.deepcopy(rng.choice(items)))
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


class Overtime(Exception):
    pass


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    def overtime(signum: int, frame: object) -> None:
        raise Overtime()

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def valid_export(tmp_path: Path, passages) -> tuple[dict[str, Any], str]:
    source = Library(tmp_path / "source")
    for number, (section, quote) in enumerate(passages(source)[:6]):
        source.add_note(section, quote, note=f"note {number} *with* Markdown", tags=["t", "u"])
    text = source.export_text("json")
    source.close()
    return json.loads(text), text


def _state(library: Library) -> tuple[frozenset[str], int]:
    return frozenset(n.id for n in library.notes()), library.store.data_version


def test_mutated_annotation_files_import_whole_or_not_at_all(
    library: Library, tmp_path: Path, valid_export, tally
) -> None:
    valid, text = valid_export
    rng = random.Random(SEED)
    outcomes = {"imported": 0, "refused": 0}
    for number in range(FILES):
        path = tmp_path / f"mutant-{number}.json"
        path.write_bytes(mutate(valid, text, rng))
        before_ids, before_version = _state(library)
        try:
            with time_bound(PER_CALL_S):
                report = library.import_notes(path)
        except BadInputError as exc:
            assert "\n" not in str(exc) and len(str(exc)) < 2_000, (SEED, number)
            assert _state(library) == (before_ids, before_version), (SEED, number)
            outcomes["refused"] += 1
        except Overtime:
            pytest.fail(f"import took over {PER_CALL_S} s (seed {SEED}, file {number})")
        else:
            after_ids, _ = _state(library)
            assert before_ids <= after_ids, (SEED, number)
            assert len(after_ids - before_ids) == report["imported"], (SEED, number)
            outcomes["imported"] += 1
        path.unlink()
    assert library.store.integrity_check() == "ok"
    assert outcomes["imported"] and outcomes["refused"], outcomes  # both paths were taken
    tally["files fuzzed (notes import)"] += FILES


def test_mutated_files_through_the_cli_exit_0_or_2_with_one_line(
    data_dir: Path, tmp_path: Path, valid_export, kzbrief
) -> None:
    valid, text = valid_export
    rng = random.Random(SEED + 1)
    for number in range(CLI_FILES):
        path = tmp_path / f"cli-mutant-{number}.json"
        path.write_bytes(mutate(valid, text, rng))
        result = kzbrief("notes", "import", str(path), timeout=60)
        assert result.code in (0, 2), (SEED, number, result.err)
        if result.code == 2:
            assert len(result.err.strip().splitlines()) == 1, result.err
            assert "Traceback" not in result.err
