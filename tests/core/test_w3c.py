"""W3C Web Annotation JSON: the shape written, lossless round trips, and strict reading of
one annotation, a list, a page or a collection, where a hostile file changes nothing."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kzbrief.core import notestore, w3c
from kzbrief.core.annotations import Note
from kzbrief.core.errors import DataError
from kzbrief.core.service import Library
from kzbrief.core.w3c import (
    ANNO_CONTEXT,
    AnnotationFileError,
    dumps,
    parse_document,
    read_annotation_file,
    to_annotation,
    to_collection,
)

QUOTE = "greenhouse gas emissions"


def export_json(library: Library) -> str:
    """What the JSON export (issue 6) builds from this serialiser."""
    notes = library.notes()
    return dumps(to_collection(to_annotation(n, standalone=False) for n in notes))


def sample_notes(library: Library) -> list[Note]:
    return [
        library.add_note("climate", QUOTE, note="**Check** the 2019 figures", tags=["climate"]),
        library.add_note("trials", "activists received long prison terms", colour="pink"),
        library.add_note(
            "overview", "Kazakhstan", note="Ünïcödé — «quotes»", tags=["a", "b-c"], colour="blue"
        ),
    ]


def annotation(**changes: Any) -> dict[str, Any]:
    """A valid standalone annotation on the bundled climate section, with ``changes``."""
    data: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": "urn:uuid:6f1c9a3e-2b7d-4c1e-9a51-3d2f0e8b7c11",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2024-03-01T10:00:00Z",
        "modified": "2024-03-02T11:30:00Z",
        "body": [
            {"type": "TextualBody", "value": "A note", "format": "text/markdown"},
            {"type": "TextualBody", "purpose": "tagging", "value": "Climate"},
        ],
        "target": {
            "source": "urn:kzbrief:section:kazakhstan-2023:climate",
            "selector": [
                {"type": "TextQuoteSelector", "exact": QUOTE, "prefix": "", "suffix": ""},
                {"type": "TextPositionSelector", "start": 128, "end": 152},
            ],
        },
    }
    data.update(changes)
    return data


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# -- writing --------------------------------------------------------------------------------------
def test_a_note_as_a_w3c_annotation(library: Library) -> None:
    note = sample_notes(library)[0]
    data = to_annotation(note, briefing_title="Kazakhstan", section_title="Climate policy")
    assert data["@context"][0] == ANNO_CONTEXT
    assert data["id"] == note.id and data["type"] == "Annotation"
    assert data["motivation"] == "commenting"
    assert data["body"] == [
        {
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/markdown",
            "value": "**Check** the 2019 figures",
        },
        {"type": "TextualBody", "purpose": "tagging", "value": "climate"},
    ]
    target = data["target"]
    assert target["source"] == "urn:kzbrief:section:kazakhstan-2023:climate"
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == QUOTE
    assert quote["prefix"] == note.anchor.prefix and quote["suffix"] == note.anchor.suffix
    assert position == {"type": "TextPositionSelector", "start": 128, "end": 152}
    assert data["kzbrief:colour"] == "yellow" and data["kzbrief:edition"] == 2
    assert data["kzbrief:sectionTitle"] == "Climate policy"
    highlight = to_annotation(sample_notes(library)[1], standalone=False)
    assert "@context" not in highlight and "body" not in highlight
    assert highlight["motivation"] == "highlighting"


def test_export_import_export_is_identical(library: Library, tmp_path: Path) -> None:
    sample_notes(library)
    first = export_json(library)
    path = tmp_path / "notes.json"
    path.write_text(first, encoding="utf-8")
    fresh = Library(tmp_path / "fresh")
    assert fresh.import_notes(path) == {"imported": 3, "duplicate": 0, "orphaned": 0}
    assert export_json(fresh) == first
    assert [n.to_dict() for n in fresh.notes()] == [n.to_dict() for n in library.notes()]
    fresh.close()


def test_round_trip_through_the_parser_keeps_every_field(library: Library) -> None:
    notes = sample_notes(library)
    parsed = parse_document(json.loads(dumps([to_annotation(n) for n in notes])))
    for original, back in zip(notes, parsed, strict=True):
        assert back.id == original.id and back.anchor == original.anchor
        assert (back.body, back.tags, back.colour) == (
            original.body,
            original.tags,
            original.colour,
        )
        assert (back.created, back.modified, back.edition) == (
            original.created,
            original.modified,
            original.edition,
        )


# -- importing ------------------------------------------------------------------------------------
def as_list(doc: dict[str, Any]) -> Any:
    return [doc]


def as_page(doc: dict[str, Any]) -> Any:
    item = {k: v for k, v in doc.items() if k != "@context"}
    return {"@context": ANNO_CONTEXT, "type": "AnnotationPage", "items": [item]}


def as_collection(doc: dict[str, Any]) -> Any:
    item = {k: v for k, v in doc.items() if k != "@context"}
    return {
        "@context": [ANNO_CONTEXT],
        "id": "http://example.org/collection/1",
        "type": "AnnotationCollection",
        "total": 1,
        "first": {"type": "AnnotationPage", "items": [item]},
    }


@pytest.mark.parametrize("shape", [lambda d: d, as_list, as_page, as_collection])
def test_import_one_list_page_or_collection(library: Library, tmp_path: Path, shape) -> None:
    path = write(tmp_path / "in.json", shape(annotation()))
    assert library.import_notes(path) == {"imported": 1, "duplicate": 0, "orphaned": 0}
    (note,) = library.notes()
    assert note.id == "urn:uuid:6f1c9a3e-2b7d-4c1e-9a51-3d2f0e8b7c11"
    assert note.quote == QUOTE and note.status == "anchored" and note.anchor.start == 128
    assert note.body == "A note" and note.tags == ("climate",)
    assert (note.created, note.modified) == ("2024-03-01T10:00:00Z", "2024-03-02T11:30:00Z")
    assert library.import_notes(path) == {"imported": 0, "duplicate": 1, "orphaned": 0}
    assert len(library.notes()) == 1


def test_collection_pages_chained_in_the_file_are_all_read(
    library: Library, tmp_path: Path
) -> None:
    second = annotation(id="urn:uuid:0b5e6a7c-1111-4c1e-9a51-3d2f0e8b7c11")
    doc = as_collection(annotation())
    doc["total"] = 2
    doc["first"]["next"] = as_page(second)
    del doc["first"]["next"]["@context"]
    assert library.import_notes(write(tmp_path / "c.json", doc))["imported"] == 2


def test_duplicates_are_skipped_by_id(library: Library, tmp_path: Path) -> None:
    existing = library.add_note("climate", QUOTE, note="mine")
    mine = to_annotation(existing)
    mine["body"][0]["value"] = "changed elsewhere"
    new = annotation()
    doc = [mine, new, copy.deepcopy(new)]
    report = library.import_notes(write(tmp_path / "d.json", doc))
    assert report == {"imported": 1, "duplicate": 2, "orphaned": 0}
    assert library.note(existing.id).body == "mine"  # the stored note is not overwritten


def test_imported_notes_are_placed_in_the_current_text(library: Library, tmp_path: Path) -> None:
    shifted = annotation(id="urn:uuid:00000000-0000-4000-8000-000000000001")
    shifted["target"]["selector"][1] = {"type": "TextPositionSelector", "start": 5, "end": 29}
    lost = annotation(id="urn:uuid:00000000-0000-4000-8000-000000000002")
    lost["target"]["selector"][0]["exact"] = "a passage this edition does not have"
    elsewhere = annotation(id="urn:uuid:00000000-0000-4000-8000-000000000003")
    elsewhere["target"]["source"] = "urn:kzbrief:section:another-briefing:intro"
    foreign = annotation(id="http://example.org/annotations/42")
    report = library.import_notes(write(tmp_path / "p.json", [shifted, lost, elsewhere, foreign]))
    assert report == {"imported": 4, "duplicate": 0, "orphaned": 2}
    statuses = {n.id[-1]: n.status for n in library.notes()}
    assert statuses["1"] == "moved" and statuses["2"] == "orphaned" and statuses["3"] == "orphaned"
    again = library.import_notes(write(tmp_path / "f.json", [foreign]))
    assert again == {"imported": 0, "duplicate": 1, "orphaned": 0}  # stable id for foreign IRIs


def test_html_in_a_markdown_body_is_kept_as_text(library: Library, tmp_path: Path) -> None:
    body = '<img src="http://example.org/x.png" onerror="alert(1)"><script>alert(2)</script>'
    doc = annotation(body=[{"type": "TextualBody", "value": body}])
    library.import_notes(write(tmp_path / "h.json", doc))
    assert library.notes()[0].body == body  # stored as written; never rendered here
    (hit,) = library.search("kind:note alert").hits
    assert "<script>" not in hit.snippet_html and "<img" not in hit.snippet_html


def _without(key: str) -> dict[str, Any]:
    doc = annotation()
    del doc[key]
    return doc


def _selector(**changes: Any) -> dict[str, Any]:
    doc = annotation()
    doc["target"]["selector"][0].update(changes)
    return doc


def _position(**changes: Any) -> dict[str, Any]:
    doc = annotation()
    doc["target"]["selector"][1].update(changes)
    return doc


HOSTILE: dict[str, tuple[Any, str]] = {
    "a number": (42, "expected a JSON object or list"),
    "no context": ({"type": "AnnotationPage", "items": []}, "not W3C Web Annotation JSON"),
    "wrong type": (annotation(type="Note"), "expected an Annotation"),
    "id a number": (annotation(id=123), "id must be a string, not a number"),
    "no id": (_without("id"), 'no "id"'),
    "id with spaces": (annotation(id="not an iri"), "id must be an IRI"),
    "no target": (_without("target"), 'no "target"'),
    "two targets": (annotation(target=[annotation()["target"]] * 2), "2 targets"),
    "target a link": (annotation(target="http://example.org/page"), "bare link"),
    "foreign source": (
        annotation(target={"source": "http://example.org/", "selector": []}),
        "not a kzbrief briefing section",
    ),
    "no quote selector": (
        annotation(target={"source": "urn:kzbrief:section:a:b", "selector": []}),
        "no TextQuoteSelector",
    ),
    "exact a list": (_selector(exact=["x"]), "exact quote must be a string, not a list"),
    "exact empty": (_selector(exact="  "), "exact quote is empty"),
    "exact too long": (_selector(exact="x" * 20_001), "longer than 20,000"),
    "prefix a number": (_selector(prefix=7), "quote prefix must be a string"),
    "start a string": (_position(start="163"), "whole numbers"),
    "start negative": (_position(start=-1), "whole numbers"),
    "end a boolean": (_position(end=True), "whole numbers"),
    "body value null": (annotation(body={"type": "TextualBody", "value": None}), "null"),
    "body a link": (annotation(body="http://example.org/b"), "link to another resource"),
    "body an image": (annotation(body={"type": "Image", "value": "x"}), "only TextualBody"),
    "html body": (
        annotation(body={"type": "TextualBody", "value": "<b>x</b>", "format": "text/html"}),
        "never reads them as HTML",
    ),
    "two note texts": (
        annotation(body=[{"value": "one"}, {"value": "two"}]),
        "more than one note text",
    ),
    "odd purpose": (annotation(body={"value": "x", "purpose": "moderating"}), "purpose"),
    "tag too long": (annotation(body={"value": "t" * 65, "purpose": "tagging"}), "64 letters"),
    "colour": (annotation(**{"kzbrief:colour": "orange"}), "kzbrief:colour"),
    "edition": (annotation(**{"kzbrief:edition": "2"}), "kzbrief:edition"),
    "created": (annotation(created="yesterday"), "not an ISO 8601 date"),
    "motivation": (annotation(motivation=5), "motivation must be"),
    "list item": ([annotation(), {"type": "Annotation"}], "item 2 of the list"),
    "total": ({**as_collection(annotation()), "total": 3}, "says it holds 3"),
    "linked page": (
        {**as_collection(annotation()), "first": "http://example.org/page/1"},
        "pages are links",
    ),
    "page without items": (
        {"@context": ANNO_CONTEXT, "type": "AnnotationPage", "items": {}},
        "no items list",
    ),
}


def _count_rows(data_dir: Path) -> int:
    db = sqlite3.connect(data_dir / "kzbrief.sqlite3")
    try:
        return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents_are_refused_whole(
    library: Library, data_dir: Path, tmp_path: Path, case: str
) -> None:
    document, message = HOSTILE[case]
    good = [annotation(id=f"urn:uuid:00000000-0000-4000-8000-00000000000{i}") for i in range(3)]
    # The bad annotation comes last, after good ones: all or nothing.
    if isinstance(document, dict) and "Annotation" == document.get("type"):
        document = [*good, document]
    version = library.store.data_version
    with pytest.raises(AnnotationFileError) as caught:
        library.import_notes(write(tmp_path / "bad.json", document))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value) and str(caught.value).startswith("bad.json")
    assert library.notes() == [] and library.store.data_version == version
    assert _count_rows(data_dir) == 0


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"@context": ', "not valid JSON"),
        (b'{"id": 1, "id": 2}', "appears twice"),
        (b'{"start": NaN}', "NaN is not a JSON number"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    ],
)
def test_malformed_json_is_refused(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "raw.json"
    path.write_bytes(raw)
    with pytest.raises(AnnotationFileError, match=message):
        read_annotation_file(path)


def test_nesting_is_limited_even_where_unknown_properties_are_ignored(tmp_path: Path) -> None:
    deep: Any = "bottom"
    for _ in range(w3c.MAX_DEPTH + 5):
        deep = {"x": deep}
    path = write(tmp_path / "deep.json", annotation(extra=deep))
    with pytest.raises(AnnotationFileError, match=f"more than {w3c.MAX_DEPTH} levels"):
        read_annotation_file(path)
    shallow = write(tmp_path / "ok.json", annotation(extra={"x": {"y": [1, 2]}}))
    assert len(parse_document(read_annotation_file(shallow))) == 1


def test_size_is_checked_before_the_file_is_read(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 50 MB + 1 byte of nothing, written in no time
        handle.truncate(w3c.MAX_FILE_BYTES + 1)
    reads: list[int] = []
    real_read = w3c.parse_json
    monkeypatch.setattr(
        w3c, "parse_json", lambda raw, name: reads.append(len(raw)) or real_read(raw)
    )
    with pytest.raises(
        AnnotationFileError, match=r"big\.json is 50\.0 MB; a notes file may be at most 50 MB"
    ):
        library.import_notes(big)
    assert reads == [] and library.notes() == []
    small = write(tmp_path / "small.json", annotation())
    with pytest.raises(AnnotationFileError, match="a notes file may be at most 0 MB"):
        read_annotation_file(small, max_bytes=100)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_paths_are_bad_input(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.json"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(AnnotationFileError, match=r"x\.json"):
        read_annotation_file(path)


def test_a_failure_while_writing_imports_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [annotation(id=f"urn:uuid:00000000-0000-4000-8000-00000000000{i}") for i in range(5)]
    calls: list[str] = []
    real_insert = notestore.NoteStore._insert

    def failing_third(self: notestore.NoteStore, db: sqlite3.Connection, note: Note) -> None:
        calls.append(note.id)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        real_insert(self, db, note)

    monkeypatch.setattr(notestore.NoteStore, "_insert", failing_third)
    with pytest.raises(DataError, match="disk is full"):
        library.import_notes(write(tmp_path / "five.json", docs))
    monkeypatch.undo()
    assert library.notes() == [] and library.store.data_version == 0


def test_an_error_quoting_a_huge_value_is_still_one_short_line() -> None:
    from kzbrief.core.w3c import AnnotationFileError, parse_document

    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
        "type": "AnnotationCollection",
        "total": "x\n" * 500_000,
        "first": {"id": "urn:x:page", "type": "AnnotationPage", "items": []},
    }
    with pytest.raises(AnnotationFileError) as caught:
        parse_document(collection, "big.json")
    message = str(caught.value)
    assert "\n" not in message and len(message) <= AnnotationFileError.MAX_MESSAGE
    assert message.startswith("big.json: the collection says it holds")


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """Opening a named pipe blocks until something writes to it: the file's kind is checked
    before it is opened, so that a notes import cannot hang on one."""
    import os
    import threading

    pipe = tmp_path / "notes.json"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_annotation_file(pipe)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # blocked in open(): let it go, then fail
        with open(pipe, "wb"):
            pass
        reader.join(5)
        pytest.fail("reading a named pipe waited for a writer")
    assert len(outcome) == 1 and isinstance(outcome[0], AnnotationFileError)
    assert str(outcome[0]) == "notes.json is not a regular file"
