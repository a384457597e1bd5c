"""The running app makes the day's backup on its wake-up, once a day, with no
timer of its own."""

from __future__ import annotations

from datetime import timedelta

from behind_desktop.store.backups import backups
from tests.support.gui import make_controller


def test_the_first_wake_up_of_a_day_makes_one_backup(qapp, store, clock, data_dir) -> None:
    controller = make_controller(store, clock)
    controller.wake()
    controller.stop_timers()
    assert len(backups(data_dir)) == 1
    clock.advance(hours=2)
    controller.wake()
    controller.stop_timers()
    assert len(backups(data_dir)) == 1
    clock.advance(days=1)
    controller.wake()
    controller.stop_timers()
    assert backups(data_dir)[0].day == clock.now().date()
    assert len(backups(data_dir)) == 2
    last = controller.services.data.last_backup()
    assert last is not None and last.date() == clock.now().date()
    assert clock.now().date() - timedelta(days=1) in [b.day for b in backups(data_dir)]
