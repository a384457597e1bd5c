"""One instance per user: the socket, remote commands from a second process, bad messages."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from behind_desktop.ipc.protocol import RequestError, parse_request
from behind_desktop.ipc.server import IpcServer
from behind_desktop.paths import socket_name
from behind_desktop.services.commands import Quit, Show

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# These probe the socket with AF_UNIX and quit the app with SIGTERM (exit 0 expected);
# on Windows the socket is a named pipe and SIGTERM is TerminateProcess (exit 1).
posix_process = pytest.mark.skipif(
    sys.platform == "win32", reason="AF_UNIX socket probe and SIGTERM are POSIX"
)


def cli(data: Path, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def wait_for(predicate, timeout: float = 15.0, what: str = "condition") -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def listening(data: Path) -> bool:
    probe = socket.socket(socket.AF_UNIX)
    try:
        probe.connect(socket_name(data))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def spawn_app(data: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "behind_desktop", "--data-dir", str(data), *args],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def running_app(data_dir: Path):
    proc = spawn_app(data_dir)
    wait_for(lambda: listening(data_dir) or proc.poll() is not None, what="the app's socket")
    assert proc.poll() is None
    yield proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


@posix_process
@pytest.mark.slow
def test_remote_focus_commands_and_a_second_launch(running_app, data_dir):
    started = cli(data_dir, "focus", "start", "--minutes", "20", "--step", "read 3 pages")
    assert started.returncode == 0, started.stderr
    status = json.loads(started.stdout)
    assert status["state"] == "running" and status["step"] == "read 3 pages"
    assert 1190 <= status["remaining_s"] <= 1200

    assert json.loads(cli(data_dir, "focus", "pause").stdout)["state"] == "paused"
    again = cli(data_dir, "focus", "pause")
    assert again.returncode == 1
    assert again.stderr.strip() == "behind-desktop: The block is already paused."
    assert json.loads(cli(data_dir, "focus", "resume").stdout)["state"] == "running"
    status = json.loads(cli(data_dir, "focus", "status").stdout)
    assert set(status) >= {"state", "step", "started_at", "ends_at", "remaining_s"}

    second = cli(data_dir)  # plain launch: shows the running one and exits
    assert second.returncode == 0
    assert second.stderr.strip() == "behind-desktop: Behind's window is open."
    assert running_app.poll() is None

    assert json.loads(cli(data_dir, "focus", "stop").stdout)["state"] == "stopped"
    assert cli(data_dir, "checkin", "now").returncode == 0
    shown = cli(data_dir, "show")
    assert shown.returncode == 0 and "window is open" in shown.stderr

    running_app.send_signal(signal.SIGTERM)
    assert running_app.wait(timeout=10) == 0  # a clean quit, not a crash
    assert not Path(socket_name(data_dir)).exists()


@pytest.mark.slow
def test_status_without_a_running_app_answers_from_the_store(data_dir):
    idle = cli(data_dir, "focus", "status")
    assert idle.returncode == 0 and json.loads(idle.stdout)["state"] == "idle"
    assert cli(data_dir, "focus", "stop").returncode == 1


@posix_process
@pytest.mark.slow
def test_focus_start_without_an_app_starts_one_with_the_block(data_dir):
    try:
        started = cli(data_dir, "focus", "start", "--step", "one email")
        # The command returns once the app runs in the background with the block.
        assert started.returncode == 0, started.stderr
        assert json.loads(started.stdout)["state"] == "running"
        assert listening(data_dir)
        status = json.loads(cli(data_dir, "focus", "status").stdout)
        assert status["state"] == "running" and status["step"] == "one email"
    finally:
        from behind_desktop.ipc.client import send

        send(data_dir, Quit())
        wait_for(lambda: not listening(data_dir), what="the app to quit")
    from behind_desktop.store import Store
    from tests.support.clock import FakeClock

    clock = FakeClock()
    store = Store.open(data_dir, clock.tz, clock.now())
    # The welcome waits for a plain start; it never covers a block just asked for.
    assert store.get_value("welcome_shown") is None
    store.close()


@posix_process
@pytest.mark.slow
def test_a_stale_socket_from_a_crash_is_taken_over(data_dir):
    data_dir.mkdir(parents=True)
    path = socket_name(data_dir)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()  # the file stays, nobody listens: like after kill -9
    proc = spawn_app(data_dir)
    try:
        wait_for(lambda: listening(data_dir) or proc.poll() is not None, what="the app")
        assert proc.poll() is None
        assert cli(data_dir, "focus", "start").returncode == 0
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_socket_lives_where_only_this_user_can_reach_it(data_dir):
    folder = Path(socket_name(data_dir)).parent
    assert folder.stat().st_uid == os.getuid()
    assert folder.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"not json", "malformed request"),
        (b"\xff\xfe", "malformed request"),
        (b"[1, 2]", "unknown command"),
        (b'{"cmd": "rm -rf"}', "unknown command"),
        (b'{"cmd": "focus.start", "minutes": "ten"}', "minutes must be a whole number"),
        (b'{"cmd": "focus.start", "minutes": true}', "minutes must be a whole number"),
        (b'{"cmd": "focus.start", "step": 5}', "step must be text"),
    ],
)
def test_malformed_requests_are_refused(raw, reason):
    with pytest.raises(RequestError, match=reason):
        parse_request(raw)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket; Windows uses a named pipe")
def test_server_answers_garbage_with_an_error_and_keeps_serving(qtbot, data_dir):
    data_dir.mkdir(parents=True)
    seen = []

    def handler(request):
        seen.append(request)
        return {"ok": True}

    server = IpcServer(data_dir, handler)
    assert server.listen()
    try:
        for payload, expected in (
            (b"garbage\n", {"ok": False, "error": "malformed request"}),
            (b"x" * 70_000, {"ok": False, "error": "request too large"}),
            (b'{"cmd": "show"}\n', {"ok": True}),
        ):
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.connect(server.name)
            client.setblocking(False)
            client.sendall(payload)
            received = bytearray()

            def answered(c=client, got=received) -> bool:
                with contextlib.suppress(BlockingIOError):
                    got.extend(c.recv(65536))
                return got.endswith(b"\n")

            qtbot.waitUntil(answered, timeout=3000)
            assert json.loads(bytes(received)) == expected
            client.close()
        assert seen == [Show()]
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_socket_file_is_private_and_removed_on_close(data_dir):
    data_dir.mkdir(parents=True)
    server = IpcServer(data_dir, lambda request: {"ok": True})
    assert server.listen()
    path = Path(server.name)
    assert path.stat().st_mode & 0o777 == 0o600
    second = IpcServer(data_dir, lambda request: {"ok": True})
    assert not second.listen()  # the first one is alive: no takeover
    server.close()
    assert not path.exists()


def test_no_qtnetwork_is_loaded_on_posix():
    if sys.platform == "win32":
        pytest.skip("Windows uses QtNetwork's named pipe")
    code = (
        "import sys, behind_desktop.gui.shell.app, behind_desktop.ipc.server; "
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV)
    assert out.stdout.strip() == "False"
