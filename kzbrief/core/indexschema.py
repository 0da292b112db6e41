"""What the search index holds: its schema, and the fields derived from each document.

Besides the fields the document producers fill (see :func:`build_schema`), the index holds
fields derived from them here (:func:`derive_fields`): edge n-grams of the title and body
terms, which answer prefix queries with one term lookup; the exact (unstemmed) words; the
cross-script name keys. Producers never see them: both a rebuild and
:meth:`kzbrief.core.index.SearchIndex.writer` add them to each document.

Whoosh is imported by the functions that use it, not here (see :mod:`kzbrief.core.index`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh.fields import Schema
    from whoosh.writing import IndexWriter

Document = dict[str, Any]


def build_schema() -> Schema:
    """One schema for briefing text, editorial annotations and the user's notes."""
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema

    from kzbrief.core.analysis import EdgeGramField, NamesField, TextField, WordsField

    return Schema(
        doc_id=ID(unique=True, stored=True),
        kind=ID(stored=True),
        briefing=ID(stored=True),
        section=ID(stored=True),
        annotation=ID(stored=True),
        order=NUMERIC(stored=True, sortable=True),
        section_title=TextField(field_boost=4.0),
        body=TextField(),
        tags=KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
        # Ids of the sources the text cites (``source:AI-2023``); optional in a document.
        sources=KEYWORD(stored=True, commas=True, lowercase=True),
        extra=STORED(),
        # Derived (derive_fields): prefixes of the title and body terms.
        section_title_prefixes=EdgeGramField(field_boost=4.0),
        body_prefixes=EdgeGramField(),
        # Derived: exact (unstemmed) words of the title and body; cross-script name keys.
        section_title_words=WordsField(field_boost=4.0),
        body_words=WordsField(),
        names=NamesField(),
    )


#: Derived edge n-gram field for each text field that prefix queries search.
PREFIX_FIELDS = {"section_title": "section_title_prefixes", "body": "body_prefixes"}
#: Derived exact-word field for each text field.
EXACT_FIELDS = {"section_title": "section_title_words", "body": "body_words"}
#: Derived field of the name keys of the title and body together.
NAMES_FIELD = "names"
#: A document may say its language (``language``: en, ru or kk); it is not stored, only
#: used to analyse the document (Kazakh text is stemmed as Kazakh).
LANGUAGE_KEY = "language"


def derive_fields(document: Document) -> Document:
    """``document`` with the derived fields added (from its own title and body)."""
    derived = dict(document)
    derived.pop(LANGUAGE_KEY, None)
    for source, target in (*PREFIX_FIELDS.items(), *EXACT_FIELDS.items()):
        text = document.get(source)
        if text:
            derived[target] = text
    names = "\n".join(t for t in (document.get("section_title"), document.get("body")) if t)
    if names:
        derived[NAMES_FIELD] = names
    return derived


def document_language(document: Document) -> str:
    """The language to analyse ``document`` in: its own, else detected from its text."""
    from kzbrief.core.analysis import detect_text_language

    declared = document.get(LANGUAGE_KEY)
    if declared:
        return str(declared)
    return detect_text_language(str(document.get("body") or ""))


def add_derived(add: Callable[..., None], document: Document) -> None:
    """Call a Whoosh writer's ``add`` with ``document``'s fields, derived ones included,
    analysed in the document's language."""
    from kzbrief.core.analysis import text_language

    with text_language(document_language(document)):
        add(**derive_fields(document))


class DerivingWriter:
    """An index writer that adds the derived fields to every document it is given.

    Anything else (``delete_by_term``, ``commit`` …) goes to the Whoosh writer unchanged.
    """

    def __init__(self, writer: IndexWriter) -> None:
        self._writer = writer

    def add_document(self, **fields: Any) -> None:
        add_derived(self._writer.add_document, fields)

    def update_document(self, **fields: Any) -> None:
        add_derived(self._writer.update_document, fields)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)
