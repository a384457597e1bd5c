"""Today at a glance: one calm line at the top of the main window, the first line of
the tray menu and the last of its tooltip, following ticks, wins and the block."""

from __future__ import annotations

import pytest

from behind_desktop.core.layers import Layer
from tests.gui.test_tray import make_parts, menu_action

SHAMING = ("score", "streak", "%", "missed", "failed", "only")


@pytest.fixture
def parts(qtbot, store, clock, monkeypatch):
    from behind_desktop.gui.pages.settings import computer as settings_page
    from tests.support.gui import FakeAutostart

    monkeypatch.setattr(settings_page, "autostart_backend", lambda: FakeAutostart())
    clock.set("2026-11-26 08:09")
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    main = windows.main
    qtbot.addWidget(main)
    yield controller, main, tray
    controller.stop_timers()
    tray.hide()
    for w in (windows._timer, windows.popup, *windows.prompts):
        if w is not None:
            w.close()


def lines(main, tray) -> tuple[str, str, str]:
    """The line as each of the three places shows it now."""
    first = menu_action(tray, "glance")
    assert not first.isEnabled() and tray.menu.actions()[0] is first
    return main.glance.text(), first.text(), tray.icon.toolTip().splitlines()[-1]


def basics(controller):
    return [i for i in controller.services.checklist.items() if i.layer is Layer.BASICS]


def test_the_line_follows_a_tick_a_win_and_a_block_everywhere(parts, clock):
    controller, main, tray = parts
    total = len(basics(controller))
    before = lines(main, tray)
    assert before == (f"Basics 0 of {total}",) * 3

    controller.services.checklist.tick(basics(controller)[0], True)
    ticked = lines(main, tray)
    assert ticked == (f"Basics 1 of {total}",) * 3

    controller.add_win("Sent the email")
    won = lines(main, tray)
    assert won == (f"Basics 1 of {total} · 1 small win today",) * 3

    tooltip_before = tray.icon.toolTip()
    controller.start_focus(step="read 3 pages")
    assert tray.icon.toolTip() != tooltip_before
    window, menu, tip = lines(main, tray)
    assert window == menu == f"Basics 1 of {total} · 1 small win today · 15 min left in the block"
    # The tooltip says the minutes left on its first line already; its last line is the rest.
    assert tip == f"Basics 1 of {total} · 1 small win today"
    assert tray.icon.toolTip().startswith("Behind · 15 min left")

    clock.advance(minutes=4)
    controller.wake()  # the block's snapshot steps: the line steps with it, no timer of its own
    assert main.glance.text().endswith("11 min left in the block")
    assert menu_action(tray, "glance").text().endswith("11 min left in the block")

    controller.pause_focus()
    assert main.glance.text().endswith("block paused, 11 min left")
    controller.stop_focus()
    assert lines(main, tray) == (f"Basics 1 of {total} · 1 small win today",) * 3


def test_the_line_never_judges(parts):
    controller, main, tray = parts
    for item in basics(controller):
        controller.services.checklist.tick(item, True)
    controller.add_win("a")
    controller.add_win("b")
    controller.start_focus()
    for text in lines(main, tray):
        assert not any(word in text.lower() for word in SHAMING), text
    assert "2 small wins today" in main.glance.text()
    assert main.glance.accessibleName() == main.glance.text()


def test_a_new_day_starts_a_new_line_when_the_window_or_menu_opens(parts, clock):
    controller, main, tray = parts
    controller.services.checklist.tick(basics(controller)[0], True)
    controller.add_win("Sent the email")
    main.show()
    assert "1 small win today" in main.glance.text()
    main.hide()
    clock.advance(hours=20)  # past midnight, nothing changed meanwhile
    main.show()
    assert main.glance.text() == f"Basics 0 of {len(basics(controller))}"
    assert menu_action(tray, "glance").text() == main.glance.text()
    main.hide()
