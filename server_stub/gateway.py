"""The Socket.IO gateway: namespace ``/restaurant/tables``, rooms ``branch:<id>``.

What the NestJS gateway does, plus the security its production deployment adds: a token
checked at connection, branch access checked on ``joinBranch``, and at most
``ws_rate_limit`` messages a second from one socket.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import socketio

from server_stub.ratelimit import SlidingWindow
from server_stub.service import FORBIDDEN, Service
from server_stub.validation import is_text

log = logging.getLogger(__name__)

NAMESPACE = "/restaurant/tables"
TOO_MANY = "Too many requests"


def room(branch_id: str) -> str:
    return f"branch:{branch_id}"


class Gateway:
    """Registers the namespace's handlers on ``sio`` and emits the service's events."""

    def __init__(self, sio: socketio.AsyncServer, service: Service, rate_limit: int,
                 clock: Callable[[], float] = time.monotonic, *, join_ack: bool = True) -> None:
        self.sio = sio
        self.join_ack = join_ack
        self.service = service
        self._clock = clock
        self._limit = SlidingWindow(rate_limit, 1.0, clock)
        self._warned: dict[str, float] = {}
        sio.on("connect", self.on_connect, namespace=NAMESPACE)
        sio.on("disconnect", self.on_disconnect, namespace=NAMESPACE)
        sio.on("joinBranch", self._guarded(self.on_join_branch), namespace=NAMESPACE)
        sio.on("leaveBranch", self._guarded(self.on_leave_branch), namespace=NAMESPACE)
        sio.on("*", self._guarded(self.on_other), namespace=NAMESPACE)

    def _guarded(self, handler):
        """A client message that breaks a handler is logged at once and answered with
        nothing; without this it ends as a "Task exception was never retrieved" later."""

        async def guarded(*args: object) -> object:
            try:
                return await handler(*args)
            except Exception:
                log.exception("socket message handler %s failed", handler.__name__)
                return self.sio.not_handled

        return guarded

    async def emit(self, event: str, payload: object, branch_id: str) -> None:
        """Send ``event`` to the sockets joined to ``branch_id``, and no others."""
        await self.sio.emit(event, payload, to=room(branch_id), namespace=NAMESPACE)

    async def on_connect(self, sid: str, environ: dict, auth: object = None) -> None:
        token = auth.get("token") if isinstance(auth, dict) else None
        user = self.service.user_for_token(token)
        if user is None:
            log.info("socket %s refused: no valid token", sid)
            raise socketio.exceptions.ConnectionRefusedError("Unauthorized")
        await self.sio.save_session(sid, {"userId": user["id"]}, namespace=NAMESPACE)
        log.info("socket %s connected: %s", sid, user["email"])

    async def on_disconnect(self, sid: str, reason: object = None) -> None:
        self._limit.forget(sid)
        self._warned.pop(sid, None)
        log.info("socket %s disconnected", sid)

    async def on_join_branch(self, sid: str, *args: object) -> object:
        if not await self._admit(sid):
            return self.sio.not_handled  # dropped: no answer, not even an acknowledgement
        branch_id = args[0] if args else None
        user = await self._user(sid)
        if (not isinstance(branch_id, str) or not is_text(branch_id) or user is None
                or not self.service.can_see(user, branch_id)
                or self.service.repo.get_branch(branch_id) is None):
            await self._exception(sid, FORBIDDEN)
            return self.sio.not_handled
        await self.sio.enter_room(sid, room(branch_id), namespace=NAMESPACE)
        return {"branchId": branch_id} if self.join_ack else self.sio.not_handled

    async def on_leave_branch(self, sid: str, *args: object) -> object:
        if not await self._admit(sid):
            return self.sio.not_handled
        branch_id = args[0] if args else None
        if isinstance(branch_id, str):
            await self.sio.leave_room(sid, room(branch_id), namespace=NAMESPACE)
            return {"branchId": branch_id}
        return self.sio.not_handled

    async def on_other(self, event: str, sid: str, *args: object) -> object:
        await self._admit(sid)  # unknown events count against the limit too
        return self.sio.not_handled

    async def _user(self, sid: str) -> dict | None:
        session = await self.sio.get_session(sid, namespace=NAMESPACE)
        return self.service.repo.get_user(session.get("userId", ""))

    async def _admit(self, sid: str) -> bool:
        """Count a message; False (and at most one warning a second) when over the limit."""
        if self._limit.hit(sid) is None:
            return True
        now = self._clock()
        if now - self._warned.get(sid, float("-inf")) >= 1.0:
            self._warned[sid] = now
            await self._exception(sid, TOO_MANY)
        return False

    async def _exception(self, sid: str, message: str) -> None:
        await self.sio.emit("exception", {"status": "error", "message": message},
                            to=sid, namespace=NAMESPACE)
