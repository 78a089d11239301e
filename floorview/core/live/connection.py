"""The live connection: Socket.IO events into a BranchStore, resynced on every connect.

Why ``socketio.AsyncClient`` (measured against Node's socket.io 4.8, 2,000 events): on
the qasync loop it ran every handler on the GUI thread, in order, with p99 under 2 ms
at 2,500 events/s; the sync ``Client`` runs each handler on a new thread, so its events
must be marshalled to the GUI thread (Qt signals: p99 119-201 ms) and 1-4 in 2,000
arrived out of order. Here every handler, the store and ``on_status`` run on the loop
:meth:`LiveConnection.start` was called on (qasync's = the Qt GUI thread in the app,
plain asyncio in ``floorview watch``); only the blocking REST calls go to an executor.

What the contract asks (§3, §4) and python-socketio does not do by itself:

* Reconnecting forever, with backoff and jitter, *also* after a refused first connect
  and after the server drops the socket (python-socketio retries neither). So its own
  reconnection is off and :meth:`LiveConnection._run` owns the loop, with a fresh
  client for each attempt (no state carried over from a dead one).
* ``joinBranch`` from the namespace's ``connect`` handler on every (re)connect, then
  the snapshot: events are held (``store.begin_sync``) from before the join until the
  snapshot is applied. The join asks for an acknowledgement; without one within
  ``ack_timeout`` (the real gateway never sends one) the snapshot is fetched anyway and
  a second, confirming snapshot ``confirm_delay`` later, merged by the same rules. Once a
  join went unacknowledged, later ones are not waited for (a failover was live 1 s later).
* A refused token (``connect_error`` "Unauthorized", or a 401 to any read: the
  reference data, the snapshot, a reconciliation, a confirming GET) signs in again
  through the injected ``reauth`` coroutine (:mod:`floorview.core.renewal`), at every
  expiry: a read is repeated on the same socket, a refused connect is made again. A token
  refused right after our own sign-in issued it is backed off like a lost connection.
  Only a refused password, or nothing to sign in with, ends in UNAUTHORIZED (stopped).
* ``exception`` events: "Forbidden resource" in reply to our ``joinBranch`` → FORBIDDEN
  (stopped). "In reply" is all a client can know without an id to match: the join is
  pending from its emit until the server acknowledges it, or (the bare gateway never
  does) until the confirming snapshot is in, and the gateway answers a forbidden join at
  once. Any other ``exception`` — a forbidden one later included, which no join of ours
  asked for — is logged (rate-limited) and shown as a message; the connection goes on
  (if access really was withdrawn, the next snapshot's 403 stops it). "Too many
  requests" and others → a readable message on the current state.
* While live, a reconciliation every ``reconcile_period`` (15 s; at once after a table
  event whose version skips one, a sign of lost events): a snapshot merged by
  rule 3, fetched with ``If-None-Match`` so that an unchanged branch costs a 304 and a
  merge in memory with the last snapshot (still the truth then), off the loop; events are
  at most once and unverifiable, so this bounds any divergence (a lost or forged event)
  to one period without a reconnect. A table event far above the held version is held
  back by the store until ``GET /restaurant/tables/:id`` confirms it (rule 5).
* A payload that does not parse is logged (``log.warning`` naming the event and the
  ParseError) and dropped; the connection stays live.
* Its SIGINT handler is off (``handle_sigint=False``): python-socketio's own one cancels
  every task and stops the loop, which under qasync quits the Qt app.

A silent dead link (Wi-Fi or a NAT dropped, the backend hung: the TCP connection stays
open and nothing answers) is seen by WebSocket ping frames: RFC 6455 control frames that
every compliant server answers, the real NestJS one included, with nothing asked of the
backend. python-engineio hands ``websocket_extra_options`` to aiohttp's ``ws_connect``,
whose ``heartbeat=2.0`` pings after 2 s without traffic and closes the socket when no
pong comes 1 s later. Measured (python-engineio 4.15.1, aiohttp 3.14.5): a SIGSTOPped
stub is noticed after 3.0 s; a Node socket.io 4.8 server alike. Engine.IO's own pings
(the server's pingInterval 25 s + pingTimeout 20 s) took 45 s.

So the transport is WebSocket only by default; long-polling is the fallback, never
silent (:mod:`floorview.core.live.long_polling`). A deployment that needs polling always
passes ``transports=["polling"]``.

Between attempts, while the server refuses TCP (its process is gone), its port is probed
every 100-200 ms and the attempt made as soon as it accepts
(:mod:`floorview.core.live.port_probe`).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from floorview.core.live.attempt import Attempt, Next, Outcome, join_acked, sign_in_outcome
from floorview.core.live.client import NAMESPACE, import_socketio, new_client
from floorview.core.live.errors import describe, heartbeat_failed, says_unauthorized
from floorview.core.live.long_polling import LongPollingFallback, upgrade_refusal, websocket_opens
from floorview.core.live.port_probe import wait_to_retry
from floorview.core.live.reconcile import Reconciler
from floorview.core.live.retry import failures_after, retry_delay, retry_status
from floorview.core.live.socket_thread import Prepared, ThreadedClient
from floorview.core.live.status import ConnectionStatus, ConnState, StatusListener, utcnow
from floorview.core.live.workarounds import close_client, connect_within, guard_packets
from floorview.core.model import ParseError, Table
from floorview.core.ratelog import RateLimitedLog
from floorview.core.renewal import FreshTokenRefused, SignInEnded, TokenRenewal
from floorview.core.rest import (
    ApiError,
    Forbidden,
    RestClient,
    Unreachable,
)
from floorview.core.store import ALL_EVENTS, BranchStore, parse_event
from floorview.core.words import translate

# The package's one logger: its lines read "floorview.core.live: ..." as before it was a package.
log = logging.getLogger("floorview.core.live")

Reauth = Callable[[], Awaitable[bool]]


class LiveConnection:
    """Keeps ``store`` equal to the server's tables of ``store.branch_id``.

    Args:
        rest: the signed-in REST client (its ``base_url``, ``token`` and ``verify`` are
            used for the socket too; its calls run in ``executor``).
        store: the branch's store; its listeners are called on this loop.
        on_status: called with each new :class:`ConnectionStatus`, on this loop.
        reauth: coroutine that signs ``rest`` in again and returns True, or False/raises
            Unauthorized when it cannot (see :class:`~floorview.core.renewal.TokenRenewal`);
            None to go UNAUTHORIZED at once.
        before_sync: coroutine run on every (re)connect before the snapshot (the session
            reloads floor plans, sections and users there).
        clock: the current time (aware UTC).
        backoff: ``(base, cap)`` seconds between attempts; the n-th wait is a random
            time between half and all of ``min(cap, base * 2**n)``.
        ack_timeout: how long to wait for the ``joinBranch`` acknowledgement.
        confirm_delay: without one, when to fetch the confirming snapshot.
        connect_timeout: how long a connect may take (python-socketio's default, 1 s,
            is too short for a slow server).
        heartbeat: seconds without traffic after which a WebSocket ping is sent; no
            pong within half of it closes the socket (see the module's docstring).
        reconcile_period: seconds between two reconciliations while live: a snapshot
            merged by the contract's rule 3, so that a divergence (a lost or forged event)
            lives at most this long. ``If-None-Match`` makes one cheap when nothing changed.
        probe_period: the reconciliation period over long-polling, where it is also the
            probe that sees a dead link.
        max_confirming: table versions being confirmed at once; more suspects than that
            are dropped (the next reconciliation heals them).
        port_probe: ``(min, max)`` seconds between two TCP connects to the server's port
            while it refuses connections, so that a restarted server is followed at once
            instead of after the backoff; None: plain backoff (see
            :mod:`floorview.core.live.port_probe`).
        transports: Engine.IO transports; WebSocket only by default (see above).
        websocket_retry: after a refused WebSocket upgrade (long-polling then), seconds
            until WebSocket is tried again.
        client_factory: builds a python-socketio ``AsyncClient`` (tests hand in others).
        socket_thread: the client on its own thread, its handlers relayed to this loop
            in batches (:mod:`floorview.core.live.socket_thread`); the app's choice,
            which leaves the GUI thread the store, the listeners and the paint.
    """

    def __init__(
        self,
        rest: RestClient,
        store: BranchStore,
        *,
        on_status: StatusListener | None = None,
        reauth: Reauth | None = None,
        before_sync: Callable[[], Awaitable[None]] | None = None,
        clock: Callable[[], datetime] = utcnow,
        backoff: tuple[float, float] = (1.0, 30.0),
        ack_timeout: float = 1.0,
        confirm_delay: float = 3.0,
        connect_timeout: float = 5.0,
        heartbeat: float = 2.0,
        reconcile_period: float = 15.0,
        probe_period: float = 5.0,
        max_confirming: int = 16,
        port_probe: tuple[float, float] | None = (0.1, 0.2),
        transports: list[str] | None = None,
        websocket_retry: float = 300.0,
        client_factory: Callable[[], Any] | None = None,
        socket_thread: bool = False,
        executor: Executor | None = None,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.rest = rest
        self.store = store
        self.branch_id = store.branch_id
        self._on_status = on_status
        self.renewal = TokenRenewal(rest, reauth)  # shared with the session's writes
        self._before_sync = before_sync
        self._clock = clock
        self.backoff = backoff
        self.ack_timeout = ack_timeout
        self.confirm_delay = confirm_delay
        self.connect_timeout = connect_timeout
        self.heartbeat = heartbeat
        self.reconcile_period = reconcile_period
        self.probe_period = probe_period
        self.max_confirming = max_confirming
        self.port_probe = port_probe
        self.transports = list(transports) if transports else ["websocket"]
        self.websocket_retry = websocket_retry
        self.long_polling = LongPollingFallback(
            self.transports, websocket_retry=websocket_retry, probe_period=probe_period,
            heartbeat=heartbeat)
        self._client_factory = client_factory or self._default_client
        self.socket_thread = socket_thread
        self._rng = rng
        self._status = ConnectionStatus(ConnState.CONNECTING, clock())
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._attempt: Attempt | None = None
        self._as_of: datetime | None = None
        self._no_answer_since: datetime | None = None
        self._server_acks: bool | None = None  # whether it acknowledges joinBranch (not known yet)
        self._ratelog = RateLimitedLog(log)  # one line per kind of trouble per 10 s
        self.reconciler = Reconciler(rest, store, self.renewal, executor=executor,
                                 max_confirming=max_confirming, heartbeat=heartbeat,
                                 probe_period=probe_period, ratelog=self._ratelog,
                                 on_signed_out=self._signed_out)
        self._waiters: list[tuple[frozenset[ConnState], asyncio.Future[ConnectionStatus]]] = []

    # --- public -----------------------------------------------------------------------

    @property
    def _reauth(self) -> Reauth | None:
        return self.renewal.reauth

    @_reauth.setter
    def _reauth(self, reauth: Reauth | None) -> None:
        self.renewal.reauth = reauth

    @property
    def status(self) -> ConnectionStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Begin connecting (returns at once; follow ``on_status`` or :meth:`wait_for`)."""
        if self.running:
            return
        self.reconciler.start_confirming()
        self._stopping = False
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        """Disconnect and stop retrying; prompt also mid-connect or mid-backoff."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        await self.reconciler.stop_confirming()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # stop() itself was cancelled
        for _states, fut in self._waiters:
            if not fut.done():
                fut.cancel()
        self._waiters.clear()

    async def wait_for(self, *states: ConnState, timeout: float | None = None) -> ConnectionStatus:
        """Wait until the state is one of ``states`` (or now is); returns that status."""
        wanted = frozenset(states)
        if self._status.state in wanted:
            return self._status
        fut = asyncio.get_running_loop().create_future()
        self._waiters.append((wanted, fut))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self._waiters = [(s, f) for s, f in self._waiters if f is not fut]

    # --- status -----------------------------------------------------------------------

    def _publish(self, state: ConnState, message: str = "", attempt: int | None = None) -> None:
        old = self._status
        attempt = old.attempt if attempt is None else attempt
        new = ConnectionStatus(
            state=state,
            since=old.since if state is old.state else self._clock(),
            as_of=self._as_of,
            message=message,
            attempt=attempt,
            no_answer_since=None if state is ConnState.LIVE else self._no_answer_since,
        )
        if new == old:
            return
        self._status = new
        log.info("connection %s%s", state.value, f": {message}" if message else "")
        for states, fut in list(self._waiters):
            if state in states and not fut.done():
                fut.set_result(new)
        if self._on_status is not None:
            try:
                self._on_status(new)
            except Exception:
                log.exception("a connection status listener failed")

    # --- the loop ---------------------------------------------------------------------

    async def _run(self) -> None:
        failures = 0  # in a row, since the last attempt that reached live
        number = 0
        quiet = False  # the next attempt says nothing until it syncs (see Outcome.quiet_next)
        try:
            # WORKAROUND: Python 3.11's asyncio.wait_for swallows a cancellation that
            # arrives in the same loop turn as its inner call's end (it returns or raises
            # the inner result instead): a stop() landing just as a refused connect failed
            # was lost, and the loop retried forever. The flag ends the loop regardless.
            while not self._stopping:
                number += 1
                outcome = await self._connect_once(number, quiet=quiet)
                if outcome.next is Next.STOP or self._stopping:
                    return
                if outcome.next is Next.RETRY_NOW:
                    continue
                if outcome.next is Next.SWITCH_TRANSPORTS:
                    quiet = outcome.quiet_next
                    continue
                quiet = False
                failures = failures_after(failures, reached_live=outcome.reached_live)
                delay = retry_delay(self.backoff, failures, self._rng)
                state, text = retry_status(
                    delay=delay, reason=outcome.reason, ever_live=self._as_of is not None,
                    was_connected=outcome.connected, fresh_token_refused=outcome.fresh_token_refused)
                self._publish(state, text, attempt=number + 1)
                await self._wait_to_retry(delay)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            log.exception("the live connection failed")
            self._publish(ConnState.FAILED, translate("LiveConnection", "The live connection failed: {0}").format(e))

    async def _wait_to_retry(self, delay: float) -> None:
        """Wait ``delay`` s before the next attempt, or less while the server refuses TCP
        (see :mod:`floorview.core.live.port_probe`)."""
        await wait_to_retry(delay, base_url=self.rest.base_url, port_probe=self.port_probe,
                            rng=self._rng, stopping=lambda: self._stopping)

    async def _connect_once(self, number: int, quiet: bool = False) -> Outcome:
        """One attempt, and what it learned; ``quiet``: no "Reconnecting…" (a live link
        moving to WebSocket stays shown as live until the new one syncs)."""
        await import_socketio()
        import socketio

        attempt = Attempt(self._client_factory(), number, self.long_polling.transports_now())
        self._attempt = attempt
        self._register(attempt)
        if number == 1 or (self._as_of is None and self._status.state is not ConnState.UNREACHABLE):
            self._publish(ConnState.CONNECTING, translate("LiveConnection", "Connecting…"), attempt=number)
        elif not quiet and self._status.state not in (ConnState.RECONNECTING, ConnState.UNREACHABLE):
            self._publish(ConnState.RECONNECTING, translate("LiveConnection", "Reconnecting…"), attempt=number)
        attempt.token = self.rest.token
        try:
            try:
                await connect_within(
                    attempt.client, self.rest.base_url, 2 * self.connect_timeout,
                    auth={"token": attempt.token or ""},
                    namespaces=[NAMESPACE],
                    transports=attempt.transports,
                    wait_timeout=self.connect_timeout,
                    retry=False,
                )
            except (TimeoutError, socketio.exceptions.ConnectionError, ValueError, OSError) as e:
                return await self._connect_failed(attempt, e)
            attempt.connected = True
            self.renewal.accepted(attempt.token)
            await attempt.done.wait()
            return self._ended(attempt)
        finally:
            self._attempt = None
            await self._end(attempt)

    async def _connect_failed(self, attempt: Attempt, error: BaseException) -> Outcome:
        """The connect raised ``error``: sign in again, fall back to long-polling, or
        retry after a backoff."""
        if says_unauthorized(attempt.connect_error):
            return await self._unauthorized(attempt)
        if attempt.sessions_unknown:
            return Outcome.lost(self.long_polling.sessions_not_shared(attempt.sessions_unknown))
        refusal = upgrade_refusal(error) if not attempt.long_polling else None
        if refusal is not None and "polling" not in attempt.transports:
            self.long_polling.fall_back(refusal)
            return Outcome(Next.SWITCH_TRANSPORTS)
        said = describe(attempt.connect_error)
        reason = (describe(error) if said in ("", "Connection error") else said) or "refused"
        log.info("connect failed: %s", reason)
        return Outcome.lost(reason)

    def _ended(self, attempt: Attempt) -> Outcome:
        """A connected attempt is over: note until when the tables were true and since
        when the server has not answered, publish a terminal state."""
        outcome = attempt.learned()
        if attempt.sessions_unknown and outcome.stop is None:
            outcome = replace(outcome, reason=self.long_polling.sessions_not_shared(attempt.sessions_unknown))
        now = self._clock()
        if outcome.reached_live:
            self._as_of = now  # the tables were true until now
        if outcome.next is Next.SWITCH_TRANSPORTS:
            return outcome
        if self._no_answer_since is None and outcome.stop is None:
            # aiohttp pings after ``heartbeat`` s without traffic and gives up half
            # of that later: the last answer came that long before the close.
            unanswered = timedelta(seconds=1.5 * self.heartbeat) if outcome.silent else timedelta()
            since = now - unanswered
            if attempt.heard_at is not None and attempt.heard_at > since:
                since = attempt.heard_at
            self._no_answer_since = since
        if outcome.silent and self._no_answer_since is not None:
            log.warning("no answer from the server since %s; reconnecting",
                        self._no_answer_since.astimezone().strftime("%H:%M:%S"))
        if outcome.stop is not None:
            state, message = outcome.stop
            self._publish(state, message)
        return outcome

    async def _unauthorized(self, attempt: Attempt) -> Outcome:
        """The socket refused the attempt's token: sign in again and connect at once;
        a token our own sign-in just got waits out a backoff first (no tight loop)."""
        try:
            await self.renewal.renew(attempt.token)
        except FreshTokenRefused as e:
            return Outcome.lost(str(e), fresh_token_refused=True)
        except SignInEnded as e:
            self._publish(ConnState.UNAUTHORIZED, str(e))
            return Outcome(Next.STOP)
        except ApiError as e:  # not asked (unreachable, ...): retried after a backoff
            log.warning("signing in again failed: %s", e)
            return Outcome.lost(translate("LiveConnection", "signing in again failed: {0}").format(e))
        return Outcome(Next.RETRY_NOW)

    def _signed_out(self, message: str) -> None:
        """Signing in again cannot go on (found outside the attempt's own sync): stop."""
        attempt = self._attempt
        if attempt is not None and not attempt.done.is_set():
            attempt.end(Outcome.stopped(ConnState.UNAUTHORIZED, message))

    async def _end(self, attempt: Attempt) -> None:
        """Stop the attempt's sync, release held events, close its client."""
        task = attempt.sync_task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self._release_held()
        await close_client(attempt.client)

    def _release_held(self) -> None:
        """The attempt is over: the events held for a snapshot are applied as they came."""
        if self.store.syncing:
            self.store.cancel_sync()

    # --- handlers ---------------------------------------------------------------------

    def _register(self, attempt: Attempt) -> None:
        client = attempt.client

        def current() -> bool:
            return self._attempt is attempt and not attempt.done.is_set()

        async def on_connect(*_ignored: Any) -> None:  # a forged 'connect' event has data
            if current():
                await self._joined(attempt)

        def on_connect_error(*args: Any) -> None:
            attempt.connect_error = args[0] if args else None

        def on_disconnect(*args: Any) -> None:
            if self._attempt is attempt:
                reason = str(args[0]) if args else ""
                if heartbeat_failed(client):
                    attempt.end(Outcome.lost("no answer from the server", silent=True))
                    return
                log.info("disconnected%s", f" ({reason})" if reason else "")
                attempt.end(Outcome.lost(describe(reason) or "disconnected"))

        def on_exception(*args: Any) -> None:
            if not current():
                return
            data = args[0] if args else None
            text = data.get("message") if isinstance(data, dict) else data
            text = str(text or "unknown error")
            text = text[:200]
            low = text.lower()
            if "forbidden" in low and attempt.join_pending:
                log.warning("the server forbade joining branch %s: %s", self.branch_id, text)
                attempt.end(Outcome.stopped(
                    ConnState.FORBIDDEN,
                    translate("LiveConnection", "You may not see this branch (the server said: {0}).").format(text)))
            elif "too many" in low:
                self._ratelog.warning("too-many", "the server is rate limiting this client: %s", text)
                self._throttled()
                self._publish(self._status.state,
                              translate("LiveConnection", "The server is limiting this client: {0}.").format(text))
            else:
                self._ratelog.warning("exception", "the server reported an error: %s", text)
                self._publish(self._status.state,
                              translate("LiveConnection", "The server reported an error: {0}.").format(text))

        client.on("connect", on_connect, namespace=NAMESPACE)
        client.on("connect_error", on_connect_error, namespace=NAMESPACE)
        client.on("disconnect", on_disconnect, namespace=NAMESPACE)
        client.on("exception", on_exception, namespace=NAMESPACE)
        for event in ALL_EVENTS:
            if isinstance(client, ThreadedClient):  # parsed on the socket's thread
                client.on(event, self._event_handler(event, current), namespace=NAMESPACE,
                          prepare=functools.partial(parse_event, event))
            else:
                client.on(event, self._event_handler(event, current), namespace=NAMESPACE)

        def on_other(event: Any, *args: Any) -> None:
            if current():
                name = str(event)[:64]
                self._ratelog.info(f"unknown:{name}", "ignored an event this client does not "
                                   "know: %r", name)

        client.on("*", on_other, namespace=NAMESPACE)
        guard_packets(client, self._ratelog)

    async def _joined(self, attempt: Attempt) -> None:
        """The socket connected: hold events, join the branch's room, start the sync."""
        self.store.begin_sync()  # hold events from before the join
        self._publish(ConnState.SYNCING, translate("LiveConnection", "Joining the branch and loading its tables…"))
        ack: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        def on_ack(*args: Any) -> None:
            if not ack.done():
                ack.set_result(args[0] if args else None)

        attempt.join_pending = True
        try:
            await attempt.client.emit("joinBranch", self.branch_id, namespace=NAMESPACE,
                                      callback=on_ack)
        except Exception as e:
            attempt.end(Outcome.lost(f"joinBranch failed: {e}"))
            return
        attempt.sync_task = asyncio.ensure_future(self._sync(attempt, ack))

    def _event_handler(self, event: str, current: Callable[[], bool]) -> Callable[..., None]:
        # A plain function, not a coroutine: it runs to the end before the next event's
        # task starts, so events reach the store in the order they arrived.
        def handle(*args: Any) -> None:
            if not current():
                return
            payload = args[0] if args else None
            parsed: Table | str | None = None
            try:
                if isinstance(payload, Prepared):
                    payload, parsed = payload
                    if isinstance(parsed, BaseException):
                        raise parsed
                self._apply_event(event, payload, parsed)
            except ParseError as e:
                self._ratelog.warning(f"malformed:{event}", "dropped a malformed %s event: %s",
                                      event, e)
            except RecursionError:
                self._ratelog.warning(f"malformed:{event}", "dropped a malformed %s event: "
                                      "nested too deep", event)
            except Exception:
                log.exception("applying a %s event failed", event)

        return handle

    def _throttled(self) -> None:
        """The gateway dropped messages of ours ("Too many requests"); one branch sends
        too few to matter."""

    def _apply_event(self, event: str, payload: Any, parsed: Table | str | None = None) -> None:
        """One table event into the store (raises ParseError for a malformed one);
        ``parsed``: its payload parsed already (on the socket's thread)."""
        self.reconciler.note_event(payload)
        self.store.apply_event(event, payload, parsed)

    # --- syncing ----------------------------------------------------------------------

    async def _sync(self, attempt: Attempt, ack: asyncio.Future[Any]) -> None:
        try:
            if self._server_acks is not False:  # unknown yet, or it does: an ack comes in ms
                await asyncio.wait({ack}, timeout=self.ack_timeout)
            acked = join_acked(ack, self.branch_id)
            if acked:
                self._server_acks, attempt.join_pending = True, False
            else:
                if self._server_acks is None:
                    self._server_acks = False  # the bare gateway: no join is waited for again
                log.info("no acknowledgement of joinBranch; a confirming snapshot follows")
            # Every read signs in again when the token expired, and goes on.
            if self._before_sync is not None:
                await self.renewal.authorized(self._before_sync)
            self.reconciler.apply_snapshot(await self.renewal.authorized(self.reconciler.fetch_tables))
            attempt.reached_live = True
            self._as_of = attempt.heard_at = self._clock()
            self._no_answer_since = None
            self._publish(ConnState.LIVE, self.long_polling.live_message(attempt.transports), attempt=0)
            if not acked:
                # Fetched before the join was known to be in effect: confirmed at once when
                # its ack comes, else after ``confirm_delay``.
                await asyncio.wait({ack}, timeout=self.confirm_delay)
                if join_acked(ack, self.branch_id):
                    self._server_acks = True
                self.store.begin_sync()
                self.reconciler.apply_snapshot(await self.renewal.authorized(self.reconciler.fetch_tables))
                log.info("confirming snapshot applied")
            attempt.join_pending = False
            await self._keep_reconciling(attempt)
        except asyncio.CancelledError:
            raise
        except (FreshTokenRefused, SignInEnded) as e:
            attempt.end(sign_in_outcome(e))
        except Forbidden as e:
            attempt.end(Outcome.stopped(ConnState.FORBIDDEN, str(e)))
        except ApiError as e:
            log.warning("loading the tables failed: %s", e)
            attempt.end(Outcome.lost(str(e)))
        except Exception as e:
            log.exception("syncing failed")
            attempt.end(Outcome.lost(f"syncing failed: {e}"))
        finally:
            if self.store.syncing and attempt.done.is_set():
                self.store.cancel_sync()

    # --- healing while live ------------------------------------------------------------

    async def _keep_reconciling(self, attempt: Attempt) -> None:
        """Reconcile every period until the attempt ends (its task is cancelled)."""
        long_polling = attempt.long_polling
        period = min(self.reconcile_period, self.probe_period) if long_polling else self.reconcile_period
        while True:
            await self.reconciler.wait_next(period)
            if self.long_polling.websocket_due(attempt.transports):
                if await websocket_opens(self.rest.base_url, self.rest.verify, self.connect_timeout):
                    self.long_polling.websocket_allowed_again()
                    attempt.end(Outcome(Next.SWITCH_TRANSPORTS, "switching to WebSocket",
                                        quiet_next=True))
                    return
                self.long_polling.websocket_still_refused()  # again in a while
            try:
                await self.renewal.authorized(functools.partial(self.reconciler.reconcile, long_polling))
            except Forbidden:
                raise  # as for the first snapshot: stop
            except ApiError as e:
                if long_polling and isinstance(e, Unreachable):
                    attempt.end(Outcome.lost("no answer from the server", silent=True))
                    return
                self._ratelog.warning("reconcile", "reconciling the tables failed (%s); again in %.0f s",
                                 e, period)

    # --- the client -------------------------------------------------------------------

    def _default_client(self) -> Any:
        client = new_client(self.rest.verify, connect_timeout=self.connect_timeout,
                            heartbeat=self.heartbeat)
        return ThreadedClient(client) if self.socket_thread else client
