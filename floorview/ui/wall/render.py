"""The wall to an image, headless: the same page the window shows, grabbed at a size
(``floorview snapshot --wall``, the screenshots)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from floorview.core.model import Branch
from floorview.core.store import BranchStore
from floorview.ui.floor.palette import DARK, Theme
from floorview.ui.wall.wall_page import WallPage
from floorview.ui.wall.wall_view import LinkOf


def render_wall(branches: Sequence[Branch], stores: Mapping[str, BranchStore], *,
                clock: Callable[[], datetime], link: LinkOf | None = None,
                width: int = 1920, height: int = 1080, theme: Theme = DARK,
                kiosk: bool = True) -> QImage:
    """The wall of ``branches`` at ``width`` × ``height`` (needs a QApplication)."""
    page = WallPage(clock=clock, theme=theme, kiosk=kiosk)
    try:
        page.resize(width, height)
        page.fit_strip()
        page.set_branches(branches, stores, link)
        page.ensurePolished()
        for _ in range(3):  # the page's layout, then the scroll area's, settle
            layout = page.layout()
            if layout is not None:
                layout.activate()
            QCoreApplication.sendPostedEvents()
        page.view.flush()
        return page.grab().toImage()
    finally:
        page.deleteLater()
