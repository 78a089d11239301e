"""The connection's states and status: which states end the connection, what a status bar reads."""

from datetime import UTC, datetime, timedelta

from floorview.core.live import ConnectionStatus, ConnState, utcnow


def test_only_unauthorized_forbidden_and_failed_end_the_connection():
    assert {s for s in ConnState if s.terminal} == {
        ConnState.UNAUTHORIZED, ConnState.FORBIDDEN, ConnState.FAILED}


def test_the_states_a_user_reads():
    assert [s.label for s in ConnState] == [
        "Connecting", "Syncing", "Live", "Reconnecting", "Unreachable", "Unauthorized",
        "Forbidden", "Failed"]


def test_a_new_status_has_no_snapshot_and_no_silence_yet():
    status = ConnectionStatus(ConnState.CONNECTING, datetime(2024, 5, 1, 19, 0, tzinfo=UTC))
    assert status.as_of is None and status.no_answer_since is None
    assert status.message == "" and status.attempt == 0


def test_utcnow_is_aware_and_now():
    now = utcnow()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)
