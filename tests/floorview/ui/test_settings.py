"""The settings file: a round trip, and never a password or a token in it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from floorview.ui.settings import AppSettings


def test_settings_round_trip_and_never_hold_a_password(tmp_path):
    path = tmp_path / "s.ini"
    s = AppSettings.at(path)
    s.server, s.email, s.branch_id, s.theme, s.kiosk = "http://h:1", "a@b", "br-1", "dark", True
    s.set_floor_plan_for("br-1", "fp-2")
    s.amber_minutes, s.red_minutes = 45, 75
    s.sync()
    again = AppSettings.at(path)
    assert (again.server, again.email, again.branch_id, again.theme, again.kiosk) == (
        "http://h:1", "a@b", "br-1", "dark", True)
    assert again.floor_plan_for("br-1") == "fp-2"
    assert (again.amber_minutes, again.red_minutes) == (45, 75)
    assert "password" not in path.read_text().lower() and "token" not in path.read_text().lower()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_users_own_settings_are_private_whatever_the_umask(isolated_qsettings, open_umask):
    """The default settings (QSettings' own place: ~/.config/floorview/floorview.conf
    on Linux, here under the isolated folder) hold the user's email: 0600 in 0700."""
    s = AppSettings()
    s.server, s.email = "https://api.example", "ana@example.com"
    s.sync()
    path = Path(s.qsettings.fileName())
    assert path.is_relative_to(isolated_qsettings) and "ana@example.com" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    s.theme = "dark"  # written again: a new file renamed over the old one, still private
    s.sync()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_readable_settings_file_from_before_is_made_private(tmp_path, open_umask):
    path = tmp_path / "conf" / "s.ini"
    path.parent.mkdir(mode=0o755)
    path.write_text("[connection]\nemail=ana@example.com\n")
    os.chmod(path, 0o644)
    assert AppSettings.at(path).email == "ana@example.com"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_seat_mode_is_rotation_unless_a_known_choice_was_saved(tmp_path):
    settings = AppSettings.at(tmp_path / "s.ini")
    assert settings.seat_mode == "rotation"
    settings.seat_mode = "covers"
    assert AppSettings.at(tmp_path / "s.ini").seat_mode == "covers"
    settings.seat_mode = "loudest first"
    assert settings.seat_mode == "rotation"
