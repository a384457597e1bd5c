"""One end-of-block question at a time: a newer block's question replaces the
older one, so unanswered prompts never pile up."""

from __future__ import annotations

from tests.gui.test_tray import app_parts, menu_action  # noqa: F401  (the fixture)


def test_ended_blocks_leave_one_prompt_not_a_pile(app_parts, clock, qtbot) -> None:  # noqa: F811
    controller, windows, tray = app_parts
    for n in range(5):
        controller.start_focus(step=f"step {n}")
        clock.advance(minutes=3)
        menu_action(tray, "stop").trigger()
    qtbot.wait(10)
    visible = [p for p in windows.prompts if p.isVisible()]
    assert len(windows.prompts) == 1 and len(visible) == 1
    assert windows.prompts[0].field.text() == "step 4"  # the newest one
