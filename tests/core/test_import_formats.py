"""Each format's reader: sections from headings, stable ids, paragraphs as safe Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers.document import detect_language, slugify
from kzbrief.core.importers.from_html import read_html
from kzbrief.core.importers.from_markdown import read_markdown
from kzbrief.core.importers.from_text import read_text
from kzbrief.core.importers.parse import parse_document
from kzbrief.core.render import inline_markdown_to_text, markdown_to_html


def _outline(path: Path) -> list[tuple[str, str]]:
    document, _ = parse_document(path)
    return [(s.id, s.title) for s in document.sections]


def _section(path: Path, section_id: str) -> tuple[str, ...]:
    document, _ = parse_document(path)
    return next(s.paragraphs for s in document.sections if s.id == section_id)


# -- Markdown ------------------------------------------------------------------------------------
def test_markdown_headings_make_sections_and_the_first_heading_the_title(import_file) -> None:
    document, _ = parse_document(import_file("annual-review.md"))
    assert document.title == "Kazakhstan: civic space review 2024"
    assert document.format == "markdown" and document.language == "en"
    assert [s.id for s in document.sections] == [
        "kazakhstan-civic-space-review-2024",
        "freedom-of-peaceful-assembly",
        "freedom-of-association",
        "climate-and-environment",
    ]


def test_markdown_table_is_one_paragraph_that_renders_as_a_table(import_file) -> None:
    paragraphs = _section(import_file("annual-review.md"), "freedom-of-peaceful-assembly")
    table = next(p for p in paragraphs if p.startswith("| City"))
    html = markdown_to_html(table)
    assert html.count("<tr>") == 4 and "<th>People detained</th>" in html
    assert "<td>Shymkent</td>" in html


def test_markdown_footnotes_are_numbered_and_placed_in_the_citing_section(import_file) -> None:
    document, _ = parse_document(import_file("annual-review.md"))
    sections = {s.id: s.paragraphs for s in document.sections}
    intro = sections["kazakhstan-civic-space-review-2024"]
    assert intro[0].endswith("2024.<sup>[1]</sup>")
    assert intro[-1] == (
        "<sup>[1]</sup> Based on court records, news reports and interviews with lawyers."
    )
    assembly = sections["freedom-of-peaceful-assembly"]
    assert "short jail terms.<sup>[2]</sup>" in assembly[0]
    assert assembly[-1].startswith("<sup>[2]</sup> The law on peaceful assembly")
    assert sections["freedom-of-association"][-1].startswith("<sup>[3]</sup> Three trade-union")
    assert not any("[^" in p for ps in sections.values() for p in ps)


def test_markdown_blocks_that_must_stay_whole() -> None:
    text = (
        "# Title\n\nIntro.\n\n## Part\n\n- one\n- two\n\n- three, loose\n\n    more of three\n\n"
        "```\n# not a heading\n\nstill code\n```\n\n"
        "Setext title\n------------\n\nBody [x][ref].\n\n[ref]: https://example.org\n"
    )
    builder = read_markdown(text)
    document = builder.build(name="t.md", format_name="markdown", encoding="utf-8")
    sections = {s.title: s.paragraphs for s in document.sections}
    assert list(sections) == ["Title", "Part", "Setext title"]
    assert sections["Part"][0] == "- one\n- two\n\n- three, loose\n\n    more of three"
    assert sections["Part"][1] == "```\n# not a heading\n\nstill code\n```"
    assert sections["Setext title"] == ("Body x.",)


def test_section_ids_are_unique_slugs() -> None:
    builder = read_markdown("# Report\n\n## Overview\n\na\n\n## Overview\n\nb\n\n## 2023!\n\nc\n")
    document = builder.build(name="r.md", format_name="markdown", encoding="utf-8")
    assert [s.id for s in document.sections] == ["overview", "overview-2", "2023"]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Freedom of expression", "freedom-of-expression"),
        ("Свобода мирных собраний", "svoboda-mirnykh-sobranii"),
        ("Сөз бостандығы", "soz-bostandygy"),
        ("Détentions arbitraires à Almaty", "detentions-arbitraires-a-almaty"),
        ("???", "section"),
        ("A" * 80, "a" * 48),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


# -- HTML --------------------------------------------------------------------------------------
def test_html_news_page_keeps_the_article_and_drops_the_page_around_it(import_file) -> None:
    document, _ = parse_document(import_file("news-page.html"))
    assert document.title == "Kazakhstan: activists jailed after peaceful Almaty rally"
    assert [s.title for s in document.sections] == [
        "Kazakhstan: activists jailed after peaceful Almaty rally",
        'Charges of "inciting discord"',
        "Sentences handed down",
        "International reaction",
    ]
    text = "\n".join(p for s in document.sections for p in s.paragraphs)
    for furniture in (
        "Politics",  # navigation
        "Search",  # search form
        "cookies",  # cookie banner
        "Share on",  # share bar
        "Related stories",  # aside
        "Tags:",  # article footer
        "Comments",  # comments section
        "First!",
        "Most read",  # sidebar
        "morning briefing",  # newsletter
        "All rights reserved",  # site footer
        "gtag",  # scripts
        "font-family",  # styles
        "Skip to content",
        "Steppe Daily News",  # the site's name in the header
    ):
        assert furniture not in text, furniture
    for kept in ("four activists", "Demonstrators gathered", "placard", "defence was not"):
        assert kept in text, kept


def test_html_table_and_emphasis_are_kept(import_file) -> None:
    document, _ = parse_document(import_file("news-page.html"))
    sections = {s.id: s for s in document.sections}
    table = sections["sentences-handed-down"]
    assert table.paragraphs[0] == "<p><em>Sentences, Almaty district court</em></p>"
    assert table.paragraphs[1].startswith("<table>") and "<th>Defendant</th>" in table.paragraphs[1]
    assert table.plain[1].splitlines()[:4] == ["Defendant", "Charge", "Sentence", "Activist A"]
    lead = document.sections[0]
    assert lead.id == "kazakhstan-activists-jailed-after-peaceful"  # slugs stop at 48 chars
    assert any("<strong>four activists</strong>" in p for p in lead.paragraphs)


def test_html_title_falls_back_to_the_page_title_without_the_site_name() -> None:
    builder = read_html(
        "<html><head><title>Verdicts in Almaty | Steppe News</title></head>"
        "<body><p>Text of the story.</p></body></html>"
    )
    document = builder.build(name="page.html", format_name="html", encoding="utf-8")
    assert document.title == "Verdicts in Almaty"
    assert document.sections[0].plain == ("Text of the story.",)


def test_html_text_is_escaped_so_it_cannot_become_markup() -> None:
    builder = read_html("<p>*not em* [x](y) &lt;b&gt;raw&lt;/b&gt; # no heading | pipe</p>")
    document = builder.build(name="p.html", format_name="html", encoding="utf-8")
    html = markdown_to_html(document.sections[0].paragraphs[0])
    assert "<em>" not in html and "<a" not in html and "<b>" not in html
    assert document.sections[0].plain == ("*not em* [x](y) <b>raw</b> # no heading | pipe",)


def test_layout_tables_become_paragraphs_and_keep_their_headings() -> None:
    page = (
        "<table><tr><td><h1>Annual report</h1><p>First paragraph.</p>"
        "<table><tr><td>inner</td></tr></table><h2>Second part</h2><p>More.</p>"
        "</td></tr></table>"
    )
    document = read_html(page).build(name="l.html", format_name="html", encoding="utf-8")
    assert [s.title for s in document.sections] == ["Annual report", "Second part"]
    assert document.sections[0].plain == ("First paragraph.", "inner")


def _html(page: str):
    return read_html(page).build(name="p.html", format_name="html", encoding="utf-8")


def test_html_tables_head_only_with_th_and_long_ones_go_on_under_their_header() -> None:
    plain = _html("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")
    (fragment,) = plain.sections[0].paragraphs
    assert "<th>" not in fragment and fragment.count("<td>") == 4
    rows = "".join(f"<tr><td>case {n}</td><td>{'x' * 90}</td></tr>" for n in range(400))
    long = _html(f"<table><tr><th>Case</th><th>Detail</th></tr>{rows}</table>")
    parts = long.sections[0].paragraphs
    assert len(parts) >= 3 and all(len(p) < 12_000 for p in parts)
    assert all(p.count("<th>Case</th>") == 1 for p in parts)
    assert sum(p.count("<td>case ") for p in parts) == 400


def test_long_html_lists_and_paragraphs_are_split() -> None:
    items = "".join(f"<li>item {n} {'y' * 60}</li>" for n in range(600))
    words = " ".join(f"word{n}" for n in range(5_000))
    # (Over MAX_SECTION_CHARS as a whole, it may also be split into parts: see below.)
    sections = _html(f"<ul>{items}</ul><p>{words}</p>").sections
    paragraphs = [p for s in sections for p in s.paragraphs]
    assert all(len(p) < 12_000 for p in paragraphs)
    assert sum(p.count("<li>") for p in paragraphs) == 600
    assert " ".join(sections[-1].plain[-3:]).endswith("word4999")


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 50_000 + "deep text" + "</div>" * 50_000,
        "<b><i>" * 20_000 + "deep text",
        "<ul><li>" * 20_000 + "deep text",
        "<table><tr><td>" * 5_000 + "deep text",
        "<span>" * 100_000 + "deep text",
        "<p>deep text" + "<!--" * 100_000,  # unclosed comments
        "<p>deep text</p>" + "<a href='" * 100_000,  # unclosed quotes
        "<p>deep text" + "<![" * 100_000,  # html.parser raises AssertionError on these
        "<!DOCTYPE html [ <!x <p>deep text",
        "<p>deep text" + "&#" * 100_000,
        "<p>deep text</p><a " + "b=c " * 100_000 + ">",
    ],
)
def test_deeply_nested_or_broken_html_does_not_overflow_or_hang(page: str) -> None:
    document = read_html(page).build(name="d.html", format_name="html", encoding="utf-8")
    assert "deep text" in "\n".join(document.sections[0].plain)


# -- plain text ------------------------------------------------------------------------------------
def test_text_numbered_headings_underlines_and_capitals(import_file) -> None:
    document, _ = parse_document(import_file("un-submission.txt"))
    assert document.title == "SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW"
    assert [s.title for s in document.sections] == [
        "1. Introduction",
        "2. Fair trial guarantees",
        "2.1 Access to a lawyer",
        "2.2 Length of pre-trial detention",
        "3. Torture and other ill-treatment",
        "Recommendations",
    ]
    sections = {s.id: s.plain for s in document.sections}
    assert sections["2-1-access-to-a-lawyer"] == (
        "Detainees were often questioned before a lawyer of their choice could reach them. "
        "Several said that state-appointed lawyers advised them to confess.",
    )
    assert sections["recommendations"] == (
        "Guarantee access to a lawyer from the moment of arrest.\n"
        "Investigate every complaint of torture promptly and impartially.",
    )


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("Title Line\n\nSome text.\n\nFreedom of Assembly\n\nMore.", ["Freedom of Assembly"]),
        ("Intro text.\n\nСВОБОДА СОБРАНИЙ\nМитинги требуют согласия.", ["СВОБОДА СОБРАНИЙ"]),
        ("Intro text.\n\nСвобода собраний\n\nМитинги требуют согласия.", ["Свобода собраний"]),
        ("Intro text.\n\nIV. Conclusions\n\nText.", ["IV. Conclusions"]),
        ("Intro text.\n\n## Marked heading\n\nText.", ["Marked heading"]),
        ("Intro text.\n\nThis line ends with a full stop.\n\nText.", []),
        ("Intro text.\n\n1. First item\n2. Second item", []),
        ("Intro text.\n\nA closing line with no text after it", []),
    ],
)
def test_text_heading_rules(text: str, headings: list[str]) -> None:
    builder = read_text(text)
    document = builder.build(name="t.txt", format_name="text", encoding="utf-8")
    titles = [s.title for s in document.sections]
    assert titles[1:] == headings or titles == headings


def test_text_is_escaped_and_lists_and_columns_keep_their_shape() -> None:
    text = (
        "Notes\n\n*stars* and <b>tags</b> and [links](x)\n\n"
        "- first\n- second\n  continued\n\nName      Sentence\nActivist A   5 years\n"
    )
    document = read_text(text).build(name="n.txt", format_name="text", encoding="utf-8")
    escaped, bullets, columns = document.sections[0].paragraphs
    html = markdown_to_html(escaped)
    assert "<em>" not in html and "<b>" not in html and "<a" not in html
    assert document.sections[0].plain[0] == "*stars* and <b>tags</b> and [links](x)"
    assert bullets == "<ul>\n<li>first</li>\n<li>second continued</li>\n</ul>"
    assert markdown_to_html(columns).count("<br>") == 1


# -- language --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Peaceful assembly was restricted.", "en"),
        ("Мирные собрания по-прежнему ограничивались.", "ru"),
        ("Бейбіт жиындар үшін әкімдіктің келісімі қажет болды.", "kk"),
        ("Отчёт (report) о выборах в Казахстане и в регионах", "ru"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_given_wins_and_unknown_is_refused(import_file) -> None:
    document, _ = parse_document(import_file("sholu-kk.md"))
    assert document.language == "kk"
    document, _ = parse_document(import_file("sholu-kk.md"), language="ru")
    assert document.language == "ru"
    with pytest.raises(BadInputError, match="unknown language"):
        parse_document(import_file("sholu-kk.md"), language="de")


# -- robustness --------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.sampled_from([read_markdown, read_html, read_text]))
def test_any_text_either_parses_or_is_refused_cleanly(text: str, reader) -> None:
    try:
        document = reader(text).build(name="x", format_name="x", encoding="utf-8")
    except BadInputError as exc:
        assert "holds no text" in str(exc)
        return
    assert document.sections and all(s.id for s in document.sections)
    assert len({s.id for s in document.sections}) == len(document.sections)


_HTML_PARTS = st.sampled_from(
    [
        "<p>", "</p>", "<h2>", "</h2>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "<b>", "</b>",
        "<em>", "</em>", "<br>", "<pre>", "</pre>", "<table>", "<tr>", "<td>", "<th>", "</td>",
        "<caption>", "</table>", "<div>", "</div>", "<blockquote>", "&amp;", "&lt;x&gt;", "*",
        "_", "[", "]", "`", "#", "| ", "\n", "\n\n", "  ", "word", "Слово", "1.", "- ",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_HTML_PARTS, max_size=60).map("".join))
def test_plain_text_of_html_paragraphs_is_what_the_reader_shows(page: str) -> None:
    # HTML and text readers compute each paragraph's plain text without Markdown; it must
    # equal the text of the paragraph as the reader renders it, or note anchors would drift.
    for reader in (read_html, read_text):
        try:
            document = reader(page).build(name="p", format_name="x", encoding="utf-8")
        except BadInputError:
            continue  # nothing but markup
        for section in document.sections:
            for source, plain in zip(section.paragraphs, section.plain, strict=True):
                assert plain == inline_markdown_to_text(source), source


def test_long_or_markup_dense_markdown_is_split_or_kept_as_text() -> None:
    prose = "\n".join(f"Line {n} of a very long paragraph about detentions." for n in range(600))
    dense = "*a* _b_ [c] " * 400
    builder = read_markdown(f"# T\n\n{prose}\n\n{dense}\n")
    document = builder.build(name="l.md", format_name="markdown", encoding="utf-8")
    paragraphs = document.sections[0].paragraphs
    assert len(paragraphs) > 3 and all(len(p) <= 10_000 for p in paragraphs)
    assert "\n".join(document.sections[0].plain[:-1]) == prose
    assert paragraphs[-1].startswith("<p>*a* _b_ [c]")  # shown as written, not as markup
    assert document.sections[0].plain[-1] == dense.strip()


# -- long documents (issue 22, item 3) -----------------------------------------------------------
def _numbered_text(first: int, last: int, paragraphs: int = 3) -> str:
    """Chapters numbered ``first``..``last``, each with a few short paragraphs."""
    chapters = []
    for number in range(first, last + 1):
        body = "\n\n".join(
            f"Paragraph {p} of chapter {number} reports detentions and trials." for p in range(1, 4)
        )
        chapters.append(f"{number}. Chapter {number}\n\n{body}")
    return "Archive of reports\n\n" + "\n\n".join(chapters) + "\n"


def test_numbered_headings_past_999_are_headings(tmp_path: Path) -> None:
    path = tmp_path / "archive.txt"
    path.write_text(_numbered_text(998, 1003), encoding="utf-8")
    document, _ = parse_document(path)
    assert [s.title for s in document.sections] == [f"{n}. Chapter {n}" for n in range(998, 1004)]
    assert all(len(s.paragraphs) == 3 for s in document.sections)
    assert document.notices == ()


def test_numbered_lists_past_999_stay_lists() -> None:
    document = read_text("Intro line here\n\n1000. first item\n1001. second item\n").build(
        name="x.txt", format_name="text", encoding="utf-8"
    )
    assert [s.title for s in document.sections] == ["Intro line here"]
    assert "<li>second item</li>" in document.sections[0].paragraphs[0]


def test_a_section_too_long_to_show_at_once_is_split_into_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parse_here: None
) -> None:
    from kzbrief.core.importers import document as document_module

    # Chapter 1001 is long: 40 paragraphs of about 64 characters, over a 1,000 limit.
    text = _numbered_text(998, 1003).replace(
        "1001. Chapter 1001\n\n",
        "1001. Chapter 1001\n\n"
        + "".join(
            f"Long chapter paragraph {n:03d} says more about the trials.\n\n" for n in range(40)
        ),
    )
    path = tmp_path / "archive.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(document_module, "MAX_SECTION_CHARS", 1_000)
    document, _ = parse_document(path)
    titles = [s.title for s in document.sections]
    assert titles[:4] == [
        "998. Chapter 998",
        "999. Chapter 999",
        "1000. Chapter 1000",
        "1001. Chapter 1001",
    ]
    parts = [t for t in titles if t.startswith("1001. Chapter 1001 (part ")]
    assert parts == [f"1001. Chapter 1001 (part {n})" for n in range(2, len(parts) + 2)]
    assert titles[-2:] == ["1002. Chapter 1002", "1003. Chapter 1003"]
    for section in document.sections:
        assert sum(len(p) + 2 for p in section.plain) <= 1_000 + 2, section.title
    # Nothing is lost, in order.
    chapter = [p for s in document.sections if s.title.startswith("1001.") for p in s.plain]
    assert len(chapter) == 43 and chapter[0].startswith("Long chapter paragraph 000")
    assert document.notices == (
        f"The section “1001. Chapter 1001” was too long to show at once: it is split into "
        f"{len(parts) + 1} parts.",
    )
