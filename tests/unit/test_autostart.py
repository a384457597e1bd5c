"""Start at login: XDG for real in a temporary folder, macOS and Windows with fakes."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from behind_desktop import cli, paths
from behind_desktop.platform import autostart
from behind_desktop.platform.autostart import (
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    AutostartError,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
)

PY = "/usr/bin/python3"
ARGV = [PY, "-m", "behind_desktop"]

# Skips off Linux, for what these tests assume rather than what Behind does there.
posix_paths = pytest.mark.skipif(
    sys.platform == "win32",
    reason="POSIX paths: '~/…' locations with '/' and a ':'-separated XDG_CONFIG_DIRS",
)
linux_validator = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="desktop-file-validate (desktop-file-utils) is Linux only; under CI its absence fails",
)


# --- helpers -----------------------------------------------------------------


def parse_exec(value: str) -> list[str]:
    """An independent reading of an Exec value, straight from the Desktop Entry spec."""
    unescaped, i = [], 0
    while i < len(value):  # string-value escapes first
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            unescaped.append(c)
            i += 1
    text = "".join(unescaped)
    args: list[str] = []
    cur: list[str] | None = None
    quoted, i = False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                assert text[i + 1] in '"`$\\', f"bad escape in {text!r}"
                cur.append(text[i + 1])  # type: ignore[union-attr]
                i += 1
            elif c == '"':
                quoted = False
            else:
                cur.append(c)  # type: ignore[union-attr]
        elif c == " ":
            if cur is not None:
                args.append("".join(cur))
                cur = None
        elif c == '"':
            quoted, cur = True, cur if cur is not None else []
        else:
            assert c not in "\t\n'\\><~|&;$*?#()`", f"unquoted reserved {c!r} in {text!r}"
            cur = (cur if cur is not None else []) + [c]
        i += 1
    assert not quoted
    if cur is not None:
        args.append("".join(cur))
    return [a.replace("%%", "%") for a in args]


def read_entry(path: Path) -> dict[str, str]:
    group, entry = None, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key] = value
    return entry


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing (apt-get install desktop-file-utils)")
        pytest.skip("desktop-file-validate not installed (apt package desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr


@pytest.fixture
def xdg_env(tmp_path: Path) -> dict[str, str]:
    return {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
    }


@pytest.fixture
def xdg(tmp_path: Path, xdg_env: dict[str, str]) -> XdgAutostart:
    return XdgAutostart(ARGV, home=tmp_path, env=xdg_env)


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}

    def get(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


# --- Linux / XDG ----------------------------------------------------------------


@posix_paths
def test_xdg_on_writes_valid_entry_and_off_removes_it(xdg: XdgAutostart, tmp_path: Path) -> None:
    path = tmp_path / "config" / "autostart" / "org.behind.desktop.desktop"
    assert xdg.path == path
    assert not xdg.enabled()

    xdg.enable()
    assert path.is_file() and xdg.enabled()
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Behind"
    assert entry["Icon"] == "org.behind.desktop"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["X-GNOME-Autostart-Delay"] == "10"
    assert entry["Comment"]
    assert parse_exec(entry["Exec"]) == ARGV
    assert "Hidden" not in entry
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left behind
    assert xdg.location() == "~/config/autostart/org.behind.desktop.desktop"

    xdg.enable()  # twice is fine
    xdg.disable()
    assert not path.exists() and not xdg.enabled()
    xdg.disable()  # and so is off twice


@linux_validator
@pytest.mark.parametrize("hidden", [False, True], ids=["on", "hidden"])
def test_xdg_entry_passes_desktop_file_validate(tmp_path: Path, hidden: bool) -> None:
    odd = [str(tmp_path / "My Apps" / "py$thon 3 (venv)" / "bin" / "python"), "-m", "x%y"]
    path = tmp_path / "org.behind.desktop.desktop"
    path.write_text(autostart.desktop_entry(odd, hidden=hidden), encoding="utf-8")
    validate(path)


def test_exec_quoting_with_spaces_and_reserved_characters(tmp_path: Path) -> None:
    exe = "/home/sam/My Programs/Behind app/bin/python"
    assert autostart.exec_quote([exe, "-m", "behind_desktop"]) == (
        '"/home/sam/My Programs/Behind app/bin/python" -m behind_desktop'
    )
    nasty = ['/opt/a "b"/c\\d/$HOME/`x`', "100%", "", "it's"]
    quoted = autostart.exec_quote(nasty)
    assert quoted == r'"/opt/a \\"b\\"/c\\\\d/\\$HOME/\\`x\\`" 100%% "" "it' + "'" + 's"'
    assert parse_exec(quoted) == nasty
    assert "\n" not in autostart.exec_quote(["/tmp/new\nline"])
    assert parse_exec(autostart.exec_quote(["/tmp/new\nline"])) == ["/tmp/new\nline"]

    a = XdgAutostart([exe, "-m", "behind_desktop"], env={"XDG_CONFIG_HOME": str(tmp_path)})
    a.enable()
    assert parse_exec(read_entry(a.path)["Exec"]) == [exe, "-m", "behind_desktop"]


@pytest.mark.parametrize(
    "line", ["Hidden=true", "X-GNOME-Autostart-enabled=false", "Hidden = True"]
)
def test_user_disabled_entry_reads_off_and_startup_does_not_re_enable(
    xdg: XdgAutostart, line: str
) -> None:
    xdg.enable()
    text = xdg.path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    xdg.path.write_text(text + line + "\n")  # what a desktop's settings panel does
    assert not xdg.enabled()
    assert autostart.command("status", xdg).english().startswith("Start at login: off")

    before = xdg.path.read_text()
    # Behind still says "on", and it last wrote "on": nothing changed in Behind.
    assert xdg.ensure(preferred=True, remembered=True) is True
    assert xdg.path.read_text() == before
    assert not xdg.enabled()

    # The user now turns it on again in Behind's settings: that is a real change.
    assert xdg.ensure(preferred=True, remembered=False) is True
    assert xdg.enabled()


def test_user_deleted_entry_is_not_recreated_at_startup(xdg: XdgAutostart) -> None:
    xdg.enable()
    xdg.path.unlink()
    assert xdg.ensure(preferred=True, remembered=True) is True
    assert not xdg.path.exists()


def test_ensure_acts_only_on_a_change_in_behind(xdg: XdgAutostart) -> None:
    assert xdg.ensure(preferred=False, remembered=None) is False  # first run, off: nothing
    assert not xdg.path.exists()
    assert xdg.ensure(preferred=True, remembered=None) is True  # first run, on: written once
    assert xdg.enabled()
    assert xdg.ensure(preferred=False, remembered=True) is False  # switched off in Behind
    assert not xdg.enabled()
    xdg.enable()  # turned on outside Behind (CLI, desktop settings): left alone
    assert xdg.ensure(preferred=False, remembered=False) is False
    assert xdg.enabled()


def test_ensure_refreshes_a_stale_command_line_without_enabling(
    tmp_path: Path, xdg_env: dict[str, str]
) -> None:
    old = XdgAutostart(["/old/venv/bin/python", "-m", "behind_desktop"], home=tmp_path, env=xdg_env)
    old.enable()
    new = XdgAutostart(ARGV, home=tmp_path, env=xdg_env)
    assert not new.up_to_date()
    new.ensure(preferred=True, remembered=True)
    assert new.up_to_date()
    assert parse_exec(read_entry(new.path)["Exec"]) == ARGV

    old.enable()
    new.path.write_text(new.path.read_text() + "Hidden=true\n")
    new.ensure(preferred=True, remembered=True)  # disabled by hand: not even refreshed
    assert read_entry(new.path)["Hidden"] == "true"


@posix_paths
def test_system_wide_entry_is_shadowed_with_hidden(
    tmp_path: Path, xdg: XdgAutostart, xdg_env: dict[str, str]
) -> None:
    system = Path(xdg_env["XDG_CONFIG_DIRS"]) / "autostart" / "org.behind.desktop.desktop"
    system.parent.mkdir(parents=True)
    system.write_text(autostart.desktop_entry(ARGV))
    assert xdg.enabled()
    xdg.disable()
    assert system.exists()
    assert read_entry(xdg.path)["Hidden"] == "true"
    assert not xdg.enabled()
    xdg.enable()
    assert xdg.enabled()


@posix_paths
def test_xdg_config_home_defaults_and_relative_is_ignored(tmp_path: Path) -> None:
    for env in ({}, {"XDG_CONFIG_HOME": "relative/dir"}):
        a = XdgAutostart(ARGV, home=tmp_path, env=env)
        assert a.path == tmp_path / ".config" / "autostart" / "org.behind.desktop.desktop"
        assert a.location() == "~/.config/autostart/org.behind.desktop.desktop"


def test_unwritable_folder_gives_a_friendly_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    a = XdgAutostart(ARGV, home=tmp_path, env={"XDG_CONFIG_HOME": str(blocker)})
    with pytest.raises(AutostartError, match=r"^Couldn't turn on start at login: .* written"):
        a.enable()
    assert not a.enabled()


# --- macOS ------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="os.getuid() (launchctl's gui/UID) is POSIX")
def test_launch_agent_plist_round_trip(tmp_path: Path) -> None:
    calls: list[Sequence[str]] = []

    def runner(argv: Sequence[str]) -> int:
        calls.append(list(argv))
        return 0

    exe = "/Applications/Behind.app/Contents/MacOS/behind-desktop"
    a = autostart.for_platform("darwin", home=tmp_path, argv=[exe], runner=runner)
    assert isinstance(a, LaunchAgent)
    assert not a.enabled()
    a.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.behind.desktop.plist"
    assert a.location() == "~/Library/LaunchAgents/org.behind.desktop.plist"
    with path.open("rb") as f:
        data = plistlib.load(f)
    assert data["Label"] == "org.behind.desktop"
    assert data["ProgramArguments"] == [exe]
    assert data["RunAtLoad"] is True
    assert data["ProcessType"] == "Interactive"
    assert a.enabled() and a.up_to_date()

    data["Disabled"] = True
    path.write_bytes(plistlib.dumps(data))
    assert not a.enabled()
    assert a.ensure(preferred=True, remembered=True) is True
    assert not a.enabled()

    a.disable()
    assert not path.exists()
    assert calls == [["launchctl", "bootout", f"gui/{os.getuid()}/org.behind.desktop"]]


def test_launch_agent_without_runner_never_calls_launchctl(tmp_path: Path) -> None:
    a = LaunchAgent(ARGV, home=tmp_path, frozen=True)
    a.enable()
    data = plistlib.loads(a.path.read_bytes())
    assert data["ProgramArguments"] == ARGV
    assert data["AssociatedBundleIdentifiers"] == ["org.behind.desktop"]
    a.disable()  # no runner: only the file goes
    assert not a.enabled()


# --- Windows ----------------------------------------------------------------------


def test_windows_run_key_written_quoted_and_removed() -> None:
    reg = FakeRegistry()
    exe = r"C:\Program Files\Behind\behind-desktop.exe"
    a = autostart.for_platform("win32", argv=[exe], registry=reg)
    assert isinstance(a, WindowsRunKey)
    assert not a.enabled()
    a.enable()
    assert reg.values[(RUN_KEY, "Behind")] == r'"C:\Program Files\Behind\behind-desktop.exe"'
    assert a.enabled() and a.up_to_date()
    assert autostart.command("status", a).english() == (
        "Start at login: on (HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\Behind)"
    )
    a.disable()
    assert reg.values == {}
    assert not a.enabled()


def test_windows_non_frozen_uses_pythonw_and_quotes_arguments(tmp_path: Path) -> None:
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()
    argv = autostart.default_command(
        "win32", frozen=False, executable=str(tmp_path / "python.exe"), env={}
    )
    assert argv == [str(tmp_path / "pythonw.exe"), "-m", "behind_desktop"]

    reg = FakeRegistry()
    WindowsRunKey([r"C:\My Python\pythonw.exe", "-m", "behind_desktop"], registry=reg).enable()
    assert reg.values[(RUN_KEY, "Behind")] == r'"C:\My Python\pythonw.exe" -m behind_desktop'


def test_windows_task_manager_disable_is_respected() -> None:
    reg = FakeRegistry()
    a = WindowsRunKey([r"C:\Behind\behind-desktop.exe"], registry=reg)
    a.enable()
    reg.values[(STARTUP_APPROVED_KEY, "Behind")] = bytes([3]) + bytes(11)
    assert not a.enabled()
    assert a.ensure(preferred=True, remembered=True) is True
    assert not a.enabled()
    a.set_enabled(True)  # chosen again in Behind: clears Task Manager's "Disabled"
    assert a.enabled()
    assert (STARTUP_APPROVED_KEY, "Behind") not in reg.values


def test_winreg_adapter_refuses_off_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("the real registry is there")
    with pytest.raises(AutostartError):
        autostart.WinRegistry().get(RUN_KEY, "Behind")


# --- the command line to launch ---------------------------------------------------


def test_default_command() -> None:
    assert autostart.default_command("linux", frozen=False, executable=PY, env={}) == ARGV
    assert autostart.default_command(
        "linux", frozen=True, executable="/opt/behind/behind-desktop", env={}
    ) == ["/opt/behind/behind-desktop"]
    assert autostart.default_command(
        "linux",
        frozen=True,
        executable="/tmp/.mount_x/usr/bin/behind-desktop",
        env={"APPIMAGE": "/home/sam/Apps/Behind.AppImage"},
    ) == ["/home/sam/Apps/Behind.AppImage"]
    assert autostart.default_command(
        "win32", frozen=False, executable=r"C:\Py\python.exe", env={}, exists=lambda p: False
    ) == [r"C:\Py\python.exe", "-m", "behind_desktop"]
    with pytest.raises(AutostartError):
        autostart.default_command("linux", frozen=False, executable="", env={})


def test_for_platform_picks_xdg_on_linux_and_bsd(tmp_path: Path) -> None:
    for platform in ("linux", "freebsd14", "openbsd7"):
        assert isinstance(autostart.for_platform(platform, tmp_path, {}), XdgAutostart)


def test_command_rejects_unknown_action(xdg: XdgAutostart) -> None:
    with pytest.raises(AutostartError, match="on, off or status"):
        autostart.command("maybe", xdg)


# --- the CLI ----------------------------------------------------------------------


@pytest.mark.skipif(
    sys.platform in ("darwin", "win32", "cygwin"), reason="the CLI uses this OS's own place"
)
def test_cli_on_status_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    where = "~/.config/autostart/org.behind.desktop.desktop"
    path = tmp_path / ".config" / "autostart" / "org.behind.desktop.desktop"

    def run(*args: str) -> str:
        assert cli.main(["autostart", *args]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        return out

    assert run("status") == f"Start at login: off ({where})\n"
    assert run("on") == "Behind will start when you log in.\n"
    assert path.is_file()
    assert run("status") == f"Start at login: on ({where})\n"
    assert run("off") == "Behind won't start at login.\n"
    assert not path.exists()
    assert run("status") == f"Start at login: off ({where})\n"


@pytest.mark.skipif(
    sys.platform in ("darwin", "win32", "cygwin"), reason="the CLI uses this OS's own place"
)
def test_cli_failure_is_one_line_and_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    assert cli.main(["autostart", "on"]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "start at login" in err


# --- the data folder goes along ---------------------------------------------------


def test_a_chosen_data_folder_goes_into_the_login_command(tmp_path: Path) -> None:
    chosen = {"BEHIND_DATA_DIR": str(tmp_path / "ward")}
    assert autostart.default_command("linux", frozen=False, executable=PY, env=chosen) == [
        *ARGV,
        "--data-dir",
        str(tmp_path / "ward"),
    ]
    frozen = autostart.default_command(
        "win32", frozen=True, executable=r"C:\Behind\behind-desktop.exe", env=chosen
    )
    assert frozen[1:] == ["--data-dir", str(tmp_path / "ward")]
    usual = {"BEHIND_DATA_DIR": str(paths.default_data_dir())}
    assert autostart.default_command("linux", frozen=False, executable=PY, env=usual) == ARGV


@pytest.mark.skipif(
    sys.platform in ("darwin", "win32", "cygwin"), reason="the CLI uses this OS's own place"
)
@pytest.mark.parametrize("how", ["flag", "environment"])
def test_cli_start_at_login_opens_the_same_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.delenv("BEHIND_DATA_DIR", raising=False)
    folder = tmp_path / "my data"
    if how == "flag":
        assert cli.main(["--data-dir", str(folder), "autostart", "on"]) == 0
    else:
        monkeypatch.setenv("BEHIND_DATA_DIR", str(folder))
        assert cli.main(["autostart", "on"]) == 0
    entry = tmp_path / ".config" / "autostart" / "org.behind.desktop.desktop"
    line = next(x for x in entry.read_text().splitlines() if x.startswith("Exec="))
    assert parse_exec(line.removeprefix("Exec="))[-2:] == ["--data-dir", str(folder)]


def test_the_app_started_on_a_folder_turns_on_login_for_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings → Start at login, in an app started with --data-dir."""
    monkeypatch.delenv("BEHIND_DATA_DIR", raising=False)
    seen: list[list[str]] = []
    monkeypatch.setattr(
        "behind_desktop.gui.shell.app.run",
        lambda folder, **_: seen.append(autostart.default_command("linux")) or 0,
    )
    assert cli.main(["--data-dir", str(tmp_path / "ward")]) == 0
    assert seen[0][-2:] == ["--data-dir", str(tmp_path / "ward")]
