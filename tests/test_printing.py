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
