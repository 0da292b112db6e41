"""The user's notes (highlights with an optional Markdown note and tags), and their rules.

A note's id is its W3C Web Annotation id (``urn:uuid:…``), so it survives export and
import unchanged. Its place is an :class:`~kzbrief.core.anchoring.Anchor` over the plain text
of one section of one briefing; ``status`` says whether that place was found as stored
(``anchored``), re-found elsewhere after the text changed (``moved``) or could not be found
(``orphaned``: kept, never dropped). ``edition`` and ``fingerprint`` record which version of
the briefing the anchor was computed on, so a new edition is noticed and re-anchored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kzbrief.core.anchoring import Anchor, Status
from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate

COLOURS = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOUR = "yellow"
STATUSES: tuple[Status, ...] = ("anchored", "moved", "orphaned")
SORTS = ("position", "created", "modified")

MAX_NOTE_CHARS = 100_000
MAX_QUOTE_CHARS = 20_000
MAX_TAGS = 50
MAX_TAG_CHARS = 64

_UUID_URN = re.compile(r"^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Note:
    """One highlight or note, as stored."""

    id: str
    briefing: str
    section: str
    anchor: Anchor
    body: str
    tags: tuple[str, ...]
    colour: str
    status: Status
    created: str
    modified: str
    edition: int | None = None
    fingerprint: str = ""

    @property
    def quote(self) -> str:
        return self.anchor.exact

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``kzbrief notes list --json`` (README, "The command line")."""
        return {
            "id": self.id,
            "briefing": self.briefing,
            "section": self.section,
            "quote": self.quote,
            "note": self.body,
            "tags": list(self.tags),
            "colour": self.colour,
            "status": self.status,
            "created": self.created,
            "modified": self.modified,
        }


# uuid is imported where it is used: it imports ``platform``, which a start does not need.
def new_note_id() -> str:
    import uuid

    return f"urn:uuid:{uuid.uuid4()}"


def name_urn(name: str) -> str:
    """A name-based ``urn:uuid:`` (the same name always gives the same URN)."""
    import uuid

    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def note_id_from_iri(iri: str) -> str:
    """The note id for an annotation id read from a file.

    ``urn:uuid:`` ids are kept (lower-cased). Another tool's IRI is mapped to a name-based
    UUID, so the same annotation imported twice is still recognised as a duplicate.
    """
    value = iri.strip().lower()
    if _UUID_URN.match(value):
        return value
    return name_urn(iri.strip())


def is_note_id(value: str) -> bool:
    return bool(_UUID_URN.match(value))


def normalise_colour(value: str | None) -> str:
    colour = (value or DEFAULT_COLOUR).strip().lower()
    if colour not in COLOURS:
        told = translate("Errors", "unknown colour {colour} (choose from {choices})")
        raise BadInputError(told.format(colour=repr(value), choices=", ".join(COLOURS)))
    return colour


def normalise_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: lower-case, ``#`` and spaces trimmed, inner spaces as ``-``, no repeats.

    A comma separates tags (as on the command line and in the index's tag field).
    """
    tags: list[str] = []
    for value in values:
        for piece in str(value).split(","):
            tag = unicodedata.normalize("NFC", _CONTROL.sub("", piece)).strip().lstrip("#")
            tag = "-".join(tag.lower().split())
            if not tag or tag in tags:
                continue
            if len(tag) > MAX_TAG_CHARS:
                told = translate("Errors", "the tag {tag}… is longer than {limit} letters")
                raise BadInputError(told.format(tag=repr(tag[:20]), limit=MAX_TAG_CHARS))
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        told = translate("Errors", "a note can have at most {limit} tags ({count} given)")
        raise BadInputError(told.format(limit=MAX_TAGS, count=len(tags)))
    return tuple(tags)


def check_note_text(text: str | None) -> str:
    """The note's Markdown, stored exactly as written (it is escaped wherever it is shown)."""
    text = text or ""
    if len(text) > MAX_NOTE_CHARS:
        told = translate("Errors", "the note is longer than {limit:,} characters")
        raise BadInputError(told.format(limit=MAX_NOTE_CHARS))
    return text


def check_status(value: str | None) -> Status | None:
    if value is None:
        return None
    if value not in STATUSES:
        told = translate("Errors", "unknown status {status} (choose from {choices})")
        raise BadInputError(told.format(status=repr(value), choices=", ".join(STATUSES)))
    return value  # type: ignore[return-value]


def utc_timestamp(value: str) -> str:
    """An ISO 8601 date-time as stored: UTC, second precision, ``Z`` (sorts as text)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        told = translate("Errors", "{value} is not an ISO 8601 date and time")
        raise BadInputError(told.format(value=repr(value[:40]))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
