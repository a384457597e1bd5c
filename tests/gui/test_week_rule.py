"""One week rule: in a Sunday-first locale the command line and the Wins page show
the same week."""

from __future__ import annotations

import json
from datetime import date

import pytest

from behind_desktop import cli
from tests.support.gui import add_win_on, make_controller


@pytest.fixture
def sunday_first(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_TIME", "BEHIND_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def test_cli_and_wins_page_agree_in_a_sunday_first_locale(
    sunday_first, qtbot, store, clock, data_dir, capsys
) -> None:
    clock.set("2026-11-23 10:00")  # a Monday; in the US its week began on Sunday the 22nd
    add_win_on(store, clock, "2026-11-22", "11:00", "Sunday walk")
    add_win_on(store, clock, "2026-11-28", "11:00", "Saturday call")
    assert cli.main(["wins", "--format", "json", "--data-dir", str(data_dir)], clock=clock) == 0
    week = json.loads(capsys.readouterr().out)
    from behind_desktop.gui.pages.wins import WinsPage

    page = WinsPage(make_controller(store, clock))
    qtbot.addWidget(page)
    assert page.week == date(2026, 11, 22) == date.fromisoformat(week["start"])
    shown = [w.text for w in page.summary.all_wins()]
    listed = [w["text"] for d in week["days"] for w in d["wins"]]
    assert shown == listed == ["Sunday walk", "Saturday call"]
