"""One running Behind per user and data folder, and the commands it takes.

On Linux and macOS the running app listens on a Unix socket in a folder only
its user can enter (see ``paths.runtime_dir``); the socket itself is 0600 and
on Linux every connection's peer is checked to be the same user. The socket is
served from Qt's event loop through a QSocketNotifier, so QtNetwork is not
loaded at all. On Windows a QLocalServer named pipe restricted to the user does
the same job.

Each request is one line of JSON and gets one line of JSON back. Anything else
is answered with an error and the connection is closed; the app carries on, and
a request whose handling fails still gets an error reply. A connection that
says nothing is closed after a few seconds; running out of file descriptors
pauses accepting for a moment instead of spinning.

Only one app owns the socket: it holds an exclusive lock on ``<socket>.lock``
while it runs, so a second app never takes over (or unlinks) the socket of one
that is merely busy, and a quitting app removes only the socket it made.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

from behind_desktop.core.text import QT_TRANSLATE_NOOP, fill
from behind_desktop.ipc.client import alive
from behind_desktop.ipc.limits import MAX_REQUEST, POSIX, REPLY_TIMEOUT_S
from behind_desktop.paths import socket_name
from behind_desktop.store import StoreError

if TYPE_CHECKING:
    from behind_desktop.ipc.protocol import Handler

# The protocol (and its command table) loads with the first request, not at start-up.

log = logging.getLogger(__name__)

IDLE_CLOSE_MS = 5000  # a connection that sends no whole request in this time is closed
EMFILE_PAUSE_MS = 1000  # out of file descriptors: stop accepting this long
MAX_CONNECTIONS = 32
BACKLOG = 32
_OUT_OF_FILES = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)


def answer_safely(handler: Handler, request: Any) -> dict[str, Any]:
    """The handler's reply; an error reply when handling fails (a full disk, a bug)."""
    from behind_desktop.ipc.protocol import encode

    try:
        reply = handler(request)
        encode(reply)
    except StoreError as e:  # worded in the app's language, like every reply
        said = QCoreApplication.translate(e.phrase.context, e.phrase.template)
        return {"ok": False, "error": fill(said, e.phrase.values)}
    except Exception:
        log.exception("a request could not be handled")
        return {"ok": False, "error": QCoreApplication.translate("Cli", NOT_DONE)}
    return reply


NOT_DONE = QT_TRANSLATE_NOOP("Cli", "Behind could not do that just now; it is still running")


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
        self.idle = QTimer()
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.close)
        self.idle.start(IDLE_CLOSE_MS)
        self.closed = False

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
            from behind_desktop.ipc.protocol import RequestError, parse_request

            line = self.buf.split(b"\n", 1)[0]
            try:
                request = parse_request(line)
            except RequestError as e:
                self.reply({"ok": False, "error": str(e)})
                return
            self.reply(answer_safely(self.server.handler, request))
        elif len(self.buf) > MAX_REQUEST:
            self.reply({"ok": False, "error": "request too large"})

    def reply(self, answer: dict[str, Any]) -> None:
        from behind_desktop.ipc.protocol import encode

        with contextlib.suppress(OSError):
            self.conn.setblocking(True)
            self.conn.settimeout(REPLY_TIMEOUT_S)
            self.conn.sendall(encode(answer))
        self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.idle.stop()
        self.notifier.setEnabled(False)
        self.notifier.deleteLater()
        self.conn.close()
        self.server.connections.discard(self)
        self.server.resume_accepting()


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
        self._lock_fd: int | None = None
        self._inode: int | None = None

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        return self._listen_unix() if POSIX else self._listen_pipe()

    def _take_lock(self) -> bool:
        """The exclusive lock only the running app holds (released when it exits)."""
        import fcntl

        try:
            fd = os.open(self._name + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False  # another app runs (perhaps busy): never touch its socket
        self._lock_fd = fd
        return True

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _listen_unix(self) -> bool:
        if not self._take_lock():
            return False
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(self._name)
        except OSError as e:
            # A socket file with no lock holder is left by a crashed app; one that
            # still answers belongs to an app from before the lock: leave it be.
            if e.errno != errno.EADDRINUSE or alive(self._name):
                sock.close()
                self._release_lock()
                return False
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._name)
            try:
                sock.bind(self._name)
            except OSError:
                sock.close()
                self._release_lock()
                return False
        os.chmod(self._name, 0o600)
        self._inode = os.stat(self._name).st_ino
        sock.listen(BACKLOG)
        sock.setblocking(False)
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _accept(self) -> None:
        if self._sock is None:
            return
        while len(self.connections) < MAX_CONNECTIONS:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                if e.errno in _OUT_OF_FILES:
                    # The notifier is level-triggered: without a pause this spins.
                    self._pause_accepting()
                return
            if not _same_user(conn):
                conn.close()
                continue
            self.connections.add(_Connection(self, conn))
        self._pause_accepting()  # full: the next close lets the next one in

    def _pause_accepting(self) -> None:
        if self._notifier is not None and self._notifier.isEnabled():
            self._notifier.setEnabled(False)
            QTimer.singleShot(EMFILE_PAUSE_MS, self, self.resume_accepting)

    def resume_accepting(self) -> None:
        if self._sock is not None and self._notifier is not None:
            self._notifier.setEnabled(True)

    def close(self) -> None:
        for c in list(self.connections):
            c.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                if os.stat(self._name).st_ino == self._inode:  # ours, not a newer app's
                    os.unlink(self._name)
        self._release_lock()
        if self._pipe is not None:
            self._pipe.close()

    # -- Windows: a named pipe through QLocalServer ---------------------------------------

    def _listen_pipe(self) -> bool:
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

        from behind_desktop.ipc.protocol import RequestError, encode, parse_request

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
            answer(pipe, answer_safely(self.handler, request))

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
