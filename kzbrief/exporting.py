"""One export, from the user's choices to the bytes of the file: shared by the CLI and the GUI.

Core makes the text of each format (:meth:`Library.export_text`); PDF needs Qt, so the step
from text to bytes lives here, outside ``kzbrief.core``, and Qt is imported only for a PDF.
The GUI runs :func:`export_bytes` on its worker thread, with the PDF drawn in a child
process (``apart``): Qt's drawing holds the interpreter lock, which the window's thread needs
for every key pressed. The CLI draws it in its own process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzbrief.core.errors import BadInputError
from kzbrief.core.export import ExportScope
from kzbrief.core.wording import translate

if TYPE_CHECKING:  # the CLI imports this module at every start: Library's imports can wait
    from kzbrief.core.service import Library

#: The file name extension each format is written with.
EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json", "csv": ".csv"}
ANNOTATED_FORMATS = ("html", "pdf")

#: Told the name of each step as it starts ("Collecting notes", "Drawing the PDF").
StepCallback = Callable[[str], None]


@dataclass(frozen=True)
class ExportRequest:
    """What to export and how. ``annotated``: the whole of ``scope.briefing`` with the
    notes inline (HTML or PDF), instead of the notes in ``scope``."""

    fmt: str
    scope: ExportScope = field(default_factory=ExportScope)
    include_editorial: bool = False
    include_bookmarks: bool = False
    annotated: bool = False
    page_size: str = "A4"

    def steps(self) -> int:
        """How many steps :func:`export_bytes` reports for this request."""
        return 2 if self.fmt == "pdf" else 1


def export_bytes(
    library: Library,
    request: ExportRequest,
    step: StepCallback | None = None,
    *,
    apart: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The file that ``request`` asks for, as bytes (raises BadInputError for a bad request).

    ``apart``: a PDF is drawn in a child process (:func:`kzbrief.printing.html_to_pdf_apart`,
    which ``cancelled`` can stop)."""
    tell = step or (lambda _name: None)
    if request.annotated:
        if request.fmt not in ANNOTATED_FORMATS:
            raise BadInputError(
                translate("Export", "an annotated briefing is exported as html or pdf only")
            )
        tell(translate("Export", "Collecting the briefing and its notes"))
        briefing = library.briefing(request.scope.briefing)
        title = translate("Export", "{title} (annotated)").format(title=briefing.title)
        text = library.annotated_briefing_html(briefing.id, for_print=request.fmt == "pdf")
    else:
        tell(translate("Export", "Collecting notes"))
        title = translate("Export", "Notes from kzbrief")
        text = library.export_text(
            request.fmt,
            request.scope,
            include_editorial=request.include_editorial,
            include_bookmarks=request.include_bookmarks,
        )
    if request.fmt == "pdf":
        tell(translate("Export", "Drawing the PDF"))
        from kzbrief import printing

        if apart:
            return printing.html_to_pdf_apart(
                text, page_size=request.page_size, title=title, cancelled=cancelled
            )
        return printing.html_to_pdf(text, page_size=request.page_size, title=title)
    if request.fmt == "csv":
        return text.encode("utf-8-sig")  # the BOM tells spreadsheets it is UTF-8
    return text.encode("utf-8")
