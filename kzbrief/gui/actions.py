"""Every QAction of the window, created in one place; menus and the toolbar only place them.

Each action has an objectName (its key here), text, tooltip, default shortcuts and an icon.
A user's own shortcuts are stored by objectName in the settings (``shortcuts/<name>``) and
replace the defaults when the actions are built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from kzbrief.core.annotations import COLOURS
from kzbrief.gui.icons import icon
from kzbrief.gui.settings import Settings

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
    ActionSpec("quit", "&Quit", "Quit kzbrief", ("Ctrl+Q",)),
    ActionSpec(
        "import_briefing", "&Import…",
        "Add a report (.md, .html, .txt, .pdf, .docx or .epub) to your library; "
        "you can also drop files here",
        ("Ctrl+O",), "import",
    ),
    ActionSpec(
        "import_edition", "Import as New &Edition of…",
        "Replace a briefing with its new edition; your notes move with the text",
        ("Ctrl+Shift+O",), "edition",
    ),
    ActionSpec(
        "export_notes", "&Export Notes…",
        "Export your notes as Markdown, HTML, PDF, W3C JSON or CSV", ("Ctrl+E",), "export",
    ),
    ActionSpec(
        "export_annotated", "Export &Annotated Briefing…",
        "The whole briefing with your highlights and notes, as HTML or PDF", (), "annotated",
    ),
    ActionSpec("undo", "&Undo", "Undo the last change to your bookmarks or notes", ("Ctrl+Z",)),
    ActionSpec("redo", "&Redo", "Redo what was undone", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec(
        "find", "&Search…", "Search the library as you type", ("Ctrl+F", "Ctrl+K"), "search"
    ),
    ActionSpec("clear_search", "&Clear Search", "Clear the search and its marks", ("Esc",)),
    ActionSpec("show_contents", "&Contents", "Show or hide the contents", ("Ctrl+1",)),
    ActionSpec("show_search", "&Search Results", "Show or hide the search panel", ("Ctrl+2",)),
    ActionSpec("show_bookmarks", "&Bookmarks", "Show or hide the bookmarks", ("Ctrl+3",)),
    ActionSpec(
        "show_editorial", "&Editorial Notes", "Show or hide key facts and tags", ("Ctrl+4",)
    ),
    ActionSpec("show_notes", "&Notes", "Show or hide your notes", ("Ctrl+5",)),
    ActionSpec(
        "show_library", "&Library", "Show or hide the briefings in your library", ("Ctrl+6",),
        "library",
    ),
    ActionSpec(
        "remove_briefing", "&Remove Briefing",
        "Remove the chosen imported briefing; your notes on it are kept (undo with Ctrl+Z)",
        ("Del",), context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Library"),
    ),
    ActionSpec(
        "show_earlier_edition", "Show Earlier &Edition",
        "Bring back the earlier edition of the bundled briefing, with your notes placed in it; "
        "Remove Briefing returns to the current edition", (), "edition",
    ),
    ActionSpec("zoom_in", "Zoom &In", "Larger text", ("Ctrl++", "Ctrl+="), "zoom-in"),
    ActionSpec("zoom_out", "Zoom &Out", "Smaller text", ("Ctrl+-",), "zoom-out"),
    ActionSpec("zoom_reset", "&Actual Size", "Text at its normal size", ("Ctrl+0",)),
    ActionSpec("theme_system", "Follow the &System", "Light or dark as the desktop is"),
    ActionSpec("theme_light", "&Light", "Dark text on a light page"),
    ActionSpec("theme_dark", "&Dark", "Light text on a dark page"),
    ActionSpec(
        "switch_theme", "&Switch Light/Dark", "Switch between light and dark", ("Ctrl+Shift+L",),
        "theme",
    ),
    ActionSpec("back", "&Back", "Go back to where you were", ("Alt+Left",), "back"),
    ActionSpec("forward", "&Forward", "Go forward again", ("Alt+Right",), "forward"),
    ActionSpec("next_match", "&Next Match", "The next search match in the text", ("F3",)),
    ActionSpec(
        "previous_match", "&Previous Match", "The previous search match in the text", ("Shift+F3",)
    ),
    ActionSpec("next_section", "Next S&ection", "The next section", ("Ctrl+PgDown",)),
    ActionSpec("previous_section", "Previous Sec&tion", "The previous section", ("Ctrl+PgUp",)),
    ActionSpec(
        "add_bookmark", "&Add Bookmark", "Bookmark this place, with a label", ("Ctrl+D",),
        "bookmark",
    ),
    ActionSpec(
        "rename_bookmark", "&Rename Bookmark", "Rename the chosen bookmark", ("F2",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Bookmarks"),
    ),
    ActionSpec(
        "remove_bookmark", "&Delete Bookmark", "Delete the chosen bookmark (undo with Ctrl+Z)",
        ("Del",), context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Bookmarks"),
    ),
    ActionSpec(
        "highlight", "&Highlight", "Highlight the selected text in the last colour used",
        ("Ctrl+H",), "highlight",
    ),
    ActionSpec(
        "highlight_note", "Highlight with &Note", "Highlight the selected text and write a note",
        ("Ctrl+Shift+N",), "note",
    ),
    *(
        ActionSpec(f"highlight_{c}", f"&{c.title()}", f"Highlight the selected text in {c}")
        for c in COLOURS
    ),
    ActionSpec("edit_note", "&Edit Note", "Write in the current note", ("Ctrl+Shift+E",)),
    ActionSpec(
        "delete_note", "&Delete Note", "Delete the current note (undo with Ctrl+Z)", ("Del",),
        context=Context.WidgetWithChildrenShortcut,
        where=QT_TRANSLATE_NOOP("Actions", "in Notes or the text"),
    ),
    ActionSpec(
        "reattach_note", "&Re-attach Note Here",
        "Anchor the current note (one that needs attention) on the selected text",
    ),
    ActionSpec("cheat_sheet", "Search &Syntax", "How to write a search", ("F1",), "help"),
    ActionSpec("about", "&About kzbrief", "Version and the source of the briefing"),
    # Protected notes (issue 16): kzbrief.gui.lock.Session connects these.
    ActionSpec(
        "lock", QT_TRANSLATE_NOOP("Actions", "&Lock"),
        QT_TRANSLATE_NOOP("Actions", "Lock your notes now (they stay encrypted)"), ("Ctrl+L",),
    ),
    ActionSpec(
        "panic", QT_TRANSLATE_NOOP("Actions", "Lock and &Quit Now"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save the note being typed, lock, clear the window and quit at once"
        ),
        ("Ctrl+Shift+Q",),
    ),
    ActionSpec(
        "protection", QT_TRANSLATE_NOOP("Actions", "&Protection…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Encrypt your notes with a passphrase; passphrase and idle lock"
        ),
    ),
)  # fmt: skip

#: The menu bar: (title, items); None is a separator, a tuple is a submenu.
MenuItems = Sequence["str | tuple[str, MenuItems] | None"]
MENUS: tuple[tuple[str, MenuItems], ...] = (
    (
        "&File",
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
    ("&Edit", ("undo", "redo", None, "find", "clear_search")),
    (
        "&View",
        (
            "show_contents",
            "show_search",
            "show_bookmarks",
            "show_editorial",
            "show_notes",
            "show_library",
            None,
            "zoom_in",
            "zoom_out",
            "zoom_reset",
            None,
            ("&Theme", ("theme_system", "theme_light", "theme_dark", None, "switch_theme")),
        ),
    ),
    (
        "&Go",
        (
            "back",
            "forward",
            None,
            "next_match",
            "previous_match",
            None,
            "next_section",
            "previous_section",
        ),
    ),
    ("&Bookmarks", ("add_bookmark", "rename_bookmark", "remove_bookmark")),
    (
        "&Notes",
        (
            "highlight",
            "highlight_note",
            ("Highlight &In", tuple(f"highlight_{colour}" for colour in COLOURS)),
            None,
            "edit_note",
            "delete_note",
            "reattach_note",
        ),
    ),
    ("&Help", ("cheat_sheet", None, "about")),
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
CHECKABLE = (
    "show_contents",
    "show_search",
    "show_bookmarks",
    "show_editorial",
    "show_notes",
    "show_library",
)
THEME_ACTIONS = {"theme_system": "system", "theme_light": "light", "theme_dark": "dark"}


class Actions:
    """The window's actions by name: ``actions["back"]``."""

    def __init__(self, parent: QObject, settings: Settings) -> None:
        self._actions: dict[str, QAction] = {}
        self._specs = {spec.name: spec for spec in SPECS}
        for spec in SPECS:
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            action.setObjectName(spec.name)
            action.setCheckable(spec.name in CHECKABLE)
            action.setShortcutContext(spec.context)
            override = settings.shortcut_override(spec.name)
            sequences = spec.shortcuts if override is None else tuple(override)
            action.setShortcuts([QKeySequence(s) for s in sequences])
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            tip = QCoreApplication.translate("Actions", spec.tip)
            if keys and spec.where:
                # A menu shows what follows a tab in place of the shortcut.
                where = QCoreApplication.translate("Actions", spec.where)
                shown = QCoreApplication.translate("Actions", "{keys} {where}")
                action.setText(f"{spec.text}	{shown.format(keys=keys, where=where)}")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
            self._actions[spec.name] = action
        self.theme_group = QActionGroup(parent)
        self.theme_group.setExclusive(True)
        for name in THEME_ACTIONS:
            self[name].setCheckable(True)
            self.theme_group.addAction(self[name])

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def set_icon_colour(self, colour: str) -> None:
        """Draw the icons in ``colour``: the window calls this with each theme it applies."""
        for name, spec in self._specs.items():
            if spec.icon:
                self[name].setIcon(icon(spec.icon, colour))

    def fill_menu_bar(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Put every action in its menu; returns the menus by title (without '&')."""
        menus: dict[str, QMenu] = {}
        for title, items in MENUS:
            menus[title.replace("&", "")] = self._fill(bar.addMenu(title), items)
        return menus

    def _fill(self, menu: QMenu, items: MenuItems) -> QMenu:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, tuple):
                title, sub_items = item
                self._fill(menu.addMenu(title), sub_items)
            else:
                menu.addAction(self[item])
        return menu

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self[name])
