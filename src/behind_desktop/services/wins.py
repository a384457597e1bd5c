"""Small wins: add, edit, delete, restore; THE week rule; weeks for the page and exports."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from behind_desktop.core.timeutil import parse_iso_week, week_start
from behind_desktop.core.weeks import first_weekday
from behind_desktop.core.wins import WeekSummary, Win, WinSource, summarise_week
from behind_desktop.platform.locale import system_locale_name
from behind_desktop.services.base import Context, Service
from behind_desktop.services.changes import Changes, Origin, Topic

EVERYTHING = (date(1970, 1, 1), date(9999, 12, 31))


class WinsService(Service):
    def __init__(self, ctx: Context, locale_name: str | None = None) -> None:
        super().__init__(ctx)
        self._locale = locale_name if locale_name is not None else system_locale_name()

    # -- weeks: one rule ------------------------------------------------------------------

    def first_weekday(self) -> int:
        """0 Monday … 6 Sunday: the "weeks start on" setting, else the locale's."""
        return first_weekday(self._ctx.settings.first_weekday, self._locale)

    def week_start(self, day: date | None = None) -> date:
        """The first day of the week holding ``day`` (today by default)."""
        return week_start(day or self._ctx.today(), self.first_weekday())

    def week(self, start: date) -> WeekSummary:
        """The seven days from ``start``: stored wins plus Layer 1 ticks."""
        return summarise_week(start, self.between(start, start + timedelta(days=6)))

    def week_of_label(self, label: str | None) -> WeekSummary:
        """``wins --week``: an ISO week (from its Monday), or this week by the rule."""
        return self.week(parse_iso_week(label) if label else self.week_start())

    def all_weeks(self) -> list[WeekSummary]:
        """Every week that has a win, oldest first (for "export all")."""
        fw = self.first_weekday()
        by_week: defaultdict[date, list[Win]] = defaultdict(list)
        for w in self.between(*EVERYTHING):
            by_week[week_start(w.day, fw)].append(w)
        return [summarise_week(s, by_week[s]) for s in sorted(by_week)]

    def between(self, first: date, last: date) -> list[Win]:
        return self._store.wins_between(first, last)

    # -- edits ----------------------------------------------------------------------------

    def add(self, text: str, origin: object = Origin.APP) -> Changes:
        now = self._clock.now()
        win = self._store.add_win(text, WinSource.TYPED, now, self._ctx.today())
        return self._ctx.emit(Topic.WINS, origin, win=win)

    def edit(self, win_id: int, text: str, origin: object = Origin.APP) -> Changes:
        """New words for a win (raises ItemError for empty or too long text)."""
        self._store.edit_win(win_id, text)
        return self._ctx.emit(Topic.WINS, origin)

    def delete(self, win_id: int, origin: object = Origin.APP) -> Changes:
        """Delete a win; the change set holds it (``win``), for an undo (``restore``)."""
        deleted = self._store.delete_win(win_id)
        return self._ctx.emit(Topic.WINS, origin, win=deleted)

    def restore(self, win: Win, origin: object = Origin.APP) -> Changes:
        self._store.restore_win(win)
        return self._ctx.emit(Topic.WINS, origin, win=win)
