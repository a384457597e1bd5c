"""The command line's prose follows the system language, or the language setting."""

from __future__ import annotations

import io
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


ARGPARSE_ERRORS = {
    # (a command missing its action, a choice that isn't one), in each language
    "de_DE.UTF-8": (
        "behind-desktop: AKTION fehlt noch (mehr unter behind-desktop focus --help)",
        "„later“ geht hier nicht; nimm „now“",
    ),
    "es_CO.UTF-8": (
        "behind-desktop: falta ACCIÓN (más en behind-desktop focus --help)",
        "«later» no es una opción aquí; usa «now»",
    ),
    "fr_CA.UTF-8": (
        "behind-desktop: il manque ACTION (voir behind-desktop focus --help)",
        "« later » n’est pas un choix possible ici ; utilise « now »",
    ),
}


@pytest.mark.parametrize("lang", sorted(ARGPARSE_ERRORS))
def test_usage_errors_are_worded_in_the_language(lang, clock, capsys, monkeypatch) -> None:
    missing, not_a_choice = ARGPARSE_ERRORS[lang]
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(clock, capsys, "focus")
    assert (code, out, err.strip()) == (cli.EXIT_USAGE, "", missing)
    code, _, err = run(clock, capsys, "checkin", "later")
    assert code == cli.EXIT_USAGE and not_a_choice in err
    assert "required" not in err and "invalid choice" not in err


# What argparse and the parser say in English, none of which may be left in a translation.
ENGLISH_HELP = [
    "usage:",
    "positional arguments",
    "show this help",
    "keep all data under",
    "A gentle tray companion",
    "start, pause, resume or stop",
    "print a week's small wins",
    "COMMAND ",
    "PATH]",
]


@pytest.mark.parametrize("lang", ["de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8"])
def test_help_has_no_english_left(lang, clock, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", lang)
    code, out, _ = run(clock, capsys, "--help")
    assert code == 0 and "focus" in out
    assert [e for e in ENGLISH_HELP if e in out] == []
    code, out, _ = run(clock, capsys, "focus", "start", "--help")
    assert code == 0 and "--minutes N" in out
    assert "the tiny step" not in out and "how long the block lasts" not in out


def test_minutes_has_its_help_text(clock, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _ = run(clock, capsys, "focus", "start", "--help")
    help_line = " ".join(out.rsplit("--minutes N", 1)[1].split())
    assert code == 0 and help_line.startswith("how long the block lasts")


def test_usage_errors_follow_the_stored_language_without_changing_the_file(
    tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    store = Store.open(tmp_path, clock.tz, clock.now())
    store.save_settings(build({"language": "es"}, base=store.settings()))
    store.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(clock, capsys, "--data-dir", str(tmp_path), "focus")
    assert code == cli.EXIT_USAGE and "falta ACCIÓN" in err
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before


def test_a_folder_that_cant_be_read_cheaply_leaves_the_system_language(
    tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    (tmp_path / "behind.db").write_bytes(b"not a database at all")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run(clock, capsys, "--data-dir", str(tmp_path), "focus")
    assert code == cli.EXIT_USAGE and "il manque ACTION" in err
    assert (tmp_path / "behind.db").read_bytes() == b"not a database at all"


# -- store notices and refusals, start at login, wins, the delete word ----------------------

MOVED_ASIDE = {
    "de_DE.UTF-8": "Deine Datendatei ließ sich nicht lesen, deshalb liegt sie jetzt unter",
    "es_ES.UTF-8": "Tu archivo de datos no se podía leer, así que se ha apartado en",
    "fr_FR.UTF-8": "Ton fichier de données était illisible, alors il a été mis de côté dans",
}
FOREIGN = {
    "de_DE.UTF-8": "ist keine Datendatei von Behind",
    "es_ES.UTF-8": "no es un archivo de datos de Behind",
    "fr_FR.UTF-8": "n’est pas un fichier de données de Behind",
}


@pytest.mark.parametrize("lang", sorted(MOVED_ASIDE))
def test_a_damaged_file_is_told_in_the_language_and_the_command_goes_on(
    lang: str, tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    (tmp_path / "behind.db").write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(clock, capsys, "--data-dir", str(tmp_path), "wins")
    assert code == cli.EXIT_OK
    assert MOVED_ASIDE[lang] in err and "behind.db.corrupt-" in err
    assert "moved aside" not in err and "Small wins" not in out


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_a_foreign_file_is_refused_in_the_language_with_exit_3(
    lang: str, tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    import sqlite3

    conn = sqlite3.connect(tmp_path / "behind.db")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    before = (tmp_path / "behind.db").read_bytes()
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(clock, capsys, "--data-dir", str(tmp_path), "export")
    assert (code, out) == (cli.EXIT_DATA, "")
    assert FOREIGN[lang] in err and "--data-dir" in err and "not a Behind" not in err
    assert (tmp_path / "behind.db").read_bytes() == before


def test_a_week_that_is_not_one_is_said_in_the_language(clock, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    code, _, err = run(clock, capsys, "wins", "--week", "2025-W53")
    assert code == cli.EXIT_USAGE and "2025 no tiene semana 53." in err


@pytest.mark.skipif(sys.platform in ("darwin", "win32", "cygwin"), reason="XDG autostart")
def test_start_at_login_answers_in_the_language(tmp_path: Path, clock, capsys, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    data = str(tmp_path / "data")
    assert run(clock, capsys, "--data-dir", data, "autostart", "on")[1] == (
        "Behind se lancera à l’ouverture de ta session.\n"
    )
    code, out, _ = run(clock, capsys, "--data-dir", data, "autostart", "status")
    assert code == 0 and out.startswith("Lancement à l’ouverture de session : activé (~/")
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder goes")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    code, out, err = run(clock, capsys, "--data-dir", data, "autostart", "on")
    assert (code, out) == (cli.EXIT_FAIL, "")
    assert "Impossible d’activer le lancement à l’ouverture de session" in err
    assert "directory" not in err and "exists" not in err  # the reason is French too


def test_a_file_the_system_refuses_is_explained_in_the_language(
    tmp_path: Path, clock: FakeClock, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    target = tmp_path / "nowhere" / "all.json"
    code, out, err = run(clock, capsys, "--data-dir", str(tmp_path), "export", "-o", str(target))
    assert (code, out) == (cli.EXIT_FAIL, "")
    assert err.strip() == f"behind-desktop: {target} lässt sich nicht schreiben: es ist nicht da"


def test_wins_are_worded_in_the_language(tmp_path: Path, clock: FakeClock, capsys, monkeypatch):
    from behind_desktop.core.wins import WinSource

    store = Store.open(tmp_path, clock.tz, clock.now())
    store.add_win("Lettre envoyée", WinSource.TYPED, clock.now(), clock.now().date())
    store.close()
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run(clock, capsys, "--data-dir", str(tmp_path), "wins")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Petites victoires, semaine 2026-W48 (lun 23 nov.")
    assert lines[1] == "1 victoire" and "mercredi 25 nov." in lines
    assert "Lettre envoyée  (noté à la main)" in out
    code, out, _ = run(clock, capsys, "--data-dir", str(tmp_path), "wins", "--format", "markdown")
    assert out.startswith("# Petites victoires\n\n## Semaine 2026-W48 · 1 victoire\n")
    assert "### lundi 23 novembre 2026" in out


class Keyboard(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("lang", "typed", "deleted"),
    [
        ("de_DE.UTF-8", "LÖSCHEN", True),
        ("es_ES.UTF-8", "BORRAR", True),
        ("fr_FR.UTF-8", "SUPPRIMER", True),
        ("fr_FR.UTF-8", "DELETE", True),  # the English word is always taken too
        ("de_DE.UTF-8", "BORRAR", False),
    ],
)
def test_delete_all_asks_for_the_word_in_the_language(
    lang: str, typed: str, deleted: bool, tmp_path: Path, clock, capsys, monkeypatch
) -> None:
    Store.open(tmp_path, clock.tz, clock.now()).close()
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr(sys, "stdin", Keyboard(typed + "\n"))
    code, out, _ = run(clock, capsys, "--data-dir", str(tmp_path), "delete-all")
    word = {"de_DE.UTF-8": "LÖSCHEN", "es_ES.UTF-8": "BORRAR", "fr_FR.UTF-8": "SUPPRIMER"}[lang]
    assert f" {word}" in out.splitlines()[0] and "DELETE" not in out
    assert (code == cli.EXIT_OK) is deleted


def test_a_reply_that_never_came_is_said_in_the_language(monkeypatch) -> None:
    from behind_desktop import catalog
    from behind_desktop.ipc.protocol import decode_reply

    monkeypatch.setattr(catalog, "_current", catalog.Catalog.load("es"))
    assert decode_reply(b"") == {"ok": False, "error": "la app abierta no ha respondido"}
    assert decode_reply(b"[1]\n")["error"] == "la app abierta ha enviado algo inesperado"
    assert decode_reply(b'{"ok": true}\n') == {"ok": True}
