"""What floorview remembers between runs, in QSettings.

Server, email, branch, floor plan per branch, theme, language, kiosk choice, display thresholds,
the estimates' number of turns, the over-time sound, the window's place on each screen.
Never a password or a token: those live in the OS keyring (floorview.core.credentials) or
nowhere. Tests hand in a QSettings on an ini file in a temporary directory, so nothing
reaches the user's own settings.

The file names the user (their email, the server): it is 0600 in a folder 0700, whatever
the umask. QSettings writes a new file and renames it over the old one, keeping the old
one's mode, so the file is made private before QSettings first writes it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, overload

from PySide6.QtCore import QSettings

from floorview.core.private import private_file
from floorview.options import LANGUAGES, THEMES

log = logging.getLogger(__name__)


class _Flag:
    """A yes/no setting under ``key`` (a QSettings value read as a bool, ``default``
    when unset), as an attribute of :class:`AppSettings`."""

    def __init__(self, key: str, default: bool, doc: str | None = None) -> None:
        self.key, self.default, self.__doc__ = key, default, doc

    @overload
    def __get__(self, settings: None, owner: type) -> _Flag: ...
    @overload
    def __get__(self, settings: AppSettings, owner: type) -> bool: ...

    def __get__(self, settings: AppSettings | None, owner: type) -> bool | _Flag:
        return self if settings is None else settings._bool(self.key, self.default)

    def __set__(self, settings: AppSettings, value: bool) -> None:
        settings._q.setValue(self.key, bool(value))


def _make_private(q: QSettings) -> None:
    """The settings' file (when they are one: not Windows' registry) made 0600 in a
    folder 0700 before QSettings writes it (unwritable: said, and QSettings carries on)."""
    path = Path(q.fileName())
    if q.format() not in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat) \
            or not path.is_absolute():
        return
    try:
        private_file(path)
    except OSError as e:
        log.warning("the settings file %s could not be made private: %s", path, e)


class AppSettings:
    """Typed access to floorview's QSettings.

    Args:
        qsettings: where to keep them; the user's own (organisation "floorview") when
            None. Tests pass ``AppSettings.at(path)``.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings("floorview", "floorview")
        _make_private(self._q)

    @classmethod
    def at(cls, path: str | Path) -> AppSettings:
        """Settings kept in one ini file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        return self._q

    def sync(self) -> None:
        self._q.sync()

    # --- helpers ------------------------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        # whatever was stored: a str from an INI file, an int from the registry, or junk
        value: Any = self._q.value(key, default)
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)

    # --- connection -----------------------------------------------------------------------

    @property
    def server(self) -> str:
        return self._str("connection/server")

    @server.setter
    def server(self, value: str) -> None:
        self._q.setValue("connection/server", value)

    @property
    def email(self) -> str:
        return self._str("connection/email")

    @email.setter
    def email(self, value: str) -> None:
        self._q.setValue("connection/email", value)

    remember = _Flag("connection/remember", False,
                     "Whether the user asked to stay signed in (the password is in the keyring).")

    @property
    def branch_id(self) -> str:
        return self._str("connection/branch")

    @branch_id.setter
    def branch_id(self, value: str) -> None:
        self._q.setValue("connection/branch", value)

    def floor_plan_for(self, branch_id: str) -> str:
        return self._str(f"floors/{branch_id}")

    def set_floor_plan_for(self, branch_id: str, floor_plan_id: str) -> None:
        self._q.setValue(f"floors/{branch_id}", floor_plan_id)

    # --- display --------------------------------------------------------------------------

    @property
    def theme(self) -> str:
        """"system", "light" or "dark"."""
        value = self._str("display/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("display/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """The language chosen in Preferences ("de", "es", "fr", "en"), or "" to follow
        the system's."""
        value = self._str("display/language", "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("display/language", value if value in LANGUAGES else "")

    kiosk = _Flag("display/kiosk", False)
    show_sections = _Flag("display/sections", True)

    @property
    def amber_minutes(self) -> int:
        return max(1, self._int("display/amberMinutes", 60))

    @amber_minutes.setter
    def amber_minutes(self, value: int) -> None:
        self._q.setValue("display/amberMinutes", int(value))

    @property
    def red_minutes(self) -> int:
        return max(self.amber_minutes + 1, self._int("display/redMinutes", 90))

    @red_minutes.setter
    def red_minutes(self, value: int) -> None:
        self._q.setValue("display/redMinutes", int(value))

    @property
    def estimate_turns(self) -> int:
        """"Likely free next" is the median of at most this many comparable turns."""
        return min(50, max(1, self._int("estimates/turns", 8)))

    @estimate_turns.setter
    def estimate_turns(self, value: int) -> None:
        self._q.setValue("estimates/turns", int(value))

    @property
    def seat_mode(self) -> str:
        """Who Seat a party offers next: "rotation" (longest since their last party,
        skipping anyone well ahead on covers for their seats), "strict" (no skipping) or
        "covers" (fewest covers per seat first)."""
        value = self._str("seating/mode", "rotation")
        return value if value in ("rotation", "strict", "covers") else "rotation"

    @seat_mode.setter
    def seat_mode(self, value: str) -> None:
        self._q.setValue("seating/mode", str(value))

    show_free_times = _Flag("display/freeTimes", False,
                            "Each occupied table's likely free time on the floor (F8).")

    over_time_sound = _Flag("alerts/overTimeSound", False,
                            "A sound when a table goes over time (past red); off unless chosen.")

    def window_rect_for(self, screen: str) -> tuple[int, int, int, int, bool] | None:
        """The window's place last left on this screen (a key naming the screen and its
        size): x, y, width, height and whether it was maximised; None when never left
        there, or when what is stored is not that (said in the log)."""
        key = f"window/{_key_part(screen)}"
        value = self._q.value(key)
        if value is None:
            return None
        try:
            x, y, w, h, maximised = (int(v) for v in str(value).split(","))
        except ValueError:
            log.warning("the window's remembered place %s is %r, not x,y,w,h,max: ignored",
                        key, value)
            return None
        if w <= 0 or h <= 0:
            log.warning("the window's remembered place %s is %r, an empty size: ignored",
                        key, value)
            return None
        return x, y, w, h, bool(maximised)

    def set_window_rect_for(self, screen: str, rect: tuple[int, int, int, int],
                            maximised: bool) -> None:
        self._q.setValue(f"window/{_key_part(screen)}",
                         ",".join(str(int(v)) for v in (*rect, maximised)))


def _key_part(text: str) -> str:
    """Text as one QSettings key (no "/" or "\\", which nest groups; nothing an INI
    file escapes)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text) or "_"
