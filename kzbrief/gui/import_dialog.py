"""The import dialog: File > Import… (Ctrl+O) and File > Import as New Edition of….

The user picks a file (the chooser opens at once), and may give a title, an id and the
language; for a new edition, the briefing it replaces. The import runs on the worker thread
(:class:`~kzbrief.gui.import_tasks.ImportTasks`) with progress shown here. A refusal (too
big, binary, empty, no text, an id already taken) is shown in the dialog with every choice
kept, and nothing is written; on success the dialog closes and the window reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.model import Briefing
from kzbrief.gui.import_tasks import ImportOutcome, ImportRequest, ImportTasks, language_names
from kzbrief.gui.theme import error_colour

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Reports (*.md *.markdown *.html *.htm *.txt *.pdf *.docx *.epub);;All files (*)",
)


class ImportDialog(QDialog):
    """Import one file as a new briefing, or (``edition_of`` given) as a new edition."""

    def __init__(
        self,
        tasks: ImportTasks,
        briefings: Sequence[Briefing],
        *,
        new_edition: bool = False,
        edition_of: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.new_edition = new_edition
        self._ticket: int | None = None
        self.setObjectName("import-edition-dialog" if new_edition else "import-dialog")
        self.setWindowTitle(
            self.tr("Import as New Edition") if new_edition else "Import a Briefing"
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        form = QFormLayout()
        self.briefing_box = QComboBox()
        self.briefing_box.setObjectName("import-edition-of")
        self.briefing_box.setAccessibleName(self.tr("New edition of"))
        for briefing in briefings:
            shown = self.tr("{title} (edition {edition})").format(
                title=briefing.title, edition=briefing.edition
            )
            self.briefing_box.addItem(shown, briefing.id)
        if edition_of is not None:
            self.briefing_box.setCurrentIndex(max(0, self.briefing_box.findData(edition_of)))
        if new_edition:
            form.addRow(
                self._label(self.tr("New edition &of:"), self.briefing_box), self.briefing_box
            )
        else:
            self.briefing_box.hide()

        self.path_field = QLineEdit()
        self.path_field.setObjectName("import-path")
        self.path_field.setAccessibleName(self.tr("File to import"))
        self.path_field.setPlaceholderText(self.tr("A .md, .html, .txt, .pdf, .docx or .epub file"))
        self.path_field.textChanged.connect(self._update_button)
        self.choose_button = QPushButton(self.tr("&Browse…"))
        self.choose_button.setObjectName("import-choose")
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        form.addRow(self._label(self.tr("&File:"), self.path_field), row)

        self.title_field = QLineEdit()
        self.title_field.setObjectName("import-title")
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setPlaceholderText(self.tr("From the first heading"))
        form.addRow(self._label(self.tr("&Title:"), self.title_field), self.title_field)
        self.id_field = QLineEdit()
        self.id_field.setObjectName("import-id")
        self.id_field.setAccessibleName(self.tr("Briefing id"))
        self.id_field.setPlaceholderText(self.tr("From the title"))
        if not new_edition:  # a new edition keeps the id of the briefing it replaces
            form.addRow(self._label(self.tr("&Id:"), self.id_field), self.id_field)
        else:
            self.id_field.hide()
        self.language_box = QComboBox()
        self.language_box.setObjectName("import-language")
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("Detect"), None)
        for code, name in language_names().items():
            self.language_box.addItem(name, code)
        form.addRow(self._label(self.tr("&Language:"), self.language_box), self.language_box)

        self.progress = QProgressBar()
        self.progress.setObjectName("import-progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error = QLabel()
        self.error.setObjectName("import-error")
        self.error.setAccessibleName(self.tr("Import problem"))
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import-button")
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("import-cancel")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        tasks.progress.connect(self._on_progress)
        tasks.imported.connect(self._on_imported)
        self._update_button()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def choose_file(self) -> bool:
        """The file chooser; returns whether a file was chosen."""
        start = self.path_field.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a Report"), start, self.tr(FILE_FILTER)
        )
        if path:
            self.path_field.setText(path)
            self.import_button.setFocus()
        return bool(path)

    def request(self) -> ImportRequest:
        language = self.language_box.currentData()
        if self.new_edition:
            briefing_id = self.briefing_box.currentData()
        else:
            briefing_id = self.id_field.text().strip() or None
        return ImportRequest(
            Path(self.path_field.text().strip()).expanduser(),
            briefing_id=briefing_id,
            title=self.title_field.text().strip() or None,
            language=language,
            replace=self.new_edition,
        )

    def _update_button(self) -> None:
        ready = bool(self.path_field.text().strip()) and self._ticket is None
        if self.new_edition:
            ready = ready and self.briefing_box.count() > 0
        self.import_button.setEnabled(ready)

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        self._show_error("")
        self._ticket = self.tasks.import_files([self.request()])[0]
        self.progress.setRange(0, 0)  # busy until the index tells how much there is
        self.progress.show()
        for widget in (self.path_field, self.choose_button, self.title_field, self.id_field):
            widget.setEnabled(False)
        self._update_button()

    def _on_progress(self, done: int, total: int) -> None:
        if self._ticket is not None and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_imported(self, ticket: int, outcome: ImportOutcome) -> None:
        if ticket != self._ticket:
            return
        self._ticket = None
        self.progress.hide()
        for widget in (self.path_field, self.choose_button, self.title_field, self.id_field):
            widget.setEnabled(True)
        self._update_button()
        if outcome.report is not None:
            self.accept()
        elif outcome.needs_password and self._ask_password(outcome):
            return
        else:
            self._show_error(f"{outcome.error} Nothing was imported.")

    def _ask_password(self, outcome: ImportOutcome) -> bool:
        """Ask for a protected PDF's password and import again; False if the user declines."""
        request = outcome.request
        if request.password:
            prompt = self.tr("That password does not open %1. Try again:")
        else:
            prompt = self.tr("%1 is protected by a password. Enter it to import the file:")
        password, ok = QInputDialog.getText(
            self,
            self.tr("Password"),
            prompt.replace("%1", request.path.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return False
        self._show_error("")
        self._ticket = self.tasks.import_files([replace(request, password=password)])[0]
        self.progress.setRange(0, 0)
        self.progress.show()
        for widget in (self.path_field, self.choose_button, self.title_field, self.id_field):
            widget.setEnabled(False)
        self._update_button()
        return True

    def _show_error(self, message: str) -> None:
        self.error.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def reject(self) -> None:
        if self._ticket is not None:
            # While the file is read (a long PDF) the import stops and writes nothing; past
            # that it cannot be stopped halfway: it lands whole or not at all.
            self.tasks.cancel_import()
            return
        super().reject()
