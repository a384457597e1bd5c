"""Shared fixtures. GUI tests run offscreen unless a test starts its own X server."""

from __future__ import annotations

import contextlib
import os
import weakref
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reaches the developer's own desktop: no real notification, no real tray host.
# Tests that need a bus start their own and say so in the environment they pass on.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/behind-tests-have-no-bus"

import pytest

from tests.support.clock import FakeClock


@pytest.fixture(autouse=True)
def _cli_speaks_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line words its prose in the system language: tests read English,
    whatever the developer's own LANG, unless a test sets one."""
    from behind_desktop import catalog

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(catalog, "_current", None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: FakeClock):
    from behind_desktop.store import Store

    s = Store.open(data_dir, clock.tz, clock.now())
    yield s
    s.close()


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(request: pytest.FixtureRequest) -> None:
    """Windows in tests read as users see them: "1 minute", "3 wins", never "(s)"."""
    qapp = request.getfixturevalue("qapp")
    from behind_desktop.gui.i18n import install_translators

    install_translators(qapp)


@pytest.fixture(autouse=True, scope="session")
def _readable_palette(request: pytest.FixtureRequest) -> None:
    """Windows in tests are drawn in the palette the app keeps (gui/widgets/theme.py)."""
    qapp = request.getfixturevalue("qapp")
    from behind_desktop.gui.widgets import theme

    theme.install(qapp)


_controllers: weakref.WeakSet[object] = weakref.WeakSet()


@pytest.fixture(autouse=True, scope="session")
def _track_controllers():
    """Every app controller the tests make, so none outlives its test (below)."""
    from tests.support.controller import AppController

    original = AppController.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _controllers.add(self)

    AppController.__init__ = init  # type: ignore[method-assign]
    yield
    AppController.__init__ = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_wake_up_outlives_its_test(_track_controllers):
    """A controller's wake-up timer left running (closing a window reschedules it) would
    fire minutes later inside another test, on a store already closed."""
    yield
    for controller in list(_controllers):
        with contextlib.suppress(RuntimeError):  # its Qt object is already gone
            controller.stop_timers()
