"""The connection banner: a sentence and a button per state, times on the branch's clock."""

from __future__ import annotations

from datetime import UTC, datetime

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Branch
from floorview.ui.window.banner import SIGNED_OUT, ConnectionBanner


def _Status(state: ConnState, since: datetime, message: str = "", attempt: int = 0):  # noqa: N802
    return ConnectionStatus(state, since=since, as_of=since, message=message, attempt=attempt)


_State = ConnState


def test_banner_says_each_state_and_offers_the_right_action(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    banner.set_status(_Status(_State.LIVE, since))
    assert banner.text() == "Live" and not banner.stale and banner.button_text() is None
    banner.set_status(_Status(_State.RECONNECTING, since, attempt=3))
    local = since.astimezone().strftime("%H:%M")
    assert f"reconnecting since {local}" in banner.text() and banner.stale
    banner.set_status(_Status(_State.UNAUTHORIZED, since))
    assert banner.button_text() == "Sign in again…"
    with qtbot.waitSignal(banner.actionRequested) as blocker:
        banner._button.click()
    assert blocker.args == [ConnState.UNAUTHORIZED]
    banner.set_status(_Status(_State.FORBIDDEN, since))
    assert "may not watch this branch" in banner.text()
    banner.set_status(_Status(_State.UNREACHABLE, since, message="connection refused"))
    assert "unreachable" in banner.text() and banner.button_text() == "Retry now"


def test_banner_says_times_on_the_branchs_clock(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)  # 14:04 in New York (EST)
    banner.set_status(_Status(_State.RECONNECTING, since))
    banner.set_zone(Branch("br-ny", "Midtown", "America/New_York").zone)
    assert "reconnecting since 14:04" in banner.text()  # the text follows the zone
    banner.set_status(_Status(_State.UNREACHABLE, since))
    assert "unreachable since 14:04" in banner.text()


def test_an_unknown_zone_falls_back_to_local_time(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    banner.set_zone(Branch("br-x", "Nowhere", "Mars/Olympus_Mons").zone)
    banner.set_status(_Status(_State.RECONNECTING, since))
    assert f"reconnecting since {since.astimezone().strftime('%H:%M')}" in banner.text()


def test_banner_says_signed_out_when_the_person_signed_out(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    banner.set_status(_Status(ConnState.UNAUTHORIZED, since, message=SIGNED_OUT))
    assert banner.text().startswith("Signed out.") and banner.stale
    assert banner.state is ConnState.UNAUTHORIZED


def test_a_silent_server_is_said_to_the_second_on_the_branchs_clock(qtbot):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    banner.set_zone(Branch("br-ny", "Midtown", "America/New_York").zone)
    lost = datetime(2026, 11, 25, 19, 42, 5, tzinfo=UTC)  # 14:42:05 in New York
    banner.set_status(ConnectionStatus(ConnState.RECONNECTING, since=lost, as_of=lost,
                                       attempt=2, no_answer_since=lost))
    assert banner.text() == ("No answer from the server since 14:42:05 — reconnecting "
                             "(attempt 2). The floor may be out of date.")
    assert banner.stale
    banner.set_status(ConnectionStatus(ConnState.UNREACHABLE, since=lost, as_of=lost,
                                       message="connection refused", no_answer_since=lost))
    assert banner.text().startswith("No answer from the server since 14:42:05 (connection refused)")
    banner.set_status(ConnectionStatus(ConnState.LIVE, since=lost, as_of=lost))
    assert banner.text() == "Live" and not banner.stale


def test_live_over_long_polling_says_so_and_is_not_stale(qtbot):
    # The message LiveConnection gives a live link after the WebSocket upgrade was refused.
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    since = datetime(2026, 11, 25, 19, 4, tzinfo=UTC)
    message = ("Over long-polling: WebSocket was refused (HTTP 403); "
               "WebSocket is tried again every 5 min.")
    banner.set_status(_Status(_State.LIVE, since, message=message))
    assert banner.text().startswith("Live — over long-polling") and not banner.stale
    banner.set_status(_Status(_State.LIVE, since, message="the server reported an error: x"))
    assert banner.text() == "Live"
