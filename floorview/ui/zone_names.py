"""A time zone by a name a person reads: "Berlin (UTC+1)", not "Europe/Berlin".

The place is the zone id's last part ("America/Argentina/Buenos_Aires" → "Buenos Aires");
the offset is the zone's at the moment asked about (now by default), so Berlin reads
"UTC+1" in winter and "UTC+2" in summer, with the sign and digits as the locale writes them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def zone_name(zone_id: str, at: datetime | None = None, locale: QLocale | None = None) -> str:
    """``"Berlin (UTC+1)"`` for "Europe/Berlin" in winter; an id Qt does not know as given."""
    zone = QTimeZone(zone_id.encode())
    if not zone.isValid():
        return zone_id
    when = QDateTime.fromSecsSinceEpoch(int((at or datetime.now(UTC)).timestamp()))
    offset = utc_offset(zone.offsetFromUtc(when), locale or QLocale())
    place = zone_id.rsplit("/", 1)[-1].replace("_", " ")
    if place.upper() in ("UTC", "GMT", "UCT", "ZULU", "UNIVERSAL"):
        return offset
    return QCoreApplication.translate("ZoneNames", "{0} ({1})", "a place and its UTC offset").format(
        place, offset)


def utc_offset(seconds: int, locale: QLocale | None = None) -> str:
    """``"UTC"``, ``"UTC+1"``, ``"UTC−3"``, ``"UTC+5:30"``: hours, minutes only when some."""
    if seconds == 0:
        return "UTC"
    locale = locale or QLocale()
    sign = locale.positiveSign() if seconds > 0 else locale.negativeSign()
    hours, minutes = divmod(abs(seconds) // 60, 60)
    text = locale.toString(hours)
    if minutes:
        text += f":{minutes:02d}"
    return f"UTC{sign}{text}"
