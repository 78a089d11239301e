"""A host stand nobody tends: it signs in again at every expiry and stays live, a cut
answer is asked again, reconciliation heals what the events missed, and the log file keeps
no secret (a dying demo server: test_demo_supervisor; an unhandled exception:
test_recovery)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer

from floorview.app import FloorviewApp
from floorview.core import logfile
from floorview.core.live import ConnState
from floorview.core.rest import RestClient
from server_stub.testing import StubServer
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live


def test_the_log_file_keeps_no_password_or_token_across_a_sign_in_again(qtbot, aio, settings,
                                                                       tmp_path):
    password = "Sesame-4f9b2-Quokka"
    stub = StubServer(demo=True, db_path=tmp_path / "stub.db")
    stub.start()
    admin = RestClient(stub.url)
    admin.login("admin@floorview.dev", "demo")
    branch_id = admin.branches()[0].id
    admin.close()
    stub.call(lambda s: s.add_user("Hana Host", "hana@floorview.dev", "host", password, [branch_id]))
    path = tmp_path / "log" / "floorview.log"
    assert logfile.configure(level="DEBUG", to_file=True, path=path) == path
    app = FloorviewApp(make_args(stub, email="hana@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": password}, live_options=FAST_LIVE)
    tokens = []
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        tokens.append(app.rest.token)
        # a new signing secret: the old token is refused, and the app signs in again
        stub.stop()
        stub.config.secret = "another-secret-for-the-stub-0123456789"
        stub.start()
        qtbot.waitUntil(lambda: app.rest.token != tokens[0], timeout=20_000)
        wait_live(qtbot, app, timeout=20_000)
        tokens.append(app.rest.token)
    finally:
        run(qtbot, app.shutdown())
        logfile.close()
        stub.stop()
    text = path.read_text(encoding="utf-8")
    assert text.count("signed in as hana@floorview.dev") >= 2, text[-3000:]
    assert "DEBUG" in text
    assert password not in text
    for token in tokens:
        assert token and token not in text
        for part in token.split("."):  # nor any third of it
            assert part not in text


def test_a_host_stand_signs_in_again_at_every_expiry_and_its_floor_stays_live(
        qtbot, aio, settings, tmp_path):
    """Tokens of 2 s, a reconciliation every 0.3 s: four expiries in a row, each signed
    in again without a word to the host, the floor following another's changes and
    taking the host's own."""
    from floorview.core.model import Status

    stub = StubServer(demo=True, db_path=tmp_path / "stub.db", token_ttl=2,
                      rest_rate_limit=(100_000, 1.0), login_rate_limit=(100_000, 60.0))
    stub.start()
    admin = RestClient(stub.url)
    admin.token = stub.token_for("admin@floorview.dev", ttl=3600)
    app = FloorviewApp(make_args(stub, email="host@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": "demo"},
                       live_options={**FAST_LIVE, "reconcile_period": 0.3})
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        window = app.window
        banners = set()  # what the banner showed, looked at every 10 ms
        watcher = QTimer()
        watcher.timeout.connect(lambda: banners.add(window.banner.state))
        watcher.start(10)
        tokens = [app.rest.token]
        ids = sorted(app.store.tables)
        for n in range(1, 5):
            qtbot.waitUntil(lambda: app.rest.token != tokens[-1], timeout=15_000)
            tokens.append(app.rest.token)
            # another's change reaches the floor
            saved = admin.set_status(ids[n], "occupied", n)
            scene = window.scene_of(ids[n])
            qtbot.waitUntil(lambda s=saved, sc=scene: sc.table_item(s.id).table.version == s.version,
                            timeout=15_000)
            # the host's own, sent with whatever token the app holds now
            qtbot.wait(2100)  # expired (unless a reconciliation renewed it just before)
            assert run(qtbot, app.controller.set_status(ids[-n], "cleaning"))
            qtbot.waitUntil(lambda i=ids[-n]: app.store.tables[i].status is Status.CLEANING,
                            timeout=15_000)
            assert window.banner.state is ConnState.LIVE
        watcher.stop()
        assert banners == {ConnState.LIVE}, banners  # never "Sign in again…", nor a reconnect
        assert app.login_dialog is None
    finally:
        run(qtbot, app.shutdown())
        admin.close()
        stub.stop()


def test_a_sign_in_answer_cut_mid_body_is_asked_again_or_said_never_a_crash(
        qtbot, aio, settings, tmp_path):
    """Behind a proxy that cuts the sign-in's answer mid-body: twice is healed by the
    sign-in's own retries; every time, the login dialog says so in one sentence, and
    signs in once the answers come whole."""
    from PySide6.QtCore import Qt

    from server_stub.proxy import FaultProxy

    stub = StubServer(demo=True, db_path=tmp_path / "stub.db", login_rate_limit=(100_000, 60.0))
    stub.start()
    proxy = FaultProxy(stub.url).start()
    through = type("Through", (), {"url": proxy.url})()
    apps = []
    try:
        proxy.set_fault("cut", method="POST", path="/auth/login", times=2)
        app = FloorviewApp(make_args(through, email="host@floorview.dev"), settings=settings,
                           env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE)
        apps.append(app)
        assert run(qtbot, app.start(), timeout=30_000)
        wait_live(qtbot, app)
        assert proxy.made["cut"] == 2 and app.login_dialog is None
        run(qtbot, app.shutdown())

        proxy.set_fault("cut", method="POST", path="/auth/login")
        app = FloorviewApp(make_args(through, email="host@floorview.dev"), settings=settings,
                           env={"FLOORVIEW_PASSWORD": "demo"}, live_options=FAST_LIVE)
        apps.append(app)
        starting = asyncio.ensure_future(app.start())
        def said() -> None:
            assert app.login_dialog is not None, starting
            assert not app.login_dialog.busy
            assert "cut off" in app.login_dialog.message_label.text(), app.login_dialog.message_label.text()
        qtbot.waitUntil(said, timeout=30_000)
        assert app.login_dialog.message_label.text() == (
            "The server's answer was cut off: the connection broke mid-way.")
        assert not starting.done()  # waiting for a person, not crashed
        proxy.set_fault(None)
        qtbot.mouseClick(app.login_dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(starting.done, timeout=30_000)
        assert starting.result()
        wait_live(qtbot, app)
    finally:
        for app in apps:
            run(qtbot, app.shutdown())
        proxy.stop()
        stub.stop()


def test_reconcile_heals_a_forged_status_within_its_period_not_the_default_minute(
        launch, stub, qtbot):
    """``--reconcile 0.5``: a status the server never had (an event forged into the room,
    one version ahead) is the server's again within seconds, with no reconnect; the
    default period (60 s) would leave it wrong far longer than this test waits."""
    app = launch("host@floorview.dev", reconcile=0.5)
    table = next(t for t in app.store.tables.values() if t.status.value == "available")
    forged = {**table.to_json(), "status": "out_of_service", "version": table.version + 1}
    stub.inject("tableStatusUpdate", forged, table.branch_id)
    qtbot.waitUntil(lambda: app.store.tables[table.id].status.value == "out_of_service")
    qtbot.waitUntil(lambda: app.store.tables[table.id].status.value == "available",
                    timeout=15_000)
    assert app.session.live.status.state is ConnState.LIVE


def test_a_kiosk_that_boots_before_the_server_waits_full_screen_then_shows_the_floor(
        qtbot, aio, settings, tmp_path):
    import socket

    from PySide6.QtCore import Qt
    from shiboken6 import isValid

    with socket.socket() as s:  # a port nobody listens on yet
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    stub = StubServer(demo=True, db_path=tmp_path / "stub.db", port=port)
    url = f"http://127.0.0.1:{port}"
    app = FloorviewApp(make_args(stub, server=url, email="host@floorview.dev", kiosk=True,
                                 theme=None),
                       settings=settings, env={"FLOORVIEW_PASSWORD": "demo"},
                       live_options=FAST_LIVE)
    try:
        starting = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.login_dialog is not None
                        and app.login_dialog.waiting_screen is not None
                        and app.login_dialog.waiting_screen.isVisible(), timeout=20_000)
        dialog = app.login_dialog
        screen = dialog.waiting_screen
        # the stand's screen, not a desktop dialog: full screen, large type, why, when
        assert not dialog.isVisible()
        assert screen.isFullScreen() or screen.geometry() == screen.screen().geometry()
        assert screen.title_label.text() == "Waiting for the server"
        assert screen.title_label.font().pixelSize() >= 40
        assert url in screen.detail_label.text()
        assert "connection refused" in screen.detail_label.text()
        assert screen.countdown_label.text().startswith("Trying again in ")
        assert screen.retry_button.height() >= 44 and screen.retry_button.width() >= 44
        screen.grab().save("/tmp/keep_waiting.png")
        first = screen.countdown_label.text()
        qtbot.waitUntil(lambda: screen.countdown_label.text() != first, timeout=3_000)
        # Retry now while the server is still down: still waiting (twice)
        for _ in range(2):
            qtbot.waitUntil(lambda: screen.retry_button.isEnabled() and not dialog.busy,
                            timeout=20_000)
            qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.busy and screen.retry_button.isEnabled(),
                            timeout=20_000)
            assert screen.isVisible() and app.window is None
        stub.start()
        qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(starting.done, timeout=20_000)
        assert starting.result() is True
        wait_live(qtbot, app)
        assert not (isValid(screen) and screen.isVisible())  # gone, with its dialog
        assert app.window.isVisible() and app.window.kiosk
    finally:
        run(qtbot, app.shutdown())
        stub.stop()
