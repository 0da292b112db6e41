"""The settings schema and the actions built from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QKeySequence

from kzbrief.gui import settings as opts
from kzbrief.gui.actions import MENUS, SPECS, Actions
from kzbrief.gui.settings import Settings


def test_defaults_when_nothing_is_stored(settings: Settings) -> None:
    for option in opts.OPTIONS:
        assert settings.get(option) == option.default


def test_values_round_trip_through_the_ini_file(settings_path) -> None:
    first = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    first.set(opts.THEME, "dark")
    first.set(opts.ZOOM, 130)
    first.set(opts.GEOMETRY, b"\x01\x02geometry")
    first.sync()
    again = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert again.get(opts.THEME) == "dark"
    assert again.get(opts.ZOOM) == 130
    assert again.get(opts.GEOMETRY) == b"\x01\x02geometry"


def test_damaged_values_fall_back_to_defaults(settings_path) -> None:
    settings_path.write_text(
        "[appearance]\ntheme=purple\n[reader]\nzoom=enormous\n", encoding="utf-8"
    )
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert settings.get(opts.THEME) == "system"
    assert settings.get(opts.ZOOM) == 100
    settings.store.setValue(opts.ZOOM.key, 5000)
    assert settings.get(opts.ZOOM) == 100  # out of range


def test_a_value_set_again_unchanged_does_not_write_the_file(settings_path) -> None:
    # Every highlight stores its colour: the file must not be written out again each time.
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set(opts.THEME, "dark")
    settings.set(opts.ZOOM, 130)
    settings.set(opts.GEOMETRY, b"\x01geometry")
    settings.sync()
    written = settings_path.stat().st_ino  # QSettings writes a new file and renames it
    settings.set(opts.THEME, "dark")
    settings.set(opts.ZOOM, 130)
    settings.set(opts.GEOMETRY, b"\x01geometry")
    settings.sync()
    assert settings_path.stat().st_ino == written
    settings.set(opts.ZOOM, 140)
    settings.sync()
    assert settings_path.stat().st_ino != written
    assert Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)).get(opts.ZOOM) == 140


def test_a_damaged_value_is_replaced_by_its_default_when_set(settings_path) -> None:
    settings_path.write_text("[reader]\nzoom=enormous\n", encoding="utf-8")
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set(opts.ZOOM, opts.ZOOM.default)  # what get() gives: still written
    settings.sync()
    assert "enormous" not in settings_path.read_text(encoding="utf-8")


def test_every_action_has_a_name_text_tooltip_and_a_menu() -> None:
    names = [spec.name for spec in SPECS]
    assert len(names) == len(set(names))
    placed: set[str] = set()

    def walk(items) -> None:
        for item in items:
            if isinstance(item, tuple):
                walk(item[1])
            elif item is not None:
                placed.add(item)

    for _title, items in MENUS:
        walk(items)
    assert placed == set(names), "every action must be reachable from a menu"
    assert all(spec.text and spec.tip for spec in SPECS)


def test_shortcut_overrides_are_stored_by_object_name(qapp, settings: Settings) -> None:
    settings.set_shortcut_override("back", ["Ctrl+Alt+B"])
    settings.set_shortcut_override("find", [])  # the user removed it
    owner = QObject()
    actions = Actions(owner, settings)
    assert actions["back"].objectName() == "back"
    assert actions["back"].shortcuts() == [QKeySequence("Ctrl+Alt+B")]
    assert "Ctrl+Alt+B" in actions["back"].toolTip()
    assert actions["find"].shortcuts() == []
    assert actions["forward"].shortcuts() == [QKeySequence("Alt+Right")]
    settings.set_shortcut_override("back", None)
    assert Actions(owner, settings)["back"].shortcuts() == [QKeySequence("Alt+Left")]
