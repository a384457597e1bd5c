"""One field bound to one setting: load it, read it back, say whether it changed, reset it.

A ``Binding`` knows its setting's definition (``core.settings``) and how to put a
value into its widget and take it out; ``Bindings`` holds a page's worth of them
and does the chores once for all: loading without firing "changed", collecting
the values to validate, comparing with what was saved, and putting defaults back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QTime, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QTimeEdit, QWidget

from behind_desktop.core.settings import CONTEXT, Definition, Note, Problem, Settings, fill

T = TypeVar("T")


def worded(problem: Problem) -> str:
    """A settings problem in the user's language (its kind is the marked English text)."""
    return fill(QCoreApplication.translate(CONTEXT, problem.kind.value), problem.values)


def worded_note(note: Note) -> str:
    return QCoreApplication.translate(CONTEXT, note.value)


class Binding(Generic[T]):
    def __init__(
        self,
        definition: Definition[T],
        widget: QWidget,
        read: Callable[[], T],
        write: Callable[[T], None],
        changed: SignalInstance,
    ) -> None:
        self.definition = definition
        self.key = definition.key
        self.widget = widget
        self.read = read
        self._write = write
        self.changed = changed

    def load(self, settings: Settings) -> None:
        """Show the saved value, without it counting as an edit."""
        blocked = self.widget.blockSignals(True)
        try:
            self._write(getattr(settings, self.key))
        finally:
            self.widget.blockSignals(blocked)

    def put(self, value: T) -> None:
        """Show a value as if the user chose it (it counts as an edit)."""
        self._write(value)

    def reset(self) -> None:
        self.put(self.definition.default)

    def differs(self, settings: Settings) -> bool:
        return bool(self.read() != getattr(settings, self.key))


def spin(definition: Definition[int], box: QSpinBox) -> Binding[int]:
    if definition.bounds is not None:
        box.setRange(*definition.bounds)
    return Binding(definition, box, box.value, box.setValue, box.valueChanged)


def check(definition: Definition[bool], box: QCheckBox) -> Binding[bool]:
    return Binding(definition, box, box.isChecked, box.setChecked, box.toggled)


def clock(definition: Definition[time], edit: QTimeEdit) -> Binding[time]:
    def read() -> time:
        t = edit.time()
        return time(t.hour(), t.minute())

    def write(value: time) -> None:
        edit.setTime(QTime(value.hour, value.minute))

    return Binding(definition, edit, read, write, edit.timeChanged)


def choice(definition: Definition[Any], combo: QComboBox) -> Binding[Any]:
    """A picker whose items carry the setting's values as their data."""

    def write(value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    return Binding(definition, combo, combo.currentData, write, combo.currentIndexChanged)


class Bindings:
    """A page's bound fields (Sane Break's PrefController, in small)."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self._all: dict[str, Binding[Any]] = {}
        self._on_change = on_change

    def add(self, binding: Binding[T]) -> Binding[T]:
        if binding.key in self._all:
            raise ValueError(f"{binding.key} is bound twice")
        self._all[binding.key] = binding
        binding.changed.connect(lambda *_: self._on_change())
        return binding

    def __iter__(self) -> Iterator[Binding[Any]]:
        return iter(self._all.values())

    def __getitem__(self, key: str) -> Binding[Any]:
        return self._all[key]

    def load(self, settings: Settings) -> None:
        for b in self:
            b.load(settings)

    def values(self) -> dict[str, Any]:
        return {b.key: b.read() for b in self}

    def differ(self, settings: Settings) -> bool:
        return any(b.differs(settings) for b in self)

    def reset(self) -> None:
        for b in self:
            b.reset()
