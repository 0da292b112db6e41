"""The HTML exports: the notes as one self-contained, printable page (also what Qt draws the
PDF from), and the whole briefing with the user's highlights and notes inline."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from kzbrief.core.exportdata import (
    COLOUR_HEX,
    ExportBundle,
    ExportNote,
    colour_name,
    dates_line,
    edition_line,
    exported_line,
    tags_line,
)
from kzbrief.core.model import Briefing, Editorial
from kzbrief.core.render import note_to_html
from kzbrief.core.wording import format_datetime, interface_language, translate

# -- HTML ------------------------------------------------------------------------------------------
HTML_STYLE = """
body { font-family: "DejaVu Serif", Georgia, serif; color: #1d1d1f; line-height: 1.5; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.8em;
     border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
.meta, .cite, .dates { color: #555; font-size: 0.9em; }
blockquote { margin: 0.8em 0; padding: 0.4em 0.9em; border-left: 4px solid #999;
             background: #f7f7f7; white-space: pre-wrap; }
.note { margin: 0.4em 0; } .note p { margin: 0.3em 0; }
.tag { display: inline-block; border: 1px solid #aaa; border-radius: 3px; padding: 0 0.3em;
       margin-right: 0.3em; font-size: 0.85em; font-family: sans-serif; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #888;
          vertical-align: middle; }
.entry { page-break-inside: avoid; margin-bottom: 1.4em; }
.editorial { background: #f1f5fb; padding: 0.5em 1em; font-size: 0.95em; }
mark { padding: 0 0.1em; }
"""
#: On screen the text sits in a readable column; on paper (and in Qt's PDF) it fills the page.
SCREEN_STYLE = "body { max-width: 46em; margin: 2em auto; padding: 0 1em; }"
#: For Qt's rich text (the PDF), which draws no borders or padding on blocks and has no
#: inline-block: notes and editorial boxes are one-row tables there (see _print_note).
PRINT_STYLE = """
table.entry { margin-top: 0.5em; margin-bottom: 1.1em; }
td.bar { width: 6px; }
td.body { padding-left: 10px; }
td.body p { margin-top: 0.15em; margin-bottom: 0.15em; }
p.quote { font-style: italic; }
table.editorial { margin-top: 0.4em; margin-bottom: 0.8em; font-size: 0.95em; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_document(title: str, body: str, *, for_print: bool = False) -> str:
    style = (
        f"{HTML_STYLE}{PRINT_STYLE}"
        if for_print
        else f"{HTML_STYLE}@media screen {{ {SCREEN_STYLE} }}\n"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{interface_language()}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n<style>{style}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _html_note(note: ExportNote, *, for_print: bool = False) -> str:
    if for_print:
        return _print_note(note)
    colour = COLOUR_HEX.get(note.colour, "#eeeeee")
    tags = " ".join(f'<span class="tag">{_e(t)}</span>' for t in note.tags)
    parts = [
        f'<div class="entry" id="{_e(note.id)}">',
        f'<blockquote dir="auto" style="border-left-color: {colour}">{_e(note.quote)}</blockquote>',
    ]
    if note.note:
        parts.append(f'<div class="note" dir="auto">{note_to_html(note.note)}</div>')
    if tags:
        parts.append(f"<div>{tags}</div>")
    parts.append(
        f'<div class="cite"><span class="swatch" style="background: {colour}"></span> '
        f"{_e(colour_name(note.colour))} · {_e(note.citation)}</div>"
        f'<div class="dates">{_e(dates_line(note))}</div></div>'
    )
    return "\n".join(parts)


def _print_note(note: ExportNote) -> str:
    """A note for Qt's rich text: a bar in the highlight's colour beside the quote (in
    italics), the note, the tags as words and the citation."""
    colour = COLOUR_HEX.get(note.colour, "#eeeeee")
    lines = [f'<p class="quote" dir="auto">“{_e(note.quote)}”</p>']
    if note.note:
        lines.append(f'<div class="note" dir="auto">{note_to_html(note.note)}</div>')
    if note.tags:
        lines.append(f'<p class="cite">{_e(tags_line(", ".join(note.tags)))}</p>')
    lines.append(
        f'<p class="cite">{_e(colour_name(note.colour))} · {_e(note.citation)}<br>'
        f"{_e(dates_line(note))}</p>"
    )
    return (
        f'<table class="entry" id="{_e(note.id)}" width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><td class="bar" bgcolor="{colour}"></td><td class="body">{"".join(lines)}</td>'
        "</tr></table>"
    )


def _html_editorial(editorial: Editorial, *, for_print: bool = False) -> str:
    facts = "".join(f"<li>{_e(f)}</li>" for f in editorial.key_facts)
    why = (
        f"<p><em>{_e(translate('Export', 'Why it matters:'))}</em> "
        f"{_e(editorial.why_it_matters)}</p>"
        if (editorial.why_it_matters)
        else ""
    )
    heading = _e(translate("Export", "Editorial notes"))
    content = f"<strong>{heading}</strong><ul>{facts}</ul>{why}"
    if for_print:  # a block's background in Qt stops at each paragraph: a table cell does not
        return (
            '<table class="editorial" width="100%" cellspacing="0" cellpadding="8" '
            f'bgcolor="#f1f5fb"><tr><td>{content}</td></tr></table>'
        )
    return f'<div class="editorial">{content}</div>'


def to_html(bundle: ExportBundle, *, for_print: bool = False) -> str:
    """One self-contained, printable HTML file (inline CSS, no external references)."""
    body = [
        f"<h1>{_e(bundle.title)}</h1>",
        f'<p class="meta">{_e(exported_line(bundle))}</p>',
    ]
    for key, notes in bundle.by_section():
        first = notes[0]
        body.append(f"<h2>{_e(first.section_title)}</h2>")
        body.append(f'<p class="meta">{_e(edition_line(first.briefing_title, first.edition))}</p>')
        if key in bundle.editorial:
            body.append(_html_editorial(bundle.editorial[key][1], for_print=for_print))
        body.extend(_html_note(n, for_print=for_print) for n in notes)
    if bundle.bookmarks:
        items = "".join(
            f'<li>{_e(b["label"])} <span class="cite">[{_e(b["briefing"])}/'
            f"{_e(b['section'])}]</span></li>"
            for b in bundle.bookmarks
        )
        body.append(f"<h2>{_e(translate('Export', 'Bookmarks'))}</h2><ul>{items}</ul>")
    return _html_document(bundle.title, "\n".join(body), for_print=for_print)


# -- the annotated briefing ----------------------------------------------------------------------
def _marked_paragraph(text: str, offset: int, notes: Sequence[ExportNote]) -> str:
    """A paragraph's text with the notes that fall inside it marked (offsets in section text)."""
    spans = sorted(
        (max(n.start, offset) - offset, min(n.end, offset + len(text)) - offset, index, n)
        for index, n in enumerate(notes)
        if n.start is not None
        and n.end is not None
        and n.start < offset + len(text)
        and n.end > offset
    )
    out, cursor = [], 0
    for start, end, _, note in spans:
        if start < cursor:  # overlapping highlights: mark the rest of the later one only
            start = cursor
        if start >= end:
            continue
        out.append(_e(text[cursor:start]))
        colour = COLOUR_HEX.get(note.colour, "#eeeeee")
        out.append(
            f'<mark style="background: {colour}" title="{_e(note.note)}">'
            f"{_e(text[start:end])}</mark>"
        )
        cursor = end
    out.append(_e(text[cursor:]))
    return "".join(out)


def annotated_briefing_html(
    briefing: Briefing, notes: Iterable[ExportNote], generated: str, *, for_print: bool = False
) -> str:
    """The whole briefing with highlights inline and each section's notes after it."""
    by_section: dict[str, list[ExportNote]] = {}
    for note in notes:
        if note.briefing == briefing.id:
            by_section.setdefault(note.section, []).append(note)
    attribution = briefing.attribution
    source = " · ".join(v for k, v in attribution.items() if k in {"article", "original_source"})
    edition = translate("Export", "Edition {edition}").format(edition=briefing.edition)
    body = [
        f"<h1>{_e(briefing.title)}</h1>",
        f'<p class="meta">{_e(edition)}'
        f" · {_e(briefing.date)} · {_e(source)}<br>"
        + _e(
            translate("Export", "Annotated copy exported {date} from kzbrief.").format(
                date=format_datetime(generated)
            )
        )
        + "</p>",
    ]
    for section in briefing.sections:
        section_notes = sorted(by_section.get(section.id, []), key=lambda n: (n.start or 0, n.id))
        body.append(f'<h2 id="{_e(section.id)}">{_e(section.title)}</h2>')
        offset = 0
        for paragraph in section.paragraphs:
            body.append(
                f'<p id="{_e(paragraph.id)}">'
                f"{_marked_paragraph(paragraph.text, offset, section_notes)}</p>"
            )
            offset += len(paragraph.text) + 2
        body.extend(_html_note(n, for_print=for_print) for n in section_notes)
    title = translate("Export", "{title} (annotated)").format(title=briefing.title)
    return _html_document(title, "\n".join(body), for_print=for_print)
