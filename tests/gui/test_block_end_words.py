"""The end of a block asks one question, once, and "Not now" keeps what was typed."""

from __future__ import annotations

import pytest

from behind_desktop.gui.shell.tray import Tray
from tests.gui.test_tray import make_parts


@pytest.fixture
def parts(qtbot, store, clock, monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Tray, "notify", lambda self, title, text: said.append((title, text)) or True
    )
    monkeypatch.setattr(Tray, "available", lambda self: True)
    controller, windows, tray = make_parts(store, clock, monkeypatch, True)
    monkeypatch.setattr(windows, "tray_shown", lambda: True)
    yield controller, windows, tray, said
    controller.stop_timers()
    tray.hide()
    for w in (windows.main_if_open(), windows._timer, windows.popup, *windows.prompts):
        if w is not None:
            w.close()


def finish_block(controller, clock, step="read 3 pages"):
    controller.start_focus(step=step)
    clock.advance(minutes=16)
    controller.wake()


def test_the_bubble_and_the_prompt_ask_one_question_between_them(parts, clock):
    controller, windows, _, said = parts
    finish_block(controller, clock)
    prompt = windows.prompts[-1]
    assert prompt.isVisible()
    question = prompt.question.text()
    assert question.count("?") == 1
    ((title, bubble),) = said
    assert "?" not in bubble and "?" not in title  # the prompt asks; the bubble doesn't
    assert bubble not in question and title not in question


def test_not_now_keeps_the_words_for_later_and_the_tray_brings_them_back(parts, clock):
    controller, windows, tray, _ = parts
    finish_block(controller, clock)
    prompt = windows.prompts[-1]
    assert prompt.skip_btn.text() == "Not now"
    prompt.field.setText("read 3 pages and made flashcards")
    prompt.skip_btn.click()
    assert not prompt.isVisible()
    assert controller.store.wins_between(controller.today(), controller.today()) == []
    assert "small win is waiting" in tray.icon.toolTip()

    tray.icon.activated.emit(tray.icon.ActivationReason.Trigger)  # the click it waits for
    again = windows.prompts[-1]
    assert again is not prompt and again.isVisible()
    assert again.field.text() == "read 3 pages and made flashcards"
    assert "waiting" not in tray.icon.toolTip()
    assert controller.active_block is None  # the click opened the words, not a new block
    again.save_btn.click()
    wins = controller.store.wins_between(controller.today(), controller.today())
    assert [w.text for w in wins] == ["read 3 pages and made flashcards"]


def test_a_newer_block_s_question_replaces_the_words_put_off(parts, clock):
    controller, windows, tray, _ = parts
    finish_block(controller, clock, "first")
    windows.prompts[-1].field.setText("first, done")
    windows.prompts[-1].skip_btn.click()
    finish_block(controller, clock, "second")
    newest = windows.prompts[-1]
    assert newest.field.text() == "second"
    assert "waiting" not in tray.icon.toolTip()


def test_without_a_tray_to_click_the_button_says_it_does_not_keep(parts, clock, monkeypatch):
    controller, windows, _, _ = parts
    monkeypatch.setattr(windows, "tray_shown", lambda: False)
    finish_block(controller, clock)
    assert windows.prompts[-1].skip_btn.text() == "Don't keep"


def test_words_put_off_wait_behind_a_check_in_already_waiting_never_in_its_place(parts, clock):
    controller, windows, tray, _ = parts
    opened: list[str] = []
    finish_block(controller, clock)
    windows.wait_for_click(lambda: opened.append("check-in"), "Behind · a check-in is waiting")
    prompt = windows.prompts[-1]
    prompt.field.setText("read 3 pages, slowly")
    prompt.skip_btn.click()
    assert "check-in is waiting" in tray.icon.toolTip()  # still the first to get a click
    click = tray.icon.ActivationReason.Trigger
    tray.icon.activated.emit(click)
    assert opened == ["check-in"]
    assert "small win is waiting" in tray.icon.toolTip()  # and the words are next
    tray.icon.activated.emit(click)
    assert windows.prompts[-1].field.text() == "read 3 pages, slowly"
    assert "waiting" not in tray.icon.toolTip()
