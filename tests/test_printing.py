"""The PDF drawn by Qt: a section heading never stands alone at the foot of a page."""

from __future__ import annotations

import io

import pytest

from kzbrief.core.export import ExportBundle, ExportNote, to_html


def _note(n: int, section: str, title: str, quote: str, note: str) -> ExportNote:
    return ExportNote(
        id=f"urn:uuid:00000000-0000-4000-8000-{n:012d}",
        briefing="kazakhstan-2023",
        briefing_title="Kazakhstan: human rights in 2023",
        edition=1,
        section=section,
        section_title=title,
        paragraph=f"{section}-p1",
        quote=quote,
        note=note,
        tags=("x",),
        colour="yellow",
        status="anchored",
        created="2026-11-27T10:00:00Z",
        modified="2026-11-27T11:00:00Z",
        order=(n, 0),
    )


def _pages(pdf: bytes) -> list[list[str]]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [
        [" ".join(line.split()) for line in p.extract_text().splitlines()] for p in reader.pages
    ]


def _two_parts(words: int) -> str:
    """A notes export in two sections, the first note ``words`` long."""
    bundle = ExportBundle(
        title="Notes",
        generated="2026-11-27",
        scope="all notes",
        notes=[
            _note(1, "a", "First part", "a first quote", " ".join(["word"] * words)),
            _note(2, "b", "Second part", "the second quote", "A short note."),
        ],
    )
    return to_html(bundle, for_print=True)


# Issue 22: with 400 to 424 words in the first note (A4) the heading "Second part" was the
# last line of page 1 and its first note began page 2. With 436 the heading opens page 2
# by itself, and with 300 all fits on page 1: nothing is to be moved.
@pytest.mark.parametrize(("words", "moved"), [(400, 1), (412, 1), (424, 1), (436, 0), (300, 0)])
def test_a_heading_keeps_its_first_note_on_its_page(
    qapp, monkeypatch: pytest.MonkeyPatch, words: int, moved: int
) -> None:
    import kzbrief.printing

    moves: list[int] = []
    keep = kzbrief.printing.keep_headings_with_next
    monkeypatch.setattr(
        kzbrief.printing,
        "keep_headings_with_next",
        lambda document, writer: moves.append(keep(document, writer)) or moves[-1],
    )
    pages = _pages(kzbrief.printing.html_to_pdf(_two_parts(words)))
    with_heading = [n for n, lines in enumerate(pages) if "Second part" in lines]
    assert len(with_heading) == 1
    assert "“the second quote”" in pages[with_heading[0]]
    assert moves == [moved]
    assert all(any(line and not line.isdigit() for line in page) for page in pages)  # no blank


# -- drawn in a child process, for the window (issue 18) -------------------------------------------
def test_a_pdf_drawn_apart_has_the_pages_drawn_here(qapp) -> None:
    import kzbrief.printing

    html = _two_parts(400)
    apart = kzbrief.printing.html_to_pdf_apart(html, page_size="Letter", title="Notes")
    assert apart.startswith(b"%PDF")
    assert _pages(apart) == _pages(kzbrief.printing.html_to_pdf(html, page_size="Letter"))
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(apart))
    assert reader.metadata.title == "Notes"
    assert round(reader.pages[0].mediabox.width) == 612  # Letter


def test_a_drawing_cancelled_ends_its_child_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import kzbrief.printing
    from kzbrief.core import isolated
    from tests.core import hostile_readers

    monkeypatch.setattr(kzbrief.printing, "_draw_in_child", hostile_readers.stall)
    began = time.monotonic()
    with pytest.raises(kzbrief.printing.DrawingCancelled):
        kzbrief.printing.html_to_pdf_apart(
            _two_parts(10), cancelled=lambda: time.monotonic() - began > 0.5
        )
    assert time.monotonic() - began < hostile_readers.STALL_SECONDS / 2  # not the stall's end
    assert not isolated._children


@pytest.mark.parametrize("child", ["crash", "buggy"])
def test_a_drawing_that_fails_is_told_in_one_line_without_the_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, child: str
) -> None:
    import kzbrief.printing
    from tests.core import hostile_readers

    monkeypatch.setattr(kzbrief.printing, "_draw_in_child", getattr(hostile_readers, child))
    with pytest.raises(kzbrief.printing.DrawingFailed) as failed:
        kzbrief.printing.html_to_pdf_apart(f"<p>{hostile_readers.MARKER}</p>")
    assert str(failed.value) == "cannot draw the PDF: the process drawing it stopped"
    assert hostile_readers.MARKER not in caplog.text


def test_a_bad_page_size_is_told_before_any_child_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    import kzbrief.printing
    from kzbrief.core import isolated
    from kzbrief.core.errors import BadInputError

    def no_child(*args, **kwargs):
        raise AssertionError("a child was started")

    monkeypatch.setattr(isolated, "run_isolated", no_child)
    with pytest.raises(BadInputError, match="page size must be one of A4, Letter"):
        kzbrief.printing.html_to_pdf_apart("<p>x</p>", page_size="A3")
