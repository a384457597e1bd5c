"""The services: change sets say what changed and who asked; one week rule; one
command table; delete-all leaves nothing behind in memory either."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from behind_desktop.core.focus import FocusState
from behind_desktop.core.layers import Layer
from behind_desktop.core.weeks import locale_first_weekday, territory
from behind_desktop.platform.locale import from_environment
from behind_desktop.services.app import Services
from behind_desktop.services.changes import Changes, Origin, Topic
from behind_desktop.services.commands import DeleteAll, FocusPause, FocusStart, FocusStatus, Show


@pytest.fixture
def services(store, clock) -> Services:
    return Services(store, clock, locale_name="C.UTF-8")


@pytest.fixture
def heard(services: Services) -> list[Changes]:
    got: list[Changes] = []
    services.listen(got.append)
    return got


# -- change sets -------------------------------------------------------------------------


def test_the_listener_hears_each_change_set_the_caller_gets(services, heard) -> None:
    view = object()
    changes = services.wins.add("called home", origin=view)
    assert heard == [changes]
    assert Topic.WINS in changes and Topic.CHECKLIST not in changes
    assert changes.by(view) and not changes.by(object())
    assert changes.win is not None and changes.win.text == "called home"


def test_a_layer_one_tick_counts_as_a_win_a_layer_three_tick_does_not(services, heard) -> None:
    basics = next(i for i in services.checklist.items() if i.layer is Layer.BASICS)
    extras = services.checklist.add(Layer.EXTRAS, "gym").item
    assert extras is not None
    assert services.checklist.tick(basics, True).topics == Topic.CHECKLIST | Topic.WINS
    assert services.checklist.tick(extras, True).topics == Topic.CHECKLIST
    day = services.checklist.day()
    assert {basics.id, extras.id} <= day.ticked


def test_a_block_that_ends_is_in_the_change_set(services, heard, clock) -> None:
    services.focus.start(minutes=5, step="email")
    clock.advance(minutes=6)
    settled = services.focus.settle()
    assert settled.ended is not None and settled.ended.finished
    assert services.focus.start(minutes=5).ended is None
    replaced = services.focus.start(step="other", replace=True)
    assert replaced.ended is not None and replaced.ended.replaced
    assert replaced.ended.block.state is FocusState.STOPPED
    assert services.focus.view().running and services.focus.view().block.step == "other"


def test_a_second_start_while_one_runs_changes_nothing(services, heard) -> None:
    services.focus.start(step="one")
    assert services.focus.start(step="two").topics == Topic.NONE
    assert services.focus.block.step == "one"


def test_delete_all_forgets_what_services_hold_too(services, heard, store) -> None:
    services.focus.start(step="audit")
    services.settings.save(replace(services.settings.current(), focus_minutes=30))
    changes = services.data.delete_all(origin=Origin.REMOTE)
    assert changes.topics == Topic.ALL and changes.fresh and changes.by(Origin.REMOTE)
    assert services.focus.block is None and store.latest_block() is None
    assert services.settings.current().focus_minutes == 15
    reply = services.run(FocusPause())
    assert reply.to_wire() == {"ok": False, "error": "No focus block is running."}


def test_app_state_is_typed(services, clock) -> None:
    from behind_desktop.services.state import Geometry

    state = services.state
    assert not state.welcomed() and state.main_geometry() is None
    state.mark_welcomed(clock.now())
    state.set_main_geometry(Geometry(10, 20, 500, 400))
    state.set_autostart_remembered(True)
    assert state.welcomed() and state.autostart_remembered()
    assert state.main_geometry() == Geometry(10, 20, 500, 400)


# -- the one week rule ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "region", "first"),
    [
        ("en_US.UTF-8", "US", 6),
        ("de_DE.UTF-8", "DE", 0),
        ("en_GB", "GB", 0),
        ("pt-BR", "BR", 6),
        ("ar_EG.UTF-8@latin", "EG", 5),
        ("dv_MV", "MV", 4),
        ("C.UTF-8", None, 0),
        ("POSIX", None, 0),
        ("", None, 0),
        (None, None, 0),
        ("es_419", None, 0),
    ],
)
def test_the_locale_territory_decides_the_first_weekday(name, region, first) -> None:
    assert territory(name) == region
    assert locale_first_weekday(name) == first


def test_the_environment_is_read_as_the_c_library_reads_it() -> None:
    assert from_environment({"LANG": "en_US.UTF-8"}) == "en_US.UTF-8"
    assert from_environment({"LANG": "en_US.UTF-8", "LC_TIME": "de_DE"}) == "de_DE"
    assert from_environment({"LC_ALL": "fr_FR", "LC_TIME": "en_US", "LANG": "en_US"}) == "fr_FR"
    assert from_environment({"LC_ALL": "", "LANG": ""}) is None


def test_weeks_start_by_the_setting_else_by_the_locale(store, clock) -> None:
    monday = date(2026, 11, 23)
    us = Services(store, clock, locale_name="en_US.UTF-8")
    assert us.wins.week_start(monday) == date(2026, 11, 22)
    assert Services(store, clock, locale_name="de_DE").wins.week_start(monday) == monday
    us.settings.save(replace(us.settings.current(), first_weekday=0))
    assert us.wins.week_start(monday) == monday


# -- the command table ------------------------------------------------------------------------


def test_commands_run_through_the_one_table(services, heard) -> None:
    started = services.run(FocusStart(minutes=20, step="read"), Origin.CLI)
    assert started.ok and started.status["remaining_s"] == 20 * 60
    again = services.run(FocusStart())
    assert again.note and "already running" in again.note
    assert services.run(FocusStatus()).status["step"] == "read"
    assert services.run(Show()).to_wire() == {"ok": False, "error": "that needs Behind running"}
    assert services.run(DeleteAll()).ok and services.focus.block is None
    assert heard[0].by(Origin.CLI)


def test_no_block_reads_the_same_from_the_app_and_from_the_command_line(services) -> None:
    """The running app words the refusal with its translator, the command line with its
    catalog: both take the one meaning the core declares, so the words match."""
    from behind_desktop.services.dispatch import run

    class App:
        def say(self, phrase):  # the app's translator, in English here
            return phrase.english()

    online = run(services, FocusPause(), Origin.REMOTE, ui=App())
    offline = run(services, FocusPause(), Origin.CLI, say=lambda p: p.english())
    assert (
        online.to_wire()
        == offline.to_wire()
        == {
            "ok": False,
            "error": "No focus block is running.",
        }
    )
