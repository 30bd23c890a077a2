"""Whether speech-dispatcher answers, asked with a plain socket and a short timeout.

Qt's "speechd" engine connects through libspeechd on the GUI thread with no timeout: a hung
daemon blocks it for a minute or more. Asking first, with a deadline, keeps a stuck speech
service from freezing the window. Only Linux uses speech-dispatcher; nothing here runs elsewhere.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
from pathlib import Path
from typing import Literal

_log = logging.getLogger(__name__)

# libspeechd's default when SPEECHD_ADDRESS names a TCP socket without a port.
_DEFAULT_PORT = 6560
# Long enough for a loaded machine, short enough that a patient barely notices.
TIMEOUT_S = 1.0
# Starting the daemon loads its synthesisers; beyond this it is taken as not working.
_SPAWN_TIMEOUT_S = 5.0

Answer = Literal["alive", "silent", "absent"]


def speechd_address() -> Path | tuple[str, int]:
    """The socket libspeechd would use: SPEECHD_ADDRESS, else the user's runtime folder."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    method, _, rest = address.partition(":")
    if method == "inet_socket":
        host, _, port = rest.partition(":")
        return (host or "127.0.0.1", int(port) if port.isdigit() else _DEFAULT_PORT)
    if method == "unix_socket" and rest:
        return Path(rest).expanduser()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


def ask_speechd(timeout: float = TIMEOUT_S) -> Answer:
    """"alive" when the daemon answers an SSIP command in time, "silent" when it takes the
    call but does not answer, "absent" when nothing listens (libspeechd would start one)."""
    address = speechd_address()
    try:
        if isinstance(address, Path):
            # speech-dispatcher is Linux's; Windows' Python may have no unix sockets at all.
            unix = getattr(socket, "AF_UNIX", None)
            if unix is None or not address.exists():
                return "absent"
            connection = socket.socket(unix, socket.SOCK_STREAM)
        else:
            connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    except OSError as error:
        _log.info("Speech-dispatcher cannot be asked at %s: %s", address, error)
        return "absent"
    with connection:
        connection.settimeout(timeout)
        try:
            connection.connect(str(address) if isinstance(address, Path) else address)
        except (ConnectionRefusedError, FileNotFoundError):
            return "absent"
        except OSError as error:
            _log.info("Speech-dispatcher at %s does not take the call: %s", address, error)
            return "silent"
        try:
            connection.sendall(b"HELP\r\n")
            reply = connection.recv(64)
        except OSError as error:
            _log.info("Speech-dispatcher at %s does not answer: %s", address, error)
            return "silent"
    # Every SSIP reply starts with a three-digit code.
    if reply[:3].isdigit():
        return "alive"
    _log.info("Speech-dispatcher at %s answered %r", address, reply[:40])
    return "silent"


def spawn_speechd() -> Literal["started", "not installed", "failed"]:
    """Start the daemon as libspeechd's autospawn would, but with a deadline."""
    address = speechd_address()
    if not isinstance(address, Path):
        return "failed"  # a daemon on another host is not ours to start
    command = ["speech-dispatcher", "--spawn", "--communication-method", "unix_socket",
               "--socket-path", str(address)]
    try:
        # No pipes: the daemon it leaves running would hold them open until the timeout.
        subprocess.run(command, timeout=_SPAWN_TIMEOUT_S, check=False,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        return "not installed"
    except (OSError, subprocess.TimeoutExpired) as error:
        _log.info("Speech-dispatcher cannot be started: %s", error)
        return "failed"
    return "started"
