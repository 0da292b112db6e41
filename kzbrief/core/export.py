"""Exporting the user's notes with citation context: Markdown, HTML, CSV, and an annotated
briefing. (W3C JSON comes from :mod:`kzbrief.core.w3c`; PDF is drawn by Qt outside core from
the HTML made here.)

Every exported note carries its citation: briefing title, edition, section title, the exact
quoted passage, the note, tags, colour, created and modified dates and a stable reference
(briefing, section and paragraph ids). User text is escaped for each target format, so
whatever the user typed is shown as written and can never act as markup or a formula; but
for the note itself, which is Markdown: the memo keeps it (made unable to break the memo's
structure, :mod:`kzbrief.core.notemarkdown`), HTML and PDF render it, sanitised and loading
nothing (:func:`kzbrief.core.render.note_to_html`), CSV and JSON carry it as typed.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kzbrief.core.annotations import Note
from kzbrief.core.formats import EXPORT_FORMATS
from kzbrief.core.model import Briefing, Editorial, Section, cite_pages
from kzbrief.core.notemarkdown import markdown_for_memo
from kzbrief.core.render import note_to_html
from kzbrief.core.wording import format_datetime, interface_language, translate

FORMATS = EXPORT_FORMATS
COLOUR_HEX = {
    "yellow": "#fff3a3",
    "green": "#c8f2c2",
    "blue": "#c4e1ff",
    "pink": "#ffd0e4",
    "purple": "#e2d4ff",
}


@dataclass(frozen=True)
class ExportNote:
    """One note as exported: the note itself plus where it stands."""

    id: str
    briefing: str
    briefing_title: str
    edition: int
    section: str
    section_title: str
    paragraph: str | None
    quote: str
    note: str
    tags: tuple[str, ...]
    colour: str
    status: str
    created: str
    modified: str
    start: int | None = None
    end: int | None = None
    order: tuple[int, int] = (0, 0)
    #: The sources of the quoted paragraph, each as "[ID] publisher, “title”, date".
    sources: tuple[str, ...] = ()
    #: "p. 2" or "pp. 2–3" for a passage of a paged document (an imported PDF); else "".
    pages: str = ""

    @property
    def reference(self) -> str:
        """Stable reference back: briefing/section#paragraph."""
        anchor = f"#{self.paragraph}" if self.paragraph else ""
        return f"{self.briefing}/{self.section}{anchor}"

    @property
    def citation(self) -> str:
        """Where the note stands and, when the quoted paragraph cites any, its sources."""
        if self.pages:
            where = translate(
                "Export", "{briefing}, edition {edition}, section “{section}”, {pages} [{ref}]"
            )
        else:
            where = translate(
                "Export", "{briefing}, edition {edition}, section “{section}” [{ref}]"
            )
        told = where.format(
            briefing=self.briefing_title,
            edition=self.edition,
            section=self.section_title,
            pages=self.pages,
            ref=self.reference,
        )
        if not self.sources:
            return told
        return translate("Export", "{citation}; sources: {sources}").format(
            citation=told, sources="; ".join(self.sources)
        )


@dataclass(frozen=True)
class ExportScope:
    """Which notes an export holds: every filter given must match."""

    briefing: str | None = None
    section: str | None = None
    tag: str | None = None
    colour: str | None = None
    query: str | None = None
    note_ids: tuple[str, ...] | None = None

    def describe(self) -> str:
        parts = []
        if self.briefing:
            parts.append(translate("Export", "briefing {id}").format(id=self.briefing))
        if self.section:
            parts.append(translate("Export", "section {id}").format(id=self.section))
        if self.tag:
            parts.append(translate("Export", "tag {tag}").format(tag=self.tag))
        if self.colour:
            parts.append(
                translate("Export", "{colour} highlights").format(colour=colour_name(self.colour))
            )
        if self.query:
            parts.append(translate("Export", "notes matching “{query}”").format(query=self.query))
        if self.note_ids is not None:
            chosen = len(self.note_ids)  # a plain name: lupdate skips a call on len(…)
            parts.append(translate("Export", "%n chosen note(s)", "", chosen))
        return translate("Export", ", ", "list separator").join(parts) or translate(
            "Export", "all notes"
        )


@dataclass
class ExportBundle:
    """What one export holds: the notes in scope, and the optional extras."""

    title: str
    generated: str
    scope: str
    notes: list[ExportNote]
    bookmarks: list[dict[str, Any]] = field(default_factory=list)
    editorial: dict[tuple[str, str], tuple[str, Editorial]] = field(default_factory=dict)

    def by_section(self) -> list[tuple[tuple[str, str], list[ExportNote]]]:
        """Notes grouped by (briefing, section), in reading order."""
        groups: dict[tuple[str, str], list[ExportNote]] = {}
        for note in sorted(self.notes, key=lambda n: (n.briefing, n.order, n.start or 0, n.id)):
            groups.setdefault((note.briefing, note.section), []).append(note)
        return list(groups.items())


def _note_count(bundle: ExportBundle) -> str:
    count = len(bundle.notes)
    return translate("Export", "%n note(s)", "", count)


#: The highlight colours' names, for lupdate to find (translated where shown).
_COLOUR_NAMES = {
    "yellow": translate("Colour", "yellow"),
    "green": translate("Colour", "green"),
    "blue": translate("Colour", "blue"),
    "pink": translate("Colour", "pink"),
    "purple": translate("Colour", "purple"),
}


def colour_name(colour: str) -> str:
    """A highlight colour's name in the interface's language (an unknown one as it is)."""
    return translate("Colour", colour) if colour in _COLOUR_NAMES else colour


def _exported_line(bundle: ExportBundle) -> str:
    return translate("Export", "Exported {date} from kzbrief — {scope}; {count}.").format(
        date=format_datetime(bundle.generated), scope=bundle.scope, count=_note_count(bundle)
    )


def _edition_line(briefing_title: str, edition: int) -> str:
    return translate("Export", "{briefing}, edition {edition}").format(
        briefing=briefing_title, edition=edition
    )


def _dates_line(note: ExportNote) -> str:
    return translate("Export", "Created {created} · modified {modified} · {id}").format(
        created=format_datetime(note.created), modified=format_datetime(note.modified), id=note.id
    )


def _tags_line(tags: str) -> str:
    return translate("Export", "Tags: {tags}").format(tags=tags)


def _quoted_sources(section: Section, note: Note) -> tuple[str, ...]:
    """The sources of every paragraph the note's passage touches, in citation order."""
    start, end = note.anchor.start, max(note.anchor.start, note.anchor.end - 1)
    cited: dict[str, str] = {}
    offset = 0
    for paragraph in section.paragraphs:
        last = offset + len(paragraph.text)
        if offset <= end and start <= last:
            for source in section.sources_of(paragraph):
                cited.setdefault(source.id, f"[{source.id}] {source.citation}")
        offset = last + 2
    return tuple(cited.values())


def export_note(note: Note, briefing: Briefing | None) -> ExportNote:
    """A stored note with the citation context of the briefing it belongs to (if present)."""
    section = briefing.section(note.section) if briefing else None
    order = 0
    if briefing is not None and section is not None:
        order = briefing.sections.index(section)
    placed = note.status != "orphaned" and section is not None
    paragraph = section.paragraph_at(note.anchor.start) if placed and section else None
    pages = ""
    if placed and section is not None:
        pages = cite_pages(section.page_span(note.anchor.start, note.anchor.end))
    return ExportNote(
        pages=pages,
        id=note.id,
        briefing=note.briefing,
        briefing_title=briefing.title if briefing else note.briefing,
        edition=briefing.edition if briefing else (note.edition or 1),
        section=note.section,
        section_title=section.title if section else note.section,
        paragraph=paragraph.id if paragraph else None,
        sources=_quoted_sources(section, note) if placed and section else (),
        quote=note.quote,
        note=note.body,
        tags=tuple(note.tags),
        colour=note.colour,
        status=note.status,
        created=note.created,
        modified=note.modified,
        start=note.anchor.start if placed else None,
        end=note.anchor.end if placed else None,
        order=(order, 0),
    )


# -- Markdown --------------------------------------------------------------------------------------
# Backslash escapes where every renderer honours them, character references elsewhere
# (Python-Markdown, for one, does not honour a backslash before <, &, |, ~ or =).
_MD_INLINE = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
    "|": "&#124;",
    "~": "&#126;",
}
_MD_INLINE_RE = re.compile("|".join(re.escape(c) for c in _MD_INLINE))
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")
_MD_BLOCK_MARKERS = {"#": "\\#", "+": "\\+", "-": "\\-", "=": "&#61;"}


def escape_markdown(text: str) -> str:
    """Text that renders as written: no emphasis, links, HTML, lists, headings or tables."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = []
    for line in lines:
        line = _MD_INLINE_RE.sub(lambda m: _MD_INLINE[m.group()], line)
        line = _MD_LINE_START.sub(lambda m: m.group(1) + _escape_block_marker(m.group(2)), line)
        escaped.append(line)
    # A hard line break keeps the user's line breaks inside one block.
    return "  \n".join(escaped)


def _escape_block_marker(marker: str) -> str:
    # "1." becomes "1\." (an ordered-list marker is the digits *and* the dot).
    return marker + "\\" if marker.isdigit() else _MD_BLOCK_MARKERS[marker]


def _md_quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in escape_markdown(text).split("\n"))


def to_markdown(bundle: ExportBundle) -> str:
    """A ready memo: title, date, then per section a heading and each note with its citation."""
    out = [
        f"# {escape_markdown(bundle.title)}",
        "",
        f"*{escape_markdown(_exported_line(bundle))}*",
        "",
    ]
    for (_, _), notes in bundle.by_section():
        first = notes[0]
        out += [
            f"## {escape_markdown(first.section_title)}",
            "",
            f"*{escape_markdown(_edition_line(first.briefing_title, first.edition))}*",
            "",
        ]
        key = (first.briefing, first.section)
        if key in bundle.editorial:
            out += _md_editorial(bundle.editorial[key][1])
        for note in notes:
            out += [_md_quote(note.quote), ""]
            if note.note:
                out += [markdown_for_memo(note.note), ""]
            if note.tags:
                out += [_tags_line(", ".join(f"`{t.replace('`', '')}`" for t in note.tags)), ""]
            cite = translate(
                "Export",
                "— {citation}. Colour: {colour}. Created {created}, modified {modified}. "
                "Note id: {id}",
            ).format(
                citation=note.citation,
                colour=colour_name(note.colour),
                created=format_datetime(note.created),
                modified=format_datetime(note.modified),
                id=note.id,
            )
            out += [escape_markdown(cite), ""]
    if bundle.bookmarks:
        out += ["## " + escape_markdown(translate("Export", "Bookmarks")), ""]
        out += [
            f"- {escape_markdown(b['label'])} "
            f"[{escape_markdown(b['briefing'] + '/' + b['section'])}]"
            for b in bundle.bookmarks
        ]
        out.append("")
    return "\n".join(out)


def _md_editorial(editorial: Editorial) -> list[str]:
    lines = [f"**{escape_markdown(translate('Export', 'Editorial notes'))}**", ""]
    lines += [f"- {escape_markdown(fact)}" for fact in editorial.key_facts]
    if editorial.why_it_matters:
        why = escape_markdown(translate("Export", "Why it matters:"))
        lines += ["", f"*{why}* {escape_markdown(editorial.why_it_matters)}"]
    return [*lines, ""]


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
        f'<div class="dates">{_e(_dates_line(note))}</div></div>'
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
        lines.append(f'<p class="cite">{_e(_tags_line(", ".join(note.tags)))}</p>')
    lines.append(
        f'<p class="cite">{_e(colour_name(note.colour))} · {_e(note.citation)}<br>'
        f"{_e(_dates_line(note))}</p>"
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
        f'<p class="meta">{_e(_exported_line(bundle))}</p>',
    ]
    for key, notes in bundle.by_section():
        first = notes[0]
        body.append(f"<h2>{_e(first.section_title)}</h2>")
        body.append(f'<p class="meta">{_e(_edition_line(first.briefing_title, first.edition))}</p>')
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


# -- CSV -------------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "id",
    "briefing",
    "briefing_title",
    "edition",
    "section",
    "section_title",
    "paragraph",
    "quote",
    "note",
    "tags",
    "colour",
    "status",
    "created",
    "modified",
    "citation",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise_cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(bundle: ExportBundle) -> str:
    """RFC 4180 CSV with a header row (CRLF line ends, every field quoted)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for _, notes in bundle.by_section():
        for n in notes:
            row = [
                n.id,
                n.briefing,
                n.briefing_title,
                str(n.edition),
                n.section,
                n.section_title,
                n.paragraph or "",
                n.quote,
                n.note,
                ", ".join(n.tags),
                n.colour,
                n.status,
                n.created,
                n.modified,
                n.citation,
            ]
            writer.writerow([neutralise_cell(v) for v in row])
    return buffer.getvalue()


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
