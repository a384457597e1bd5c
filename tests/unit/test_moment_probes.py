"""Each desktop's probe behind the one interface; the native calls are faked here
(the X11 one also runs for real under Xvfb in tests/e2e/test_moment_e2e.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from behind_desktop.core.moment import Hold, Moment
from behind_desktop.platform.moment import FunctionProbe, Probes, for_desktop
from behind_desktop.platform.moment.alsa import AlsaMicProbe
from behind_desktop.platform.moment.dbus import DBusProbe
from behind_desktop.platform.moment.macos import MacProbe
from behind_desktop.platform.moment.windows import (
    MIC_KEY,
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_APP,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    WindowsProbe,
    mic_in_use_from,
)
from behind_desktop.platform.moment.x11 import X11Probe

# -- X11 ---------------------------------------------------------------------------------


class FakeX11:
    def __init__(self, idle_ms=None, saver=None, active=None, states=None):
        self._idle, self._saver, self._active = idle_ms, saver, active
        self.states = states or {}
        self.asked: list[tuple[bool, bool]] = []
        self.waiting = False

    def saver(self):
        return None if self._idle is None else (self._idle, bool(self._saver))

    def active_window(self):
        return self._active

    def window_states(self, window):
        return self.states.get(window, [])

    def fd(self):
        return 42

    def listen(self, idle, windows):
        self.asked.append((idle, windows))
        return True

    def drain(self):
        had, self.waiting = self.waiting, False
        return had


def test_x11_idle_and_screensaver():
    assert X11Probe(":0", FakeX11(idle_ms=90_500, saver=False)).read() == Moment(idle_s=90.5)
    assert X11Probe(":0", FakeX11(idle_ms=5, saver=True)).read().locked is True


def test_x11_full_screen_is_the_focused_windows_state():
    fs = {7: ["_NET_WM_STATE_FOCUSED", "_NET_WM_STATE_FULLSCREEN"], 8: ["_NET_WM_STATE_ABOVE"]}
    assert X11Probe(":0", FakeX11(active=7, states=fs)).read().full_screen is True
    assert X11Probe(":0", FakeX11(active=8, states=fs)).read().full_screen is False
    assert X11Probe(":0", FakeX11(active=0, states=fs)).read().full_screen is False
    # No EWMH window manager: nobody can say.
    assert X11Probe(":0", FakeX11(active=None)).read().full_screen is None


def test_x11_without_a_display_cannot_tell():
    probe = X11Probe(":98765")  # no such display
    assert probe.read() == Moment()


# -- D-Bus: GNOME, KDE, logind ------------------------------------------------------------


class FakeBus:
    def __init__(self, calls=None, props=None):
        self.calls = calls or {}
        self.props = props or {}

    def call(self, system, service, path, interface, method):
        return self.calls.get((service, method))

    def get(self, system, service, path, interface, name):
        return self.props.get((service, name))


MUTTER = "org.gnome.Mutter.IdleMonitor"
FDO = "org.freedesktop.ScreenSaver"
GNOME = "org.gnome.ScreenSaver"
LOGIND = "org.freedesktop.login1"


def test_gnome_idle_in_milliseconds_and_its_lock():
    bus = FakeBus({(MUTTER, "GetIdletime"): 301_000, (GNOME, "GetActive"): True})
    assert DBusProbe(bus).read() == Moment(idle_s=301.0, locked=True)


def test_kde_idle_in_seconds():
    bus = FakeBus({(FDO, "GetSessionIdleTime"): 42, (FDO, "GetActive"): False})
    assert DBusProbe(bus).read() == Moment(idle_s=42.0, locked=None)


def test_logind_hints_when_no_desktop_service_answers():
    since_us = int((time.time() - 600) * 1e6)
    bus = FakeBus(
        props={(LOGIND, "IdleHint"): True, (LOGIND, "IdleSinceHint"): since_us},
    )
    reading = DBusProbe(bus).read()
    assert reading.idle_s == pytest.approx(600, abs=5)
    assert reading.locked is None
    locked = FakeBus({(FDO, "GetActive"): False}, {(LOGIND, "LockedHint"): True})
    assert DBusProbe(locked).read().locked is True


def test_nothing_on_the_bus_cannot_tell():
    assert DBusProbe(FakeBus()).read() == Moment()


# -- Linux microphone ----------------------------------------------------------------------


def capture(root: Path, card: int, state: str) -> None:
    sub = root / f"card{card}" / "pcm0c" / "sub0"
    sub.mkdir(parents=True)
    (sub / "status").write_text(state)


def test_a_running_capture_device_means_a_call(tmp_path):
    capture(tmp_path, 0, "closed\n")
    assert AlsaMicProbe(tmp_path).read() == Moment(in_call=False)
    capture(tmp_path, 1, "state: RUNNING\nowner_pid   : 4242\n")
    assert AlsaMicProbe(tmp_path).read() == Moment(in_call=True)
    assert AlsaMicProbe(tmp_path / "no-alsa").read() == Moment()


# -- Windows --------------------------------------------------------------------------------


class FakeWin:
    def __init__(self, last=0, tick=0, state=None, mic=None):
        self.last, self.tick, self.state, self.mic = last, tick, state, mic

    def last_input_tick(self):
        return self.last

    def tick_count(self):
        return self.tick

    def notification_state(self):
        return self.state

    def mic_in_use(self):
        return self.mic


def test_windows_idle_survives_the_tick_counter_wrapping():
    assert WindowsProbe(FakeWin(last=1_000, tick=61_000)).read().idle_s == 60.0
    wrapped = FakeWin(last=2**32 - 1_000, tick=500)  # 49.7 days of uptime
    assert WindowsProbe(wrapped).read().idle_s == 1.5


@pytest.mark.parametrize(
    ("state", "locked", "full"),
    [
        (QUNS_NOT_PRESENT, True, False),
        (QUNS_BUSY, False, True),
        (QUNS_PRESENTATION_MODE, False, True),
        (QUNS_APP, False, True),
        (QUNS_ACCEPTS_NOTIFICATIONS, False, False),
        (QUNS_QUIET_TIME, False, False),
        (None, None, None),
        (99, None, None),
    ],
)
def test_windows_notification_state(state, locked, full):
    reading = WindowsProbe(FakeWin(state=state)).read()
    assert (reading.locked, reading.full_screen) == (locked, full)


class FakeKey:
    def __init__(self, children=None, stop=None):
        self.children = children or {}
        self.stop = stop

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeRegistry:
    HKEY_CURRENT_USER = FakeKey()

    def __init__(self, tree):
        self.tree = tree

    def OpenKey(self, key, name):
        if key is self.HKEY_CURRENT_USER:
            if name != MIC_KEY or self.tree is None:
                raise OSError(name)
            return self.tree
        return key.children[name]

    def EnumKey(self, key, i):
        names = list(key.children)
        if i >= len(names):
            raise OSError("no more")
        return names[i]

    def QueryValueEx(self, key, name):
        if key.stop is None:
            raise OSError(name)
        return key.stop, 11


def test_windows_microphone_from_the_privacy_record():
    idle = FakeKey({"Zoom": FakeKey(stop=133_000_000), "NonPackaged": FakeKey({})})
    assert mic_in_use_from(FakeRegistry(idle)) is False
    busy = FakeKey(
        {
            "Zoom": FakeKey(stop=133_000_000),
            "NonPackaged": FakeKey({"C:#Teams#teams.exe": FakeKey(stop=0)}),
        }
    )
    assert mic_in_use_from(FakeRegistry(busy)) is True
    assert mic_in_use_from(FakeRegistry(None)) is None
    assert WindowsProbe(FakeWin(mic=True)).read().in_call is True


# -- macOS ----------------------------------------------------------------------------------


class FakeMac:
    def __init__(self, idle=None, locked=None):
        self.idle, self.locked = idle, locked

    def seconds_since_input(self):
        return self.idle

    def screen_locked(self):
        return self.locked


def test_macos_idle_and_lock():
    assert MacProbe(FakeMac(idle=12.5, locked=False)).read() == Moment(idle_s=12.5, locked=False)
    assert MacProbe(FakeMac(idle=1.0, locked=True)).read().locked is True
    assert MacProbe(FakeMac(idle=-1.0)).read() == Moment()  # an error reading, not the future


# -- one interface ---------------------------------------------------------------------------


def test_probes_combine_and_survive_a_failing_source():
    def broken() -> Moment:
        raise RuntimeError("the desktop answered nonsense")

    probes = Probes([FunctionProbe(broken), X11Probe(":0", FakeX11(idle_ms=1000, active=0))])
    probes.add(FunctionProbe(lambda: Moment(do_not_disturb=True, idle_s=999.0)))
    assert probes.read() == Moment(idle_s=1.0, full_screen=False, do_not_disturb=True)


def names(probes: Probes) -> list[str]:
    return [type(p).__name__ for p in probes.probes]


def test_each_desktop_gets_its_probes():
    assert names(for_desktop("windows", system="win32")) == ["WindowsProbe"]
    assert names(for_desktop("cocoa", system="darwin")) == ["MacProbe"]
    x11 = for_desktop("xcb", system="linux", env={"DISPLAY": ":0"})
    assert names(x11) == ["X11Probe", "DBusProbe", "AlsaMicProbe"]
    wayland = for_desktop("wayland", system="linux", env={"WAYLAND_DISPLAY": "wayland-0"})
    assert names(wayland) == ["DBusProbe", "AlsaMicProbe"]


def test_x11_listens_while_held_and_wakes_the_app_on_an_event():
    api = FakeX11(idle_ms=90_000)
    probe = X11Probe(":0", api)
    assert probe.listen(Hold.AWAY) is False  # not started: nothing to wake
    watched: list[tuple[int, object]] = []
    woken: list[int] = []
    probe.start(lambda fd, cb: watched.append((fd, cb)), lambda: woken.append(1))
    assert probe.listen(Hold.AWAY) is True
    assert probe.listen(Hold.FULL_SCREEN) is True
    assert probe.listen(Hold.DO_NOT_DISTURB) is False  # the notification server's business
    assert probe.listen(None) is False
    assert api.asked == [(True, False), (False, True), (False, False), (False, False)]
    [(fd, readable)] = watched  # one watch on the connection, kept
    assert fd == 42
    readable()
    assert woken == []  # nothing was waiting
    api.waiting = True
    readable()
    assert woken == [1]
