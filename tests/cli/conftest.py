"""The command line's tests read its English output: whatever the developer's locale, these
tests run under LANG=C.UTF-8 (tests/cli/test_cli_language.py sets the others itself)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
