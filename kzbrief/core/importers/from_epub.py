"""EPUB 2 and 3 (.epub): the chapters in reading order, through the HTML importer.

The container (:mod:`.safezip`: inflation limits, XML without entities) names the package
document; its spine gives the chapters' order, and the navigation document (EPUB 3's
``nav``, else EPUB 2's NCX) their titles. Each chapter's XHTML goes through the same
reader as an imported web page (:mod:`.from_html`): text, headings, lists and tables kept;
scripts, styles, images, links' targets and every attribute dropped, so nothing in the book
loads or runs. A chapter with no heading of its own takes its title from the navigation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers.document import DocumentBuilder
from kzbrief.core.importers.from_html import declared_charset
from kzbrief.core.importers.htmlarticle import ArticleParser
from kzbrief.core.importers.safezip import SafeZip, join, parse_xml
from kzbrief.core.importers.source import decode
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_NS = "{http://www.idpf.org/2007/ops}"
_HEADING = re.compile(r"<h[1-6][\s>]", re.I)
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/x-dtbook+xml"}
MAX_CHAPTERS = 5000


def read_epub(data: bytes, *, name: str) -> DocumentBuilder:
    """The sections and paragraphs of the EPUB book in ``data``."""
    archive = SafeZip(data, name, "EPUB book")
    opf_path = _package_path(archive)
    package = archive.xml(opf_path)
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in package.iter(f"{OPF}item"):
        href = join(opf_path, item.get("href", ""))
        manifest[item.get("id", "")] = (
            href,
            item.get("media-type", ""),
            item.get("properties", ""),
        )
    spine = package.find(f"{OPF}spine")
    if spine is None:
        told = translate("Errors", "{name} is not a complete EPUB: it has no reading order (spine)")
        raise BadInputError(told.format(name=name))
    titles = _nav_titles(archive, manifest, spine)
    builder = DocumentBuilder()
    title = package.find(f"{OPF}metadata/{DC}title")
    builder.document_title = (title.text or "").strip() if title is not None else ""
    chapters = 0
    for ref in spine.iter(f"{OPF}itemref"):
        entry = manifest.get(ref.get("idref", ""))
        if entry is None or entry[1] not in _CHAPTER_TYPES or ref.get("linear") == "no":
            continue
        chapters += 1
        if chapters > MAX_CHAPTERS:
            told = translate("Errors", "{name} has more than {limit} chapters")
            raise BadInputError(told.format(name=name, limit=f"{MAX_CHAPTERS:,}"))
        href = entry[0]
        raw = archive.read(href)
        parse_xml(raw, name, href)  # refuses entity declarations; the text is read below
        text, _ = decode(raw, name=f"{name}:{href}", declared=declared_charset(raw))
        if not _HEADING.search(text) and titles.get(href):
            builder.heading(titles[href])
        ArticleParser(builder, None).run(text)
    if not chapters:
        raise BadInputError(
            translate("Errors", "{name} has no chapters to import").format(name=name)
        )
    return builder


def _package_path(archive: SafeZip) -> str:
    container = "META-INF/container.xml"
    if archive.has(container):
        for rootfile in archive.xml(container).iter(f"{CONTAINER}rootfile"):
            path = rootfile.get("full-path", "").lstrip("/")
            if archive.has(path):
                return path
    found = [n for n in archive.names() if n.endswith(".opf")]
    if found:
        return found[0]
    told = translate("Errors", "{name} is not an EPUB book (it has no package document)")
    raise BadInputError(told.format(name=archive.name))


def _nav_titles(
    archive: SafeZip, manifest: dict[str, tuple[str, str, str]], spine: Element
) -> dict[str, str]:
    """Chapter file → its title in the navigation (the first entry that points at it)."""
    titles: dict[str, str] = {}
    for href, _type, properties in manifest.values():
        if "nav" in properties.split() and archive.has(href):
            for nav in archive.xml(href).iter(f"{XHTML}nav"):
                kind = nav.get(f"{EPUB_NS}type", "")
                if kind and "toc" not in kind.split():
                    continue
                for link in nav.iter(f"{XHTML}a"):
                    target = join(href, link.get("href", ""))
                    label = " ".join("".join(link.itertext()).split())
                    if label:
                        titles.setdefault(target, label)
            if titles:
                return titles
    ncx = manifest.get(spine.get("toc", ""))
    if ncx is None:
        ncx = next((m for m in manifest.values() if m[1] == "application/x-dtbncx+xml"), None)
    if ncx is not None and archive.has(ncx[0]):
        for point in archive.xml(ncx[0]).iter(f"{NCX}navPoint"):
            text_el = point.find(f"{NCX}navLabel/{NCX}text")
            content = point.find(f"{NCX}content")
            name = (text_el.text or "").strip() if text_el is not None else ""
            if name and content is not None:
                titles.setdefault(join(ncx[0], content.get("src", "")), name)
    return titles
