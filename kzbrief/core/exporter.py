"""Exports of the user's notes: which notes (a scope, a search), with their citation context,
in Markdown, HTML, CSV or W3C JSON, and the whole briefing annotated. The writers are in
:mod:`kzbrief.core.export` (imported by the first export: the window opens without them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kzbrief.core.catalogue import Catalogue
from kzbrief.core.errors import BadInputError
from kzbrief.core.notebook import Notebook
from kzbrief.core.store import now_iso
from kzbrief.core.w3c import dumps as w3c_dumps
from kzbrief.core.w3c import to_annotation, to_collection
from kzbrief.core.wording import translate

if TYPE_CHECKING:
    from kzbrief.core.export import ExportBundle, ExportScope
    from kzbrief.core.search import SearchResults

SearchFunction = Callable[..., "SearchResults"]


class Exporter:
    """Turns the notes in a scope into an export."""

    def __init__(self, catalogue: Catalogue, notebook: Notebook, search: SearchFunction) -> None:
        self._catalogue = catalogue
        self._notebook = notebook
        self._search = search

    def bundle(
        self,
        scope: ExportScope | None = None,
        *,
        include_editorial: bool = False,
        include_bookmarks: bool = False,
    ) -> ExportBundle:
        """The notes in ``scope`` with their citation context, ready for any format."""
        from kzbrief.core.export import ExportBundle, ExportScope, export_note

        scope = scope or ExportScope()
        if scope.briefing:
            self._catalogue.briefing(scope.briefing)  # an unknown id is bad input
        if scope.section:
            self._catalogue.section(scope.section, scope.briefing)
        notes = self._notebook.notes(
            briefing_id=scope.briefing,
            section_id=scope.section,
            tag=scope.tag,
            colour=scope.colour,
        )
        wanted: set[str] | None = None
        if scope.query is not None:
            hits = self._search(scope.query, briefing=scope.briefing, kind="note", limit=100_000)
            wanted = {h.annotation for h in hits.hits if h.annotation}
        if scope.note_ids is not None:
            ids = set(scope.note_ids)
            wanted = ids if wanted is None else wanted & ids
        if wanted is not None:
            notes = [n for n in notes if n.id in wanted]
        known = self._catalogue.by_id()
        exported = [export_note(n, known.get(n.briefing)) for n in notes]
        bundle = ExportBundle(
            title=translate("Export", "Notes from kzbrief"),
            generated=now_iso(),
            scope=scope.describe(),
            notes=exported,
        )
        if include_editorial:
            for note in exported:
                briefing = known.get(note.briefing)
                section = briefing.section(note.section) if briefing else None
                if section is not None and not section.editorial.is_empty:
                    bundle.editorial[(note.briefing, note.section)] = (
                        section.title,
                        section.editorial,
                    )
        if include_bookmarks:
            bundle.bookmarks = [
                b.to_dict()
                for b in self._notebook.bookmarks(scope.briefing)
                if not scope.section or b.section == scope.section
            ]
        return bundle

    def text(
        self,
        fmt: str,
        scope: ExportScope | None = None,
        *,
        include_editorial: bool = False,
        include_bookmarks: bool = False,
    ) -> str:
        """An export as text: ``md``, ``html``, ``csv`` or ``json`` (W3C AnnotationCollection).

        PDF is drawn by Qt from the ``html`` export, outside core.
        """
        from kzbrief.core.export import FORMATS, to_csv, to_html, to_markdown

        bundle = self.bundle(
            scope, include_editorial=include_editorial, include_bookmarks=include_bookmarks
        )
        if fmt == "md":
            return to_markdown(bundle)
        if fmt in {"html", "pdf"}:
            return to_html(bundle, for_print=fmt == "pdf")
        if fmt == "csv":
            return to_csv(bundle)
        if fmt == "json":
            by_id = {n.id: n for n in bundle.notes}
            notes = [self._notebook.note(n.id) for n in bundle.notes]
            return w3c_dumps(
                to_collection(
                    to_annotation(
                        note,
                        standalone=False,
                        briefing_title=by_id[note.id].briefing_title,
                        section_title=by_id[note.id].section_title,
                    )
                    for note in notes
                )
            )
        told = translate("Errors", "unknown export format {format} (choose from {choices})")
        raise BadInputError(told.format(format=repr(fmt), choices=", ".join(FORMATS)))

    def annotated_briefing_html(
        self, briefing_id: str | None = None, *, for_print: bool = False
    ) -> str:
        """The whole briefing with the user's highlights and notes inline."""
        from kzbrief.core.export import annotated_briefing_html, export_note

        briefing = self._catalogue.briefing(briefing_id)
        notes = [export_note(n, briefing) for n in self._notebook.notes(briefing_id=briefing.id)]
        return annotated_briefing_html(briefing, notes, now_iso(), for_print=for_print)
