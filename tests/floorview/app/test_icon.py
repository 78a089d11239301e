"""The window shows floorview's icon (a floor plan), in kiosk mode and not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("kiosk", [False, True], ids=["window", "kiosk"])
def test_the_window_shows_the_app_icon(launch, kiosk):
    app = launch("host@floorview.dev", kiosk=kiosk)
    icon = app.window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    # the icon's green round table (upper left) and its orange square one (upper right)
    green, orange = image.pixelColor(21, 21), image.pixelColor(40, 21)
    assert green.green() > 120 and green.red() < 60, green.name()
    assert orange.red() > 180 and orange.blue() < 60, orange.name()
