"""Talk to the running app over its socket (named pipe on Windows); Qt-free on
Linux and macOS.

Only "connection refused" and "no such socket" mean no app is running. A full
listen backlog (the app busy for a moment, say in SQLite's wait for another
program's write lock) means it runs and is busy: the connect blocks for a while,
is retried, and ends as a "busy" answer, never as "not running"."""

from __future__ import annotations

import errno
import socket
import struct
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from behind_desktop.catalog import say, translate
from behind_desktop.core.reasons import os_reason
from behind_desktop.core.text import QT_TRANSLATE_NOOP, fill
from behind_desktop.ipc.limits import CONNECT_TIMEOUT_S, POSIX, REPLY_TIMEOUT_S
from behind_desktop.paths import socket_name

if TYPE_CHECKING:
    from behind_desktop.services.commands import Command

BUSY_RETRY_S = 3.0  # how long to keep trying a socket whose backlog is full
NOT_RUNNING = (errno.ECONNREFUSED, errno.ENOENT)
BUSY = QT_TRANSLATE_NOOP("Cli", "Behind is busy and could not take that just now; try again")
UNREACHABLE = QT_TRANSLATE_NOOP("Cli", "can't reach the running app (%1)")


def _connect(path: str) -> socket.socket | dict[str, Any] | None:
    """A connected socket; None when nothing listens; a reply saying why not else."""
    deadline = time.monotonic() + BUSY_RETRY_S
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # A blocking connect waits for room in the backlog, up to the send timeout
        # (a non-blocking one fails at once with EAGAIN, which is not "not running").
        wait = min(CONNECT_TIMEOUT_S, max(0.05, deadline - time.monotonic()))
        sec, usec = int(wait), int((wait % 1) * 1_000_000)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", sec, usec))
        try:
            sock.connect(path)
        except OSError as e:
            sock.close()
            if e.errno in NOT_RUNNING:
                return None
            if e.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.ETIMEDOUT, errno.EINTR):
                error = fill(translate("Cli", UNREACHABLE), (say(os_reason(e)),))
                return {"ok": False, "error": error}
            if time.monotonic() >= deadline:
                return {"ok": False, "error": translate("Cli", BUSY)}
            time.sleep(0.05)
            continue
        return sock


def send(data_dir: Path, request: Command | None) -> dict[str, Any] | None:
    """Send a command to the running app (None: show its window); its reply, or None
    when no app is running. The protocol loads once an app answers the door."""
    if not POSIX:
        return _send_pipe(data_dir, request)
    sock = _connect(socket_name(data_dir))
    if not isinstance(sock, socket.socket):
        return sock
    from behind_desktop.ipc.protocol import decode_reply, encode_command

    try:
        sock.settimeout(REPLY_TIMEOUT_S)
        buf = b""
        try:
            sock.sendall(encode_command(_or_show(request)))
            while b"\n" not in buf:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                buf += chunk
        except OSError:
            pass  # a half answer is reported below
        return decode_reply(buf)
    finally:
        sock.close()


def _or_show(request: Command | None) -> Command:
    from behind_desktop.services.commands import Show

    return Show() if request is None else request


def _send_pipe(data_dir: Path, request: Command | None) -> dict[str, Any] | None:
    from PySide6.QtNetwork import QLocalSocket

    from behind_desktop.ipc.protocol import decode_reply, encode_command

    pipe = QLocalSocket()
    pipe.connectToServer(socket_name(data_dir))
    if not pipe.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)):
        return None
    pipe.write(encode_command(_or_show(request)))
    pipe.flush()
    buf = b""
    while b"\n" not in buf:
        if not pipe.waitForReadyRead(int(REPLY_TIMEOUT_S * 1000)):
            break
        buf += bytes(pipe.readAll().data())
    pipe.disconnectFromServer()
    return decode_reply(buf)


def alive(path: str) -> bool:
    """Whether something listens at ``path`` (busy counts as alive)."""
    probe = _connect(path)
    if isinstance(probe, socket.socket):
        probe.close()
    return probe is not None
