"""Guards against a Qt binding that would crash the app after hours of use.

PySide6 6.12.0 drops one reference to ``True`` on every ``Signal.emit()`` from
Python. The app emits on every wake-up of a running block, so after a few
hundred emits the interpreter aborts. The pinned version must not do that.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_keeps_reference_counts_intact(qapp):
    emitter = _Emitter()
    seen: list[str] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit("tick")
    assert len(seen) == 200
    assert sys.getrefcount(True) >= before - 5
