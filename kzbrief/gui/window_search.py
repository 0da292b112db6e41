"""Search in the main window: the search panel's requests, the matches marked in the text,
F3 through them, opening a hit, the cheat sheet, and the index becoming ready.

A part of :class:`kzbrief.gui.main_window.MainWindow` (which mixes this in); its strings are
the window's (context ``MainWindow``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzbrief.core.wording import translate
from kzbrief.gui.upgrade_notice import show_notes_label, upgrade_message

if TYPE_CHECKING:
    from kzbrief.core.results import Hit
    from kzbrief.gui.worker import SearchOutcome


class WindowSearch:
    """The window's side of searching (mixed into ``MainWindow``)."""

    # -- search -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.build_rest()
        self._show_dock(self.search_dock, True)
        self.search_panel.focus_field()

    def clear_search(self) -> None:
        """Esc: empty the search field (which drops the marks), or the marks if it is empty."""
        if self._ready and self.search_panel.query:
            self.search_panel.clear()
        else:
            self._on_search_cleared()

    def _on_search_cleared(self) -> None:
        if self._ready:
            self.tasks.cancel_searches()
        self._step_when_searched = 0
        self._terms = frozenset()
        self._mark_search_matches()

    def _on_query_edited(self, _query: str) -> None:
        """The query changed: the marks of the old one go at once; the new one's come with
        its results (:meth:`_on_search_finished`)."""
        self._step_when_searched = 0
        if self._terms:
            self._terms = frozenset()
            self._mark_search_matches()

    def _on_search_finished(self, outcome: SearchOutcome) -> None:
        """Mark the query's matches on the page shown (the page stays where it is)."""
        if outcome.query != self.search_panel.query:
            return  # the user has typed on since
        terms = outcome.results.terms
        if terms != self._terms:
            self._terms = terms
            self._mark_search_matches()
        step, self._step_when_searched = self._step_when_searched, 0
        if step:
            self.step_match(step)

    def _on_search_failed(self, query: str, _message: str) -> None:
        if query == self.search_panel.query:
            stepping = self._step_when_searched
            self._on_query_edited(query)  # no terms: no marks
            if stepping:
                self.status.tell(translate("MainWindow", "No search matches in this section."))

    def open_hit(self, hit: Hit, terms: frozenset[str]) -> None:
        """Open a hit's section with every match marked, at the first match (a note's hit:
        at its passage)."""
        self._terms = terms
        if hit.kind == "note" and hit.annotation:
            self.build_rest()
            self.notes_ui.jump_to(hit.annotation)
            self._mark_search_matches()  # also when the note is on the page already shown
            return
        here = self.location()
        if not self.open_place(hit.briefing, hit.section):
            return
        if here is not None and here.same_page(self.location()):
            self._mark_search_matches()  # same page: no new render marked them
        if hit.kind == "editorial":
            self._show_dock(self.editorial_dock, True)
        if self.reader.match_count:
            self.reader.show_match(0)
            self._tell_match()
        elif hit.kind != "editorial":
            self.status.tell(
                translate("MainWindow", "No match to show in the text of this section.")
            )

    def _mark_search_matches(self) -> None:
        section = self.reader.section
        spans: list[tuple[int, int]] = []
        if section and self._terms:  # a search ran, so Whoosh's analysis is loaded already
            spans = self.library.match_spans(section.text, self._terms)
        self.reader.set_matches(spans)
        self.editorial.set_terms(self._terms)

    def step_match(self, delta: int) -> None:
        if self._ready and self.search_panel.pending:
            self._step_when_searched = delta  # step through the new query's matches
            self.search_panel.search_now()
            return
        if self.reader.step_match(delta):
            self._tell_match()
        else:
            self.status.tell(translate("MainWindow", "No search matches in this section."))

    def _tell_match(self) -> None:
        self.status.tell(
            translate(
                "MainWindow", "Match {n} of {total} — F3 for the next, Shift+F3 for the previous"
            ).format(n=self.reader.current_match + 1, total=self.reader.match_count)
        )

    def show_cheat_sheet(self) -> None:
        if self._cheat_sheet is None:
            from kzbrief.gui.cheatsheet import CheatSheet

            self._cheat_sheet = CheatSheet(self)
            self._cheat_sheet.example_chosen.connect(self._try_example)
            self._cheat_sheet.table.caret_browsing_changed.connect(self.pane_navigation.follow_view)
            self.pane_navigation.apply_caret_browsing()
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        self._cheat_sheet.activateWindow()

    def _try_example(self, example: str) -> None:
        self.build_rest()
        self._show_dock(self.search_dock, True)
        self.search_panel.set_query(example)

    def _on_index_ready(self, notices: list[str]) -> None:
        self.search_ready.emit()
        self.status.hide_progress()
        upgrades, self._upgrades = [upgrade_message(u) for u in self._upgrades], []
        if upgrades:
            self.status.offer(
                " ".join([*upgrades, *notices]),
                show_notes_label(),
                lambda: self._show_dock(self.notes_dock, True),
            )
        elif notices:
            self.status.tell(" ".join(notices))

    def _on_index_failed(self, message: str) -> None:
        self.search_ready.emit()
        self.status.hide_progress()
        self.status.tell(
            translate("MainWindow", "Search is unavailable: {error}").format(error=message)
        )
