"""``search`` over the bundled briefing: names across scripts and "did you mean" (issue 14)."""

from __future__ import annotations

import json

import pytest

from tests.bundled import bundled_sections_naming


@pytest.mark.parametrize("query", ["Токаев", "tokaev", "Тоқаев"])
def test_search_finds_tokayev_in_any_script(cli, query: str) -> None:
    result = cli("search", query, "--json", "--limit", "100")
    assert result.code == 0
    data = json.loads(result.out)
    assert {h["section"] for h in data["hits"]} == bundled_sections_naming("Tokayev")
    assert all("<mark>Tokayev</mark>" in h["snippet_html"] for h in data["hits"])
    assert data["did_you_mean"] == []


def test_search_tokyo_finds_nothing(cli) -> None:
    data = json.loads(cli("search", "Tokyo", "--json").out)
    assert data["hits"] == []
    # Two edits away from a five-letter word is another word: "too" was offered.
    assert data["did_you_mean"] == []


def test_did_you_mean_in_json_and_plain(cli) -> None:
    data = json.loads(cli("search", "presidnet", "--json").out)
    assert data["hits"] == [] and data["did_you_mean"][0] == "president"
    plain = cli("search", "presidnet")
    assert plain.code == 0
    assert plain.out.splitlines() == ["No results.", "Did you mean: president?"]
