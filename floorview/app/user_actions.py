"""The user's actions on the connection, one at a time: retry now, sign in again, switch
branch, sign out.

The banner's and the toolbar's buttons ask for them; a second one asked for while one
is under way is ignored (logged), and one that fails is logged, never raised into Qt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from floorview.app.sign_in import EXPIRED_MESSAGE, Attempt, Ended, SignInFlow
from floorview.app.wall_window import AppWall
from floorview.core.live import ConnectionStatus, ConnState, utcnow
from floorview.core.model import Branch, User
from floorview.core.session import Session
from floorview.ui.window.banner import SIGNED_OUT
from floorview.ui.window.edit_controller import EditController
from floorview.ui.window.main_window import MainWindow

# the app's one logger: its lines read the same in a host stand's log
log = logging.getLogger("floorview.app")


class Actor(Protocol):
    """What the actions need of the app: its state, reopening a branch and quitting."""

    @property
    def sign_in_flow(self) -> SignInFlow: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...

    @property
    def user(self) -> User | None: ...

    @property
    def branch(self) -> Branch | None: ...

    @property
    def session(self) -> Session | None: ...

    @property
    def window(self) -> MainWindow | None: ...

    @property
    def controller(self) -> EditController | None: ...

    @property
    def walls(self) -> AppWall: ...

    def request_quit(self) -> None: ...

    async def reopen(self, branch: Branch) -> None: ...


class UserActions:
    """The actions of one app (see the module's text)."""

    def __init__(self, app: Actor) -> None:
        self.app = app
        self._action: asyncio.Future[None] | None = None  # the user action under way

    def retry(self) -> None:
        self._spawn(self._restart_live())

    def relogin(self) -> None:
        self._spawn(self._relogin())

    def switch_branch(self) -> None:
        self._spawn(self._switch_branch())

    def sign_out(self) -> None:
        self._spawn(self._sign_out())

    def open_branch(self, branch: Branch) -> None:
        """Open ``branch`` in the window's place (a tile of the wall)."""
        self._spawn(self.app.reopen(branch))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run one user action (retry, sign in again, switch branch, sign out) at a time;
        the task is kept, so it is not collected mid-way and tells whether one runs."""
        if self._action is not None and not self._action.done():
            log.info("another action is under way; %s ignored", getattr(coro, "__qualname__", coro))
            coro.close()
            return

        async def guarded() -> None:
            try:
                await coro
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("an app action failed")

        self._action = asyncio.ensure_future(guarded())

    async def _restart_live(self) -> None:
        session = self.app.session
        if session is not None:
            await session.stop()
            await session.start()

    async def _relogin(self) -> None:
        flow = self.app.sign_in_flow
        signed = flow.signed()
        result = await flow.sign_in(
            Attempt(signed.rest.base_url, signed.user.email,
                    message=QCoreApplication.translate("SignInFlow", EXPIRED_MESSAGE)), renew=True)
        if not isinstance(result, Ended):
            await self._restart_live()

    async def _switch_branch(self) -> None:
        app = self.app
        reason = ""
        if app.window is not None and app.window.banner.state is ConnState.FORBIDDEN and app.branch:
            who = app.user.name if app.user else QCoreApplication.translate("UserActions", "This account")
            reason = QCoreApplication.translate(
                "UserActions", "{0} may not watch {1} any more. Choose another branch:").format(
                who, app.branch.name)
        chosen = await app.sign_in_flow.choose_branch(ask=True, reason=reason)
        if isinstance(chosen, Ended):
            return
        await app.reopen(chosen)

    async def _sign_out(self) -> None:
        """Stop the floor (it stays on screen, marked signed out), forget the kept
        password, and ask who signs in next: the same person on the same branch keeps the
        window, anyone else's branch replaces it (the app's ``reopen``). Cancel quits."""
        app = self.app
        app.sign_in_flow.signed()
        if app.controller is not None:
            app.controller.cancel()
        # the floor was true until now if live, else as of when it last was (without it
        # the status bar said "Not yet synced" under a floor stamped "as of")
        last = app.session.status if app.session is not None else None
        as_of = app.clock() if last and last.state is ConnState.LIVE else \
            (last.as_of if last else None)
        if app.session is not None:
            await app.session.stop()
        await app.walls.stop()  # every branch's socket too: whoever signs in next follows anew
        if app.window is not None:
            app.window.set_connection_status(ConnectionStatus(
                ConnState.UNAUTHORIZED, utcnow(), as_of=as_of, message=SIGNED_OUT))
        chosen = await app.sign_in_flow.sign_out_then_in(
            QCoreApplication.translate("UserActions", "Signed out. Sign in to show the floor again."))
        if isinstance(chosen, Ended):
            app.request_quit()
            return
        await app.reopen(chosen)
