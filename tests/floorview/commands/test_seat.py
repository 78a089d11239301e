"""``floorview seat`` against a real server_stub with its demo data."""

from __future__ import annotations

import json

import pytest

from floorview.cli import main as cli_main
from floorview.core.rest import RestClient
from server_stub.testing import StubServer
from tests.floorview import stubs
from tests.floorview.keyrings import memory_keyring  # noqa: F401
from tests.floorview.stubs import ADMIN, HOST, pause_simulator


@pytest.fixture(scope="module")
def stub():
    with StubServer(**stubs.UNLIMITED) as srv:
        pause_simulator(srv)  # the tables hold still between the answer and the check
        yield srv


@pytest.fixture
def env(monkeypatch, memory_keyring):  # noqa: F811
    for name in ("FLOORVIEW_TOKEN", "FLOORVIEW_PASSWORD", "FLOORVIEW_SERVER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FLOORVIEW_PASSWORD", "demo")
    return monkeypatch


def server_tables(srv: StubServer) -> tuple[str, list[dict]]:
    rest = RestClient(srv.url)
    rest.token = srv.token_for(ADMIN)
    rest_host = RestClient(srv.url)
    rest_host.token = srv.token_for(HOST)
    branch = rest_host.branches()[0]
    return branch.id, rest.tables_json(branch.id)


def seat(srv, capsys, *args: str) -> tuple[int, str, str]:
    code = cli_main(["seat", "--server", srv.url, "--email", HOST, "--no-journal", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_best_option_is_a_free_table_on_the_server_that_seats_the_party(stub, env, capsys):
    code, out, err = seat(stub, capsys, "--party", "3", "--json")
    assert code == 0, err
    options = json.loads(out)
    assert options and set(options[0]) == {"tables", "tableIds", "seats", "now", "freeAt",
                                           "serverId", "reason"}
    _, tables = server_tables(stub)
    by_id = {t["id"]: t for t in tables}
    best = options[0]
    assert best["now"] is True and best["freeAt"] is None
    assert [by_id[i]["number"] for i in best["tableIds"]] == best["tables"]
    assert all(by_id[i]["status"] == "available" for i in best["tableIds"])
    assert sum(by_id[i]["capacity"] for i in best["tableIds"]) == best["seats"] >= 3
    # and no free table that seats 3 is smaller than the one chosen
    free = [t["capacity"] for t in tables if t["status"] == "available" and t["capacity"] >= 3]
    assert best["seats"] == min(free)
    assert f"Table {best['tables'][0]} seats {best['seats']}" in best["reason"]


def test_a_party_larger_than_any_group_gets_nothing_now_with_a_reason(stub, env, capsys):
    code, out, err = seat(stub, capsys, "--party", "400", "--json")
    assert code == 0, err
    (only,) = json.loads(out)
    assert only["now"] is False and only["tables"] == [] and only["freeAt"] is None
    assert only["reason"].startswith("Nothing seats 400, now or later")


def test_plain_lines_name_the_branch_and_number_the_options(stub, env, capsys):
    code, out, _ = seat(stub, capsys, "--party", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("A party of 2 at ")
    assert lines[1].startswith("1. Table ") and "seats" in lines[1]


def test_exit_codes_as_watch(stub, env, capsys):
    assert seat(stub, capsys, "--party", "2", "--branch", "Atlantis")[0] == 4
    env.setenv("FLOORVIEW_PASSWORD", "wrong")
    code, _, err = seat(stub, capsys, "--party", "2")
    assert code == 3 and "bad credentials" in err
    assert cli_main(["seat", "--party", "2", "--email", HOST]) == 2  # no server


def test_a_party_that_is_not_a_number_is_bad_usage(env, capsys):
    with pytest.raises(SystemExit) as e:
        cli_main(["seat", "--server", "http://127.0.0.1:9", "--party", "four"])
    assert e.value.code == 2
    assert "not a number of guests" in capsys.readouterr().err


def test_a_likely_free_time_is_printed_on_the_branchs_clock():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from floorview.commands.seat import _line
    from floorview.core.seating import Option

    o = Option(("20",), ("t20",), 8, False, datetime(2026, 7, 1, 19, 15, tzinfo=UTC), None, "r")
    assert _line(o, ZoneInfo("Europe/London")) == "r [free at 20:15]"  # BST: UTC+1


def test_with_the_floor_full_the_journal_s_turns_say_when_the_eight_top_frees(env, capsys,
                                                                              tmp_path):
    from datetime import timedelta

    from floorview.core.model import parse_time
    from tests.floorview.core.test_turns import record_day

    with StubServer(**stubs.UNLIMITED) as srv:
        pause_simulator(srv)
        branch_id, tables = server_tables(srv)
        admin = RestClient(srv.url)
        admin.token = srv.token_for(ADMIN)
        for t in tables:  # nothing free: every table seated (a party of 7 at the eight-tops)
            if t["status"] != "occupied" or t["capacity"] >= 7:
                admin.set_status(t["id"], "occupied", 7 if t["capacity"] >= 7 else 1)
        # four past parties of 8 (band 7+), 100 minutes each
        journal = tmp_path / "history.sqlite"
        for day in (20, 21, 22, 23):
            record_day(None, day, [("t-4", "19:00", 100, 8)], path=journal, branch_id=branch_id)
        code, out, err = seat(srv, capsys, "--party", "7", "--json")
        assert code == 0, err
        blind = json.loads(out)  # --no-journal: no estimate, and each option says so
        assert blind and all(o["freeAt"] is None and "no history" in o["reason"] for o in blind)
        code = cli_main(["seat", "--server", srv.url, "--email", HOST, "--journal",
                         str(journal), "--party", "7", "--json"])
        out = capsys.readouterr().out
        assert code == 0
        options = json.loads(out)
        _, now_tables = server_tables(srv)
        by_id = {t["id"]: t for t in now_tables}
        eights = sorted(t["number"] for t in now_tables if t["capacity"] >= 7)
        assert sorted(n for o in options for n in o["tables"]) == eights
        for o in options:
            (tid,) = o["tableIds"]
            assert o["now"] is False and by_id[tid]["status"] == "occupied"
            seated = parse_time(by_id[tid]["statusChangedAt"])
            assert parse_time(o["freeAt"]) == seated + timedelta(minutes=100)
            assert "median of 4 turns of parties of 7+" in o["reason"]
        # the best option's time is the quote a host gives: kept in that journal, 0600
        from floorview.core.journal import read_quotes

        (quote,) = read_quotes(journal)
        assert quote.table_ids == tuple(options[0]["tableIds"]) and quote.party == 7
        assert quote.free_at == parse_time(options[0]["freeAt"])
        assert journal.stat().st_mode & 0o777 == 0o600
        # asked again at once, the same quote is not a second one; --no-journal keeps none
        cli_main(["seat", "--server", srv.url, "--email", HOST, "--journal", str(journal),
                  "--party", "7", "--json"])
        seat(srv, capsys, "--party", "7", "--json")
        assert len(read_quotes(journal)) == 1
