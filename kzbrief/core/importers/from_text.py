"""Plain text (.txt): headings found by the rules reports are written by.

A line is a heading when it stands at the start of a block (after a blank line) and is
short, with no full stop at its end, and

- is underlined with ``===`` or ``---``;
- is numbered: ``1.``, ``1.1``, ``2.3.1``, ``1000.``, ``IV.``, ``A.``;
- starts with Markdown's ``#``;
- is written in capitals (``FREEDOM OF ASSEMBLY``, ``СВОБОДА СОБРАНИЙ``);
- or stands alone between blank lines, starts with a capital and is followed by more:
  a title-case or sentence-case heading (``Freedom of Assembly``, ``Свобода собраний``).

The first line of the file, when it stands alone and looks like a heading, is the title.
Other blocks are paragraphs; hard-wrapped lines are joined, bulleted lines become a list,
and indented or column-aligned lines keep their line breaks. Paragraphs are stored as HTML
fragments with the text escaped (see :mod:`.from_html` for why not escaped Markdown).
"""

from __future__ import annotations

import html
import re

from kzbrief.core.importers.document import DocumentBuilder, split_lines, split_text
from kzbrief.core.render import html_to_text

MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 12
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# Any number of digits: a long report numbers its chapters past 999.
_NUMBERED = re.compile(r"^\s*((?:\d+\.)+\d*|[IVXLC]{1,6}\.|[A-Z]\.)\s+\S")
_HASHES = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])\s+")
_TABULAR = re.compile(r"\S(?: {3,}|\t)\S")
_END_PUNCTUATION = ".,;:!?…"


def read_text(text: str) -> DocumentBuilder:
    """The sections and paragraphs of plain ``text``."""
    builder = DocumentBuilder()
    blocks = _split_blocks(text)
    for index, lines in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        start = 0
        # Headings open a block; an underlined one may be followed by another line of text.
        while start < len(lines):
            line = lines[start]
            if start + 1 < len(lines) and _UNDERLINE.match(lines[start + 1]) and _is_short(line):
                builder.heading(line.strip())
                start += 2
            elif start == 0 and _is_heading(lines, following):
                hashes = _HASHES.match(line)
                builder.heading(hashes.group(2) if hashes else line.strip())
                start = 1
            else:
                break
        for fragment in _paragraphs(lines[start:]) if start < len(lines) else ():
            builder.paragraph(fragment, html_to_text(fragment))
    return builder


def _split_blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_heading(lines: list[str], following: list[str] | None) -> bool:
    """Whether the first line of a block is a heading (see the module's rules)."""
    line = lines[0].strip()
    if _HASHES.match(line):
        return True
    if not _is_short(line):
        return False
    if _NUMBERED.match(line):
        return not (len(lines) > 1 and _BULLET.match(lines[1]))  # else a numbered list
    if _BULLET.match(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters):
        return True
    return len(lines) == 1 and line[0].isupper() and following is not None


def _is_short(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith(tuple(_END_PUNCTUATION))
        and any(ch.isalpha() for ch in text)
    )


def _is_bullet_block(lines: list[str]) -> bool:
    return all(_BULLET.match(line) or line.startswith((" ", "\t")) for line in lines)


def _paragraphs(lines: list[str]) -> list[str]:
    """A block of text as HTML fragments (more than one if it is very long)."""
    if _BULLET.match(lines[0]) and _is_bullet_block(lines):
        items: list[str] = []
        for line in lines:
            bullet = _BULLET.match(line)
            if bullet:
                items.append(_escape(line[bullet.end() :].strip()))
            else:  # an indented continuation of the item above
                items[-1] += " " + _escape(line.strip())
        return [
            "<ul>\n" + "\n".join(f"<li>{item}</li>" for item in part.split("\n")) + "\n</ul>"
            for part in split_lines(items)
        ]
    keep_lines = any(_TABULAR.search(line) or line[:1] in " \t" for line in lines[1:]) or (
        len(lines) > 1 and all(len(line) < 40 for line in lines)  # an address, a short list
    )
    if keep_lines:
        escaped = [_escape(line.strip()) for line in lines]
        return [
            f"<p>{part.replace(chr(10), '<br>' + chr(10))}</p>" for part in split_lines(escaped)
        ]
    return [f"<p>{part}</p>" for part in split_text(_escape(" ".join(s.strip() for s in lines)))]


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
