"""`behind-desktop quit` ends the running app cleanly, for scripts; it never starts one."""

from __future__ import annotations

import pytest

from tests.gui.test_single_instance import cli, listening, posix_process
from tests.gui.test_single_instance import running_app as running_app  # the fixture


@posix_process
@pytest.mark.slow
def test_quit_ends_the_running_app_and_returns_once_it_is_gone(running_app, data_dir):
    started = cli(data_dir, "focus", "start", "--step", "one page")
    assert started.returncode == 0, started.stderr
    done = cli(data_dir, "quit")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "behind-desktop: Behind has quit. Everything is saved."
    assert running_app.wait(timeout=10) == 0  # a clean exit
    assert not listening(data_dir)
    status = cli(data_dir, "focus", "status")  # the block was kept, from the store
    assert '"step": "one page"' in status.stdout


@posix_process
def test_quit_with_nothing_running_says_so_exits_1_and_starts_nothing(data_dir):
    done = cli(data_dir, "quit")
    assert done.returncode == 1  # a script can tell "it quit" from "nothing was running"
    assert done.stderr.strip() == (
        "behind-desktop: Behind isn't running, so there was nothing to quit"
    )
    assert done.stdout == ""
    assert not listening(data_dir)
