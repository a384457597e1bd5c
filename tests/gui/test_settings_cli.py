"""``behind-desktop settings set`` while the app runs: the app applies it at once."""

from __future__ import annotations

import json

import pytest

from tests.gui.test_single_instance import cli, posix_process, running_app

__all__ = ["running_app"]  # the fixture, shared with the single-instance tests


@posix_process
@pytest.mark.slow
def test_settings_set_reaches_the_running_app(running_app, data_dir):
    changed = cli(data_dir, "settings", "set", "focus_minutes=20", "question.food.enabled=off")
    assert (changed.returncode, changed.stdout, changed.stderr) == (0, "Saved.\n", "")
    shown = cli(data_dir, "settings", "show").stdout.splitlines()
    assert "focus_minutes=20" in shown and "question.food.enabled=off" in shown
    # The running app uses the new length straight away, no restart.
    started = json.loads(cli(data_dir, "focus", "start").stdout)
    assert 1190 <= started["remaining_s"] <= 1200

    refused = cli(data_dir, "settings", "set", "focus_minutes=30", "quiet_start=soon")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "“soon” is not a time of day" in refused.stderr
    assert "focus_minutes=20" in cli(data_dir, "settings", "show").stdout.splitlines()
    assert running_app.poll() is None
