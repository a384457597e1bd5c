"""Run benchmarks on a real X display with a tray host when the tools are there.

Offscreen there is no tray, so Behind opens its window instead (its fallback)
and looks for a tray now and then: fair to neither app. Under Xvfb with
``trayer`` both apps dock as they would on a desktop. Falls back to offscreen,
and says so, where Xvfb or trayer is missing.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from bench import measure


@contextlib.contextmanager
def bench_env(platform: str) -> Iterator[tuple[dict[str, str], str]]:
    """Yield (environment, description) for 'xvfb' (with trayer) or 'offscreen'."""
    if platform == "xvfb" and shutil.which("Xvfb") and shutil.which("trayer"):
        from tests.e2e.xsession import XSession

        with XSession(tray=True) as session:
            yield dict(session.env), "Xvfb + trayer (icons dock in a real tray)"
        return
    if platform == "xvfb":
        print("Xvfb or trayer not found: measuring offscreen instead (no tray there).")
    yield measure.qt_env("offscreen"), "offscreen (no tray: Behind shows its window)"


def ensure_bytecode() -> None:
    """Compile Behind's modules, as pip and PyInstaller do for every real install.

    An editable install run with PYTHONDONTWRITEBYTECODE (set on some machines)
    would otherwise compile every module from source at each start, which is not
    what users pay.
    """
    import compileall

    import behind_desktop

    folder = Path(behind_desktop.__file__).parent
    compileall.compile_dir(str(folder), quiet=1)
