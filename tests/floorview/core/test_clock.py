"""ServerClock: now on the server's clock, from the ``Date`` of its answers; against a
real stub whose clock is 10 minutes off this machine's."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from floorview.core.clock import ServerClock
from floorview.core.rest import RestClient

REAL = 1_790_000_000.0  # this machine's clock when the test starts (epoch seconds)


class Clocks:
    """This machine's wall clock and a monotonic one, moved by hand."""

    def __init__(self) -> None:
        self.wall_s = REAL
        self.mono_s = 500.0

    def wall(self) -> float:
        return self.wall_s

    def mono(self) -> float:
        return self.mono_s

    def pass_(self, seconds: float) -> None:
        self.wall_s += seconds
        self.mono_s += seconds


def date_of(epoch: float) -> str:
    return email.utils.formatdate(epoch, usegmt=True)  # whole seconds, as a server writes it


def answer(clocks: Clocks, server_ahead: float, rtt: float = 0.02):
    """A response whose Date the server wrote halfway through a round trip of ``rtt``."""
    clocks.pass_(rtt / 2)
    date = date_of(clocks.wall_s + server_ahead)
    clocks.pass_(rtt / 2)
    return SimpleNamespace(headers={"Date": date}, elapsed=timedelta(seconds=rtt))


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def test_before_any_answer_it_reads_this_machines_clock(clocks):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    assert clock() == datetime.fromtimestamp(REAL, UTC)
    assert clock.offset is None


@pytest.mark.parametrize("ahead", [600.0, -600.0, 0.3])
def test_one_answer_sets_the_server_time_within_a_second(clocks, ahead):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    clock.on_response(answer(clocks, ahead))
    server_now = clocks.wall_s + ahead
    assert abs(clock().timestamp() - server_now) <= 0.6  # Date has whole seconds
    clocks.pass_(125.0)  # and it runs on with this machine's
    assert abs(clock().timestamp() - (clocks.wall_s + ahead)) <= 0.6


def test_setting_this_machines_clock_does_not_move_the_servers_time(clocks):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    clock.on_response(answer(clocks, -600.0))
    before = clock().timestamp()
    clocks.wall_s -= 600.0  # someone (or NTP) sets this machine's clock right
    assert clock().timestamp() == before
    assert abs(clock.offset) <= 0.6  # the two now agree


def test_one_odd_answer_does_not_move_it_and_slow_answers_count_less(clocks):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    for _ in range(4):
        clock.on_response(answer(clocks, 600.0))
    clock.on_response(answer(clocks, 3600.0))  # a cache's stale Date, say
    # answers that took 20 s: the server wrote Date anywhere in them
    for _ in range(3):
        clocks.pass_(20.0)
        clock.on_response(SimpleNamespace(headers={"Date": date_of(clocks.wall_s + 600.0)},
                                          elapsed=timedelta(seconds=20.0)))
    assert abs(clock.offset - 600.0) <= 0.6


def test_answers_without_a_readable_date_are_ignored(clocks):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    for headers in ({}, {"Date": "soon"}, {"Date": ""}):
        clock.on_response(SimpleNamespace(headers=headers, elapsed=timedelta(seconds=0.01)))
    assert clock.offset is None and clock().timestamp() == clocks.wall_s


def test_a_large_offset_is_said_once_in_the_log(clocks, caplog):
    clock = ServerClock(wall=clocks.wall, mono=clocks.mono)
    with caplog.at_level("WARNING", logger="floorview.core.clock"):
        for _ in range(5):
            clock.on_response(answer(clocks, -600.0))
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1, said
    assert "600" in said[0] and "ahead of the server's" in said[0]


@pytest.mark.parametrize("minutes", [10, -10])
def test_a_rest_client_learns_a_skewed_stubs_clock_from_its_answers(minutes):
    from server_stub.testing import StubServer

    skew = timedelta(minutes=minutes)
    with StubServer(demo=True, clock=lambda: datetime.now(UTC) + skew) as srv:
        rest = RestClient(srv.url)
        try:
            assert rest.server_clock.offset is None
            rest.login("host@floorview.dev", "demo")
            rest.branches()
            assert rest.server_clock.offset == pytest.approx(skew.total_seconds(), abs=1.5)
            assert abs(rest.server_clock() - (datetime.now(UTC) + skew)) < timedelta(seconds=1.5)
        finally:
            rest.close()
