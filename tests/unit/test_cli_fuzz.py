"""Random command lines never end in a traceback: one line on stderr and an exit
code README documents (0, 1, 2 or 3), whatever is typed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from behind_desktop import cli

DOCUMENTED = {cli.EXIT_OK, cli.EXIT_FAIL, cli.EXIT_USAGE, cli.EXIT_DATA}

WORDS = [
    "focus",
    "start",
    "pause",
    "resume",
    "stop",
    "status",
    "checkin",
    "now",
    "show",
    "wins",
    "export",
    "delete-all",
    "autostart",
    "on",
    "off",
    "settings",
    "set",
    "import",
    "backup",
    "restore",
    "--minutes",
    "--step",
    "--week",
    "--format",
    "-o",
    "--output",
    "--yes",
    "--dry-run",
    "--quit-after-ms",
    "--data-dir",
    "--version",
    "json",
    "csv",
    "text",
    "markdown",
    "focus_minutes=25",
    "quiet_start=25:99",
]
ODD = [
    "",
    " ",
    "-",
    "--",
    "²",
    "99999999999",
    "-5",
    "0",
    "15",
    "9999-W52",
    "0001-W01",
    "2026-W99",
    "2026-W48",
    "x" * 300,
    "a/" * 50 + "b",
    "\udcff\udcfe",
    "caf\udce9",
    "%41",
    "a#b?c",
    "nul\x00l",
    "\n",
    "1e999",
    "{",
    "backup.db",
    "export.json",
    "data",
    "data/sub",
    "../up",
]
# Folders only under the test's own directory (a relative --data-dir).
FOLDERS = ["data", "d#1", "d%41", "x" * 300, "caf\udce9", "ro", "file.txt", " ", ""]

COMMANDS = [
    [],
    ["focus", "start"],
    ["focus", "pause"],
    ["focus", "status"],
    ["focus", "stop"],
    ["checkin", "now"],
    ["show"],
    ["wins"],
    ["export"],
    ["delete-all", "--yes"],
    ["autostart", "status"],
    ["settings", "show"],
    ["settings", "set"],
    ["import"],
    ["import", "--dry-run"],
    ["backup"],
    ["restore"],
]
FLAGS = ["--minutes", "--step", "--week", "--format", "-o", "--quit-after-ms", "--data-dir"]

tokens = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(max_size=12).filter(lambda t: not t.startswith("/")),
)
values = st.one_of(st.sampled_from(ODD), st.sampled_from(FOLDERS), tokens)
# A known command with flags and odd values (most bad input looks like this) ...
structured = st.tuples(
    st.lists(st.tuples(st.sampled_from(["--quit-after-ms", "--data-dir"]), values), max_size=1),
    st.sampled_from(COMMANDS),
    st.lists(
        st.one_of(st.tuples(st.sampled_from(FLAGS), values), values.map(lambda v: (v,))), max_size=3
    ),
).map(lambda p: [t for pair in p[0] for t in pair] + p[1] + [t for group in p[2] for t in group])
# ... and anything at all.
argv = st.lists(tokens, max_size=7)
with_folder = st.tuples(st.sampled_from(FOLDERS), argv).map(lambda p: ["--data-dir", p[0], *p[1]])


@pytest.mark.parametrize(
    "args",
    [
        ["wins", "--week", "9999-W52"],
        ["--quit-after-ms", "²"],
        ["--quit-after-ms", "99999999999"],
        ["--data-dir", "x" * 300, "wins"],
        ["focus", "start", "--step", "caf\udce9"],
        ["--data-dir", "file.txt", "export"],
    ],
)
def test_inputs_that_once_ended_in_a_traceback(sandbox: Path, capsys, args: list[str]) -> None:
    code = cli.main(args)
    err = capsys.readouterr().err
    assert code in DOCUMENTED - {cli.EXIT_OK}, (code, err)
    assert len(err.strip().splitlines()) == 1, err


def test_a_folder_name_that_is_not_utf8_works(sandbox: Path, capsys) -> None:
    assert cli.main(["--data-dir", "caf\udce9", "export"]) == cli.EXIT_OK


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("BEHIND_DATA_DIR", str(tmp_path / "default"))
    monkeypatch.setattr(cli, "start_gui", lambda args: 0)  # no GUI, no background app
    monkeypatch.setattr(cli, "start_in_background", lambda *a, **k: None)
    (tmp_path / "file.txt").write_text("not a folder")
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o500)
    return tmp_path


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(args=st.one_of(structured, structured, argv, with_folder))
def test_no_command_line_ends_in_a_traceback(sandbox: Path, capsys, args: list[str]) -> None:
    try:
        code = cli.main(args)
    except BaseException as e:  # a traceback would have been printed
        pytest.fail(f"{args!r} raised {e!r}")
    out = capsys.readouterr()
    assert code in DOCUMENTED, (args, code, out.err)
    assert "Traceback" not in out.err
    if code != cli.EXIT_OK:
        assert out.err.strip(), (args, code)
        assert len(out.err.strip().splitlines()) <= 2, (args, out.err)
