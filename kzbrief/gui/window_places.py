"""Places in the main window: opening a section or a cover, back and forward, the next and
previous section, remembering where the user is, and the bookmarks that lead back there.

A part of :class:`kzbrief.gui.main_window.MainWindow` (which mixes this in); its strings are
the window's (context ``MainWindow``).
"""

from __future__ import annotations

from dataclasses import replace

from kzbrief.core.errors import KzbriefError
from kzbrief.core.model import Bookmark, Briefing, Section
from kzbrief.core.wording import translate
from kzbrief.gui.failures import sentence
from kzbrief.gui.i18n import format_date
from kzbrief.gui.navigation import Location, paragraph_offset

LOCATION_KEY = "reader.location"
LABEL_WORDS = 6


class WindowPlaces:
    """Where the reader is, and how the user moves (mixed into ``MainWindow``)."""

    # -- places -----------------------------------------------------------------------------------
    def location(self) -> Location | None:
        return self.reader.location()

    @property
    def page_followed(self) -> bool:
        """Whether the editorial panel, the contents and the status bar have caught up with
        the page shown (they follow it on the next turn of the event loop)."""
        return not self._follow_timer.isActive() and not self.editorial.render_pending

    def open_place(self, briefing_id: str, section_id: str | None, offset: int = 0) -> bool:
        """Jump to a section (or a briefing's cover), remembering where we were."""
        return self._go(Location(briefing_id, section_id, offset), record=True)

    def _go(self, target: Location, *, record: bool) -> bool:
        try:
            briefing = self.library.briefing(target.briefing)
            if target.section:  # a new edition may have given the section another id
                followed = self.library.follow_section(target.section, briefing.id)
                target = replace(target, section=followed or target.section)
            section = (
                self.library.section(target.section, briefing.id)[1] if target.section else None
            )
        except KzbriefError as exc:
            self.status.tell(sentence(str(exc)))
            return False
        here = self.location()
        if record and here is not None and here != target:
            self.history.record(here)
        if not target.same_page(here):
            self._show_page(briefing, section)
        self.reader.scroll_to_offset(target.offset)
        self._update_navigation()
        self._save_timer.start()
        return True

    def _show_page(self, briefing: Briefing, section: Section | None) -> None:
        if section is None:
            sources = self.library.sources_html(
                briefing.id, heading=translate("MainWindow", "Sources")
            )
            self.reader.show_cover(briefing, sources)
        else:
            self.reader.show_section(
                briefing,
                section,
                self.library.section_html(
                    section.id, briefing.id, sources_heading=translate("MainWindow", "Sources")
                ),
            )
        self.editorial.show_place(briefing, section)
        self._follow_timer.start()
        title = section.title if section else briefing.title
        self.setWindowTitle(translate("MainWindow", "{title} — kzbrief").format(title=title))
        self._mark_search_matches()
        self.page_shown.emit(self.location())

    def _follow_page(self) -> None:
        """Select the page shown in the contents and name it in the status bar.

        Done on the turn of the event loop after the page is opened, as the editorial panel
        is: the page is drawn first, and these (with their redraws, about 2 ms of the
        window's thread) then; pages stepped through faster than the loop turns are
        followed once."""
        self._follow_timer.stop()
        briefing, section = self.reader.briefing, self.reader.section
        if briefing is None:
            return
        self.contents.select(briefing.id, section.id if section else None)
        self.status.show_place(briefing, section)

    def _open_start_page(self) -> None:
        """Reopen where the user left off; else the first briefing's cover."""
        try:
            stored = Location.from_json(self.library.reading_state(LOCATION_KEY))
        except KzbriefError as exc:
            stored = None
            self.status.tell(
                translate("MainWindow", "Could not read where you left off: {error}").format(
                    error=exc
                )
            )
        if stored is not None and self._go(stored, record=False):
            return
        try:
            briefing = self.library.default_briefing()
        except KzbriefError as exc:
            self.status.tell(str(exc))
            return
        self._go(Location(briefing.id), record=False)

    def go_back(self) -> None:
        here = self.location()
        target = self.history.back(here) if here is not None else None
        if target is not None:
            self._go(target, record=False)

    def go_forward(self) -> None:
        here = self.location()
        target = self.history.forward(here) if here is not None else None
        if target is not None:
            self._go(target, record=False)

    def step_section(self, delta: int) -> None:
        briefing, section = self.reader.briefing, self.reader.section
        if briefing is None:
            return
        index = -1 if section is None else briefing.sections.index(section)
        target = index + delta
        if 0 <= target < len(briefing.sections):
            self.open_place(briefing.id, briefing.sections[target].id)
        elif target < 0 and section is not None:
            self.open_place(briefing.id, None)

    def _update_navigation(self) -> None:
        a = self.ui_actions
        a["back"].setEnabled(self.history.can_go_back)
        a["forward"].setEnabled(self.history.can_go_forward)
        briefing, section = self.reader.briefing, self.reader.section
        last = briefing is not None and section is not None and section == briefing.sections[-1]
        a["next_section"].setEnabled(briefing is not None and bool(briefing.sections) and not last)
        a["previous_section"].setEnabled(section is not None)

    def save_location(self) -> None:
        """Remember the reading position in the library (user data, not a preference)."""
        self._save_timer.stop()
        location = self.location()
        if location is None or not self.persist:
            return
        state = location.to_json()
        self.runner.run(
            lambda: self.library.save_reading_state(LOCATION_KEY, state),
            failure=translate("MainWindow", "Could not save the reading position: {error}"),
            initiator=self,
        )

    # -- bookmarks --------------------------------------------------------------------------------
    def _describe_bookmark(self, bookmark: Bookmark) -> str:
        try:
            where = self.library.section(bookmark.section, bookmark.briefing)[1].title
        except KzbriefError:
            where = translate("MainWindow", "(this section is no longer in the library)")
        added = format_date(bookmark.created)
        return translate("MainWindow", "{where} · added {date}").format(where=where, date=added)

    def reload_bookmarks(self) -> None:
        if not self._ready:
            return  # build_rest() loads them when it builds the panel
        try:
            bookmarks = self.library.bookmarks()
        except KzbriefError as exc:
            self.status.tell(
                translate("MainWindow", "Could not read the bookmarks: {error}").format(error=exc)
            )
            return
        self.bookmarks.set_bookmarks(bookmarks, self._describe_bookmark)

    def add_bookmark(self) -> None:
        """Ctrl+D: bookmark the paragraph at the top of the view, then type its label (once
        the runner has written it)."""
        here, section = self.location(), self.reader.section
        if here is None or section is None:
            self.status.tell(translate("MainWindow", "Open a section to bookmark a place in it."))
            return
        self.build_rest()
        paragraph = section.paragraph_at(here.offset) if here.offset else None
        label = section.title
        if paragraph is not None and paragraph != section.paragraphs[0]:
            words = paragraph.text.split()
            label += (
                " · " + " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")
            )

        def done(bookmark: object) -> None:
            assert isinstance(bookmark, Bookmark)
            self._show_dock(self.bookmarks_dock, True)
            self.bookmarks.edit_label(bookmark.id)
            self.status.tell(
                translate(
                    "MainWindow", "Bookmarked. Type a label and press Enter, or leave it as it is."
                )
            )

        self.bookmark_ops.add(
            here.briefing, section.id, label, paragraph.id if paragraph else None, then=done
        )

    def jump_to_bookmark(self, bookmark: Bookmark) -> None:
        try:
            followed = self.library.follow_section(bookmark.section, bookmark.briefing)
            _, section = self.library.section(followed or bookmark.section, bookmark.briefing)
        except KzbriefError:
            self.status.tell(
                translate(
                    "MainWindow",
                    "Cannot open the bookmark “{label}”: its section is no longer in the library.",
                ).format(label=bookmark.label)
            )
            return
        self.open_place(
            bookmark.briefing, section.id, paragraph_offset(section, bookmark.paragraph)
        )

    def remove_bookmark(self, bookmark_id: str) -> None:
        self.build_rest()

        def done(removed: object) -> None:
            assert isinstance(removed, Bookmark)
            self.status.tell(
                translate(
                    "MainWindow", "Deleted the bookmark “{label}”. Ctrl+Z brings it back."
                ).format(label=removed.label)
            )

        self.bookmark_ops.remove(bookmark_id, then=done)
