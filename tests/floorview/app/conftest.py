"""The Qt app's shared fixtures (tests/floorview/qtapp.py)."""

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
