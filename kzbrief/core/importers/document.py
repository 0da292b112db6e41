"""What every format's reader produces: sections of Markdown paragraphs, then the stored form.

Readers call :meth:`DocumentBuilder.heading` and :meth:`DocumentBuilder.paragraph` in
document order; :meth:`DocumentBuilder.build` decides the title and the stable ids. The
result is written in the same form as the bundled briefing (``briefing.json``), with each
paragraph's plain text stored beside its Markdown so that loading a large library never
renders Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from kzbrief.core.errors import BadInputError
from kzbrief.core.render import html_to_text, markdown_to_html
from kzbrief.core.wording import translate

LANGUAGES = ("en", "ru", "kk")
SLUG_MAX = 48
#: Paragraphs are split beyond this: Markdown and the sanitiser slow down more than
#: linearly on very long ones, and the reader renders one paragraph at a time.
MAX_PARAGRAPH_CHARS = 10_000
#: A section longer than this (in characters of text) is split into parts at import:
#: the reader lays a section out whole, and a 24-million-character one took minutes and
#: gigabytes (issue 22). About 10,000 words, a 40-minute read.
MAX_SECTION_CHARS = 60_000
#: Beyond these a file is not a briefing but a data dump: refuse rather than crawl.
MAX_SECTIONS = 10_000
MAX_PARAGRAPHS = 200_000
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# fmt: off
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
        "һ": "h", "і": "i", "є": "ie", "ї": "i", "ґ": "g",
    }
)
# fmt: on
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WORDY = re.compile(r"\w")


def slugify(text: str, fallback: str = "section") -> str:
    """A lower-case ASCII id for ``text``: Cyrillic transliterated, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > SLUG_MAX:
        cut = slug[:SLUG_MAX]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or fallback


def detect_language(text: str) -> str:
    """``kk``, ``ru`` or ``en``, by script, and for Cyrillic by the letters only Kazakh uses."""
    cyrillic = latin = kazakh = 0
    for ch in text[: 1 << 20]:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            kazakh += ch.lower() in _KAZAKH_LETTERS
        elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
            latin += 1
    if cyrillic <= latin:
        return "en"
    # Kazakh-only letters make up about a tenth of Kazakh text and none of Russian.
    return "kk" if kazakh >= max(3, cyrillic * 0.02) else "ru"


#: Where a paragraph of a paged document sits: the page label it starts on, and
#: (offset in its plain text, label) for each page break inside it.
PagePlace = tuple[str, tuple[tuple[int, str], ...]]


@dataclass
class DraftSection:
    title: str
    #: (Markdown or HTML block, its plain text if the reader knows it)
    paragraphs: list[tuple[str, str | None]] = field(default_factory=list)
    #: Each paragraph's page (paged documents): (label it starts on, later pages' starts)
    pages: list[PagePlace | None] = field(default_factory=list)


@dataclass(frozen=True)
class ImportedSection:
    id: str
    title: str
    paragraphs: tuple[str, ...]  # Markdown (or HTML blocks, which Markdown passes through)
    plain: tuple[str, ...]  # each paragraph's text as the reader shows it
    #: Per paragraph, its page place (PDF); empty for documents without pages.
    pages: tuple[PagePlace | None, ...] = ()
    #: Per paragraph, its HTML and that HTML's text, as the render cache keeps them
    #: (:func:`kzbrief.core.rendercache.render_cache_bytes`): rendered where the file is
    #: read, in the import's child process, not in the window's.
    rendered: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ImportedDocument:
    """A parsed document, ready to be stored as a briefing."""

    title: str
    language: str
    sections: tuple[ImportedSection, ...]
    format: str
    encoding: str
    #: One line each, for the import report: what was changed to make it readable.
    notices: tuple[str, ...] = ()

    @property
    def paragraph_count(self) -> int:
        return sum(len(s.paragraphs) for s in self.sections)

    def rendered_paragraphs(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Each section's paragraphs rendered (by section id), for the render cache (which
        renders again a section whose count does not match)."""
        return {s.id: s.rendered for s in self.sections}

    def briefing_data(
        self, briefing_id: str, *, edition: int, date: str, source: dict[str, Any]
    ) -> dict[str, Any]:
        """The ``briefing.json`` form (as the bundled briefing's, plus ``source``)."""
        sections = []
        for section in self.sections:
            paragraphs: list[dict[str, Any]] = [
                {"id": f"{section.id}-p{n}", "text": text, "plain": plain}
                for n, (text, plain) in enumerate(
                    zip(section.paragraphs, section.plain, strict=True), start=1
                )
            ]
            for paragraph, place in zip(paragraphs, section.pages, strict=False):
                if place is not None:
                    paragraph["page"] = place[0]
                    if place[1]:
                        paragraph["page_breaks"] = [list(b) for b in place[1]]
            sections.append({"id": section.id, "title": section.title, "paragraphs": paragraphs})
        return {
            "id": briefing_id,
            "title": self.title,
            "edition": edition,
            "date": date,
            "language": self.language,
            "summary": "",
            "attribution": {"imported_from": str(source.get("file", ""))},
            "source": source,
            "sections": sections,
        }


class DocumentBuilder:
    """Collects headings and paragraphs in order; every heading starts a section."""

    def __init__(self) -> None:
        self._sections: list[DraftSection] = []
        self._preamble: list[tuple[str, str | None]] = []
        self._preamble_pages: list[PagePlace | None] = []
        self._paragraphs = 0
        #: A title to use when there is no heading (HTML's <title>).
        self.fallback_title = ""
        #: The title the document declares for itself (an EPUB's dc:title): it wins over
        #: the first heading, which is then a section like any other.
        self.document_title = ""

    def heading(self, title: str) -> None:
        title = " ".join(title.split())
        if not _WORDY.search(title):
            return
        if len(self._sections) >= MAX_SECTIONS:
            told = translate("Errors", "it has more than {count} headings")
            raise BadInputError(told.format(count=f"{MAX_SECTIONS:,}"))
        self._sections.append(DraftSection(title=title[:300]))

    def paragraph(
        self,
        markdown: str,
        plain: str | None = None,
        *,
        page: str | None = None,
        page_breaks: list[tuple[int, str]] | tuple[tuple[int, str], ...] = (),
    ) -> None:
        """Add a paragraph. ``plain``: its text as the reader will show it, when the caller
        knows it without rendering (an HTML block: ``render.html_to_text`` of it).
        ``page``: the page label it starts on (paged documents); ``page_breaks``: where in
        ``plain`` each later page starts."""
        if not markdown.strip():
            return
        self._paragraphs += 1
        if self._paragraphs > MAX_PARAGRAPHS:
            told = translate("Errors", "it has more than {count} paragraphs")
            raise BadInputError(told.format(count=f"{MAX_PARAGRAPHS:,}"))
        target = self._sections[-1].paragraphs if self._sections else self._preamble
        pages = self._sections[-1].pages if self._sections else self._preamble_pages
        target.append((markdown.strip("\n"), plain))
        place = (page, tuple(page_breaks)) if page is not None else None
        pages.extend([None] * (len(target) - 1 - len(pages)))
        pages.append(place)

    @property
    def has_text(self) -> bool:
        return bool(self._preamble) or any(s.paragraphs for s in self._sections)

    def build(
        self,
        *,
        name: str,
        format_name: str,
        encoding: str,
        title: str | None = None,
        language: str | None = None,
    ) -> ImportedDocument:
        """Decide the title and the ids.

        The title is ``title`` if given, else the first heading (when no text comes before
        it), else :attr:`fallback_title` (e.g. HTML's <title>), else the file ``name``.
        """
        if language is not None and language not in LANGUAGES:
            told = translate("Errors", "unknown language {language} (use one of: en, ru, kk)")
            raise BadInputError(told.format(language=repr(language)))
        drafts = list(self._sections)
        first = drafts[0] if drafts and not self._preamble else None
        doc_title = " ".join((title or self.document_title[:300] or "").split())
        if not doc_title and first is not None:
            doc_title = first.title
            if not first.paragraphs:  # a heading with nothing under it is only the title
                drafts.pop(0)
        doc_title = (
            doc_title or " ".join(self.fallback_title.split())[:300] or _title_from_file_name(name)
        )
        if self._preamble:
            drafts.insert(
                0,
                DraftSection(
                    title=doc_title, paragraphs=self._preamble, pages=self._preamble_pages
                ),
            )
        drafts, split = split_long_sections(drafts)
        sections = _with_ids(drafts)
        plain = "\n".join(p for s in sections for p in (s.title, *s.plain))
        if not any(_WORDY.search(p) for s in sections for p in s.plain):
            raise BadInputError(
                translate("Errors", "{name} holds no text to import").format(name=name)
            )
        return ImportedDocument(
            title=doc_title,
            language=language or detect_language(plain),
            sections=tuple(sections),
            format=format_name,
            encoding=encoding,
            notices=(split,) if split else (),
        )


def split_long_sections(
    drafts: list[DraftSection], limit: int | None = None
) -> tuple[list[DraftSection], str]:
    """Sections longer than ``limit`` characters cut at paragraph breaks into parts of at
    most that (a paragraph is never longer: see MAX_PARAGRAPH_CHARS), titled "Title",
    "Title (part 2)", …; and one line saying so ("" when nothing was split)."""
    limit = limit or MAX_SECTION_CHARS
    result: list[DraftSection] = []
    split: list[tuple[str, int]] = []
    for draft in drafts:
        parts: list[list[int]] = [[]]  # indexes into the draft's paragraphs (and pages)
        size = 0
        for index, paragraph in enumerate(draft.paragraphs):
            length = len(paragraph[1] if paragraph[1] is not None else paragraph[0])
            if parts[-1] and size + length > limit:
                parts.append([])
                size = 0
            parts[-1].append(index)
            size += length + 2
        if len(parts) == 1:
            result.append(draft)
            continue
        split.append((draft.title, len(parts)))
        for number, indexes in enumerate(parts, start=1):
            title = draft.title if number == 1 else f"{draft.title} (part {number})"
            result.append(
                DraftSection(
                    title=title,
                    paragraphs=[draft.paragraphs[i] for i in indexes],
                    pages=[draft.pages[i] for i in indexes] if draft.pages else [],
                )
            )
    if not split:
        return result, ""
    title, count = split[0]
    shown = title if len(title) <= 60 else title[:59] + "…"
    if len(split) == 1:
        return result, (
            f"The section “{shown}” was too long to show at once: it is split into {count} parts."
        )
    return result, (
        f"{len(split)} sections were too long to show at once and are split into parts "
        f"(the first: “{shown}”, {count} parts)."
    )


def split_text(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at a space if one is near,
    and never inside an HTML character reference or tag."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind(" ", start + limit // 2, end) + 1
        if not cut:
            cut = end
            opened = max(text.rfind("&", end - 16, end), text.rfind("<", end - 16, end))
            if opened > start and not any(c in text[opened:end] for c in ";>"):
                cut = opened
        pieces.append(text[start:cut].strip())
        start = cut
    rest = text[start:].strip()
    return [*pieces, rest] if rest else pieces


def split_lines(lines: list[str], limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """``lines`` joined by newlines into pieces of at most ``limit`` characters (about)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        for part in split_text(line, limit) if len(line) > limit else [line]:
            if current and size + len(part) > limit:
                pieces.append("\n".join(current))
                current, size = [], 0
            current.append(part)
            size += len(part) + 1
    return [*pieces, "\n".join(current)] if current else pieces


def _title_from_file_name(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or "Imported briefing"


def _with_ids(drafts: list[DraftSection]) -> list[ImportedSection]:
    seen: set[str] = set()
    sections = []
    for number, draft in enumerate(drafts, start=1):
        base = slugify(draft.title, fallback=f"section-{number}")
        section_id, n = base, 1
        while section_id in seen:
            n += 1
            section_id = f"{base}-{n}"
        seen.add(section_id)
        places = [*draft.pages, *[None] * (len(draft.paragraphs) - len(draft.pages))]
        kept = []
        for (p, t), place in zip(draft.paragraphs, places, strict=True):
            if t is not None and not t.strip():
                continue  # (no text: e.g. an image alone)
            html = markdown_to_html(p)
            html_text = html_to_text(html)
            text = html_text if t is None else t
            if text.strip():
                kept.append((p, text, place, (html, html_text)))
        paged = any(place is not None for _, _, place, _ in kept)
        sections.append(
            ImportedSection(
                section_id,
                draft.title,
                tuple(p for p, _, _, _ in kept),
                tuple(text for _, text, _, _ in kept),
                tuple(place for _, _, place, _ in kept) if paged else (),
                tuple(html for _, _, _, html in kept),
            )
        )
    return sections
