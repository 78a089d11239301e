"""The settings file: a round trip, and never a password or a token in it."""

from __future__ import annotations

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
