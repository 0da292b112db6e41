"""Laying a PDF's pages out again: from lines with their geometry to headings, paragraphs
and footnotes (steps 2 to 6 of :mod:`from_pdf`: running heads, footnotes, columns, sections,
paragraphs across line and page breaks). Pure Python: no PDF engine here."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from kzbrief.core.importers.document import DocumentBuilder, split_text

#: Top and bottom bands of a page (share of its height) where running heads live.
MARGIN_BAND = 0.09
#: A line in the bands that recurs on at least this share of pages is a running head.
RUNNING_SHARE = 0.4

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|стр\.?|страница|бет)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?"
    r"(?:\s*(?:of|/|из)\s*\d{1,4})?$",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_FOOTNOTE_START = re.compile(r"^\s*(?:\[?(\d{1,3})\]?[.)]?|[*†‡§])\s*\S")
_SENTENCE_END = re.compile(r"[.!?:;…»\"”’)\]]$")


@dataclass
class Line:
    """One line of text on a page, with its geometry (PDF units, y grows upwards)."""

    html: str
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    page: int
    soft_hyphen: bool = False  # ended with a soft hyphen: the word goes on
    footnote_marks: list[str] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class Page:
    index: int
    label: str
    width: float
    height: float
    lines: list[Line]


# -- laying the pages out -----------------------------------------------------------------------
def _shape(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


class PageLayout:
    """From pages of lines to headings and paragraphs."""

    def __init__(self, pages: list[Page], outline: list[tuple[int, float | None, str]]) -> None:
        self.pages = pages
        self.outline = outline
        sizes: Counter[float] = Counter()
        for page in pages:
            for line in page.lines:
                sizes[line.size] += len(line.text)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        self.line_gap = self._line_gap()

    def _line_gap(self) -> float | None:
        """The usual distance between the baselines of two lines of one paragraph."""
        gaps: Counter[float] = Counter()
        for page in self.pages:
            for prev, line in zip(page.lines, page.lines[1:], strict=False):
                gap = prev.baseline - line.baseline
                if prev.size == line.size == self.body_size and 0 < gap < line.size * 3:
                    gaps[round(gap * 2) / 2] += 1
        return gaps.most_common(1)[0][0] if gaps else None

    # -- running heads, page numbers, footnotes --
    def _running(self) -> set[str]:
        counts: Counter[str] = Counter()
        for page in self.pages:
            seen = {_shape(line.text) for line in page.lines if self._in_band(page, line)}
            counts.update(seen)
        need = max(2, int(len(self.pages) * RUNNING_SHARE + 0.999))
        return {shape for shape, n in counts.items() if n >= need}

    @staticmethod
    def _in_band(page: Page, line: Line) -> bool:
        band = page.height * MARGIN_BAND
        return line.bottom >= page.height - band or line.top <= band

    def _split_page(self, page: Page, running: set[str]) -> tuple[list[Line], list[Line]]:
        """(body lines in reading order, footnote lines) of ``page``."""
        body: list[Line] = []
        for line in page.lines:
            if self._in_band(page, line) and (
                _shape(line.text) in running or _PAGE_NUMBER.match(line.text)
            ):
                continue
            body.append(line)
        notes: list[Line] = []
        small = [ln for ln in body if ln.size < self.body_size * 0.92]
        # Footnotes: the run of small lines at the bottom that starts with a number or mark.
        lowest_body = [ln for ln in body if ln.size >= self.body_size * 0.92]
        floor = min((ln.bottom for ln in lowest_body), default=page.height)
        candidates = sorted((ln for ln in small if ln.top <= floor + 1), key=lambda ln: -ln.top)
        if candidates and _FOOTNOTE_START.match(candidates[0].text):
            notes = candidates
            body = [ln for ln in body if ln not in notes]
        return _reading_order(body, page.width), notes

    # -- output --
    def emit(self, builder: DocumentBuilder) -> None:
        running = self._running()
        marks = self._outline_marks()
        writer = _ParagraphWriter(builder, self.body_size, self.line_gap)
        for page in self.pages:
            body, notes = self._split_page(page, running)
            anchored = _anchor_marks(marks.get(page.index, []), body)
            for n, line in enumerate(body):
                titles = anchored.get(n, [])
                for title in titles:
                    writer.heading(title)
                if titles and _same_words(line.text, titles[-1]):
                    continue  # the heading as printed
                if self.outline and writer.titled:
                    if writer.just_titled and _within(line.text, writer.last_title):
                        continue  # the rest of a title set over two lines
                    writer.line(line, page.label)
                elif self._looks_like_heading(line):
                    # Without an outline, and before its first entry (a title page).
                    writer.heading_line(line)
                else:
                    writer.line(line, page.label)
            for title in anchored.get(len(body), []):
                writer.heading(title)
            writer.footnotes(notes, page.label)
            writer.page_break()
        writer.finish()

    def _outline_marks(self) -> dict[int, list[tuple[float | None, str]]]:
        marks: dict[int, list[tuple[float | None, str]]] = {}
        for index, top, title in self.outline:
            marks.setdefault(index, []).append((top, title))
        return marks

    def _looks_like_heading(self, line: Line) -> bool:
        if len(line.text) > 160 or not any(ch.isalpha() for ch in line.text):
            return False
        if line.size >= self.body_size * 1.15:
            return True
        return (
            line.bold
            and line.size >= self.body_size * 0.95
            and len(line.text) <= 100
            and not line.text.endswith((".", ",", ";"))
        )


def _anchor_marks(marks: list[tuple[float | None, str]], body: list[Line]) -> dict[int, list[str]]:
    """Which body line each bookmark's title goes before (len(body): after the last).

    A bookmark that names a height goes before the first line at or below it; one that
    does not (a /Fit destination) before the line that prints its title, else at the top.
    """
    anchored: dict[int, list[str]] = {}
    floor = 0
    for top, title in marks:
        place = None
        if top is None:
            place = next(
                (n for n in range(floor, len(body)) if _same_words(body[n].text, title)), None
            )
        else:
            place = next((n for n in range(floor, len(body)) if body[n].top <= top + 2), None)
            if place is None:
                place = len(body)
        if place is None:
            place = floor
        floor = place
        anchored.setdefault(place, []).append(title)
    return anchored


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _within(part: str, title: str) -> bool:
    """``part``'s words appear, in order and together, in ``title`` (a title's second line)."""
    a, b = _words(part), _words(title)
    return bool(a) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _same_words(a: str, b: str) -> bool:
    fa = [w for w in re.findall(r"\w+", a.lower())]
    fb = [w for w in re.findall(r"\w+", b.lower())]
    return bool(fa) and (fa == fb or (len(fa) >= 2 and fb[: len(fa)] == fa))


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    """Lines in reading order: a two-column page column by column."""
    if len(lines) < 6:
        return lines
    middle = width / 2
    gutter = width * 0.02
    left = [ln for ln in lines if ln.x1 <= middle + gutter]
    right = [ln for ln in lines if ln.x0 >= middle - gutter]
    if len(left) < 3 or len(right) < 3 or len(left) + len(right) < len(lines) * 0.6:
        return lines
    # Bands between full-width lines; in each band the left column, then the right.
    ordered: list[Line] = []
    band: list[Line] = []
    for line in sorted(lines, key=lambda ln: -ln.top):
        if line.x1 > middle + gutter and line.x0 < middle - gutter:
            ordered.extend(_columns(band, middle, gutter))
            band = []
            ordered.append(line)
        else:
            band.append(line)
    ordered.extend(_columns(band, middle, gutter))
    return ordered


def _columns(band: list[Line], middle: float, gutter: float) -> list[Line]:
    left = [ln for ln in band if ln.x1 <= middle + gutter]
    right = [ln for ln in band if ln not in left]
    return left + right  # each already top to bottom


class _ParagraphWriter:
    """Joins lines into paragraphs (across pages) and writes them, with their pages."""

    def __init__(
        self, builder: DocumentBuilder, body_size: float, line_gap: float | None = None
    ) -> None:
        self.builder = builder
        self.body_size = body_size
        self.line_gap = line_gap
        self.lines: list[tuple[Line, str]] = []
        self.notes: list[tuple[str, str, str]] = []  # (html, text, page label)
        self.heading_parts: list[Line] = []
        self.just_titled = False
        self.last_title = ""
        #: An outline entry has been placed (from then on, only the outline makes sections).
        self.titled = False

    # headings
    def heading(self, title: str) -> None:
        self._flush_heading()
        self.flush()
        self._flush_notes()
        self.builder.heading(title)
        self.just_titled = True
        self.last_title = title
        self.titled = True

    def heading_line(self, line: Line) -> None:
        if self.heading_parts:
            last = self.heading_parts[-1]
            close = last.page == line.page and last.bottom - line.top < line.size * 1.2
            if not (close and abs(last.size - line.size) < 0.5):
                self._flush_heading()
        else:
            self.flush()
        self.heading_parts.append(line)

    def _flush_heading(self) -> None:
        if not self.heading_parts:
            return
        title = " ".join(ln.text for ln in self.heading_parts)
        self.heading_parts = []
        self.flush()
        self._flush_notes()
        self.builder.heading(title)
        self.just_titled = True
        self.last_title = title

    # paragraphs
    def line(self, line: Line, label: str) -> None:
        self._flush_heading()
        if self.lines and self._starts_paragraph(self.lines[-1][0], line):
            self.flush()
        self.lines.append((line, label))
        self.just_titled = False

    def _starts_paragraph(self, prev: Line, line: Line) -> bool:
        size = max(self.body_size, 1.0)
        if abs(line.size - prev.size) > size * 0.12:
            return True
        if line.page != prev.page:
            # Across a page break: a paragraph goes on unless the last one ended a sentence
            # on a short line, or the next one is indented.
            return bool(_SENTENCE_END.search(prev.text)) and (
                self._short(prev) or self._indented(line)
            )
        gap = prev.baseline - line.baseline
        if gap < -size:  # the next column, or further up the page
            return bool(_SENTENCE_END.search(prev.text)) and self._short(prev)
        if gap > max(prev.size, line.size) * 1.75:
            return True
        # Space between paragraphs: more than the usual step from line to line.
        if self.line_gap and line.size == self.body_size and gap > self.line_gap * 1.12 + 0.5:
            return True
        if self._indented(line) and abs(line.x0 - prev.x0) > size * 0.8:
            return True
        return self._short(prev) and bool(_SENTENCE_END.search(prev.text))

    def _short(self, line: Line) -> bool:
        widths = [ln.x1 for ln, _ in self.lines[-8:]]
        return line.x1 < max(widths) - self.body_size * 3

    def _indented(self, line: Line) -> bool:
        lefts = [ln.x0 for ln, _ in self.lines[-8:] if ln.page == line.page]
        return bool(lefts) and line.x0 > min(lefts) + self.body_size * 0.8

    def flush(self) -> None:
        if not self.lines:
            return
        lines, self.lines = self.lines, []
        html_parts: list[str] = []
        text_parts: list[str] = []
        breaks: list[tuple[int, str]] = []
        first_label = lines[0][1]
        label = first_label
        for n, (line, line_label) in enumerate(lines):
            if line_label != label:
                breaks.append((len("".join(text_parts)), line_label))
                label = line_label
            nxt = lines[n + 1][0] if n + 1 < len(lines) else None
            text, markup = line.text, line.html
            joined = nxt is not None and _joins_hyphen(line, nxt.text)
            if joined:
                text, markup = text[:-1] if text.endswith("-") else text, markup
                if markup.endswith("-"):
                    markup = markup[:-1]
            text_parts.append(text if (joined or nxt is None or line.soft_hyphen) else text + " ")
            html_parts.append(
                markup if (joined or nxt is None or line.soft_hyphen) else markup + " "
            )
        self._emit("".join(html_parts), "".join(text_parts), first_label, breaks)

    def _emit(self, markup: str, text: str, label: str, breaks: list[tuple[int, str]]) -> None:
        if len(markup) > 9000:
            # Long paragraphs are cut (the reader renders one at a time); each piece keeps
            # the page it starts on.
            for piece in split_text(text, 9000):
                start = text.find(piece)
                page = label
                for offset, later in breaks:
                    if offset <= start:
                        page = later
                inside = [(o - start, lbl) for o, lbl in breaks if start < o < start + len(piece)]
                self.builder.paragraph(
                    f"<p>{html.escape(piece)}</p>", piece, page=page, page_breaks=inside
                )
            return
        self.builder.paragraph(f"<p>{markup}</p>", text, page=label, page_breaks=breaks)

    def footnotes(self, lines: list[Line], label: str) -> None:
        current: list[Line] = []
        for line in lines:
            if current and _FOOTNOTE_START.match(line.text):
                self._add_note(current, label)
                current = []
            current.append(line)
        if current:
            self._add_note(current, label)

    def _add_note(self, lines: list[Line], label: str) -> None:
        text = ""
        markup = ""
        for n, line in enumerate(lines):
            nxt = lines[n + 1].text if n + 1 < len(lines) else None
            joined = nxt is not None and _joins_hyphen(line, nxt)
            part_t = line.text[:-1] if joined and line.text.endswith("-") else line.text
            part_h = line.html[:-1] if joined and line.html.endswith("-") else line.html
            sep = "" if joined or nxt is None or line.soft_hyphen else " "
            text += part_t + sep
            markup += part_h + sep
        match = _FOOTNOTE_START.match(text)
        if match and match.group(1):
            number = match.group(1)
            rest = re.sub(r"^\s*\[?\d{1,3}\]?[.)]?\s*", "", text)
            rest_html = re.sub(r"^\s*(?:<sup>)?\[?\d{1,3}\]?(?:</sup>)?[.)]?\s*", "", markup)
            text = f"[{number}] {rest}"
            markup = f"<sup>[{number}]</sup> {rest_html}"
        self.notes.append((markup, text, label))

    def _flush_notes(self) -> None:
        notes, self.notes = self.notes, []
        for markup, text, label in notes:
            self.builder.paragraph(f"<p>{markup}</p>", text, page=label)

    def page_break(self) -> None:
        self._flush_heading()

    def finish(self) -> None:
        self._flush_heading()
        self.flush()
        self._flush_notes()


def _joins_hyphen(line: Line, next_text: str) -> bool:
    """A word cut at the line's end: "protec-" + "tion" (a hyphen before a lower-case letter)."""
    if line.soft_hyphen:
        return False  # the soft hyphen was dropped: the parts already touch
    text = line.text
    return (
        len(text) >= 2
        and text.endswith("-")
        and text[-2].isalpha()
        and bool(next_text)
        and next_text[0].islower()
    )
