"""The bundled briefing: its shape, its ids, and that it is written in our own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library

BRIEFING_DIR = resource_path("briefings", "kazakhstan-2023")
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _bundled_text() -> str:
    return " ".join(
        p.read_text(encoding="utf-8")
        for p in sorted(resource_path().rglob("*"))
        if p.is_file() and p.suffix in {".md", ".json", ".txt", ".html", ".yaml", ".yml", ".toml"}
    )


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not beside this checkout")
def test_no_run_of_ten_words_is_copied_from_the_source_article() -> None:
    seed = _words(" ".join(p.read_text(encoding="utf-8") for p in SEED.glob("*.txt")))
    runs = {tuple(seed[i : i + 10]) for i in range(len(seed) - 9)}
    ours = _words(_bundled_text())
    copied = [
        " ".join(ours[i : i + 10]) for i in range(len(ours) - 9) if tuple(ours[i : i + 10]) in runs
    ]
    assert copied == []


def test_the_check_above_would_catch_a_copied_sentence() -> None:
    seed = _words("the quick brown fox jumps over the lazy dog again and again")
    runs = {tuple(seed[i : i + 10]) for i in range(len(seed) - 9)}
    ours = _words("As noted, the quick brown fox jumps over the lazy dog again today.")
    assert any(tuple(ours[i : i + 10]) in runs for i in range(len(ours) - 9))


def test_briefing_is_dated_attributed_and_editioned() -> None:
    data = json.loads((BRIEFING_DIR / "briefing.json").read_text(encoding="utf-8"))
    assert data["title"] == "Kazakhstan: human rights in 2023"
    assert isinstance(data["edition"], int) and data["edition"] >= 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["date"])
    assert data["attribution"]["original_source"] == "Amnesty International"
    assert data["attribution"]["article"]


def test_sections_have_stable_unique_ids_and_editorial_annotations(library: Library) -> None:
    briefing = library.default_briefing()
    assert 8 <= len(briefing.sections) <= 14
    vocabulary = set(briefing.vocabulary)
    section_ids = [s.id for s in briefing.sections]
    assert len(set(section_ids)) == len(section_ids)
    paragraph_ids = [p.id for s in briefing.sections for p in s.paragraphs]
    assert len(set(paragraph_ids)) == len(paragraph_ids)
    for section in briefing.sections:
        assert all(p.id.startswith(f"{section.id}-p") for p in section.paragraphs)
        editorial = section.editorial
        assert editorial.key_facts and editorial.why_it_matters, section.id
        assert editorial.tags and set(editorial.tags) <= vocabulary, section.id
        assert editorial.related and set(editorial.related) <= set(section_ids), section.id
        assert section.id not in editorial.related


def test_no_seed_debris_in_the_briefing() -> None:
    text = _bundled_text().lower()
    for debris in (
        "oliver henderson",
        "peabody",
        "leave a reply",
        "columbia university",
        "view all posts",
        "email address",
    ):
        assert debris not in text
