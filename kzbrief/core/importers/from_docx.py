"""Word (.docx): the document's text, read from its OOXML with a hardened XML parser.

Why not python-docx: it parses with lxml (about 5 MB in the bundle, for XML we read in a few
dozen lines) and offers no footnotes; the standard library's ElementTree behind defusedxml
(:mod:`.safezip`) reads what we need and refuses entity declarations.

- Sections come from headings: paragraphs in a "Heading N" or "Title" style (or a style
  based on one, or with an outline level).
- Lists stay lists (bulleted or numbered, from the numbering definitions); tables stay
  tables; bold and italic are kept.
- Footnotes and endnotes: the reference becomes a bracketed number, and the note's text a
  paragraph at the end of the section that cites it.
- Comments and tracked deletions are not text: a deletion (``w:del``, ``w:moveFrom``) is
  left out, an insertion kept, as Word shows the document with the changes accepted.
  Field instructions, tables of contents, drawings and text boxes are left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers.document import DocumentBuilder, split_text
from kzbrief.core.importers.safezip import SafeZip, join
from kzbrief.core.render import html_to_text, sanitise_html
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DC = "{http://purl.org/dc/elements/1.1/}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_NAME = re.compile(r"^(?:heading\s*\d|title)$", re.I)
#: Containers whose children are runs (kept), and elements that are not text (skipped).
_RUN_CONTAINERS = {
    f"{W}hyperlink", f"{W}ins", f"{W}moveTo", f"{W}smartTag", f"{W}fldSimple",
    f"{W}customXml", f"{W}sdtContent", f"{W}dir", f"{W}bdo",
}  # fmt: skip
_SKIPPED = {f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{MC}AlternateContent"}
_TRUE = {"1", "true", "on", ""}
MAX_DEPTH = 40


@dataclass
class _Styles:
    headings: set[str] = field(default_factory=set)
    toc: set[str] = field(default_factory=set)


@dataclass
class _Notes:
    texts: dict[tuple[str, str], str]  # (kind, id) → note HTML
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    pending: list[tuple[str, str]] = field(default_factory=list)


def read_docx(data: bytes, *, name: str) -> DocumentBuilder:
    """The sections and paragraphs of the Word document in ``data``."""
    archive = SafeZip(data, name, "Word document")
    main = _main_part(archive)
    styles = _styles(archive, join(main, "styles.xml"))
    bullets = _bullet_lists(archive, join(main, "numbering.xml"))
    notes = _Notes(texts={})
    for kind in ("footnotes", "endnotes"):
        part = join(main, f"{kind}.xml")
        if archive.has(part):
            notes.texts.update(_note_texts(archive.xml(part), kind[:-1]))
    document = archive.xml(main)
    body = document.find(f"{W}body")
    if body is None:
        raise BadInputError(translate("Errors", "{name} has no document body").format(name=name))
    builder = DocumentBuilder()
    builder.fallback_title = _core_title(archive)
    _Writer(builder, styles, bullets, notes).blocks(body)
    return builder


def _main_part(archive: SafeZip) -> str:
    if archive.has("_rels/.rels"):
        for rel in archive.xml("_rels/.rels").iter(f"{PKG_REL}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if archive.has(target):
                    return target
    if archive.has("word/document.xml"):
        return "word/document.xml"
    told = translate("Errors", "{name} is not a Word document (it has no document part)")
    raise BadInputError(told.format(name=archive.name))


def _styles(archive: SafeZip, part: str) -> _Styles:
    found = _Styles()
    if not archive.has(part):
        return found
    based: dict[str, str] = {}
    for style in archive.xml(part).iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        style_name = (name_el.get(f"{W}val", "") if name_el is not None else "").strip()
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if _HEADING_NAME.match(style_name) or (
            outline is not None and outline.get(f"{W}val", "9").isdigit()
            and int(outline.get(f"{W}val", "9")) < 9
        ):  # fmt: skip
            found.headings.add(style_id)
        elif style_name.lower().startswith(("toc ", "toc heading")):
            found.toc.add(style_id)
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[style_id] = parent.get(f"{W}val", "")
    for style_id in list(based):  # a style based on a heading style is a heading
        seen, current = 0, style_id
        while current in based and seen < 10:
            current, seen = based[current], seen + 1
            if current in found.headings:
                found.headings.add(style_id)
                break
    return found


def _bullet_lists(archive: SafeZip, part: str) -> set[str]:
    """The numIds whose first level is a bullet (the others are numbered)."""
    if not archive.has(part):
        return set()
    root = archive.xml(part)
    bullet_abstract = set()
    for abstract in root.iter(f"{W}abstractNum"):
        fmt = abstract.find(f"{W}lvl/{W}numFmt")
        if fmt is not None and fmt.get(f"{W}val") == "bullet":
            bullet_abstract.add(abstract.get(f"{W}abstractNumId"))
    found = set()
    for num in root.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        if ref is not None and ref.get(f"{W}val") in bullet_abstract:
            found.add(num.get(f"{W}numId", ""))
    return found


def _note_texts(root: Element, kind: str) -> dict[tuple[str, str], str]:
    texts = {}
    for note in root.iter(f"{W}{kind}"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        parts = [_inline(p, None) for p in note.iter(f"{W}p")]
        text = " ".join(p for p in parts if p.strip()).strip()
        if text:
            texts[(kind, note.get(f"{W}id", ""))] = text
    return texts


def _core_title(archive: SafeZip) -> str:
    if not archive.has("docProps/core.xml"):
        return ""
    try:
        title = archive.xml("docProps/core.xml").find(f"{DC}title")
    except BadInputError:
        return ""
    return (title.text or "").strip() if title is not None else ""


def _on(element: Element | None) -> bool:
    return element is not None and element.get(f"{W}val", "").lower() in _TRUE


def _inline(paragraph: Element, notes: _Notes | None) -> str:
    """The HTML of a paragraph's runs: escaped text, <strong>, <em>, <sup>, note marks."""
    out: list[str] = []
    for run in _runs(paragraph, 0):
        props = run.find(f"{W}rPr")
        bold = props is not None and _on(props.find(f"{W}b"))
        italic = props is not None and _on(props.find(f"{W}i"))
        vert = props.find(f"{W}vertAlign") if props is not None else None
        superscript = vert is not None and vert.get(f"{W}val") == "superscript"
        pieces: list[str] = []
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append(html.escape(child.text or "", quote=False))
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                pieces.append(" ")
            elif tag == f"{W}noBreakHyphen":
                pieces.append("-")
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference") and notes is not None:
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                key = (kind, child.get(f"{W}id", ""))
                if key in notes.texts:
                    if key not in notes.numbers:
                        notes.numbers[key] = len(notes.numbers) + 1
                        notes.pending.append(key)
                    out.append(f"<sup>[{notes.numbers[key]}]</sup>")
        text = "".join(pieces)
        if not text:
            continue
        if superscript:
            text = f"<sup>{text}</sup>"
        if italic:
            text = f"<em>{text}</em>"
        if bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _runs(element: Element, depth: int) -> Iterator[Element]:
    if depth > MAX_DEPTH:
        return
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag in _RUN_CONTAINERS or child.tag == f"{W}sdt":
            yield from _runs(child, depth + 1)


class _Writer:
    def __init__(
        self, builder: DocumentBuilder, styles: _Styles, bullets: set[str], notes: _Notes
    ) -> None:
        self.builder = builder
        self.styles = styles
        self.bullets = bullets
        self.notes = notes
        self.items: list[str] = []
        self.list_tag = ""

    def blocks(self, container: Element, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            return
        for child in container:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.end_list()
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
                self.blocks(child, depth + 1)
        if depth == 0:
            self.end_list()
            self.flush_notes()

    def paragraph(self, element: Element) -> None:
        props = element.find(f"{W}pPr")
        style_el = props.find(f"{W}pStyle") if props is not None else None
        style = style_el.get(f"{W}val", "") if style_el is not None else ""
        if style in self.styles.toc:
            return
        outline = props.find(f"{W}outlineLvl") if props is not None else None
        inner = _inline(element, self.notes)
        if not inner:
            return
        heading = style in self.styles.headings or (
            outline is not None and outline.get(f"{W}val", "9") in set("012345678")
        )
        if heading:
            self.end_list()
            self.flush_notes()
            self.builder.heading(html_to_text(sanitise_html(inner)))
            return
        number = props.find(f"{W}numPr/{W}numId") if props is not None else None
        if number is not None and number.get(f"{W}val", "0") != "0":
            tag = "ul" if number.get(f"{W}val", "") in self.bullets else "ol"
            if self.items and tag != self.list_tag:
                self.end_list()
            self.list_tag = tag
            self.items.append(inner)
            return
        self.end_list()
        for part in split_text(inner):
            self.emit(f"<p>{part}</p>")

    def end_list(self) -> None:
        if not self.items:
            return
        items, self.items = self.items, []
        self.emit(
            f"<{self.list_tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{self.list_tag}>"
        )

    def table(self, element: Element) -> None:
        rows: list[list[str]] = []
        for row_el in element.iter(f"{W}tr"):
            cells = []
            for cell_el in row_el.findall(f"{W}tc"):
                text = " ".join(_inline(p, self.notes) for p in cell_el.iter(f"{W}p")).strip()
                cells.append(text)
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        if max(len(r) for r in rows) < 2:
            for row in rows:
                for cell in row:
                    self.emit(f"<p>{cell}</p>")
            return
        body = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        self.emit(f"<table>{body}</table>")

    def flush_notes(self) -> None:
        pending, self.notes.pending = self.notes.pending, []
        for key in pending:
            self.emit(f"<p><sup>[{self.notes.numbers[key]}]</sup> {self.notes.texts[key]}</p>")

    def emit(self, fragment: str) -> None:
        clean = sanitise_html(fragment)
        text = html_to_text(clean)
        if text.strip():
            self.builder.paragraph(clean, text)
