"""Numbers, percentages, days, times and durations as the language in use writes them
(Qt's default ``QLocale``, which ``--lang`` and the system set), in the branch's time zone.

The patterns a language may want in another order ("ddd d MMM", "{0}%") go through
the translation too, so a translator can write "ddd, d. MMM" or "{0} %".
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def number(value: float, decimals: int = 0) -> str:
    """``1,234`` / ``1.234`` / ``1 234``: the locale's digits and separators."""
    locale = QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def percent(value: float) -> str:
    """A share (0.45) as the locale writes a percentage: "45%", "45 %"."""
    return QCoreApplication.translate("Formats", "{0}%", "a percentage").format(number(value * 100))


def _local(when: datetime, zone: tzinfo | None) -> datetime:
    return when.astimezone(zone)


def short_day(when: datetime, zone: tzinfo | None) -> str:
    """The day, short: "Mon 7 Dec", "Mo. 7 Dez."."""
    local = _local(when, zone)
    return QLocale().toString(QDate(local.year, local.month, local.day),
                              QCoreApplication.translate("Formats", "ddd d MMM", "a short day; Qt's date pattern"))


def long_day(when: datetime, zone: tzinfo | None) -> str:
    """The day in full: "Monday, 7 December 2026", "Montag, 7. Dezember 2026"."""
    local = _local(when, zone)
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)


def clock(when: datetime, zone: tzinfo | None, *, seconds: bool = False) -> str:
    """The time of day as the locale writes it: "21:05", "9:05 PM" (with ``seconds``: "21:05:07")."""
    local = _local(when, zone)
    time = QTime(local.hour, local.minute, local.second)
    if seconds:
        return QLocale().toString(time, _with_seconds())
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def _with_seconds() -> str:
    # the short format with its seconds: "HH:mm" → "HH:mm:ss" ("h:mm AP" → "h:mm:ss AP")
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return short.replace("mm", "mm:ss", 1) if ":ss" not in short else short


def hour(h: int) -> str:
    """An hour of the day on the hour, as a chart's axis reads it: "21:00", "9 PM"."""
    return QLocale().toString(QTime(h, 0), QLocale.FormatType.ShortFormat)


def duration(minutes: int | None) -> str:
    """A span in hours and minutes: "42m", "1h 05m" (as the language abbreviates them);
    negative (clock skew) as "0m", none as "—"."""
    if minutes is None:
        return "—"
    minutes = max(0, int(minutes))
    if minutes < 60:
        return QCoreApplication.translate("Formats", "{0}m", "minutes, short").format(number(minutes))
    return QCoreApplication.translate("Formats", "{0}h {1}m", "hours and minutes, short").format(
        number(minutes // 60), f"{minutes % 60:02d}")
