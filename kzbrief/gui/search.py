"""The search panel: a field that searches as you type, and the results.

The panel never searches by itself: after a short pause in typing it asks the window
(``search_requested``), which runs the search on the worker thread and hands the outcome
back (:meth:`SearchPanel.show_outcome`). An outcome for text that is no longer in the field
is ignored, so fast typing never shows stale results.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzbrief.core.results import Hit
from kzbrief.core.wording import translate
from kzbrief.gui import a11y
from kzbrief.gui import theme as themes
from kzbrief.gui.i18n import format_number
from kzbrief.gui.icons import icon
from kzbrief.gui.nextturn import single_shot_timer
from kzbrief.gui.searchresults import HIT_ROLE, HitDelegate, ResultsView, SearchResultsModel
from kzbrief.gui.worker import SearchOutcome

DEBOUNCE_MS = 220


class SearchPanel(QWidget):
    """Field, notice line, summary and grouped results."""

    search_requested = Signal(str)  # please search this text
    search_cleared = Signal()  # the field was emptied: drop the marks
    query_edited = Signal(str)  # the query changed (not empty): the old marks are stale
    hit_opened = Signal(object, object)  # Hit, frozenset of index terms to mark
    cheat_sheet_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("search-field")
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(
            self.tr(
                'Words, "phrases", OR, -word, prefix*, fuzzy~, tag:… Results appear as you type'
            )
        )
        self.field.setPlaceholderText(self.tr("Search the library"))
        self.field.setClearButtonEnabled(True)
        self._search_icon = QAction(self.field)
        self.field.addAction(self._search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self._search_icon.triggered.connect(self.search_now)
        a11y.name_field_icon(
            self.field,
            self._search_icon,
            self.tr("Search now"),
            self.tr("Search for what the field holds at once"),
        )
        a11y.name_clear_button(self.field)
        self.field.installEventFilter(self)

        self.help_button = QToolButton()
        self.help_button.setObjectName("search-help")
        self.help_button.setText("?")
        self.help_button.setAccessibleName(self.tr("Search syntax"))
        self.help_button.setToolTip(
            self.tr("How to write a search: phrases, OR, -word, prefix*, tag:…")
        )
        self.help_button.setAutoRaise(True)
        self.help_button.clicked.connect(self.cheat_sheet_requested)

        self.notice = a11y.value_label(self.tr("Search notice"), live=True)
        self.notice.setObjectName("search-notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.summary = a11y.value_label(self.tr("Search summary"), live=True)
        self.summary.setObjectName("search-summary")
        self.summary.setWordWrap(True)
        # "Did you mean": links under "No results" (or under very few results).
        self.suggestions = QLabel()
        self.suggestions.setObjectName("search-suggestions")
        self.suggestions.setAccessibleDescription(self.tr("Did you mean"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestions.linkActivated.connect(self._on_suggestion)
        self.suggestions.hide()
        self._suggested: list[str] = []

        self.model = SearchResultsModel(self)
        self.view = ResultsView()
        self.view.setObjectName("search-results")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setAccessibleDescription(self.tr("Enter opens a result with every match marked"))
        self.view.setModel(self.model)
        self.delegate = HitDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.activated.connect(self._open_index)
        self.view.clicked.connect(self._open_index)

        self._timer = single_shot_timer(self, DEBOUNCE_MS, self._request)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return)
        self._open_first_when_ready = False

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.field, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.field, self.help_button)
        self.setTabOrder(self.help_button, self.view)
        self._show_summary("")

    # -- look -------------------------------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self.delegate.set_theme(theme)
        self._search_icon.setIcon(icon("search", theme.muted))
        self.help_button.setIcon(icon("help", theme.muted))
        self.notice.setStyleSheet(f"color: {theme.muted}; font-style: italic; padding: 2px 2px;")
        self.summary.setStyleSheet(f"color: {theme.muted}; padding: 0px 2px;")
        self.suggestions.setStyleSheet("padding: 0px 2px;")
        self.view.viewport().update()

    # -- the query --------------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self.field.text().strip()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        """Put ``text`` in the field and search for it at once (examples, self-test)."""
        self.field.setText(text)
        self._timer.stop()
        self._request()

    def clear(self) -> None:
        """Empty the field and the results (Esc)."""
        self.field.clear()  # textChanged does the rest

    @property
    def pending(self) -> bool:
        """True while the query in the field has no results shown yet."""
        outcome = self.model.outcome
        return bool(self.query) and (
            self._timer.isActive() or outcome is None or outcome.query != self.query
        )

    def search_now(self) -> None:
        """Ask for the query's results now instead of after the typing pause (F3)."""
        if self.query:
            self._timer.stop()
            self._request()

    def _on_text_changed(self, _text: str) -> None:
        self._open_first_when_ready = False
        if self.query:
            self._timer.start()
            self._show_summary(self.tr("Searching…"))
            self.query_edited.emit(self.query)
        else:
            self._timer.stop()
            self.model.set_outcome(None)
            self._show_notices(())
            self._show_summary("")
            self.search_cleared.emit()
        self._show_suggestions([])

    def _request(self) -> None:
        if self.query:
            self.search_requested.emit(self.query)

    def _on_return(self) -> None:
        outcome = self.model.outcome
        if self._timer.isActive() or outcome is None or outcome.query != self.query:
            self._open_first_when_ready = True  # open it when the results come
            self._timer.stop()
            self._request()
            return
        self.open_first()

    # -- results ----------------------------------------------------------------------------------
    def show_outcome(self, outcome: SearchOutcome) -> None:
        if outcome.query != self.query:
            return  # the user has typed on since
        self.model.set_outcome(outcome)
        self.view.expandAll()
        self._show_notices(outcome.results.notices)
        results = outcome.results
        if not results.hits:
            told = self.tr("No results for “{query}”.")
            self._show_summary(told.format(query=outcome.query))
        else:
            total = results.total
            if results.total_is_estimate:
                summary = translate("SearchPanel", "about %n result(s)", "", total)
            else:
                summary = translate("SearchPanel", "%n result(s)", "", total)
            if total > len(results.hits):
                showing = translate("SearchPanel", "{results}, showing {shown}")
                summary = showing.format(results=summary, shown=format_number(len(results.hits)))
            self._show_summary(summary)
        self._show_suggestions(results.did_you_mean)
        if self._open_first_when_ready:
            self._open_first_when_ready = False
            self.open_first()

    def show_failure(self, query: str, message: str) -> None:
        if query == self.query:
            self._show_summary("")
            self._show_notices((message[:1].upper() + message[1:],))

    def _show_notices(self, notices: tuple[str, ...]) -> None:
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _show_suggestions(self, suggestions: list[str]) -> None:
        """Links to the queries "did you mean" offers; a click searches for one."""
        self._suggested = list(suggestions)
        if not suggestions:
            self.suggestions.clear()
            self.suggestions.hide()
            return
        links = self.tr(", ").join(
            f'<a href="#{i}">{html.escape(text)}</a>' for i, text in enumerate(suggestions)
        )
        self.suggestions.setText(self.tr("Did you mean: %1?").replace("%1", links))
        self.suggestions.show()

    def _on_suggestion(self, link: str) -> None:
        index = int(link.lstrip("#") or -1)
        if 0 <= index < len(self._suggested):
            self.set_query(self._suggested[index])

    def open_first(self) -> bool:
        index = self.model.first_hit()
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self._open_index(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        outcome = self.model.outcome
        if isinstance(hit, Hit) and outcome is not None:
            self.hit_opened.emit(hit, outcome.results.terms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.field or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        # Down in the field moves into the results, as in a browser's address bar.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.hit_count
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            self.view.setCurrentIndex(self.model.first_hit())
            return True
        return super().eventFilter(watched, event)
