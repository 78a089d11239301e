from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from floorview.ui.zone_names import utc_offset, zone_name

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)
EN = QLocale("en_US")


def test_a_zone_reads_as_its_place_and_its_offset_then():
    assert zone_name("Europe/Berlin", WINTER, EN) == "Berlin (UTC+1)"
    assert zone_name("Europe/Berlin", SUMMER, EN) == "Berlin (UTC+2)"
    assert zone_name("Europe/London", WINTER, EN) == "London (UTC)"
    assert zone_name("America/Argentina/Buenos_Aires", SUMMER, EN) == "Buenos Aires (UTC-3)"
    assert zone_name("Asia/Kolkata", SUMMER, EN) == "Kolkata (UTC+5:30)"


def test_utc_itself_and_unknown_ids():
    assert zone_name("UTC", SUMMER, EN) == "UTC"
    assert zone_name("Mars/Olympus_Mons", SUMMER, EN) == "Mars/Olympus_Mons"
    assert utc_offset(-9000, EN) == "UTC-2:30"
