"""Exports through the Library: scope, citations, hostile text, W3C model, PDF, atomicity."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import markdown
import pytest

from kzbrief.core.export import ExportScope
from kzbrief.core.render import html_to_text, note_to_html
from kzbrief.core.service import Library

HOSTILE_NOTES = [
    "<script>alert('x')</script>",
    '=HYPERLINK("http://evil.example","click")',
    "**not bold** _nor this_ # nor a heading\n1. nor a list",
    "Қазақстан — права человека",
    "حقوق الإنسان",
    "emoji 😀👩🏽‍⚖️",
    "x" * 100_000,
]


@pytest.fixture
def noted(library: Library) -> Library:
    library.add_note(
        "climate",
        "greenhouse gas",
        note="Emissions stay high.",
        tags=["climate", "emissions"],
        colour="green",
    )
    library.add_note(
        "trials", "harsh sentences", note="Sentencing pattern.", tags=["fair-trial"], colour="pink"
    )
    library.add_note("religion", "religious practice", note="", tags=["religion"])
    return library


def _formats(library: Library, scope: ExportScope | None = None) -> dict[str, str]:
    return {fmt: library.export_text(fmt, scope) for fmt in ("md", "html", "csv", "json")}


def _visible_text(fmt: str, text: str) -> str:
    if fmt == "md":
        return html_to_text(markdown.markdown(text))
    if fmt == "html":
        return html_to_text(text)
    return text


def test_every_format_holds_quote_note_tags_and_citation_in_scope_only(noted: Library) -> None:
    outputs = _formats(noted, ExportScope(tag="climate"))
    for fmt, text in outputs.items():
        seen = _visible_text(fmt, text)
        assert "greenhouse gas" in seen, fmt
        assert "Emissions stay high." in seen, fmt
        assert "emissions" in seen, fmt
        assert "harsh sentences" not in seen and "religious practice" not in seen, fmt
        if fmt != "json":
            assert "Kazakhstan: human rights in 2023" in seen, fmt
            assert "edition 2" in seen, fmt
            assert "Climate policy" in seen, fmt
            assert "kazakhstan-2023/climate#climate-p1" in seen, fmt
    collection = json.loads(outputs["json"])
    item = collection["first"]["items"][0]
    assert item["kzbrief:sectionTitle"] == "Climate policy"
    assert item["kzbrief:briefingTitle"] == "Kazakhstan: human rights in 2023"


@pytest.mark.parametrize(
    ("scope", "quotes"),
    [
        (ExportScope(), {"greenhouse gas", "harsh sentences", "religious practice"}),
        (ExportScope(section="trials"), {"harsh sentences"}),
        (ExportScope(colour="pink"), {"harsh sentences"}),
        (ExportScope(query="sentencing"), {"harsh sentences"}),
        (ExportScope(briefing="kazakhstan-2023", tag="religion"), {"religious practice"}),
    ],
)
def test_scopes_choose_exactly_their_notes(
    noted: Library, scope: ExportScope, quotes: set[str]
) -> None:
    rows = list(csv.DictReader(io.StringIO(noted.export_text("csv", scope).lstrip("\ufeff"))))
    assert {r["quote"] for r in rows} == quotes


def test_editorial_and_bookmarks_are_included_on_request(noted: Library) -> None:
    noted.add_bookmark("climate", label="Emissions section")
    plain = noted.export_text("md", ExportScope(section="climate"))
    assert "Editorial notes" not in plain and "Emissions section" not in plain
    full = noted.export_bundle(
        ExportScope(section="climate"), include_editorial=True, include_bookmarks=True
    )
    assert full.editorial and full.bookmarks[0]["label"] == "Emissions section"
    text = noted.export_text(
        "md", ExportScope(section="climate"), include_editorial=True, include_bookmarks=True
    )
    assert "Editorial notes" in text and "Emissions section" in text


@pytest.mark.parametrize("note", HOSTILE_NOTES, ids=lambda n: n[:12])
def test_hostile_user_text_shows_as_written_in_every_format(library: Library, note: str) -> None:
    """A note is Markdown (issue 22): the memo and the HTML show it rendered, HTML typed
    into it as text; CSV and JSON carry it as typed."""
    library.add_note("climate", "greenhouse gas", note=note, tags=["x"])
    outputs = _formats(library)
    first_line = html_to_text(note_to_html(note)).split("\n")[0]
    assert first_line in _visible_text("md", outputs["md"])
    assert "<script>" not in outputs["html"]
    assert first_line in html_to_text(outputs["html"])
    row = next(csv.DictReader(io.StringIO(outputs["csv"])))
    assert row["note"] in (note, "'" + note)
    assert not row["note"].startswith(("=", "+", "-", "@"))
    items = json.loads(outputs["json"])["first"]["items"]
    assert items[0]["body"][0]["value"] == note


def test_json_export_import_export_is_identical(noted: Library, tmp_path: Path) -> None:
    first = noted.export_text("json")
    path = tmp_path / "notes.json"
    path.write_text(first, encoding="utf-8")
    fresh = Library(tmp_path / "fresh")
    report = fresh.import_notes(path)
    assert report["imported"] == 3
    assert fresh.export_text("json") == first
    fresh.close()


# -- the W3C Web Annotation data model, checked from the specification ----------------------------
# https://www.w3.org/TR/annotation-model/ (sections 3.1, 3.2, 4.2, 5)
MOTIVATIONS = {
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
}
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _has_anno_context(value: object) -> bool:
    return value == ANNO_CONTEXT or (isinstance(value, list) and ANNO_CONTEXT in value)


def _types(value: object) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])  # type: ignore[arg-type]


def _is_iri(value: object) -> bool:
    return isinstance(value, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value) is not None


def check_annotation(anno: dict, *, embedded: bool) -> None:
    if not embedded:
        assert _has_anno_context(anno.get("@context")), "MUST have the anno.jsonld context"
    assert _is_iri(anno.get("id")), "MUST have exactly one IRI id"
    assert "Annotation" in _types(anno.get("type")), "MUST have type Annotation"
    if "motivation" in anno:
        assert set(_types(anno["motivation"])) <= MOTIVATIONS
    for key in ("created", "modified"):
        if key in anno:
            assert DATETIME.match(anno[key]), f"{key} SHOULD be xsd:dateTime in UTC"
    bodies = anno.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, dict) and body.get("type") == "TextualBody":
            assert isinstance(body.get("value"), str), "TextualBody MUST have a string value"
            if "purpose" in body:
                assert body["purpose"] in MOTIVATIONS
    targets = anno.get("target")
    assert targets, "MUST have one or more targets"
    for target in targets if isinstance(targets, list) else [targets]:
        if isinstance(target, str):
            assert _is_iri(target)
            continue
        assert _is_iri(target.get("source")), "a SpecificResource MUST have one source"
        selectors = target.get("selector", [])
        for selector in selectors if isinstance(selectors, list) else [selectors]:
            if selector["type"] == "TextQuoteSelector":
                assert isinstance(selector.get("exact"), str), "exact MUST be there"
                for key in ("prefix", "suffix"):
                    assert isinstance(selector.get(key, ""), str)
            elif selector["type"] == "TextPositionSelector":
                start, end = selector.get("start"), selector.get("end")
                assert isinstance(start, int) and start >= 0, "start: non-negative integer"
                assert isinstance(end, int) and end >= 0, "end: non-negative integer"


def check_collection(collection: dict) -> None:
    assert _has_anno_context(collection.get("@context"))
    assert _is_iri(collection.get("id")), "a collection MUST have an IRI"
    assert "AnnotationCollection" in _types(collection.get("type"))
    assert isinstance(collection.get("label"), str), "label SHOULD be given"
    page = collection.get("first")
    assert isinstance(page, dict), "first MUST be there when the collection is not empty"
    assert _is_iri(page.get("id")) and "AnnotationPage" in _types(page.get("type"))
    assert isinstance(page.get("items"), list), "a page MUST have items"
    assert collection.get("total") == len(page["items"])
    for anno in page["items"]:
        check_annotation(anno, embedded=True)


def test_json_export_follows_the_w3c_data_model(noted: Library) -> None:
    check_collection(json.loads(noted.export_text("json")))


def test_the_model_check_catches_violations() -> None:
    good = {
        "@context": ANNO_CONTEXT,
        "id": "urn:uuid:1",
        "type": "Annotation",
        "target": {
            "source": "urn:x:y",
            "selector": {"type": "TextPositionSelector", "start": 0, "end": 1},
        },
    }
    check_annotation(good, embedded=False)
    for broken in (
        {**good, "@context": "http://schema.org"},
        {**good, "type": "Note"},
        {k: v for k, v in good.items() if k != "target"},
        {
            **good,
            "target": {
                "source": "urn:x:y",
                "selector": {"type": "TextPositionSelector", "start": -1, "end": 1},
            },
        },
    ):
        with pytest.raises(AssertionError):
            check_annotation(broken, embedded=False)


def test_pdf_text_holds_the_first_quote(noted: Library, qapp) -> None:
    import pypdf

    from kzbrief.printing import html_to_pdf

    pdf = html_to_pdf(noted.export_text("pdf"), page_size="Letter")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    first = noted.export_bundle().by_section()[0][1][0].quote
    # pypdf separates the words it extracts with tabs and newlines: fold all white space.
    assert first in " ".join(text.split())
    assert pdf.startswith(b"%PDF")


def test_pdf_shows_tags_as_words_and_the_quote_as_written(noted: Library, qapp) -> None:
    """Qt's rich text has no inline-block: tags drawn as chips would run together."""
    import pypdf

    from kzbrief.printing import html_to_pdf

    pdf = html_to_pdf(noted.export_text("pdf", ExportScope(tag="climate")))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(
        "".join(page.extract_text(extraction_mode="layout") for page in reader.pages).split()
    )
    assert "Tags: climate, emissions" in text
    assert "“greenhouse gas”" in text and "Emissions stay high." in text


def test_annotated_briefing_shows_every_highlight(noted: Library) -> None:
    page = noted.annotated_briefing_html()
    for quote in ("greenhouse gas", "harsh sentences", "religious practice"):
        assert re.search(rf"<mark[^>]*>{quote}</mark>", page)


def test_pdf_renders_a_notes_markdown(library: Library, qapp) -> None:
    """Issue 22: the PDF showed **escalating** with its asterisks."""
    import pypdf

    from kzbrief.printing import html_to_pdf

    library.add_note(
        "climate",
        "greenhouse gas",
        note="This is **escalating**, see [the report](https://example.org/report).",
    )
    pdf = html_to_pdf(library.export_text("pdf"))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts: dict[str, str] = {}

    def seen(text: str, _cm: object, _tm: object, font: dict | None, _size: float) -> None:
        if text.strip() and font is not None:
            fonts[text.strip()] = str(font.get("/BaseFont", ""))

    # pypdf breaks the text where the font changes: compare without white space.
    text = "".join("".join(page.extract_text(visitor_text=seen) for page in reader.pages).split())
    assert "Thisisescalating,seethereport(https://example.org/report)." in text
    assert "**" not in text
    assert "Bold" in fonts["escalating"], fonts
    assert "Bold" not in fonts[next(k for k in fonts if k.startswith("This"))]
    assert not any(page.annotations for page in reader.pages)  # no link to follow
    json_note = json.loads(library.export_text("json"))["first"]["items"][0]["body"][0]["value"]
    assert json_note.startswith("This is **escalating**")
