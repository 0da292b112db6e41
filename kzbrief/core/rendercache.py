"""Render caches: a briefing folder's Markdown rendered ahead of time, in ``rendered.json``.

Opening a briefing needs each paragraph's plain text (search, note anchors) and, for the
section shown, its HTML; both come from rendering Markdown, which costs Python-Markdown's
import (40-60 ms) and then the conversions. So a briefing folder may hold, beside its
``briefing.json``, every paragraph already rendered::

    {"render_version": 1,
     "source_sha256": "<sha256 of the briefing.json bytes it was made from>",
     "sections": {"<section id>": [{"id": "<paragraph id>", "html": "...", "text": "..."}]}}

It is only a cache. It is used when its stamp matches the bytes of the briefing.json beside
it and this renderer (:data:`~kzbrief.core.render.RENDER_VERSION`); a cache that is missing,
stale, unreadable, oversized or not of this shape is ignored, silently, and the paragraphs
are rendered as they would have been without it. Its HTML is sanitised again when shown
(:func:`~kzbrief.core.render.paragraph_html`). Paragraphs are matched by position within
their section and checked by id: ids are not required to be unique, positions are.

Written by ``make prerender`` for the bundled briefings (:mod:`kzbrief.core.prerender`; a
test fails when the committed one is stale) and by the importer, with each imported
briefing, in the same staged install (:mod:`kzbrief.core.importers.storage`).

Read on first use: the loader needs it at once only for paragraphs without a stored plain
text (the bundled briefings). Imported briefings store their plain text in briefing.json,
so their caches are read when one of their sections is first shown, and a library of a
hundred imports opens without parsing a hundred caches.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from kzbrief.core import jsonread
from kzbrief.core.jsonwrite import dumps_bytes
from kzbrief.core.model import Briefing
from kzbrief.core.render import RENDER_VERSION, html_to_text, markdown_to_html

RENDER_FILE = "rendered.json"
#: A cache bigger than this many times its briefing.json is not one kzbrief wrote: it is
#: not read. (Markdown's widest output, a table of empty cells, is ~11 bytes a byte.)
MAX_SIZE_RATIO = 32
SIZE_SLACK = 1 << 20


class RenderedParagraph(NamedTuple):
    html: str  # sanitised when made; sanitise again before showing
    text: str  # html_to_text(html)


def source_digest(briefing_bytes: bytes) -> str:
    """The stamp that ties a cache to the exact briefing.json it was made from."""
    return hashlib.sha256(briefing_bytes).hexdigest()


def size_limit(briefing_size: int) -> int:
    """The largest cache read for a briefing.json of ``briefing_size`` bytes."""
    return MAX_SIZE_RATIO * briefing_size + SIZE_SLACK


class RenderCache:
    """The render cache of one briefing folder, read and checked on first use.

    Safe to share between threads (the reader and an index build may both ask).
    """

    def __init__(self, path: Path, source_sha256: str, source_size: int) -> None:
        self.path = path
        self._source_sha256 = source_sha256
        self._limit = size_limit(source_size)
        self._lock = threading.Lock()
        self._read = False
        self._sections: dict[str, Any] | None = None

    def paragraphs(
        self, section_id: str, paragraph_ids: Sequence[str]
    ) -> tuple[RenderedParagraph, ...] | None:
        """A section's paragraphs as cached, in order; None if the cache cannot say."""
        with self._lock:
            if not self._read:
                self._sections = _read_sections(self.path, self._source_sha256, self._limit)
                self._read = True
            sections = self._sections
        if sections is None:
            return None
        return _checked(sections.get(section_id), paragraph_ids)

    def html(self, section_id: str, paragraph_ids: Sequence[str]) -> list[str] | None:
        """The HTML of a section's paragraphs (:class:`~kzbrief.core.model.RenderedHtml`)."""
        found = self.paragraphs(section_id, paragraph_ids)
        return None if found is None else [p.html for p in found]


def _read_sections(path: Path, source_sha256: str, limit: int) -> dict[str, Any] | None:
    """The ``sections`` of the cache at ``path`` if it is current for ``source_sha256``."""
    try:
        with path.open("rb") as handle:
            payload = handle.read(limit + 1)
        data = jsonread.loads(payload.decode("utf-8")) if len(payload) <= limit else None
    except (OSError, ValueError, RecursionError):  # ValueError: bad UTF-8 or JSON
        return None
    if (
        not isinstance(data, dict)
        or type(data.get("render_version")) is not int  # not True, which == 1
        or data["render_version"] != RENDER_VERSION
        or data.get("source_sha256") != source_sha256
        or not isinstance(data.get("sections"), dict)
    ):
        return None
    return data["sections"]


def _checked(entries: Any, paragraph_ids: Sequence[str]) -> tuple[RenderedParagraph, ...] | None:
    if not isinstance(entries, list) or len(entries) != len(paragraph_ids):
        return None
    found = []
    for entry, paragraph_id in zip(entries, paragraph_ids, strict=True):
        if not isinstance(entry, dict) or entry.get("id") != paragraph_id:
            return None
        html, text = entry.get("html"), entry.get("text")
        if not isinstance(html, str) or not isinstance(text, str):
            return None
        found.append(RenderedParagraph(html, text))
    return tuple(found)


def render_cache_bytes(
    briefing: Briefing,
    source_sha256: str,
    rendered: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> bytes:
    """The cache of ``briefing`` (loaded from briefing.json bytes of ``source_sha256``).

    Renders every paragraph: this is the slow path the cache exists to keep out of a start.
    Its bytes depend on the briefing and the renderer alone: a committed cache is checked
    by building it again. ``rendered``: sections' paragraphs rendered already (an import's,
    rendered in its child process: ``ImportedDocument.rendered_paragraphs``), as (HTML,
    text) by section id; a section it lacks, or whose count differs, is rendered here.
    """
    done = rendered or {}
    sections: dict[str, list[dict[str, str]]] = {}
    for section in briefing.sections:
        entries = sections[section.id] = []
        ready = done.get(section.id)
        if ready is not None and len(ready) == len(section.paragraphs):
            for paragraph, (html, text) in zip(section.paragraphs, ready, strict=True):
                entries.append({"id": paragraph.id, "html": html, "text": text})
            continue
        for paragraph in section.paragraphs:
            html = markdown_to_html(paragraph.markdown)
            entries.append({"id": paragraph.id, "html": html, "text": html_to_text(html)})
    data = {
        "render_version": RENDER_VERSION,
        "source_sha256": source_sha256,
        "sections": sections,
    }
    return dumps_bytes(data)
