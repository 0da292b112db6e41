"""Markdown rendering: Python-Markdown "extra" and sane lists, built without entry points."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.extra import ExtraExtension
from markdown.extensions.sane_lists import SaneListExtension

from kzbrief.core.render import markdown_to_html, sanitise_html

_MARKDOWN_PARTS = st.sampled_from(
    [
        "word", "Слово", " ", "\n", "\n\n", "    ", "*", "**", "_", "`", "```", "~~~", "#", "- ",
        "1. ", "3) ", "> ", "|", "[", "]", "(", ")", "[^1]", ": ", "&amp;", "&", "<", "\\",
        # one construct of each extension in "extra", whole, so that each is surely met
        "\n~~~\ncode\n~~~\n", "\n\n[^1]: a note\n", "\n# T {: #t .c}\n", "\nTerm\n: it\n",
        "\n|a|b|\n|-|-|\n|c|d|\n", "\n*[word]: a word\n", '\n<div markdown="1">*x*</div>\n',
        "\n1. sane\n* lists\n",
        # the plain punctuation that a paragraph of words may hold (render.py's fast path)
        ".", ",", ";", ":", "!", "?", "'", '"', "%", "/", "-", "—", "2023", "é", "Ә",
    ]
)  # fmt: skip
_EXTRA = markdown.Markdown(extensions=[ExtraExtension(), SaneListExtension()])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKDOWN_PARTS, max_size=50).map("".join))
def test_the_converter_is_markdown_extra_with_sane_lists(text: str) -> None:
    # render.py lists extra's extensions one by one (naming "extra" costs an entry-point
    # scan): this fails if a Markdown release changes what "extra" holds.
    _EXTRA.reset()
    assert markdown_to_html(text) == sanitise_html(_EXTRA.convert(text))


_PLAIN_PARTS = st.sampled_from(
    ["word", "Слово", "Әділет", " ", "  ", ".", ",", ";", ":", "!", "?", "'", '"', "%", "/", "(",
     ")", "-", "—", "–", "2023", "e.g.", "http://x.kz/a", "1.", "#", "*", "_", "&", "<", "\n",
     "\t", "|", "[", "]", "{", "}", "~", "`", "\\", "\u00a0", "<p>", "</p>", "<p class=x>",
     "<b>", "</b>", "<p>word</p>", "<p>Слово, 2023.</p>"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PLAIN_PARTS, max_size=30).map("".join))
def test_a_plain_paragraph_renders_as_markdown_would(text: str) -> None:
    # markdown_to_html skips Markdown for a line of words and plain punctuation, bare or in
    # <p> as an HTML import stores it: the result must be what Markdown itself makes of it.
    _EXTRA.reset()
    assert markdown_to_html(text) == sanitise_html(_EXTRA.convert(text))
