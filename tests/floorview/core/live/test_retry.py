"""The retry policy: the delay after n failures, when the count starts again, the port
probe's pacing, and what the user reads while waiting."""

import pytest

from floorview.core.live import ConnState
from floorview.core.live.retry import (
    failures_after,
    probe_pause,
    probe_timeout,
    retry_delay,
    retry_status,
)

LOW, HIGH = (lambda: 0.0), (lambda: 1.0)  # the jitter's two ends


def test_the_delay_doubles_from_the_base_with_each_failure_up_to_the_cap():
    # (base 1, cap 30): all of it with the jitter at its top, half at its bottom
    assert [retry_delay((1.0, 30.0), n, HIGH) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert [retry_delay((1.0, 30.0), n, LOW) for n in range(1, 8)] == [0.5, 1, 2, 4, 8, 15, 15]


def test_no_failure_yet_waits_like_the_first():
    assert retry_delay((2.0, 30.0), 0, HIGH) == retry_delay((2.0, 30.0), 1, HIGH) == 2.0


def test_failures_add_up_until_an_attempt_reached_live():
    failures = 0
    for _ in range(5):
        failures = failures_after(failures, reached_live=False)
    assert failures == 5 and retry_delay((1.0, 30.0), failures, HIGH) == 16
    # a connection that reached live and was lost: the first of a new run, the shortest wait
    failures = failures_after(failures, reached_live=True)
    assert failures == 1 and retry_delay((1.0, 30.0), failures, HIGH) == 1
    assert failures_after(failures, reached_live=False) == 2


def test_the_port_probe_comes_within_its_bounds_and_waits_a_second_for_an_answer():
    assert probe_pause((0.1, 0.2), LOW) == pytest.approx(0.1)
    assert probe_pause((0.1, 0.2), HIGH) == pytest.approx(0.2)
    assert probe_pause((0.1, 0.2), lambda: 0.5) == pytest.approx(0.15)
    assert probe_timeout((0.1, 0.2)) == 1.0 and probe_timeout((0.5, 3.0)) == 3.0


def status(**kw):
    options = {"delay": 4.4, "reason": "connection refused", "ever_live": False,
               "was_connected": False, "fresh_token_refused": False, **kw}
    return retry_status(**options)


def test_never_live_is_unreachable():
    assert status() == (ConnState.UNREACHABLE,
                        "Cannot reach the server (connection refused); retrying in 4 s.")
    assert status(reason="", delay=0.2)[1] == "Cannot reach the server (no answer); retrying in 1 s."
    assert status(reason="disconnected.")[1].startswith("Cannot reach the server (disconnected);")


def test_once_live_a_loss_is_reconnecting_and_says_whether_the_socket_was_up():
    assert status(ever_live=True, was_connected=True) == (
        ConnState.RECONNECTING, "Connection lost (connection refused); retrying in 4 s.")
    assert status(ever_live=True) == (
        ConnState.RECONNECTING, "Still cannot reach the server (connection refused); retrying in 4 s.")


def test_a_fresh_token_refused_says_when_it_signs_in_again():
    text = "The server refused a new sign-in at once; signing in again in 5 s."
    assert status(fresh_token_refused=True, delay=4.6) == (ConnState.UNREACHABLE, text)
    assert status(fresh_token_refused=True, delay=4.6, ever_live=True) == (ConnState.RECONNECTING, text)
