"""The entry point, as a person starts it: ``python -m floorview.app`` in a process of its
own (its own QApplication and loop), its exit codes, and its log in the platform's place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("FLOORVIEW_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "floorview.app", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_help_names_the_apps_options_and_exits_0(tmp_path):
    done = _run(["--help"], tmp_path)
    assert done.returncode == 0
    for option in ("--server", "--branch", "--kiosk", "--paint-log", "--log-level"):
        assert option in done.stdout


def test_an_unknown_option_exits_2_and_says_which(tmp_path):
    done = _run(["--no-such-option"], tmp_path)
    assert done.returncode == 2
    assert "--no-such-option" in done.stderr


def test_a_paint_log_it_cannot_write_exits_1_said_in_the_log_file(tmp_path):
    where = tmp_path / "no-such-folder" / "paint.log"
    done = _run(["--paint-log", str(where)], tmp_path)
    assert done.returncode == 1
    assert "cannot write the paint log" in done.stderr
    [log_file] = (tmp_path / "state").rglob("floorview.log")
    assert "cannot write the paint log" in log_file.read_text("utf-8")
