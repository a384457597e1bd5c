"""One running Behind per user and data folder, and the commands it takes.

On Linux and macOS the running app listens on a Unix socket in a folder only
its user can enter (see ``paths.runtime_dir``); the socket itself is 0600 and
on Linux every connection's peer is checked to be the same user. The socket is
served from Qt's event loop through a QSocketNotifier, so QtNetwork is not
loaded at all. On Windows a QLocalServer named pipe restricted to the user does
the same job.

Each request is one line of JSON and gets one line of JSON back. Anything else
is answered with an error and the connection is closed; the app carries on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import struct
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from behind_desktop.ipc.client import alive
from behind_desktop.ipc.protocol import (
    MAX_REQUEST,
    POSIX,
    REPLY_TIMEOUT_S,
    Handler,
    RequestError,
    encode,
    parse_request,
)
from behind_desktop.paths import socket_name


def _same_user(conn: socket.socket) -> bool:
    """On Linux, ask the kernel who is on the other end; elsewhere the private
    folder and the socket's 0600 mode already keep other users out."""
    if not sys.platform.startswith("linux") or not hasattr(socket, "SO_PEERCRED"):
        return True
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return bool(uid == os.getuid())


class _Connection:
    def __init__(self, server: IpcServer, conn: socket.socket) -> None:
        self.server = server
        self.conn = conn
        self.buf = b""
        conn.setblocking(False)
        self.notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)

    def read(self) -> None:
        try:
            chunk = self.conn.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self.close()
            return
        self.buf += chunk
        if b"\n" in self.buf:
            line = self.buf.split(b"\n", 1)[0]
            try:
                request = parse_request(line)
            except RequestError as e:
                self.reply({"ok": False, "error": str(e)})
                return
            self.reply(self.server.handler(request))
        elif len(self.buf) > MAX_REQUEST:
            self.reply({"ok": False, "error": "request too large"})

    def reply(self, answer: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):
            self.conn.setblocking(True)
            self.conn.settimeout(REPLY_TIMEOUT_S)
            self.conn.sendall(encode(answer))
        self.close()

    def close(self) -> None:
        self.notifier.setEnabled(False)
        self.notifier.deleteLater()
        self.conn.close()
        self.server.connections.discard(self)


class IpcServer(QObject):
    """Listens for commands from ``behind-desktop`` run a second time."""

    def __init__(self, data_dir: Path, handler: Handler) -> None:
        super().__init__()
        self._name = socket_name(data_dir)
        self.handler = handler
        self.connections: set[_Connection] = set()
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._pipe: Any = None

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        return self._listen_unix() if POSIX else self._listen_pipe()

    def _listen_unix(self) -> bool:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(self._name)
        except OSError as e:
            if e.errno != errno.EADDRINUSE or alive(self._name):
                sock.close()
                return False
            # A socket left by a crashed instance: nobody answers, so take it over.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._name)
            try:
                sock.bind(self._name)
            except OSError:
                sock.close()
                return False
        os.chmod(self._name, 0o600)
        sock.listen(8)
        sock.setblocking(False)
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _accept(self) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            if not _same_user(conn):
                conn.close()
                continue
            self.connections.add(_Connection(self, conn))

    def close(self) -> None:
        for c in list(self.connections):
            c.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._name)
        if self._pipe is not None:
            self._pipe.close()

    # -- Windows: a named pipe through QLocalServer ---------------------------------------

    def _listen_pipe(self) -> bool:
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._pipe = server
        buffers: dict[QLocalSocket, bytes] = {}

        def answer(pipe: QLocalSocket, reply: dict[str, Any]) -> None:
            buffers.pop(pipe, None)
            pipe.write(encode(reply))
            pipe.flush()
            pipe.disconnectFromServer()

        def read(pipe: QLocalSocket) -> None:
            if pipe not in buffers:
                return
            buf = buffers[pipe] + bytes(pipe.readAll().data())
            if b"\n" not in buf:
                if len(buf) > MAX_REQUEST:
                    answer(pipe, {"ok": False, "error": "request too large"})
                else:
                    buffers[pipe] = buf
                return
            try:
                request = parse_request(buf.split(b"\n", 1)[0])
            except RequestError as e:
                answer(pipe, {"ok": False, "error": str(e)})
                return
            answer(pipe, self.handler(request))

        def accept() -> None:
            while server.hasPendingConnections():
                pipe = server.nextPendingConnection()
                buffers[pipe] = b""
                pipe.readyRead.connect(lambda p=pipe: read(p))
                pipe.disconnected.connect(lambda p=pipe: (buffers.pop(p, None), p.deleteLater()))

        server.newConnection.connect(accept)
        if server.listen(self._name):
            return True
        if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            probe = QLocalSocket()
            probe.connectToServer(self._name)
            alive = probe.waitForConnected(300)
            probe.abort()
            if not alive:
                QLocalServer.removeServer(self._name)
                return bool(server.listen(self._name))
        return False
