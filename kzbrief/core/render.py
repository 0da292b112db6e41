"""Markdown to sanitised HTML, and HTML to plain text.

Everything the reader displays passes through :func:`sanitise_html`: no scripts, no event
handlers, no styles, no frames and no reference to any remote or file-system resource.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import markdown as markdown_lib
import nh3
from markdown.extensions.extra import ExtraExtension
from markdown.extensions.sane_lists import SaneListExtension

from kzbrief.core.model import Briefing, Paragraph, Section

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


# Extension instances, not names: naming them makes Markdown scan every installed
# package's entry points (~70-90 ms of start-up).
_MD = markdown_lib.Markdown(
    extensions=[ExtraExtension(), SaneListExtension()], output_format="html"
)


def markdown_to_html(text: str) -> str:
    """Render Markdown and sanitise the result (raw HTML in the source is sanitised too)."""
    _MD.reset()
    return sanitise_html(_MD.convert(text))


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


def paragraph_html(paragraph: Paragraph) -> str:
    """A paragraph as sanitised HTML whose first block carries the paragraph id."""
    body = markdown_to_html(paragraph.markdown).strip()
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
    parts.extend(paragraph_html(p) for p in section.paragraphs)
    return "\n".join(parts)


def briefing_html(briefing: Briefing, sections: Iterable[Section] | None = None) -> str:
    """The briefing (or some of its sections) as one HTML document body."""
    chosen = briefing.sections if sections is None else tuple(sections)
    head = (
        f"<h1>{html.escape(briefing.title)}</h1>\n"
        f'<p class="meta">Edition {briefing.edition} · {html.escape(briefing.date)}</p>'
    )
    return head + "\n" + "\n".join(section_html(s) for s in chosen)
