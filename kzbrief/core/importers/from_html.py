"""HTML (.html, .htm): the article's text as safe Markdown, the page around it left behind.

A streaming parser (:class:`html.parser.HTMLParser`) reads the page once, with no recursion
and no tree, so deeply nested or huge pages cannot exhaust the stack or hang. It keeps text,
headings, paragraphs, lists, data tables and bold/italic, and drops everything else:

- page furniture: ``nav``, page-level ``header``, ``footer``, ``aside``, forms, dialogs,
  and elements whose class/id/role name them as menus, cookie banners, share bars, ads…;
- active or external content: scripts, styles, frames, objects, media, images (so every
  tracking pixel and remote or ``file:`` image), links' targets, every attribute (so every
  event handler and inline style);
- hidden elements (``hidden``, ``aria-hidden="true"``, ``display: none``).

When the page has a ``<main>`` (or one ``<article>``), only its content is taken.
The output is Markdown with the text escaped, so nothing in the page can become markup;
the reader then renders it through :func:`kzbrief.core.render.sanitise_html` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kzbrief.core.export import escape_markdown
from kzbrief.core.importers.document import DocumentBuilder

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
_MAIN = re.compile(r"<main[\s>]|\brole\s*=\s*[\"']?main\b", re.I)
_ARTICLE = re.compile(r"<article[\s>]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—]\s+|\s+-\s+")
MAX_LIST_DEPTH = 4
EMPHASIS = {"b": "**", "strong": "**", "i": "*", "em": "*"}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(text: str) -> DocumentBuilder:
    """The article in HTML ``text``, with the page's <title> as the fallback title."""
    region = "main" if _MAIN.search(text) else None
    if region is None and len(_ARTICLE.findall(text, 0, 1 << 24)) == 1:
        region = "article"
    if region is not None:
        builder = _parse(text, region)
        if builder.has_text:
            return builder
    return _parse(text, None)


def _parse(text: str, region: str | None) -> DocumentBuilder:
    builder = DocumentBuilder()
    parser = _ArticleParser(builder, region)
    parser.run(text)
    builder.fallback_title = clean_page_title(parser.page_title)
    return builder


def clean_page_title(title: str) -> str:
    """ "Headline | Site name" → "Headline"."""
    return _TITLE_SEPARATOR.split(" ".join(title.split()), maxsplit=1)[0]


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    in_cell: bool = False

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


class _ArticleParser(HTMLParser):
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
        # What is being collected.
        self._pieces: list[str] = []
        self._emphasis: list[tuple[str, str, int]] = []  # (tag, marker, start piece)
        self._heading: list[str] | None = None
        self._pre: list[str] | None = None
        self._pre_depth = 0
        self._lists: list[list] = []  # [tag, next number] per open list
        self._items: list[str] = []
        self._item_prefix = ""
        self._table_depth = 0
        self._table: _Table | None = None  # the outermost table, while it looks like data

    def run(self, text: str) -> None:
        self.feed(text)
        self.close()
        self._end_block()
        self._end_list()

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
            return
        if self._skip_tag or (self._region and not self._region_depth):
            return
        if self._pre is not None:
            self._pre.append(data)
        elif self._heading is not None:
            self._heading.append(data)
        else:
            text = _SPACE.sub(" ", data)
            if text.strip():
                self._pieces.append(escape_markdown(text))
            elif text and self._pieces and not self._pieces[-1].endswith((" ", "\n")):
                self._pieces.append(" ")

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
                self._pieces.append("\n")
        elif tag in ("ul", "ol"):
            self._start_list(tag)
        elif tag == "li":
            self._start_item()
        elif tag == "table":
            self._start_table(attrs)
        elif tag in ("tr", "td", "th", "caption"):
            self._table_cell_boundary(tag)
        elif tag in EMPHASIS:
            self._start_emphasis(tag)
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
            self._end_emphasis(tag)
        elif tag in BLOCK_TAGS:
            self._end_block()

    # -- inline text ------------------------------------------------------------------------------
    def _start_emphasis(self, tag: str) -> None:
        marker = EMPHASIS[tag]
        if not any(m == marker for _, m, _ in self._emphasis):  # no bold inside bold
            self._emphasis.append((tag, marker, len(self._pieces)))

    def _end_emphasis(self, tag: str) -> None:
        for index in range(len(self._emphasis) - 1, -1, -1):
            if self._emphasis[index][0] == tag:
                _, marker, start = self._emphasis.pop(index)
                del self._emphasis[index:]  # markers opened inside it end with it
                inner = "".join(self._pieces[start:])
                if inner.strip() and "\n" not in inner:
                    lead = " " if inner[0].isspace() else ""
                    trail = " " if inner[-1].isspace() else ""
                    self._pieces[start:] = [f"{lead}{marker}{inner.strip()}{marker}{trail}"]
                return

    def _take_inline(self) -> str:
        """The Markdown collected since the last block, emptied."""
        self._emphasis.clear()
        text = "".join(self._pieces)
        self._pieces.clear()
        lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
        return "  \n".join(line for line in lines if line)

    def _end_block(self) -> None:
        """A block boundary: inside a list item or table cell it is only a space."""
        if self._lists or self._table is not None:
            self._pieces.append(" ")
            return
        self.builder.paragraph(self._take_inline())

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
        text = "".join(self._pre or []).strip("\n")
        self._pre = None
        if not text.strip():
            return
        longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
        fence = "`" * max(3, longest + 1)
        block = f"{fence}\n{text}\n{fence}"
        if self._lists or self._table is not None:
            self._pieces.append(" " + escape_markdown(_SPACE.sub(" ", text)) + " ")
        else:
            self.builder.paragraph(block)

    # -- lists ------------------------------------------------------------------------------------
    def _start_list(self, tag: str) -> None:
        if self._table is not None:
            self._pieces.append(" ")
            return
        if self._lists:
            self._commit_item()
        else:
            self._end_block()
        self._lists.append([tag, 1])

    def _start_item(self) -> None:
        if not self._lists:
            self._end_block()
            return
        self._commit_item()
        depth = min(len(self._lists), MAX_LIST_DEPTH) - 1
        kind = self._lists[-1]
        marker = f"{kind[1]}." if kind[0] == "ol" else "-"
        kind[1] += 1
        self._item_prefix = "    " * depth + marker + " "

    def _commit_item(self) -> None:
        text = self._take_inline()
        if text:
            prefix = self._item_prefix or "- "
            self._items.append(prefix + text.replace("  \n", " "))
            self._item_prefix = " " * len(prefix)  # more text in the same item: continue it

    def _end_list_level(self) -> None:
        if not self._lists:
            return
        self._commit_item()
        self._lists.pop()
        if not self._lists:
            self._flush_list()

    def _end_list(self) -> None:
        if self._lists:
            self._commit_item()
            self._lists.clear()
            self._flush_list()

    def _flush_list(self) -> None:
        if self._items:
            self.builder.paragraph("\n".join(self._items))
        self._items.clear()
        self._item_prefix = ""

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
            cell = self._take_inline().replace("  \n", " ")
            if table.rows:
                table.rows[-1].append(cell)
            else:
                table.caption = cell
            table.in_cell = False
        if event == "tr":
            table.rows.append([])
        elif event in ("td", "th"):
            if not table.rows:
                table.rows.append([])
            table.in_cell = True
        elif event == "caption":
            table.in_cell = True

    def _end_table(self) -> None:
        if not self._table_depth:
            return
        self._table_depth -= 1
        if self._table_depth or self._table is None:
            self._end_block()
            return
        self._table_cell_boundary("/table")
        table, self._table = self._table, None
        rows = [row for row in table.rows if any(cell.strip() for cell in row)]
        width = _Table(rows).width
        if table.caption:
            self.builder.paragraph(f"*{table.caption}*")
        if width < 2:
            for row in rows:
                for cell in row:
                    self.builder.paragraph(cell)
            return
        lines = []
        for number, row in enumerate(rows):
            cells = [c or " " for c in row] + [" "] * (width - len(row))
            lines.append("| " + " | ".join(cells) + " |")
            if number == 0:
                lines.append("|" + " --- |" * width)
        self.builder.paragraph("\n".join(lines))

    def _abandon_table(self) -> None:
        """The table holds headings or tables: lay it out as paragraphs instead."""
        table, self._table = self._table, None
        if table is None:
            return
        pending = self._take_inline() if table.in_cell else ""
        if table.caption:
            self.builder.paragraph(table.caption)
        for row in table.rows:
            for cell in row:
                self.builder.paragraph(cell)
        self.builder.paragraph(pending)
