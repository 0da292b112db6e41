"""Issue 21 through the real AT-SPI bridge (see conftest.py): what Orca is given.

Run alone: ``pytest tests/a11y -s`` prints the transcript (KZBRIEF_A11Y_TRANSCRIPT=FILE also
writes it to FILE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.a11y.conftest import Session

#: Roles of the parts a user operates, which must have a name.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "list",
    "tree",
    "tree table",
    "table",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
}


def unnamed(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        node
        for node in tree
        if node["role"] in CONTROL_ROLES
        and not node["name"].strip()
        and "showing" in node["states"]
    ]


def said(node: dict[str, Any] | None) -> str:
    """A node as a screen reader introduces it."""
    if node is None:
        return "(nothing focused)"
    return f"{node['role']} “{node['name']}”"


def to_reader(session: Session) -> dict[str, Any]:
    """Esc, then F6 until the reader has the focus."""
    focus = session.keys("Escape")
    for _ in range(6):
        if focus is not None and focus["name"] == "Reader":
            return focus
        focus = session.keys("F6")
    raise AssertionError(f"F6 never reached the reader: {said(focus)}")


def test_1_the_reader_is_a_text_document(session: Session) -> None:
    focus = to_reader(session)
    assert focus["role"] == "text"  # Qt's QTextBrowser was "label"
    assert "focusable" in focus["states"] and "read-only" in focus["states"]
    assert focus["text"] is not None and focus["text"]["length"] > 100
    session.note(f"reader: {said(focus)}, states {', '.join(focus['states'])}")


def test_2_focus_order_with_tab_and_f6(session: Session) -> None:
    to_reader(session)
    panes = [said(session.keys("F6")) for _ in range(3)]
    session.note("F6 from the reader: " + " → ".join(panes))
    assert panes == ["text “Editorial notes”", "tree “Contents”", "text “Reader”"]
    back = [said(session.keys("shift+F6")) for _ in range(3)]
    session.note("Shift+F6 from the reader: " + " → ".join(back))
    assert back == ["tree “Contents”", "text “Editorial notes”", "text “Reader”"]
    order = [said(session.keys("Tab")) for _ in range(6)]
    session.note("Tab from the reader: " + " → ".join(order))
    assert "text “Editorial notes”" in order and "tree “Contents”" in order
    hidden = {"tree “Search results”", "list “Bookmarks”", "tree “Notes”", "list “Library”"}
    assert not hidden & set(order)  # panels behind the Contents tab are never entered


def test_3_no_unnamed_visible_control(session: Session) -> None:
    """Counted in each state that shows more controls: at start, with text in the search
    field (its clear button), the Ctrl+D label editor open, the Notes panel's filter typed in
    and its colour list dropped down."""
    found: dict[str, dict[str, Any]] = {}

    def count(state: str) -> None:
        tree = session.ask("tree")
        focus = session.ask("focus")  # an item's editor is not among the view's children
        nameless = unnamed([*tree, *([focus] if focus else [])])
        for node in nameless:
            found.setdefault(f"{node['role']} {node['index']} in {node['parent']}", node)
        session.note(f"unnamed visible controls {state}: {len(nameless)} of {len(tree)} nodes")
        for node in nameless:
            session.note(f"  unnamed {node['role']} {node['index']} in {node['parent']}")

    count("at start")
    session.keys("ctrl+k")
    session.ask("type", text="assembly")
    count("with a search typed")
    session.keys("Escape", "Escape")
    session.keys("ctrl+Next")  # the first section
    session.ask("heard")
    editor = session.keys("ctrl+d")  # bookmark it: its label editor opens
    session.note(f"Ctrl+D: heard {session.ask('heard')}")
    session.note(f"Ctrl+D opens: {said(editor)} ({editor['description'] if editor else ''})")
    count("with the bookmark label editor open")
    session.keys("Escape")
    focus = session.keys("ctrl+5")  # the Notes panel: hidden (it was behind a tab)…
    if focus is None or focus["name"] != "Filter notes":
        focus = session.keys("ctrl+5")  # …and shown, in front, with the focus
    session.note(f"Ctrl+5: {said(focus)}")
    session.ask("type", text="x")
    count("with the notes filter typed in")
    combo = session.keys("Tab")
    popup = session.keys("alt+Down")
    session.note(f"Tab: {said(combo)}; Alt+Down: {said(popup)}")
    count("with the colour list dropped down")
    session.keys("Escape", "shift+Tab", "ctrl+a", "BackSpace")
    session.note(f"unnamed visible controls in all: {len(found)}")
    assert editor is not None and editor["name"] == "Bookmark label"
    assert found == {}


def test_4_a_passage_highlighted_and_annotated_with_the_keyboard(session: Session) -> None:
    focus = to_reader(session)
    session.keys(*["ctrl+Prior"] * 3)  # back to the cover
    focus = session.keys(*["ctrl+Next"] * 9)  # Ctrl+PgDown to section 9
    focus = session.keys("ctrl+Home")
    for _ in range(8):  # down to the first paragraph
        line = focus["text"]["line_at_caret"] if focus and focus["text"] else ""
        if line.startswith("In 2023"):
            break
        focus = session.keys("Down")
    assert focus is not None and focus["text"]["line_at_caret"].startswith("In 2023")
    session.note(f"caret at {focus['text']['caret']}, line: {focus['text']['line_at_caret']!r}")
    session.ask("heard")
    focus = session.keys("ctrl+Right", "ctrl+Right", "ctrl+shift+Right", "ctrl+shift+Right")
    [selection] = focus["text"]["selections"]
    session.note(f"Ctrl+Right ×2, Ctrl+Shift+Right ×2: selection {selection}")
    assert selection[2].startswith("religious practice")
    focus = session.keys("ctrl+h")
    heard = session.ask("heard")
    session.note(f"Ctrl+H: selections {focus['text']['selections']}; heard {heard}")
    assert any("Highlighted" in h for h in heard), heard
    focus = session.keys("Left", "Left", "Left")  # back onto the highlight: it is said
    heard = session.ask("heard")
    session.note(f"caret onto the passage: heard {heard}")
    assert "highlighted in yellow" in heard
    text = focus["text"] if focus and focus["text"] else {}
    attributes = text.get("attributes_at_caret") or []  # ("name:value" each, ATK's names)
    session.note(f"text attributes at the caret: {attributes}, run {text.get('attribute_run')}")
    assert "bg-color:251,226,124" in attributes, attributes  # the yellow highlight, #fbe27c
    focus = session.keys(*["ctrl+Right"] * 4, "ctrl+shift+Right", "ctrl+shift+Right")
    [selection] = focus["text"]["selections"]
    session.note(f"a second passage selected: {selection}")
    focus = session.keys("ctrl+shift+n")
    session.note(f"Ctrl+Shift+N: focus in {said(focus)}")
    assert focus is not None and focus["name"] == "Note"
    focus = session.ask("type", text="Compare with the 2022 report")
    session.ask("sleep", seconds=2.5)  # autosave
    heard = session.ask("heard")
    session.note(f"typed a note: {said(focus)}; heard {heard}")
    assert "Saved" in " ".join(heard), heard
    tree = session.ask("tree")
    notes = [n["name"] for n in tree if n["role"] in ("table cell", "tree item", "list item")]
    quoted = [name for name in notes if selection[2].strip()[:10] in name]
    session.note(f"Notes panel rows with the passage: {quoted}")
    assert quoted
