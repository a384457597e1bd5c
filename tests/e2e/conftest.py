"""Fixtures for end-to-end tests that run real windows under Xvfb.

* ``xsession`` -- a private Xvfb display with ``trayer`` as the system tray.
* ``xsession_wm`` -- the same, with Openbox as the window manager.
* ``xsession_no_tray`` -- a private Xvfb display without any tray host.
* ``e2e_artifacts`` -- where to save screenshots: ``$E2E_ARTIFACTS_DIR`` if
  set (so CI can upload them), else the test's ``tmp_path``.

When Xvfb, trayer, xdotool, ... are missing the tests are skipped locally, but
fail when ``CI`` is set, because CI is expected to run
``scripts/install-system-deps`` first.  The same rule applies when Qt's xcb
platform plugin cannot start (usually missing ``libxcb-*`` libraries).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xsession import XSession, missing_tools

E2E_DIR = Path(__file__).resolve().parent

INSTALL_HINT = "run scripts/install-system-deps"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Off Linux the e2e tests are skipped (the release workflow also deselects them)."""
    if sys.platform.startswith("linux"):
        return
    skip = pytest.mark.skip(reason="X11 end-to-end tests (Xvfb, trayer, xdotool) are Linux only")
    for item in items:
        if item.get_closest_marker("e2e") is not None:
            item.add_marker(skip)


_QT_XCB_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
print(app.platformName())
"""

_qt_xcb_checked: dict[str, str | None] = {}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _unavailable(reason: str) -> None:
    """Skip locally; fail on CI, where every dependency must be installed."""
    if _in_ci():
        pytest.fail(f"e2e prerequisites missing on CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _require_tools(tray: bool, window_manager: bool = False) -> None:
    missing = missing_tools(tray=tray, screenshots=True, window_manager=window_manager)
    if missing:
        _unavailable(f"e2e tests need {', '.join(missing)} ({INSTALL_HINT})")


def _xcb_failure(stderr: str) -> str:
    keywords = ("cannot", "could not", "error", "failed", "no qt platform plugin")
    detail = [line for line in stderr.splitlines() if any(k in line.lower() for k in keywords)]
    return (
        f"PySide6 cannot use the xcb platform plugin ({INSTALL_HINT}); "
        "QT_DEBUG_PLUGINS=1 output:\n" + "\n".join(detail[-15:])
    )


def _check_qt_xcb(session: XSession) -> None:
    """Once per test run: can PySide6 open the xcb platform on this machine?"""
    if "result" not in _qt_xcb_checked:
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _QT_XCB_PROBE],
                env={**session.env, "QT_DEBUG_PLUGINS": "1"},
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except subprocess.TimeoutExpired:
            _qt_xcb_checked["result"] = "Qt xcb probe timed out"
        else:
            ok = proc.returncode == 0 and proc.stdout.strip().endswith("xcb")
            _qt_xcb_checked["result"] = None if ok else _xcb_failure(proc.stderr)
    reason = _qt_xcb_checked["result"]
    if reason is not None:
        _unavailable(reason)


def _session(tray: bool, window_manager: bool = False) -> Iterator[XSession]:
    _require_tools(tray, window_manager)
    session = XSession(tray=tray, window_manager=window_manager)
    try:
        # The tools exist, so a failure to start is a real error, not a skip.
        session.start()
        _check_qt_xcb(session)
        yield session
    finally:
        session.close()


@pytest.fixture
def xsession() -> Iterator[XSession]:
    """A private Xvfb display with trayer docked top-right, ready to accept icons."""
    yield from _session(tray=True)


@pytest.fixture
def xsession_wm() -> Iterator[XSession]:
    """Like ``xsession``, with Openbox managing the windows (focus, full screen)."""
    yield from _session(tray=True, window_manager=True)


@pytest.fixture
def xsession_no_tray() -> Iterator[XSession]:
    """A private Xvfb display with no system tray host at all."""
    yield from _session(tray=False)


@pytest.fixture
def e2e_artifacts(tmp_path: Path) -> Path:
    """Directory for screenshots and logs worth keeping."""
    configured = os.environ.get("E2E_ARTIFACTS_DIR")
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path
