"""The main window: a contents tree beside the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from kzbrief.core import render
from kzbrief.core.service import Library

SECTION_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle("kzbrief")
        self.resize(1200, 800)
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName("Reader")
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.reader)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)
        self.contents.currentItemChanged.connect(self._on_current_changed)
        self._fill_contents()

    def _fill_contents(self) -> None:
        for briefing in self.library.briefings():
            top = QTreeWidgetItem([briefing.title])
            top.setData(0, SECTION_ROLE, (briefing.id, None))
            for section in briefing.sections:
                child = QTreeWidgetItem([section.title])
                child.setData(0, SECTION_ROLE, (briefing.id, section.id))
                child.setToolTip(0, ", ".join(section.tags))
                top.addChild(child)
            self.contents.addTopLevelItem(top)
            top.setExpanded(True)
        first = self.contents.topLevelItem(0)
        if first is not None and first.childCount():
            self.contents.setCurrentItem(first.child(0))

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        briefing_id, section_id = item.data(0, SECTION_ROLE)
        briefing = self.library.briefing(briefing_id)
        sections = None if section_id is None else [briefing.section(section_id)]
        self.reader.setHtml(render.briefing_html(briefing, sections))
