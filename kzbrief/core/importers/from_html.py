"""HTML (.html, .htm): the article's text kept, the page around it left behind.

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

Each paragraph is stored as a small HTML fragment that this module writes itself (text
escaped, a handful of tags) and that :func:`kzbrief.core.render.sanitise_html` has
cleaned. Markdown passes such blocks through untouched and in linear time, which matters:
Python-Markdown's inline processing is quadratic in the number of escapes in a paragraph,
so text escaped as Markdown would let a hostile page stall the import and the reader.
"""

from __future__ import annotations

import re

from kzbrief.core.importers.document import DocumentBuilder
from kzbrief.core.importers.htmlarticle import ArticleParser

_MAIN = re.compile(r"<main[\s>]|\brole\s*=\s*[\"']?main\b", re.I)
_ARTICLE = re.compile(r"<article[\s>]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—]\s+|\s+-\s+")


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
    parser = ArticleParser(builder, region)
    parser.run(text)
    builder.fallback_title = clean_page_title(parser.page_title)
    return builder


def clean_page_title(title: str) -> str:
    """ "Headline | Site name" → "Headline"."""
    return _TITLE_SEPARATOR.split(" ".join(title.split()), maxsplit=1)[0]
