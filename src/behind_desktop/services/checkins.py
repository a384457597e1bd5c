"""Check-ins: what is due, asking now, answers, pausing; the weekly self-check and
the perspective notes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from behind_desktop.core import checkins, moment
from behind_desktop.core.checkins import Answer, Due, History
from behind_desktop.core.moment import Hold, Probe, Probes
from behind_desktop.services.base import Context, Service
from behind_desktop.services.changes import Changes, Origin, Topic

if TYPE_CHECKING:
    from behind_desktop.core import perspective
    from behind_desktop.core.redflags import WeekCheck

# The weekly self-check and the perspective notes load when first asked for.

MAX_PAUSE_H = 24 * 7  # the longest pause the tray offers is far shorter


class CheckinService(Service):
    def __init__(self, ctx: Context, moment_probe: Probe | None = None) -> None:
        super().__init__(ctx)
        # What the desktop says about the moment; the notification code adds its
        # do-not-disturb reader with ``checkins.moment.add(...)``.
        if isinstance(moment_probe, Probes):
            self.moment = moment_probe
        else:
            self.moment = Probes([] if moment_probe is None else [moment_probe])
        self.held: Hold | None = None  # why a due check-in is waiting, while it is
        self._unseen_at: float | None = None  # elapsed time a check-in went unseen
        self._told = False  # a probe will say when the hold may be over

    def begin(self) -> None:
        """The app starts asking: nothing from before its first start is asked about."""
        if self._ctx.state.checkins_since() is None:
            self._ctx.state.set_checkins_since(self._clock.now())

    # -- the schedule ---------------------------------------------------------------------

    def _schedule(self) -> checkins.Schedule:
        state = self._ctx.state
        return self._ctx.settings.schedule(
            self._clock.tz,
            paused_until=state.checkins_paused_until(),
            since=state.checkins_since(),
        )

    def histories(self) -> dict[str, History]:
        return self._store.histories(q.key for q in self._ctx.settings.questions)

    def due(self) -> list[Due]:
        """The check-ins due now by the schedule (shown together as one)."""
        return checkins.due_now(
            self._ctx.settings.questions, self.histories(), self._schedule(), self._clock.now()
        )

    def offer(self) -> list[Due]:
        """What to show now: the due check-ins, unless now is not a good moment (away,
        locked, full screen, a call, do-not-disturb). Then nothing is shown and nothing
        is recorded, so a held check-in never counts as ignored; ``held`` says why, and
        the app looks again when a probe says the moment may be over, or every
        ``moment.RECHECK``, until it comes back as one."""
        was_held, self.held = self.held, None
        due = self.due()
        if due:
            now = self._clock.elapsed()
            unseen = None if self._unseen_at is None else now - self._unseen_at
            away = self._ctx.settings.away_minutes
            self.held = moment.hold_reason(self.moment.read(), away, unseen)
        if self.held is not None or was_held is not None:
            self._told = self.moment.listen(self.held)
        if not due or self.held is not None:
            return []
        self._unseen_at = None
        return due

    def recheck_s(self) -> float | None:
        """Seconds until a held check-in looks again (None when none is held)."""
        return None if self.held is None else moment.recheck_s(self._told)

    def unseen(self, shown_s: float) -> bool:
        """A check-in is closing itself after ``shown_s`` seconds: True when nobody was
        there to see it; then its rows record nothing and it waits for them to be back."""
        if not moment.went_unseen(self.moment.read(), shown_s):
            return False
        self._unseen_at = self._clock.elapsed()
        self.held = Hold.AWAY
        self._told = self.moment.listen(self.held)
        return True

    def next_due_at(self) -> datetime | None:
        """When the next check-in falls due, if one does."""
        return checkins.next_wakeup(
            self._ctx.settings.questions, self.histories(), self._schedule(), self._clock.now()
        )

    def ask_now(self) -> list[Due]:
        """``checkin now``: whatever is still open today, whatever the schedule says."""
        today = self._ctx.today()
        ticked = self._store.ticked(today)
        questions = self._ctx.settings.questions
        done = checkins.settled(
            questions,
            yes_today=self._store.answered_yes(today),
            yes_this_week=self._store.answered_yes(today, since=today - timedelta(days=6)),
            ticked_items={i.key for i in self._store.items() if i.id in ticked and i.key},
        )
        return checkins.ask_now(questions, done, self._clock.now())

    def answer(
        self, due: Due, answer: Answer, snooze_min: int = 0, origin: object = Origin.APP
    ) -> Changes:
        """Store an answer; a "yes" ticks its Layer 1 item in the same transaction."""
        response = checkins.respond(due, answer, self._clock.now(), snooze_min)
        self._store.record_response(response, self._ctx.today())
        topics = Topic.CHECKINS
        if response.tick_item:
            topics |= Topic.CHECKLIST | Topic.WINS
        return self._ctx.emit(topics, origin)

    # -- pausing -------------------------------------------------------------------------

    def paused_until(self) -> datetime | None:
        until = self._ctx.state.checkins_paused_until()
        if until is None or until.timestamp() <= self._clock.now().timestamp():
            return None  # compared as real moments, not wall times (a DST change)
        return until

    def pause(self, hours: float | None, origin: object = Origin.APP) -> Changes:
        """Pause check-ins for some hours (an exam, clinic); None resumes them.

        The hours are real ones: the sum is made on timestamps, so a pause across a
        daylight-saving change lasts exactly as long (aware local datetimes would add
        on the wall clock, an hour off)."""
        until = None
        if hours is not None:
            if not 0 < hours <= MAX_PAUSE_H:  # also refuses nan
                raise ValueError(f"a pause of {hours} hours")
            now = self._clock.now()
            until = datetime.fromtimestamp(now.timestamp() + hours * 3600, self._clock.tz)
        self._ctx.state.set_checkins_paused_until(until)
        return self._ctx.emit(Topic.CHECKINS, origin)

    def resume(self, origin: object = Origin.APP) -> Changes:
        return self.pause(None, origin)

    # -- perspective notes ------------------------------------------------------------------

    def perspective_note(self, place: perspective.Place) -> str | None:
        """Today's note for ``place``; at most one note a day, wherever it appears."""
        today = self._ctx.today()
        from behind_desktop.core import perspective

        note = perspective.note_for(place, today, self._ctx.state.perspective_shown())
        if note is not None:
            self._ctx.state.set_perspective_shown(today)
        return note


class SelfCheckService(Service):
    """The weekly red-flag self-check."""

    def this_week(self) -> str:
        from behind_desktop.core import redflags

        return redflags.week_label(self._ctx.today())

    def current(self) -> WeekCheck | None:
        week = self.this_week()
        return self._store.week_checks([week]).get(week)

    def due(self) -> bool:
        """Not answered yet this week."""
        from behind_desktop.core import redflags

        week = self.this_week()
        return redflags.check_due(self._store.week_checks([week]), week)

    def save(self, signs: frozenset[str], origin: object = Origin.APP) -> bool:
        """Save this week's answer; True when signs repeat two weeks running (then the
        flow points to support)."""
        from behind_desktop.core import redflags

        week = self.this_week()
        self._store.save_week_check(redflags.WeekCheck(week, signs), self._clock.now())
        self._ctx.emit(Topic.SELFCHECK, origin)
        checks = self._store.week_checks([week, redflags.previous_week(week)])
        return redflags.should_show_support(checks, week)
