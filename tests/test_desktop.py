"""``kzbrief --install-desktop`` puts kzbrief in the applications menu; uninstall removes it."""

from __future__ import annotations

import configparser
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kzbrief import __version__
from kzbrief.core.resources import resource_path
from kzbrief.desktop import APP_ID, desktop_entry, exec_value

XDG_DATA_HOME_VAR = "XDG_DATA_HOME"


def _read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _exec_argv(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry Specification tells a launcher to."""
    text = value.replace("\\\\", "\\").replace("%%", "%")  # string escapes, then %%
    argv: list[str] = []
    current: list[str] | None = None
    quoted = escaped = False
    for char in text:
        if escaped:
            assert char in '"`$\\', f"bad escape {char!r} in {value!r}"
            current.append(char)
            escaped = False
        elif quoted:
            if char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == " ":
            if current is not None:
                argv.append("".join(current))
            current = None
        else:
            current = current if current is not None else []
            if char == '"':
                quoted = True
            else:
                current.append(char)
    assert not quoted and not escaped, value
    if current is not None:
        argv.append("".join(current))
    return argv


def test_install_and_uninstall_from_the_command_line(cli, tmp_path: Path) -> None:
    home = Path(os.environ[XDG_DATA_HOME_VAR])
    result = cli("--install-desktop")
    assert result.code == 0, result.err
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    installed = [
        entry_path,
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
        home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]
    for path in installed:
        assert path.is_file(), path
        assert str(path) in result.out
        assert path.stat().st_mode & 0o777 == 0o600
    entry = _read_entry(entry_path)
    assert entry["Icon"] == APP_ID and entry["Type"] == "Application"
    argv = _exec_argv(entry["Exec"])
    assert Path(argv[0]).is_absolute() and Path(argv[0]).exists()
    assert argv[-2:] == ["-m", "kzbrief"] or Path(argv[0]).name == "kzbrief"
    assert entry["TryExec"] == argv[0]

    again = cli("--install-desktop")  # installing twice is harmless
    assert again.code == 0

    removed = cli("--uninstall-desktop")
    assert removed.code == 0
    for path in installed:
        assert not path.exists(), path
        assert str(path) in removed.out
    assert "Nothing to remove" in cli("--uninstall-desktop").out


def test_install_desktop_takes_no_command(cli) -> None:
    result = cli("--install-desktop", "sections")
    assert result.code == 2 and "take no command" in result.err
    assert "Traceback" not in result.err


def test_install_into_an_unwritable_place_is_one_clear_line(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(XDG_DATA_HOME_VAR, str(blocker))
    result = cli("--install-desktop")
    assert result.code == 3
    assert result.err.startswith("kzbrief: cannot install the desktop entry")
    assert len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["/opt/kzbrief/kzbrief"],
        ["/home/a b/my apps/kzbrief"],
        ['/tmp/odd"name$`x`\\y/kzbrief'],
        ["/tmp/100%/kzbrief"],
        ["/usr/bin/python3", "-m", "kzbrief"],
    ],
)
def test_exec_value_round_trips_awkward_paths(argv: list[str]) -> None:
    assert _exec_argv(exec_value(argv)) == argv


def test_a_path_with_a_line_break_is_refused() -> None:
    from kzbrief.core.errors import BadInputError

    with pytest.raises(BadInputError):
        desktop_entry(["/tmp/a\nb/kzbrief"])


def test_appstream_metadata_matches_the_app() -> None:
    root = ET.parse(resource_path("desktop", f"{APP_ID}.metainfo.xml")).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("project_license") == "MIT"
