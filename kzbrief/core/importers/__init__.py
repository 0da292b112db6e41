"""Importing reports as briefings: Markdown, HTML and plain text, in any common encoding,
and PDF, Word (DOCX) and EPUB documents.

:func:`.parse.parse_document` reads a file within the limits (:mod:`.source`), picks the
reader for its format (:mod:`.from_markdown`, :mod:`.from_html`, :mod:`.from_text`,
:mod:`.from_pdf`, :mod:`.from_docx`, :mod:`.from_epub`) and
returns an :class:`~.document.ImportedDocument`. :mod:`.storage` puts it in the data folder
atomically; :class:`kzbrief.core.service.Library` ties these together and reports with
:mod:`.report`.

This package's own module is light (the app imports it at start); the readers are loaded
with :mod:`.parse`, on the first import.
"""

from __future__ import annotations

#: File suffix → format name.
FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".epub": "epub",
}
#: Formats read from their bytes (not decoded as text first).
BINARY_FORMATS = frozenset({"pdf", "docx", "epub"})
SUFFIXES = tuple(FORMATS)
