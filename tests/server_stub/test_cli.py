"""``python -m server_stub`` as a real process: its first line, its logins, its signals."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from server_stub.cli import LISTENING, _duration, _limit, config_from, parser
from tests.server_stub.helpers import WAIT, Live

ROOT = Path(__file__).resolve().parents[2]
URL_LINE = re.compile(r"^floorview-stub listening on (http://127\.0\.0\.1:(\d+))$")


class StubProcess:
    def __init__(self, *args: str, env: dict | None = None) -> None:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        environment.pop("FLOORVIEW_STUB_SECRET", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server_stub", "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
            cwd=ROOT)
        self.first_line = self.proc.stdout.readline().rstrip("\n")
        match = URL_LINE.match(self.first_line)
        if not match:
            self.proc.kill()
            raise AssertionError(f"first line {self.first_line!r}; stderr: "
                                 f"{self.proc.stderr.read()}")
        self.url = match[1]
        # Drain both pipes from here on (readline may already hold more than one line in
        # its buffer, which communicate() would not see).
        self._out: list[str] = []
        self._err: list[str] = []
        self._drains = [threading.Thread(target=lambda f=f, into=into: into.extend(f), daemon=True)
                        for f, into in ((self.proc.stdout, self._out),
                                        (self.proc.stderr, self._err))]
        for drain in self._drains:
            drain.start()

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, str, str]:
        self.proc.send_signal(signum)
        try:
            code = self.proc.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"did not stop on {signum}") from None
        finally:
            for drain in self._drains:
                drain.join(WAIT)
        return code, "".join(self._out), "".join(self._err)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_it_prints_its_url_first_and_stops_cleanly_on_a_signal(signum):
    stub = StubProcess()
    assert requests.get(stub.url + "/branches", timeout=WAIT).status_code == 401
    code, out, err = stub.stop(signum)
    assert code == 0, err
    assert "admin@floorview.dev" in out and "host@floorview.dev" in out
    assert "Traceback" not in err
    assert "CORS" in err  # the warning about every origin being allowed


def test_no_token_or_password_reaches_the_logs():
    stub = StubProcess("--log-level", "DEBUG", "--cors-origin", "http://localhost:5173")
    password = "demo"
    login = requests.post(stub.url + "/auth/login",
                          json={"email": "host@floorview.dev", "password": password},
                          timeout=WAIT)
    token = login.json()["accessToken"]
    requests.get(stub.url + "/branches", headers={"Authorization": f"Bearer {token}"},
                 timeout=WAIT).raise_for_status()
    client = Live(stub.url, token)
    try:
        client.connect()
        client.join(login.json()["user"]["branchIds"][0])
    finally:
        client.close()
    code, out, err = stub.stop()
    assert code == 0
    assert "login: host@floorview.dev" in err  # the log is on, and says who
    assert token not in err and token not in out
    assert token.split(".")[2] not in err  # not even the signature
    assert f'"{password}"' not in err and "password" not in err.lower()
    assert "CORS: every origin" not in err


def test_a_taken_port_is_an_error_not_a_traceback():
    first = StubProcess()
    try:
        port = first.url.rsplit(":", 1)[1]
        result = subprocess.run(
            [sys.executable, "-m", "server_stub", "--port", port],
            capture_output=True, text=True, timeout=WAIT * 3, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert result.returncode == 1
        assert "cannot start" in result.stderr and "Traceback" not in result.stderr
    finally:
        first.stop()


def test_options_map_onto_the_config(tmp_path):
    args = parser().parse_args([
        "--host", "0.0.0.0", "--port", "3001", "--db", str(tmp_path / "x.db"), "--no-demo",
        "--demo-size", "500", "--simulate", "5", "--token-ttl", "30m", "--cors-origin", "a",
        "--cors-origin", "b", "--rest-rate-limit", "50/5", "--login-rate-limit", "3/60",
        "--ws-rate-limit", "10", "--seed", "3", "--redis", "redis://127.0.0.1:6390/0",
        "--no-join-ack"])
    config = config_from(args)
    assert (config.host, config.port, config.demo, config.demo_size) == ("0.0.0.0", 3001,
                                                                          False, 500)
    assert config.db_path == tmp_path / "x.db" and config.simulate == 5
    assert config.token_ttl == 1800 and config.cors_origins == ["a", "b"]
    assert config.rest_rate_limit == (50, 5.0) and config.login_rate_limit == (3, 60.0)
    assert config.ws_rate_limit == 10 and config.seed == 3
    assert config.redis_url == "redis://127.0.0.1:6390/0" and config.join_ack is False
    defaults = config_from(parser().parse_args([]))
    assert defaults.redis_url is None and defaults.join_ack is True
    assert (defaults.port, defaults.token_ttl, defaults.demo) == (3000, 43200, True)
    assert defaults.cors_origins == [] and defaults.db_path is None


def test_a_node_of_a_cluster_needs_the_shared_database(capsys):
    from server_stub.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--redis", "redis://127.0.0.1:6390/0"])
    assert stop.value.code == 2
    assert "--redis needs --db: the nodes of a cluster share one database file" in (
        capsys.readouterr().err)


@pytest.mark.parametrize("text, seconds", [("90", 90), ("90s", 90), ("30m", 1800),
                                           ("12h", 43200), ("1.5h", 5400), ("2d", 172800)])
def test_durations(text, seconds):
    assert _duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "0", "-3", "12x", "h"])
def test_bad_durations(bad):
    with pytest.raises(argparse.ArgumentTypeError):
        _duration(bad)


def test_limits():
    assert _limit("100/10") == (100, 10.0)
    for bad in ("100", "0/10", "5/0", "a/b"):
        with pytest.raises(argparse.ArgumentTypeError):
            _limit(bad)


def test_the_listening_line_is_stable():
    # floorview --demo parses this line; changing it breaks the app.
    assert LISTENING == "floorview-stub listening on "


def test_main_is_the_console_script_and_answers_help(capsys):
    import tomllib

    from server_stub.cli import main

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts["floorview-stub"] == "server_stub.cli:main"
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "--simulate" in capsys.readouterr().out


def test_clock_offset_runs_the_servers_clock_ahead_or_behind():
    import email.utils
    from datetime import UTC, datetime, timedelta

    assert config_from(parser().parse_args([])).clock is None  # the wall clock
    behind = config_from(parser().parse_args(["--clock-offset", "-600"])).clock
    assert abs(behind() - (datetime.now(UTC) - timedelta(seconds=600))) < timedelta(seconds=1)
    stub = StubProcess("--clock-offset", "600")
    try:
        login = requests.post(stub.url + "/auth/login",
                              json={"email": "host@floorview.dev", "password": "demo"},
                              timeout=WAIT)
        date = email.utils.parsedate_to_datetime(login.headers["Date"])
        assert abs(date - (datetime.now(UTC) + timedelta(seconds=600))) < timedelta(seconds=2)
        signed = login.json()
        tables = requests.get(stub.url + "/restaurant/tables", timeout=WAIT,
                              params={"branchId": signed["user"]["branchIds"][0]},
                              headers={"Authorization": f"Bearer {signed['accessToken']}"}).json()
        # the demo data's times are on its clock too: seated up to now+10 min, not before
        stamps = [datetime.fromisoformat(t["statusChangedAt"].replace("Z", "+00:00"))
                  for t in tables if t["statusChangedAt"]]
        assert max(stamps) > datetime.now(UTC) + timedelta(seconds=60)
    finally:
        code, _, err = stub.stop()
    assert code == 0, err
