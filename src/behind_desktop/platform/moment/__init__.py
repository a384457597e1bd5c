"""What the desktop can say about the moment: idle time, lock, full screen, a call.

One small interface, :class:`Probe` (``read() -> Moment``), and one module per
kind of desktop:

* ``x11``: idle time from the XScreenSaver extension (``XScreenSaverQueryInfo``,
  which also says whether the screensaver is on), and full screen from the
  window manager (``_NET_ACTIVE_WINDOW`` and its ``_NET_WM_STATE_FULLSCREEN``);
  libX11 and libXss through ctypes.
* ``dbus``: Wayland, GNOME and KDE (and X11 desktops that have them): Mutter's
  idle monitor, ``org.freedesktop.ScreenSaver`` (active, idle time), and logind's
  ``LockedHint`` / ``IdleHint``, through QtDBus. Wayland does not tell other
  programs which window has focus, so full screen stays unknown there.
* ``alsa``: on Linux, a microphone in use (a capture device running), the
  closest sign of a call the system gives without asking permission.
* ``windows``: ``GetLastInputInfo``, and ``SHQueryUserNotificationState`` for
  a locked screen, full-screen apps and presentation mode; the microphone from
  the privacy settings' record of apps using it.
* ``macos``: seconds since the last input event and the session's screen lock
  (CoreGraphics); full screen and calls are unknown there.

Everything is read only when a check-in is due (and rarely while one is held):
nothing here runs a timer. While one is held, the X11 probe listens for its end
(see ``x11``), so coming back wakes the app at once. Any failure reads as "cannot tell", which never
holds a check-in. :class:`Probes` combines several sources field by field; the
notification code adds its do-not-disturb reader there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from behind_desktop.core.moment import FunctionProbe, Listener, Probe, Probes

__all__ = ["FunctionProbe", "Probe", "Probes", "for_desktop"]


def for_desktop(
    qt_platform: str,
    system: str = sys.platform,
    env: Mapping[str, str] = os.environ,
) -> Probes:
    """The probes for this desktop; ``qt_platform`` is Qt's platform name ("xcb", ...)."""
    if system == "win32":
        from behind_desktop.platform.moment.windows import WindowsProbe

        return Probes([WindowsProbe()])
    if system == "darwin":
        from behind_desktop.platform.moment.macos import MacProbe

        return Probes([MacProbe()])
    probes: list[Probe] = []
    listeners: list[Listener] = []
    if qt_platform == "xcb" and env.get("DISPLAY"):
        from behind_desktop.platform.moment.x11 import X11Probe

        x11 = X11Probe(env["DISPLAY"])
        probes.append(x11)
        listeners.append(x11)  # the first input, or leaving full screen, wakes the app
    from behind_desktop.platform.moment.alsa import AlsaMicProbe
    from behind_desktop.platform.moment.dbus import DBusProbe

    probes += [DBusProbe(), AlsaMicProbe()]
    return Probes(probes, listeners)
