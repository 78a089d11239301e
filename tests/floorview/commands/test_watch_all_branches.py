"""``floorview watch --all-branches`` against a stub serving a group: every line names
its branch, and the dump equals the server's tables of every branch after writes, a
server restart and a token expiry."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import time

import pytest

from floorview.cli import build_parser
from floorview.cli import main as cli_main
from floorview.commands import watch
from floorview.core.rest import RestClient
from server_stub.testing import StubServer
from tests.floorview.commands.test_watch import Watcher, env  # noqa: F401
from tests.floorview.keyrings import memory_keyring  # noqa: F401
from tests.floorview.stubs import FAST, HOST, UNLIMITED, WAIT

AREA = "area@floorview.dev"


def area_rest(srv: StubServer) -> RestClient:
    rest = RestClient(srv.url)
    rest.token = srv.token_for(AREA, ttl=3600)
    return rest


def every_table(srv: StubServer) -> list[dict]:
    """Every table of every branch the area manager sees, as the server sends them."""
    rest = area_rest(srv)
    tables = [t for b in rest.branches() for t in rest.tables_json(b.id)]
    return sorted(tables, key=lambda t: t["id"])


def live_branches(w: Watcher) -> set[str]:
    """The branches whose last state line says live."""
    last: dict[str, str] = {}
    for x in list(w.lines):
        if x["type"] == "state":
            last[x["branchId"]] = x["state"]
    return {b for b, s in last.items() if s == "live"}


def stop(w: Watcher) -> None:
    w.proc.send_signal(signal.SIGINT)
    assert w.proc.wait(WAIT) == 0, "".join(w.errors[-30:])


@pytest.fixture(scope="module")
def group5():
    with StubServer(demo=True, group=5, **UNLIMITED) as srv:
        yield srv


def test_every_line_names_its_branch_and_the_dump_holds_every_branch(group5, env, tmp_path):  # noqa: F811
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    dump = tmp_path / "all.json"
    args = build_parser().parse_args(
        ["watch", "--server", group5.url, "--email", AREA, "--all-branches", "--jsonl",
         "--duration", "2", "--dump", str(dump)])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    names = {b.id: b.name for b in area_rest(group5).branches()}
    assert lines and all(names[x["branchId"]] == x["branch"] for x in lines)
    assert {x["branchId"] for x in lines if x.get("state") == "live"} == set(names)
    held = json.loads(dump.read_text())
    assert held == every_table(group5)
    assert {t["branchId"] for t in held} == set(names)

    args = build_parser().parse_args(
        ["watch", "--server", group5.url, "--email", AREA, "--all-branches", "--duration", "1"])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    text = out.getvalue().splitlines()
    for name in names.values():
        assert any(f"[{name}] state live" in line for line in text)
        assert any(f"[{name}] table " in line and "(created)" in line for line in text)


def test_all_branches_with_a_branch_or_a_journal_is_bad_usage(group5, env, capsys):  # noqa: F811
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    assert cli_main(["watch", "--server", group5.url, "--email", AREA, "--all-branches",
                     "--branch", "Old Town"]) == 2
    assert "--all-branches follows every branch" in capsys.readouterr().err


def test_a_host_who_sees_one_branch_follows_it_with_all_branches(group5, env):  # noqa: F811
    env.setenv("FLOORVIEW_PASSWORD", "demo")
    args = build_parser().parse_args(
        ["watch", "--server", group5.url, "--email", HOST, "--all-branches", "--jsonl",
         "--duration", "1"])
    out = io.StringIO()
    assert watch.main(args, out=out, live_options=FAST) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {x["branch"] for x in lines} == {"Harbour Street"}


@contextlib.contextmanager
def watching_all(srv: StubServer, dump, *extra: str):
    """``watch --all-branches --jsonl --dump`` as the area manager against ``srv``
    (started here, stopped at the end with the watcher if it still runs)."""
    child_env = {**os.environ, "FLOORVIEW_PASSWORD": "demo"}
    child_env.pop("FLOORVIEW_TOKEN", None)
    srv.start()
    try:
        w = Watcher("--server", srv.url, "--email", AREA, "--all-branches", "--jsonl",
                    "--dump", str(dump), *extra, env=child_env)
        try:
            yield w
        finally:
            if w.proc.poll() is None:
                w.proc.kill()
    finally:
        srv.stop()


def test_the_dump_equals_the_server_after_writes_and_a_restart(tmp_path):
    """Eight branches, the simulator playing, the default rate limit; writes of our own
    in two branches, then the server restarted on the same database."""
    srv = StubServer(demo=False, group=8, db_path=tmp_path / "stub.db", simulate=20)
    dump = tmp_path / "dump.json"
    with watching_all(srv, dump) as w:
        w.wait_for(lambda: len(live_branches(w)) == 8, "every branch live")
        rest = area_rest(srv)
        branches = rest.branches()
        for branch in branches[:2]:
            table = rest.tables(branch.id)[0]
            saved = rest.set_status(table.id, "out_of_service")
            w.wait_for(lambda s=saved: any(x["type"] == "change" and x["id"] == s.id
                                           and x["version"] >= s.version for x in w.lines),
                       f"the write in {branch.name}")
        srv.stop()
        w.wait_for(lambda: not live_branches(w), "every branch no longer live")
        srv.start()
        w.wait_for(lambda: len(live_branches(w)) == 8, "every branch live again")
        time.sleep(1.0)
        srv.stop_simulation()
        time.sleep(1.0)  # the last events arrive
        stop(w)
        assert json.loads(dump.read_text()) == every_table(srv)


def test_the_dump_equals_the_server_after_token_expiries(tmp_path):
    """Tokens of 2 s: the group signs in again at each expiry and goes on following;
    writes after the expiries arrive, also after a restart that outlasted a token, and
    the dump is the server's."""
    srv = StubServer(demo=False, group=6, db_path=tmp_path / "stub.db", token_ttl=2,
                     rest_rate_limit=(1000, 10.0))
    dump = tmp_path / "dump.json"
    with watching_all(srv, dump, "--reconcile", "0.3", "--log-level", "INFO") as w:
        def sign_ins() -> int:
            return sum(f"signed in as {AREA}" in line for line in w.errors)

        w.wait_for(lambda: len(live_branches(w)) == 6, "every branch live")
        rest = area_rest(srv)
        branches = rest.branches()
        for n in range(1, 4):
            w.wait_for(lambda n=n: sign_ins() > n, f"sign-in number {n + 1}")
            branch = branches[n]
            table = rest.tables(branch.id)[n]
            saved = rest.set_status(table.id, "occupied" if n % 2 else "reserved", 1)
            w.wait_for(lambda s=saved: any(x["type"] == "change" and x["id"] == s.id
                                           and x["version"] == s.version for x in w.lines),
                       f"the change after expiry {n}")
        # a restart outlasting a token: the socket's reconnect carries an expired one
        srv.stop()
        w.wait_for(lambda: not live_branches(w), "every branch no longer live")
        time.sleep(2.5)
        srv.start()
        w.wait_for(lambda: len(live_branches(w)) == 6, "every branch live again")
        table = area_rest(srv).tables(branches[0].id)[0]
        saved = area_rest(srv).set_status(table.id, "out_of_service")
        w.wait_for(lambda s=saved: any(x["type"] == "change" and x["id"] == s.id
                                       and x["version"] == s.version for x in w.lines),
                   "the change after the restart")
        assert not any(x.get("state") == "unauthorized" for x in w.lines)
        stop(w)
        assert json.loads(dump.read_text()) == every_table(srv)
