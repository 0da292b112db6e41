"""``kzbrief selftest --gui`` drives the real window and reports each step."""

from __future__ import annotations

import json

from kzbrief.gui.main_window import LOCATION_KEY
from kzbrief.gui.selftest import run_gui_checks


def test_gui_checks_pass_and_leave_user_data_alone(qapp, library) -> None:
    library.ensure_index()
    library.store.set_state(
        LOCATION_KEY, '{"briefing": "kazakhstan-2023", "section": "climate", "offset": 0}'
    )
    bookmark = library.add_bookmark("religion", label="Mine")
    note = library.add_note("religion", "religious", note="my own")
    checks = run_gui_checks(library)
    assert [c["name"] for c in checks] == [
        "gui-window",
        "gui-search",
        "gui-open-hit",
        "gui-bookmark",
        "gui-highlight",
        "gui-export-pdf",
    ]
    assert all(c["ok"] for c in checks), checks
    assert all(set(c) == {"name", "ok", "detail", "ms"} for c in checks)
    assert library.bookmarks() == [bookmark]
    assert library.notes() == [note]
    assert '"climate"' in library.store.get_state(LOCATION_KEY)


def test_selftest_gui_command_exits_0_with_a_json_report(cli_process) -> None:
    result = cli_process("selftest", "--gui")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["ok"] is True
    names = [c["name"] for c in report["checks"]]
    assert {
        "gui-window",
        "gui-search",
        "gui-open-hit",
        "gui-bookmark",
        "gui-highlight",
        "gui-export-pdf",
    } <= set(names)
