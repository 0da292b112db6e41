"""What the reader builds its page from: the document's text and anchors, where pages start
(imported PDFs), links between sections, and what a screen reader is told about marks."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from kzbrief.core.model import Briefing, Section
from kzbrief.gui.i18n import format_date

SECTION_LINK = "kzbrief"
#: The highlight colours as a screen reader says them.
COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Reader", "yellow"),
    "green": QT_TRANSLATE_NOOP("Reader", "green"),
    "blue": QT_TRANSLATE_NOOP("Reader", "blue"),
    "pink": QT_TRANSLATE_NOOP("Reader", "pink"),
    "purple": QT_TRANSLATE_NOOP("Reader", "purple"),
}


def document_text(document: QTextDocument) -> str:
    """The document's characters, one per position (frame markers kept as U+FDD0)."""
    chars = ["\ufdd0"] * document.characterCount()
    block = document.begin()
    while block.isValid():
        text = block.text()
        start = block.position()
        chars[start : start + len(text)] = text
        if start + len(text) < len(chars):
            chars[start + len(text)] = "\u2029"
        block = block.next()
    return "".join(chars)


def anchor_positions(document: QTextDocument) -> dict[str, int]:
    """Where each element id (anchor name) starts in the document."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            for name in fragment.charFormat().anchorNames():
                found.setdefault(name, fragment.position())
            fragments += 1
        block = block.next()
    return found


def page_marks(section: Section) -> list[tuple[int, str]]:
    """Where the pages of a paged section start: (offset in ``Section.text``, label), once
    per page, at the first paragraph on it (or inside the paragraph that runs onto it)."""
    marks: list[tuple[int, str]] = []
    position = 0
    shown = None
    for paragraph in section.paragraphs:
        if paragraph.page is not None and paragraph.page != shown:
            marks.append((position, paragraph.page))
            shown = paragraph.page
        for start, label in paragraph.page_breaks:
            if label != shown:
                marks.append((position + start, label))
                shown = label
        position += len(paragraph.text) + 2
    return marks


def section_link(briefing_id: str, section_id: str) -> str:
    return html.escape(f"{SECTION_LINK}:section/{briefing_id}/{section_id}", quote=True)


def marks_described(here: dict[str, list[str]], current: int, matches: int) -> tuple[str, ...]:
    """What a screen reader is told when the caret arrives on marked text: ``here`` holds,
    by layer name, the styles of the spans under the caret ("highlights": page colours,
    "search", "search-current")."""
    from kzbrief.gui.highlights import HIGHLIGHT_COLOURS  # highlights imports the reader

    said: list[str] = []
    for colour in here.get("highlights", ()):
        name = next((n for n, c in HIGHLIGHT_COLOURS.items() if c == colour), "")
        if name in COLOUR_NAMES:
            said.append(
                QCoreApplication.translate("Reader", "highlighted in {colour}").format(
                    colour=QCoreApplication.translate("Reader", COLOUR_NAMES[name])
                )
            )
        else:
            said.append(QCoreApplication.translate("Reader", "highlighted"))
    if here.get("search-current"):
        said.append(
            QCoreApplication.translate("Reader", "search match {n} of {total}").format(
                n=current + 1, total=matches
            )
        )
    elif here.get("search"):
        said.append(QCoreApplication.translate("Reader", "search match"))
    return tuple(said)


#: Sections a cover lists at most.
COVER_SECTIONS = 300


def cover_html(briefing: Briefing, sources_html: str = "") -> str:
    """A briefing's cover page: summary, contents and source, then ``sources_html``.

    The contents list the first :data:`COVER_SECTIONS` sections: a long report's thousands
    made a page that held the window while it was laid out (the Contents panel lists them
    all)."""
    listed = briefing.sections[:COVER_SECTIONS]
    items = "".join(
        f'<li><a href="{section_link(briefing.id, s.id)}">{html.escape(s.title)}</a></li>'
        for s in listed
    )
    more = len(briefing.sections) - len(listed)
    rest = ""
    if more:
        told = QCoreApplication.translate(
            "ReaderView",
            "…and %n more section(s), listed in the Contents panel (Ctrl+1).",
            "",
            more,
        )
        rest = f'<p class="meta">{html.escape(told)}</p>'
    source = briefing.attribution
    credit = " · ".join(
        html.escape(source[key])
        for key in ("article", "original_source", "original_source_url")
        if source.get(key)
    )
    edition = QCoreApplication.translate("ReaderView", "Edition {edition} · {date}")
    contents = QCoreApplication.translate("ReaderView", "Contents")
    source_heading = QCoreApplication.translate("ReaderView", "Source")
    parts = [
        '<p class="meta">'
        + html.escape(edition.format(edition=briefing.edition, date=format_date(briefing.date)))
        + "</p>",
        f"<h1>{html.escape(briefing.title)}</h1>",
        f'<p class="summary">{html.escape(briefing.summary)}</p>' if briefing.summary else "",
        f"<h3>{html.escape(contents)}</h3><ol>{items}</ol>{rest}",
        f'<h3>{html.escape(source_heading)}</h3><p class="attribution">{credit}</p>'
        if credit
        else "",
        f'<p class="attribution">{html.escape(source["note"])}</p>' if source.get("note") else "",
        sources_html,
    ]
    return "\n".join(p for p in parts if p)


def neighbour_links(briefing: Briefing, index: int) -> str:
    """Links to the sections before and after section ``index``."""
    links = []
    if index > 0:
        before = briefing.sections[index - 1]
        links.append(
            f'← <a href="{section_link(briefing.id, before.id)}">{html.escape(before.title)}</a>'
        )
    if index + 1 < len(briefing.sections):
        after = briefing.sections[index + 1]
        links.append(
            f'<a href="{section_link(briefing.id, after.id)}">{html.escape(after.title)}</a> →'
        )
    return f'<p class="nav">{" &nbsp;·&nbsp; ".join(links)}</p>' if links else ""


def page_number_font(text_font: QFont) -> QFont:
    """The font of the page numbers in the margin: the text's, smaller."""
    font = QFont(text_font)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    return font


def page_number_width(marks: list[tuple[int, str]], font: QFont) -> float:
    """The margin the widest page number needs, with a gap either side."""
    metrics = QFontMetricsF(font)
    template = QCoreApplication.translate("Reader", "p. %1")
    widest = max(metrics.horizontalAdvance(template.replace("%1", label)) for _, label in marks)
    return widest + metrics.averageCharWidth() * 4


def cited_source(section: Section | None, href: str) -> str:
    """What the citation mark linking to ``href`` cites ("" if it is not one)."""
    if section is None or not href.startswith(f"#src-{section.id}-"):
        return ""
    number = href.rsplit("-", 1)[-1]
    if not number.isdigit() or not 1 <= int(number) <= len(section.sources):
        return ""
    source = section.sources[int(number) - 1]
    return f"[{source.id}] {source.citation}"
