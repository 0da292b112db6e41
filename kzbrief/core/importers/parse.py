"""Reading a file to import with the reader for its format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers import BINARY_FORMATS, FORMATS, SUFFIXES
from kzbrief.core.importers.document import DocumentBuilder, ImportedDocument
from kzbrief.core.importers.from_html import declared_charset, read_html
from kzbrief.core.importers.from_markdown import read_markdown
from kzbrief.core.importers.from_text import read_text
from kzbrief.core.importers.source import decode, read_limited

Reader = Callable[[str], DocumentBuilder]
READERS: dict[str, Reader] = {"markdown": read_markdown, "html": read_html, "text": read_text}
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def parse_document(
    path: Path,
    *,
    title: str | None = None,
    language: str | None = None,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[ImportedDocument, bytes]:
    """Read and parse ``path``; returns the document and the file's bytes (to keep).

    Raises BadInputError, with one line naming the file, for anything that cannot be
    imported. Writes nothing. ``password`` opens a protected PDF; ``progress`` hears
    (pages read, pages) of a PDF; ``cancelled`` is asked between pages.
    """
    path = Path(path)
    format_name = FORMATS.get(path.suffix.lower())
    if format_name is None:
        raise BadInputError(
            f"cannot import {path.name}: kzbrief imports {', '.join(SUFFIXES)} files"
        )
    if format_name in BINARY_FORMATS:
        data = read_limited(path)
        builder = _read_binary(
            format_name, data, path.name, password=password, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
        encoding = "utf-8" if format_name != "pdf" else "unicode"
        document = builder.build(
            name=path.name, format_name=format_name, encoding=encoding, title=title,
            language=language,
        )  # fmt: skip
        return document, data
    reader = READERS[format_name]
    data = read_limited(path)
    declared = declared_charset(data) if format_name == "html" else None
    text, encoding = decode(data, name=path.name, declared=declared)
    try:
        builder = reader(text)
    except BadInputError as exc:
        raise BadInputError(f"cannot import {path.name}: {exc}") from None
    document = builder.build(
        name=path.name, format_name=format_name, encoding=encoding, title=title, language=language
    )
    return document, data


def _read_binary(
    format_name: str,
    data: bytes,
    name: str,
    *,
    password: str | None,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> DocumentBuilder:
    """PDF, DOCX or EPUB: their readers are loaded here, by the first such import."""
    if not data.strip():
        raise BadInputError(f"{name} is empty")
    try:
        if format_name == "pdf":
            from kzbrief.core.importers.from_pdf import read_pdf

            return read_pdf(
                data, name=name, password=password, progress=progress, cancelled=cancelled
            )
        if format_name == "docx":
            from kzbrief.core.importers.from_docx import read_docx

            return read_docx(data, name=name)
        from kzbrief.core.importers.from_epub import read_epub

        return read_epub(data, name=name)
    except BadInputError as exc:
        message = str(exc)
        if message.startswith(name) or message.startswith(("the ", "cannot import")):
            raise
        raise type(exc)(f"cannot import {name}: {message}") from None
