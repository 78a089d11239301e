"""floorview.ui.assets: the stylesheets and the app icon, read from Qt's resources."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_app_loads_its_stylesheets_and_icon_from_the_compiled_module(qapp):
    from floorview.ui import assets

    for name in ("light", "dark"):
        assert assets.stylesheet(name) == (ROOT / "resources" / "styles" / f"{name}.qss").read_text()
    icon = assets.app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(assets.ICON_SIZES)
    # the icon shows the floor: the green round table in the upper left quarter
    image = icon.pixmap(64, 64).toImage()
    green = image.pixelColor(21, 21)
    assert green.green() > 120 and green.red() < 60, green.name()
