"""Where the reader is (a :class:`Location`) and where it has been (:class:`History`).

Plain Python, no Qt: the window records a location before each jump (opening a section,
a search hit, a bookmark, a related link) so that Alt+Left and Alt+Right can retrace them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from kzbrief.core.model import Section

HISTORY_LIMIT = 100


@dataclass(frozen=True)
class Location:
    """A place in the library: a section (None for the briefing's cover) and an offset.

    ``offset`` counts characters in ``Section.text``, like annotation anchors do.
    """

    briefing: str
    section: str | None = None
    offset: int = 0

    def same_page(self, other: Location | None) -> bool:
        return other is not None and (self.briefing, self.section) == (
            other.briefing,
            other.section,
        )

    def at(self, offset: int) -> Location:
        return replace(self, offset=max(0, offset))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Location | None:
        """Parse a stored location; None for anything that is not one (never raises)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            briefing, section, offset = data["briefing"], data.get("section"), data["offset"]
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(briefing, str) or not isinstance(offset, int):
            return None
        if section is not None and not isinstance(section, str):
            return None
        return cls(briefing, section, max(0, offset))


def paragraph_offset(section: Section, paragraph_id: str | None) -> int:
    """Offset in ``section.text`` where paragraph ``paragraph_id`` starts (0 if unknown)."""
    offset = 0
    for paragraph in section.paragraphs:
        if paragraph.id == paragraph_id:
            return offset
        offset += len(paragraph.text) + 2
    return 0


class History:
    """Back and forward stacks of locations, like a browser's."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self._limit = limit

    def record(self, here: Location) -> None:
        """Remember ``here`` before a jump; a new jump forgets the forward stack."""
        if self._back and self._back[-1] == here:
            return
        self._back.append(here)
        del self._back[: -self._limit]
        self._forward.clear()

    def back(self, here: Location) -> Location | None:
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Location) -> Location | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)
