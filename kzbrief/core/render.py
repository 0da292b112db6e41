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
from typing import TYPE_CHECKING, Any

import nh3

from kzbrief.core.model import Briefing, Paragraph, Section, Source

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


#: A paragraph that is one line of words and plain punctuation, starting with a letter:
#: Markdown makes it one <p> holding the text as it is. Most paragraphs of an imported report
#: are such (a 100,000-paragraph import spent 24 s in Markdown, 0.24 ms a paragraph); every
#: character that could start Markdown or HTML (``*_`#[]<>&|\\~{}``, a leading digit or
#: dash, a line break, a space at either end) sends the text through Markdown instead.
_PLAIN = r"[^\W\d_](?:[^\W_]|[ .,;:!?'\"%/()\u2010-\u2015-])*(?<! )"
_PLAIN_PARAGRAPH = re.compile(_PLAIN)
#: The same paragraph as an HTML import stores it: Markdown passes the block through as it is.
_PLAIN_HTML_PARAGRAPH = re.compile(f"<p>{_PLAIN}</p>")


def markdown_to_html(text: str) -> str:
    """Render Markdown and sanitise the result (raw HTML in the source is sanitised too)."""
    if _PLAIN_PARAGRAPH.fullmatch(text):
        return f"<p>{text}</p>"
    if _PLAIN_HTML_PARAGRAPH.fullmatch(text):
        return text
    global _converter
    with _converter_lock:
        if _converter is None:
            _converter = _new_converter()
        _converter.reset()
        converted = _converter.convert(text)
    return sanitise_html(converted)


_note_converter: Markdown | None = None
#: How far a note's headings are moved down: an export's title is h1 and its sections h2, so
#: a note's "# Heading" becomes h3, below the section it sits in.
NOTE_HEADING_SHIFT = 2


def _new_note_converter() -> Markdown:
    # A note is the user's own Markdown: emphasis, links, lists, code, tables. HTML typed into
    # a note is shown as text (as it was before notes were rendered), images become their alt
    # text and links their text and address: an export loads nothing and follows nothing.
    from markdown import Markdown
    from markdown.extensions import Extension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.nl2br import Nl2BrExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.treeprocessors import Treeprocessor

    class InertLinks(Treeprocessor):
        def run(self, root: Any) -> None:
            for element in root.iter():
                if element.tag == "img":
                    alt = element.get("alt", "")
                    element.attrib.clear()
                    element.tag = "span"
                    element.text = alt
                elif element.tag == "a" and not element.get("href", "").startswith("#"):
                    href = element.attrib.pop("href", "")
                    element.attrib.pop("title", None)
                    element.tag = "span"
                    if href and href.removeprefix("mailto:") != "".join(element.itertext()):
                        element.tail = f" ({href}){element.tail or ''}"
                elif element.tag in _HEADINGS:
                    level = min(6, int(element.tag[1]) + NOTE_HEADING_SHIFT)
                    element.tag = f"h{level}"

    class NoteExtension(Extension):
        def extendMarkdown(self, md: Markdown) -> None:
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(InertLinks(md), "kzbrief_inert_links", 0)

    return Markdown(
        extensions=[
            FencedCodeExtension(),
            TableExtension(),
            SaneListExtension(),
            Nl2BrExtension(),
            NoteExtension(),
        ],
        output_format="html",
    )


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def note_to_html(text: str) -> str:
    """A note (the user's Markdown) as sanitised HTML for an export: rendered, with HTML in it
    shown as text, headings moved below the export's own (:data:`NOTE_HEADING_SHIFT`),
    images replaced by their alt text and links shown as their text and address."""
    global _note_converter
    with _converter_lock:
        if _note_converter is None:
            _note_converter = _new_note_converter()
        _note_converter.reset()
        converted = _note_converter.convert(text)
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


def source_anchor(section_id: str, number: int) -> str:
    """The id of a section's Sources list entry ``number`` (citation marks link to it)."""
    return f"src-{section_id}-{number}"


def source_html(source: Source) -> str:
    """One entry of a Sources list: publisher, title, date, and the address as text only."""
    text = html.escape(source.citation)
    if source.url:  # as text, without its scheme: nothing here is ever opened
        shown = re.sub(r"^[a-z]+://", "", source.url, flags=re.I)
        text += f' · <span class="url">{html.escape(shown)}</span>'
    return f'<span class="source-id">[{html.escape(source.id)}]</span> {text}'


def _with_citation_marks(paragraph_html: str, marks: str) -> str:
    """``marks`` put inside the paragraph's last block, after its text."""
    for end in ("</p>", "</div>"):
        if paragraph_html.endswith(end):
            return paragraph_html[: -len(end)] + marks + end
    return paragraph_html + marks


def citation_marks(section: Section, paragraph: Paragraph) -> str:
    """Superscript marks ``[1]`` for the paragraph's sources, each linking to its entry in
    the section's Sources list and naming the source in its tooltip."""
    numbers = {s.id: n for n, s in enumerate(section.sources, start=1)}
    links = [
        f'<a href="#{source_anchor(section.id, numbers[s.id])}" '
        f'title="{html.escape(s.citation, quote=True)}">[{numbers[s.id]}]</a>'
        for s in section.sources_of(paragraph)
    ]
    return f'<sup class="cite">{"".join(links)}</sup>' if links else ""


def sources_list_html(section: Section, heading: str = "Sources") -> str:
    """The Sources list at the end of a section: its cited sources, numbered as marked."""
    if not section.sources:
        return ""
    items = "".join(
        f'<li id="{source_anchor(section.id, n)}">{source_html(s)}</li>'
        for n, s in enumerate(section.sources, start=1)
    )
    return f'<h4 class="sources">{html.escape(heading)}</h4>\n<ol class="sources">{items}</ol>'


def briefing_sources_html(briefing: Briefing, heading: str = "Sources") -> str:
    """Every source the briefing cites, for its cover (empty when it cites none)."""
    if not briefing.sources:
        return ""
    items = "".join(
        f'<li id="src-{html.escape(s.id, quote=True)}">{source_html(s)}</li>'
        for s in briefing.sources
    )
    return f'<h3 class="sources">{html.escape(heading)}</h3>\n<ol class="sources">{items}</ol>'


def section_html(section: Section, heading_level: int = 2, sources_heading: str = "Sources") -> str:
    """A section as HTML: an anchored heading, then its paragraphs, each with the citation
    marks of its sources, then the list of those sources (if it cites any).

    The marks and the list are not part of :attr:`Section.text`: notes' anchors count the
    paragraphs' own characters only.
    """
    level = max(1, min(6, heading_level))
    parts = [
        f'<h{level} id="{html.escape(section.id, quote=True)}">'
        f"{html.escape(section.title)}</h{level}>"
    ]
    cached = section.cached_html()
    rendered = (
        [paragraph_html(p) for p in section.paragraphs]
        if cached is None
        else [paragraph_html(p, c) for p, c in zip(section.paragraphs, cached, strict=True)]
    )
    for paragraph, body in zip(section.paragraphs, rendered, strict=True):
        marks = citation_marks(section, paragraph)
        parts.append(_with_citation_marks(body, marks) if marks else body)
    listing = sources_list_html(section, sources_heading)
    if listing:
        parts.append(listing)
    return "\n".join(parts)
