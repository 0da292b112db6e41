"""Export formats on their own: escaping, CSV safety, grouping, the annotated briefing."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzbrief.core.export import (
    ExportBundle,
    ExportNote,
    annotated_briefing_html,
    escape_markdown,
    neutralise_cell,
    to_csv,
    to_html,
    to_markdown,
)
from kzbrief.core.render import html_to_text, note_to_html

HOSTILE = [
    "<script>alert('x')</script>",
    '=HYPERLINK("http://evil.example","click")',
    "**bold** _it_ `code` [link](http://x) # not a heading",
    "1. not a list\n- nor this\n> nor a quote\n===",
    "Қазақстан және Россия — мир",
    "حقوق الإنسان في كازاخستان",
    "emoji 😀👩🏽‍⚖️",
    "a & b &amp; c | d ~~e~~ \\ back",
]


def _note(i: int, **overrides: object) -> ExportNote:
    values = dict(
        id=f"urn:uuid:00000000-0000-4000-8000-00000000000{i}",
        briefing="kazakhstan-2023",
        briefing_title="Kazakhstan: human rights in 2023",
        edition=1,
        section="climate",
        section_title="Climate policy",
        paragraph="climate-p1",
        quote=f"quote {i}",
        note=f"note {i}",
        tags=("climate",),
        colour="yellow",
        status="anchored",
        created="2026-11-27T10:00:00Z",
        modified="2026-11-27T11:00:00Z",
        start=0,
        end=7,
        order=(9, 0),
    )
    values.update(overrides)
    return ExportNote(**values)  # type: ignore[arg-type]


def _bundle(notes: list[ExportNote]) -> ExportBundle:
    return ExportBundle(title="Notes", generated="2026-11-27", scope="all notes", notes=notes)


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escaping_renders_as_written(text: str) -> None:
    rendered = html_to_text(markdown.markdown(escape_markdown(text)))
    assert rendered == "\n".join(line.strip() for line in text.split("\n")).strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_every_format_shows_hostile_text_as_written(text: str) -> None:
    """The quote is shown as written everywhere. The note is Markdown (issue 22): the memo
    and the HTML render it, and HTML typed into it still shows as text."""
    bundle = _bundle([_note(1, note=text, quote=text, tags=("x",))])
    md_text = html_to_text(markdown.markdown(to_markdown(bundle)))
    assert "\n".join(line.strip() for line in text.split("\n")).strip() in md_text
    page = to_html(bundle)
    assert "<script>" not in page
    assert text.split("\n")[0].strip() in html_to_text(page)
    assert html_to_text(note_to_html(text)).split("\n")[0] in html_to_text(page)
    rows = list(csv.reader(io.StringIO(to_csv(bundle), newline="")))
    cell = rows[1][rows[0].index("note")]
    assert cell in (text, "'" + text)


def test_csv_neutralises_formula_cells() -> None:
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "＝1"):
        assert neutralise_cell(value).startswith("'")
    assert neutralise_cell("plain") == "plain"
    text = to_csv(_bundle([_note(1, note='=HYPERLINK("x")', quote="-2")]))
    assert text.startswith('"id","briefing"')
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1][rows[0].index("note")] == '\'=HYPERLINK("x")'


def test_html_is_self_contained_and_valid() -> None:
    page = to_html(_bundle([_note(1), _note(2, section="trials", section_title="Trials")]))

    class Refs(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.refs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if name in {"src", "href"}:
                    self.refs.append(value or "")

    parser = Refs()
    parser.feed(page)
    assert parser.refs == []
    assert "<style>" in page and page.count("<h2>") == 2


def test_markdown_groups_by_section_with_citations() -> None:
    text = to_markdown(
        _bundle([_note(1), _note(2), _note(3, section="trials", section_title="Trials")])
    )
    assert text.count("## Climate policy") == 1 and text.count("## Trials") == 1
    assert (
        text.count("kazakhstan\\-2023/climate#climate\\-p1") == 0
    )  # "-" is escaped only at starts
    assert text.count("kazakhstan-2023/climate#climate-p1") == 2
    assert "edition 1" in text


def test_annotated_briefing_marks_the_passage(library) -> None:
    briefing = library.default_briefing()
    section = briefing.section("climate")
    start = section.text.index("greenhouse gas")
    note = _note(
        1,
        quote="greenhouse gas",
        start=start,
        end=start + len("greenhouse gas"),
        note="<b>check</b>",
    )
    page = annotated_briefing_html(briefing, [note], "2026-11-27")
    assert "greenhouse gas</mark>" in page
    assert "&lt;b&gt;check&lt;/b&gt;" in page and "<b>check" not in page
    assert page.count("<h2") == len(briefing.sections)


@pytest.mark.parametrize(("count", "words"), [(1, "1 note."), (2, "2 notes.")])
def test_the_note_count_is_in_good_english(count: int, words: str) -> None:
    """Issue 22: "1 notes." in the Markdown, HTML and PDF exports."""
    bundle = _bundle([_note(i) for i in range(1, count + 1)])
    assert f"; {words}" in html_to_text(markdown.markdown(to_markdown(bundle)))
    assert f"; {words}" in html_to_text(to_html(bundle))
    assert f"; {words}" in html_to_text(to_html(bundle, for_print=True))


def test_chosen_notes_are_counted_in_good_english() -> None:
    from kzbrief.core.export import ExportScope

    assert ExportScope(note_ids=("a",)).describe() == "1 chosen note"
    assert ExportScope(note_ids=("a", "b")).describe() == "2 chosen notes"


# -- a note is Markdown (issue 22 #7) --------------------------------------------------------------
MARKDOWN_NOTE = (
    "This is **escalating**, see [the report](https://example.org/report).\n"
    "![tracking pixel](https://evil.example/pixel.png)"
)


def _memo_html(bundle: ExportBundle) -> str:
    return markdown.markdown(to_markdown(bundle), extensions=["fenced_code"])


def test_the_memo_keeps_a_notes_markdown() -> None:
    """Issue 22: the .md memo escaped **escalating** to \\*\\*escalating\\*\\*."""
    memo = to_markdown(_bundle([_note(1, note=MARKDOWN_NOTE)]))
    assert "**escalating**" in memo and "\\*" not in memo
    assert "[the report](https://example.org/report)" in memo
    page = _memo_html(_bundle([_note(1, note=MARKDOWN_NOTE)]))
    assert "<strong>escalating</strong>" in page


@pytest.mark.parametrize(
    "note",
    [
        "# A claim\n\nWith its reasons.",
        "A claim\n=======\nWith its reasons.",
        "A claim\n-------\nWith its reasons.",
        "- a list item\n---",
        "```\nan open fence",
        "<pre>an open HTML block",
        "<script>alert('x')</script>",
    ],
)
def test_a_note_cannot_break_the_memos_structure(note: str) -> None:
    """A note's heading must not become a heading of the memo's rank, and nothing a note
    holds may swallow the memo after it: the next note still renders as Markdown."""
    bundle = _bundle([_note(1, note=note), _note(2, note="Next **note**.", order=(9, 1))])
    page = _memo_html(bundle)
    assert page.count("<h1>") == 1  # the memo's title
    assert page.count("<h2>") == 1  # the one section
    assert "<strong>note</strong>" in page
    assert "<script" not in page and "<pre>an" not in page
    assert "quote 2" in html_to_text(page)


def test_a_notes_heading_sits_below_its_section() -> None:
    page = _memo_html(_bundle([_note(1, note="# A claim\n\nWith its reasons.")]))
    assert "<h3>A claim</h3>" in page
    html_page = to_html(_bundle([_note(1, note="# A claim\n\nWith its reasons.")]))
    assert "<h3>A claim</h3>" in html_page and html_page.count("<h1>") == 1


@pytest.mark.parametrize("for_print", [False, True])
def test_html_renders_a_notes_markdown_and_loads_nothing(for_print: bool) -> None:
    """Issue 22: HTML and PDF showed the raw asterisks. Links stay as text and address,
    never as a link to follow; an image is its alt text, never loaded."""
    page = to_html(_bundle([_note(1, note=MARKDOWN_NOTE)]), for_print=for_print)
    assert "<strong>escalating</strong>" in page and "**" not in page
    text = html_to_text(page)
    assert "the report (https://example.org/report)" in text
    assert "tracking pixel" in text
    assert "<img" not in page and "evil.example" not in page
    assert 'href="http' not in page and "src=" not in page


def test_the_quote_stays_as_written_while_the_note_renders() -> None:
    bundle = _bundle([_note(1, quote="**as printed** [x](y)", note="**bold**")])
    assert "**as printed** [x](y)" in html_to_text(to_html(bundle))
    assert "**as printed** [x](y)" in html_to_text(to_html(bundle, for_print=True))
    assert "**as printed** [x](y)" in html_to_text(_memo_html(bundle))


def test_csv_keeps_a_notes_raw_markdown() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(_bundle([_note(1, note=MARKDOWN_NOTE)])))))
    assert rows[1][rows[0].index("note")] == MARKDOWN_NOTE


_MARKDOWNISH = st.lists(
    st.sampled_from([*list("ab #=-*_`~>|[]()!<>/\n\t 1."), "```", "~~~", "<pre>", "\n\n"]),
    max_size=60,
).map("".join)


@given(_MARKDOWNISH)
@settings(max_examples=300, deadline=None)
def test_no_note_breaks_the_memos_structure(note: str) -> None:
    bundle = _bundle([_note(1, note=note), _note(2, note="Next **note**.", order=(9, 1))])
    page = _memo_html(bundle)
    assert page.count("<h1>") == 1 and page.count("<h2>") == 1
    assert "<strong>note</strong>" in page
    assert "<pre>" not in page.replace("<pre><code", "")  # only a fence makes a <pre>
    for for_print in (False, True):
        html_page = to_html(bundle, for_print=for_print)
        assert html_page.count("<h1>") == 1 and html_page.count("<h2>") == 1
        assert "<strong>note</strong>" in html_page
        assert "<img" not in html_page and "<pre>" not in html_page.replace("<pre><code", "")
