"""Run-time hook of the frozen app, in place of PyInstaller's own for PySide6.

PyInstaller's hook imports PySide6.QtCore at every start, to register a qt.conf, which loads
Qt and ICU before the first line of kzbrief runs: `kzbrief --version` and every command
line call paid for the window they never open. PySide6 registers that qt.conf itself when
QtCore is first imported, so all that is left to do here is what costs nothing: point Qt at
the bundle's plugins (and away from any other Qt's plugins named in the environment).
"""

import os
import sys

_qt_root = os.path.join(sys._MEIPASS, "PySide6")
if sys.platform != "win32":
    _qt_root = os.path.join(_qt_root, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt_root, "plugins")
del _qt_root
