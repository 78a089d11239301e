"""The Qt app's shared fixtures for every UI test (tests/floorview/qtapp.py); the floor
view's own conftest adds its scenes and a sample store of its own."""

from tests.floorview.qtapp import (  # noqa: F401 (fixtures)
    _shared_loop_cleanup,
    admin,
    aio,
    desk_screen,
    isolated_qsettings,
    launch,
    settings,
    store,
    stub,
)
