"""``kzbrief protect | unprotect | passphrase`` and locked folders at the command line."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _cheap_kdf(cheap_kdf: None) -> None:
    """A cheap Argon2id in this file's tests (tests/conftest.py)."""


def _secret(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n")
    return str(path)


def test_protect_then_locked_wrong_and_right_passphrase(
    cli_process, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = cli_process(
        "notes", "add", "--section", "overview", "--quote", "Kazakhstan", "--note", "MARKERCLI"
    )
    assert added.code == 0, added.err
    right = _secret(tmp_path, "right", "right passphrase")
    wrong = _secret(tmp_path, "wrong", "wrong passphrase")
    done = cli_process("--passphrase-file", right, "protect")
    assert done.code == 0, done.err
    assert "Recovery key" in done.out and "cannot be recovered" in done.err
    assert cli_process("protect", "--passphrase-file", right).code == 2  # already on

    locked = cli_process("notes", "list")
    assert locked.code == 2
    assert locked.err.strip().count("\n") == 0 and "locked" in locked.err
    assert cli_process("bookmarks", "list").code == 2
    assert cli_process("sections").code == 0  # the public briefing needs no passphrase
    public = cli_process("search", "Tokayev")
    assert public.code == 0 and "locked" in public.err

    bad = cli_process("notes", "list", "--passphrase-file", wrong)
    assert bad.code == 2 and "wrong passphrase" in bad.err
    good = cli_process("notes", "list", "--passphrase-file", right)
    assert good.code == 0 and "MARKERCLI" in good.out
    monkeypatch.setenv("KZBRIEF_PASSPHRASE_FILE", right)
    found = cli_process("search", "MARKERCLI")
    assert found.code == 0 and "MARKERCLI" in found.out


def test_passphrase_change_and_unprotect(cli_process, tmp_path: Path, data_dir: Path) -> None:
    cli_process("bookmarks", "add", "--section", "overview", "--label", "MARKERBM")
    old = _secret(tmp_path, "old", "old passphrase")
    new = _secret(tmp_path, "new", "new passphrase")
    assert cli_process("protect", "--passphrase-file", old).code == 0
    changed = cli_process("passphrase", "--passphrase-file", old, "--new-passphrase-file", new)
    assert changed.code == 0, changed.err
    assert cli_process("bookmarks", "list", "--passphrase-file", old).code == 2
    assert "MARKERBM" in cli_process("bookmarks", "list", "--passphrase-file", new).out
    off = cli_process("unprotect", "--passphrase-file", new)
    assert off.code == 0, off.err
    assert "MARKERBM" in cli_process("bookmarks", "list").out
    assert cli_process("unprotect").code == 2  # not protected


def test_no_terminal_and_no_file_is_one_line(cli_process, tmp_path: Path) -> None:
    result = cli_process("protect", input_text="")
    assert result.code == 2 and "no passphrase" in result.err
    short = _secret(tmp_path, "short", "short")
    result = cli_process("protect", "--passphrase-file", short)
    assert result.code == 2 and "at least" in result.err
    missing = cli_process("protect", "--passphrase-file", str(tmp_path / "nope"))
    assert missing.code == 2 and "cannot read the passphrase file" in missing.err


def test_protect_refuses_while_a_window_is_open_on_the_folder(
    cli_process, tmp_path: Path, data_dir: Path
) -> None:
    import os

    from kzbrief.core.interlock import try_lock

    secret = _secret(tmp_path, "pass", "a fine passphrase")
    (data_dir / "instance").mkdir(parents=True)
    fd = os.open(data_dir / "instance" / "window.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        assert try_lock(fd)  # as the window does (kzbrief.gui.single_instance)
        refused = cli_process("protect", "--passphrase-file", secret)
        assert refused.code == 2 and "window is open" in refused.err
        assert not (data_dir / "protected").exists()
    finally:
        os.close(fd)
    assert cli_process("protect", "--passphrase-file", secret).code == 0


def test_no_personal_text_reaches_the_log_while_protected(
    cli, tmp_path: Path, data_dir: Path
) -> None:
    """An import into a protected folder logs that it happened, not what it was called (the
    briefing's id is made from its title); nor does anything else the commands do."""
    marker = "zqxlogmarker"
    secret = _secret(tmp_path, "secret", "right passphrase")
    assert cli("protect", "--passphrase-file", secret).code == 0
    report = tmp_path / f"{marker}.md"
    report.write_text(f"# {marker} partner report\n\n## Findings\n\nThe {marker} finding.\n")
    done = cli("import", str(report), "--passphrase-file", secret)
    assert done.code == 0, done.err
    assert cli("search", marker, "--passphrase-file", secret).code == 0
    log_text = "".join(p.read_text("utf-8") for p in data_dir.glob("kzbrief.log*"))
    assert "imported .md as an encrypted briefing" in log_text
    assert marker not in log_text.lower()
    leaked = [p for p in data_dir.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]
    assert not leaked


def test_protect_clears_what_the_log_said_before(cli, tmp_path: Path, data_dir: Path) -> None:
    """A briefing imported before protection was logged by its id (made from its title):
    turning protection on leaves no such line in the data folder."""
    marker = "zqxearlylog"
    report = tmp_path / "early.md"
    report.write_text(f"# {marker} report\n\n## Findings\n\nText.\n")
    assert cli("import", str(report)).code == 0
    assert marker in (data_dir / "kzbrief.log").read_text("utf-8")
    (data_dir / "kzbrief.log.1").write_text(f"older {marker}\n")
    secret = _secret(tmp_path, "secret", "right passphrase")
    assert cli("protect", "--passphrase-file", secret).code == 0
    leaked = [p for p in data_dir.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]
    assert not leaked
