"""Today at a glance: one calm line of what is true right now.

"Basics 3 of 4 · 2 small wins today · 12 min left in a block". It states facts
and never judges them: no score, no streak, no percentage, nothing about what is
missing. A part with nothing kind to say (no wins yet, no block) is left out
rather than shown as a zero. The windows word the parts (so they can be
translated); this module decides which parts there are, in which order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from behind_desktop.core.focus import minutes_left as minutes_left  # the tray's rule, once


class Part(Enum):
    BASICS = "basics"  # count of total Layer 1 items ticked today
    WINS = "wins"  # count small wins today
    BLOCK_LEFT = "block_left"  # count minutes left in the running block
    BLOCK_PAUSED = "block_paused"  # count minutes left in the paused block
    CHECKINS_PAUSED = "checkins_paused"  # until: check-ins are paused until then


@dataclass(frozen=True)
class Piece:
    part: Part
    count: int = 0
    total: int = 0
    until: datetime | None = None


@dataclass(frozen=True)
class Facts:
    """What the line is made of, gathered by the app from the store and the clock."""

    basics_done: int
    basics_total: int
    wins_today: int
    block_left_s: float | None = None  # None: no block running or paused
    block_paused: bool = False
    checkins_paused_until: datetime | None = None


def glance(facts: Facts) -> tuple[Piece, ...]:
    """The pieces of today's line, in reading order."""
    pieces: list[Piece] = []
    if facts.basics_total > 0:
        done = max(0, min(facts.basics_done, facts.basics_total))
        pieces.append(Piece(Part.BASICS, done, facts.basics_total))
    if facts.wins_today > 0:
        pieces.append(Piece(Part.WINS, facts.wins_today))
    if facts.block_left_s is not None and facts.block_left_s > 0:
        part = Part.BLOCK_PAUSED if facts.block_paused else Part.BLOCK_LEFT
        pieces.append(Piece(part, minutes_left(facts.block_left_s)))
    if facts.checkins_paused_until is not None:
        pieces.append(Piece(Part.CHECKINS_PAUSED, until=facts.checkins_paused_until))
    return tuple(pieces)
