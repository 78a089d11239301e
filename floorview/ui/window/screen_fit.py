"""The window's size and place on the screen it opens on, and remembered per screen.

A window opens on the screen under the pointer (where the person is), else the primary
one, inside that screen's available area (less the taskbar and panels): where it was last
left on that screen, clamped to the area if the screen or its scaling changed since, or
else at 90 % of the area (at least 1440 x 900 where that fits), centred. A laptop of
1280 x 720 logical pixels (a 1920 x 1080 panel at 150 %) gets a window as large as its
area, where a fixed 1440 x 900 lost the summary, the list, Sign out and the status bar
past its edges.

The window's frame (title bar, borders) is not known before it is shown: the area is
shrunk by an allowance for it, and :func:`keep_inside` pulls the window in once it is
shown if the real frame is larger.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from floorview.ui.settings import AppSettings

log = logging.getLogger(__name__)

DEFAULT_SHARE = 0.9  # of the available area, on a screen larger than DEFAULT_SIZE
DEFAULT_SIZE = QSize(1440, 900)  # at least this where it fits
FRAME_SIDE = 8  # each side's border, before the window manager says
FRAME_TOP = 32  # the title bar's height and the top border, likewise


def screen_key(screen: QScreen) -> str:
    """What the remembered place is kept under: the screen's name and its size in
    logical pixels (a new scaling is a new size, and the place is chosen again)."""
    size = screen.geometry().size()
    return f"{screen.name() or 'screen'}-{size.width()}x{size.height()}"


def screen_area(window: QWidget) -> tuple[str, QRect]:
    """The screen the window opens on (under the pointer, else the window's own, else the
    primary): its key and its available area, in logical pixels."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or window.screen() \
        or QGuiApplication.primaryScreen()
    return screen_key(screen), screen.availableGeometry()


def _client_room(available: QRect) -> QSize:
    """The most the window's inside may be on that area, its frame's allowance taken."""
    return QSize(max(1, available.width() - 2 * FRAME_SIDE),
                 max(1, available.height() - FRAME_TOP - FRAME_SIDE))


def default_rect(available: QRect) -> QRect:
    """The window's inside on a screen it was never left on: 90 % of the area, at least
    1440 x 900 where that fits, never more than the area; centred."""
    room = _client_room(available)
    width = min(room.width(), max(round(available.width() * DEFAULT_SHARE),
                                  DEFAULT_SIZE.width()))
    height = min(room.height(), max(round(available.height() * DEFAULT_SHARE),
                                    DEFAULT_SIZE.height()))
    return _centred(QSize(width, height), available)


def _centred(size: QSize, available: QRect) -> QRect:
    x = available.x() + (available.width() - size.width()) // 2
    y = available.y() + FRAME_TOP + (available.height() - FRAME_TOP - FRAME_SIDE
                                     - size.height()) // 2
    return QRect(x, y, size.width(), size.height())


def clamped_rect(rect: QRect, available: QRect) -> QRect:
    """A remembered inside made to fit the area: no larger than its room, moved inside
    it (its frame's allowance too)."""
    room = _client_room(available)
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    left, top = available.x() + FRAME_SIDE, available.y() + FRAME_TOP
    right = available.x() + available.width() - FRAME_SIDE - width
    bottom = available.y() + available.height() - FRAME_SIDE - height
    x = min(max(rect.x(), left), max(left, right))
    y = min(max(rect.y(), top), max(top, bottom))
    return QRect(x, y, width, height)


def opening_rect(available: QRect, remembered: tuple[int, int, int, int, bool] | None
                 ) -> tuple[QRect, bool]:
    """The window's inside and whether it opens maximised, on this area."""
    if remembered is None:
        return default_rect(available), False
    x, y, w, h, maximised = remembered
    return clamped_rect(QRect(x, y, w, h), available), maximised


def open_on_screen(window: QWidget, settings: AppSettings) -> None:
    """Size, place and show the window on the screen it opens on (see the module)."""
    key, available = screen_area(window)
    rect, maximised = opening_rect(available, settings.window_rect_for(key))
    room = _client_room(available)
    least = window.minimumSize()
    if least.width() > room.width() or least.height() > room.height():
        window.setMinimumSize(least.boundedTo(room))  # a screen smaller than the least
    window.setGeometry(rect)
    log.info("window opens at %dx%d+%d+%d on %s (available %dx%d)%s", rect.width(),
             rect.height(), rect.x(), rect.y(), key, available.width(), available.height(),
             ", maximised" if maximised else "")
    if maximised:
        window.showMaximized()
    else:
        window.show()
    QTimer.singleShot(0, window, functools.partial(keep_inside, window))


def keep_inside(window: QWidget) -> None:
    """Once shown: a window whose real frame reaches past its screen's available area is
    made smaller and moved inside it."""
    if window.isMaximized() or window.isFullScreen() or (screen := window.screen()) is None:
        return
    available, frame, inside = screen.availableGeometry(), window.frameGeometry(), \
        window.geometry()
    if available.contains(frame):
        return
    extra_w, extra_h = frame.width() - inside.width(), frame.height() - inside.height()
    width = min(inside.width(), available.width() - extra_w)
    height = min(inside.height(), available.height() - extra_h)
    window.resize(max(1, width), max(1, height))
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width - extra_w)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height - extra_h)
    window.move(x, y)  # (move places the frame)


def remember(window: QWidget, settings: AppSettings) -> None:
    """Where the window is now, kept for the screen it is on (its size before it was
    maximised, and that it was)."""
    if window.isFullScreen() or (screen := window.screen()) is None:
        return
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if rect.isEmpty():
        return
    settings.set_window_rect_for(screen_key(screen),
                                 (rect.x(), rect.y(), rect.width(), rect.height()),
                                 window.isMaximized())
