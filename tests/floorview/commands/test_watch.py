"""``floorview watch`` against server_stub: exit codes, lines, and the dump end to end."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from floorview.cli import build_parser
from floorview.cli import main as cli_main
from floorview.commands import watch
from floorview.core.live.long_polling import SESSIONS_NOT_SHARED
from floorview.core.rest import RestClient
from server_stub.testing import NO_REDIS, StubCluster, StubServer
from tests.floorview import stubs
from tests.floorview.keyrings import memory_keyring  # noqa: F401
from tests.floorview.stubs import ADMIN, FAST, HOST, UNLIMITED, WAIT, pause_simulator, server_tables

stub = stubs.stub  # the module's demo server (a fixture)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def env(monkeypatch, memory_keyring):  # noqa: F811
    for name in ("FLOORVIEW_TOKEN", "FLOORVIEW_PASSWORD", "FLOORVIEW_SERVER"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def host_branch(srv: StubServer):
    rest = RestClient(srv.url)
    rest.token = srv.token_for(HOST)
    return rest.branches()[0]


def test_bad_password_exits_3(stub, env, capsys):
    env.setenv("FLOORVIEW_PASSWORD", "wrong")
    assert cli_main(["watch", "--server", stub.url, "--email", HOST]) == 3
    err = capsys.readouterr().err
    assert "bad credentials" in err and "Invalid email or password" in err


def test_no_password_and_no_terminal_exits_3(stub, env, capsys):
    assert cli_main(["watch", "--server", stub.url, "--email", HOST]) == 3
    assert "No password for host@floorview.dev" in capsys.readouterr().err


def test_a_bad_token_exits_3(stub, env, capsys):
    env.setenv("FLOORVIEW_TOKEN", "not-a-token")
    assert cli_main(["watch", "--server", stub.url]) == 3


def test_unknown_branch_exits_4_and_names_the_choices(stub, env, capsys):
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    assert cli_main(["watch", "--server", stub.url, "--email", HOST, "--branch", "Atlantis"]) == 4
    err = capsys.readouterr().err
    assert "No branch 'Atlantis'" in err and host_branch(stub).name in err


def test_unreachable_server_exits_5(env, capsys):
    with contextlib.closing(__import__("socket").socket()) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    assert cli_main(["watch", "--server", f"http://127.0.0.1:{port}", "--email", HOST]) == 5
    assert "Cannot reach the server" in capsys.readouterr().err


def test_no_server_is_bad_usage(env, capsys):
    assert cli_main(["watch", "--email", HOST]) == 2
    assert cli_main(["watch", "--server", "example.com", "--email", HOST]) == 2
    assert "https://" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        cli_main(["watch", "--duration", "-1"])
    assert info.value.code == 2


def test_jsonl_lines_and_dump_in_process(stub, env, tmp_path):
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    branch = host_branch(stub)
    dump = tmp_path / "tables.json"
    args = build_parser().parse_args(
        ["watch", "--server", stub.url, "--email", HOST, "--branch", branch.name,
         "--jsonl", "--duration", "1.5", "--dump", str(dump)])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    states = [x["state"] for x in lines if x["type"] == "state"]
    assert states[:3] == ["connecting", "syncing", "live"]
    changes = [x for x in lines if x["type"] == "change"]
    assert changes and all(x["id"] and isinstance(x["version"], int) for x in changes)
    assert json.loads(dump.read_text()) == server_tables(stub, branch.id)


def test_text_lines(stub, env, tmp_path):
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    args = build_parser().parse_args(["watch", "--server", stub.url, "--email", HOST, "--duration", "1"])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    text = out.getvalue()
    assert " state live" in text and " created" not in text.split("state live")[0]
    assert "(created)" in text  # the first snapshot's tables, one line each


class Watcher:
    """``python -m floorview watch`` as a subprocess; its stdout lines as they come."""

    def __init__(self, *argv: str, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "floorview", "watch", *argv],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[dict] = []
        self.errors: list[str] = []  # its stderr (the log), line by line
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._error_reader = threading.Thread(target=self._read_errors, daemon=True)
        self._error_reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(json.loads(line))

    def _read_errors(self) -> None:
        for line in self.proc.stderr:
            self.errors.append(line)

    def stderr_text(self) -> str:
        """All it wrote to stderr, once it has ended (its reader has read to the end)."""
        self.proc.wait(WAIT)
        self._error_reader.join(WAIT)
        return "".join(self.errors)

    def states(self) -> list[str]:
        return [x["state"] for x in self.lines if x["type"] == "state"]

    def wait_for(self, predicate, what: str) -> None:
        end = time.monotonic() + WAIT
        while not predicate():
            if self.proc.poll() is not None or time.monotonic() > end:
                time.sleep(0.2)  # the last lines of its log
                raise AssertionError(f"watch never got {what}: {self.states()} {''.join(self.errors[-30:])}")
            time.sleep(0.05)


def test_watch_dump_end_to_end_with_the_simulator_across_a_restart(tmp_path):
    srv = StubServer(db_path=tmp_path / "stub.db", simulate=20, **UNLIMITED).start()
    try:
        branch = host_branch(srv)
        dump = tmp_path / "dump.json"
        env = {**os.environ, "FLOORVIEW_PASSWORD": "demo"}
        env.pop("FLOORVIEW_TOKEN", None)
        w = Watcher("--server", srv.url, "--email", HOST, "--branch", branch.id, "--jsonl",
                    "--dump", str(dump), env=env)
        try:
            w.wait_for(lambda: "live" in w.states(), "live")
            before = len(w.lines)
            w.wait_for(lambda: len(w.lines) > before + 5, "events from the simulator")
            srv.stop()
            w.wait_for(lambda: "reconnecting" in w.states(), "reconnecting")
            srv.start()  # same port, same database; the simulator plays on
            w.wait_for(lambda: w.states().count("live") >= 2, "live again")
            time.sleep(1.0)
            pause_simulator(srv)
            time.sleep(1.0)  # the last events arrive; the confirming snapshot lands
            w.proc.send_signal(signal.SIGINT)
            assert w.proc.wait(WAIT) == 0, w.proc.stderr.read()
        finally:
            if w.proc.poll() is None:
                w.proc.kill()
        held = json.loads(dump.read_text())
        assert held == server_tables(srv, branch.id)
        changes = [x for x in w.lines if x["type"] == "change" and not x["resync"]]
        assert changes, "no live event was printed"
        assert all(isinstance(x["version"], int) for x in changes)
    finally:
        srv.stop()


@pytest.mark.parametrize("minutes", [10, -10])
def test_its_times_are_on_the_servers_clock(env, tmp_path, minutes):
    """Lines and the journal say when on the server's clock, as the tables' stamps do:
    against a server 10 min off this machine, "at" is the server's time."""
    from datetime import UTC, datetime, timedelta

    from floorview.core.journal import Journal

    skew = timedelta(minutes=minutes)
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    journal = tmp_path / "evening.journal"
    with StubServer(demo=True, clock=lambda: datetime.now(UTC) + skew) as srv:
        args = build_parser().parse_args(
            ["watch", "--server", srv.url, "--email", HOST, "--jsonl", "--duration", "1",
             "--journal", str(journal)])
        out = io.StringIO()
        assert watch.main(args, out=out, live_options=FAST) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    live = next(x for x in lines if x.get("state") == "live")
    at = datetime.fromisoformat(live["at"].replace("Z", "+00:00"))
    assert abs(at - (datetime.now(UTC) + skew)) < timedelta(seconds=5)
    with Journal(journal, readonly=True) as read:
        seen = [e.seen for e in read.entries()]
    assert seen and all(abs(s - (datetime.now(UTC) + skew)) < timedelta(seconds=10) for s in seen)


def test_watch_signs_in_again_at_every_expiry_and_goes_on_following(tmp_path):
    """Tokens of 2 s, a reconciliation every 0.3 s: four expiries in a row, each signed
    in again while the events go on; the dump is the server's at the end."""
    srv = StubServer(db_path=tmp_path / "stub.db", token_ttl=2, **UNLIMITED).start()
    try:
        branch = host_branch(srv)
        admin = RestClient(srv.url)
        admin.token = srv.token_for(ADMIN, ttl=3600)
        tables = sorted(admin.tables_json(branch.id), key=lambda t: t["id"])
        dump = tmp_path / "dump.json"
        env = {**os.environ, "FLOORVIEW_PASSWORD": "demo"}
        env.pop("FLOORVIEW_TOKEN", None)
        w = Watcher("--server", srv.url, "--email", HOST, "--branch", branch.id, "--jsonl",
                    "--reconcile", "0.3", "--log-level", "INFO", "--dump", str(dump), env=env)

        def sign_ins() -> int:
            return sum("signed in as host@floorview.dev" in line for line in w.errors)

        try:
            w.wait_for(lambda: "live" in w.states(), "live")
            for n in range(1, 5):
                w.wait_for(lambda n=n: sign_ins() > n, f"sign-in number {n + 1}")
                saved = admin.set_status(tables[n]["id"], "occupied" if n % 2 else "reserved", n)
                w.wait_for(lambda s=saved: any(x["type"] == "change" and x["id"] == s.id
                                               and x["version"] == s.version for x in w.lines),
                           f"the change after expiry {n}")
            assert "unauthorized" not in w.states()
            w.proc.send_signal(signal.SIGINT)
            assert w.proc.wait(WAIT) == 0, "".join(w.errors[-30:])
        finally:
            if w.proc.poll() is None:
                w.proc.kill()
        assert json.loads(dump.read_text()) == server_tables(srv, branch.id)
    finally:
        srv.stop()


def test_a_password_refused_at_a_renewal_ends_watch_with_exit_3_saying_why(env, tmp_path):
    srv = StubServer(db_path=tmp_path / "stub.db", token_ttl=2, **UNLIMITED).start()
    try:
        secrets = {"FLOORVIEW_PASSWORD": "demo"}
        args = build_parser().parse_args(
            ["watch", "--server", srv.url, "--email", HOST, "--reconcile", "0.3", "--duration", "60"])
        out, err = io.StringIO(), io.StringIO()
        logins = []
        rest = RestClient(srv.url)
        login = rest.login
        rest.login = lambda *a: (logins.append(1), login(*a))[1]
        result = []
        runner = threading.Thread(target=lambda: result.append(
            watch.main(args, out=out, err=err, env=secrets, rest=rest, live_options=FAST)))
        runner.start()
        end = time.monotonic() + WAIT
        while len(logins) < 3 and time.monotonic() < end:  # signed in, then again twice
            time.sleep(0.05)
        assert len(logins) >= 3, out.getvalue()
        secrets["FLOORVIEW_PASSWORD"] = "changed-since"  # the password was changed
        runner.join(WAIT)
        assert result == [3], err.getvalue()
        assert ("unauthorized: Signing in again was refused (Invalid email or password). "
                "Sign in again.") in err.getvalue()
    finally:
        srv.stop()


def test_a_sign_in_answer_cut_mid_body_is_asked_again_or_one_line_never_a_traceback(
        env, tmp_path, capsys):
    from server_stub.proxy import FaultProxy

    with StubServer(db_path=tmp_path / "stub.db", **UNLIMITED) as srv, FaultProxy(srv.url) as proxy:
        env.setenv("FLOORVIEW_PASSWORD", "demo")
        proxy.set_fault("cut", method="POST", path="/auth/login", times=2)
        argv = ["watch", "--server", proxy.url, "--email", HOST, "--duration", "0.5"]
        assert cli_main(argv) == 0  # healed by the sign-in's own retries
        assert proxy.made["cut"] == 2
        capsys.readouterr()
        proxy.set_fault("cut", method="POST", path="/auth/login")
        assert cli_main(argv) == 1
        err = capsys.readouterr().err
        assert err == (f"floorview watch: signing in to {proxy.url}: The server's answer was cut "
                       "off: the connection broke mid-way.\n")


def test_a_branch_never_loaded_writes_no_dump_and_exits_5(env, tmp_path, capsys):
    """Signed in, but the socket never connects (every upgrade answered 503): no tables
    were ever loaded, so no dump is written (an empty list would say the branch has no
    tables) and the exit code stays 5."""
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    dump = tmp_path / "tables.json"
    with StubServer(refuse_websocket=503, **UNLIMITED) as srv:
        code = cli_main(["watch", "--server", srv.url, "--email", HOST, "--duration", "1.5",
                         "--dump", str(dump)])
    err = capsys.readouterr().err
    assert code == 5, err
    assert not dump.exists()
    assert "not written" in err and "never loaded" in err


@pytest.fixture
def wrapped_words():
    """Every text given to core.words comes back as ⟦text⟧ (%n replaced): what a
    translation does, without Qt."""
    from floorview.core import words

    previous = words.install(lambda context, text, disambiguation, n: "⟦" + words.plain(text, n) + "⟧")
    yield
    words.install(previous)


def test_its_human_lines_pass_through_the_translation(stub, env, wrapped_words):
    """watch's words are the language's; what it prints of the server (numbers, ids, the
    contract's statuses and aspects) stays as the server says it."""
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    args = build_parser().parse_args(["watch", "--server", stub.url, "--email", HOST, "--duration", "1"])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    lines = out.getvalue().splitlines()
    states = [line for line in lines if " state " in line]
    changes = [line for line in lines if " table " in line]
    assert states and changes
    assert all(line.startswith("⟦") and "state" in line.split("⟧")[0] for line in states)
    assert all(line.startswith("⟦") and " table " in line.split("⟧")[0] for line in changes)


@pytest.mark.skipif(shutil.which("redis-server") is None, reason=NO_REDIS)
@pytest.mark.parametrize("duration", ["3", "8"])
def test_long_polling_across_nodes_says_why_and_writes_no_dump_for_a_branch_never_loaded(
        env, tmp_path, capsys, duration):
    """A backend of two nodes behind a balancer without sticky sessions that refuses
    WebSocket upgrades: the polls land on the node that did not begin the session. The
    watch writes no dump of the branch it never loaded and exits 5, also when it ends
    mid-attempt (3 s: still connecting, which exited 0); once an attempt has failed (8 s)
    it has said what to change on the balancer, not "no answer in time"."""
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    dump = tmp_path / "tables.json"
    with StubCluster(nodes=2, refuse_websocket=403, directory=tmp_path / "cluster",
                     args=["--no-join-ack"]) as cluster:
        code = cli_main(["watch", "--server", cluster.url, "--email", HOST,
                         "--duration", duration, "--dump", str(dump)])
    out, err = capsys.readouterr()
    assert code == 5, err
    assert not dump.exists()
    assert "not written" in err and "never loaded" in err
    assert "no answer in time" not in out + err
    if duration == "8":
        assert SESSIONS_NOT_SHARED in out, out
