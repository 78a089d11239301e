"""One connection attempt: its client, what it has done so far, and what it learned.

An attempt ends once, with an :class:`Outcome`: the one value the connection's loop reads
to go on (retry after a backoff, at once, over other transports, or stop). The handlers
that see it end (a disconnect, a failed read, a forbidden join, a silent server) each
hand in the outcome they saw instead of setting flags for the loop to read.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

from floorview.core.live.status import ConnState
from floorview.core.live.workarounds import watch_sessions
from floorview.core.renewal import FreshTokenRefused, SignInEnded


class Next(Enum):
    """What the connection does after an attempt."""

    RETRY_AFTER_BACKOFF = "retry after a backoff"  # lost, refused, failed
    RETRY_NOW = "retry at once"  # signed in again
    SWITCH_TRANSPORTS = "switch transports"  # at once over others (WebSocket refused, or back)
    STOP = "stop"  # a terminal state was published


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an attempt learned.

    Attributes:
        next: what comes after it.
        reason: why it ended, for the status ("" when nothing said why).
        connected: its socket connected.
        reached_live: its snapshot was applied (the tables were the server's).
        fresh_token_refused: it ended because a token our own sign-in had just got was
            refused (the next sign-in waits out a backoff).
        silent: it ended because the server stopped answering (pings, or the probe
            over long-polling).
        quiet_next: the next attempt says nothing until it syncs (a live link moving
            to WebSocket stays shown as live).
        stop: the terminal state and its message, when it ended the connection.
    """

    next: Next
    reason: str = ""
    connected: bool = False
    reached_live: bool = False
    fresh_token_refused: bool = False
    silent: bool = False
    quiet_next: bool = False
    stop: tuple[ConnState, str] | None = None

    @classmethod
    def lost(cls, reason: str, *, silent: bool = False, fresh_token_refused: bool = False) -> Outcome:
        return cls(Next.RETRY_AFTER_BACKOFF, reason, silent=silent,
                   fresh_token_refused=fresh_token_refused)

    @classmethod
    def stopped(cls, state: ConnState, message: str) -> Outcome:
        return cls(Next.STOP, stop=(state, message))


class Attempt:
    """One client and what it has done so far. Handlers of an ended attempt do nothing."""

    def __init__(self, client: Any, number: int, transports: list[str]) -> None:
        self.client = client
        self.number = number
        self.transports = transports
        self.token: str | None = None  # what the connect carried
        self.connect_error: Any = None  # what the server said to a refused connect
        self.connected = False
        self.reached_live = False
        self.heard_at: datetime | None = None  # the snapshot's answer: the server was there
        self.sessions_unknown = ""  # a poll's "Session ID unknown" answer (long_polling)
        watch_sessions(client, self._sessions_unknown)
        self.join_pending = False  # our joinBranch awaits its answer (see on_exception)
        self.sync_task: asyncio.Task[None] | None = None
        self.done = asyncio.Event()
        self._ending: Outcome | None = None

    def _sessions_unknown(self, answer: str) -> None:
        self.sessions_unknown = answer

    @property
    def long_polling(self) -> bool:
        """Whether it goes over long-polling (no ping frames: a silent link is seen by
        the reconciliation)."""
        return "websocket" not in self.transports

    def end(self, outcome: Outcome) -> None:
        """The attempt is over. The first outcome handed in is the one kept, but for one
        that stops the connection, which replaces an earlier one that would retry."""
        kept = self._ending
        if kept is None or (outcome.next is Next.STOP and kept.next is not Next.STOP):
            self._ending = outcome
        self.done.set()

    def learned(self) -> Outcome:
        """Its outcome, with what it did (connected, reached live) filled in."""
        ending = self._ending or Outcome.lost("")
        return replace(ending, connected=self.connected, reached_live=self.reached_live)


def join_acked(ack: asyncio.Future[Any], branch_id: str) -> bool:
    """Whether ``ack`` holds the server's acknowledgement of our join of ``branch_id``."""
    if not ack.done() or ack.cancelled():
        return False
    answer = ack.result()
    return isinstance(answer, dict) and answer.get("branchId") == branch_id


def sign_in_outcome(error: FreshTokenRefused | SignInEnded) -> Outcome:
    """How a read that could not sign in again ends its attempt: a new token refused at
    once is backed off like a lost connection; a refused password stops."""
    if isinstance(error, FreshTokenRefused):
        return Outcome.lost(str(error), fresh_token_refused=True)
    return Outcome.stopped(ConnState.UNAUTHORIZED, str(error))
