"""The ``behind-desktop`` command: data commands, errors as one line, and focus
commands answered from the store when no app is running."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
import sys
import types
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from behind_desktop import __version__, cli
from behind_desktop.core import focus
from behind_desktop.core.checkins import DEFAULT_QUESTIONS, Answer, Due, respond
from behind_desktop.core.redflags import WeekCheck
from behind_desktop.core.settings import build
from behind_desktop.core.wins import WinSource
from behind_desktop.services.commands import CheckinNow, FocusStart, FocusStatus, SettingsSet
from behind_desktop.store import DB_NAME, Store
from tests.support.clock import FakeClock

WEDNESDAY = "2026-11-25 15:00"
MONDAY = date(2026, 11, 23)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(WEDNESDAY)


@pytest.fixture(autouse=True)
def _no_env_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BEHIND_DATA_DIR", raising=False)


def local(clock: FakeClock, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=clock.tz)


def run(clock: FakeClock, capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("behind-desktop: ")
    return lines[0]


def seed_week(data_dir: Path, clock: FakeClock, extra: tuple[str, ...] = ()) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        block = s.save_block(focus.start(clock, step="Read 3 pages"))
        s.add_win(
            "Read 3 pages", WinSource.FOCUS, local(clock, "2026-11-23 10:15"), MONDAY, block.id
        )
        s.add_win(
            "Called home", WinSource.TYPED, local(clock, "2026-11-25 08:30"), MONDAY + timedelta(2)
        )
        sleep = s.item_by_key("sleep")
        assert sleep is not None
        s.set_tick(sleep.id, MONDAY + timedelta(1), True, local(clock, "2026-11-24 09:31"))
        s.add_win(
            "Last week's win", WinSource.TYPED, local(clock, "2026-11-20 12:00"), date(2026, 11, 20)
        )
        for text in extra:
            s.add_win(
                text, WinSource.TYPED, local(clock, "2026-11-25 09:00"), MONDAY + timedelta(2)
            )
    finally:
        s.close()


# -- version, usage errors -----------------------------------------------------------------------


def test_version(clock: FakeClock, capsys) -> None:
    code, out, _ = run(clock, capsys, "--version")
    assert code == 0
    assert out.strip() == f"behind-desktop {__version__}"


def test_help_lists_the_commands(clock: FakeClock, capsys) -> None:
    code, out, _ = run(clock, capsys, "--help")
    assert code == 0
    for command in ("focus", "checkin", "wins", "export", "delete-all", "--data-dir"):
        assert command in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["wins", "--bogus"], "this command doesn't take --bogus"),
        (["--frobnicate"], "this command doesn't take --frobnicate"),
        (
            ["wins", "--format", "pdf"],
            "--format: “pdf” isn't a choice here; use one of “text”, “csv”",
        ),
        (["dance"], "COMMAND: “dance” isn't a choice here; use one of “focus”"),
        (["focus"], "ACTION is needed too (see behind-desktop focus --help)"),
        (["checkin", "later"], "ACTION: “later” isn't a choice here; use “now”"),
        (["focus", "start", "--minutes", "0"], "1 to 180 minutes"),
        (["focus", "start", "--minutes", "ten"], "is not a whole number of minutes"),
        (["wins", "--week", "2025-W53"], "2025 has no week 53."),
        (["wins", "--week", "last week"], "is not a week; use YYYY-Www"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(clock, capsys, data_dir: Path, argv, says) -> None:
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2
    assert says in one_line(err)
    assert out == ""


# -- wins ------------------------------------------------------------------------------------------


def test_wins_as_text(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_week(data_dir, clock)
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), "wins")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Small wins, week 2026-W48 (Mon 23 Nov – Sun 29 Nov 2026)"
    assert lines[1] == "3 wins"
    assert "  10:15  Read 3 pages  (focus block)" in lines
    assert "  09:31  Slept enough to feel human  (basics)" in lines
    assert "  08:30  Called home  (typed)" in lines
    assert "Last week's win" not in out
    assert (
        lines.index("Monday 23 Nov")
        < lines.index("Tuesday 24 Nov")
        < lines.index("Wednesday 25 Nov")
    )


def test_wins_as_json(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_week(data_dir, clock)
    code, out, _ = run(clock, capsys, "wins", "--format", "json", "--data-dir", str(data_dir))
    assert code == 0
    week = json.loads(out)
    assert (week["week"], week["start"], week["count"]) == ("2026-W48", "2026-11-23", 3)
    assert [len(d["wins"]) for d in week["days"]] == [1, 1, 1, 0, 0, 0, 0]
    assert week["days"][0]["wins"][0] == {
        "at": "2026-11-23T10:15:00+00:00",
        "text": "Read 3 pages",
        "source": "focus",
    }


def test_wins_as_csv_guards_against_formulas(clock: FakeClock, capsys, data_dir: Path) -> None:
    risky = ('=HYPERLINK("http://x")', "+44 20 7946 0000", "-2 kg", "@SUM(A1)", "fine")
    seed_week(data_dir, clock, extra=risky)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "wins", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["week", "day", "time", "text", "source"]
    texts = [r[3] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in texts
    assert "'+44 20 7946 0000" in texts
    assert "'-2 kg" in texts
    assert "'@SUM(A1)" in texts
    assert "fine" in texts
    assert not [t for t in texts if t[:1] in "=+-@"]
    assert ["2026-W48", "2026-11-23", "10:15", "Read 3 pages", "focus"] in rows


def test_wins_as_markdown_escapes_the_text(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_week(data_dir, clock, extra=("Read *all* of ch_3 \\ [Harrison] <p.12> `notes` ~~x~~",))
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "wins", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Small wins\n\n## Week 2026-W48 · 4 wins\n")
    assert "### Monday 23 November 2026" in out
    assert "- 10:15 Read 3 pages _(focus block)_" in out
    assert (
        r"- 09:00 Read \*all\* of ch\_3 \\ \[Harrison\] \<p.12\> \`notes\` \~\~x\~\~ _(typed)_"
        in out
    )
    assert "### Thursday" not in out  # days without wins are left out


def test_a_chosen_week_including_week_53(clock: FakeClock, capsys, data_dir: Path) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.add_win(
        "New Year's Eve shift",
        WinSource.TYPED,
        local(clock, "2026-12-31 22:00"),
        date(2026, 12, 31),
    )
    s.close()
    code, out, _ = run(
        clock, capsys, "--data-dir", str(data_dir), "wins", "--week", "2026-W53", "--format", "json"
    )
    assert code == 0
    week = json.loads(out)
    assert (week["week"], week["start"], week["count"]) == ("2026-W53", "2026-12-28", 1)


def test_this_week_follows_the_users_first_weekday(
    clock: FakeClock, capsys, data_dir: Path
) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_settings(build({"first_weekday": 6}))
    s.close()
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "wins", "--format", "json")
    assert code == 0
    assert json.loads(out)["start"] == "2026-11-22"


def test_a_late_night_counts_for_the_day_before(capsys, data_dir: Path) -> None:
    clock = FakeClock("2026-11-30 01:30")  # Monday 01:30: still Sunday, still week 48
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "wins", "--format", "json")
    assert code == 0
    assert json.loads(out)["week"] == "2026-W48"


# -- export ----------------------------------------------------------------------------------------

TABLES = {"checkins", "items", "ticks", "days", "blocks", "wins", "redflags", "settings"}


def seed_everything(data_dir: Path, clock: FakeClock) -> None:
    seed_week(data_dir, clock)
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        s.set_rough_day(MONDAY, True)
        s.record_response(
            respond(Due(DEFAULT_QUESTIONS[1], clock.now()), Answer.YES, clock.now()), MONDAY
        )
        s.save_week_check(WeekCheck("2026-W48", frozenset({"flat"})), clock.now())
        s.save_settings(build({"focus_minutes": 20}))
    finally:
        s.close()


def test_export_json_has_every_table(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_everything(data_dir, clock)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "export", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["app"], data["version"]) == ("behind-desktop", __version__)
    assert set(data) >= TABLES
    for table in TABLES:
        assert data[table], table
    assert {w["text"] for w in data["wins"]} >= {"Read 3 pages", "Called home"}


def test_export_csv_has_every_table(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_everything(data_dir, clock)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "export", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["table", "field", "value", "row"]
    assert {r[0] for r in rows[1:]} == TABLES
    assert ["wins", "text", "Called home"] in [r[:3] for r in rows]


def test_export_to_a_private_file(clock: FakeClock, capsys, data_dir: Path, tmp_path: Path) -> None:
    seed_everything(data_dir, clock)
    target = tmp_path / "my-behind-data.json"
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), "export", "-o", str(target))
    assert code == 0
    assert out == ""
    assert f"Saved to {target}" in err
    assert json.loads(target.read_text())["wins"]
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_to_a_missing_folder_fails_cleanly(clock, capsys, data_dir: Path, tmp_path) -> None:
    target = tmp_path / "nowhere" / "out.json"
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "export", "-o", str(target))
    assert code == 1
    assert "can't write" in one_line(err)


# -- delete-all ------------------------------------------------------------------------------------


def win_count(data_dir: Path, clock: FakeClock) -> int:
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        return len(s.export()["wins"])
    finally:
        s.close()


class Keyboard(io.StringIO):
    """A terminal that types ``text``."""

    def isatty(self) -> bool:
        return True


def test_delete_all_without_yes_and_no_terminal_deletes_nothing(
    clock, capsys, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_week(data_dir, clock)
    monkeypatch.setattr(sys, "stdin", io.StringIO("DELETE\n"))
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "delete-all")
    assert code == 2
    assert "needs --yes" in one_line(err)
    assert win_count(data_dir, clock) == 3


def test_delete_all_asks_at_a_terminal(clock, capsys, data_dir: Path, monkeypatch) -> None:
    seed_week(data_dir, clock)
    monkeypatch.setattr(sys, "stdin", Keyboard("delete please\n"))
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "delete-all")
    assert code == 1
    assert "Nothing was deleted." in out
    assert win_count(data_dir, clock) == 3
    monkeypatch.setattr(sys, "stdin", Keyboard("DELETE\n"))
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "delete-all")
    assert code == 0
    assert win_count(data_dir, clock) == 0


def test_delete_all_with_yes(clock: FakeClock, capsys, data_dir: Path) -> None:
    seed_everything(data_dir, clock)
    code, out, _ = run(clock, capsys, "delete-all", "--yes", "--data-dir", str(data_dir))
    assert code == 0
    assert "Everything was deleted" in out
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "export")
    data = json.loads(out)
    for table in ("checkins", "ticks", "days", "blocks", "wins", "redflags"):
        assert data[table] == [], table


# -- damaged and newer data files ------------------------------------------------------------------


def test_wins_with_a_corrupt_database_says_so_and_carries_on(clock, capsys, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), "wins")
    assert code == 0
    line = one_line(err)
    assert "moved aside" in line
    assert str(data_dir / f"{DB_NAME}.corrupt-20261125-150000") in line
    assert out.startswith("Small wins")
    assert (
        data_dir / f"{DB_NAME}.corrupt-20261125-150000"
    ).read_bytes() == b"this is not sqlite" * 100


def test_a_newer_database_exits_3_and_is_untouched(clock, capsys, data_dir: Path) -> None:
    seed_week(data_dir, clock)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = (data_dir / DB_NAME).read_bytes()
    for argv in (["wins"], ["export"], ["delete-all", "--yes"]):
        code, out, err = run(clock, capsys, "--data-dir", str(data_dir), *argv)
        assert code == 3, argv
        assert "newer version of Behind" in one_line(err)
        assert out == ""
    assert (data_dir / DB_NAME).read_bytes() == before


def test_a_data_dir_that_is_a_file_exits_3(clock, capsys, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    code, _, err = run(clock, capsys, "--data-dir", str(tmp_path / "file"), "wins")
    assert code == 3
    assert "is a file, not a folder" in one_line(err)


# -- where the data lives --------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_before_or_after_the_command(clock, capsys, data_dir: Path, where: str) -> None:
    seed_week(data_dir, clock)
    flag = ["--data-dir", str(data_dir)]
    argv = (
        [*flag, "wins", "--format", "json"]
        if where == "before"
        else ["wins", "--format", "json", *flag]
    )
    code, out, _ = run(clock, capsys, *argv)
    assert code == 0
    assert json.loads(out)["count"] == 3


def test_data_dir_from_the_environment(clock, capsys, data_dir: Path, monkeypatch) -> None:
    seed_week(data_dir, clock)
    monkeypatch.setenv("BEHIND_DATA_DIR", str(data_dir))
    code, out, _ = run(clock, capsys, "wins", "--format", "json")
    assert code == 0
    assert json.loads(out)["count"] == 3


def test_the_flag_wins_over_the_environment(
    clock, capsys, data_dir: Path, tmp_path, monkeypatch
) -> None:
    seed_week(data_dir, clock)
    monkeypatch.setenv("BEHIND_DATA_DIR", str(tmp_path / "elsewhere"))
    code, out, _ = run(clock, capsys, "wins", "--format", "json", "--data-dir", str(data_dir))
    assert (code, json.loads(out)["count"]) == (0, 3)
    assert not (tmp_path / "elsewhere").exists()


# -- focus commands with and without the app -------------------------------------------------------


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stands in for ipc.client: records requests; ``reply`` None means no app is running."""
    state: dict[str, Any] = {"reply": None, "sent": []}

    def send(folder: Path, request: dict[str, Any]) -> dict[str, Any] | None:
        state["sent"].append((folder, request))
        return state["reply"]

    stub = types.ModuleType("behind_desktop.ipc.client")
    stub.send = send  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "behind_desktop.ipc.client", stub)
    started: list[Any] = []
    monkeypatch.setattr(
        cli,
        "start_in_background",
        lambda args, folder, request: started.append(request) or {"ok": True},
    )
    state["started"] = started
    return state


def test_focus_status_with_no_app_and_no_block(clock, capsys, data_dir: Path, app) -> None:
    code, out, _ = run(clock, capsys, "focus", "status", "--data-dir", str(data_dir))
    assert code == 0
    assert json.loads(out)["state"] == "idle"
    assert app["sent"] == [(data_dir, FocusStatus())]
    assert app["started"] == []  # status never starts the app


def test_focus_status_answers_from_the_store(clock, capsys, data_dir: Path, app) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_block(focus.start(clock, minutes=25, step="Do 10 flashcards"))
    s.close()
    clock.advance(minutes=10)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "status")
    assert code == 0
    status = json.loads(out)
    assert (status["state"], status["step"], status["remaining_s"]) == (
        "running",
        "Do 10 flashcards",
        15 * 60,
    )


def test_focus_status_settles_a_block_that_ended_while_closed(
    clock, capsys, data_dir: Path, app
) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_block(focus.start(clock))
    s.close()
    clock.suspend(hours=2)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "status")
    assert (code, json.loads(out)["state"]) == (0, "finished")
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        block = s.latest_block()
        assert block is not None
        assert block.state is focus.FocusState.FINISHED
        assert block.ended_at == local(clock, "2026-11-25 15:15")
    finally:
        s.close()


def test_focus_pause_resume_stop_offline(clock, capsys, data_dir: Path, app) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_block(focus.start(clock))
    s.close()
    clock.advance(minutes=4)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "pause")
    assert (code, json.loads(out)["state"], json.loads(out)["remaining_s"]) == (0, "paused", 660)
    clock.advance(hours=1)
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), "focus", "pause")
    assert code == 1
    assert "The block is already paused." in one_line(err)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "resume")
    assert json.loads(out)["state"] == "running"
    clock.advance(minutes=1)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "stop")
    assert (code, json.loads(out)["state"]) == (0, "stopped")
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "focus", "stop")
    assert code == 1
    assert "No focus block is running." in one_line(err)


def test_focus_start_goes_to_the_running_app(clock, capsys, data_dir: Path, app) -> None:
    app["reply"] = {"ok": True}
    code, _out, err = run(
        clock,
        capsys,
        "--data-dir",
        str(data_dir),
        "focus",
        "start",
        "--minutes",
        "20",
        "--step",
        "read",
    )
    assert (code, _out, err) == (0, "", "")
    assert app["sent"][-1][1] == FocusStart(minutes=20, step="read")


def test_focus_start_with_no_app_starts_it(clock, capsys, data_dir: Path, app) -> None:
    code, _, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "start")
    assert code == 0
    assert app["started"] == [FocusStart()]


def test_the_running_app_answers_status(clock, capsys, data_dir: Path, app) -> None:
    app["reply"] = {"ok": True, "status": {"state": "running", "remaining_s": 42}}
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "focus", "status")
    assert code == 0
    assert json.loads(out) == {"state": "running", "remaining_s": 42}


def test_the_running_app_refusing_is_one_line(clock, capsys, data_dir: Path, app) -> None:
    app["reply"] = {"ok": False, "error": "The block is finished."}
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "focus", "pause")
    assert code == 1
    assert one_line(err) == "behind-desktop: The block is finished."


def test_checkin_now_is_sent_to_the_app(clock, capsys, data_dir: Path, app) -> None:
    app["reply"] = {"ok": True}
    code, _, _ = run(clock, capsys, "--data-dir", str(data_dir), "checkin", "now")
    assert code == 0
    assert app["sent"][-1][1] == CheckinNow()


def test_an_empty_week_is_said_kindly(clock: FakeClock, capsys, data_dir: Path) -> None:
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "wins")
    assert code == 0
    assert "Nothing written down yet this week" in out and "0 wins" not in out


# -- settings show / set ------------------------------------------------------------------------


def stored_settings(data_dir: Path, clock: FakeClock):
    s = Store.open(data_dir, clock.tz, clock.now())
    try:
        return s.settings()
    finally:
        s.close()


def test_settings_show_as_text(clock, capsys, data_dir: Path, app) -> None:
    code, out, err = run(clock, capsys, "--data-dir", str(data_dir), "settings", "show")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "focus_minutes=15"
    for line in ("quiet_start=22:00", "away_minutes=5", "question.food.times=12:30,19:00"):
        assert line in lines
    assert "question.person.days=sun" in lines
    assert app["sent"] == []  # reading needs no app


def test_settings_show_as_json_has_the_exports_keys(clock, capsys, data_dir: Path, app) -> None:
    s = Store.open(data_dir, clock.tz, clock.now())
    s.save_settings(build({"focus_minutes": 25}))
    s.close()
    code, out, _ = run(
        clock, capsys, "--data-dir", str(data_dir), "settings", "show", "--format", "json"
    )
    assert code == 0
    shown = json.loads(out)
    assert shown["focus_minutes"] == 25
    run(clock, capsys, "--data-dir", str(data_dir), "export", "-o", str(data_dir / "e.json"))
    exported = json.loads((data_dir / "e.json").read_text(encoding="utf-8"))["settings"][0]
    assert shown == exported


def test_settings_set_without_an_app_saves_directly(clock, capsys, data_dir: Path, app) -> None:
    code, out, err = run(
        clock,
        capsys,
        "--data-dir",
        str(data_dir),
        "settings",
        "set",
        "focus_minutes=20",
        "quiet_start=23:00",
        "question.food.times=12:30,19:30",
        "question.food.enabled=false",
    )
    assert (code, out, err) == (0, "Saved.\n", "")
    assert isinstance(app["sent"][0][1], SettingsSet)  # the running app is asked first
    saved = stored_settings(data_dir, clock)
    assert (saved.focus_minutes, saved.quiet_start.hour) == (20, 23)
    food = next(q for q in saved.questions if q.key == "food")
    assert food.times[-1].minute == 30 and not food.enabled


def test_settings_set_refuses_all_for_one_bad_pair(clock, capsys, data_dir: Path, app) -> None:
    before = stored_settings(data_dir, clock)
    code, out, err = run(
        clock,
        capsys,
        "--data-dir",
        str(data_dir),
        "settings",
        "set",
        "focus_minutes=20",
        "focus_minutes=999",
        "colour=teal",
    )
    assert (code, out) == (2, "")
    line = one_line(err)
    assert "focus_minutes: Focus length can be 1 to 180 minutes." in line
    assert "colour: There is no setting called “colour”." in line
    assert line.endswith("Nothing was changed.")
    assert stored_settings(data_dir, clock) == before


def test_settings_set_goes_through_the_running_app(clock, capsys, data_dir: Path, app) -> None:
    app["reply"] = {"ok": True, "notes": []}
    before = stored_settings(data_dir, clock)
    code, out, _ = run(clock, capsys, "--data-dir", str(data_dir), "settings", "set", "sounds=off")
    assert (code, out) == (0, "Saved.\n")
    assert app["sent"] == [(data_dir, SettingsSet(("sounds=off",)))]
    assert stored_settings(data_dir, clock) == before  # the app writes, not this process


def test_the_running_app_refusing_settings_is_one_line_exit_2(clock, capsys, data_dir, app) -> None:
    app["reply"] = {
        "ok": False,
        "problems": [{"key": "quiet_end", "kind": "NOT_A_TIME", "values": ["7"]}],
    }
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "settings", "set", "quiet_end=7")
    assert code == 2
    assert one_line(err) == (
        "behind-desktop: quiet_end: “7” is not a time of day; use HH:MM, like 07:30. "
        "Nothing was changed."
    )


def test_same_quiet_start_and_end_is_saved_with_a_word(clock, capsys, data_dir, app) -> None:
    code, _, err = run(
        clock, capsys, "--data-dir", str(data_dir), "settings", "set", "quiet_start=07:00"
    )
    assert code == 0
    assert "so there are none" in one_line(err)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["settings"], "ACTION is needed too"),
        (["settings", "set"], "KEY=VALUE is needed too (see behind-desktop settings set --help)"),
        (["settings", "show", "--format", "xml"], "--format: “xml” isn't a choice here"),
    ],
)
def test_settings_usage_errors(clock, capsys, data_dir: Path, app, argv, says) -> None:
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2
    assert says in one_line(err)


def test_a_control_character_typed_in_an_argument_is_shown_escaped_on_one_line(
    clock, capsys, data_dir: Path
) -> None:
    code, _, err = run(clock, capsys, "--data-dir", str(data_dir), "settings", "set", "\r")
    assert code == 2
    assert "\\r" in one_line(err)


def test_import_goes_to_the_running_app(clock, capsys, data_dir: Path, app, tmp_path) -> None:
    """One writer per data folder: the running app merges the file and shows it at once."""
    from behind_desktop.services.commands import ImportFile

    app["reply"] = {"ok": True, "added": {"wins": 2, "ticks": 0}}
    (tmp_path / "old.json").write_text("{}")
    assert cli.main(["--data-dir", str(data_dir), "import", str(tmp_path / "old.json")], clock) == 0
    [(_folder, sent)] = app["sent"]
    assert sent == ImportFile(str(tmp_path / "old.json"), False)
    assert capsys.readouterr().out == "Added: 2 small wins.\n"
    assert not (data_dir / DB_NAME).exists()  # nothing written from here


def test_a_file_the_running_app_refuses_is_one_line_and_exit_3(
    clock, capsys, data_dir: Path, app, tmp_path
) -> None:
    app["reply"] = {"ok": False, "error": "x.json is not from Behind", "data_problem": True}
    assert cli.main(["--data-dir", str(data_dir), "import", str(tmp_path / "x.json")], clock) == 3
    assert capsys.readouterr().err.count("\n") == 1


def test_a_fresh_folders_export_names_every_setting_as_show_does(clock, capsys, data_dir) -> None:
    code, out, _ = run(
        clock, capsys, "--data-dir", str(data_dir), "settings", "show", "--format", "json"
    )
    assert code == 0
    _, exported, _ = run(clock, capsys, "--data-dir", str(data_dir), "export")
    assert json.loads(exported)["settings"] == [json.loads(out)]
