"""Behind's use cases, once each, with no Qt: the windows, the tray and the command line
call these, and only these touch the store.

Open one ``Services`` per data folder and call its parts; nothing else touches the
store::

    from behind_desktop.services.app import Services
    s = Services(store, clock)            # or Services.open(folder, clock)
    s.listen(bridge.apply)                # the one listener (the GUI bridge); the CLI has none

Every mutating call takes ``origin`` (who asked: a view passes itself, otherwise an
``Origin``: APP, REMOTE, CLI) and returns a ``Changes`` (services.changes):
``topics`` (a ``Topic`` flag: FOCUS, CHECKLIST, WINS, SETTINGS, CHECKINS, SELFCHECK,
ALL), ``origin``, and typed details: ``ended`` (an ``Ended``: the block that just
finished or was stopped, ``replaced`` when a new one took its place), ``win``,
``item``, ``fresh`` (everything was deleted). The listener gets the same object, so a
view skips its own edit with ``changes.by(self)`` instead of a hand-kept flag.

- ``s.focus``: ``view()`` -> ``FocusView`` (block, remaining_s, progress,
  default_minutes, active/state/running/paused), ``block``, ``active``,
  ``start(minutes, step, replace, origin)``, ``pause``, ``resume``, ``toggle``,
  ``extend``, ``stop``, ``rename(step)``, ``settle``, ``status()`` (JSON-ready),
  ``keep_as_win(block, text)``. Refusals raise ``core.focus.FocusError``.
- ``s.checklist``: ``day(day=None)`` -> ``ChecklistDay`` (items, ticked, rough),
  ``items()``, ``item_by_key``, ``add(layer, title)``, ``rename(item, title)``,
  ``move(item, delta)``, ``put_away(item)``, ``restore(item)``,
  ``tick(item, ticked, day=None)``, ``set_rough_day(rough)``. Bad titles raise
  ``core.layers.ItemError``.
- ``s.wins``: THE week rule ``first_weekday()`` / ``week_start(day=None)`` (the
  setting, else the locale: ``core.weeks``), ``week(start)`` -> ``WeekSummary``,
  ``week_of_label("2026-W48" | None)``, ``all_weeks()``, ``between(first, last)``,
  ``add(text)``, ``edit(win_id, text)``, ``delete(win_id)`` (``changes.win`` is the
  deleted win, for undo), ``restore(win)``.
- ``s.checkins``: ``due()``, ``next_due_at()``, ``ask_now()``,
  ``answer(due, answer, snooze_min)``, ``paused_until()``, ``pause(hours | None)``,
  ``resume()``, ``histories()``, ``perspective_note(place)``; ``s.selfcheck``:
  ``this_week()``, ``current()``, ``due()``, ``save(signs)`` -> repeated two weeks.
- ``s.settings`` (``SettingsService``): ``current()``, ``validate(values)``,
  ``save(settings, origin)``, ``set_text(pairs, origin)``, ``show(fmt)``.
- ``s.data``: ``folder``, ``export()``, ``export_text(fmt, version)``,
  ``delete_all(origin)``.
- ``s.state`` (``AppState``, typed keys in ``StateKey``): ``welcomed()`` /
  ``mark_welcomed(now)``, ``autostart_remembered()`` / ``set_autostart_remembered``,
  ``main_geometry()`` -> ``Geometry | None`` / ``set_main_geometry``, check-in
  pause and since.
- Commands (services.commands): ``FocusStart(minutes, step)``, ``FocusPause``,
  ``FocusResume``, ``FocusStop``, ``FocusStatus``, ``CheckinNow``, ``Show(page)``,
  ``Quit``, ``DeleteAll``; ``s.run(command, origin, ui)`` -> ``Reply`` through the one
  table in services.dispatch (``ui`` shows pages and check-ins, and quits; the running
  app passes its bridge). ``ipc.protocol`` puts the same objects on the wire.

In the app, ``gui.shell.bridge.Bridge`` owns the wake-up timer and re-emits each
change set as Qt signals (``changed(Changes)``, ``focusView(FocusView)``, ``ended(Ended)``).

This package imports only core, store and platform, never PySide6; importing it
does not load the parts (``services.app`` does).
"""
