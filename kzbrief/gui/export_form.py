"""The export dialog's form: what to export, the format and its options, where to save it,
and the progress line; the file names and folder it suggests.

A part of :class:`kzbrief.gui.export_dialog.ExportDialog` (which mixes this in); its strings
are the dialog's (context ``ExportDialog``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.annotations import COLOURS
from kzbrief.core.export import COLOUR_HEX, colour_name
from kzbrief.core.model import Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.exporting import ANNOTATED_FORMATS, EXTENSIONS
from kzbrief.gui import settings as opts

#: The formats as the user sees them, in the order offered.
FORMAT_LABELS = {
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown memo (.md)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML, one printable file (.html)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation JSON (.json)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV for spreadsheets (.csv)"),
}
SCOPES = ("all", "briefing", "section", "tag", "colour", "search")


@dataclass(frozen=True)
class ExportContext:
    """What "current" means when the dialog opens: the page and the search on screen."""

    briefing: Briefing | None = None
    section: Section | None = None
    query: str = ""


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-")[:40].strip("-")


def default_file_name(stem_parts: list[str], fmt: str, today: date | None = None) -> str:
    """``kzbrief-notes-tag-climate-2024-05-01.md``: says what is in it and when it was made."""
    parts = [p for p in (_slug(part) for part in stem_parts) if p]
    return f"{'-'.join(parts)}-{(today or date.today()).isoformat()}{EXTENSIONS[fmt]}"


def default_folder(remembered: Path | None) -> Path:
    """The folder of the last export if it is still there, else Documents, else home."""
    if remembered is not None:
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(COLOUR_HEX.get(colour, "#eeeeee")))
    return QIcon(pixmap)


class ExportForm:
    """The widgets of the export dialog (mixed into ``ExportDialog``)."""

    def _build_what(self, tags: Sequence[str]) -> QGroupBox:
        box = QGroupBox(
            translate("ExportDialog", "Annotated briefing")
            if self.annotated
            else translate("ExportDialog", "Notes to export")
        )
        column = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("export-tag")
        self.tag_box.setAccessibleName(translate("ExportDialog", "Tag"))
        self.tag_box.addItems(list(tags))
        self.colour_box = QComboBox()
        self.colour_box.setObjectName("export-colour")
        self.colour_box.setAccessibleName(translate("ExportDialog", "Colour"))
        for colour in COLOURS:
            self.colour_box.addItem(_swatch(colour), colour_name(colour), colour)
        self.count_label = QLabel()
        self.count_label.setObjectName("export-count")
        self.count_label.setAccessibleDescription(translate("ExportDialog", "Notes in scope"))
        self.count_label.setWordWrap(True)
        briefing, section = self.context.briefing, self.context.section
        if self.annotated:
            about = (
                translate(
                    "ExportDialog",
                    "The whole of “{title}”, edition {edition}, with your "
                    "highlights marked in the text and your notes after each section.",
                ).format(title=briefing.title, edition=briefing.edition)
                if briefing
                else translate("ExportDialog", "Open a briefing first.")
            )
            label = QLabel(about)
            label.setWordWrap(True)
            column.addWidget(label)
            column.addWidget(self.count_label)
            return box
        current_query = self.context.query
        choices = {
            "all": (translate("ExportDialog", "&All notes"), True),
            "briefing": (
                translate("ExportDialog", "This &briefing: {title}").format(title=briefing.title)
                if briefing
                else translate("ExportDialog", "This &briefing"),
                briefing is not None,
            ),
            "section": (
                translate("ExportDialog", "This &section: {title}").format(title=section.title)
                if section
                else translate("ExportDialog", "This &section (open one)"),
                section is not None,
            ),
            "tag": (translate("ExportDialog", "&Tag:"), bool(tags)),
            "colour": (translate("ExportDialog", "&Colour:"), True),
            "search": (
                translate("ExportDialog", "The current search &results: “{query}”").format(
                    query=current_query
                )
                if current_query
                else translate("ExportDialog", "The current search &results (search first)"),
                bool(current_query),
            ),
        }
        for row, (name, (text, enabled)) in enumerate(choices.items()):
            button = QRadioButton(text)
            button.setObjectName(f"export-scope-{name}")
            button.setAccessibleName(text.replace("&", ""))
            button.setEnabled(enabled)
            self.scope_group.addButton(button, row)
            self.scope_buttons[name] = button
            line = QHBoxLayout()
            line.addWidget(button)
            if name in ("tag", "colour"):
                line.addWidget(self.tag_box if name == "tag" else self.colour_box)
            line.addStretch(1)
            column.addLayout(line)
        column.addWidget(self.count_label)
        # The tag and colour boxes line up.
        labels = (self.scope_buttons["tag"], self.scope_buttons["colour"])
        width = max(button.sizeHint().width() for button in labels)
        for button in labels:
            button.setMinimumWidth(width)
        self.scope_buttons["all"].setChecked(True)
        self.tag_box.setEnabled(bool(tags))
        self.scope_group.idToggled.connect(lambda _id, on: on and self._on_scope_changed())
        self.tag_box.activated.connect(lambda: self._choose_scope("tag"))
        self.colour_box.activated.connect(lambda: self._choose_scope("colour"))
        return box

    def _build_format(self) -> QGroupBox:
        box = QGroupBox(translate("ExportDialog", "Format"))
        form = QFormLayout(box)
        self.format_box = QComboBox()
        self.format_box.setObjectName("export-format")
        self.format_box.setAccessibleName(translate("ExportDialog", "Format"))
        formats = ANNOTATED_FORMATS if self.annotated else tuple(FORMAT_LABELS)
        for fmt in formats:
            self.format_box.addItem(translate("ExportDialog", FORMAT_LABELS[fmt]), fmt)
        remembered = self.format_box.findData(self.settings.get(opts.EXPORT_FORMAT))
        self.format_box.setCurrentIndex(max(remembered, 0))
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(
            self._label(translate("ExportDialog", "&Format:"), self.format_box), self.format_box
        )
        self.editorial_box = QCheckBox(
            translate("ExportDialog", "Include e&ditorial annotations (key facts, why it matters)")
        )
        self.editorial_box.setObjectName("export-editorial")
        self.bookmarks_box = QCheckBox(translate("ExportDialog", "Include boo&kmarks"))
        self.bookmarks_box.setObjectName("export-bookmarks")
        if not self.annotated:
            form.addRow(self.editorial_box)
            form.addRow(self.bookmarks_box)
        self.page_size_box = QComboBox()
        self.page_size_box.setObjectName("export-page-size")
        self.page_size_box.setAccessibleName(translate("ExportDialog", "PDF page size"))
        self.page_size_box.addItems(list(opts.EXPORT_PAGE_SIZE.choices))
        self.page_size_box.setCurrentText(self.settings.get(opts.EXPORT_PAGE_SIZE))
        form.addRow(
            self._label(translate("ExportDialog", "&Page size (PDF):"), self.page_size_box),
            self.page_size_box,
        )
        return box

    def _build_destination(self) -> QHBoxLayout:
        self.path_field = QLineEdit()
        self.path_field.setObjectName("export-path")
        self.path_field.setAccessibleName(translate("ExportDialog", "Save to"))
        self.path_field.textEdited.connect(self._on_path_edited)
        self.path_field.textChanged.connect(self._show_path_note)
        self.choose_button = QPushButton(translate("ExportDialog", "C&hoose…"))
        self.choose_button.setObjectName("export-choose")
        self.choose_button.setAccessibleName(translate("ExportDialog", "Choose where to save"))
        self.choose_button.setAutoDefault(False)  # Enter exports, wherever the focus is
        self.choose_button.clicked.connect(self.choose_file)
        self.path_note = QLabel()
        self.path_note.setObjectName("export-path-note")
        self.path_note.setAccessibleDescription(translate("ExportDialog", "About the file"))
        self.path_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._label(translate("ExportDialog", "Sa&ve to:"), self.path_field))
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        outer = QVBoxLayout()
        outer.addLayout(row)
        outer.addWidget(self.path_note)
        return outer

    def _build_progress(self) -> QWidget:
        self.progress_row = QWidget()
        self.progress = QProgressBar()
        self.progress.setObjectName("export-progress")
        self.progress.setAccessibleName(translate("ExportDialog", "Export progress"))
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setObjectName("export-step")
        self.step_label.setAccessibleDescription(translate("ExportDialog", "Export step"))
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.step_label, 2)
        self.progress_row.hide()
        return self.progress_row

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label
