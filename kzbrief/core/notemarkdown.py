"""A note's Markdown made safe to place inside a Markdown memo (the ``md`` export).

The note stays Markdown (emphasis, links, lists, code), but it must not take over the
memo around it: its headings move below the memo's own (a note's ``# Heading`` would
otherwise be a second title), a setext heading ("Title" over "===") becomes one of those
moved headings, a code fence left open is closed (or every later note would be code), and HTML
typed into the note is shown as text, as the HTML and PDF exports show it
(:func:`kzbrief.core.render.note_to_html`). Line breaks are kept as hard breaks, as those
exports keep them.
"""

from __future__ import annotations

import re

from kzbrief.core.render import NOTE_HEADING_SHIFT

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_LANGUAGE = re.compile(r"[\w#.+-]+")
#: What a line may start with before a heading or its text: spaces, quote marks and one
#: list marker (a heading may sit in a quote or a list item).
_CONTAINER = r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)?"
#: A heading. With no space after the hashes ("#tag") it is one for Python-Markdown but
#: not for CommonMark: the first hash is escaped, so that it is text for both.
_ATX = re.compile(rf"^({_CONTAINER})(#{{1,6}})([ \t]|$)?")
_SETEXT = re.compile(r"^([ \t>]*)(=+|-+)[ \t]*$")
#: The text before a setext underline that cannot become a heading's: nothing, a list item,
#: a heading, a table row or a fence.
_NOT_SETEXT_TEXT = re.compile(r"^[ \t>]*($|([-+*]|\d+[.)])(\s|$)|[#|]|```|~~~)")
_QUOTE_PREFIX = re.compile(r"^[ \t>]*")
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
#: An HTML tag, comment or declaration opening: "<" then a letter, "/", "!" or "?". An
#: autolink (<https://…>, <me@example.org>) is kept.
_HTML_OPEN = re.compile(
    r"<(?=[A-Za-z/!?])(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)(?![^\s<>@]+@[^\s<>@]+>)"
)


def markdown_for_memo(text: str) -> str:
    """``text`` (a note in Markdown) as Markdown that stays inside its place in a memo."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    code: list[bool] = []  # whether each line of out is inside a code fence (or is one)
    fence: str | None = None
    for line in lines:
        marker = _FENCE.match(line)
        if fence is not None:
            closing = (
                marker is not None
                and marker.group(1).startswith(fence)
                and not marker.group(2).strip()
            )
            out.append(fence if closing else line)
            code.append(True)
            fence = None if closing else fence
            continue
        if marker:
            # Renderers disagree on fences (indented, with odd info strings, closed by a
            # longer one): both ends are written the one way they all read alike.
            fence = marker.group(1)
            info = marker.group(2).split()
            out.append(fence + (info[0] if info and _LANGUAGE.fullmatch(info[0]) else ""))
            code.append(True)
            continue
        setext = _SETEXT.match(line)
        if setext and out and not code[-1] and _QUOTE_PREFIX.sub("", out[-1]):
            if not _NOT_SETEXT_TEXT.match(out[-1]):
                level = 1 if setext.group(2)[0] == "=" else 2
                prefix = _QUOTE_PREFIX.match(out[-1]).group()  # type: ignore[union-attr]
                text = out[-1][len(prefix) :].strip()
                out[-1] = f"{prefix}{_hashes(level)} {text}"
                continue
            # Under a list item or a heading, some renderers (Python-Markdown) still read a
            # setext heading: a line with nothing (but the quote marks) before it makes it a
            # rule (or "===" as text) for all of them.
            out.append(setext.group(1).rstrip())
            code.append(False)
        line = _ATX.sub(_demote, line)
        out.append(_escape_html(line))
        code.append(False)
    if fence is not None:
        out.append(fence)
        code.append(True)
    # Two spaces at the end of a line of text make a hard break: the note's line breaks stay.
    for index in range(len(out) - 1):
        if not code[index] and out[index].strip() and out[index + 1].strip():
            out[index] = out[index].rstrip(" ") + "  "
    return "\n".join(out).strip("\n")


def _demote(heading: re.Match[str]) -> str:
    container, hashes, space = heading.groups()
    if space is None:  # "#tag": text, whichever renderer reads it
        return f"{container}\\{hashes}"
    return f"{container}{_hashes(len(hashes))}{space}"


def _hashes(level: int) -> str:
    return "#" * min(6, level + NOTE_HEADING_SHIFT)


def _escape_html(line: str) -> str:
    """``line`` with HTML shown as text, but for what is inside a code span."""
    pieces, cursor = [], 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_HTML_OPEN.sub("&lt;", line[cursor : span.start()]))
        pieces.append(span.group())
        cursor = span.end()
    pieces.append(_HTML_OPEN.sub("&lt;", line[cursor:]))
    return "".join(pieces)
