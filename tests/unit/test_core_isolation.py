"""The core, the services, the data commands and ``focus status`` with no app running
never load Qt: a locked hospital PC without a display (or a broken Qt install) can
still read, export and delete the user's data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import behind_desktop.core

PACKAGE_DIR = Path(behind_desktop.core.__file__).parent.parent
CORE_MODULES = sorted(
    f"behind_desktop.{p.parent.name}.{p.stem}"
    for package in ("core", "store", "services")
    for p in (PACKAGE_DIR / package).glob("*.py")
    if p.stem != "__init__"
)


def _run(code: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    env.pop("PYTHONSTARTUP", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_every_core_module_is_found() -> None:
    # Guards the test below against silently checking nothing.
    for name in ("clock", "focus", "checkins", "wins", "settings", "export"):
        assert f"behind_desktop.core.{name}" in CORE_MODULES
    assert "behind_desktop.store.database" in CORE_MODULES
    assert "behind_desktop.services.settings" in CORE_MODULES
    assert "behind_desktop.services.dispatch" in CORE_MODULES


def test_importing_core_and_cli_loads_no_qt() -> None:
    modules = [
        "behind_desktop.core",
        "behind_desktop.store",
        *CORE_MODULES,
        "behind_desktop.services",
        "behind_desktop.ipc.protocol",
        "behind_desktop.ipc.client",
        "behind_desktop.platform.locale",
        "behind_desktop.cli",
        "behind_desktop.paths",
    ]
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["wins"],
        ["wins", "--format", "csv", "--week", "2026-W48"],
        ["export"],
        ["export", "--format", "csv"],
        ["settings", "show"],
        ["settings", "set", "focus_minutes=20"],
        ["delete-all", "--yes"],
        ["focus", "status"],
        ["focus", "stop"],
    ],
)
def test_data_commands_never_load_qt(tmp_path: Path, argv: list[str]) -> None:
    code = (
        "import json, sys\n"
        "from behind_desktop.cli import main\n"
        f"code = main({argv!r} + ['--data-dir', {str(tmp_path / 'data')!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(json.dumps({'code': code, 'qt': qt}), file=sys.stderr)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 1 if argv == ["focus", "stop"] else 0, "qt": []}
    assert result.stdout or "No focus block" in result.stderr  # it really ran


@pytest.mark.parametrize(("command", "expected"), [("wins", "Small wins"), ("export", '"app"')])
def test_python_m_data_commands_import_no_qt(tmp_path: Path, command: str, expected: str) -> None:
    """The real entry point, watched with -X importtime (every import is listed)."""
    env = {**os.environ}
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "behind_desktop",
            "--data-dir",
            str(tmp_path / "data"),
            command,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "behind_desktop.cli" in imported  # importtime output was really read
    assert not [m for m in imported if m.startswith("PySide6")]
    assert expected in result.stdout
