"""Markdown (.md): headings make sections; every other block is a paragraph kept as Markdown.

Paragraphs are rendered one at a time by :func:`kzbrief.core.render.markdown_to_html`
(Markdown "extra": tables, fenced code, footnote syntax, …), so each stored block must be
complete in itself. Two things in Markdown reach across blocks and are resolved here:

- footnotes: ``[^label]`` becomes a bracketed number ``[n]`` in superscript, and the note's
  text becomes a paragraph at the end of the section that first cites it (rendered per
  paragraph, "extra" would restart its numbering at 1 in every paragraph);
- reference links: ``[text][label]`` becomes ``text`` (the sanitiser drops every link that
  leaves the document anyway) and the ``[label]: url`` lines are dropped.

Python-Markdown's inline work grows with markup × length within one paragraph, so a very
long prose block is split at line ends, and a long block that is mostly markup characters
(no report looks like that) is kept as literal text; a hostile file cannot stall the
import or, later, the reader.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from kzbrief.core.importers.document import MAX_PARAGRAPH_CHARS, DocumentBuilder, split_lines

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
# (Bracketed parts exclude "[" so that each match attempt stops at the next bracket: with
# "[^\]]" alone, a line of 100,000 "[" costs quadratic time.)
_FOOTNOTE_REF = re.compile(r"\[\^([^\[\]\s]+)\]")
_LINK_DEF = re.compile(r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*\S+.*$")
_REF_LINK = re.compile(r"(!?)\[([^\[\]]+)\]\[([^\[\]]*)\]")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_INDENTED = re.compile(r"^(?: {2,}|\t)")
_MARKUP = re.compile(r"[\\`*_\[\]<>&!]")
_NOT_PROSE = re.compile(r"^(?: {4}|\t| {0,3}[|<>])")
#: Blocks longer than this are checked for their share of markup characters.
DENSE_CHECK_CHARS = 2_000
MAX_MARKUP_SHARE = 0.1
#: Indentation past this many columns (lists nested ~30 deep) is kept as literal text:
#: Python-Markdown recurses once per level, and a few hundred levels exhaust the stack.
MAX_INDENT_COLUMNS = 120


@dataclass
class _Block:
    kind: str  # "heading", "para" or "footnote"
    lines: list[str] = field(default_factory=list)
    label: str = ""


def read_markdown(text: str) -> DocumentBuilder:
    """The sections and paragraphs of Markdown ``text``."""
    builder = DocumentBuilder()
    blocks = _blocks(text.split("\n"))
    footnotes = {b.label: "\n".join(b.lines).strip() for b in blocks if b.kind == "footnote"}
    link_labels = {
        m.group(1).strip().lower()
        for line in text.split("\n")
        if (m := _LINK_DEF.match(line)) and not _FENCE.match(line)
    }
    numbers: dict[str, int] = {}
    pending: list[str] = []  # footnotes cited in the current section, in citation order

    def flush_notes() -> None:
        for label in pending:
            note = _REF_LINK.sub(unlink, footnotes[label])
            builder.paragraph(f"<sup>[{numbers[label]}]</sup> {note}")
        pending.clear()

    def cite(match: re.Match[str]) -> str:
        label = match.group(1)
        if label not in footnotes:
            return match.group(0)
        if label not in numbers:
            numbers[label] = len(numbers) + 1
            pending.append(label)
        return f"<sup>[{numbers[label]}]</sup>"

    def unlink(match: re.Match[str]) -> str:
        bang, text, label = match.groups()
        known = (label or text).strip().lower() in link_labels
        return match.group(0) if not known else ("" if bang else text)

    for block in blocks:
        if block.kind == "heading":
            flush_notes()
            builder.heading(_REF_LINK.sub(unlink, " ".join(block.lines)))
        elif block.kind == "para" and _FENCE.match(block.lines[0]):
            builder.paragraph("\n".join(block.lines))
        elif block.kind == "para":
            source = _FOOTNOTE_REF.sub(cite, _REF_LINK.sub(unlink, "\n".join(block.lines)))
            for part in _bounded(source):
                builder.paragraph(part)
    flush_notes()
    uncited = [label for label in footnotes if label not in numbers]
    for label in uncited:
        numbers[label] = len(numbers) + 1
        pending.append(label)
    flush_notes()
    return builder


def _bounded(source: str) -> list[str]:
    """``source`` as paragraphs that Python-Markdown renders in bounded time."""
    if len(source) <= DENSE_CHECK_CHARS:
        return [source]
    if len(_MARKUP.findall(source)) > len(source) * MAX_MARKUP_SHARE or _too_deep(source):
        lines = html.escape(source, quote=False).split("\n")
        return [f"<p>{part.replace(chr(10), '<br>' + chr(10))}</p>" for part in split_lines(lines)]
    if len(source) <= MAX_PARAGRAPH_CHARS or _NOT_PROSE.match(source) or _LIST_ITEM.match(source):
        return [source]
    return split_lines(source.split("\n"))


def _too_deep(source: str) -> bool:
    for line in source.split("\n"):
        columns = line.expandtabs(4)
        if len(columns) - len(columns.lstrip()) > MAX_INDENT_COLUMNS:
            return True
    return False


def _blocks(lines: list[str]) -> list[_Block]:
    """Split Markdown lines into headings, paragraphs (any other block) and footnotes."""
    out: list[_Block] = []
    current: _Block | None = None
    fence: str | None = None
    blank_before = True

    def close() -> None:
        nonlocal current
        if current is not None:
            out.append(current)
            current = None

    for line in lines:
        if fence is not None:  # inside a fenced code block: everything is literal
            assert current is not None
            current.lines.append(line)
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                close()
                fence = None
            continue
        if not line.strip():
            if current is not None and current.kind == "footnote":
                current.lines.append("")
            else:
                close()
            blank_before = True
            continue
        if current is not None and current.kind == "footnote":
            starts_new = _FOOTNOTE_DEF.match(line) or _LINK_DEF.match(line)
            if not starts_new and (_INDENTED.match(line) or not blank_before):
                current.lines.append(line.strip())
                blank_before = False
                continue
            close()
        blank_was_before, blank_before = blank_before, False
        if opening := _FENCE.match(line):
            close()
            current, fence = _Block("para", [line]), opening.group(1)
        elif heading := _ATX.match(line):
            close()
            out.append(_Block("heading", [heading.group(2) or ""]))
            blank_before = True
        elif _SETEXT.match(line) and _can_be_setext_title(current):
            assert current is not None
            out.append(_Block("heading", [" ".join(s.strip() for s in current.lines)]))
            current, blank_before = None, True
        elif current is None and _THEMATIC_BREAK.match(line):
            blank_before = True
        elif footnote := _FOOTNOTE_DEF.match(line):
            close()
            current = _Block("footnote", [footnote.group(2)], label=footnote.group(1))
        elif current is None and _LINK_DEF.match(line):
            continue
        elif current is not None:
            current.lines.append(line)
        elif blank_was_before and _continues_list(out, line):
            # A loose list (blank lines between items, or an indented continuation) stays
            # one block: rendered apart, its items would each become a list of their own.
            current = out.pop()
            current.lines.extend(["", line])
        else:
            current = _Block("para", [line])
    close()
    return out


def _continues_list(out: list[_Block], line: str) -> bool:
    last = out[-1] if out else None
    return (
        last is not None
        and last.kind == "para"
        and bool(_LIST_ITEM.match(last.lines[0]))
        and bool(_LIST_ITEM.match(line) or _INDENTED.match(line))
    )


def _can_be_setext_title(block: _Block | None) -> bool:
    return (
        block is not None
        and block.kind == "para"
        and len(block.lines) <= 3
        and not _LIST_ITEM.match(block.lines[0])
        and not block.lines[0].lstrip().startswith(("|", ">"))
    )
