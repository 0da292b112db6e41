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
from kzbrief.core.render import inline_markdown_to_text

LANGUAGES = ("en", "ru", "kk")
SLUG_MAX = 48
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


@dataclass
class DraftSection:
    title: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportedSection:
    id: str
    title: str
    paragraphs: tuple[str, ...]  # Markdown


@dataclass(frozen=True)
class ImportedDocument:
    """A parsed document, ready to be stored as a briefing."""

    title: str
    language: str
    sections: tuple[ImportedSection, ...]
    format: str
    encoding: str
    title_from_heading: bool

    @property
    def paragraph_count(self) -> int:
        return sum(len(s.paragraphs) for s in self.sections)

    def briefing_data(
        self, briefing_id: str, *, edition: int, date: str, source: dict[str, Any]
    ) -> dict[str, Any]:
        """The ``briefing.json`` form (as the bundled briefing's, plus ``source``)."""
        sections = []
        for section in self.sections:
            paragraphs = [
                {"id": f"{section.id}-p{n}", "text": md, "plain": inline_markdown_to_text(md)}
                for n, md in enumerate(section.paragraphs, start=1)
            ]
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
        self._preamble: list[str] = []
        self._paragraphs = 0
        #: A title to use when there is no heading (HTML's <title>).
        self.fallback_title = ""

    def heading(self, title: str) -> None:
        title = " ".join(title.split())
        if not _WORDY.search(title):
            return
        if len(self._sections) >= MAX_SECTIONS:
            raise BadInputError(f"it has more than {MAX_SECTIONS:,} headings")
        self._sections.append(DraftSection(title=title[:300]))

    def paragraph(self, markdown: str) -> None:
        if not markdown.strip():
            return
        self._paragraphs += 1
        if self._paragraphs > MAX_PARAGRAPHS:
            raise BadInputError(f"it has more than {MAX_PARAGRAPHS:,} paragraphs")
        target = self._sections[-1].paragraphs if self._sections else self._preamble
        target.append(markdown.strip("\n"))

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
            raise BadInputError(f"unknown language {language!r} (use one of: en, ru, kk)")
        drafts = list(self._sections)
        first = drafts[0] if drafts and not self._preamble else None
        doc_title = " ".join((title or "").split())
        title_from_heading = not doc_title and first is not None
        if title_from_heading:
            assert first is not None
            doc_title = first.title
            if not first.paragraphs:  # a heading with nothing under it is only the title
                drafts.pop(0)
        doc_title = (
            doc_title or " ".join(self.fallback_title.split())[:300] or _title_from_file_name(name)
        )
        if self._preamble:
            drafts.insert(0, DraftSection(title=doc_title, paragraphs=self._preamble))
        sections = _with_ids(drafts)
        if not _has_words(sections):
            raise BadInputError(f"{name} holds no text to import")
        plain = "\n".join(p for s in sections for p in (s.title, *s.paragraphs))
        return ImportedDocument(
            title=doc_title,
            language=language or detect_language(plain),
            sections=tuple(sections),
            format=format_name,
            encoding=encoding,
            title_from_heading=title_from_heading,
        )


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
        sections.append(ImportedSection(section_id, draft.title, tuple(draft.paragraphs)))
    return sections


def _has_words(sections: list[ImportedSection]) -> bool:
    return any(_WORDY.search(inline_markdown_to_text(p)) for s in sections for p in s.paragraphs)
