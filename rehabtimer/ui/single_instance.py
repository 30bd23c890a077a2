"""One RehabTimer per data folder: starting it again raises the window that is running.

Besides being what people expect, this keeps one writer on the database, and stops a second
app from marking the first one's running session as interrupted.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}:{data_dir.resolve()}".encode()).hexdigest()
    return f"rehabtimer-{digest[:20]}"


def is_running(name: str) -> bool:
    """Whether an app answers under this name. It comes forward, as for a second start."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    running = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return running


class SingleInstance(QObject):
    activated = Signal(list)
    """Another start asked this app to come forward; its wishes (e.g. ["run", "knee-oa"])."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None

    def claim(self, wishes: list[str]) -> bool:
        """True if this is the only instance; else hand `wishes` to the running one."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(json.dumps(wishes).encode() + b"\n")
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
            return False
        # Nobody answered: a server name left by a crashed app is stale, so take it over.
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._greet)
        return self._server.listen(self._name)

    def _greet(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The other start writes one short line right after connecting; reading it here,
            # at once, keeps no socket alive across event-loop turns.
            wishes: object = []
            if socket.canReadLine() or socket.waitForReadyRead(CONNECT_MS):
                try:
                    wishes = json.loads(bytes(socket.readLine().data()).decode())
                except (UnicodeDecodeError, json.JSONDecodeError):
                    wishes = []
            socket.abort()
            socket.deleteLater()
            self.activated.emit(wishes if isinstance(wishes, list) else [])
