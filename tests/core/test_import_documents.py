"""PDF, DOCX and EPUB imports (issue 15): structure, pages, and every refusal."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers import from_pdf, safezip
from kzbrief.core.importers.from_pdf import PasswordRequired
from kzbrief.core.importers.parse import parse_document
from kzbrief.core.service import Library

DOCS = Path(__file__).parent.parent / "data" / "documents"


def _sections(document):
    return {s.title: s for s in document.sections}


# -- PDF -------------------------------------------------------------------------------------
def test_pdf_outline_gives_sections_and_page_labels():
    document, _ = parse_document(DOCS / "report.pdf")
    titles = [s.title for s in document.sections]
    assert titles == ["Freedom Report 2024", "1. Expression", "2. Assembly", "3. Қазақша бөлім"]
    # The title page, before the outline's first entry: its big line is the title.
    assert document.sections[0].plain == ("An example report for the import tests",)
    expression = _sections(document)["1. Expression"]
    # Page labels (roman title page, then 1, 2, 3): the printed number, not the sheet.
    assert [p[0] for p in expression.pages] == ["1", "1", "1", "1"]
    assert _sections(document)["2. Assembly"].pages[0][0] == "2"
    assert _sections(document)["3. Қазақша бөлім"].pages[0][0] == "3"


def test_pdf_paragraph_runs_over_page_break_and_lines_join():
    document, _ = parse_document(DOCS / "report.pdf")
    expression = _sections(document)["1. Expression"]
    text = "\n".join(expression.plain)
    across = next(p for p in expression.plain if p.startswith("A new media law"))
    assert across.endswith("harmful to public order, a phrase that the law left undefined.")
    place = expression.pages[expression.plain.index(across)]
    assert place[0] == "1" and place[1] == ((across.index("order"), "2"),)
    assert "protection for the press" in text  # "protec-" + "tion" joined
    assert "heavy fines" in text and "\ufb01" not in text  # the ligature spelt out
    # Running header and page numbers are gone.
    assert "Freedom Report 2024 — Kazakhstan" not in "\n".join(
        p for s in document.sections for p in s.plain
    )


def test_pdf_footnote_kept_at_the_end_of_its_section():
    document, _ = parse_document(DOCS / "report.pdf")
    expression = _sections(document)["1. Expression"]
    assert "bloggers[1] who" in expression.plain[1]
    assert expression.plain[-1] == "[1] Court records of 2023, as summarised by the monitors."
    assert "<sup>[1]</sup>" in expression.paragraphs[-1]


def test_pdf_cyrillic_and_kazakh_text():
    document, _ = parse_document(DOCS / "report.pdf")
    kazakh = _sections(document)["3. Қазақша бөлім"]
    assert kazakh.plain[0].startswith("Бейбіт жиындарға қатысқан азаматтар")
    assert kazakh.plain[1].startswith("Свобода собраний по-прежнему ограничена")


def test_pdf_without_outline_headings_by_size_and_two_columns():
    document, _ = parse_document(DOCS / "bulletin.pdf")
    assert [s.title for s in document.sections] == [
        "Detention of activists",
        "Trials and sentences",
        "Two columns of notes",
    ]
    columns = _sections(document)["Two columns of notes"]
    assert columns.plain == (
        "The left column starts here and tells of the first event in the capital city, "
        "where the police detained twelve people who had gathered outside the court.",
        "The second event took place in the south of the country.",
    )
    everything = " ".join(p for s in document.sections for p in s.plain)
    assert "Monitoring Bulletin" not in everything and "Page 1 of 2" not in everything


@pytest.mark.parametrize(
    ("name", "mutate", "expected"),
    [
        ("scan.pdf", None, "has no text layer: it looks like a scan"),
        ("protected.pdf", None, "is protected by a password"),
        ("report.pdf", lambda b: b[: len(b) // 2], "is truncated or damaged"),
        ("report.pdf", lambda b: b"%PDF-1.4\n" + b"\0garbage" * 100 + b"\n%%EOF\n", "damaged"),
    ],
)
def test_pdf_refusals(tmp_path, name, mutate, expected):
    data = (DOCS / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(mutate(data) if mutate else data)
    with pytest.raises(BadInputError, match=expected) as caught:
        parse_document(path)
    assert "\n" not in str(caught.value)


def test_pdf_password_opens_protected_file_and_wrong_one_is_told():
    with pytest.raises(PasswordRequired) as caught:
        parse_document(DOCS / "protected.pdf", password="wrong")
    assert caught.value.wrong
    document, _ = parse_document(DOCS / "protected.pdf", password="secret")
    assert "2. Assembly" in [s.title for s in document.sections]


def test_pdf_page_limit(monkeypatch, parse_here):
    monkeypatch.setattr(from_pdf, "MAX_PDF_PAGES", 3)
    with pytest.raises(BadInputError, match="has 4 pages; kzbrief imports PDFs of at most 3"):
        parse_document(DOCS / "report.pdf")


def test_pdf_import_reports_progress_and_can_be_cancelled():
    seen = []
    parse_document(DOCS / "report.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(from_pdf.ImportCancelled, match="cancelled"):
        parse_document(DOCS / "report.pdf", cancelled=lambda: True)


# -- DOCX ------------------------------------------------------------------------------------
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body: str, *, extra: dict[str, str] | None = None) -> Path:
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
        '.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}'
        "</w:body></w:document>",
        "word/styles.xml": f'<?xml version="1.0"?><w:styles {W_NS}>'
        '<w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>',
        "word/numbering.xml": f'<?xml version="1.0"?><w:numbering {W_NS}>'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>",
        "word/footnotes.xml": f'<?xml version="1.0"?><w:footnotes {W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>___</w:t></w:r></w:p>'
        '</w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Court records, 2023.</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>",
        "word/endnotes.xml": f'<?xml version="1.0"?><w:endnotes {W_NS}>'
        '<w:endnote w:id="5"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>'
        "</w:endnotes>",
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def _p(text: str, style: str = "", extra: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


DOCX_BODY = (
    _p("Annual submission", "Title")
    + _p("Freedom of expression", "Heading1")
    + '<w:p><w:r><w:t xml:space="preserve">Bloggers were fined</w:t></w:r>'
    '<w:r><w:footnoteReference w:id="2"/></w:r>'
    '<w:del w:id="9"><w:r><w:delText>DELETED WORDS</w:delText></w:r></w:del>'
    '<w:ins w:id="10"><w:r><w:t xml:space="preserve"> and warned.</w:t></w:r></w:ins>'
    '<w:commentRangeStart w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>'
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    "<w:r><w:t>first point</w:t></w:r></w:p>"
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    "<w:r><w:t>second point</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc>" + _p("Year") + "</w:tc><w:tc>" + _p("Cases") + "</w:tc></w:tr>"
    "<w:tr><w:tc>"
    + _p("2023")
    + "</w:tc><w:tc>"
    + _p("41")
    + "</w:tc></w:tr></w:tbl>"
    + _p("Жиналыс бостандығы", "Heading1")
    + '<w:p><w:r><w:t>Шерулер тоқтатылды.</w:t></w:r><w:r><w:endnoteReference w:id="5"/>'
    "</w:r></w:p>"
)


def test_docx_headings_lists_tables_notes_and_no_comments_or_deletions(tmp_path):
    document, _ = parse_document(
        _docx(tmp_path / "s.docx", DOCX_BODY, extra={"word/comments.xml": "<x>SECRET</x>"})
    )
    assert document.title == "Annual submission"
    assert [s.title for s in document.sections] == [
        "Freedom of expression",
        "Жиналыс бостандығы",
    ]
    expression, assembly = document.sections
    assert expression.plain[0] == "Bloggers were fined[1] and warned."
    assert "<ul><li>first point</li><li>second point</li></ul>" in expression.paragraphs[1]
    assert "<table>" in expression.paragraphs[2] and "41" in expression.plain[2]
    assert expression.plain[-1] == "[1] Court records, 2023."
    assert assembly.plain == ("Шерулер тоқтатылды.[2]", "[2] An endnote.")
    everything = json.dumps([s.paragraphs for s in document.sections], ensure_ascii=False)
    assert "DELETED" not in everything and "SECRET" not in everything
    assert expression.pages == ()  # no pages in a Word file


def test_docx_with_entity_declarations_is_refused(tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W_NS}><w:body>{_p('&b;')}</w:body></w:document>"
    )
    path = _docx(tmp_path / "e.docx", "", extra={"word/document.xml": bomb})
    with pytest.raises(BadInputError, match=r"declares XML entities in word/document\.xml"):
        parse_document(path)


def test_zip_bomb_is_refused_without_inflating_it_all(tmp_path, monkeypatch, parse_here):
    # 3 MB of spaces deflate to a few KB; the limit is lowered so that the test stays small.
    path = _docx(tmp_path / "bomb.docx", _p("x"), extra={"word/styles.xml": " " * (3 << 20)})
    assert path.stat().st_size < 20_000
    monkeypatch.setattr(safezip, "MAX_MEMBER_BYTES", 2 << 20)
    with pytest.raises(BadInputError, match="inflates to more than 2 MB"):
        parse_document(path)


def test_damaged_docx_is_refused(tmp_path):
    data = _docx(tmp_path / "a.docx", DOCX_BODY).read_bytes()
    (tmp_path / "b.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(BadInputError, match="damaged or truncated"):
        parse_document(tmp_path / "b.docx")


# -- EPUB ------------------------------------------------------------------------------------
def _epub(path: Path, *, epub3: bool = True, chapter2: str | None = None) -> Path:
    chapter1 = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>c1</title><script>alert(1)</script></head><body>"
        "<p>Protests were dispersed.<img src='file:///etc/passwd'/></p>"
        "<p><a href='http://example.com/x'>A link</a> kept as text.</p></body></html>"
    )
    chapter2 = chapter2 or (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><h1>Second chapter</h1><p>Сот шешімі шықты.</p></body></html>"
    )
    nav = (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
        '<li><a href="text/one.xhtml">First chapter</a></li>'
        '<li><a href="text/two.xhtml">Second</a></li></ol></nav></body></html>'
    )
    ncx = (
        '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>'
        '<navPoint id="a"><navLabel><text>First chapter</text></navLabel>'
        '<content src="text/one.xhtml"/></navPoint></navMap></ncx>'
    )
    nav_item = (
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        if epub3
        else '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    )
    spine_attrs = "" if epub3 else ' toc="ncx"'
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Book</dc:title>'
        "</metadata><manifest>"
        '<item id="two" href="text/two.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="one" href="text/one.xhtml" media-type="application/xhtml+xml"/>'
        f"{nav_item}</manifest>"
        f'<spine{spine_attrs}><itemref idref="one"/><itemref idref="two"/>'
        "</spine></package>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
            'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/nav.xhtml", nav)
        archive.writestr("OEBPS/toc.ncx", ncx)
        archive.writestr("OEBPS/text/one.xhtml", chapter1)
        archive.writestr("OEBPS/text/two.xhtml", chapter2)
    return path


@pytest.mark.parametrize("epub3", [True, False])
def test_epub_spine_order_nav_titles_and_sanitised(tmp_path, epub3):
    document, _ = parse_document(_epub(tmp_path / "b.epub", epub3=epub3))
    assert document.title == "A Book"
    assert [s.title for s in document.sections] == ["First chapter", "Second chapter"]
    first, second = document.sections
    assert first.plain == ("Protests were dispersed.", "A link kept as text.")
    stored = json.dumps([s.paragraphs for s in document.sections])
    assert "script" not in stored and "alert" not in stored and "passwd" not in stored
    assert "href" not in stored and "img" not in stored
    assert second.plain == ("Сот шешімі шықты.",)


def test_epub_chapter_with_entities_is_refused(tmp_path):
    chapter = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p></body></html>'
    )
    with pytest.raises(BadInputError, match="declares XML entities"):
        parse_document(_epub(tmp_path / "x.epub", chapter2=chapter))


# -- through the library ----------------------------------------------------------------------
@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "data")
    yield lib
    lib.close()


def test_pdf_pages_reach_show_search_and_export(library):
    report = library.import_briefing(DOCS / "report.pdf")
    data = library.section_data("1-expression", report.briefing_id)
    assert [p["page"] for p in data["paragraphs"]] == ["1", "1", "1", "1"]
    hits = library.search("undefined", briefing=report.briefing_id).hits
    assert hits[0].to_dict()["page"] == "2"
    _, section = library.section("1-expression", report.briefing_id)
    start = section.text.index("harmful to public order")
    assert section.page_span(start, start + 30) == ("1", "2")
    assert section.page_span(0, 10) == ("1", "1")
    stored = (library.library_folder.root / report.briefing_id / "original.pdf").read_bytes()
    assert stored == (DOCS / "report.pdf").read_bytes()


def test_markdown_import_has_no_page(library, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# Title\n\n## One\n\nSome text here.\n", encoding="utf-8")
    report = library.import_briefing(path)
    data = library.section_data("one", report.briefing_id)
    assert "page" not in data["paragraphs"][0]
    assert "page" not in library.search("text", briefing=report.briefing_id).hits[0].to_dict()


def test_refused_import_writes_nothing(library):
    before = [b.id for b in library.briefings()]
    with pytest.raises(BadInputError):
        library.import_briefing(DOCS / "scan.pdf")
    assert [b.id for b in library.briefings()] == before
    assert not any((library.library_folder.staging).glob("*/briefing.json"))


def test_new_edition_of_a_pdf_reanchors_notes(library, tmp_path):
    report = library.import_briefing(DOCS / "report.pdf", briefing_id="fr")
    note = library.add_note(
        section_id="2-assembly", briefing_id="fr", quote="Peaceful protesters were detained"
    )
    again = library.import_briefing(DOCS / "report.pdf", briefing_id="fr", replace=True)
    assert again.edition == report.edition + 1
    assert again.notes is not None and again.notes.stayed == 1
    assert library.note(note.id).status == "anchored"


def test_pdf_with_a_page_pdfium_cannot_load_is_refused():
    # bulletin.pdf with 12 bytes changed (found by test_fuzz_importers, seed 618526443):
    # PDFium opens the file but not its first page.
    with pytest.raises(BadInputError, match=r"damaged-page\.pdf is damaged: its page 1"):
        parse_document(DOCS / "damaged-page.pdf")


def test_zip_that_zipfile_cannot_open_is_refused(tmp_path):
    # A "version needed to extract" of 21.6 (found by test_fuzz_importers): zipfile raises
    # NotImplementedError, which must come out as a refusal, not a traceback.
    data = bytearray(_epub(tmp_path / "b.epub").read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (216).to_bytes(2, "little")
    (tmp_path / "odd.epub").write_bytes(bytes(data))
    with pytest.raises(BadInputError, match=r"odd\.epub is damaged or truncated"):
        parse_document(tmp_path / "odd.epub")
