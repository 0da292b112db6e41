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

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.export import ExportScope
from kzbrief.core.wording import translate
from kzbrief.exporting import EXTENSIONS, ExportRequest
from kzbrief.gui import settings as opts
from kzbrief.gui import theme as themes
from kzbrief.gui.a11y import announce
from kzbrief.gui.export_form import (
    FORMAT_LABELS,
    SCOPES,
    ExportContext,
    ExportForm,
    default_file_name,
    default_folder,
)
from kzbrief.gui.export_tasks import ExportDone, ExportTasks, check_target
from kzbrief.gui.settings import Settings

__all__ = ["ExportContext", "ExportDialog", "default_file_name", "default_folder"]


class ExportDialog(ExportForm, QDialog):
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
        folder = Path(current).parent if current else default_folder(self.tasks.last_folder())
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
            path = default_folder(self.tasks.last_folder()) / path
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
        self.tasks.remember_folder(done.path.parent)
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
