"""The note editor: the current note's passage, colour, tags and Markdown text.

It asks, the window decides: typing in the text or the tags emits ``text_edited`` or
``tags_edited`` (the window autosaves both as they are typed); a colour button, and tags once
they are finished (Enter, or the focus leaves the field), emit a request that the window runs
as one undoable operation. Keyboard first: Tab goes from the text to the tags and the colour
buttons; tags complete from the library's tags (Library.tags: in use and the editorial
vocabulary).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.annotations import COLOURS, Note
from kzbrief.core.export import colour_name
from kzbrief.gui import a11y
from kzbrief.gui.highlights import colour_hex, swatch

QUOTE_CHARS = 280
STATUS_WORDS = {
    "anchored": "",
    "moved": QT_TRANSLATE_NOOP("NoteEditor", "moved: re-found after the text changed"),
    "orphaned": QT_TRANSLATE_NOOP("NoteEditor", "needs attention: not found in the current text"),
}


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class TagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # From what the user typed, not the field's text: while a row is highlighted the
        # field already shows that row's completion.
        typed = self.completionPrefix()
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return f"{before}{index.data()}, "


class NoteEditor(QWidget):
    """Edits one note at a time; empty (with a hint) when there is none."""

    text_edited = Signal(str, str)  # note id, Markdown text
    colour_requested = Signal(str, str)  # note id, colour
    tags_edited = Signal(str, list)  # note id, tags as typed so far (autosaved)
    #: note id, tags as typed, the tags before this edit began (for one undo step)
    tags_requested = Signal(str, list, list)
    delete_requested = Signal(str)  # note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note-editor")
        self._note: Note | None = None
        self._loading = False
        #: The note's tags when the user began typing in the Tags field (None: not typing).
        self._tags_before: list[str] | None = None

        self.hint = QLabel(
            self.tr(
                "No note chosen.\nSelect text in the reader and press Ctrl+H to highlight it,"
                " or Ctrl+Shift+N to write a note on it. Click a highlight to edit its note."
            )
        )
        self.hint.setObjectName("note-editor-hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)

        self.quote = QLabel()
        self.quote.setObjectName("note-quote")
        self.quote.setAccessibleName(self.tr("Highlighted passage"))
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.RichText)
        self.place = QLabel()
        self.place.setObjectName("note-place")
        self.place.setWordWrap(True)
        self.place.setEnabled(False)  # muted

        self.colour_buttons: dict[str, QToolButton] = {}
        self._colour_group = QButtonGroup(self)
        self._colour_group.setExclusive(True)
        colours = QHBoxLayout()
        colours.setSpacing(2)
        colours.addWidget(QLabel(self.tr("Colour:")))
        for colour in COLOURS:
            button = QToolButton()
            button.setObjectName(f"note-colour-{colour}")
            button.setIcon(swatch(colour, 18))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setAccessibleName(colour_name(colour).capitalize())
            button.setToolTip(
                self.tr("Highlight colour: {colour} (Ctrl+Z undoes)").format(
                    colour=colour_name(colour)
                )
            )
            button.clicked.connect(lambda _checked=False, c=colour: self._on_colour(c))
            self._colour_group.addButton(button)
            self.colour_buttons[colour] = button
            colours.addWidget(button)
        colours.addStretch(1)

        self.tags = QLineEdit()
        self.tags.setObjectName("note-tags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setClearButtonEnabled(True)
        a11y.name_clear_button(self.tags)
        self._tag_model = QStringListModel(self)
        self.completer = TagCompleter(self._tag_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags.setCompleter(self.completer)
        self.tags.textChanged.connect(self._on_tags_edited)  # typed, or a completion taken
        self.tags.editingFinished.connect(self._on_tags_finished)

        self.body = QPlainTextEdit()
        self.body.setObjectName("note-body")
        self.body.setAccessibleName(self.tr("Note"))
        self.body.setAccessibleDescription(self.tr("Markdown; saved as you type"))
        self.body.setPlaceholderText(self.tr("Write a note (Markdown). It is saved as you type."))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._on_text_changed)

        self.save_state = a11y.value_label(self.tr("Save state"), live=True)
        self.save_state.setObjectName("note-save-state")
        self.save_state.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("note-delete")
        self.delete_button.setToolTip(self.tr("Delete this highlight and its note (Ctrl+Z undoes)"))
        self.delete_button.clicked.connect(self._on_delete)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state, 1)
        bottom.addWidget(self.delete_button)

        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        form.addWidget(self.quote)
        form.addWidget(self.place)
        form.addLayout(colours)
        form.addWidget(self.tags)
        form.addWidget(self.body, 1)
        form.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.form, 1)
        self.setTabOrder(self.body, self.tags)
        self.show_note(None)

    # -- what is shown ----------------------------------------------------------------------------
    @property
    def note(self) -> Note | None:
        return self._note

    @property
    def note_id(self) -> str | None:
        return self._note.id if self._note is not None else None

    def set_known_tags(self, tags: Sequence[str]) -> None:
        self._tag_model.setStringList(list(tags))

    def show_note(self, note: Note | None, where: str = "") -> None:
        """Show ``note`` (None: the hint), replacing what was shown."""
        self._note = note
        self._tags_before = None
        self.hint.setVisible(note is None)
        self.form.setVisible(note is not None)
        self.save_state.clear()
        if note is None:
            return
        self._set_body(note.body)
        self._show_fields(note, where)

    def refresh(self, note: Note, where: str = "") -> None:
        """The shown note changed elsewhere (undo, another field): show its fields.

        The text is replaced only if it differs and the user is not typing in it, so
        that a refresh never takes a word from under the cursor.
        """
        self._note = note
        if not self.body.hasFocus() and self.body.toPlainText() != note.body:
            self._set_body(note.body)
        self._show_fields(note, where)

    def _set_body(self, text: str) -> None:
        """Show ``text`` without taking it for typing (no autosave of what was loaded)."""
        self._loading = True
        try:
            self.body.setPlainText(text)
        finally:
            self._loading = False

    def _show_fields(self, note: Note, where: str) -> None:
        quote = " ".join(note.quote.split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[: QUOTE_CHARS - 1] + "…"
        self.quote.setText(
            f'<span style="background-color: {colour_hex(note.colour)}; color: #1c1c1e;">'
            f"“{html.escape(quote)}”</span>"
        )
        status = STATUS_WORDS.get(note.status, note.status)
        status = self.tr(status) if status else status
        self.place.setText(" · ".join(p for p in (where, status) if p))
        self.colour_buttons[note.colour].setChecked(True)
        if not self.tags.hasFocus():
            self._loading = True  # shown, not typed: no autosave of it
            try:
                self.tags.setText(", ".join(note.tags))
            finally:
                self._loading = False

    def focus_body(self) -> None:
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.moveCursor(self.body.textCursor().MoveOperation.End)

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)

    # -- requests ---------------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading or self._note is None:
            return
        self.save_state.setText(self.tr("Saving…"))
        self.text_edited.emit(self._note.id, self.body.toPlainText())

    def _on_colour(self, colour: str) -> None:
        if self._note is not None and colour != self._note.colour:
            self.colour_requested.emit(self._note.id, colour)

    def _on_tags_edited(self, text: str) -> None:
        if self._loading or self._note is None:
            return
        if self._tags_before is None:
            self._tags_before = list(self._note.tags)
        self.save_state.setText(self.tr("Saving…"))
        self.tags_edited.emit(self._note.id, split_tags(text))

    def _on_tags_finished(self) -> None:
        if self._note is None:
            return
        before, self._tags_before = self._tags_before, None
        if before is None:
            before = list(self._note.tags)
        tags = split_tags(self.tags.text())
        if tags != before:
            self.tags_requested.emit(self._note.id, tags, before)

    def _on_delete(self) -> None:
        if self._note is not None:
            self.delete_requested.emit(self._note.id)
