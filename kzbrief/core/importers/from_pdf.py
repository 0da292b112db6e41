"""PDF (.pdf): the text layer read with its geometry, laid out again as sections and paragraphs.

Why pypdfium2 (PDFium, the PDF engine of Chromium): it gives every character with its box,
baseline and font size at C speed (a 300-page report in a few seconds, where pypdf's
pure-Python extraction took over 30 s on the same file), opens AES- and RC4-encrypted files
with a password, reads outlines and page labels, and repairs or refuses damaged files
without crashing. It costs about 7 MB in the bundle (stripped).

What happens to a file, page by page (one page is in memory at a time):

1. each character's box, baseline and size make *lines* (a new line where the baseline
   moves or the text jumps back or far ahead); small raised digits become footnote marks;
2. lines in the top or bottom band of the page that repeat on many pages (digits ignored)
   are running headers and footers, and a line there that is only a number is a page number:
   both are dropped;
3. lines in the bottom band in a smaller size than the body, starting with a number, are
   footnotes: they are kept and placed at the end of the section they belong to;
4. a page whose lines fall into two columns (a clear gutter down the middle) is read column
   by column, full-width lines (a title across both) in their place;
5. sections come from the outline (bookmarks) where the PDF has one, else from lines set
   larger than the body text, or bold and short and alone;
6. lines join into paragraphs across line and page breaks (a paragraph ends at a larger gap,
   an indented first line, or a short line that ends a sentence), a word hyphenated at a
   line end is joined, ligatures (ﬁ, ﬂ) and soft hyphens are normalised.

Every paragraph keeps its page: the PDF's page label where the file defines labels (the
number printed on the page), else the page number; a paragraph that runs over a page break
records where in its text the next page starts.
"""

from __future__ import annotations

import html
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from kzbrief.core.errors import BadInputError, ImportCancelled, PasswordRequired
from kzbrief.core.importers.document import DocumentBuilder
from kzbrief.core.importers.pdflayout import Line, Page, PageLayout
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    import pypdfium2

#: Limits, documented in the README: beyond them a file is refused before it is laid out.
MAX_PDF_PAGES = 3000
MAX_PDF_CHARS = 20_000_000
#: A PDF whose pages take longer than this to read is refused (a hostile or broken file).
MAX_PDF_SECONDS = 300.0
#: Fewer word characters than this per page, on average, means no text layer: a scan.
MIN_CHARS_PER_PAGE = 8

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,  # soft hyphen
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": None,
        "\ufeff": None,
    }
)


ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def read_pdf(
    data: bytes,
    *,
    name: str,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> DocumentBuilder:
    """The sections and paragraphs of the PDF in ``data``; refuses what cannot be read."""
    _check_envelope(data, name)
    try:
        import pypdfium2
    except ImportError:  # a build that leaves the PDF engine out (the bundle: see its spec)
        raise BadInputError(
            f"cannot import {name}: this copy of kzbrief has no PDF reader; save the report "
            "as DOCX, EPUB, HTML or text and import that, or run kzbrief from source"
        ) from None

    try:
        pdf = pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as exc:
        raise _open_error(exc, name, password) from None
    try:
        count = len(pdf)
        if count == 0:
            raise BadInputError(translate("Errors", "{name} has no pages").format(name=name))
        if count > MAX_PDF_PAGES:
            told = translate(
                "Errors", "{name} has {count} pages; kzbrief imports PDFs of at most {limit} pages"
            )
            raise BadInputError(
                told.format(name=name, count=f"{count:,}", limit=f"{MAX_PDF_PAGES:,}")
            )
        pages = list(_read_pages(pdf, name, progress, cancelled))
        outline = _outline(pdf, count)
        title = (pdf.get_metadata_value("Title") or "").strip()
    finally:
        pdf.close()
    words = sum(sum(ch.isalnum() for line in p.lines for ch in line.text) for p in pages)
    if words < MIN_CHARS_PER_PAGE * len(pages):
        told = translate(
            "Errors",
            "{name} has no text layer: it looks like a scan (pictures of pages); "
            "run it through OCR first, then import the result",
        )
        raise BadInputError(told.format(name=name))
    builder = DocumentBuilder()
    builder.fallback_title = title
    PageLayout(pages, outline).emit(builder)
    return builder


# -- opening ------------------------------------------------------------------------------------
def _check_envelope(data: bytes, name: str) -> None:
    if b"%PDF-" not in data[:1024]:
        told = translate(
            "Errors", "{name} is not a PDF file (it is damaged, or another kind of file)"
        )
        raise BadInputError(told.format(name=name))
    if b"%%EOF" not in data[-2048:]:
        told = translate(
            "Errors", "{name} is truncated or damaged: it does not end as a PDF file ends"
        )
        raise BadInputError(told.format(name=name))


def _open_error(exc: Exception, name: str, password: str | None) -> BadInputError:
    import pypdfium2.raw as pdfium_c

    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        if password:
            told = translate("Errors", "the password for {name} is not right")
            return PasswordRequired(told.format(name=name), wrong=True)
        told = translate(
            "Errors", "{name} is protected by a password: give it with --password-file FILE"
        )
        return PasswordRequired(told.format(name=name))
    if code == pdfium_c.FPDF_ERR_SECURITY:
        told = translate("Errors", "{name} uses a protection scheme kzbrief cannot open")
        return BadInputError(told.format(name=name))
    told = translate("Errors", "{name} is damaged or truncated: it cannot be read as a PDF")
    return BadInputError(told.format(name=name))


# -- characters to lines ----------------------------------------------------------------------
def _read_pages(
    pdf: pypdfium2.PdfDocument,
    name: str,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> Iterator[Page]:
    import pypdfium2

    started = time.monotonic()
    count = len(pdf)
    chars = 0
    for index in range(count):
        if cancelled is not None and cancelled():
            told = translate("Errors", "the import of {name} was cancelled; nothing was added")
            raise ImportCancelled(told.format(name=name))
        if time.monotonic() - started > MAX_PDF_SECONDS:
            told = translate("Errors", "{name} takes too long to read (over {seconds} s)")
            raise BadInputError(told.format(name=name, seconds=f"{MAX_PDF_SECONDS:.0f}"))
        try:
            page = pdf[index]
        except pypdfium2.PdfiumError:
            told = translate("Errors", "{name} is damaged: its page {page} cannot be read")
            raise BadInputError(told.format(name=name, page=index + 1)) from None
        try:
            label = _page_label(pdf, index)
            width, height = page.get_size()
            try:
                textpage = page.get_textpage()
            except pypdfium2.PdfiumError:
                told = translate(
                    "Errors", "{name} is damaged: the text of its page {page} cannot be read"
                )
                raise BadInputError(told.format(name=name, page=index + 1)) from None
            try:
                # Text outside the page (clipped away, or left by the page before) is not shown.
                lines = [
                    line
                    for line in _page_lines(textpage, index)
                    if 0 <= line.baseline <= height and line.x1 >= 0 and line.x0 <= width
                ]
            finally:
                textpage.close()
        finally:
            page.close()
        chars += sum(len(line.text) for line in lines)
        if chars > MAX_PDF_CHARS:
            told = translate(
                "Errors",
                "{name} holds more than {limit} characters of text; "
                "kzbrief imports smaller documents",
            )
            raise BadInputError(told.format(name=name, limit=f"{MAX_PDF_CHARS:,}"))
        if progress is not None:
            progress(index + 1, count)
        yield Page(index=index, label=label, width=width, height=height, lines=lines)


def _page_label(pdf: pypdfium2.PdfDocument, index: int) -> str:
    try:
        label = pdf.get_page_label(index).strip()
    except Exception:  # noqa: BLE001 - a broken label tree: number the page instead
        label = ""
    return label[:20] if label else str(index + 1)


def _page_lines(textpage: Any, page_index: int) -> list[Line]:
    """The page's characters grouped into lines, in the order the PDF draws them.

    Two PDFium calls per character (origin and font size), the text in one, the matrix when
    the size or the line changes: the loop runs
    over every character of the document, so it is kept lean. A character's right edge is
    taken as its origin plus half its size (PDFium's boxes would cost another call each).
    """
    import ctypes
    from array import array

    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    codes = array("H", buffer.raw[: count * 2])
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    get_size = pdfium_c.FPDFText_GetFontSize
    lines: list[Line] = []
    current: list[_Char] = []
    pending_space = False
    last_x = last_base = last_size = 0.0
    spaces = _SPACES
    hyphens = _LINE_END_HYPHENS
    matrix = pdfium_c.FS_MATRIX()
    get_matrix = pdfium_c.FPDFText_GetMatrix
    last_raw_size, scale, rescale = -1.0, 1.0, True
    for i, code in enumerate(codes):
        if code in spaces:
            pending_space = bool(current)
            rescale = rescale or code in (10, 13)
            continue
        if code in hyphens:  # PDFium's marks for a hyphen at a line's end
            if current:
                current.append(("\u00ad", last_x, last_base, 0.0, i))
            continue
        if not get_origin(raw, i, ox, oy):
            continue
        raw_size = get_size(raw, i) or 1.0
        if rescale or raw_size != last_raw_size:
            # The font size is in text space: scaled by the text and page matrices (a PDF
            # drawn at 300 dpi says 42 for 10 pt). Asked again when the size or line changes.
            if get_matrix(raw, i, ctypes.byref(matrix)):
                scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            last_raw_size, rescale = raw_size, False
        size = raw_size * scale
        x, base = ox.value, oy.value
        if current:
            big = size if size > last_size else last_size
            moved = base - last_base
            if (moved > big * 0.5 or moved < -big * 0.5) and not _raised(
                size, last_size, base, last_base
            ):
                lines.extend(_make_line(current, page_index, raw))
                current = []
            elif x < last_x - big * 1.5 or x - last_x > big * 3.0:
                lines.extend(_make_line(current, page_index, raw))
                current = []
            elif pending_space or x - last_x > big * 1.2:
                current.append((" ", x, base, 0.0, i))
        pending_space = False
        ch = chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"
        current.append((ch, x, base, size, i))
        last_x, last_base, last_size = x, base, size
    if current:
        lines.extend(_make_line(current, page_index, raw))
    return lines


#: One character: (text, origin x, baseline y, font size (0: inserted), index on the page).
_Char = tuple[str, float, float, float, int]
_SPACES = frozenset({32, 9, 10, 13, 0xA0, 0, 0xFFFF})
_LINE_END_HYPHENS = frozenset({2, 0xAD, 0xFFFE})


def _raised(size: float, last_size: float, base: float, last_base: float) -> bool:
    """A small character raised from (or dropped back to) a line: a superscript, same line."""
    small, big = min(size, last_size), max(size, last_size)
    return small < big * 0.8 and abs(base - last_base) < big * 0.7


def _make_line(chars: list[_Char], page_index: int, raw: Any) -> list[Line]:
    """The line made of ``chars`` (none if it holds no text)."""
    sizes: Counter[float] = Counter()
    bases: Counter[float] = Counter()
    for ch, _x, base, size, _i in chars:
        if size and ch != "\u00ad":
            sizes[size] += 1
            bases[base] += 1
    if not sizes:
        return []
    line_size = sizes.most_common(1)[0][0]
    line_base = bases.most_common(1)[0][0]
    soft = chars[-1][0] == "\u00ad"
    marks: list[str] = []
    small = line_size * 0.8
    if all(size >= small or not size for _c, _x, _b, size, _i in chars):
        raw_text = "".join(c[0] for c in chars if c[0] != "\u00ad")
        text = normalise(raw_text)
        markup = html.escape(text, quote=False)
    else:
        text, markup = _with_marks(chars, line_size, line_base, marks)
    if not text.strip():
        return []
    glyphs = [c for c in chars if c[3]]
    last = glyphs[-1]
    return [
        Line(
            html=markup,
            text=text,
            x0=glyphs[0][1],
            x1=max(last[1] + last[3] * 0.5, max(c[1] for c in glyphs)),
            top=line_base + line_size * 0.75,
            bottom=line_base - line_size * 0.25,
            baseline=line_base,
            size=line_size,
            bold=_is_bold(raw, glyphs),
            page=page_index,
            soft_hyphen=soft,
            footnote_marks=marks,
        )
    ]


def _with_marks(
    chars: list[_Char], line_size: float, line_base: float, marks: list[str]
) -> tuple[str, str]:
    """(text, HTML) of a line with small raised characters: note marks become [n]."""
    pieces_html: list[str] = []
    pieces_text: list[str] = []
    sup: list[str] = []

    def flush_sup() -> None:
        if not sup:
            return
        mark = "".join(sup).strip()
        sup.clear()
        if mark and (mark.isdigit() or set(mark) <= set("*†‡§")) and len(mark) <= 3:
            marks.append(mark)
            if pieces_text and pieces_text[-1] == " ":  # the mark sits on the word
                pieces_text.pop()
                pieces_html.pop()
            pieces_html.append(f"<sup>[{html.escape(mark)}]</sup>")
            pieces_text.append(f"[{mark}]")
        else:
            pieces_html.append(html.escape(mark, quote=False))
            pieces_text.append(mark)

    for index, (ch, _x, base, size, _i) in enumerate(chars):
        if ch == "\u00ad":
            continue
        superscript = (
            size
            and size < line_size * 0.8
            and base > line_base + line_size * 0.15
            and (index > 0 or len(chars) > 1)
        )
        if superscript:
            sup.append(ch)
            continue
        flush_sup()
        pieces_html.append(html.escape(ch, quote=False))
        pieces_text.append(ch)
    flush_sup()
    return normalise("".join(pieces_text)), normalise("".join(pieces_html))


def _is_bold(raw: Any, glyphs: list[_Char]) -> bool:
    """Whether the line is set bold: by the font's weight, else its name."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    letters = [c for c in glyphs if c[0].isalpha()]
    if not letters:
        return False
    probes = {letters[0][4], letters[len(letters) // 2][4], letters[-1][4]}
    bold = 0
    for index in probes:
        weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
        if weight >= 600:
            bold += 1
            continue
        buffer = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(raw, index, buffer, 128, ctypes.byref(flags))
        font = buffer.value.decode("latin-1", "replace").lower()
        if "bold" in font or "black" in font or "heavy" in font or flags.value & (1 << 18):
            bold += 1
    return bold * 2 > len(probes)


def normalise(text: str) -> str:
    """Ligatures spelt out, soft hyphens and odd spaces gone, NFC, spaces collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    return " ".join(text.split())


# -- the outline --------------------------------------------------------------------------------
def _outline(pdf: pypdfium2.PdfDocument, count: int) -> list[tuple[int, float | None, str]]:
    """(page index, top of the target or None, title) of each bookmark, in document order."""
    import pypdfium2.raw as pdfium_c

    entries: list[tuple[int, float | None, str]] = []
    try:
        for item in pdf.get_toc(max_depth=6):
            title = " ".join(item.get_title().split())
            dest = item.get_dest()
            if dest is None:
                action = pdfium_c.FPDFBookmark_GetAction(item)
                if action:
                    raw_dest = pdfium_c.FPDFAction_GetDest(pdf, action)
                    if raw_dest:
                        import pypdfium2

                        dest = pypdfium2.PdfDest(raw_dest, pdf=pdf)
            if dest is None or not title:
                continue
            index = dest.get_index()
            if index is None or not 0 <= index < count:
                continue
            mode, pos = dest.get_view()
            top = None
            if mode == pdfium_c.PDFDEST_VIEW_XYZ and len(pos) >= 2:
                top = pos[1]
            elif mode in (pdfium_c.PDFDEST_VIEW_FITH, pdfium_c.PDFDEST_VIEW_FITBH) and pos:
                top = pos[0]
            entries.append((index, top if top else None, title[:300]))
            if len(entries) > 5000:
                break
    except Exception:  # noqa: BLE001 - a broken outline: find headings by their type instead
        return []
    entries.sort(key=lambda e: (e[0], -(e[1] if e[1] is not None else 1e9)))
    return entries
