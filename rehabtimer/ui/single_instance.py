"""One RehabTimer per data folder: starting it again raises the window that is running.

Besides being what people expect, this keeps one writer on the database, and stops a second
app from marking the first one's running session as interrupted.
"""

from __future__ import annotations

import getpass
import json
import os
import stat
import sys
import tempfile
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QObject, Signal

if TYPE_CHECKING:
    # Loaded when first used, after the first frame is painted (see SingleInstance).
    from PySide6.QtNetwork import QLocalServer

CONNECT_MS = 500


SOCKET_PATH_MAX = 100
"""A Unix socket's path must fit in 104 bytes on macOS and 108 on Linux."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):
        # No user variable set and no pwd module (Windows) or no entry in it (containers).
        return Path.home().name or "user"


def server_name(data_dir: Path) -> str:
    """Where this user's app for this data folder listens.

    Never a name in the shared temporary folder that another user could take first (and
    so learn which routine is started, or block a restore): on Linux and macOS a socket in
    a folder only this user may enter; on Windows a named pipe, which UserAccessOption
    limits to this user.
    """
    # SHA-256 from Qt, the digest hashlib gives: hashlib would load OpenSSL, 2 ms before
    # the first frame.
    key = f"{_user()}:{data_dir.resolve()}".encode()
    sha256 = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256)
    digest = bytes(sha256.toHex().data()).decode()
    name = f"rehabtimer-{digest[:20]}"
    if sys.platform == "win32":
        return name
    for folder in _private_folders(data_dir):
        path = folder / name
        if len(os.fsencode(path)) <= SOCKET_PATH_MAX and _is_private(folder):
            return str(path)
    return str(_private_temp_folder() / name)


def _private_folders(data_dir: Path) -> list[Path]:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    # The data folder is made here if it is new, so the first start and every later one
    # agree on the name; if it cannot be made, starting the app will say why.
    with suppress(OSError):
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return ([Path(runtime)] if runtime else []) + [data_dir]


def _is_private(folder: Path) -> bool:
    if sys.platform == "win32":
        return True
    try:
        status = folder.stat()
    except OSError:
        return False
    # The owner is checked where there are POSIX owners; elsewhere the mode must do.
    getuid = getattr(os, "getuid", None)
    return (stat.S_ISDIR(status.st_mode) and (getuid is None or status.st_uid == getuid())
            and status.st_mode & 0o077 == 0)


def _private_temp_folder() -> Path:
    """A folder of this user's in the temporary folder, for data folders with long paths."""
    folder = Path(tempfile.gettempdir()) / f"rehabtimer-{_user()}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if not _is_private(folder):
        # Someone else made it first: a fresh folder with a name nobody can guess.
        folder = Path(tempfile.mkdtemp(prefix="rehabtimer-"))
    return folder


def is_running(name: str) -> bool:
    """Whether an app answers under this name. It comes forward, as for a second start."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    running = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return running


class SingleInstance(QObject):
    """Qt's local server, for the running app; Qt's network module costs a tenth of the
    first frame, so a start asks first without it where it can (running_elsewhere), and
    claims the name once the frame is painted."""

    activated = Signal(list)
    """Another start asked this app to come forward; its wishes (e.g. ["run", "knee-oa"])."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None

    def running_elsewhere(self, wishes: list[str]) -> bool:
        """True if an app already runs here and was handed `wishes`; claim() still decides
        when this says False. On Linux and macOS Qt's server is a Unix socket, which the
        standard library reaches; Windows' named pipes need Qt, and claim the name now."""
        if sys.platform == "win32":
            return not self.claim(wishes)
        if not os.path.exists(self._name):
            # Nobody listens: Qt's server removes its socket when the app closes. Answered
            # without loading the socket module, before the first frame.
            return False
        import socket as sockets

        if not hasattr(sockets, "AF_UNIX"):
            return not self.claim(wishes)
        try:
            with closing(sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM)) as socket:
                socket.settimeout(CONNECT_MS / 1000)
                socket.connect(self._name)
                socket.sendall(json.dumps(wishes).encode() + b"\n")
        except OSError:
            return False  # a name left by a crashed app
        return True

    def claim(self, wishes: list[str]) -> bool:
        """True if this is the only instance; else hand `wishes` to the running one."""
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        if self._server is not None:
            return True  # claimed already
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
