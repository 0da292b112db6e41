"""The command line of DESIGN.md: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kzbrief import __version__


def test_version(cli_process) -> None:
    result = cli_process("--version")
    assert result.code == 0 and result.out.strip() == f"kzbrief {__version__}"


def test_sections_json_lists_titles_and_tags(cli) -> None:
    result = cli("sections", "--json")
    assert result.code == 0
    sections = json.loads(result.out)
    assert len(sections) >= 8
    for section in sections:
        assert section["id"] and section["title"] and section["tags"]


def test_briefings_json(cli) -> None:
    result = cli("briefings", "--json")
    briefings = json.loads(result.out)
    assert briefings[0]["id"] == "kazakhstan-2023"
    assert briefings[0]["title"] == "Kazakhstan: human rights in 2023"
    assert briefings[0]["edition"] >= 1
    assert "Amnesty International" in briefings[0]["attribution"]["original_source"]


def test_show_plain_json_and_html(cli) -> None:
    plain = cli("show", "climate")
    assert plain.code == 0 and "greenhouse gas" in plain.out
    data = json.loads(cli("show", "climate", "--json").out)
    assert set(data) == {
        "briefing",
        "id",
        "title",
        "tags",
        "text",
        "paragraphs",
        "editorial",
        "sources",
    }
    assert data["paragraphs"][0]["id"] == "climate-p1"
    assert "climate" in data["editorial"]["tags"]
    html = cli("show", "climate", "--html").out
    assert '<p id="climate-p1">' in html and "<script" not in html


def test_search_json_shape(cli) -> None:
    result = cli("search", '"domestic violence"', "--json")
    data = json.loads(result.out)
    assert data["query"] == '"domestic violence"'
    assert data["total"] >= 1
    hit = data["hits"][0]
    assert hit["section"] == "domestic-violence" and hit["kind"] == "text"
    assert "<mark>" in hit["snippet_html"]


def test_data_dir_before_or_after_the_subcommand(cli_process, data_dir) -> None:
    from kzbrief.cli import main

    assert main(["--data-dir", str(data_dir), "sections", "--json"]) == 0
    assert (data_dir).is_dir()


def test_environment_variable_chooses_the_data_dir(tmp_path, monkeypatch, capsys) -> None:
    from kzbrief.cli import main

    monkeypatch.setenv("KZBRIEF_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["search", "tokayev"]) == 0
    assert (tmp_path / "from-env" / "index" / "current.json").is_file()


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "AND OR (", "tag:", "x" * 5000, "a\x01b\x1bc", "((((", "-", "~*~"],
)
def test_malformed_query_exits_0_with_a_notice_and_no_traceback(cli_process, query) -> None:
    result = cli_process("search", query)
    assert result.code == 0
    assert "Traceback" not in result.err + result.out
    assert "kzbrief:" in result.err


def test_no_results_is_success(cli) -> None:
    result = cli("search", "zzyzxqv")
    assert result.code == 0 and "No results" in result.out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("show", "no-such-section"), 2),
        (("sections", "--briefing", "nope"), 2),
        (("search", "x", "--limit", "0"), 2),
        (("search",), 2),
        (("frobnicate",), 2),
        (("search", "x", "--kind", "bogus"), 2),
    ],
)
def test_bad_input_exits_2_with_one_line(cli_process, args, code) -> None:
    result = cli_process(*args)
    assert result.code == code
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err


def test_deleted_index_rebuilds_on_the_next_search_and_says_so(cli_process, data_dir) -> None:
    import shutil

    assert cli_process("search", "tokayev").code == 0
    shutil.rmtree(data_dir / "index")
    result = cli_process("search", '"domestic violence"', "--json")
    assert result.code == 0
    assert "Rebuilt the search index" in result.err
    assert json.loads(result.out)["hits"][0]["section"] == "domestic-violence"


def test_garbled_index_rebuilds_on_the_next_search(cli_process, data_dir) -> None:
    assert cli_process("search", "tokayev").code == 0
    manifest = json.loads((data_dir / "index" / "current.json").read_text())
    for name in manifest["files"]:
        path = data_dir / "index" / manifest["generation"] / name
        path.write_bytes(b"garbage" * 10)
    result = cli_process("search", "religi*", "--json")
    assert result.code == 0 and "Rebuilt the search index" in result.err
    assert json.loads(result.out)["hits"][0]["section"] == "religion"


def test_index_check_and_rebuild(cli) -> None:
    assert cli("index", "rebuild").code == 0
    check = cli("index", "check", "--json")
    assert check.code == 0 and json.loads(check.out)["ok"] is True


def test_index_check_exits_3_when_missing(cli) -> None:
    result = cli("index", "check")
    assert result.code == 3 and "missing" in result.out


def test_unreadable_data_dir_is_one_line_exit_3(tmp_path, capsys) -> None:
    from kzbrief.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["briefings", "--data-dir", str(blocker / "data")]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_selftest_prints_a_json_report(cli) -> None:
    result = cli("selftest")
    report = json.loads(result.out)
    assert result.code == 0 and report["ok"] is True
    assert {c["name"] for c in report["checks"]} >= {"briefing", "search", "render"}


def test_bookmarks_commands(cli) -> None:
    added = json.loads(
        cli("bookmarks", "add", "--section", "climate", "--label", "C", "--json").out
    )
    listed = json.loads(cli("bookmarks", "list", "--json").out)
    assert [b["id"] for b in listed] == [added["id"]]
    assert cli("bookmarks", "remove", added["id"]).code == 0
    assert json.loads(cli("bookmarks", "list", "--json").out) == []
    missing = cli("bookmarks", "remove", added["id"])
    assert missing.code == 2 and "no bookmark" in missing.err


OPEN_WINDOW = """
import sys, types
seen = {}
def run_gui(data_dir, language=None, early=None):
    seen["data_dir"] = data_dir
    seen["service_first"] = "kzbrief.core.service" in sys.modules
    from kzbrief.cli import COMMAND_MODULES  # the language and .qm reader are not commands
    seen["commands"] = sorted(
        m for m in sys.modules if m.removeprefix("kzbrief.commands.") in COMMAND_MODULES
    )
    return 0
sys.modules["kzbrief.gui.app"] = types.SimpleNamespace(run_gui=run_gui)  # no window here
from kzbrief.cli import main
code = main(sys.argv[1:])
print(code, seen)
"""


def test_no_command_opens_the_window_without_building_the_commands(tmp_path) -> None:
    """``kzbrief`` alone opens the window: no command's parser (nor module) is built, and
    the pure-Python core is imported before the GUI (and so before PySide6)."""
    proc = subprocess.run(
        [sys.executable, "-c", OPEN_WINDOW, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (
        f"0 {{'data_dir': '{tmp_path}', 'service_first': True, 'commands': []}}"
    )


@pytest.mark.parametrize("args", [["--data-dir"], ["--bogus"], ["-h"]])
def test_global_options_alone_still_get_the_full_parser_s_answers(args, capsys) -> None:
    from kzbrief.cli import main

    try:
        code = main(args)
    except SystemExit as exc:  # --help prints and exits
        code = exc.code
    out, err = capsys.readouterr()
    if args == ["-h"]:
        assert code == 0 and "search" in out  # the help lists the commands
    else:
        assert code == 2 and err.count("\n") == 1 and "kzbrief --help" in err
