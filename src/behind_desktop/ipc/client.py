"""Talk to the running app over its socket (named pipe on Windows); Qt-free on
Linux and macOS."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from behind_desktop.ipc.protocol import (
    CONNECT_TIMEOUT_S,
    POSIX,
    REPLY_TIMEOUT_S,
    decode_reply,
    encode_command,
)
from behind_desktop.paths import socket_name
from behind_desktop.services.commands import Command


def send(data_dir: Path, request: Command) -> dict[str, Any] | None:
    """Send a command to the running app; its reply, or None when no app is running."""
    if not POSIX:
        return _send_pipe(data_dir, request)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(socket_name(data_dir))
        except OSError:
            return None  # nobody listening (or a stale socket file): no app running
        sock.settimeout(REPLY_TIMEOUT_S)
        buf = b""
        try:
            sock.sendall(encode_command(request))
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


def _send_pipe(data_dir: Path, request: Command) -> dict[str, Any] | None:
    from PySide6.QtNetwork import QLocalSocket

    pipe = QLocalSocket()
    pipe.connectToServer(socket_name(data_dir))
    if not pipe.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)):
        return None
    pipe.write(encode_command(request))
    pipe.flush()
    buf = b""
    while b"\n" not in buf:
        if not pipe.waitForReadyRead(int(REPLY_TIMEOUT_S * 1000)):
            break
        buf += bytes(pipe.readAll().data())
    pipe.disconnectFromServer()
    return decode_reply(buf)


def alive(path: str) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(0.3)
    try:
        probe.connect(path)
    except OSError:
        return False
    finally:
        probe.close()
    return True
