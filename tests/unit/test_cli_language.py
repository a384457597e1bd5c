"""The command line's prose follows the system language, or the language setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from behind_desktop import cli
from behind_desktop.core.settings import build
from behind_desktop.store import Store
from tests.support.clock import FakeClock


def run(clock: FakeClock, capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de_DE.UTF-8", "Alles wurde gelöscht. Behind fängt neu an."),
        ("es_MX.UTF-8", "Se ha borrado todo. Behind empieza de cero."),
        ("fr_BE.UTF-8", "Tout a été effacé. Behind repart de zéro."),
        ("C.UTF-8", "Everything was deleted. Behind starts fresh."),
    ],
)
def test_delete_all_says_so_in_the_system_language(
    lang: str, said: str, tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LANG", lang)
    code, out, _ = run(clock, capsys, "--data-dir", str(tmp_path), "delete-all", "--yes")
    assert (code, out.strip()) == (0, said)


def test_a_core_message_is_worded_in_the_language_too(clock, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(clock, capsys, "focus", "start", "--minutes", "999")
    assert code == cli.EXIT_USAGE
    assert "ein Block kann 1 bis 180 Minuten lang sein" in err


def test_the_language_setting_wins_over_the_system(
    tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    store = Store.open(tmp_path, clock.tz, clock.now())
    store.save_settings(build({"language": "fr"}, base=store.settings()))
    store.close()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    out = tmp_path / "all.json"
    code, _, err = run(clock, capsys, "--data-dir", str(tmp_path), "export", "-o", str(out))
    assert code == 0 and err.strip() == f"Enregistré dans {out}"


def test_the_cli_words_its_prose_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys; from behind_desktop.cli import main; "
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'delete-all', '--yes']); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Tout a été effacé. Behind repart de zéro."
