"""What the app ships that is not code — the stylesheets, the window icon and the kiosk
menus' sub-menu arrow — read through Qt's resource system (``:/floorview/...``).

Their sources live in the repository's top-level ``resources/``;
``packaging/render-resources`` compiles them (pyside6-rcc) into the generated module
:mod:`floorview.ui.resources_rc`, which registers them when imported. Being a Python
module, they travel with the code into the wheel and into the PyInstaller bundle (both
follow imports), and load the same from a source tree, an editable install, a wheel or a
bundle, with no data-file paths to get right in each.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QSize
from PySide6.QtGui import QIcon

from floorview.ui import resources_rc  # noqa: F401  (registers the resources)

#: The app's id: the desktop entry's and the AppStream metainfo's name, the icon's name.
APP_ID = "dev.floorview.Floorview"

#: The sizes of the window icon compiled into the module (512 is for the desktop only).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def read_bytes(path: str) -> bytes:
    """A resource's bytes, by its path under ``:/floorview/``; FileNotFoundError."""
    file = QFile(f":/floorview/{path}")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f":/floorview/{path}")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def stylesheet(name: str) -> str:
    """The Qt stylesheet of a theme: ``light`` or ``dark``."""
    return read_bytes(f"styles/{name}.qss").decode("utf-8")


def app_icon() -> QIcon:
    """The app's icon (a floor plan: walls, a door, four tables in status colours),
    in every size, so each place Qt shows it picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(f":/floorview/icons/{size}.png", QSize(size, size))
    return icon
