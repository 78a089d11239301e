"""Signing in and choosing the branch, as a state machine: each step ends with a result
that says why (signed in, the dialog cancelled, the picker cancelled, no branch), and one
owner closes the REST clients that signing in makes and no longer needs.

The flow (:meth:`SignInFlow.run`)::

    sign in ──cancelled──────────────────────────► Ended.CANCELLED
       │ signed in (unattended, else the dialog; a refused password: the dialog asks)
       ▼
    choose the branch ──none to see / not loaded─► Ended.NO_BRANCH (said in a box)
       │         └──picker cancelled──► sign in again, as someone else
       ▼
    the Branch to open

``--branch`` (by id, or a name only one branch has), else the remembered branch, else the
only one, else the picker asks. Signing in again (:meth:`SignInFlow.sign_in` with
``renew``) puts the new token into the client the session and the live connection share.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from floorview.app.arguments import option
from floorview.core.credentials import PasswordVault
from floorview.core.model import Branch, User, matching_id_or_name
from floorview.core.rest import ApiError, RestClient
from floorview.core.session import PASSWORD_ENV, Authenticator, UnknownBranch, resolve_branch
from floorview.ui.dialogs.branch_picker import BranchPicker
from floorview.ui.dialogs.login_dialog import LoginDialog
from floorview.ui.language import QT_TRANSLATE_NOOP
from floorview.ui.settings import AppSettings

# one logger for the whole app, as before it was a package: its lines read the same
# in a host stand's log ("floorview.app: connection: live"), for support and scripts
log = logging.getLogger("floorview.app")

# qasync's QThreadExecutor logs each submitted call's arguments and its result at DEBUG
# (RestClient.login's password, the token it returns): capped at INFO wherever the app
# runs, whatever logging is configured (-vv, a log file).
logging.getLogger("qasync").setLevel(logging.INFO)

#: What the branch picker's Cancel does while signing in.
SOMEONE_ELSE = QT_TRANSLATE_NOOP("SignInFlow", "Sign in as someone else")
#: The login dialog's line after the picker's Cancel.
SOMEONE_ELSE_MESSAGE = QT_TRANSLATE_NOOP("SignInFlow", "Sign in as someone else, or Cancel to quit.")
#: The login dialog's line when signing in again.
EXPIRED_MESSAGE = QT_TRANSLATE_NOOP("SignInFlow", "Your sign-in has expired. Please sign in again.")


class Ended(Enum):
    """Why a step ended without what it was for."""

    CANCELLED = "the login dialog was cancelled"
    PICKER_CANCELLED = "the branch picker was cancelled"
    NO_BRANCH = "no branch to show"  # not loaded, or none this user may see: said in a box


@dataclass(frozen=True)
class Attempt:
    """Where a sign-in starts: the server and email to fill in, a password, whether to
    try it without a dialog first (``auto``: a host stand, ``--demo``), and the line the
    dialog shows."""

    server: str = ""
    email: str = ""
    password: str = ""
    auto: bool = False
    message: str = ""


@dataclass(frozen=True)
class Accepted:
    """A sign-in that ended signed in: who, and the password that did it (the
    Authenticator that asked for one to sign in again gets it; nobody keeps it)."""

    user: User
    password: str


@dataclass
class SignedIn:
    """Who is signed in: the Authenticator that signed them in (its client, shared by
    the session and the live connection, and its reauth to sign in again) and the user."""

    auth: Authenticator
    user: User

    @property
    def rest(self) -> RestClient:
        return self.auth.rest


async def in_executor(fn: Callable[..., Any], *args: Any) -> Any:
    """A blocking call (the OS keyring may wait on D-Bus or an unlock prompt) off the GUI
    thread."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


async def finished(dialog: QDialog) -> int:
    """Open a dialog (window-modal, not exec()) and wait for its result."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    except asyncio.CancelledError:
        dialog.reject()  # nobody waits for the answer any more
        raise
    finally:
        dialog.finished.disconnect(done)


class _PasswordOnly(Mapping[str, str]):
    """The environment as the app's Authenticator sees it: FLOORVIEW_PASSWORD only, read
    when asked (the app never signs in by a bare FLOORVIEW_TOKEN: that is watch's)."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def __getitem__(self, name: str) -> str:
        if name != PASSWORD_ENV:
            raise KeyError(name)
        return self._env[name]

    def __iter__(self) -> Iterator[str]:
        return iter([PASSWORD_ENV] if PASSWORD_ENV in self._env else [])

    def __len__(self) -> int:
        return int(PASSWORD_ENV in self._env)


class SignInFlow:
    """Who is signed in (:attr:`signed_in`), and the dialogs that ask.

    Args:
        args: the command line (``ca_bundle``, ``branch``, ``demo``).
        settings: the server, the email, the branch and "keep me signed in" remembered
            (nothing of a ``--demo`` sign-in: its server is a new port each run).
        vault: the OS keyring's kept passwords (None: none kept).
        env: the environment (``FLOORVIEW_PASSWORD``).
        window: the window the dialogs open over (None: none yet).
        branch: the branch on screen, which the picker marks (None: the remembered one).
        show_error: shows a problem to the person (a title and a text).
    """

    def __init__(self, args: argparse.Namespace, *, settings: AppSettings,
                 vault: PasswordVault | None, env: Mapping[str, str],
                 window: Callable[[], QWidget | None],
                 branch: Callable[[], Branch | None],
                 show_error: Callable[[str, str], None]) -> None:
        self.args = args
        self.settings = settings
        self.vault = vault
        self.env = env
        self._window = window
        self._branch = branch
        self._show_error = show_error
        self.signed_in: SignedIn | None = None
        self.login_dialog: LoginDialog | None = None
        self.branch_picker: BranchPicker | None = None

    @property
    def remembers(self) -> bool:
        """Whether a sign-in is remembered (server, email, kept password): not the demo's."""
        return not option(self.args, "demo", False)

    def signed(self) -> SignedIn:
        """The signed-in state (a programming error when nobody is)."""
        if self.signed_in is None:
            raise RuntimeError("nobody is signed in")
        return self.signed_in

    # --- the clients ----------------------------------------------------------------------

    def _let_go(self, rest: RestClient) -> None:
        """The one place a client that signing in made is closed: when it is not the
        signed-in one (which the session and the live connection share), nothing else
        holds it."""
        if self.signed_in is None or rest is not self.signed_in.rest:
            rest.close()

    def close(self) -> None:
        """The end of the run: the dialogs rejected, the signed-in client closed."""
        for dialog in (self.login_dialog, self.branch_picker):
            if dialog is not None:
                dialog.reject()
        signed, self.signed_in = self.signed_in, None
        if signed is not None:
            self._let_go(signed.rest)

    def _authenticator(self, server: str, email: str) -> Authenticator:
        """The one sign-in, as watch and re-login use it: the environment's or the
        keyring's password, kept or forgotten by its rules."""
        rest = RestClient(server, verify=option(self.args, "ca_bundle") or True)
        return Authenticator(rest, email=email or None, env=_PasswordOnly(self.env),
                             vault=self.vault,
                             ask=self.ask_password, keep=bool(self.settings.remember))

    async def kept_password(self, server: str, email: str) -> str:
        """The environment's password, else the keyring's, as the Authenticator reads
        them (as watch does); "" when none."""
        reader = self._authenticator(server, email)
        try:
            return await in_executor(reader.kept_password) or ""
        finally:
            self._let_go(reader.rest)

    # --- the flow -------------------------------------------------------------------------

    async def run(self, attempt: Attempt, *, keep_who: bool = False) -> Branch | Ended:
        """Sign in, then choose the branch; the picker's Cancel goes back to signing in
        as someone else (at the server just signed in to, with no email; ``keep_who``:
        the attempt's server and email again), every other end ends the flow."""
        while True:
            signed = await self.sign_in(attempt)
            if isinstance(signed, Ended):
                return signed
            chosen = await self.choose_branch(cancel_text=QCoreApplication.translate("SignInFlow", SOMEONE_ELSE))
            if chosen is not Ended.PICKER_CANCELLED:
                return chosen
            if keep_who:
                attempt = Attempt(attempt.server, attempt.email,
                                  message=QCoreApplication.translate("SignInFlow", SOMEONE_ELSE_MESSAGE))
            else:
                attempt = Attempt(self.signed().rest.base_url,
                                  message=QCoreApplication.translate("SignInFlow", SOMEONE_ELSE_MESSAGE))

    async def sign_out_then_in(self, message: str) -> Branch | Ended:
        """Forget the kept password (not the demo's), and ask who signs in next at the
        same server: the branch they choose, or why there is none."""
        signed = self.signed()
        if self.remembers:
            await in_executor(signed.auth.forget_password)
            self.settings.remember = False
            self.settings.sync()
        self.signed_in = None  # signed out: the floor stays on screen, stopped
        try:
            return await self.run(Attempt(signed.rest.base_url, signed.user.email or "",
                                          message=message), keep_who=True)
        finally:
            self._let_go(signed.rest)

    async def sign_in(self, attempt: Attempt, *, renew: bool = False) -> Accepted | Ended:
        """Ask (or, with ``attempt.auto``, just try) until signed in.

        With ``renew`` the new token goes into the client already shared by the session,
        the live connection and the authenticator (signing in again), else the new
        client replaces it (the first sign-in).
        """
        message = attempt.message
        if attempt.auto and attempt.server and attempt.email and attempt.password:
            # Unattended (a host stand, --demo): no dialog unless this fails.
            try:
                auth, user = await self._login(attempt.server, attempt.email,
                                               attempt.password, renew=renew)
            except (ApiError, ValueError) as e:  # ValueError: not an http(s) URL
                log.warning("signing in as %s failed: %s", attempt.email, e)
                message = str(e)
            else:
                self._adopt(auth, user, renew=renew)
                return Accepted(user, attempt.password)

        async def login(server: str, email: str, password: str) -> tuple[Authenticator, User]:
            return await self._login(server, email, password, renew=renew)

        dialog = LoginDialog(login, server=attempt.server, email=attempt.email,
                             password=attempt.password, remember=bool(self.settings.remember),
                             message=message, auto_submit=attempt.auto,
                             kiosk=bool(option(self.args, "kiosk", self.settings.kiosk)),
                             parent=self._window())
        self.login_dialog = dialog
        try:
            result = await finished(dialog)
        finally:
            self.login_dialog = None
        if result != QDialog.DialogCode.Accepted or dialog.result_value is None:
            dialog.deleteLater()
            return Ended.CANCELLED
        auth, user = dialog.result_value
        password, remember = dialog.password, dialog.remember
        dialog.deleteLater()
        self._adopt(auth, user, renew=renew)
        if self.remembers:
            self.settings.remember = remember
            self.settings.sync()
            auth.keep = remember
            await in_executor(auth.keep_password if remember else
                              lambda _p: auth.forget_password(), password)
        return Accepted(user, password)

    async def ask_password(self, email: str) -> str | None:
        """The session's token was refused and no password is kept: the dialog asks (the
        Authenticator's ``ask``). None when cancelled, or when a dialog asks already."""
        signed = self.signed()
        if self.login_dialog is not None:
            return None
        result = await self.sign_in(Attempt(signed.rest.base_url, email,
                                            message=QCoreApplication.translate("SignInFlow", EXPIRED_MESSAGE)), renew=True)
        return None if isinstance(result, Ended) else result.password

    async def _login(self, server: str, email: str, password: str, *,
                     renew: bool = False) -> tuple[Authenticator, User]:
        """Sign in as the dialog asks (and unattended): signing in again goes into the
        client the session shares, a first sign-in makes a new one."""
        signed = self.signed_in
        if renew and signed is not None and server == signed.rest.base_url:
            auth = signed.auth
            auth.email = email or auth.email
        else:
            auth = self._authenticator(server, email)
        auth.keep = False  # kept (or forgotten) once the person's choice is known
        try:
            user: User = await in_executor(auth.login, password)
        except BaseException:
            self._let_go(auth.rest)
            raise
        return auth, user

    def _adopt(self, auth: Authenticator, user: User, *, renew: bool) -> None:
        """Signed in: the new state (or, signing in again, just its new token) and the
        choices remembered."""
        before = self.signed_in
        if renew and before is not None:
            if auth is not before.auth:  # another server typed: its token, our client
                before.rest.token = auth.rest.token
                self._let_go(auth.rest)
            before.user = user
        else:
            self.signed_in = SignedIn(auth, user)
            if before is not None:
                self._let_go(before.rest)
        if self.remembers:  # the demo's server is a new port each time
            self.settings.server = self.signed().rest.base_url
            self.settings.email = user.email or self.settings.email
            self.settings.sync()
        log.info("signed in as %s (%s)", user.email or user.name, user.role.value)

    # --- the branch -----------------------------------------------------------------------

    async def choose_branch(self, *, ask: bool = False, reason: str = "",
                            cancel_text: str = "") -> Branch | Ended:
        """``--branch``, the remembered one, the only one (with ``--wall``, the first),
        else the picker asks (always with ``ask``)."""
        signed = self.signed()
        loop = asyncio.get_running_loop()
        try:
            branches = await loop.run_in_executor(None, signed.rest.branches)
        except ApiError as e:
            self._show_error(QCoreApplication.translate("SignInFlow", "Could not load the branches"), str(e))
            return Ended.NO_BRANCH
        if not branches:
            self._show_error(QCoreApplication.translate("SignInFlow", "No branches"),
                             QCoreApplication.translate("SignInFlow", "{0} may not see any branch.").format(
                                 signed.user.name))
            return Ended.NO_BRANCH
        if not ask:
            wanted = option(self.args, "branch")
            if wanted:
                try:
                    return resolve_branch(branches, wanted)
                except UnknownBranch:
                    log.warning("no branch %r for this user (or more than one by that name); asking",
                                wanted)
                    several = len(matching_id_or_name(branches, wanted)) > 1
                    reason = (QCoreApplication.translate(
                        "SignInFlow", "More than one branch is named “{0}”: which one?").format(wanted.strip())
                        if several else QCoreApplication.translate(
                            "SignInFlow", "{0} may not watch “{1}” (or no branch "
                            "has that name). Choose one of these:").format(signed.user.name, wanted.strip()))
            else:
                remembered = self.settings.branch_id
                for b in branches:
                    if b.id == remembered:
                        return b
                if len(branches) == 1 or option(self.args, "wall", False):
                    return branches[0]  # (--wall: the wall shows every one; no need to ask)
        showing = self._branch()
        picker = BranchPicker(branches, current_id=showing.id if showing else
                              self.settings.branch_id, user_name=signed.user.name,
                              reason=reason, cancel_text=cancel_text, parent=self._window())
        self.branch_picker = picker
        try:
            result = await finished(picker)
        finally:
            self.branch_picker = None
        picker.deleteLater()
        if result != QDialog.DialogCode.Accepted or picker.chosen is None:
            return Ended.PICKER_CANCELLED
        return picker.chosen
