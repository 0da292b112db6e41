"""Markdown to sanitised HTML, and HTML to plain text.

Everything the reader displays passes through :func:`sanitise_html`: no scripts, no event
handlers, no styles, no frames and no reference to any remote or file-system resource.

Python-Markdown is imported on the first conversion, not with this module: it costs
40-60 ms of start-up, and a start needs none of it, since briefing folders carry their
rendering (:mod:`kzbrief.core.rendercache`). Only a stale cache, an import or a paragraph
that comes without one renders Markdown.
"""

from __future__ import annotations

import html
import re
import threading
from typing import TYPE_CHECKING

import nh3

from kzbrief.core.model import Paragraph, Section

if TYPE_CHECKING:
    from markdown import Markdown

#: Bump when this module renders the same Markdown to different HTML or text (a change here,
#: or in Python-Markdown or nh3): render caches stamped with another version are ignored.
RENDER_VERSION = 1

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href"},
    "span": {"class"},
    "mark": {"class"},
    "p": {"class"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # Links may only point inside the document: nothing remote, nothing on disk.
    if attribute == "href":
        return value if value.startswith("#") and _SAFE_ID.match(value[1:] or "x") else None
    if attribute == "id":
        return value if _SAFE_ID.match(value) else None
    return value


def sanitise_html(fragment: str) -> str:
    """Return ``fragment`` with everything unsafe or external removed."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "template",
            "noscript",
            "svg",
            "math",
            "title",
            "head",
        },
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


_converter: Markdown | None = None
#: A Markdown instance keeps state while it converts: one conversion at a time (the reader
#: and an import in a worker thread may both render).
_converter_lock = threading.Lock()


def _new_converter() -> Markdown:
    # Extension instances, not names: a name makes Markdown scan every installed package's
    # entry points (importlib.metadata, ~20 ms and more with many packages). That is why
    # these are "extra"'s seven extensions one by one, in its order: ExtraExtension itself
    # registers them by name.
    from markdown import Markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.md_in_html import MarkdownInHtmlExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    extra = [
        FencedCodeExtension(),
        FootnoteExtension(),
        AttrListExtension(),
        DefListExtension(),
        TableExtension(),
        AbbrExtension(),
        MarkdownInHtmlExtension(),
    ]
    return Markdown(extensions=[*extra, SaneListExtension()], output_format="html")


def markdown_to_html(text: str) -> str:
    """Render Markdown and sanitise the result (raw HTML in the source is sanitised too)."""
    global _converter
    with _converter_lock:
        if _converter is None:
            _converter = _new_converter()
        _converter.reset()
        converted = _converter.convert(text)
    return sanitise_html(converted)


_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr|blockquote|pre|dt|dd|table)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags removed, entities decoded, spaces folded."""
    text = _BLOCK_END.sub("\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def inline_markdown_to_text(text: str) -> str:
    """Plain text of a paragraph written in Markdown."""
    return html_to_text(markdown_to_html(text))


def paragraph_html(paragraph: Paragraph, cached: str | None = None) -> str:
    """A paragraph as sanitised HTML whose first block carries the paragraph id.

    ``cached``: its HTML from a render cache, used instead of rendering its Markdown. That
    was sanitised when it was made; it is sanitised again here, because a file on disk is
    not to be trusted with what the reader shows (nh3 takes microseconds).
    """
    source = markdown_to_html(paragraph.markdown) if cached is None else sanitise_html(cached)
    body = source.strip()
    pid = html.escape(paragraph.id, quote=True)
    if body.startswith("<p>"):
        return f'<p id="{pid}">{body[3:]}'
    return f'<div id="{pid}">{body}</div>'


def section_html(section: Section, heading_level: int = 2) -> str:
    """A section as HTML: an anchored heading, then its paragraphs."""
    level = max(1, min(6, heading_level))
    parts = [
        f'<h{level} id="{html.escape(section.id, quote=True)}">'
        f"{html.escape(section.title)}</h{level}>"
    ]
    cached = section.cached_html()
    if cached is None:
        parts.extend(paragraph_html(p) for p in section.paragraphs)
    else:
        parts.extend(paragraph_html(p, c) for p, c in zip(section.paragraphs, cached, strict=True))
    return "\n".join(parts)
