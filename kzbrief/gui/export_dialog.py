"""The export dialog: File > Export Notes… (Ctrl+E) and File > Export Annotated Briefing….

The user picks what to export (all notes, this briefing, this section, a tag, a colour or
the notes the current search finds), the format and its options, and where to save it.
The dialog shows how many notes that is before anything is written, then hands the work to
:class:`~kzbrief.gui.export_tasks.ExportTasks`, which runs it off the GUI thread and
reports each step. A failure is shown here with every choice kept, so the user can pick
another folder and try again; on success the dialog closes and the window offers to open
the folder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from kzbrief.core.export import COLOUR_HEX, ExportScope, colour_name
from kzbrief.core.model import Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.exporting import ANNOTATED_FORMATS, EXTENSIONS, ExportRequest
from kzbrief.gui import settings as opts
from kzbrief.gui import theme as themes
from kzbrief.gui.a11y import announce
from kzbrief.gui.export_tasks import ExportDone, ExportTasks, check_target
from kzbrief.gui.settings import Settings

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


def default_folder(settings: Settings) -> Path:
    """The folder of the last export if it is still there, else Documents, else home."""
    remembered = settings.get(opts.EXPORT_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(COLOUR_HEX.get(colour, "#eeeeee")))
    return QIcon(pixmap)


class ExportDialog(QDialog):
    """Export notes (``annotated=False``) or the annotated current briefing."""

    def __init__(
        self,
        tasks: ExportTasks,
        settings: Settings,
        context: ExportContext,
        *,
        tags: Sequence[str] = (),
        annotated: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        self.context = context
        self.annotated = annotated
        self.notes_in_scope: int | None = None
        self._name_edited = False
        self.setObjectName("export-annotated-dialog" if annotated else "export-dialog")
        self.setWindowTitle(
            self.tr("Export Annotated Briefing") if annotated else self.tr("Export Notes")
        )
        self.setAccessibleName(self.windowTitle())

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_what(tags))
        layout.addWidget(self._build_format())
        layout.addLayout(self._build_destination())
        layout.addWidget(self._build_progress())
        if tasks.library.is_protected:
            # Issue 16: the notes are encrypted, but what is exported is not.
            plain = QLabel(
                self.tr(
                    "Your notes are protected, but an export is an ordinary, unencrypted "
                    "file: anyone who gets the file can read it."
                )
            )
            plain.setObjectName("export-plain-warning")
            plain.setWordWrap(True)
            layout.addWidget(plain)
        self.error = QLabel()
        self.error.setObjectName("export-error")
        self.error.setAccessibleDescription(self.tr("Export problem"))
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export-button")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("export-cancel")
        self.cancel_button.setIcon(QIcon())  # like Export: words only
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        tasks.counted.connect(self._on_counted)
        tasks.count_failed.connect(self._on_count_failed)
        tasks.step.connect(self._on_step)
        tasks.finished.connect(self._on_finished)
        tasks.failed.connect(self._on_failed)
        tasks.cancelled.connect(self._on_cancelled)
        self._on_format_changed()
        self._on_scope_changed()

    # -- building ---------------------------------------------------------------------------------
    def _build_what(self, tags: Sequence[str]) -> QGroupBox:
        box = QGroupBox(
            self.tr("Annotated briefing") if self.annotated else self.tr("Notes to export")
        )
        column = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("export-tag")
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.tag_box.addItems(list(tags))
        self.colour_box = QComboBox()
        self.colour_box.setObjectName("export-colour")
        self.colour_box.setAccessibleName(self.tr("Colour"))
        for colour in COLOURS:
            self.colour_box.addItem(_swatch(colour), colour_name(colour), colour)
        self.count_label = QLabel()
        self.count_label.setObjectName("export-count")
        self.count_label.setAccessibleDescription(self.tr("Notes in scope"))
        self.count_label.setWordWrap(True)
        briefing, section = self.context.briefing, self.context.section
        if self.annotated:
            about = (
                self.tr(
                    "The whole of “{title}”, edition {edition}, with your "
                    "highlights marked in the text and your notes after each section."
                ).format(title=briefing.title, edition=briefing.edition)
                if briefing
                else self.tr("Open a briefing first.")
            )
            label = QLabel(about)
            label.setWordWrap(True)
            column.addWidget(label)
            column.addWidget(self.count_label)
            return box
        current_query = self.context.query
        choices = {
            "all": (self.tr("&All notes"), True),
            "briefing": (
                self.tr("This &briefing: {title}").format(title=briefing.title)
                if briefing
                else self.tr("This &briefing"),
                briefing is not None,
            ),
            "section": (
                self.tr("This &section: {title}").format(title=section.title)
                if section
                else self.tr("This &section (open one)"),
                section is not None,
            ),
            "tag": (self.tr("&Tag:"), bool(tags)),
            "colour": (self.tr("&Colour:"), True),
            "search": (
                self.tr("The current search &results: “{query}”").format(query=current_query)
                if current_query
                else self.tr("The current search &results (search first)"),
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
        box = QGroupBox(self.tr("Format"))
        form = QFormLayout(box)
        self.format_box = QComboBox()
        self.format_box.setObjectName("export-format")
        self.format_box.setAccessibleName(self.tr("Format"))
        formats = ANNOTATED_FORMATS if self.annotated else tuple(FORMAT_LABELS)
        for fmt in formats:
            self.format_box.addItem(self.tr(FORMAT_LABELS[fmt]), fmt)
        remembered = self.format_box.findData(self.settings.get(opts.EXPORT_FORMAT))
        self.format_box.setCurrentIndex(max(remembered, 0))
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(self._label(self.tr("&Format:"), self.format_box), self.format_box)
        self.editorial_box = QCheckBox(
            self.tr("Include e&ditorial annotations (key facts, why it matters)")
        )
        self.editorial_box.setObjectName("export-editorial")
        self.bookmarks_box = QCheckBox(self.tr("Include boo&kmarks"))
        self.bookmarks_box.setObjectName("export-bookmarks")
        if not self.annotated:
            form.addRow(self.editorial_box)
            form.addRow(self.bookmarks_box)
        self.page_size_box = QComboBox()
        self.page_size_box.setObjectName("export-page-size")
        self.page_size_box.setAccessibleName(self.tr("PDF page size"))
        self.page_size_box.addItems(list(opts.EXPORT_PAGE_SIZE.choices))
        self.page_size_box.setCurrentText(self.settings.get(opts.EXPORT_PAGE_SIZE))
        form.addRow(
            self._label(self.tr("&Page size (PDF):"), self.page_size_box), self.page_size_box
        )
        return box

    def _build_destination(self) -> QHBoxLayout:
        self.path_field = QLineEdit()
        self.path_field.setObjectName("export-path")
        self.path_field.setAccessibleName(self.tr("Save to"))
        self.path_field.textEdited.connect(self._on_path_edited)
        self.path_field.textChanged.connect(self._show_path_note)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("export-choose")
        self.choose_button.setAccessibleName(self.tr("Choose where to save"))
        self.choose_button.setAutoDefault(False)  # Enter exports, wherever the focus is
        self.choose_button.clicked.connect(self.choose_file)
        self.path_note = QLabel()
        self.path_note.setObjectName("export-path-note")
        self.path_note.setAccessibleDescription(self.tr("About the file"))
        self.path_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._label(self.tr("Sa&ve to:"), self.path_field))
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
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setObjectName("export-step")
        self.step_label.setAccessibleDescription(self.tr("Export step"))
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

    # -- the choices ------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    @property
    def scope_name(self) -> str:
        return "annotated" if self.annotated else SCOPES[self.scope_group.checkedId()]

    def scope(self) -> ExportScope:
        briefing, section = self.context.briefing, self.context.section
        name = self.scope_name
        if name == "annotated" or name == "briefing":
            return ExportScope(briefing=briefing.id if briefing else None)
        if name == "section" and briefing and section:
            return ExportScope(briefing=briefing.id, section=section.id)
        if name == "tag":
            return ExportScope(tag=self.tag_box.currentText())
        if name == "colour":
            return ExportScope(colour=str(self.colour_box.currentData()))
        if name == "search":
            return ExportScope(query=self.context.query)
        return ExportScope()

    def request(self) -> ExportRequest:
        return ExportRequest(
            self.fmt,
            self.scope(),
            include_editorial=self.editorial_box.isChecked(),
            include_bookmarks=self.bookmarks_box.isChecked(),
            annotated=self.annotated,
            page_size=self.page_size_box.currentText(),
        )

    def _name_parts(self) -> list[str]:
        briefing, section = self.context.briefing, self.context.section
        name = self.scope_name
        if name == "annotated":
            return [briefing.id if briefing else "briefing", "annotated"]
        extra = {
            "briefing": [briefing.id if briefing else ""],
            "section": [section.id if section else ""],
            "tag": ["tag", self.tag_box.currentText()],
            "colour": [str(self.colour_box.currentData())],
            "search": ["search", self.context.query],
        }.get(name, [])
        return ["kzbrief-notes", *extra]

    def _choose_scope(self, name: str) -> None:
        self.scope_buttons[name].setChecked(True)
        self._on_scope_changed()  # also when it was checked already: the value changed

    def _on_scope_changed(self) -> None:
        self.notes_in_scope = None
        self.count_label.setText(self.tr("Counting the notes…"))
        self._update_export_button()
        self._suggest_path()
        self.tasks.count(self.scope())

    def _on_format_changed(self) -> None:
        pdf = self.fmt == "pdf"
        self.page_size_box.setEnabled(pdf)
        json = self.fmt == "json"  # W3C JSON holds notes only: no editorial text, no bookmarks
        self.editorial_box.setEnabled(not json)
        self.bookmarks_box.setEnabled(not json)
        self._suggest_path()

    def _on_path_edited(self, _text: str) -> None:
        self._name_edited = True

    def _suggest_path(self) -> None:
        """A default name for the scope and format; once the user typed a name, only its
        extension follows the format."""
        current = self.path_field.text().strip()
        extension = EXTENSIONS[self.fmt]
        if self._name_edited and current:
            path = Path(current)
            if path.suffix.lower() in EXTENSIONS.values():
                self.path_field.setText(str(path.with_suffix(extension)))
            return
        folder = Path(current).parent if current else default_folder(self.settings)
        self.path_field.setText(str(folder / default_file_name(self._name_parts(), self.fmt)))

    def _show_path_note(self) -> None:
        target = self.target()
        exists = target.is_file()
        told = self.tr("{file} exists: exporting replaces it.")
        self.path_note.setText(told.format(file=target.name) if exists else "")
        self.path_note.setVisible(exists)

    def choose_file(self) -> None:
        target = self.target()
        extension = EXTENSIONS[self.fmt]
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(target),
            self.tr("{format} (*{extension});;All files (*)").format(
                format=self.tr(FORMAT_LABELS[self.fmt]), extension=extension
            ),
        )
        if chosen:
            self._name_edited = True
            self.path_field.setText(chosen)

    def target(self) -> Path:
        """Where the export goes: the field's path, with the format's extension if it has none."""
        text = self.path_field.text().strip()
        if not text:
            return Path()
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = default_folder(self.settings) / path
        if not path.name or path.suffix:
            return path
        return path.with_suffix(EXTENSIONS[self.fmt])

    # -- counting ---------------------------------------------------------------------------------
    def _on_counted(self, notes: int) -> None:
        self.notes_in_scope = notes
        if self.annotated:
            self.count_label.setText(
                self.tr("It has none of your notes yet: the export is the plain briefing.")
                if notes == 0
                else translate("ExportDialog", "Your %n note(s) will be shown in it.", "", notes)
            )
        elif notes == 0:
            self.count_label.setText(self.tr("No notes in this scope: choose another."))
        else:
            self.count_label.setText(
                translate("ExportDialog", "%n note(s) will be exported.", "", notes)
            )
        announce(self.count_label, self.count_label.text())
        self._update_export_button()

    def _on_count_failed(self, message: str) -> None:
        self.notes_in_scope = None
        self.count_label.setText(message)
        self._update_export_button()

    def _update_export_button(self) -> None:
        if self.annotated:
            empty = self.context.briefing is None
        else:
            empty = self.notes_in_scope == 0
        self.export_button.setEnabled(not self.tasks.running and not empty)

    # -- exporting --------------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.tasks.running:
            return
        target = self.target()
        problem = check_target(target)
        if problem:
            self._show_error(problem)
            self.path_field.setFocus()
            return
        self.path_field.setText(str(target))
        self.settings.set(opts.EXPORT_FORMAT, self.fmt)
        self.settings.set(opts.EXPORT_PAGE_SIZE, self.page_size_box.currentText())
        self._show_error("")
        self.tasks.export(self.request(), target, self.notes_in_scope or 0)
        self._set_running(True)

    def _set_running(self, running: bool) -> None:
        for widget in self.findChildren(QGroupBox):
            widget.setEnabled(not running)
        for widget in (self.path_field, self.choose_button):
            widget.setEnabled(not running)
        self.progress_row.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first step is told
        self.step_label.setText(self.tr("Starting…"))
        self._update_export_button()
        self.cancel_button.setEnabled(True)

    def _on_step(self, number: int, steps: int, name: str) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(number - 1)
        self.step_label.setText(f"{name}…")

    def _on_finished(self, done: ExportDone) -> None:
        self.settings.set(opts.EXPORT_FOLDER, str(done.path.parent))
        self._set_running(False)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self._show_error(message)
        self._show_path_note()
        self.path_field.setFocus()

    def _on_cancelled(self) -> None:
        self._set_running(False)
        super().reject()

    def _show_error(self, message: str) -> None:
        self.error.setStyleSheet(f"color: {themes.error_colour(self.palette())};")
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def reject(self) -> None:
        """Esc or Cancel: close, or stop a running export first (it answers, then we close)."""
        if self.tasks.running:
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Cancelling…"))
            self.tasks.cancel()
            return
        super().reject()
