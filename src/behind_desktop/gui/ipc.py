"""One running Behind per user and data folder, and the commands it takes.

The running app listens on a QLocalServer in a folder only its user can enter
(POSIX) or on a named pipe restricted to the user (Windows). Each request is
one line of JSON and gets one line of JSON back. Anything else is answered with
an error and the connection is closed; the app carries on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from behind_desktop.paths import socket_name

MAX_REQUEST = 64 * 1024
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000

COMMANDS = frozenset(
    {
        "show",
        "focus.start",
        "focus.pause",
        "focus.resume",
        "focus.stop",
        "focus.status",
        "checkin.now",
        "quit",
    }
)


class RequestError(ValueError):
    pass


def parse_request(raw: bytes) -> dict[str, Any]:
    """Validate one request line; raises RequestError with a short reason."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RequestError("malformed request") from None
    if not isinstance(data, dict) or data.get("cmd") not in COMMANDS:
        raise RequestError("unknown command")
    if "minutes" in data and not (
        isinstance(data["minutes"], int) and not isinstance(data["minutes"], bool)
    ):
        raise RequestError("minutes must be a whole number")
    if "step" in data and not isinstance(data["step"], str):
        raise RequestError("step must be text")
    return data


def send(data_dir: Path, request: dict[str, Any]) -> dict[str, Any] | None:
    """Send a request to the running app; None when no app is running."""
    socket = QLocalSocket()
    socket.connectToServer(socket_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(json.dumps(request).encode() + b"\n")
    socket.flush()
    buf = b""
    while b"\n" not in buf:
        if not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            break
        buf += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if not buf:
        return {"ok": False, "error": "the running app did not answer"}
    try:
        reply = json.loads(buf.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "the running app sent something unexpected"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "unexpected reply"}


class IpcServer(QObject):
    """Listens for commands from ``behind-desktop`` run a second time."""

    failed = Signal(str)

    def __init__(self, data_dir: Path, handler: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        super().__init__()
        self._name = socket_name(data_dir)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # A socket left by a crashed instance: nobody answers, so take it over.
            probe = QLocalSocket()
            probe.connectToServer(self._name)
            alive = probe.waitForConnected(300)
            probe.abort()
            if not alive:
                QLocalServer.removeServer(self._name)
                return self._server.listen(self._name)
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _drop(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        buf = self._buffers[sock] + bytes(sock.readAll().data())
        if b"\n" not in buf:
            if len(buf) > MAX_REQUEST:
                self._reply(sock, {"ok": False, "error": "request too large"})
            else:
                self._buffers[sock] = buf
            return
        line = buf.split(b"\n", 1)[0]
        try:
            request = parse_request(line)
        except RequestError as e:
            self._reply(sock, {"ok": False, "error": str(e)})
            return
        self._reply(sock, self._handler(request))

    def _reply(self, sock: QLocalSocket, reply: dict[str, Any]) -> None:
        self._buffers.pop(sock, None)
        sock.write(json.dumps(reply).encode() + b"\n")
        sock.flush()
        sock.disconnectFromServer()
