"""No password and no token reaches a log, at any level, in the app or in ``watch``.

Both run at -vv (the root logger at DEBUG, every record of every logger captured) through
a sign-in, a re-login (the server restarts with a new key: every token held is refused,
as when a sign-in expires) and a refused password; then every line is searched for the
password and for any token the server issued (JWTs all start ``eyJ``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import time

from floorview.app import FloorviewApp
from server_stub.testing import StubServer
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live

EMAIL = "sommelier@floorview.dev"
PASSWORD = "Pa55-word-nobody-logs-9zq"  # distinctive: no other text contains it
WRONG = "Wr0ng-pa55-nobody-logs-7xk"


def with_user(srv: StubServer) -> None:
    branches = srv.call(lambda service: [b["id"] for b in service.repo.list_branches()])
    srv.call(lambda service: service.add_user("Sam Sommelier", EMAIL, "admin", PASSWORD, branches))


def tokens_of(srv: StubServer) -> list[str]:
    return [srv.token_for(EMAIL)]


def assert_no_secret(lines: list[str], tokens: list[str]) -> None:
    assert lines, "nothing was logged: the test would prove nothing"
    for line in lines:
        assert PASSWORD not in line and WRONG not in line, line
        assert "eyJ" not in line, line  # the start of every JWT
        for token in tokens:
            assert token not in line, line


class Everything(logging.Handler):
    """Every record, formatted with its arguments and any traceback, as a log file has."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_the_app_at_debug_logs_no_password_and_no_token(qtbot, aio, settings, tmp_path):
    srv = StubServer(demo=True, db_path=tmp_path / "stub.db")  # the user survives a restart
    srv.start()
    with_user(srv)
    handler = Everything()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # what -vv does
    env = {"FLOORVIEW_PASSWORD": PASSWORD}
    app = FloorviewApp(make_args(srv, email=EMAIL, branch="Harbour Street", verbose=2), settings=settings, env=env,
                       live_options=FAST_LIVE)
    tokens = []
    try:
        assert run(qtbot, app.start())
        wait_live(qtbot, app)
        tokens.append(app.session.rest.token)
        # re-login: every token refused; the password at hand signs in again
        srv.stop()
        srv.config.secret = "another-secret-0123456789-0123456789"
        srv.start()
        qtbot.waitUntil(lambda: app.session is not None and app.session.rest.token not in tokens,
                        timeout=20_000)
        wait_live(qtbot, app, timeout=20_000)
        tokens.append(app.session.rest.token)
        run(qtbot, app.shutdown())

        # a refused password: the login dialog says so
        env["FLOORVIEW_PASSWORD"] = WRONG
        app = FloorviewApp(make_args(srv, email=EMAIL, branch="Harbour Street", verbose=2), settings=settings, env=env,
                           live_options=FAST_LIVE)
        started = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.login_dialog is not None, timeout=20_000)
        qtbot.waitUntil(lambda: app.login_dialog.message_label.text() != "", timeout=20_000)
        app.login_dialog.reject()
        qtbot.waitUntil(started.done, timeout=20_000)
    finally:
        run(qtbot, app.shutdown())
        root.removeHandler(handler)
        root.setLevel(old_level)
        srv.stop()
    assert len(set(tokens)) == 2
    assert any("qasync" not in line and "DEBUG" in line for line in handler.lines)
    assert_no_secret(handler.lines, tokens)


def test_watch_at_debug_logs_no_password_and_no_token(tmp_path):
    srv = StubServer(demo=True, db_path=tmp_path / "stub.db")
    srv.start()
    try:
        with_user(srv)
        env = {**os.environ, "FLOORVIEW_PASSWORD": PASSWORD}
        cmd = [sys.executable, "-m", "floorview", "watch", "-vv", "--server", srv.url,
               "--email", EMAIL, "--branch", "Harbour Street", "--duration", "60"]
        watch = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        out: list[str] = []
        err: list[str] = []
        readers = [threading.Thread(target=lambda s=s, b=b: b.extend(s), daemon=True)
                   for s, b in ((watch.stdout, out), (watch.stderr, err))]
        for reader in readers:
            reader.start()

        def wait_lines(pattern: str, count: int) -> None:
            end = time.monotonic() + 30
            while sum(pattern in line for line in out) < count:
                assert watch.poll() is None and time.monotonic() < end, (out, err)
                time.sleep(0.05)

        try:
            wait_lines("state live", 1)
            srv.stop()
            srv.config.secret = "another-secret-0123456789-0123456789"
            srv.start()
            wait_lines("state live", 2)  # signed in again with the password at hand
        finally:
            watch.terminate()
            watch.wait(30)
            for reader in readers:
                reader.join(10)
        refused = subprocess.run(cmd[:-2] + ["--duration", "5"],
                                 env={**env, "FLOORVIEW_PASSWORD": WRONG},
                                 capture_output=True, text=True, timeout=60)
        assert refused.returncode == 3, refused.stderr
        lines = out + err + refused.stdout.splitlines() + refused.stderr.splitlines()
        assert any(" DEBUG " in line for line in err)
        assert_no_secret(lines, tokens_of(srv))
    finally:
        srv.stop()
