"""One window per data folder: a second ``kzbrief`` hands over to the first and exits.

Two windows on one data folder would each keep their own view of the notes and fight over
the reading position; a user who starts kzbrief again almost always wants the window that
is already open. So the first instance listens on a local socket named after the user and
the data folder; a second instance that reaches it asks it to come to the front, then exits
0. Scripts (the CLI) are not affected: they share the folder safely through its lock.

A socket left behind by an instance that crashed cannot be connected to; it is removed and
taken over. The socket is the user's alone (``UserAccessOption``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
CONNECT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for every instance of this user on this data folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"kzbrief-{digest[:24]}"


class SingleInstance(QObject):
    """The first instance's end: emits :attr:`activated` when another instance hands over."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def hand_over(self) -> bool:
        """Ask a running instance to come to the front. False if there is none."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        delivered = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_MS)
        return delivered

    def listen(self) -> bool:
        """Become the instance that others hand over to. False if the name is taken."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        # The other instance writes as soon as it is connected and then waits for us: read
        # here rather than through signals, whose Python slots would keep the socket alive.
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_MS):
                if bytes(socket.readAll().data()).startswith(RAISE.strip()):
                    self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        """Stop listening (at exit). Qt objects go with the event loop, on the GUI thread."""
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None


def claim(data_dir: Path) -> SingleInstance | None:
    """The first instance on ``data_dir`` gets a listening :class:`SingleInstance`; a later
    one hands over to it and gets None (it should exit 0)."""
    guard = SingleInstance(data_dir)
    if guard.hand_over():
        return None
    if guard.listen():
        return guard
    if guard.hand_over():
        return None  # another instance started at the same moment, and won
    # The name is taken but nobody answers: a socket left by an instance that crashed.
    QLocalServer.removeServer(guard.name)
    guard.listen()  # if even this fails, this instance runs on its own
    return guard


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised, on top, with the keyboard focus."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
