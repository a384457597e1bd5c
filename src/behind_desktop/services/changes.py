"""What a use case changed, and who asked: the one message from services to views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, Flag, auto

from behind_desktop.core.focus import FocusBlock, FocusState
from behind_desktop.core.layers import Item
from behind_desktop.core.wins import Win


class Topic(Flag):
    """The parts of Behind's data a change touched; views redraw what they show of it."""

    NONE = 0
    FOCUS = auto()  # the focus block
    CHECKLIST = auto()  # items, ticks, the rough-day switch
    WINS = auto()  # wins, and Layer 1 ticks (they count as wins)
    SETTINGS = auto()
    CHECKINS = auto()  # answers, and check-ins paused or resumed
    SELFCHECK = auto()  # the weekly self-check
    ALL = FOCUS | CHECKLIST | WINS | SETTINGS | CHECKINS | SELFCHECK


class Origin(Enum):
    """Who asked, when it was not a view (a view passes itself as the origin)."""

    APP = "app"  # the app itself: a wake-up, the clock
    REMOTE = "remote"  # behind-desktop run again, through the running app
    CLI = "cli"  # the command line, with no app running


@dataclass(frozen=True)
class Ended:
    """A block that just ended: its time ran out, or it was stopped early."""

    block: FocusBlock
    replaced: bool = False  # stopped because a new block takes its place

    @property
    def finished(self) -> bool:
        return self.block.state is FocusState.FINISHED


@dataclass(frozen=True)
class Changes:
    """One use case's effect: the topics it touched, who asked, and typed details."""

    topics: Topic
    origin: object = Origin.APP
    ended: Ended | None = None
    fresh: bool = False  # everything was deleted: views forget what they hold
    win: Win | None = None  # the win added, edited, deleted or restored
    item: Item | None = None  # the checklist item added, changed or ticked

    def __contains__(self, topic: Topic) -> bool:
        return bool(self.topics & topic)

    def by(self, origin: object) -> bool:
        """The change came from ``origin`` (a view can skip redrawing its own edit)."""
        return self.origin is origin


NOTHING = Changes(Topic.NONE)

Listener = Callable[[Changes], None]
