"""W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/) for notes, both ways.

Writing: a note becomes one ``Annotation``: a ``TextualBody`` in ``text/markdown`` for the
note (purpose ``commenting``), one ``TextualBody`` per tag (purpose ``tagging``), and a
``SpecificResource`` target whose ``source`` is a stable URN for the briefing's section,
selected by a ``TextQuoteSelector`` and a ``TextPositionSelector``. Colour and edition have
no W3C term, so they are ``kzbrief:``-prefixed extension properties declared in the
``@context``. The output is deterministic: export → import → export gives identical JSON.

Reading: one annotation, a list of them, an ``AnnotationPage`` with ``items``, or an
``AnnotationCollection`` whose pages are embedded. The file is a stranger's: its size is
checked before it is read, the parser cannot blow the stack, nesting, counts and string
lengths are bounded, and any violation is one clear :class:`AnnotationFileError` naming the
annotation at fault. Note bodies are kept as text; nothing here renders them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kzbrief.core.anchoring import Anchor
from kzbrief.core.annotations import (
    COLOURS,
    DEFAULT_COLOUR,
    MAX_NOTE_CHARS,
    MAX_QUOTE_CHARS,
    Note,
    name_urn,
    normalise_tags,
    note_id_from_iri,
    utc_timestamp,
)
from kzbrief.core.briefings import is_valid_id
from kzbrief.core.errors import BadInputError
from kzbrief.core.safefile import read_limited
from kzbrief.core.store import now_iso
from kzbrief.core.wording import translate

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KZBRIEF_VOCAB = "urn:kzbrief:vocab#"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"kzbrief": KZBRIEF_VOCAB}]
SOURCE_PREFIX = "urn:kzbrief:section:"
MARKDOWN = "text/markdown"

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 32
MAX_ANNOTATIONS = 100_000
MAX_PAGES = 10_000
MAX_CONTEXT_CHARS = 1_000
MAX_IRI_CHARS = 2_000
MAX_POSITION = 1 << 40
TEXT_FORMATS = (MARKDOWN, "text/plain")
NOTE_PURPOSES = ("commenting", "describing")


class AnnotationFileError(BadInputError):
    """The file is not W3C Web Annotation JSON that kzbrief can import.

    The message is always one short line, whatever the file held (a value quoted from a
    hostile file may be megabytes long or span lines).
    """

    MAX_MESSAGE = 300

    def __init__(self, message: str) -> None:
        line = " ".join(message.split())
        if len(line) > self.MAX_MESSAGE:
            line = line[: self.MAX_MESSAGE - 1] + "…"
        super().__init__(line)


# -- writing ------------------------------------------------------------------------------------
def source_urn(briefing: str, section: str) -> str:
    """The stable name of a briefing's section, used as the annotation target's source."""
    return f"{SOURCE_PREFIX}{briefing}:{section}"


def to_annotation(
    note: Note,
    *,
    standalone: bool = True,
    briefing_title: str | None = None,
    section_title: str | None = None,
) -> dict[str, Any]:
    """The Annotation for ``note``. ``standalone=False`` leaves out ``@context`` (for items
    of a collection, which carries it). Titles, when given, are added for citation; they are
    ignored when read back, since the library knows them.
    """
    data: dict[str, Any] = {"@context": CONTEXT} if standalone else {}
    data.update(
        {
            "id": note.id,
            "type": "Annotation",
            "motivation": "commenting" if note.body else "highlighting",
            "created": note.created,
            "modified": note.modified,
        }
    )
    bodies: list[dict[str, Any]] = []
    if note.body:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": MARKDOWN,
                "value": note.body,
            }
        )
    bodies.extend({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in note.tags)
    if bodies:
        data["body"] = bodies
    anchor = note.anchor
    data["target"] = {
        "type": "SpecificResource",
        "source": source_urn(note.briefing, note.section),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ],
    }
    data["kzbrief:colour"] = note.colour
    if note.edition is not None:
        data["kzbrief:edition"] = note.edition
    if briefing_title is not None:
        data["kzbrief:briefingTitle"] = briefing_title
    if section_title is not None:
        data["kzbrief:sectionTitle"] = section_title
    return data


def to_collection(
    annotations: Iterable[dict[str, Any]],
    *,
    label: str = "kzbrief notes",
    collection_id: str | None = None,
) -> dict[str, Any]:
    """An AnnotationCollection with all ``annotations`` (made with ``standalone=False``)
    in one embedded first page. Without ``collection_id`` the id is derived from the
    annotations' ids, so exporting the same notes twice gives the same document.
    """
    items = list(annotations)
    if collection_id is None:
        names = "\n".join(str(item.get("id", "")) for item in items)
        collection_id = name_urn("kzbrief:" + names)
    page_id = name_urn(collection_id + "#page-1")
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {
            "id": page_id,
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def dumps(document: Any) -> str:
    """The JSON text kzbrief writes: UTF-8 friendly, indented, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- reading: the file ----------------------------------------------------------------------------
def read_annotation_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Parse the JSON in ``path`` after checking, before reading it, that it is small enough."""
    path = Path(path)
    raw = read_limited(path, max_bytes, purpose="a notes file", error=AnnotationFileError)
    return parse_json(raw, path.name)


def parse_json(raw: bytes, name: str = "the file") -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN, nesting at most :data:`MAX_DEPTH`."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        told = translate("Errors", "{name}: not UTF-8 text (byte {byte})")
        raise AnnotationFileError(told.format(name=name, byte=exc.start)) from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except RecursionError:
        # CPython's JSON decoder counts its own depth and stops cleanly; never a crash.
        told = translate("Errors", "{name}: JSON nested too deeply")
        raise AnnotationFileError(told.format(name=name)) from None
    except json.JSONDecodeError as exc:
        told = translate("Errors", "{name}: not valid JSON ({error}, line {line} column {column})")
        raise AnnotationFileError(
            told.format(name=name, error=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except ValueError as exc:  # from _unique_keys or _no_constant, in the user's language
        told = translate("Errors", "{name}: {error}")
        raise AnnotationFileError(told.format(name=name, error=exc)) from None
    if _depth(data) > MAX_DEPTH:
        told = translate("Errors", "{name}: JSON nested more than {limit} levels deep")
        raise AnnotationFileError(told.format(name=name, limit=MAX_DEPTH))
    if "\\u" in text and _has_lone_surrogate(data):
        told = translate(
            "Errors", "{name}: a \\u escape makes an invalid character (a lone surrogate)"
        )
        raise AnnotationFileError(told.format(name=name))
    return data


def _has_lone_surrogate(data: Any) -> bool:
    """JSON's \\uD800-style escapes can make strings that are not Unicode text; SQLite (and
    every file format we write) would refuse them later, so they are refused here."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            told = translate("Errors", "the key {key} appears twice in one object")
            raise ValueError(told.format(key=repr(key[:40])))
        result[key] = value
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(translate("Errors", "{token} is not a JSON number").format(token=token))


def _depth(data: Any) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Iterable[Any] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        stack.extend((child, depth + 1) for child in children)
    return deepest


# -- reading: the structure ---------------------------------------------------------------------
def parse_document(data: Any, name: str = "the file") -> list[Note]:
    """The notes in a parsed document: one annotation, a list, a page or a collection.

    Returned notes are not placed yet: their ``status`` is ``orphaned`` and ``fingerprint``
    empty until the library anchors them in the current text.
    """
    annotations = list(_annotations(data, name))
    if len(annotations) > MAX_ANNOTATIONS:
        told = translate("Errors", "{name}: more than {limit:,} annotations")
        raise AnnotationFileError(told.format(name=name, limit=MAX_ANNOTATIONS))
    notes = []
    for number, annotation in enumerate(annotations, start=1):
        try:
            notes.append(_note(annotation))
        except (_Invalid, BadInputError) as exc:
            told = translate("Errors", "{name}: annotation {number}: {error}")
            raise AnnotationFileError(told.format(name=name, number=number, error=exc)) from None
    return notes


def _types(value: dict[str, Any]) -> set[str]:
    kind = value.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _has_anno_context(value: dict[str, Any]) -> bool:
    context = value.get("@context")
    if isinstance(context, list):
        return ANNO_CONTEXT in context
    return context == ANNO_CONTEXT


def _annotations(data: Any, name: str) -> Iterator[Any]:
    if isinstance(data, list):
        for number, item in enumerate(data, start=1):
            if not isinstance(item, dict) or not _has_anno_context(item):
                told = translate(
                    "Errors",
                    "{name}: item {number} of the list is not a W3C annotation "
                    '(it needs "@context": "{context}")',
                )
                raise AnnotationFileError(
                    told.format(name=name, number=number, context=ANNO_CONTEXT)
                )
            yield item
        return
    if not isinstance(data, dict):
        told = translate("Errors", "{name}: expected a JSON object or list")
        raise AnnotationFileError(told.format(name=name))
    if not _has_anno_context(data):
        told = translate("Errors", '{name}: not W3C Web Annotation JSON (no "@context": ...)')
        raise AnnotationFileError(told.format(name=name))
    types = _types(data)
    if "Annotation" in types:
        yield data
    elif "AnnotationPage" in types:
        yield from _page_items(data, name)
    elif "AnnotationCollection" in types:
        yield from _collection_items(data, name)
    else:
        told = translate(
            "Errors", "{name}: expected an Annotation, AnnotationPage or AnnotationCollection"
        )
        raise AnnotationFileError(told.format(name=name))


def _page_items(page: Any, name: str) -> list[Any]:
    if not isinstance(page, dict) or "AnnotationPage" not in _types(page):
        told = translate("Errors", "{name}: a collection page is not an AnnotationPage")
        raise AnnotationFileError(told.format(name=name))
    items = page.get("items")
    if not isinstance(items, list):
        told = translate("Errors", "{name}: an AnnotationPage has no items list")
        raise AnnotationFileError(told.format(name=name))
    return items


def _collection_items(collection: dict[str, Any], name: str) -> Iterator[Any]:
    page = collection.get("first")
    count = pages = 0
    while page is not None:
        if isinstance(page, str):
            told = translate(
                "Errors",
                "{name}: the collection's pages are links ({link}), not embedded; "
                "only a collection with its pages in the file can be imported",
            )
            raise AnnotationFileError(told.format(name=name, link=page[:60]))
        pages += 1
        if pages > MAX_PAGES:
            told = translate("Errors", "{name}: more than {limit:,} pages")
            raise AnnotationFileError(told.format(name=name, limit=MAX_PAGES))
        items = _page_items(page, name)
        count += len(items)
        if count > MAX_ANNOTATIONS:
            told = translate("Errors", "{name}: more than {limit:,} annotations")
            raise AnnotationFileError(told.format(name=name, limit=MAX_ANNOTATIONS))
        yield from items
        page = page.get("next")
    total = collection.get("total")
    if total is not None and (not _is_int(total) or total != count):
        told = translate(
            "Errors", "{name}: the collection says it holds {total} annotations but has {count}"
        )
        raise AnnotationFileError(told.format(name=name, total=repr(total), count=count))


# -- reading: one annotation ----------------------------------------------------------------------
class _Invalid(Exception):
    """One annotation breaks a rule; the message names the property (it is shown to the user
    inside an :class:`AnnotationFileError`, so it is written in the user's language)."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _string(value: Any, what: str, *, limit: int, empty: bool = True) -> str:
    """``value`` if it is a string within ``limit``; ``what`` names the property: its JSON
    name ("id") or a translated description ("exact quote")."""
    if not isinstance(value, str):
        told = translate("Errors", "{property} must be a string, not {type}")
        raise _Invalid(told.format(property=what, type=_json_type(value)))
    if len(value) > limit:
        told = translate("Errors", "{property} is longer than {limit:,} characters")
        raise _Invalid(told.format(property=what, limit=limit))
    if not empty and not value.strip():
        raise _Invalid(translate("Errors", "{property} is empty").format(property=what))
    return value


def _json_type(value: Any) -> str:
    """What a JSON value is, for "must be a string, not {type}"."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is bool:
        return translate("Errors", "a boolean")
    if kind is int or kind is float:
        return translate("Errors", "a number")
    if kind is str:
        return translate("Errors", "a string")
    if isinstance(value, dict):
        return translate("Errors", "an object")
    return translate("Errors", "a list")


def _one_or_many(value: Any, what: str) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict | str):
        return [value]
    told = translate("Errors", "{property} must be an object or a list, not {type}")
    raise _Invalid(told.format(property=what, type=_json_type(value)))


def _note(annotation: Any) -> Note:
    if not isinstance(annotation, dict):
        told = translate("Errors", "must be an object, not {type}")
        raise _Invalid(told.format(type=_json_type(annotation)))
    if "Annotation" not in _types(annotation):
        raise _Invalid(translate("Errors", 'its "type" is not "Annotation"'))
    if "id" not in annotation:
        raise _Invalid(translate("Errors", 'it has no "id"'))
    iri = _string(annotation["id"], "id", limit=MAX_IRI_CHARS, empty=False)
    if any(ch.isspace() for ch in iri.strip()):
        raise _Invalid(translate("Errors", "id must be an IRI (no spaces)"))
    motivation = annotation.get("motivation")
    if motivation is not None:
        for value in _one_or_many(motivation, "motivation"):
            _string(value, "motivation", limit=100)
    created = _timestamp(annotation, "created") or now_iso()
    modified = _timestamp(annotation, "modified") or created
    body, tags = _bodies(annotation)
    briefing, section, anchor = _target(annotation.get("target"))
    colour = annotation.get("kzbrief:colour", DEFAULT_COLOUR)
    if colour not in COLOURS:
        told = translate("Errors", "kzbrief:colour must be one of {choices}")
        raise _Invalid(told.format(choices=", ".join(COLOURS)))
    edition = annotation.get("kzbrief:edition")
    if edition is not None and (not _is_int(edition) or not 1 <= edition <= 1_000_000):
        raise _Invalid(translate("Errors", "kzbrief:edition must be a whole number from 1"))
    return Note(
        id=note_id_from_iri(iri),
        briefing=briefing,
        section=section,
        anchor=anchor,
        body=body,
        tags=normalise_tags(tags),
        colour=colour,
        status="orphaned",
        created=created,
        modified=modified,
        edition=edition,
    )


def _timestamp(annotation: dict[str, Any], key: str) -> str | None:
    if key not in annotation:
        return None
    return utc_timestamp(_string(annotation[key], key, limit=64, empty=False))


def _bodies(annotation: dict[str, Any]) -> tuple[str, list[str]]:
    """(the note's text, its tags) from ``body`` / ``bodyValue``."""
    texts: list[str] = []
    tags: list[str] = []
    if "bodyValue" in annotation:
        texts.append(_string(annotation["bodyValue"], "bodyValue", limit=MAX_NOTE_CHARS))
    for number, body in enumerate(_one_or_many(annotation.get("body", []), "body"), start=1):
        if isinstance(body, str):
            told = translate(
                "Errors", "body {number} is a link to another resource; only text bodies are read"
            )
            raise _Invalid(told.format(number=number))
        if not isinstance(body, dict):
            told = translate("Errors", "body {number} must be an object, not {type}")
            raise _Invalid(told.format(number=number, type=_json_type(body)))
        kinds = _types(body)
        if kinds and "TextualBody" not in kinds:
            told = translate("Errors", "body {number} is a {kind}; only TextualBody is read")
            raise _Invalid(told.format(number=number, kind=repr(sorted(kinds)[0][:40])))
        what = translate("Errors", "body {number} value").format(number=number)
        value = _string(body.get("value"), what, limit=MAX_NOTE_CHARS)
        purpose = body.get("purpose")
        if purpose == "tagging":
            tags.append(value)
            continue
        if purpose is not None and purpose not in NOTE_PURPOSES:
            told = translate(
                "Errors", "body {number} has purpose {purpose}, which kzbrief cannot keep"
            )
            raise _Invalid(told.format(number=number, purpose=repr(str(purpose)[:40])))
        text_format = body.get("format", MARKDOWN)
        if text_format not in TEXT_FORMATS:
            told = translate(
                "Errors",
                "body {number} is in format {format}; kzbrief keeps notes as "
                "Markdown or plain text and never reads them as HTML",
            )
            raise _Invalid(told.format(number=number, format=repr(str(text_format)[:40])))
        texts.append(value)
    if len(texts) > 1:
        raise _Invalid(
            translate("Errors", "more than one note text (kzbrief keeps one per annotation)")
        )
    return (texts[0] if texts else ""), tags


def _target(target: Any) -> tuple[str, str, Anchor]:
    if target is None:
        raise _Invalid(translate("Errors", 'it has no "target"'))
    targets = _one_or_many(target, "target")
    if len(targets) != 1:
        told = translate("Errors", "it has {count} targets; kzbrief notes have exactly one")
        raise _Invalid(told.format(count=len(targets)))
    target = targets[0]
    if not isinstance(target, dict):
        raise _Invalid(
            translate("Errors", "target must be a resource with selectors, not a bare link")
        )
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    source = _string(source, translate("Errors", "target source"), limit=MAX_IRI_CHARS)
    briefing, _, section = source.removeprefix(SOURCE_PREFIX).partition(":")
    if not source.startswith(SOURCE_PREFIX) or not (is_valid_id(briefing) and is_valid_id(section)):
        told = translate("Errors", "target source {source} is not a kzbrief briefing section")
        raise _Invalid(told.format(source=repr(source[:80])))
    quote: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    selectors = _one_or_many(target.get("selector", []), translate("Errors", "target selector"))
    for selector in selectors:
        if not isinstance(selector, dict):
            raise _Invalid(translate("Errors", "every selector must be an object"))
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds:
            quote = selector
        elif "TextPositionSelector" in kinds:
            position = selector
    if quote is None:
        raise _Invalid(translate("Errors", "the target has no TextQuoteSelector"))
    what = translate("Errors", "exact quote")
    exact = _string(quote.get("exact"), what, limit=MAX_QUOTE_CHARS, empty=False)
    what = translate("Errors", "quote prefix")
    prefix = _string(quote.get("prefix", ""), what, limit=MAX_CONTEXT_CHARS)
    what = translate("Errors", "quote suffix")
    suffix = _string(quote.get("suffix", ""), what, limit=MAX_CONTEXT_CHARS)
    if position is None:
        return briefing, section, Anchor(exact, prefix, suffix, 0, 0)  # no position: see Anchor
    start: Any = position.get("start")
    end: Any = position.get("end")
    if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= MAX_POSITION):
        told = translate(
            "Errors", "TextPositionSelector start and end must be whole numbers, start ≤ end"
        )
        raise _Invalid(told)
    return briefing, section, Anchor(exact, prefix, suffix, start, end)
