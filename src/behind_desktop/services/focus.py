"""The focus block: start, pause, resume, extend, stop, rename, settle, keep as a win."""

from __future__ import annotations

from dataclasses import dataclass

from behind_desktop.core import focus as rules
from behind_desktop.core.focus import FocusBlock, FocusError, FocusProblem, FocusState
from behind_desktop.core.wins import WinSource
from behind_desktop.services.base import Service
from behind_desktop.services.changes import NOTHING, Changes, Ended, Origin, Topic


class NoBlockError(FocusError):
    def __init__(self) -> None:
        super().__init__(FocusProblem.NOT_RUNNING)


@dataclass(frozen=True)
class FocusView:
    """The block as every view draws it (tray, focus strip, timer), at one moment."""

    block: FocusBlock | None  # the latest block, settled; None before the first
    remaining_s: float
    progress: float
    default_minutes: int  # what a new block lasts

    @property
    def active(self) -> FocusBlock | None:
        b = self.block
        return b if b is not None and b.active else None

    @property
    def state(self) -> FocusState | None:
        """RUNNING or PAUSED while a block is on; None when idle."""
        a = self.active
        return None if a is None else a.state

    @property
    def running(self) -> bool:
        return self.state is FocusState.RUNNING

    @property
    def paused(self) -> bool:
        return self.state is FocusState.PAUSED


class FocusService(Service):
    @property
    def _block(self) -> FocusBlock | None:
        return self._ctx.block

    @property
    def block(self) -> FocusBlock | None:
        """The latest block as last saved (``settle`` turns a block whose time is up
        into a finished one)."""
        return self._ctx.block

    @property
    def active(self) -> FocusBlock | None:
        b = self._block
        return b if b is not None and b.active else None

    def remaining_s(self) -> float:
        return rules.remaining_s(self._block, self._clock) if self._block else 0.0

    def progress(self) -> float:
        return rules.progress(self._block, self._clock) if self._block else 0.0

    def view(self) -> FocusView:
        return FocusView(
            self._block, self.remaining_s(), self.progress(), self._ctx.settings.focus_minutes
        )

    def _save(self, block: FocusBlock) -> FocusBlock:
        saved = self._store.save_block(block)
        self._ctx.block = saved
        return saved

    def settle(self, origin: object = Origin.APP) -> Changes:
        """A running block whose time is up becomes finished (and is saved so)."""
        block = self._block
        if block is None or block.state is not FocusState.RUNNING:
            return NOTHING
        settled = rules.settle(block, self._clock)
        if settled is block:
            return NOTHING
        return self._ctx.emit(Topic.FOCUS, origin, Ended(self._save(settled)))

    def status(self, origin: object = Origin.APP) -> dict[str, object]:
        """``focus status``: the block's state, as JSON-ready values."""
        self.settle(origin)
        return rules.status(self._block, self._clock)

    def start(
        self,
        minutes: int | None = None,
        step: str | None = None,
        replace: bool = False,
        origin: object = Origin.APP,
    ) -> Changes:
        """Start a block. While one runs it stays as it is (a double click, a second
        ``focus start``): NOTHING changes, unless ``replace``: then it is stopped
        first (``ended.replaced``), so its keep-it question can say why."""
        self.settle(origin)
        ended = None
        running = self.active
        if running is not None:
            if not replace:
                return NOTHING
            ended = Ended(self._save(rules.stop(running, self._clock)), replaced=True)
        self._save(rules.start(self._clock, minutes or self._ctx.settings.focus_minutes, step))
        return self._ctx.emit(Topic.FOCUS, origin, ended)

    def _running(self, origin: object) -> FocusBlock:
        self.settle(origin)
        block = self.active
        if block is None:
            raise NoBlockError
        return block

    def pause(self, origin: object = Origin.APP) -> Changes:
        self._save(rules.pause(self._running(origin), self._clock))
        return self._ctx.emit(Topic.FOCUS, origin)

    def resume(self, origin: object = Origin.APP) -> Changes:
        self._save(rules.resume(self._running(origin), self._clock))
        return self._ctx.emit(Topic.FOCUS, origin)

    def toggle(self, origin: object = Origin.APP) -> Changes:
        """Pause a running block, resume a paused one."""
        if self._running(origin).state is FocusState.PAUSED:
            return self.resume(origin)
        return self.pause(origin)

    def extend(self, origin: object = Origin.APP) -> Changes:
        self._save(rules.extend(self._running(origin), self._clock))
        return self._ctx.emit(Topic.FOCUS, origin)

    def stop(self, origin: object = Origin.APP) -> Changes:
        """Stop early (a block already at its end counts as finished)."""
        stopped = self._save(rules.stop(self._running(origin), self._clock))
        return self._ctx.emit(Topic.FOCUS, origin, Ended(stopped))

    def rename(self, step: str, origin: object = Origin.APP) -> Changes:
        block = self.active
        if block is None:
            return NOTHING
        self._save(rules.rename(block, step))
        return self._ctx.emit(Topic.FOCUS, origin)

    def keep_as_win(self, block: FocusBlock, text: str, origin: object = Origin.APP) -> Changes:
        """The "what did you do?" answer becomes a small win on the block's day."""
        when = block.ended_at or self._clock.now()
        win = self._store.add_win(text, WinSource.FOCUS, when, self._ctx.day_of(when), block.id)
        return self._ctx.emit(Topic.WINS, origin, win=win)
