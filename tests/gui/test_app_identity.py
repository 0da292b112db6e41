"""The running app names the desktop entry that ``--install-desktop`` writes, and has its icon."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kzbrief.desktop import APP_ID

# In a process of its own: make_application sets the style of the one QApplication, which
# the other GUI tests share.
_PROBE = """
import json
from kzbrief.gui.app import make_application
app = make_application()
icon = app.windowIcon().pixmap(64)
print(json.dumps({"desktop": app.desktopFileName(), "icon": [icon.width(), icon.height()]}))
"""


def test_application_names_its_desktop_entry_and_icon() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["desktop"] == APP_ID
    assert found["icon"] == [64, 64]  # the SVG drawn (a missing file gives a null pixmap)
