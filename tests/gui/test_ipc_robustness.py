"""The single-instance socket under pressure: a busy app is never taken for a dead
one, idle and hostile connections can't wedge the app, every request is answered."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from behind_desktop.ipc import server as server_mod
from behind_desktop.ipc.client import alive, send
from behind_desktop.ipc.protocol import RequestError, parse_request
from behind_desktop.ipc.server import IpcServer
from behind_desktop.paths import socket_name
from behind_desktop.services.commands import FocusStart, FocusStatus, FocusStop, Show
from behind_desktop.store import DB_NAME, StoreProblem, WriteError, WriteReason
from behind_desktop.store.errors import notice
from tests.gui.test_single_instance import ENV, listening, wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket")


@contextlib.contextmanager
def full_backlog(data_dir: Path):
    """A socket someone listens on but can't accept from right now (busy app)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = socket_name(data_dir)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(0)
    waiting = []
    try:
        while True:
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.setblocking(False)
            try:
                c.connect(path)
            except BlockingIOError:
                c.close()
                break
            waiting.append(c)
        yield path
    finally:
        for c in waiting:
            c.close()
        listener.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def test_a_busy_app_is_not_taken_for_a_missing_one(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr("behind_desktop.ipc.client.BUSY_RETRY_S", 0.3)
    with full_backlog(data_dir) as path:
        reply = send(data_dir, Show())
        assert reply is not None, "a full backlog means busy, not 'no app running'"
        assert reply["ok"] is False and "busy" in reply["error"]
        assert alive(path)


def test_nothing_listening_is_not_running(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = socket_name(data_dir)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()
    try:
        assert send(data_dir, Show()) is None
        assert not alive(path)
    finally:
        os.unlink(path)


def test_a_second_server_never_unlinks_a_busy_ones_socket(qapp, data_dir: Path) -> None:
    first = IpcServer(data_dir, lambda request: {"ok": True})
    assert first.listen()
    try:
        inode = os.stat(first.name).st_ino
        second = IpcServer(data_dir, lambda request: {"ok": True})
        assert not second.listen()
        second.close()
        assert os.stat(first.name).st_ino == inode
    finally:
        first.close()
    assert not Path(first.name).exists()


def test_a_quitting_server_leaves_a_newer_socket_alone(qapp, data_dir: Path) -> None:
    first = IpcServer(data_dir, lambda request: {"ok": True})
    assert first.listen()
    os.unlink(first.name)  # someone else's socket now sits at the name
    other = socket.socket(socket.AF_UNIX)
    other.bind(first.name)
    try:
        first.close()
        assert Path(first.name).exists()
    finally:
        other.close()
        os.unlink(first.name)


# -- requests that used to get no answer -----------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"cmd": []}',
        b'{"cmd": {}}',
        b'{"cmd": "show", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b"[" * 100_000,
        b'{"cmd": "focus.start", "step": "\\ud800 lone"}',
        b'{"cmd": "focus.start", "minutes": 10000000000000000000000}',
    ],
    ids=["list-cmd", "dict-cmd", "deep", "deep-unclosed", "surrogate", "huge-minutes"],
)
def test_hostile_requests_are_refused_with_a_reason(raw: bytes) -> None:
    with pytest.raises(RequestError):
        parse_request(raw)


def exchange(qtbot, name: str, payload: bytes) -> dict[str, Any]:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(name)
    client.setblocking(False)
    client.sendall(payload)
    received = bytearray()

    def answered() -> bool:
        with contextlib.suppress(BlockingIOError):
            received.extend(client.recv(65536))
        return received.endswith(b"\n")

    try:
        qtbot.waitUntil(answered, timeout=3000)
    finally:
        client.close()
    reply: dict[str, Any] = json.loads(bytes(received))
    return reply


def test_every_request_gets_an_answer_even_when_handling_it_fails(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)

    def handler(request: Any) -> dict[str, Any]:
        if isinstance(request, FocusStart):
            why = notice(WriteReason.DISK_FULL)
            raise WriteError(StoreProblem.WRITE_KEPT, WriteReason.DISK_FULL, why)
        if isinstance(request, FocusStop):
            raise RuntimeError("a bug")
        return {"ok": True}

    server = IpcServer(data_dir, handler)
    assert server.listen()
    try:
        for payload in (b'{"cmd": []}\n', b'{"cmd": {}}\n', b"[" * 60_000 + b"\n"):
            assert exchange(qtbot, server.name, payload)["ok"] is False
        full = exchange(qtbot, server.name, b'{"cmd": "focus.start"}\n')
        assert full == {
            "ok": False,
            "error": "Behind couldn't save that just now (the disk is full). "
            "It is kept and saved as soon as Behind can.",
        }
        bug = exchange(qtbot, server.name, b'{"cmd": "focus.stop"}\n')
        assert bug["ok"] is False
        assert exchange(qtbot, server.name, b'{"cmd": "show"}\n') == {"ok": True}
    finally:
        server.close()


def test_idle_connections_are_closed(qtbot, data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(server_mod, "IDLE_CLOSE_MS", 200)
    data_dir.mkdir(parents=True)
    server = IpcServer(data_dir, lambda request: {"ok": True})
    assert server.listen()
    idle = []
    try:
        for _ in range(5):
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(server.name)
            idle.append(c)
        qtbot.waitUntil(lambda: len(server.connections) == 5, timeout=2000)
        qtbot.waitUntil(lambda: not server.connections, timeout=3000)
        for c in idle:
            c.settimeout(1)
            assert c.recv(10) == b""  # closed by the app
        assert exchange(qtbot, server.name, b'{"cmd": "show"}\n') == {"ok": True}
    finally:
        for c in idle:
            c.close()
        server.close()


def test_running_out_of_file_descriptors_does_not_spin(qtbot, data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(server_mod, "EMFILE_PAUSE_MS", 300)
    data_dir.mkdir(parents=True)
    server = IpcServer(data_dir, lambda request: {"ok": True})
    assert server.listen()
    real = server._sock
    assert real is not None
    calls = {"n": 0, "fail": True}

    class Exhausted:
        def accept(self):
            calls["n"] += 1
            if calls["fail"]:
                raise OSError(errno.EMFILE, "Too many open files")
            return real.accept()

        def __getattr__(self, name):
            return getattr(real, name)

    server._sock = Exhausted()  # type: ignore[assignment]
    pending = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    pending.connect(server.name)
    try:
        qtbot.wait(250)
        assert calls["n"] < 10, "accept() must not be retried in a busy loop"
        calls["fail"] = False
        pending.sendall(b'{"cmd": "show"}\n')
        pending.settimeout(3)
        deadline = time.monotonic() + 3
        got = b""
        while not got.endswith(b"\n") and time.monotonic() < deadline:
            qtbot.wait(20)
            with contextlib.suppress(TimeoutError, BlockingIOError):
                pending.setblocking(False)
                got += pending.recv(100)
        assert json.loads(got) == {"ok": True}
    finally:
        pending.close()
        server._sock = real
        server.close()


# -- two launches while the app is busy in SQLite's busy wait --------------------------------------


@pytest.mark.slow
def test_two_launches_while_the_app_waits_for_a_lock_leave_one_app(data_dir: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data_dir)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: listening(data_dir) or app.poll() is not None, what="the app")
        assert app.poll() is None
        lock = sqlite3.connect(data_dir / DB_NAME, isolation_level=None, check_same_thread=False)
        lock.execute("BEGIN IMMEDIATE")  # another program holds the write lock for 6 s
        released = threading.Timer(6.0, lambda: lock.execute("ROLLBACK"))
        released.start()
        replies: list[subprocess.CompletedProcess[str]] = []

        def run(*args: str) -> None:
            replies.append(
                subprocess.run(
                    [sys.executable, "-m", "behind_desktop", "--data-dir", str(data_dir), *args],
                    env=ENV,
                    capture_output=True,
                    text=True,
                    timeout=60,
                )
            )

        writer = threading.Thread(target=run, args=("focus", "start"))
        writer.start()
        time.sleep(0.5)  # the app is now in SQLite's busy wait
        launches = [threading.Thread(target=run) for _ in range(2)]
        for t in launches:
            t.start()
        for t in [writer, *launches]:
            t.join()
        released.join()
        lock.close()
        assert len(replies) == 3
        for r in replies:
            assert "Traceback" not in r.stderr
            assert "did not answer" not in r.stderr
            assert (r.stdout + r.stderr).strip(), "every command says what happened"
        assert app.poll() is None  # the first app still runs ...
        status = send(data_dir, FocusStatus())
        assert status is not None and status["ok"]
        out = subprocess.run(
            ["pgrep", "-f", f"behind_desktop --data-dir {data_dir}"], capture_output=True, text=True
        )
        assert out.stdout.split() == [str(app.pid)]  # ... and it is the only one
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=15)
