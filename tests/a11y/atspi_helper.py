"""The AT-SPI side of tests/a11y: what Orca would see of a running kzbrief.

Run by Debian's /usr/bin/python3 (python3-pyatspi; the project's .venv has no pyatspi),
inside the D-Bus session that the window runs in (``dbus-run-session``), with DISPLAY set
to the test's Xvfb. It starts the window itself (the command after ``--``), then answers
one JSON request a line on stdin with one JSON line on stdout:

    {"do": "tree"}                 every showing node: role, name, description, states
    {"do": "keys", "keys": [...]}  press keys on the window (xdotool, through XTest)
    {"do": "focus"}                the focused node, and its text, caret and selection
    {"do": "text", "name": N}      the text node named N: caret, selection, attributes
    {"do": "type", "text": T}      type T (xdotool)
    {"do": "heard"}                the announcements since the last ask (Orca would say them)
    {"do": "quit"}

Usage: atspi_helper.py -- PYTHON -m kzbrief --data-dir DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

#: What the window announced (AT-SPI "object:announcement": what Orca speaks), newest last.
HEARD: list[str] = []

APP_NAME = "kzbrief"


def find_app(timeout: float = 30.0) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == APP_NAME and app.childCount:
                return app
        time.sleep(0.3)
    raise SystemExit("kzbrief did not appear on the accessibility bus")


def states(node: object) -> list[str]:
    return sorted(getattr(s, "value_nick", str(s)) for s in node.getState().getStates())


def text_of(node: object) -> dict | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    length = text.characterCount
    caret = text.caretOffset
    selections = [text.getSelection(i) for i in range(text.getNSelections())]
    attributes, start, end = text.getAttributeRun(max(caret, 0), False)
    return {
        "length": length,
        "caret": caret,
        "selections": [[s, e, text.getText(s, e)] for s, e in selections],
        "line_at_caret": text.getTextAtOffset(max(caret, 0), pyatspi.TEXT_BOUNDARY_LINE_START)[0],
        "attributes_at_caret": attributes,
        "attribute_run": [start, end],
    }


def describe(node: object, path: str) -> dict:
    parent = node.parent
    return {
        "path": path,
        "parent": f"{parent.getRoleName()} “{parent.name}”" if parent is not None else "",
        "index": node.getIndexInParent(),
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": states(node),
    }


def walk(node: object, path: str = "0", out: list | None = None) -> list:
    out = [] if out is None else out
    try:
        showing = pyatspi.STATE_SHOWING in node.getState().getStates()
    except Exception:  # noqa: BLE001 - a node that went away while we looked (a GLib error)
        return out
    if not showing and path != "0":
        return out
    out.append(describe(node, path))
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, f"{path}.{index}", out)
    return out


FOCUS: list[object] = []


def on_focus(event: object) -> None:
    """Orca follows the focus by these events: so do we."""
    if event.detail1:
        FOCUS[:] = [event.source]


def focused(app: object) -> dict | None:
    """The node that last got the focus (by AT-SPI's focus events)."""
    if not FOCUS:
        return None
    node = FOCUS[0]
    found = describe(node, "")
    found["text"] = text_of(node)
    return found


def walk_all(node: object, path: str = "0"):  # every node, showing or not
    yield node, path
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk_all(child, f"{path}.{index}")


def named_text(app: object, name: str) -> dict | None:
    for node, path in walk_all(app):
        if node.name == name and node.getRoleName() in ("text", "document text", "label"):
            found = describe(node, path)
            found["text"] = text_of(node)
            return found
    return None


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive for ``seconds``."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def on_announcement(event: object) -> None:
    HEARD.append(str(event.any_data))


def press(keys: list[str]) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)
        pump(0.15)
    pump(0.4)


def typed(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)
    pump(0.6)


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1 :]
    window = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=sys.stderr)
    try:
        app = find_app()
        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
        # No window manager under Xvfb: give the window the keyboard focus ourselves.
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "kzbrief", "windowfocus"],
            check=False,
            timeout=20,
        )
        pump(0.5)
        print(json.dumps({"ready": True, "pid": window.pid}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            what = request["do"]
            if what == "quit":
                break
            if what == "tree":
                answer: object = walk(app)
            elif what == "keys":
                press(request["keys"])
                answer = focused(app)
            elif what == "type":
                typed(request["text"])
                answer = focused(app)
            elif what == "heard":
                answer, HEARD[:] = list(HEARD), []
            elif what == "focus":
                answer = focused(app)
            elif what == "text":
                answer = named_text(app, request["name"])
            elif what == "sleep":
                pump(request.get("seconds", 0.5))
                answer = None
            else:
                answer = {"error": f"unknown request {what!r}"}
            print(json.dumps(answer), flush=True)
    finally:
        window.terminate()
        try:
            window.wait(10)
        except subprocess.TimeoutExpired:
            window.kill()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NO_AT_BRIDGE", "0")
    sys.exit(main())
