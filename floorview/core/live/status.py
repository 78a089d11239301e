"""What the live connection is doing, as a status bar shows it: its states and status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from floorview.core.words import translate


class ConnState(StrEnum):
    CONNECTING = "connecting"  # the first attempt, nothing shown yet
    SYNCING = "syncing"  # connected and joined; the snapshot is being fetched
    LIVE = "live"  # the tables are the server's and follow its events
    RECONNECTING = "reconnecting"  # lost; retrying; the tables are as of ``as_of``
    # Not live yet: no snapshot has made the tables the server's (a refused or failed
    # connect, a snapshot that could not be read, a new token refused); retrying.
    UNREACHABLE = "unreachable"
    UNAUTHORIZED = "unauthorized"  # the sign-in was refused or expired: stopped
    FORBIDDEN = "forbidden"  # this user may not see this branch: stopped
    FAILED = "failed"  # an unexpected error: stopped

    @property
    def terminal(self) -> bool:
        """No more attempts are made in this state."""
        return self in (ConnState.UNAUTHORIZED, ConnState.FORBIDDEN, ConnState.FAILED)

    @property
    def label(self) -> str:
        """The state's name as a person reads it, in the language in use."""
        return {
            ConnState.CONNECTING: translate("ConnState", "Connecting"),
            ConnState.SYNCING: translate("ConnState", "Syncing"),
            ConnState.LIVE: translate("ConnState", "Live"),
            ConnState.RECONNECTING: translate("ConnState", "Reconnecting"),
            ConnState.UNREACHABLE: translate("ConnState", "Unreachable"),
            ConnState.UNAUTHORIZED: translate("ConnState", "Unauthorized"),
            ConnState.FORBIDDEN: translate("ConnState", "Forbidden"),
            ConnState.FAILED: translate("ConnState", "Failed"),
        }[self]


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    """What the connection is doing, for a status bar.

    Attributes:
        state: see :class:`ConnState`.
        since: when this state began.
        as_of: when the tables were last known true (the snapshot that made them live,
            or the moment the connection was lost); None before any snapshot.
        message: a sentence for the user ("" when the state says it all).
        attempt: the number of the connection attempt under way or awaited (1 = first).
        no_answer_since: when the server last answered, once a connection that was up
            is lost (for a banner: "No answer from the server since 19:42:05"); kept
            through the retries that follow, None again once live.
    """

    state: ConnState
    since: datetime
    as_of: datetime | None = None
    message: str = ""
    attempt: int = 0
    no_answer_since: datetime | None = None


def utcnow() -> datetime:
    return datetime.now(UTC)


StatusListener = Callable[[ConnectionStatus], None]
