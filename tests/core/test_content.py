"""The bundled briefing: its shape, its ids, and that it is written in our own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzbrief.core.resources import resource_path
from kzbrief.core.service import Library

BRIEFING_DIR = resource_path("briefings", "kazakhstan-2023")
# ../shared beside the checkout (a worktree sits one level deeper: ../../shared).
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[2:5] if (p / "shared").is_dir()),
    Path(__file__).resolve().parents[3] / "shared",
)
SEED = SHARED / "seed"
FACT_SHEET = SHARED / "sources" / "kazakhstan-2023-facts.md"
RUN = 10


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _without_source_titles(text: str) -> str:
    """A briefing.json's text without the bibliographic records of its sources (title,
    publisher, date, address): a citation gives those exactly as published, which is not
    copying the source's prose. Only the ids are kept."""
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("sources"), list):
        data = dict(data, sources=[{"id": s.get("id")} for s in data["sources"]])
    return json.dumps(data, ensure_ascii=False)


def _bundled_text() -> str:
    texts = []
    for p in sorted(resource_path().rglob("*")):
        if p.is_file() and p.suffix in {".md", ".json", ".txt", ".html", ".yaml", ".yml", ".toml"}:
            text = p.read_text(encoding="utf-8")
            texts.append(_without_source_titles(text) if p.name == "briefing.json" else text)
    return " ".join(texts)


def shared_runs(ours: str, theirs: str, length: int = RUN) -> list[str]:
    """Every run of ``length`` words of ``ours`` that ``theirs`` also holds."""
    words = _words(theirs)
    runs = {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}
    mine = _words(ours)
    return [
        " ".join(mine[i : i + length])
        for i in range(len(mine) - length + 1)
        if tuple(mine[i : i + length]) in runs
    ]


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not beside this checkout")
def test_no_run_of_ten_words_is_copied_from_the_source_article() -> None:
    seed = " ".join(p.read_text(encoding="utf-8") for p in SEED.glob("*.txt"))
    assert shared_runs(_bundled_text(), seed) == []


@pytest.mark.skipif(
    not FACT_SHEET.is_file(), reason="../shared/sources is not beside this checkout"
)
def test_no_run_of_ten_words_is_copied_from_the_fact_sheet() -> None:
    sheet = FACT_SHEET.read_text(encoding="utf-8")
    assert shared_runs(_bundled_text(), sheet) == []


def test_only_source_records_are_left_out_of_the_copy_check() -> None:
    sheet = "the quick brown fox jumps over the lazy dog again and again"
    cited = {"sources": [{"id": "X", "title": sheet, "publisher": "P"}], "summary": "ours"}
    copied = dict(cited, summary=sheet)
    assert shared_runs(_without_source_titles(json.dumps(cited)), sheet) == []
    assert shared_runs(_without_source_titles(json.dumps(copied)), sheet) != []


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
