"""Reading a file to import with the reader for its format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kzbrief.core.errors import BadInputError
from kzbrief.core.importers import FORMATS, SUFFIXES
from kzbrief.core.importers.document import DocumentBuilder, ImportedDocument
from kzbrief.core.importers.from_html import declared_charset, read_html
from kzbrief.core.importers.from_markdown import read_markdown
from kzbrief.core.importers.from_text import read_text
from kzbrief.core.importers.source import decode, read_limited
from kzbrief.core.wording import translate

Reader = Callable[[str], DocumentBuilder]
READERS: dict[str, Reader] = {"markdown": read_markdown, "html": read_html, "text": read_text}


def parse_document(
    path: Path, *, title: str | None = None, language: str | None = None
) -> tuple[ImportedDocument, bytes]:
    """Read and parse ``path``; returns the document and the file's bytes (to keep).

    Raises BadInputError, with one line naming the file, for anything that cannot be
    imported. Writes nothing.
    """
    path = Path(path)
    format_name = FORMATS.get(path.suffix.lower())
    if format_name is None:
        raise BadInputError(
            translate("Errors", "cannot import {name}: kzbrief imports {suffixes} files").format(
                name=path.name, suffixes=", ".join(SUFFIXES)
            )
        )
    reader = READERS[format_name]
    data = read_limited(path)
    declared = declared_charset(data) if format_name == "html" else None
    text, encoding = decode(data, name=path.name, declared=declared)
    try:
        builder = reader(text)
    except BadInputError as exc:
        told = translate("Errors", "cannot import {name}: {error}")
        raise BadInputError(told.format(name=path.name, error=exc)) from None
    document = builder.build(
        name=path.name, format_name=format_name, encoding=encoding, title=title, language=language
    )
    return document, data
