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
import io
import re

from kzbrief.core.exportdata import (
    COLOUR_HEX,
    FORMATS,
    ExportBundle,
    ExportNote,
    ExportScope,
    colour_name,
    edition_line,
    export_note,
    exported_line,
    tags_line,
)
from kzbrief.core.exporthtml import annotated_briefing_html, to_html
from kzbrief.core.model import Editorial
from kzbrief.core.notemarkdown import markdown_for_memo
from kzbrief.core.wording import format_datetime, translate

__all__ = [
    "COLOUR_HEX",
    "CSV_COLUMNS",
    "FORMATS",
    "ExportBundle",
    "ExportNote",
    "ExportScope",
    "annotated_briefing_html",
    "colour_name",
    "escape_markdown",
    "export_note",
    "neutralise_cell",
    "to_csv",
    "to_html",
    "to_markdown",
]

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
        f"*{escape_markdown(exported_line(bundle))}*",
        "",
    ]
    for (_, _), notes in bundle.by_section():
        first = notes[0]
        out += [
            f"## {escape_markdown(first.section_title)}",
            "",
            f"*{escape_markdown(edition_line(first.briefing_title, first.edition))}*",
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
                out += [tags_line(", ".join(f"`{t.replace('`', '')}`" for t in note.tags)), ""]
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
