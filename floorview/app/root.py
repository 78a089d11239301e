"""The composition root: builds the QApplication, the loop, the clients, the store and
the windows, and wires them together in one place (:meth:`FloorviewApp._connect_signals`).

The flow of a run:

1. ``--demo`` starts the bundled stub as a child process and signs in as its host.
2. Sign in: with a server, an email and a password (``FLOORVIEW_PASSWORD`` or the OS
   keyring) it signs in without asking — a host stand starts unattended, and keeps
   retrying while the server is unreachable; otherwise the login dialog asks.
3. The branch: ``--branch``, else the remembered one, else the only one, else a picker.
4. The window over the branch's store, and the Session that keeps the store live.
5. Until quit: the banner's buttons sign in again, choose another branch or retry now;
   "Sign out" forgets the kept password and goes back to 2.

Everything runs on the Qt GUI thread through qasync's loop; the Session runs the blocking
REST calls in an executor.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TextIO

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

from floorview.app.arguments import option
from floorview.core import logfile
from floorview.core.credentials import PasswordVault
from floorview.core.demo import DEMO_EMAIL, DEMO_PASSWORD, DemoServer
from floorview.core.evening import history_for
from floorview.core.live import ConnectionStatus, ConnState, utcnow
from floorview.core.model import Branch, User, matching_id_or_name
from floorview.core.recorder import JournalRecorder, recorder_for
from floorview.core.rest import ApiError, RestClient
from floorview.core.session import (
    PASSWORD_ENV,
    Authenticator,
    Session,
    UnknownBranch,
    resolve_branch,
)
from floorview.core.store import BranchStore
from floorview.ui.dialogs.branch_picker import BranchPicker
from floorview.ui.dialogs.login_dialog import LoginDialog
from floorview.ui.floor import paint_log
from floorview.ui.settings import AppSettings
from floorview.ui.window.banner import SIGNED_OUT
from floorview.ui.window.edit_controller import EditController
from floorview.ui.window.kiosk import KioskMode
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.recent_changes import RecentChangesPanel

log = logging.getLogger(__name__)

#: The window's journal writes its live changes in one transaction per this many seconds
#: (see JournalRecorder.hold_s: a commit per event was ~9 % of the GUI thread at 100/s).
JOURNAL_HOLD_S = 0.25
# qasync's QThreadExecutor logs each submitted call's arguments and its result at DEBUG
# (RestClient.login's password, the token it returns): capped at INFO wherever the app
# runs, whatever logging is configured (-vv, a log file).
logging.getLogger("qasync").setLevel(logging.INFO)

# --- the application ------------------------------------------------------------------


async def _finished(dialog: QDialog) -> int:
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

    def __iter__(self):
        return iter([PASSWORD_ENV] if PASSWORD_ENV in self._env else [])

    def __len__(self) -> int:
        return int(PASSWORD_ENV in self._env)


class Step(Enum):
    """Where a run is: nobody signed in; signed in (no branch open yet); a branch open."""

    SIGNED_OUT = "signed out"
    SIGNED_IN = "signed in"
    BRANCH_OPEN = "branch open"


@dataclass
class SignedIn:
    """Who is signed in: the Authenticator that signed them in (its client, shared by
    the session and the live connection, and its reauth to sign in again) and the user."""

    auth: Authenticator
    user: User

    @property
    def rest(self) -> RestClient:
        return self.auth.rest


@dataclass
class OpenBranch:
    """The branch on screen and everything that lives as long as it does."""

    branch: Branch
    store: BranchStore
    session: Session
    window: MainWindow
    controller: EditController
    kiosk: KioskMode
    recorder: JournalRecorder | None = None  # the branch's journal (--journal)


class FloorviewApp(QObject):
    """One run of the app: sign-in, branch, window, session, and their lifetimes.

    The run's state is two things, each there or not: ``signed_in`` (:class:`SignedIn`)
    and ``opened`` (:class:`OpenBranch`); :attr:`step` names the combination. ``rest``,
    ``user``, ``branch``, ``store``, ``session``, ``window``, ``controller`` and ``kiosk``
    read from them (None when not there).

    Args:
        args: the parsed command line (connection options, ``demo``, ``kiosk``, ``theme``).
        settings: where choices are remembered.
        vault: the OS keyring's kept passwords (None: none kept).
        env: the environment (``FLOORVIEW_PASSWORD``).
        clock: the current time, aware UTC (None: the server's, as the signed-in
            client's answers tell it: every time shown counts from it).
        demo_factory: builds the demo server (tests hand in another).
        live_options: more options for the live connection (tests: short backoffs).

    Signals:
        windowShown(object): a main window is up (tests, automation).
        finished(int): the run is over, with the exit code.
    """

    windowShown = Signal(object)
    finished = Signal(int)

    def __init__(self, args: argparse.Namespace, *, settings: AppSettings,
                 vault: PasswordVault | None = None, env: Mapping[str, str] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 demo_factory: Callable[[], DemoServer] = DemoServer,
                 live_options: Mapping[str, Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.args = args
        self.settings = settings
        self.vault = vault
        self.env = os.environ if env is None else env
        self._clock = clock
        self.demo_factory = demo_factory
        self.live_options = dict(live_options or {})
        self.demo: DemoServer | None = None
        self.signed_in: SignedIn | None = None
        self.opened: OpenBranch | None = None
        # the password typed to sign in again, handed once to the Authenticator
        self._renewal_password: str | None = None
        self.login_dialog: LoginDialog | None = None
        self.branch_picker: BranchPicker | None = None
        self._done: asyncio.Future[int] | None = None
        self._action: asyncio.Future | None = None  # the user action under way
        self._quitting = False
        self._failed = False
        self._picker_cancelled = False
        self._paint_log: TextIO | None = None
        self._rebuild_task: asyncio.Future | None = None
        self._rebuilt_at = float("-inf")
        self.crash_box: QMessageBox | None = None

    # --- the state ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        if self.opened is not None:
            return Step.BRANCH_OPEN
        return Step.SIGNED_IN if self.signed_in is not None else Step.SIGNED_OUT

    def _signed(self) -> SignedIn:
        """The signed-in state (a programming error when nobody is)."""
        if self.signed_in is None:
            raise RuntimeError(f"nobody is signed in ({self.step.value})")
        return self.signed_in

    @property
    def clock(self) -> Callable[[], datetime]:
        """Now, for every time the windows show and the journal's "seen": the server's
        clock once signed in (a table's stamps are the server's: counted on a clock 10
        min fast, a table seated a second ago read "10m"), this machine's before."""
        if self._clock is not None:
            return self._clock
        return self.rest.server_clock if self.rest is not None else utcnow

    @property
    def rest(self) -> RestClient | None:
        return self.signed_in.rest if self.signed_in else None

    @property
    def user(self) -> User | None:
        return self.signed_in.user if self.signed_in else None

    @property
    def branch(self) -> Branch | None:
        return self.opened.branch if self.opened else None

    @property
    def store(self) -> BranchStore | None:
        return self.opened.store if self.opened else None

    @property
    def session(self) -> Session | None:
        return self.opened.session if self.opened else None

    @property
    def window(self) -> MainWindow | None:
        return self.opened.window if self.opened else None

    @property
    def controller(self) -> EditController | None:
        return self.opened.controller if self.opened else None

    @property
    def kiosk(self) -> KioskMode | None:
        return self.opened.kiosk if self.opened else None

    @property
    def recorder(self) -> JournalRecorder | None:
        return self.opened.recorder if self.opened else None

    # --- the run ------------------------------------------------------------------------

    async def run(self) -> int:
        """Sign in, open the branch, and return the exit code when the app quits."""
        self._done = asyncio.get_running_loop().create_future()
        starting = asyncio.ensure_future(self.start())
        try:
            # a quit (SIGTERM, Ctrl-C) may come while a dialog still waits for a person
            await asyncio.wait({starting, self._done}, return_when=asyncio.FIRST_COMPLETED)
            if self._done.done():
                return self._done.result()
            if not starting.result():
                return 1 if self._failed else 0
            return await self._done
        finally:
            if not starting.done():
                starting.cancel()
                await asyncio.gather(starting, return_exceptions=True)
            await self.shutdown()

    async def start(self) -> bool:
        """Everything up to a live window; False when the user cancelled (or the demo
        server could not start)."""
        if self._done is None:
            self._done = asyncio.get_running_loop().create_future()
        if not self._open_paint_log():
            return False
        server = option(self.args, "server") or self.settings.server
        email = option(self.args, "email") or self.settings.email
        password = ""
        auto = False
        if option(self.args, "demo", False):
            self.demo = self.demo_factory()
            loop = asyncio.get_running_loop()
            # it dies and is started again on a helper thread: tell the user on ours
            self.demo.on_event = lambda text, error: loop.call_soon_threadsafe(
                self.on_demo_event, text, error)
            try:
                server = await asyncio.get_running_loop().run_in_executor(None, self.demo.start)
            except Exception as e:
                log.error("%s", e)
                self._failed = True
                self._show_error("The demo server did not start", str(e))
                return False
            # every demo login has the demo password: --email picks who (a manager...)
            email = option(self.args, "email") or DEMO_EMAIL
            password, auto = DEMO_PASSWORD, True
        elif server and email:
            # the environment's, else the keyring's: the Authenticator's rule, as watch
            reader = self._authenticator(server, email)
            try:
                password = await self._in_executor(reader.kept_password) or ""
            finally:
                reader.rest.close()
            auto = bool(password)
        message = ""
        while True:
            if not await self.sign_in(server=server, email=email, password=password,
                                      auto=auto, message=message):
                return False
            branch = await self.choose_branch(cancel_text="Sign in as someone else")
            if branch is not None:
                break
            if not self._picker_cancelled:
                return False
            # the picker's Cancel: back to signing in (the dialog's Cancel quits)
            server, email, password, auto = self._signed().rest.base_url, "", "", False
            message = "Sign in as someone else, or Cancel to quit."
        self.open_branch(branch)
        return True

    @Slot()
    def request_quit(self) -> None:
        """Leave the app (after the session has stopped)."""
        if self._done is not None and not self._done.done():
            self._done.set_result(0)

    async def shutdown(self) -> None:
        """Stop the session, close the window, stop the demo server (idempotent)."""
        if self._quitting:
            return
        self._quitting = True
        await self.close_branch()
        self._close_paint_log()
        for dialog in (self.login_dialog, self.branch_picker):
            if dialog is not None:
                dialog.reject()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
        if self.signed_in is not None:
            self.signed_in.rest.close()
            self.signed_in = None
        self.finished.emit(0)

    def _open_paint_log(self) -> bool:
        """``--paint-log FILE``: start writing it; False (and an error shown) if it cannot be."""
        path = option(self.args, "paint_log")
        if not path or self._paint_log is not None:
            return True
        try:
            self._paint_log = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed at shutdown
        except OSError as e:
            log.error("cannot write the paint log: %s", e)
            self._failed = True
            self._show_error("Cannot write the paint log", str(e))
            return False
        paint_log.install(self._paint_log)
        return True

    def _close_paint_log(self) -> None:
        if self._paint_log is not None:
            paint_log.uninstall()
            self._paint_log.close()
            self._paint_log = None

    # --- signing in ---------------------------------------------------------------------

    @staticmethod
    async def _in_executor(fn: Callable[..., Any], *args: Any) -> Any:
        """A blocking call (the OS keyring may wait on D-Bus or an unlock prompt) off
        the GUI thread."""
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _authenticator(self, server: str, email: str) -> Authenticator:
        """The one sign-in, as watch and re-login use it: the environment's or the
        keyring's password, kept or forgotten by its rules."""
        rest = RestClient(server, verify=option(self.args, "ca_bundle") or True)
        return Authenticator(rest, email=email or None, env=_PasswordOnly(self.env),
                             vault=self.vault,
                             ask=self._ask_password, keep=self.settings.remember)

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
            user = await self._in_executor(auth.login, password)
        except BaseException:
            if signed is None or auth is not signed.auth:
                auth.rest.close()
            raise
        return auth, user

    async def sign_in(self, *, server: str = "", email: str = "", password: str = "",
                      auto: bool = False, message: str = "", renew: bool = False) -> bool:
        """Ask (or, with ``auto``, just try) until signed in; False if cancelled.

        With ``renew`` the new token goes into the client already shared by the session,
        the live connection and the authenticator (signing in again), else the new
        client replaces it (the first sign-in).
        """
        if auto and server and email and password:
            # Unattended (a host stand, --demo): no dialog unless this fails.
            try:
                auth, user = await self._login(server, email, password, renew=renew)
            except (ApiError, ValueError) as e:  # ValueError: not an http(s) URL
                log.warning("signing in as %s failed: %s", email, e)
                message = str(e)
            else:
                self._adopt(auth, user, password, renew=renew)
                return True

        async def login(server: str, email: str, password: str) -> tuple[Authenticator, User]:
            return await self._login(server, email, password, renew=renew)

        dialog = LoginDialog(login, server=server, email=email, password=password,
                             remember=self.settings.remember, message=message,
                             auto_submit=auto, parent=self.window)
        self.login_dialog = dialog
        try:
            result = await _finished(dialog)
        finally:
            self.login_dialog = None
        if result != QDialog.DialogCode.Accepted or dialog.result_value is None:
            dialog.deleteLater()
            return False
        auth, user = dialog.result_value
        password, remember = dialog.password, dialog.remember
        dialog.deleteLater()
        self._adopt(auth, user, password, renew=renew)
        if self.demo is None:
            self.settings.remember = remember
            self.settings.sync()
            auth.keep = remember
            await self._in_executor(auth.keep_password if remember else
                                    lambda _p: auth.forget_password(), password)
        return True

    def _adopt(self, auth: Authenticator, user: User, password: str, *, renew: bool) -> None:
        """Signed in: the new state (or, signing in again, just its new token) and the
        choices remembered."""
        signed = self.signed_in
        if renew and signed is not None:
            if auth is not signed.auth:  # another server typed: its token, our client
                signed.rest.token = auth.rest.token
                auth.rest.close()
            signed.user = user
            self._renewal_password = password
        else:
            if signed is not None and signed.auth is not auth:
                signed.rest.close()
            self.signed_in = SignedIn(auth, user)
        if self.demo is None:  # the demo's server is a new port each time
            self.settings.server = self._signed().rest.base_url
            self.settings.email = user.email or self.settings.email
            self.settings.sync()
        log.info("signed in as %s (%s)", user.email or user.name, user.role.value)

    async def _ask_password(self, email: str) -> str | None:
        """The session's token was refused and no password is kept: ask (relogin)."""
        signed = self._signed()
        if self.login_dialog is not None:  # someone is signing in already
            return None
        ok = await self.sign_in(server=signed.rest.base_url, email=email, renew=True,
                                message="Your sign-in has expired. Please sign in again.")
        password, self._renewal_password = self._renewal_password, None
        return password if ok else None

    # --- branches -----------------------------------------------------------------------

    async def choose_branch(self, *, ask: bool = False, reason: str = "",
                            cancel_text: str = "") -> Branch | None:
        """``--branch``, the remembered one, the only one, else the picker asks (always
        with ``ask``); None when it cannot (said) or the picker was cancelled
        (``_picker_cancelled``)."""
        signed = self._signed()
        self._picker_cancelled = False
        loop = asyncio.get_running_loop()
        try:
            branches = await loop.run_in_executor(None, signed.rest.branches)
        except ApiError as e:
            self._show_error("Could not load the branches", str(e))
            return None
        if not branches:
            self._show_error("No branches", f"{signed.user.name} may not see any branch.")
            return None
        if not ask:
            wanted = option(self.args, "branch")
            if wanted:
                try:
                    return resolve_branch(branches, wanted)
                except UnknownBranch:
                    log.warning("no branch %r for this user (or more than one by that name); asking",
                                wanted)
                    several = len(matching_id_or_name(branches, wanted)) > 1
                    reason = (f"More than one branch is named “{wanted.strip()}”: which one?" if several
                              else f"{signed.user.name} may not watch “{wanted.strip()}” (or no branch "
                                   "has that name). Choose one of these:")
            else:
                remembered = self.settings.branch_id
                for b in branches:
                    if b.id == remembered:
                        return b
                if len(branches) == 1:
                    return branches[0]
        picker = BranchPicker(branches, current_id=self.branch.id if self.branch else
                              self.settings.branch_id, user_name=signed.user.name,
                              reason=reason, cancel_text=cancel_text, parent=self.window)
        self.branch_picker = picker
        try:
            result = await _finished(picker)
        finally:
            self.branch_picker = None
        picker.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._picker_cancelled = True
            return None
        return picker.chosen

    def open_branch(self, branch: Branch) -> None:
        """The window and the live session for one branch."""
        signed = self._signed()
        self.settings.branch_id = branch.id
        kiosk = option(self.args, "kiosk", self.settings.kiosk)
        theme = option(self.args, "theme", self.settings.theme)
        self.settings.kiosk = kiosk
        self.settings.theme = theme
        self.settings.sync()
        store = BranchStore(branch.id)
        store.branch = branch
        window = MainWindow(store, user=signed.user, settings=self.settings,
                            clock=self.clock, theme_choice=theme, kiosk=kiosk,
                            preferred_plan=option(self.args, "floor", ""))
        auth = signed.auth  # the one that signed in signs in again
        auth.ask = self._ask_password
        auth.keep = self.settings.remember
        session = Session(signed.rest, branch, store=store, user=signed.user,
                          reauth=auth.reauth, on_status=self.on_session_status,
                          live_options={"clock": self.clock, **self._reconcile_option(),
                                        **self.live_options})
        controller = EditController(session, store, self)
        self.opened = OpenBranch(branch, store, session, window, controller, KioskMode(window),
                                 recorder=recorder_for(self.args, store,
                                                       hold_s=JOURNAL_HOLD_S,
                                                       clock=self.clock))
        if self.opened.recorder is not None:  # paused, and why, in the status bar
            self.opened.recorder.listen(window.set_journal_state)
        self._add_recent_changes(branch)
        self._connect_signals()
        if kiosk:
            self.opened.kiosk.enable()
        else:
            geometry = self.settings.window_geometry
            if geometry is None or not window.restoreGeometry(geometry):
                window.resize(1440, 900)
            window.show()
        asyncio.ensure_future(session.start())
        self.windowShown.emit(window)

    def _add_recent_changes(self, branch: Branch) -> None:
        """The recent-changes panel, docked on the right, hidden until F9 (in kiosk mode
        F9 shows the changes as an overlay instead); its turn history read from the
        branch's journals off the GUI thread, into the window's turn book."""
        assert self.opened is not None
        panel = RecentChangesPanel(self.store, clock=self.clock,
                                   book=self.window.turn_marks.book)
        panel.tableRequested.connect(self.window.reveal_table)
        dock = QDockWidget("Changes and turns (F9)", self.window, objectName="recentChangesDock")
        dock.setWidget(panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        kiosk = self.opened.kiosk
        overlay = kiosk.set_recent(panel.lines)
        panel.changesChanged.connect(overlay.refresh)
        toggle = QAction("Recent changes and likely free", self.window, objectName="recentChanges")
        toggle.setShortcut("F9")
        toggle.triggered.connect(
            lambda: kiosk.toggle_recent() or dock.setVisible(not dock.isVisible()))
        self.window.addAction(toggle)
        path = None if option(self.args, "no_journal", False) else option(self.args, "journal")
        future = asyncio.get_event_loop().run_in_executor(
            None, functools.partial(history_for, branch.id, path=path))

        window = self.window

        def loaded(f: asyncio.Future) -> None:
            if not f.cancelled() and f.exception() is None and self.window is window:
                panel.set_history(f.result())  # still this branch's window

        future.add_done_callback(loaded)

    def _connect_signals(self) -> None:
        """Every connection between the window, its parts and the controllers."""
        if self.opened is None:
            raise RuntimeError("no branch is open")
        w, c, k = self.opened.window, self.opened.controller, self.opened.kiosk
        # requests from the window → the server
        w.tableEdited.connect(c.on_window_tableEdited)
        w.createRequested.connect(c.on_window_createRequested)
        w.deleteRequested.connect(c.on_window_deleteRequested)
        w.undoRequested.connect(c.on_window_undoRequested)
        w.redoRequested.connect(c.on_window_redoRequested)
        c.historyChanged.connect(w.set_history)
        w.table_actions.statusRequested.connect(c.on_actions_statusRequested)
        w.table_actions.assignRequested.connect(c.on_actions_assignRequested)
        # what the server said → the window
        c.message.connect(w.show_message)
        c.reverted.connect(self.on_controller_reverted)
        c.created.connect(self.on_controller_created)
        # the connection's life
        w.reloginRequested.connect(self.on_window_reloginRequested)
        w.branchRequested.connect(self.on_window_branchRequested)
        w.retryRequested.connect(self.on_window_retryRequested)
        w.signOutRequested.connect(self.on_window_signOutRequested)
        w.quitRequested.connect(self.request_quit)
        w.closed.connect(self.on_window_closed)
        k.quitConfirmed.connect(self.on_kiosk_quitConfirmed)
        k.leaveConfirmed.connect(self.on_kiosk_leaveConfirmed)

    async def close_branch(self) -> None:
        """Stop the session and close the window (to sign out or switch branch)."""
        opened, self.opened = self.opened, None
        if opened is None:
            return
        opened.controller.cancel()
        opened.controller.deleteLater()
        opened.kiosk.shutdown()
        opened.window.closed.disconnect(self.on_window_closed)
        opened.window.force_close()
        opened.window.deleteLater()
        try:
            await opened.session.stop()
        except Exception:
            log.exception("stopping the session failed")
        if opened.recorder is not None:
            opened.recorder.close()

    # --- slots ----------------------------------------------------------------------------

    def _reconcile_option(self) -> dict[str, float]:
        """``--reconcile S`` as the live connection's option (none: its default)."""
        period = option(self.args, "reconcile")
        return {"reconcile_period": period} if period else {}

    def on_session_status(self, status: ConnectionStatus) -> None:
        log.info("connection: %s %s", status.state.value, status.message)
        if self.recorder is not None:
            self.recorder.status(status)
        if self.window is not None:
            self.window.set_connection_status(status)

    @Slot(str)
    def on_controller_reverted(self, table_id: str) -> None:
        if self.window is not None and (scene := self.window.scene_of(table_id)) is not None:
            scene.revert_table(table_id)

    @Slot(str)
    def on_controller_created(self, table_id: str) -> None:
        # the item appears when the event arrives; select it then
        QTimer.singleShot(300, lambda: self.window and self.window.reveal_table(table_id))

    @Slot()
    def on_window_closed(self) -> None:
        self.request_quit()

    @Slot()
    def on_kiosk_leaveConfirmed(self) -> None:
        """Ctrl+Shift+Q → "Leave kiosk mode": a normal window, now and at the next start."""
        self.settings.kiosk = False
        self.settings.sync()
        if self.window is not None:
            screen = self.window.screen().availableGeometry()
            self.window.resize(min(1440, screen.width()), min(900, screen.height()))

    @Slot()
    def on_kiosk_quitConfirmed(self) -> None:
        """Ctrl+Shift+Q → "Quit floorview": the next plain start is not a kiosk either
        (a host stand's unit starts it with --kiosk)."""
        self.settings.kiosk = False
        self.settings.sync()
        self.request_quit()

    @Slot()
    def on_window_retryRequested(self) -> None:
        self._spawn(self._restart_live())

    @Slot()
    def on_window_reloginRequested(self) -> None:
        self._spawn(self._relogin())

    @Slot()
    def on_window_branchRequested(self) -> None:
        self._spawn(self._switch_branch())

    @Slot()
    def on_window_signOutRequested(self) -> None:
        self._spawn(self._sign_out())

    def _spawn(self, coro) -> None:
        """Run one user action (retry, sign in again, switch branch, sign out) at a time;
        the task is kept, so it is not collected mid-way and tells whether one runs."""
        if self._action is not None and not self._action.done():
            log.info("another action is under way; %s ignored", coro.__qualname__)
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
        if self.session is not None:
            await self.session.stop()
            await self.session.start()

    async def _relogin(self) -> None:
        signed = self._signed()
        ok = await self.sign_in(server=signed.rest.base_url, email=signed.user.email, renew=True,
                                message="Your sign-in has expired. Please sign in again.")
        self._renewal_password = None  # the client holds a fresh token already
        if ok:
            await self._restart_live()

    async def _switch_branch(self) -> None:
        reason = ""
        if self.window is not None and self.window.banner.state is ConnState.FORBIDDEN and self.branch:
            who = self.user.name if self.user else "This account"
            reason = f"{who} may not watch {self.branch.name} any more. Choose another branch:"
        branch = await self.choose_branch(ask=True, reason=reason)
        if branch is None:
            return
        await self.close_branch()
        self.open_branch(branch)

    async def _sign_out(self) -> None:
        """Stop the floor (it stays on screen, marked signed out), forget the kept
        password, and ask who signs in next; their branch replaces it. Cancel quits."""
        signed = self._signed()
        server, email = signed.rest.base_url, signed.user.email
        if self.controller is not None:
            self.controller.cancel()
        if self.session is not None:
            await self.session.stop()
        if self.window is not None:
            self.window.set_connection_status(
                ConnectionStatus(ConnState.UNAUTHORIZED, utcnow(), message=SIGNED_OUT))
        if self.demo is None:
            await self._in_executor(signed.auth.forget_password)
            self.settings.remember = False
            self.settings.sync()
        self.signed_in = None  # signed out: the floor stays on screen, stopped
        message = "Signed out. Sign in to show the floor again."
        try:
            await self._sign_in_and_choose(server, email, message)
        finally:
            if self.signed_in is None or self.signed_in.rest is not signed.rest:
                signed.rest.close()

    async def _sign_in_and_choose(self, server: str, email: str, message: str) -> None:
        while True:
            if not await self.sign_in(server=server, email=email, message=message):
                self.request_quit()
                return
            branch = await self.choose_branch(cancel_text="Sign in as someone else")
            if branch is not None:
                break
            if not self._picker_cancelled:
                self.request_quit()
                return
            message = "Sign in as someone else, or Cancel to quit."
        await self.close_branch()
        self.open_branch(branch)

    # --- unattended: unhandled exceptions, the demo server's life -------------------------

    def install_crash_handlers(self, loop: asyncio.AbstractEventLoop | None = None
                               ) -> Callable[[], None]:
        """Log every unhandled exception — in a slot, a callback, a task, a thread — and
        carry on instead of dying: shown in a dialog, or in kiosk mode (nobody there to
        read it) by rebuilding the view and reconnecting. Returns the undo (for tests)."""
        loop = loop or asyncio.get_event_loop()
        before = sys.excepthook, threading.excepthook, loop.get_exception_handler()

        def on_hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
            if issubclass(kind, KeyboardInterrupt):
                self.request_quit()
                return
            self.report_unhandled((kind, value, tb))

        def on_thread(args: Any) -> None:
            if args.exc_type is SystemExit:
                return
            log.critical("unhandled exception in thread %s",
                         args.thread.name if args.thread is not None else "?",
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

        def on_loop(loop_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            error = context.get("exception")
            if error is None or isinstance(error, asyncio.CancelledError):
                loop_.default_exception_handler(context)
                return
            self.report_unhandled((type(error), error, error.__traceback__),
                                  where=str(context.get("message", "")))

        sys.excepthook, threading.excepthook = on_hook, on_thread
        loop.set_exception_handler(on_loop)

        def undo() -> None:
            sys.excepthook, threading.excepthook = before[0], before[1]
            loop.set_exception_handler(before[2])

        return undo

    def report_unhandled(self, exc_info: tuple[Any, Any, Any], where: str = "") -> None:
        """An exception nothing caught: log it, then show it or (kiosk) rebuild."""
        log.critical("unhandled exception%s", f" ({where})" if where else "", exc_info=exc_info)
        if self._quitting:
            return
        if self.kiosk is not None and self.kiosk.enabled and self.branch is not None:
            self._schedule_rebuild()
            return
        if self.crash_box is not None and self.crash_box.isVisible():
            return  # one at a time: a fault in painting would raise on every frame
        where_log = logfile.current_path()
        text = (f"{exc_info[0].__name__}: {exc_info[1]}\n\nfloorview carries on; "
                "if something looks wrong, sign in again or restart it."
                + (f"\n\nThe details are in {where_log}" if where_log else ""))
        box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "crash_box", None))
        self.crash_box = box
        box.open()

    #: Kiosk mode rebuilds the view at most this often (seconds), so a fault that recurs
    #: at once does not rebuild in a loop.
    REBUILD_EVERY = 10.0

    def _schedule_rebuild(self) -> None:
        if self._rebuild_task is not None and not self._rebuild_task.done():
            return
        delay = max(0.0, self._rebuilt_at + self.REBUILD_EVERY - time.monotonic())
        self._rebuild_task = asyncio.ensure_future(self._rebuild(delay))

    async def _rebuild(self, delay: float) -> None:
        """Kiosk: a new window and a new session over the same branch."""
        if delay:
            await asyncio.sleep(delay)
        branch = self.branch
        if self._quitting or branch is None or self.rest is None or self.user is None:
            return
        self._rebuilt_at = time.monotonic()
        log.warning("kiosk: rebuilding the view and reconnecting after an error")
        try:
            await self.close_branch()
            if not self._quitting:
                self.open_branch(branch)
                assert self.window is not None
                self.window.show_message("Recovered from an error: the floor was reloaded.")
        except Exception:
            log.exception("rebuilding the view failed; trying again in %.0f s", self.REBUILD_EVERY)
            self._rebuild_task = None
            self._schedule_rebuild()

    def on_demo_event(self, text: str, error: bool) -> None:
        """The demo server died, or is back (DemoServer.on_event, on the GUI thread)."""
        if self.window is not None:
            self.window.show_message(text, error)
        if getattr(self.demo, "gave_up", False):
            self._show_error("The demo server stopped", text)

    def _show_error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

