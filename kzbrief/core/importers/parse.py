"""Reading a file to import with the reader for its format, in a child process.

:func:`parse_document` is the one way in: it runs :func:`read_document` (the file's checks,
its decoding and the reader for its format) in a child process with a time and a memory
limit (:mod:`kzbrief.core.isolated`), so that a file made to hang or crash a reader cannot
take the window down. A new format needs only its reader in :data:`READERS` (and its suffix
in :data:`kzbrief.core.importers.FORMATS`); options it needs (a password, say) are passed
through :func:`parse_document`'s keyword arguments to :func:`read_document` unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzbrief.core import isolated
from kzbrief.core.errors import BadInputError, ImportCancelled, InternalError
from kzbrief.core.importers import BINARY_FORMATS, FORMATS, SUFFIXES
from kzbrief.core.importers.document import DocumentBuilder, ImportedDocument
from kzbrief.core.importers.from_html import declared_charset, read_html
from kzbrief.core.importers.from_markdown import read_markdown
from kzbrief.core.importers.from_text import read_text
from kzbrief.core.importers.source import decode, read_limited
from kzbrief.core.wording import translate

log = logging.getLogger(__name__)
Reader = Callable[[str], DocumentBuilder]
READERS: dict[str, Reader] = {"markdown": read_markdown, "html": read_html, "text": read_text}
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
#: Limits of one file's parse, well above what the largest legitimate files need: 49 MB (the
#: size limit) of Markdown took 93 s and 297 MB at its peak, of HTML 30 s and 292 MB, on the
#: 2-core build machine under load (issue 19's notes). A file past them is refused.
PARSE_SECONDS = 240.0
PARSE_MEMORY_BYTES = 2 * 2**30  # address space, which runs above the resident size


def parse_document(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    **options: Any,
) -> tuple[ImportedDocument, bytes]:
    """Read and parse ``path`` in a child process; returns the document and the file's bytes.

    ``options`` (``title``, ``language``, ``password`` …) go to :func:`read_document`.
    ``progress`` hears (pages read, pages) of a PDF as the child reads it; ``cancelled`` is
    asked while the child works, and stops it (ImportCancelled). Raises BadInputError, with
    one line naming the file, for anything that cannot be imported, including a file whose
    reading passes the time or memory limit or crashes the reader. Writes nothing.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        return isolated.run_isolated(
            read_document,
            path,
            seconds=PARSE_SECONDS,
            memory_bytes=PARSE_MEMORY_BYTES,
            progress=progress,
            cancelled=cancelled,
            background=True,
            **options,
        )
    except isolated.Cancelled:
        told = translate("Errors", "the import of {name} was cancelled; nothing was added")
        raise ImportCancelled(told.format(name=name)) from None
    except isolated.TimeLimitExceeded:
        log.warning("an import was stopped at the time limit (%s s)", PARSE_SECONDS)
        told = translate(
            "Errors",
            "cannot import {name}: reading it took longer than {seconds} seconds "
            "(the file may be damaged, or made to stall the reader)",
        )
        raise BadInputError(told.format(name=name, seconds=f"{PARSE_SECONDS:g}")) from None
    except isolated.MemoryLimitExceeded:
        log.warning("an import was stopped at the memory limit")
        told = translate(
            "Errors", "cannot import {name}: reading it needed more than {limit} MB of memory"
        )
        raise BadInputError(
            told.format(name=name, limit=f"{PARSE_MEMORY_BYTES // 2**20:,}")
        ) from None
    except isolated.ChildCrashed as exc:
        log.warning("the reader crashed on an import (exit code %s)", exc.exitcode)
        told = translate(
            "Errors",
            "cannot import {name}: the reader stopped abnormally on it (the file may be damaged)",
        )
        raise BadInputError(told.format(name=name)) from None
    except isolated.ChildBug as exc:
        log.error("unexpected error while reading a file to import:\n%s", exc.details)
        raise InternalError(
            translate("Errors", "the import failed because of an internal error")
        ) from None


def read_document(
    path: Path,
    *,
    title: str | None = None,
    language: str | None = None,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[ImportedDocument, bytes]:
    """Read and parse ``path`` here, in this process (:func:`parse_document` runs this in a
    child); returns the document and the file's bytes (to keep).

    Raises BadInputError, with one line naming the file, for anything that cannot be
    imported. Writes nothing. ``password`` opens a protected PDF; ``progress`` hears
    (pages read, pages) of a PDF; ``cancelled`` is asked between pages.
    """
    path = Path(path)
    format_name = FORMATS.get(path.suffix.lower())
    if format_name is None:
        raise BadInputError(
            translate("Errors", "cannot import {name}: kzbrief imports {suffixes} files").format(
                name=path.name, suffixes=", ".join(SUFFIXES)
            )
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
        told = translate("Errors", "cannot import {name}: {error}")
        raise BadInputError(told.format(name=path.name, error=exc)) from None
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
        raise BadInputError(translate("Errors", "{name} is empty").format(name=name))
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
        if name in message:  # it names the file already (in whatever language)
            raise
        told = translate("Errors", "cannot import {name}: {error}")
        raise type(exc)(told.format(name=name, error=message)) from None
