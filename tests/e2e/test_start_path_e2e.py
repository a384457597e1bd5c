"""Starting the tray app loads what starting needs, and quitting loses nothing.

Run as a login would start it (``python -m behind_desktop``) on a display with a
tray, then quit at once (``--quit-after-ms 0``). A wrapper records, at the very
end of the process, which modules it loaded and which Qt widget types it built.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xsession import XSession, run_behind

pytestmark = pytest.mark.e2e

WRAPPER = """
import json, os, runpy, sys
report, sys.argv = sys.argv[1], ["behind_desktop", *sys.argv[2:]]
real_exit = os._exit

def noted_exit(code):
    widgets = sys.modules.get("PySide6.QtWidgets")
    qt = sorted(k for k in vars(widgets) if k.startswith("Q")) if widgets else []
    loaded = {"modules": sorted(sys.modules), "qt_widgets": qt, "code": code}
    with open(report, "w") as f:
        json.dump(loaded, f)
    real_exit(code)

os._exit = noted_exit
runpy.run_module("behind_desktop", run_name="__main__", alter_sys=True)
"""

# Loaded at first use, never to start: the command line and its words, the command
# table and the socket's protocol, the weekly self-check and the perspective notes,
# every window and page, import and export, the notification path, the X display's
# library (read once a check-in is due).
NOT_AT_START = (
    "csv",
    "ctypes",
    "behind_desktop.core.perspective",
    "behind_desktop.core.redflags",
    "behind_desktop.services.commands",
    "behind_desktop.services.dispatch",
    "behind_desktop.ipc.protocol",
    "behind_desktop.platform.moment.xlib",
    "behind_desktop.gui.widgets.unfocused",
    "behind_desktop.gui.widgets.glance",
    "behind_desktop.cli",
    "behind_desktop.cli_words",
    "behind_desktop.core.export",
    "behind_desktop.store.importer",
    "behind_desktop.gui.pages",
    "behind_desktop.gui.dialogs",
    "behind_desktop.gui.shell.main_window",
    "behind_desktop.gui.shell.asking",
    "behind_desktop.platform.notify_linux",
    "jeepney",
)


def _start_and_quit(session: XSession, data: Path, report: Path) -> dict[str, object]:
    args = [str(report), "--data-dir", str(data), "--quit-after-ms", "0"]
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    loaded: dict[str, object] = json.loads(report.read_text())
    assert loaded["code"] == 0
    return loaded


def test_a_tray_start_loads_only_what_starting_needs(xsession: XSession, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _start_and_quit(xsession, data, tmp_path / "first.json")  # the first start makes the folder
    loaded = _start_and_quit(xsession, data, tmp_path / "again.json")
    modules = set(loaded["modules"])  # type: ignore[arg-type]
    assert "behind_desktop.gui.shell.tray" in modules  # it did start the tray app
    early = [m for m in NOT_AT_START if any(n == m or n.startswith(m + ".") for n in modules)]
    assert early == []
    # The application's children (its style among them) were never wrapped for
    # Python: the style's type alone has hundreds of enum members to build.
    assert "QStyle" not in loaded["qt_widgets"]  # type: ignore[operator]


def _socket_path(session: XSession, data: Path) -> Path:
    code = "import sys; from pathlib import Path; from behind_desktop.paths import socket_name; "
    code += "print(socket_name(Path(sys.argv[1])))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(data)], env=session.env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def test_quitting_ends_the_process_with_everything_saved(
    xsession: XSession, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    started = run_behind(xsession, data, "focus", "start", "--minutes", "20", "--step", "read")
    assert started.returncode == 0, started.stderr
    assert _socket_path(xsession, data).exists()
    stopped = run_behind(xsession, data, "quit")
    assert stopped.returncode == 0, stopped.stderr
    # Gone cleanly: no socket left behind, the database closed (its write-ahead log
    # folded back in), and the block the app was running is in the file.
    assert not _socket_path(xsession, data).exists()
    assert not list(data.glob("*-wal"))
    with sqlite3.connect(data / "behind.db") as con:
        steps = [row[0] for row in con.execute("select step from blocks")]
    assert steps == ["read"]
