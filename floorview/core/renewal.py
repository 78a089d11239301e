"""Signing in again when the server refuses the token (contract §4 rule 7).

A refused token means one of two things, and they call for opposite answers:

* **It expired.** It was accepted before, or it came from elsewhere (the first sign-in,
  ``FLOORVIEW_TOKEN``): sign in again at once, at every expiry, for as long as the
  client runs. A host stand runs for a week on tokens that last an hour.
* **It was refused right after this client's own sign-in issued it**, before the server
  accepted it once (a server whose clock runs ahead, a signing secret being rotated,
  nodes behind a balancer that disagree). Signing in again at once would only loop:
  :class:`FreshTokenRefused` tells the caller to back off and try again later.

Only a password the server refuses (401 on ``POST /auth/login``), or no password to
sign in with at all, ends the session: :class:`SignInEnded`.

One renewal at a time: the live connection's reads and the app's writes meet the same
expiry together, and the first to ask signs in; the others find the token already new
and only repeat their request.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from floorview.core.rest import ApiError, RestClient, Unauthorized

log = logging.getLogger(__name__)

T = TypeVar("T")
Reauth = Callable[[], Awaitable[bool]]

#: The message when there is nothing to sign in again with (no email, no password kept,
#: nobody typed one).
REFUSED = "The server refused the sign-in (it may have expired). Sign in again."

#: Renewals one request may cause before it gives up (only when other callers keep
#: renewing under it; alone, a request renews at most once).
_MAX_RENEWALS = 3


class SignInEnded(Exception):
    """Signing in again cannot go on; ``str()`` is a sentence for the user."""


class FreshTokenRefused(Exception):
    """The token this client's last sign-in got was refused before the server accepted
    it once: back off, then sign in again."""

    def __init__(self) -> None:
        super().__init__("the server refused a new sign-in at once")


class TokenRenewal:
    """Signs ``rest`` in again through ``reauth`` when its token is refused.

    Args:
        rest: the client whose token is renewed (``reauth`` sets ``rest.token``).
        reauth: signs in again and returns True; False when there is nothing to sign in
            with; raises Unauthorized when the server refuses the password, another
            ApiError when the server could not be asked. None: never signs in again.
    """

    def __init__(self, rest: RestClient, reauth: Reauth | None) -> None:
        self.rest = rest
        self.reauth = reauth
        self._unproven: str | None = None  # from our last sign-in, never accepted yet
        self._lock: asyncio.Lock | None = None

    def accepted(self, token: str | None) -> None:
        """The server accepted ``token`` (a read went through, a socket connected)."""
        if token is not None and token == self._unproven:
            self._unproven = None

    async def renew(self, refused: str | None) -> None:
        """Sign in again because the server refused ``refused`` (the token the request
        carried); returns once ``rest.token`` is new.

        Raises:
            FreshTokenRefused: ``refused`` came from the last renewal and was never
                accepted (asking again is left to the caller, after a backoff).
            SignInEnded: the password was refused, or there is nothing to sign in with.
            ApiError: the server could not be asked (unreachable, ...): try again later.
        """
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self.rest.token != refused:
                return  # signed in again meanwhile (another read, a write)
            if refused is not None and refused == self._unproven:
                self._unproven = None  # the next refusal of it signs in again
                log.warning("the server refused the token it had just issued")
                raise FreshTokenRefused()
            if self.reauth is None:
                raise SignInEnded(REFUSED)
            log.info("the token was refused (it expired); signing in again")
            try:
                ok = await self.reauth()
            except Unauthorized as e:
                said = e.message or e.summary
                raise SignInEnded(f"Signing in again was refused ({said.rstrip('.')}). "
                                  "Sign in again.") from None
            except asyncio.CancelledError:
                raise
            except ApiError:  # not asked (unreachable, ...): the caller tries again later
                raise
            except Exception as e:
                log.exception("signing in again failed")
                raise SignInEnded(REFUSED) from e
            if not ok:
                raise SignInEnded(REFUSED)
            if self.rest.token != refused:
                self._unproven = self.rest.token

    async def authorized(self, request: Callable[[], Awaitable[T]]) -> T:
        """``await request()``, signed in again and repeated when the server refuses the
        token. Raises as :meth:`renew` when signing in again cannot help."""
        for _ in range(_MAX_RENEWALS):
            token = self.rest.token
            try:
                result = await request()
            except Unauthorized:
                await self.renew(token)
                continue
            self.accepted(token)
            return result
        raise FreshTokenRefused()
