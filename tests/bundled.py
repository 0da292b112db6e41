"""Facts about the bundled briefing that tests compare search results with."""

from __future__ import annotations

from kzbrief.core.briefings import load_briefing_dir
from kzbrief.core.resources import resource_path


def bundled_sections_naming(word: str) -> set[str]:
    """The bundled briefing's sections whose text or editorial notes hold ``word``."""
    briefing = load_briefing_dir(resource_path("briefings", "kazakhstan-2023"), bundled=True)
    return {s.id for s in briefing.sections if word in s.text or word in s.editorial.search_text}
