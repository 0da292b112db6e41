"""Every QAction of the window, created in one place; menus and the toolbar only place them.

What they are is declared in ``action_specs.py``. Each action has an objectName (its key
there), text, tooltip, default shortcuts and an icon.
A user's own shortcuts are stored by objectName in the settings (``shortcuts/<name>``) and
replace the defaults when the actions are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from kzbrief.gui.action_specs import CHECKABLE, LANGUAGE_ACTIONS, SPECS, THEME_ACTIONS
from kzbrief.gui.icons import icon
from kzbrief.gui.menu_layout import MENUS, TOOLBAR, MenuItems
from kzbrief.gui.settings import Settings


class Actions:
    """The window's actions by name: ``actions["back"]``."""

    def __init__(self, parent: QObject, settings: Settings) -> None:
        self._actions: dict[str, QAction] = {}
        self._specs = {spec.name: spec for spec in SPECS}
        for spec in SPECS:
            text = QCoreApplication.translate("Actions", spec.text)
            tip = QCoreApplication.translate("Actions", spec.tip)
            action = QAction(text, parent)
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
                action.setText(f"{text}\t{shown.format(keys=keys, where=where)}")
            with_keys = QCoreApplication.translate("Actions", "{tip} ({keys})")
            action.setToolTip(with_keys.format(tip=tip, keys=keys) if keys else tip)
            action.setStatusTip(tip)
            self._actions[spec.name] = action
        self.theme_group = QActionGroup(parent)
        self.theme_group.setExclusive(True)
        for name in THEME_ACTIONS:
            self[name].setCheckable(True)
            self.theme_group.addAction(self[name])
        self.language_group = QActionGroup(parent)
        self.language_group.setExclusive(True)
        for name in LANGUAGE_ACTIONS:
            self[name].setCheckable(True)
            self.language_group.addAction(self[name])

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def icon_name(self, name: str) -> str:
        """The name of the action's icon in ``resources/icons/`` ('' for none)."""
        return self._specs[name].icon or ""

    def set_icon_colour(self, colour: str) -> None:
        """Draw the icons in ``colour``: the window calls this with each theme it applies."""
        for name, spec in self._specs.items():
            if spec.icon:
                self[name].setIcon(icon(spec.icon, colour))

    def fill_menu_bar(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Put every action in its menu; returns the menus by title (without '&')."""
        menus: dict[str, QMenu] = {}
        for title, items in MENUS:
            shown = QCoreApplication.translate("Actions", title)
            menus[title.replace("&", "")] = self._fill(bar.addMenu(shown), items)
        return menus

    def _fill(self, menu: QMenu, items: MenuItems) -> QMenu:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, tuple):
                title, sub_items = item
                self._fill(menu.addMenu(QCoreApplication.translate("Actions", title)), sub_items)
            else:
                menu.addAction(self[item])
        return menu

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self[name])
