"""The editorial panel: a section's key facts, why it matters, tags and related sections.

Tags ask the window to filter the contents; related sections ask it to open them. When a
search is active, its terms are marked here too (an editorial hit opens this panel).
"""

from __future__ import annotations

import html
from collections.abc import Set

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QWidget

from kzbrief.core.model import Briefing, Section
from kzbrief.gui import theme as themes
from kzbrief.gui.nextturn import next_turn_timer
from kzbrief.gui.textdoc import TextDocumentView

SCHEME = "kzbrief"
#: Events that find the panel's pending render done first: a key pressed, or the focus
#: given, in the same turn as a section opened acts on that section's editorial.
_WANTS_CURRENT = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.FocusIn}
)


def marked(text: str, terms: Set[str]) -> str:
    """``text`` as HTML, with the words that match ``terms`` marked."""
    if not terms:
        return html.escape(text)
    # Whoosh's analysis (stemmer, accent folding) is loaded by the first search, not at start.
    from kzbrief.core.results import match_spans

    out, cursor = [], 0
    for start, end in match_spans(text, frozenset(terms)):
        out.append(html.escape(text[cursor:start]))
        out.append(f'<span class="match">{html.escape(text[start:end])}</span>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


class EditorialPanel(TextDocumentView):
    """Read-only; links are requests to the window, never navigation inside the panel.

    A text document to a screen reader, with a caret; Tab goes through its links."""

    tag_clicked = Signal(str, str)  # tag, its description
    section_requested = Signal(str, str)  # briefing id, section id
    _render_pending = False  # (a class default: Qt sends events while __init__ runs)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, tab_through_links=True)
        self.setObjectName("editorial")
        self.setAccessibleName(self.tr("Editorial notes"))
        self.setAccessibleDescription(
            self.tr("Key facts, why it matters, tags and related sections")
        )
        self.document().setDocumentMargin(12)
        self.document().setIndentWidth(16)  # bullets close to the text in a narrow panel
        self.anchorClicked.connect(self._on_link)
        self._briefing: Briefing | None = None
        self._section: Section | None = None
        self._terms: frozenset[str] = frozenset()
        #: The HTML shown: opening a section shows its place and then its search terms,
        #: and each asks for a render; Qt parses and lays out the same HTML again for the
        #: second (2 ms of the window's thread at every section opened).
        self._shown: str | None = None
        #: Opening a section renders this panel on the next turn of the event loop, once the
        #: page the user opened is drawn: its HTML, layout and redraw (4-5 ms of the window's
        #: thread) then come after the page, not before it; a section and its search terms
        #: given in one turn, or sections stepped through faster than the loop turns, are
        #: rendered once.
        self._render_timer = next_turn_timer(self, self._render)
        self._theme = themes.LIGHT
        self.set_theme(self._theme)

    def set_theme(self, theme: themes.Theme) -> None:
        self._theme = theme
        self.document().setDefaultStyleSheet(themes.style_sheet("editorial.css", theme))
        self.set_focus_colour(theme.focus)
        self._shown = None  # the same HTML in the new colours
        self._render()

    def show_place(self, briefing: Briefing, section: Section | None) -> None:
        """Show ``section``'s editorial (on the next turn of the event loop)."""
        self._briefing, self._section = briefing, section
        self._render_soon()

    def set_terms(self, terms: frozenset[str]) -> None:
        """Mark ``terms`` (on the next turn of the event loop)."""
        self._terms = terms
        self._render_soon()

    @property
    def render_pending(self) -> bool:
        """Whether the panel has yet to show the place or terms it was last given."""
        return self._render_pending

    def _render_soon(self) -> None:
        self._render_pending = True
        self._render_timer.start()

    def _render(self) -> None:
        self._render_pending = False
        self._render_timer.stop()
        briefing, section = self._briefing, self._section
        if briefing is None:
            self._empty(self.tr("Open a section to see its editorial notes."))
            return
        if section is None:
            if any(not s.editorial.is_empty for s in briefing.sections):
                self._empty(
                    self.tr(
                        "Each section carries key facts, why it matters, its tags "
                        "and related sections. Open a section from the contents."
                    )
                )
            else:  # an imported report: the bundled briefing's hint would promise too much
                hint = self.tr(
                    "This briefing has no editorial notes. You can highlight its text and write"
                    " notes of your own, as in any briefing."
                )
                self._empty(hint)
            return
        editorial = section.editorial
        if editorial.is_empty:
            self._empty(self.tr("This section has no editorial notes."))
            return
        parts: list[str] = []
        if editorial.key_facts:
            facts = "".join(f"<li>{marked(f, self._terms)}</li>" for f in editorial.key_facts)
            heading = html.escape(self.tr("KEY FACTS"))
            parts.append(f"<h4>{heading}</h4><ul>{facts}</ul>")
        if editorial.why_it_matters:
            parts.append(
                "<h4>"
                + html.escape(self.tr("WHY IT MATTERS"))
                + f"</h4><p>{marked(editorial.why_it_matters, self._terms)}</p>"
            )
        if editorial.tags:
            tags = " &nbsp; ".join(
                f'<a class="tag" href="{SCHEME}:tag/{html.escape(t, quote=True)}" '
                f'title="{html.escape(briefing.vocabulary.get(t, t), quote=True)}">'
                f"#{html.escape(t)}</a>"
                for t in editorial.tags
            )
            heading = html.escape(self.tr("TAGS"))
            parts.append(f"<h4>{heading}</h4><p>{tags}</p>")
        related = [s for s in (briefing.section(r) for r in editorial.related) if s is not None]
        if related:
            links = "".join(
                f'<li><a href="{SCHEME}:section/{html.escape(s.id, quote=True)}">'
                f"{html.escape(s.title)}</a></li>"
                for s in related
            )
            heading = html.escape(self.tr("RELATED SECTIONS"))
            parts.append(f"<h4>{heading}</h4><ul>{links}</ul>")
        self._show("".join(parts))

    def _empty(self, text: str) -> None:
        self._show(f'<p class="empty">{html.escape(text)}</p>')

    def _show(self, markup: str) -> None:
        if markup != self._shown:
            self._shown = markup
            self.setHtml(markup)

    def event(self, event: QEvent) -> bool:
        if self._render_pending and event.type() in _WANTS_CURRENT:
            self._render()
        return super().event(event)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() != SCHEME or self._briefing is None:
            return
        kind, _, value = url.path().partition("/")
        if kind == "tag" and value:
            self.tag_clicked.emit(value, self._briefing.vocabulary.get(value, value))
        elif kind == "section" and value:
            self.section_requested.emit(self._briefing.id, value)
