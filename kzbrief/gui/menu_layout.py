"""Where the window's actions go: the menu bar and the toolbar, by action name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kzbrief.core.annotations import COLOURS

#: The menu bar: (title, items); None is a separator, a tuple is a submenu.
MenuItems = Sequence["str | tuple[str, MenuItems] | None"]
MENUS: tuple[tuple[str, MenuItems], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "import_briefing",
            "import_edition",
            "remove_briefing",
            "show_earlier_edition",
            None,
            "export_notes",
            "export_annotated",
            None,
            "protection",
            "lock",
            "panic",
            None,
            "quit",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"), ("undo", "redo", None, "find", "clear_search")),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "show_contents",
            "show_search",
            "show_bookmarks",
            "show_editorial",
            "show_notes",
            "show_library",
            None,
            "caret_browsing",
            None,
            "zoom_in",
            "zoom_out",
            "zoom_reset",
            None,
            (
                QT_TRANSLATE_NOOP("Actions", "&Theme"),
                (
                    "theme_system",
                    "theme_light",
                    "theme_dark",
                    "theme_high_contrast",
                    None,
                    "switch_theme",
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Actions", "&Language"),
                ("language_system", None, "language_en", "language_ru", "language_kk"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Go"),
        (
            "back",
            "forward",
            None,
            "next_pane",
            "previous_pane",
            None,
            "next_match",
            "previous_match",
            None,
            "next_section",
            "previous_section",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Bookmarks"),
        ("add_bookmark", "rename_bookmark", "remove_bookmark"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Notes"),
        (
            "highlight",
            "highlight_note",
            (
                QT_TRANSLATE_NOOP("Actions", "Highlight &In"),
                tuple(f"highlight_{colour}" for colour in COLOURS),
            ),
            None,
            "edit_note",
            "delete_note",
            "reattach_note",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("cheat_sheet", None, "about")),
)
TOOLBAR: tuple[str | None, ...] = (
    "back",
    "forward",
    None,
    "add_bookmark",
    "highlight",
    "highlight_note",
    None,
    "zoom_out",
    "zoom_in",
    None,
    "switch_theme",
)
