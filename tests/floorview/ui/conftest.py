"""The Qt-app fixtures for the UI tests beside the floor view's (tests/floorview/qtapp.py)."""

from tests.floorview.qtapp import (  # noqa: F401 (fixtures)
    _shared_loop_cleanup,
    aio,
    isolated_qsettings,
    launch,
    settings,
    stub,
)
