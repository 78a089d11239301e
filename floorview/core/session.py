"""One signed-in user watching one branch: what the app and ``floorview watch`` build on.

* :class:`Authenticator` signs a :class:`~floorview.core.rest.RestClient` in (a token from
  ``FLOORVIEW_TOKEN``, or email + password from ``FLOORVIEW_PASSWORD``, the OS keyring
  or a prompt) and back in when the token expires (:meth:`Authenticator.reauth`: the
  environment or the keyring, else an ``ask`` coroutine the app provides).
* :func:`resolve_branch` turns ``--branch NAME|ID`` into a Branch, or a clear error.
* :class:`Session` owns the branch's store and its :class:`~floorview.core.live.LiveConnection`,
  reloads the branch's floor plans, sections and users on every (re)connect, and offers
  the writes as coroutines that run ``requests`` in an executor. A write's answer is not
  applied to the store: its event is, so nothing is applied twice (only
  :meth:`Session.reload_table`, for the 409 path, applies what it fetched).

Qt-free: it runs on whatever asyncio loop calls it (qasync's in the app).
"""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import Executor
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from floorview.core.credentials import NoKeyring, PasswordVault
from floorview.core.live import ConnectionStatus, LiveConnection
from floorview.core.model import Branch, Status, Table, User, find_by_id_or_name
from floorview.core.renewal import FreshTokenRefused, SignInEnded
from floorview.core.rest import OMIT, NotFound, RestClient, Unauthorized
from floorview.core.store import BranchStore
from floorview.core.words import translate

log = logging.getLogger(__name__)

TOKEN_ENV = "FLOORVIEW_TOKEN"
PASSWORD_ENV = "FLOORVIEW_PASSWORD"
_P = ParamSpec("_P")
_R = TypeVar("_R")


class MissingCredentials(Exception):
    """Nothing to sign in with: no token, or an email without a password."""


class UnknownBranch(LookupError):
    """``--branch`` names no branch this user may see."""

    def __init__(self, spec: str | None, branches: Sequence[Branch]) -> None:
        self.spec = spec
        names = ", ".join(f"{b.name} ({b.id})" for b in branches) or translate("Session", "none")
        if spec is None:
            text = translate("Session", "Choose a branch with --branch; this user may see: {0}.").format(names)
        else:
            text = translate("Session", "No branch {0!r} that this user may see; choose one of: {1}.").format(
                spec, names)
        super().__init__(text)


def resolve_branch(branches: Sequence[Branch], spec: str | None) -> Branch:
    """The branch ``spec`` names: its id, else its name (any case). With no ``spec``,
    the only branch there is. Raises :class:`UnknownBranch` otherwise."""
    if spec is None:
        if len(branches) == 1:
            return branches[0]
        raise UnknownBranch(None, branches)
    found = find_by_id_or_name(branches, spec)
    if found is not None:
        return found
    raise UnknownBranch(spec, branches)


# --- signing in -----------------------------------------------------------------------


class Authenticator:
    """Signs ``rest`` in, and back in when the server refuses its token.

    Args:
        rest: the client whose ``token`` this sets.
        email: who signs in (None: only ``FLOORVIEW_TOKEN`` can be used).
        env: the environment (``FLOORVIEW_TOKEN``, ``FLOORVIEW_PASSWORD``).
        vault: the OS keyring's kept passwords (None: not used).
        prompt: asks for the password, blocking (the CLI's getpass); first sign-in only.
        ask: asks for the password on the loop (the app's dialog), when signing in again
            finds no password kept.
        keep: keep the password that signed in in ``vault`` (the user chose to).
    """

    def __init__(
        self,
        rest: RestClient,
        *,
        email: str | None = None,
        env: Mapping[str, str] | None = None,
        vault: PasswordVault | None = None,
        prompt: Callable[[str], str | None] | None = None,
        ask: Callable[[str], Awaitable[str | None]] | None = None,
        keep: bool = False,
        executor: Executor | None = None,
    ) -> None:
        self.rest = rest
        self.email = email
        self.env = os.environ if env is None else env
        self.vault = vault
        self.prompt = prompt
        self.ask = ask
        self.keep = keep
        self.user: User | None = None
        self._executor = executor
        self._reauthing: asyncio.Future[bool] | None = None
        self._reauth_callers = 0

    def __repr__(self) -> str:
        return f"Authenticator(email={self.email!r}, server={self.rest.base_url!r})"

    @property
    def can_reauth(self) -> bool:
        return bool(self.email)

    def kept_password(self) -> str | None:
        """The password from the environment or the keyring, if any (blocking)."""
        if not self.email:
            return None
        password = self.env.get(PASSWORD_ENV)
        if password:
            return password
        if self.vault is not None:
            try:
                return self.vault.get(self.rest.base_url, self.email)
            except NoKeyring as e:
                log.info("no kept password: %s", e)
        return None

    def sign_in(self) -> User | None:
        """Sign in (blocking): the user, or None when signed in by a bare token.

        Raises:
            MissingCredentials: neither a token nor an email with a password.
            Unauthorized, Unreachable, ...: as :meth:`RestClient.login`.
        """
        token = self.env.get(TOKEN_ENV)
        if token:
            self.rest.token = token
            log.info("using the token from %s", TOKEN_ENV)
            return None
        if not self.email:
            raise MissingCredentials(translate(
                "Session", "Give --email (with the password in {0} or at the prompt), or a token in {1}."
            ).format(PASSWORD_ENV, TOKEN_ENV))
        password = self.kept_password()
        if password is None and self.prompt is not None:
            password = self.prompt(self.email)
        if not password:
            raise MissingCredentials(translate("Session", "No password for {0}.").format(self.email))
        self._login(password)
        return self.user

    def _login(self, password: str) -> None:
        _, self.user = self.rest.login(self.email or "", password)
        log.info("signed in as %s (%s)", self.user.email or self.user.name, self.user.role.value)
        if self.keep:
            self.keep_password(password)

    def login(self, password: str) -> User:
        """Sign in with this password (blocking): what a login dialog does. Kept in the
        keyring when ``keep``; raises as :meth:`RestClient.login`."""
        self._login(password)
        assert self.user is not None
        return self.user

    def keep_password(self, password: str) -> None:
        """Keep the password in the keyring (blocking); never the environment's, which
        the environment already holds."""
        if self.vault is None or not self.email or password == self.env.get(PASSWORD_ENV):
            return
        try:
            self.vault.keep(self.rest.base_url, self.email, password)
        except NoKeyring as e:
            log.warning("the password could not be kept: %s", e)

    def forget_password(self) -> None:
        """Forget the kept password, if any (blocking): signing out, or not kept."""
        if self.vault is None or not self.email:
            return
        try:
            self.vault.forget(self.rest.base_url, self.email)
        except NoKeyring as e:
            log.info("no kept password to forget: %s", e)

    async def reauth(self) -> bool:
        """Sign in again with the kept password, else by ``ask``: True when signed in.
        Callers that ask while one is under way (the floor's connection and the wall's,
        whose token expired at the same moment) share it: one login, one question.

        Raises Unauthorized when the password is refused (the keyring's is forgotten),
        other ApiErrors (unreachable, ...) as they come.
        """
        if self._reauthing is None or self._reauthing.done():
            self._reauthing = asyncio.ensure_future(self._reauth())
        attempt = self._reauthing
        self._reauth_callers += 1
        try:
            return await asyncio.shield(attempt)
        except asyncio.CancelledError:
            if self._reauth_callers == 1:  # the last one waiting gave up: so does the attempt
                attempt.cancel()
            raise
        finally:
            self._reauth_callers -= 1

    async def _reauth(self) -> bool:
        if not self.email:
            log.warning("the token was refused and there is no email to sign in again with")
            return False
        loop = asyncio.get_running_loop()
        password = await loop.run_in_executor(self._executor, self.kept_password)
        if password is None and self.ask is not None:
            password = await self.ask(self.email)
        if not password:
            return False
        try:
            await loop.run_in_executor(self._executor, self._login, password)
        except Unauthorized:
            if self.vault is not None and password != self.env.get(PASSWORD_ENV):
                try:
                    await loop.run_in_executor(self._executor, self.vault.forget, self.rest.base_url, self.email)
                except NoKeyring as e:
                    log.info("the refused password could not be forgotten: %s", e)
            raise
        return True


def token_subject(token: str | None) -> str | None:
    """The ``sub`` (user id) of a JWT, read without checking it: the server checks it;
    this only tells a client signed in by a bare token whom to show as signed in."""
    try:
        payload = (token or "").split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, TypeError):
        return None
    sub = claims.get("sub") if isinstance(claims, dict) else None
    return sub if isinstance(sub, str) else None


def rest_from_options(args: Any, **kwargs: Any) -> RestClient:
    """A RestClient for ``--server`` and ``--ca-bundle``."""
    return RestClient(args.server, verify=getattr(args, "ca_bundle", None) or True, **kwargs)


# --- the session ----------------------------------------------------------------------


class Session:
    """One user watching one branch: its store, its live connection, its writes.

    Args:
        rest: a signed-in client.
        branch: the branch (or its id).
        reauth: signs ``rest`` in again (``Authenticator.reauth``) whenever the server
            refuses the token, for the live connection's reads and for the writes alike.
        on_status: the live connection's status listener.
        live_options: more keyword arguments for :class:`LiveConnection` (backoff, ...).

    :attr:`clock` is now on the server's clock (``rest.server_clock``, learnt from its
    answers), unless ``live_options`` gives a ``clock``: the connection's "as of" and
    every time shown over the store count from it, as the tables' stamps do.
    """

    def __init__(
        self,
        rest: RestClient,
        branch: Branch | str,
        *,
        store: BranchStore | None = None,
        user: User | None = None,
        reauth: Callable[[], Awaitable[bool]] | None = None,
        on_status: Callable[[ConnectionStatus], None] | None = None,
        executor: Executor | None = None,
        live_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.rest = rest
        self.branch_id = branch.id if isinstance(branch, Branch) else branch
        self.user = user
        self.store = store or BranchStore(self.branch_id)
        if isinstance(branch, Branch):
            self.store.branch = branch
        self._executor = executor
        options = dict(live_options or {})
        options.setdefault("clock", rest.server_clock)
        self.clock: Callable[[], datetime] = options["clock"]
        self.live = LiveConnection(
            rest,
            self.store,
            on_status=on_status,
            reauth=reauth,
            before_sync=self.load_reference,
            executor=executor,
            **options,
        )

    @property
    def branch(self) -> Branch | None:
        return self.store.branch

    @property
    def status(self) -> ConnectionStatus:
        return self.live.status

    async def start(self) -> None:
        """Connect (returns at once); reference data and tables load on every connect."""
        await self.live.start()

    async def stop(self) -> None:
        await self.live.stop()

    async def _run(self, fn: Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
        loop = asyncio.get_running_loop()

        def call() -> _R:
            return fn(*args, **kwargs)

        return await loop.run_in_executor(self._executor, call)

    async def load_reference(self) -> None:
        """Reload the branch, its floor plans, sections and users into the store."""
        b = self.branch_id
        branches = await self._run(self.rest.branches)
        floor_plans = await self._run(self.rest.floor_plans, b)
        sections = await self._run(self.rest.sections, b)
        users = await self._run(self.rest.users, b)
        branch = next((x for x in branches if x.id == b), None)
        if self.user is None:  # signed in by a bare token: who is it? (for display only)
            sub = token_subject(self.rest.token)
            self.user = next((u for u in users if u.id == sub), None)
        self.store.set_reference(branch=branch, floor_plans=floor_plans, sections=sections, users=users)

    async def _write(self, fn: Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
        """A write in the executor; signed in again and repeated when the server refused
        an expired token (a 401 means it did nothing), by the live connection's renewal:
        the write and the live reads that meet one expiry sign in once."""
        try:
            result = await self.live.renewal.authorized(functools.partial(self._run, fn, *args, **kwargs))
        except (SignInEnded, FreshTokenRefused) as e:
            raise Unauthorized(401, str(e)) from None
        if isinstance(result, Table) and fn != self.rest.table:  # its event should follow
            self.live.reconciler.expect(result.id, result.version)
        elif fn == self.rest.delete_table and isinstance(result, str):
            self.live.reconciler.expect(result, None)
        return result

    # --- writes (typed errors from floorview.core.rest; their events update the store) ------

    async def set_status(
        self, table_id: str, status: Status | str, guest_count: int | None = OMIT, *, version: int | None = None
    ) -> Table:
        return await self._write(self.rest.set_status, table_id, status, guest_count, version=version)

    async def assign_server(self, table_id: str, server_id: str | None, *, version: int | None = None) -> Table:
        return await self._write(self.rest.assign_server, table_id, server_id, version=version)

    async def update_table(self, table_id: str, *, version: int | None = None, **fields: Any) -> Table:
        return await self._write(self.rest.update_table, table_id, version=version, **fields)

    async def create_table(self, **fields: Any) -> Table:
        fields.setdefault("branch_id", self.branch_id)
        return await self._write(self.rest.create_table, **fields)

    async def delete_table(self, table_id: str) -> str:
        return await self._write(self.rest.delete_table, table_id)

    async def reload_table(self, table_id: str) -> Table | None:
        """Fetch one table and apply it by the version rule (after a 409); None if gone."""
        try:
            table = await self._write(self.rest.table, table_id)
        except NotFound:
            self.store.apply_event("tableDeleted", {"id": table_id})
            return None
        self.store.apply_event("tableUpdated", table.to_json())
        return self.store.tables.get(table_id, table)
