"""What the window's actions are: names, texts, tips, default keys and icons
(``actions.Actions`` builds them; ``menu_layout`` places them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

Context = Qt.ShortcutContext


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    tip: str
    shortcuts: tuple[str, ...] = ()
    icon: str | None = None
    #: WidgetWithChildrenShortcut for keys that only make sense in one panel (Del, F2);
    #: the window adds such actions to that panel's view.
    context: Context = Context.WindowShortcut
    #: Where such a key works, shown in the menu beside it: several actions share Del.
    where: str = ""


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit kzbrief"),
        ("Ctrl+Q",),
    ),
    ActionSpec(
        "import_briefing",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Add a report (.md, .html, .txt, .pdf, .docx or .epub) to your library; "
            "you can also drop files here",
        ),
        ("Ctrl+O",),
        "import",
    ),
    ActionSpec(
        "import_edition",
        QT_TRANSLATE_NOOP("Actions", "Import as New &Edition of…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Replace a briefing with its new edition; your notes move with the text"
        ),
        ("Ctrl+Shift+O",),
        "edition",
    ),
    ActionSpec(
        "export_notes",
        QT_TRANSLATE_NOOP("Actions", "&Export Notes…"),
        QT_TRANSLATE_NOOP("Actions", "Export your notes as Markdown, HTML, PDF, W3C JSON or CSV"),
        ("Ctrl+E",),
        "export",
    ),
    ActionSpec(
        "export_annotated",
        QT_TRANSLATE_NOOP("Actions", "Export &Annotated Briefing…"),
        QT_TRANSLATE_NOOP(
            "Actions", "The whole briefing with your highlights and notes, as HTML or PDF"
        ),
        (),
        "annotated",
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change to your bookmarks or notes"),
        ("Ctrl+Z",),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo what was undone"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Search…"),
        QT_TRANSLATE_NOOP("Actions", "Search the library as you type"),
        ("Ctrl+F", "Ctrl+K"),
        "search",
    ),
    ActionSpec(
        "clear_search",
        QT_TRANSLATE_NOOP("Actions", "&Clear Search"),
        QT_TRANSLATE_NOOP("Actions", "Clear the search and its marks"),
        ("Esc",),
    ),
    ActionSpec(
        "show_contents",
        QT_TRANSLATE_NOOP("Actions", "&Contents"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the contents"),
        ("Ctrl+1",),
    ),
    ActionSpec(
        "show_search",
        QT_TRANSLATE_NOOP("Actions", "&Search Results"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the search panel"),
        ("Ctrl+2",),
    ),
    ActionSpec(
        "show_bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&Bookmarks"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the bookmarks"),
        ("Ctrl+3",),
    ),
    ActionSpec(
        "show_editorial",
        QT_TRANSLATE_NOOP("Actions", "&Editorial Notes"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide key facts and tags"),
        ("Ctrl+4",),
    ),
    ActionSpec(
        "show_notes",
        QT_TRANSLATE_NOOP("Actions", "&Notes"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide your notes"),
        ("Ctrl+5",),
    ),
    ActionSpec(
        "show_library",
        QT_TRANSLATE_NOOP("Actions", "&Library"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the briefings in your library"),
        ("Ctrl+6",),
        "library",
    ),
    ActionSpec(
        "remove_briefing",
        QT_TRANSLATE_NOOP("Actions", "&Remove Briefing"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Remove the chosen imported briefing; your notes on it are kept (undo with Ctrl+Z)",
        ),
        ("Del",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Library"),
    ),
    ActionSpec(
        "show_earlier_edition",
        QT_TRANSLATE_NOOP("Actions", "Show Earlier &Edition"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Bring back the earlier edition of the bundled briefing, with your notes placed in "
            "it; Remove Briefing returns to the current edition",
        ),
        (),
        "edition",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        QT_TRANSLATE_NOOP("Actions", "Larger text"),
        ("Ctrl++", "Ctrl+="),
        "zoom-in",
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        QT_TRANSLATE_NOOP("Actions", "Smaller text"),
        ("Ctrl+-",),
        "zoom-out",
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        QT_TRANSLATE_NOOP("Actions", "Text at its normal size"),
        ("Ctrl+0",),
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
        QT_TRANSLATE_NOOP("Actions", "Light, dark or high contrast as the desktop is"),
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        QT_TRANSLATE_NOOP("Actions", "Dark text on a light page"),
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        QT_TRANSLATE_NOOP("Actions", "Light text on a dark page"),
    ),
    ActionSpec(
        "theme_high_contrast",
        QT_TRANSLATE_NOOP("Actions", "&High Contrast"),
        QT_TRANSLATE_NOOP("Actions", "White text on black, yellow links; the most contrast"),
    ),
    ActionSpec(
        "switch_theme",
        QT_TRANSLATE_NOOP("Actions", "&Switch Light/Dark"),
        QT_TRANSLATE_NOOP("Actions", "Switch between light and dark"),
        ("Ctrl+Shift+L",),
        "theme",
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        QT_TRANSLATE_NOOP("Actions", "Go back to where you were"),
        ("Alt+Left",),
        "back",
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        QT_TRANSLATE_NOOP("Actions", "Go forward again"),
        ("Alt+Right",),
        "forward",
    ),
    ActionSpec(
        "next_match",
        QT_TRANSLATE_NOOP("Actions", "&Next Match"),
        QT_TRANSLATE_NOOP("Actions", "The next search match in the text"),
        ("F3",),
    ),
    ActionSpec(
        "previous_match",
        QT_TRANSLATE_NOOP("Actions", "&Previous Match"),
        QT_TRANSLATE_NOOP("Actions", "The previous search match in the text"),
        ("Shift+F3",),
    ),
    ActionSpec(
        "next_pane",
        QT_TRANSLATE_NOOP("Actions", "Next &Pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the next panel or the text"),
        ("F6",),
    ),
    ActionSpec(
        "previous_pane",
        QT_TRANSLATE_NOOP("Actions", "Previous P&ane"),
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the previous panel or the text"),
        ("Shift+F6",),
    ),
    ActionSpec(
        "caret_browsing",
        QT_TRANSLATE_NOOP("Actions", "&Caret Browsing"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "A caret in the text that the arrow keys move; Shift with the arrows selects",
        ),
        ("F7",),
    ),
    ActionSpec(
        "next_section",
        QT_TRANSLATE_NOOP("Actions", "Next S&ection"),
        QT_TRANSLATE_NOOP("Actions", "The next section"),
        ("Ctrl+PgDown",),
    ),
    ActionSpec(
        "previous_section",
        QT_TRANSLATE_NOOP("Actions", "Previous Sec&tion"),
        QT_TRANSLATE_NOOP("Actions", "The previous section"),
        ("Ctrl+PgUp",),
    ),
    ActionSpec(
        "add_bookmark",
        QT_TRANSLATE_NOOP("Actions", "&Add Bookmark"),
        QT_TRANSLATE_NOOP("Actions", "Bookmark this place, with a label"),
        ("Ctrl+D",),
        "bookmark",
    ),
    ActionSpec(
        "rename_bookmark",
        QT_TRANSLATE_NOOP("Actions", "&Rename Bookmark"),
        QT_TRANSLATE_NOOP("Actions", "Rename the chosen bookmark"),
        ("F2",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Bookmarks"),
    ),
    ActionSpec(
        "remove_bookmark",
        QT_TRANSLATE_NOOP("Actions", "&Delete Bookmark"),
        QT_TRANSLATE_NOOP("Actions", "Delete the chosen bookmark (undo with Ctrl+Z)"),
        ("Del",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Bookmarks"),
    ),
    ActionSpec(
        "highlight",
        QT_TRANSLATE_NOOP("Actions", "&Highlight"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in the last colour used"),
        ("Ctrl+H",),
        "highlight",
    ),
    ActionSpec(
        "highlight_note",
        QT_TRANSLATE_NOOP("Actions", "Highlight with &Note"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text and write a note"),
        ("Ctrl+Shift+N",),
        "note",
    ),
    ActionSpec(
        "highlight_yellow",
        QT_TRANSLATE_NOOP("Actions", "&Yellow"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in yellow"),
    ),
    ActionSpec(
        "highlight_green",
        QT_TRANSLATE_NOOP("Actions", "&Green"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in green"),
    ),
    ActionSpec(
        "highlight_blue",
        QT_TRANSLATE_NOOP("Actions", "&Blue"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in blue"),
    ),
    ActionSpec(
        "highlight_pink",
        QT_TRANSLATE_NOOP("Actions", "&Pink"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in pink"),
    ),
    ActionSpec(
        "highlight_purple",
        QT_TRANSLATE_NOOP("Actions", "P&urple"),
        QT_TRANSLATE_NOOP("Actions", "Highlight the selected text in purple"),
    ),
    ActionSpec(
        "edit_note",
        QT_TRANSLATE_NOOP("Actions", "&Edit Note"),
        QT_TRANSLATE_NOOP("Actions", "Write in the current note"),
        ("Ctrl+Shift+E",),
    ),
    ActionSpec(
        "delete_note",
        QT_TRANSLATE_NOOP("Actions", "&Delete Note"),
        QT_TRANSLATE_NOOP("Actions", "Delete the current note (undo with Ctrl+Z)"),
        ("Del",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Notes or the text"),
    ),
    ActionSpec(
        "reattach_note",
        QT_TRANSLATE_NOOP("Actions", "&Re-attach Note Here"),
        QT_TRANSLATE_NOOP(
            "Actions", "Anchor the current note (one that needs attention) on the selected text"
        ),
    ),
    # The languages are named in their own words, untranslated: whoever cannot read the
    # interface still finds their own language.
    ActionSpec(
        "language_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
        QT_TRANSLATE_NOOP("Actions", "The language the system asks for, from the next start"),
    ),
    ActionSpec(
        "language_en",
        "English",
        QT_TRANSLATE_NOOP("Actions", "The interface in English, from the next start"),
    ),
    ActionSpec(
        "language_ru",
        "Русский",
        QT_TRANSLATE_NOOP("Actions", "The interface in Russian, from the next start"),
    ),
    ActionSpec(
        "language_kk",
        "Қазақша",
        QT_TRANSLATE_NOOP("Actions", "The interface in Kazakh, from the next start"),
    ),
    ActionSpec(
        "cheat_sheet",
        QT_TRANSLATE_NOOP("Actions", "Search &Syntax"),
        QT_TRANSLATE_NOOP("Actions", "How to write a search"),
        ("F1",),
        "help",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About kzbrief"),
        QT_TRANSLATE_NOOP("Actions", "Version and the source of the briefing"),
    ),
    # Protected notes (issue 16): kzbrief.gui.lock.Session connects these.
    ActionSpec(
        "lock",
        QT_TRANSLATE_NOOP("Actions", "&Lock"),
        QT_TRANSLATE_NOOP("Actions", "Lock your notes now (they stay encrypted)"),
        ("Ctrl+L",),
    ),
    ActionSpec(
        "panic",
        QT_TRANSLATE_NOOP("Actions", "Lock and &Quit Now"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save the note being typed, lock, clear the window and quit at once"
        ),
        ("Ctrl+Shift+Q",),
    ),
    ActionSpec(
        "protection",
        QT_TRANSLATE_NOOP("Actions", "&Protection…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Encrypt your notes with a passphrase; passphrase and idle lock"
        ),
    ),
)

CHECKABLE = (
    "caret_browsing",
    "show_contents",
    "show_search",
    "show_bookmarks",
    "show_editorial",
    "show_notes",
    "show_library",
)
THEME_ACTIONS = {
    "theme_system": "system",
    "theme_light": "light",
    "theme_dark": "dark",
    "theme_high_contrast": "high-contrast",
}
LANGUAGE_ACTIONS = {
    "language_system": "system",
    "language_en": "en",
    "language_ru": "ru",
    "language_kk": "kk",
}
