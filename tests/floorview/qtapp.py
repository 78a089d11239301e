"""The Qt app's shared test fixtures and helpers: isolated settings, an asyncio loop on
Qt's, a populated store, a real stub server on loopback and the app launched against it.

Imported by the conftests that need them (tests/floorview/app, ui/window, ui/dialogs)::

    from tests.floorview.qtapp import *  # noqa: F403 (fixtures)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
from collections.abc import Awaitable
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from floorview.app import FloorviewApp
from floorview.core.live import ConnState
from floorview.core.model import Branch, FloorPlan, Role, Status, Table, TableSection, User
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore
from floorview.ui.settings import AppSettings
from tests.floorview.factories import table_json

STATUS_COLORS = {
    Status.AVAILABLE: QColor("#43A047"),
    Status.RESERVED: QColor("#1E88E5"),
    Status.OCCUPIED: QColor("#E53935"),
    Status.CLEANING: QColor("#FDD835"),
    Status.OUT_OF_SERVICE: QColor("#757575"),
    Status.UNKNOWN: QColor("#AB47BC"),
}


def status_color(status: Status) -> QColor:
    return STATUS_COLORS[status]


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory, monkeypatch):
    """Nothing a test does reaches the user's own QSettings or keyring."""
    where = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(where))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("FLOORVIEW_PASSWORD", raising=False)
    yield where


@pytest.fixture(autouse=True)
def desk_screen(monkeypatch):
    """The app's window opens as on a desk's screen (1600 x 1000 available: 1440 x 900),
    not on the offscreen platform's 800 x 800, where its side panel folds into a drawer;
    tests of small screens say their own."""
    from PySide6.QtCore import QRect

    from floorview.ui.window import screen_fit

    monkeypatch.setattr(screen_fit, "screen_area",
                        lambda _window: ("desk-1600x1000", QRect(0, 0, 1600, 1000)))


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings.at(tmp_path / "floorview.ini")


_LOOP: Any = None


@pytest.fixture(scope="session", autouse=True)
def _shared_loop_cleanup():
    """At the end, stop the shared loop's executor threads (QThreads: left running they
    abort the interpreter's exit with "QThread: Destroyed while thread is still running").

    Each conftest that imports it has its own copy of this fixture, so the first to end
    does the work and the others find nothing left (a second shutdown raises)."""
    global _LOOP
    yield
    loop, _LOOP = _LOOP, None
    if loop is not None:
        executor = getattr(loop, "_QEventLoop__default_executor", None)
        if executor is not None:
            executor.shutdown(wait=True)


@pytest.fixture
def aio(qapp):
    """An asyncio loop driven by Qt's (qasync), running while the test runs.

    One loop for the whole session, never stopped: ``loop.stop()`` would call
    ``QApplication.exit()`` and break every later qtbot wait, and closing a qasync loop
    mid-session has crashed in QTimerInfoList::activateTimers (5 runs in 8). Between tests, tasks a
    test left behind are cancelled.
    """
    import qasync

    global _LOOP
    if _LOOP is None:
        _LOOP = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(_LOOP)
    asyncio.events._set_running_loop(_LOOP)
    try:
        yield _LOOP
    finally:
        tasks = [t for t in asyncio.all_tasks(_LOOP) if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            deadline = 200
            while deadline and not all(t.done() for t in tasks):
                qapp.processEvents()
                deadline -= 1
        asyncio.events._set_running_loop(None)
        gc.collect()


def run(qtbot, awaitable: Awaitable[Any], timeout: int = 15_000) -> Any:
    """Run a coroutine on the test's loop until it is done; its result or its error."""
    future = asyncio.ensure_future(awaitable)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


# --- the app against a real stub ---------------------------------------------------------

FAST_LIVE = {"backoff": (0.05, 0.3), "ack_timeout": 0.5, "confirm_delay": 0.5}


@pytest.fixture
def stub():
    from server_stub.testing import StubServer

    # No REST rate limit: the tests check the server after each action by polling it,
    # and from one loopback address that polling once drew a 429 whose 9 s Retry-After
    # also held back the app's own writes (test_input failed 3 runs of 6).
    srv = StubServer(demo=True, rest_rate_limit=(100_000, 1.0))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def admin(stub):
    rest = RestClient(stub.url)
    rest.login("admin@floorview.dev", "demo")
    yield rest
    rest.close()


class InProcessDemo:
    """``--demo``'s stub in-process instead of a child (the Xvfb smoke runs the real one);
    handed to FloorviewApp as its ``demo_factory``."""

    def __init__(self) -> None:
        from server_stub.testing import StubServer

        self.srv = StubServer(demo=True)

    def start(self) -> str:
        self.srv.start()
        return self.srv.url

    def stop(self) -> None:
        self.srv.stop()


def make_args(stub, **over) -> argparse.Namespace:
    values = dict(server=stub.url, email=None, branch=None, floor=None, ca_bundle=None,
                  demo=False, kiosk=False, theme="light", verbose=0)
    values.update(over)
    return argparse.Namespace(**values)


@pytest.fixture
def launch(qtbot, aio, settings, stub):
    """Start the app signed in as ``email`` (password from the environment) and live."""
    apps: list[FloorviewApp] = []

    def start(email: str, **over) -> FloorviewApp:
        app = FloorviewApp(make_args(stub, email=email, **over), settings=settings,
                           env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE)
        apps.append(app)
        started = run(qtbot, app.start())
        assert started, "the app did not start"
        wait_live(qtbot, app)
        return app

    yield start
    for app in apps:
        run(qtbot, app.shutdown())


def wait_live(qtbot, app: FloorviewApp, timeout: int = 15_000) -> None:
    def live() -> None:
        assert app.session is not None
        assert app.session.status.state is ConnState.LIVE, app.session.status
        assert app.window.scenes, "no floor tabs yet"
    qtbot.waitUntil(live, timeout=timeout)
    for scene in app.window.scenes.values():
        scene.flush()
    app.window.summary.refresh()  # (both normally refresh once per burst of events)
    app.window.table_list.refresh()



# --- a small branch, made by hand -------------------------------------------------------

def make_store(tables: int = 6) -> BranchStore:
    store = BranchStore("br-1")
    store.set_reference(
        branch=Branch("br-1", "Harbour", "Europe/Lisbon"),
        floor_plans=[FloorPlan("fp-1", "br-1", "Main", 1200, 800, 0),
                     FloorPlan("fp-2", "br-1", "Patio", 800, 600, 1)],
        sections=[TableSection("sec-1", "br-1", "fp-1", "Window", "#FFCC80", "u-ana")],
        users=[
            User("u-ana", "Ana Silva", "ana@x", Role.SERVER, ("br-1",), "#8E24AA"),
            User("u-ben", "Ben Okafor", "ben@x", Role.SERVER, ("br-1",), "#00897B"),
            User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None),
        ],
    )
    statuses = ["available", "occupied", "occupied", "reserved", "cleaning", "out_of_service"]
    rows = []
    for i in range(tables):
        status = statuses[i % len(statuses)]
        rows.append(Table.from_json(table_json(
            f"t-{i + 1}", number=str(i + 1), x=100 + 150 * i, y=100,
            status=status, capacity=4,
            guestCount=3 if status == "occupied" else (2 if status == "reserved" else None),
            serverId="u-ana" if i % 2 else ("u-ben" if i == 2 else None),
            statusChangedAt=f"2026-11-25T19:{10 + i:02d}:00.000Z",
            floorPlanId="fp-1" if i < 4 else "fp-2",
        )))
    store.apply_snapshot(rows)
    return store


@pytest.fixture
def store() -> BranchStore:
    return make_store()


class PixmapCacheWatch:
    """A sentinel picture in a small QPixmapCache, to tell whether drawing left entries
    behind: QPixmapCache evicts its least recently used entry first, and nothing touches
    the sentinel, so it goes once what was added since outgrows the room left beside it.

        with PixmapCacheWatch(limit_kb=1024, sentinel_kb=256) as watch:
            ...draw a few hundred times...
            assert watch.sentinel_kept()
    """

    KEY = "tests:pixmap-cache-sentinel"

    def __init__(self, limit_kb: int = 1024, sentinel_kb: int = 256) -> None:
        self.limit_kb = limit_kb
        self.sentinel_kb = sentinel_kb
        self._old = 0

    def __enter__(self) -> PixmapCacheWatch:
        from PySide6.QtGui import QPixmap, QPixmapCache

        self._old = QPixmapCache.cacheLimit()
        QPixmapCache.clear()
        QPixmapCache.setCacheLimit(self.limit_kb)
        side = int((self.sentinel_kb * 1024 / 4) ** 0.5)  # 32-bit pixels
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor("#123456"))
        assert QPixmapCache.insert(self.KEY, pixmap)
        return self

    def sentinel_kept(self) -> bool:
        from PySide6.QtGui import QPixmapCache

        return QPixmapCache.find(self.KEY) is not None

    def __exit__(self, *exc: object) -> None:
        from PySide6.QtGui import QPixmapCache

        QPixmapCache.clear()
        QPixmapCache.setCacheLimit(self._old)
