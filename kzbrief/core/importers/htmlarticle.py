"""The streaming HTML parser behind the HTML and EPUB readers: an article's text, headings,
paragraphs, lists, data tables and emphasis, as builder calls (see :mod:`from_html` for what is
kept and dropped, and why paragraphs are stored as small HTML fragments).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kzbrief.core.importers.document import (
    MAX_PARAGRAPH_CHARS,
    DocumentBuilder,
    split_lines,
    split_text,
)
from kzbrief.core.render import html_to_text, sanitise_html

DROPPED_TAGS = frozenset(
    {
        "applet", "aside", "audio", "button", "canvas", "datalist", "dialog", "embed",
        "footer", "form", "frame", "frameset", "head", "iframe", "img", "input", "map",
        "math", "menu", "meter", "nav", "noembed", "noframes", "noscript", "object",
        "option", "picture", "progress", "script", "select", "source", "style", "svg",
        "template", "textarea", "track", "video",
    }
)  # fmt: skip
VOID_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "header", "hgroup", "hr", "legend", "main",
        "p", "section", "summary",
    }
)  # fmt: skip
LAYOUT_HINTS = frozenset({"p", "blockquote", "section", "article", "main"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: class/id words that mark page furniture rather than the article.
CHROME_WORDS = frozenset(
    {
        "ad", "ads", "advert", "advertisement", "breadcrumb", "breadcrumbs", "comment",
        "comments", "consent", "cookie", "cookies", "gdpr", "masthead", "menu", "modal",
        "nav", "navbar", "navigation", "newsletter", "paywall", "popup", "promo",
        "recommended", "related", "share", "sharing", "sidebar", "signup", "skip",
        "social", "sponsored", "subscribe", "subscription", "toolbar", "topbar",
    }
)  # fmt: skip
CHROME_ROLES = frozenset(
    {"banner", "complementary", "contentinfo", "dialog", "navigation", "search"}
)
_CHROME_NAME = re.compile(r"(?:^|[\s_-])(?:site|page|global)[-_]?(?:header|footer)(?:$|[\s_-])")
_WORD_SPLIT = re.compile(r"[\s_-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
MAX_LIST_DEPTH = 4
MAX_UNFINISHED = 4096
_DECLARATION = re.compile(r"<!(?!--)[^<>]*>")
EMPHASIS = {"b": "strong", "strong": "strong", "i": "em", "em": "em"}


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    in_cell: bool = False
    size: int = 0  # characters the rows will take as HTML (about)
    header: bool = False  # the first row is made of <th> cells

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class _List:
    tag: str
    emitted: bool  # lists nested deeper than MAX_LIST_DEPTH are flattened into their parent
    item_open: bool = False


class ArticleParser(HTMLParser):
    """Turns HTML into builder calls. State is kept in counters and flat lists."""

    def __init__(self, builder: DocumentBuilder, region: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.page_title = ""
        # Where we are.
        self._region = region  # "main"/"article" when only that part counts
        self._region_tag = ""
        self._region_depth = 0
        self._skip_tag = ""
        self._skip_depth = 0
        self._article_depth = 0  # open <article>/<main>: their <header> is content
        self._in_title = False
        # What is being collected: escaped text and the few tags written here.
        self._pieces: list[str] = []
        self._size = 0  # characters in _pieces
        self._open_emphasis: list[str] = []  # "strong"/"em", each at most once
        self._heading: list[str] | None = None
        self._pre: list[str] | None = None
        self._pre_depth = 0
        self._lists: list[_List] = []
        self._table_depth = 0
        self._table: _Table | None = None  # the outermost table, while it looks like data

    def run(self, text: str) -> None:
        # Declarations and marked sections (<!DOCTYPE …>, <![CDATA[ … >) hold no content, and
        # malformed ones make html.parser raise AssertionError: drop them before parsing.
        text = _DECLARATION.sub("", text)
        text = text.replace("<!", "&lt;!").replace("&lt;!--", "<!--")
        try:
            self.feed(text)
        except AssertionError:  # html.parser's last word on markup it cannot read
            self.rawdata = ""  # keep what was read before it, as a browser would
        if len(self.rawdata) > MAX_UNFINISHED and self.rawdata.startswith("<"):
            # The parser stopped at a tag or comment that never closes: as in HTML5, it
            # swallows the rest of the file. Left to close(), the rest would be rescanned
            # once per "<" in it (quadratic in Pythons before 3.11.13, gh-135462).
            self.rawdata = ""
        self.close()
        self._end_pre()
        self._end_heading()
        self._end_table(force=True)
        self._end_list()
        self._end_block()

    # -- the parser's callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self._skip_tag in ("", "head"):
            self._in_title = True
            return
        if self._skip_tag:
            if tag == self._skip_tag and tag not in VOID_TAGS:
                self._skip_depth += 1
            return
        if self._region and not self._region_depth and not self._opens_region(tag, attrs):
            return
        if self._is_dropped(tag, attrs):
            if tag not in VOID_TAGS:
                self._skip_tag, self._skip_depth = tag, 1
            return
        if self._region and not self._region_depth:
            self._region_tag = tag
        if tag == self._region_tag:
            self._region_depth += 1
        self._start(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:  # <div/> and the like: an empty element
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            return
        if self._skip_tag:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if not self._skip_depth:
                    self._skip_tag = ""
            elif tag in ("body", "html"):  # an element left open: stop skipping at the end
                self._skip_tag, self._skip_depth = "", 0
            return
        if self._region and not self._region_depth:
            return
        self._end(tag)
        if tag == self._region_tag:
            self._region_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page_title += data
        elif self._skip_tag or (self._region and not self._region_depth):
            return
        elif self._pre is not None:
            self._pre.append(data)
        elif self._heading is not None:
            self._heading.append(data)
        else:
            self._add(html.escape(_SPACE.sub(" ", data), quote=False))

    # -- deciding what to keep --------------------------------------------------------------------
    def _opens_region(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if self._region == "main":
            return tag == "main" or dict(attrs).get("role") == "main"
        return tag == "article"

    def _is_dropped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in DROPPED_TAGS:
            return True
        if tag == "header" and not self._article_depth:
            return True  # the site's header; an article's own header holds its headline
        values = dict(attrs)
        if "hidden" in values or (values.get("aria-hidden") or "").lower() == "true":
            return True
        if _HIDDEN_STYLE.search(values.get("style") or ""):
            return True
        if (values.get("role") or "").lower() in CHROME_ROLES:
            return True
        names = f"{values.get('class') or ''} {values.get('id') or ''}".lower()
        if _CHROME_NAME.search(names):
            return True
        return any(word in CHROME_WORDS for word in _WORD_SPLIT.split(names) if word)

    # -- structure ------------------------------------------------------------------------------
    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("article", "main"):
            self._article_depth += 1
        if tag in HEADINGS:
            self._start_heading()
        elif tag == "pre":
            self._pre_depth += 1
            if self._pre is None:
                self._end_block()
                self._pre = []
        elif tag == "br":
            if self._pre is not None:
                self._pre.append("\n")
            elif self._heading is None:
                self._add("<br>")
        elif tag in ("ul", "ol"):
            self._start_list(tag)
        elif tag == "li":
            self._start_item()
        elif tag == "table":
            self._start_table(attrs)
        elif tag in ("tr", "td", "th", "caption"):
            self._table_cell_boundary(tag)
        elif tag in EMPHASIS:
            element = EMPHASIS[tag]
            if element not in self._open_emphasis:  # no bold inside bold: depth stays 2
                self._open_emphasis.append(element)
                self._add(f"<{element}>")
        elif tag in BLOCK_TAGS:
            if self._table is not None and tag in LAYOUT_HINTS and self._table.width < 2:
                self._abandon_table()  # paragraphs in a one-column table: page layout
            self._end_block()

    def _end(self, tag: str) -> None:
        if tag in ("article", "main") and self._article_depth:
            self._article_depth -= 1
        if tag in HEADINGS:
            self._end_heading()
        elif tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
            if not self._pre_depth:
                self._end_pre()
        elif tag in ("ul", "ol"):
            self._end_list_level()
        elif tag == "table":
            self._end_table()
        elif tag in ("tr", "td", "th", "caption"):
            self._table_cell_boundary(f"/{tag}")
        elif tag in EMPHASIS:
            element = EMPHASIS[tag]
            if element in self._open_emphasis:
                self._open_emphasis.remove(element)
                self._add(f"</{element}>")
        elif tag in BLOCK_TAGS:
            self._end_block()

    # -- inline text ------------------------------------------------------------------------------
    def _add(self, piece: str) -> None:
        self._pieces.append(piece)
        self._size += len(piece)

    def _take_inline(self) -> str:
        """The inline HTML collected since the last block, emptied (emphasis closed)."""
        self._pieces.extend(f"</{element}>" for element in reversed(self._open_emphasis))
        self._open_emphasis.clear()
        text = _SPACE.sub(" ", "".join(self._pieces)).strip()
        self._pieces.clear()
        self._size = 0
        return text

    def _end_block(self) -> None:
        """A block boundary: inside a list or a table cell it is only a space."""
        if self._lists or self._table is not None:
            self._add(" ")
            return
        # Our inline tags hold no spaces, so cutting at a space never cuts a tag.
        for part in split_text(self._take_inline()):
            self._emit(part, "p")

    def _emit(self, inner: str, tag: str = "") -> None:
        """Add a paragraph: ``inner`` wrapped in ``tag``, cleaned by the sanitiser."""
        if not _has_text(inner):
            return
        fragment = sanitise_html(f"<{tag}>{inner}</{tag}>" if tag else inner)
        self.builder.paragraph(fragment, html_to_text(fragment))

    # -- headings ---------------------------------------------------------------------------------
    def _start_heading(self) -> None:
        if self._table is not None:
            self._abandon_table()
        self._end_list()
        self._end_block()
        self._heading = []

    def _end_heading(self) -> None:
        if self._heading is not None:
            text, self._heading = "".join(self._heading), None
            self.builder.heading(text)

    # -- preformatted text -------------------------------------------------------------------------
    def _end_pre(self) -> None:
        if self._pre is None:
            return
        text = "".join(self._pre).strip("\n")
        self._pre = None
        self._pre_depth = 0
        if self._lists or self._table is not None:
            self._add(html.escape(_SPACE.sub(" ", text), quote=False))
        else:
            # No blank lines: Markdown would end the raw block there.
            lines = [line for line in text.split("\n") if line.strip()]
            for part in split_lines(lines):
                self._emit(html.escape(part, quote=False), "pre")

    # -- lists ------------------------------------------------------------------------------------
    def _start_list(self, tag: str) -> None:
        if self._table is not None:
            self._add(" ")
            return
        if not self._lists:
            self._end_block()
        emitted = len(self._lists) < MAX_LIST_DEPTH
        if emitted:
            self._add(f"\n<{tag}>\n")
        self._lists.append(_List(tag, emitted))

    def _start_item(self) -> None:
        if not self._lists:
            self._end_block()
            return
        current = self._lists[-1]
        if not current.emitted:
            self._add(" ")
            return
        if current.item_open:
            self._add("</li>\n")
            if len(self._lists) == 1 and self._size > MAX_PARAGRAPH_CHARS:
                # A very long list goes on in a new paragraph (numbering restarts).
                self._add(f"</{current.tag}>")
                self._emit(self._take_inline())
                self._add(f"<{current.tag}>\n")
        self._add("<li>")
        current.item_open = True

    def _end_list_level(self) -> None:
        if not self._lists:
            return
        current = self._lists.pop()
        if current.emitted:
            self._add(("</li>\n" if current.item_open else "") + f"</{current.tag}>\n")
        if not self._lists:
            self._emit(self._take_inline())

    def _end_list(self) -> None:
        while self._lists:
            self._end_list_level()

    # -- tables -----------------------------------------------------------------------------------
    def _start_table(self, attrs: list[tuple[str, str | None]]) -> None:
        self._table_depth += 1
        if self._table is not None:
            self._abandon_table()  # a table in a table: a layout table, not data
        elif self._table_depth == 1 and not self._lists:
            layout = (dict(attrs).get("role") or "").lower() in ("presentation", "none")
            self._end_block()
            if not layout:
                self._table = _Table()
        else:
            self._end_block()

    def _table_cell_boundary(self, event: str) -> None:
        table = self._table
        if table is None:
            self._end_block()
            return
        if table.in_cell:
            cell = self._take_inline()
            if table.rows:
                table.rows[-1].append(cell)
                table.size += len(cell) + 20  # with the tags around it
            else:
                table.caption = cell
            table.in_cell = False
        if event == "tr":
            if table.size > MAX_PARAGRAPH_CHARS and len(table.rows) > 1:
                # A very long table goes on in a new paragraph, under the same header row.
                self._emit_table(table.rows, header=table.header)
                table.rows, table.size = table.rows[: int(table.header)], 0
            table.rows.append([])
        elif event in ("td", "th"):
            if not table.rows:
                table.rows.append([])
            if event == "th" and len(table.rows) == 1:
                table.header = True
            table.in_cell = True
        elif event == "caption":
            table.in_cell = True

    def _end_table(self, *, force: bool = False) -> None:
        if not self._table_depth:
            return
        self._table_depth = 0 if force else self._table_depth - 1
        if self._table_depth or self._table is None:
            self._end_block()
            return
        self._table_cell_boundary("/table")
        table, self._table = self._table, None
        if table.caption:
            self._emit(f"<em>{table.caption}</em>", "p")
        self._emit_table(table.rows, header=table.header)

    def _emit_table(self, rows: list[list[str]], *, header: bool) -> None:
        """A data table (``header``: its first row heads it). One column is only paragraphs."""
        rows = [row for row in rows if any(_has_text(cell) for cell in row)]
        if _Table(rows).width < 2:
            for row in rows:
                for cell in row:
                    self._emit(cell, "p")
            return
        lines = ["<table>"]
        for number, row in enumerate(rows):
            cell_tag = "th" if header and number == 0 else "td"
            lines.append("<tr>")
            lines.extend(f"<{cell_tag}>{cell}</{cell_tag}>" for cell in row)
            lines.append("</tr>")
        lines.append("</table>")
        self._emit("\n".join(lines))

    def _abandon_table(self) -> None:
        """The table holds headings, paragraphs or tables: lay it out as paragraphs instead."""
        table, self._table = self._table, None
        if table is None:
            return
        pending = self._take_inline() if table.in_cell else ""
        for text in (table.caption, *(cell for row in table.rows for cell in row), pending):
            self._emit(text, "p")


def _has_text(fragment: str) -> bool:
    return any(ch.isalnum() for ch in _TAG.sub("", fragment))
