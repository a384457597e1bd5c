"""A private D-Bus session bus and the data folder setups the notification tests share.

``SessionBus`` runs ``dbus-daemon --session`` on a socket of its own, so a test's
notification server, tray host and app talk to each other and to nothing on the
developer's desktop. ``due_now`` prepares a data folder in which one check-in
(or more) is due the moment the app starts: a scheduled one, not "Check in now".
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType


class SessionBus:
    def __init__(self, config: str = "--session") -> None:
        self._config = config
        self.proc: subprocess.Popen[str] | None = None
        self.address = ""

    def start(self) -> SessionBus:
        self.proc = subprocess.Popen(
            ["dbus-daemon", self._config, "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        self.address = self.proc.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("dbus-daemon printed no address")
        return self

    def close(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> SessionBus:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


SETUP = r"""
import sys
from dataclasses import replace
from datetime import datetime, timedelta, time
from pathlib import Path
from behind_desktop.core.clock import SystemClock
from behind_desktop.store import Store

data, keys, offset = Path(sys.argv[1]), sys.argv[2].split(","), int(sys.argv[3])
clock = SystemClock()
now = clock.now()
s = Store.open(data, clock.tz, now)
s.set_value("welcome_shown", "1")
s.set_time("checkins_since", now - timedelta(hours=1))
at = (now + timedelta(minutes=offset)).time().replace(second=0, microsecond=0)
far = (now + timedelta(hours=12)).time().replace(second=0, microsecond=0)
later = (now + timedelta(hours=12, minutes=1)).time().replace(second=0, microsecond=0)
settings = s.settings()
questions = tuple(
    replace(q, times=(at,), weekdays=frozenset(range(7)), enabled=q.key in keys)
    for q in settings.questions
)
# Quiet hours and the day's start far from now, so the test runs at any hour.
s.save_settings(
    replace(settings, questions=questions, quiet_start=far, quiet_end=later, day_starts=far)
)
s.close()
"""


def due_now(
    data: Path,
    *keys: str,
    minutes_from_now: int = -1,
    run: Callable[[list[str]], object] | None = None,
) -> None:
    """Make a data folder where the questions ``keys`` are due (a minute ago by default).

    ``run`` runs the setup command (e.g. as the Wayland session's user)."""
    argv = [sys.executable, "-c", SETUP, str(data), ",".join(keys), str(minutes_from_now)]
    if run is None:
        subprocess.run(argv, check=True, timeout=60)
    else:
        run(argv)
