from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from floorview.ui import formats

EVENING = datetime(2026, 12, 7, 20, 5, 7, tzinfo=UTC)  # a Monday; 21:05 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def locale():
    def use(name):
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(QLocale.system())


def test_days_and_times_in_the_branchs_zone_as_the_locale_writes_them(locale):
    locale("de_DE")
    assert formats.short_day(EVENING, BERLIN) == "Mo. 7 Dez."
    assert formats.long_day(EVENING, BERLIN) == "Montag, 7. Dezember 2026"
    assert formats.clock(EVENING, BERLIN) == "21:05"
    assert formats.clock(EVENING, BERLIN, seconds=True) == "21:05:07"
    locale("en_US")  # Qt writes a narrow no-break space before AM/PM
    assert formats.long_day(EVENING, BERLIN) == "Monday, December 7, 2026"
    assert formats.clock(EVENING, BERLIN) == "9:05\u202fPM"
    assert formats.clock(EVENING, BERLIN, seconds=True) == "9:05:07\u202fPM"
    assert formats.hour(18) == "6:00\u202fPM"


def test_numbers_percentages_and_durations(locale):
    locale("de_DE")
    assert formats.number(12345) == "12.345" and formats.number(2.5, 1) == "2,5"
    assert formats.percent(0.45) == "45%"  # the space German puts before % is its translator's
    locale("en_US")
    assert formats.number(12345) == "12,345"
    assert formats.duration(None) == "—" and formats.duration(-3) == "0m"
    assert formats.duration(42) == "42m" and formats.duration(65) == "1h 05m"
