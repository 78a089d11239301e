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
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from floorview.core import logfile
from floorview.core.credentials import NoKeyring, PasswordVault
from floorview.core.demo import DEMO_EMAIL, DEMO_PASSWORD, DemoServer
from floorview.core.live import ConnectionStatus, utcnow
from floorview.core.model import Branch, User
from floorview.core.rest import ApiError, RestClient
from floorview.core.session import (
    PASSWORD_ENV,
    Authenticator,
    Session,
    UnknownBranch,
    resolve_branch,
)
from floorview.core.store import BranchStore
from floorview.options import add_app_options, add_connection_options
from floorview.ui import assets
from floorview.ui.dialogs.branch_picker import BranchPicker
from floorview.ui.dialogs.login_dialog import LoginDialog
from floorview.ui.settings import AppSettings
from floorview.ui.window.edit_controller import EditController
from floorview.ui.window.kiosk import KioskMode
from floorview.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# --- command line -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The app's parser when run on its own (``python -m floorview.app``)."""
    parser = argparse.ArgumentParser(prog="floorview",
                                     description="A live floor-plan monitor for restaurants.")
    add_connection_options(parser)
    add_app_options(parser)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more")
    parser.add_argument("--log-level", type=str.upper, choices=logfile.LEVELS, default=None,
                        help="log at LEVEL on the terminal and in the log file")
    return parser


def _option(args: argparse.Namespace, name: str, default: Any = None) -> Any:
    value = getattr(args, name, default)
    return default if value is None else value


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


class FloorviewApp(QObject):
    """One run of the app: sign-in, branch, window, session, and their lifetimes.

    Args:
        args: the parsed command line (connection options, ``demo``, ``kiosk``, ``theme``).
        settings: where choices are remembered.
        vault: the OS keyring's kept passwords (None: none kept).
        env: the environment (``FLOORVIEW_PASSWORD``).
        clock: the current time, aware UTC.
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
                 clock: Callable[[], datetime] = utcnow,
                 demo_factory: Callable[[], DemoServer] = DemoServer,
                 live_options: Mapping[str, Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.args = args
        self.settings = settings
        self.vault = vault
        self.env = os.environ if env is None else env
        self.clock = clock
        self.demo_factory = demo_factory
        self.live_options = dict(live_options or {})
        self.demo: DemoServer | None = None
        self.rest: RestClient | None = None
        self.user: User | None = None
        # the password typed to sign in again, handed once to the Authenticator
        self._renewal_password: str | None = None
        self.branch: Branch | None = None
        self.store: BranchStore | None = None
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.controller: EditController | None = None
        self.kiosk: KioskMode | None = None
        self.login_dialog: LoginDialog | None = None
        self.branch_picker: BranchPicker | None = None
        self._done: asyncio.Future[int] | None = None
        self._action: asyncio.Future | None = None  # the user action under way
        self._quitting = False
        self._failed = False
        self._rebuild_task: asyncio.Future | None = None
        self._rebuilt_at = float("-inf")
        self.crash_box: QMessageBox | None = None

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
        server = _option(self.args, "server") or self.settings.server
        email = _option(self.args, "email") or self.settings.email
        password = ""
        auto = False
        if _option(self.args, "demo", False):
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
            email, password, auto = DEMO_EMAIL, DEMO_PASSWORD, True
        elif server and email:
            password = self.env.get(PASSWORD_ENV) or await self._in_executor(
                self._kept_password, server, email) or ""
            auto = bool(password)
        if not await self.sign_in(server=server, email=email, password=password, auto=auto):
            return False
        branch = await self.choose_branch()
        if branch is None:
            return False
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
        for dialog in (self.login_dialog, self.branch_picker):
            if dialog is not None:
                dialog.reject()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
        if self.rest is not None:
            self.rest.close()
        self.finished.emit(0)

    # --- signing in ---------------------------------------------------------------------

    @staticmethod
    async def _in_executor(fn: Callable[..., Any], *args: Any) -> Any:
        """A blocking call (the OS keyring may wait on D-Bus or an unlock prompt) off
        the GUI thread."""
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _kept_password(self, server: str, email: str) -> str | None:
        if self.vault is None:
            return None
        try:
            return self.vault.get(server, email)
        except NoKeyring as e:
            log.info("no kept password: %s", e)
            return None

    def _rest_for(self, server: str) -> RestClient:
        return RestClient(server, verify=_option(self.args, "ca_bundle") or True)

    async def _login(self, server: str, email: str, password: str) -> tuple[RestClient, User]:
        rest = self._rest_for(server)
        loop = asyncio.get_running_loop()
        try:
            _token, user = await loop.run_in_executor(None, rest.login, email, password)
        except BaseException:
            rest.close()
            raise
        return rest, user

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
                rest, user = await self._login(server, email, password)
            except (ApiError, ValueError) as e:  # ValueError: not an http(s) URL
                log.warning("signing in as %s failed: %s", email, e)
                message = str(e)
            else:
                self._adopt(rest, user, password, renew=renew)
                return True
        dialog = LoginDialog(self._login, server=server, email=email, password=password,
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
        rest, user = dialog.result_value
        server, email, password, remember = dialog.server, dialog.email, dialog.password, dialog.remember
        dialog.deleteLater()
        self._adopt(rest, user, password, renew=renew)
        if self.demo is None:
            self.settings.remember = remember
            self.settings.sync()
            await self._in_executor(self._keep_password, server, email, password, remember)
        return True

    def _adopt(self, rest: RestClient, user: User, password: str, *, renew: bool) -> None:
        """Signed in: keep the client (or just its new token) and remember the choice."""
        if renew and self.rest is not None:
            self.rest.token = rest.token
            rest.close()
        else:
            if self.rest is not None:
                self.rest.close()
            self.rest = rest
        self.user = user
        if renew:
            self._renewal_password = password
        if self.demo is None:  # the demo's server is a new port each time
            self.settings.server = self.rest.base_url
            self.settings.email = user.email or self.settings.email
            self.settings.sync()
        log.info("signed in as %s (%s)", user.email or user.name, user.role.value)

    def _keep_password(self, server: str, email: str, password: str, keep: bool) -> None:
        if self.vault is None or password == self.env.get(PASSWORD_ENV):
            return
        try:
            if keep:
                self.vault.keep(server, email, password)
            else:
                self.vault.forget(server, email)
        except NoKeyring as e:
            log.warning("the password could not be kept: %s", e)

    async def _ask_password(self, email: str) -> str | None:
        """The session's token was refused and no password is kept: ask (relogin)."""
        assert self.rest is not None
        if self.login_dialog is not None:  # someone is signing in already
            return None
        ok = await self.sign_in(server=self.rest.base_url, email=email, renew=True,
                                message="Your sign-in has expired. Please sign in again.")
        password, self._renewal_password = self._renewal_password, None
        return password if ok else None

    # --- branches -----------------------------------------------------------------------

    async def choose_branch(self, *, ask: bool = False) -> Branch | None:
        assert self.rest is not None and self.user is not None
        loop = asyncio.get_running_loop()
        try:
            branches = await loop.run_in_executor(None, self.rest.branches)
        except ApiError as e:
            self._show_error("Could not load the branches", str(e))
            return None
        if not branches:
            self._show_error("No branches", f"{self.user.name} may not see any branch.")
            return None
        if not ask:
            wanted = _option(self.args, "branch")
            if wanted:
                try:
                    return resolve_branch(branches, wanted)
                except UnknownBranch:
                    log.warning("no branch %r for this user (or more than one by that name); asking",
                                wanted)
            else:
                remembered = self.settings.branch_id
                for b in branches:
                    if b.id == remembered:
                        return b
                if len(branches) == 1:
                    return branches[0]
        picker = BranchPicker(branches, current_id=self.branch.id if self.branch else
                              self.settings.branch_id, user_name=self.user.name,
                              parent=self.window)
        self.branch_picker = picker
        try:
            result = await _finished(picker)
        finally:
            self.branch_picker = None
        picker.deleteLater()
        return picker.chosen if result == QDialog.DialogCode.Accepted else None

    def open_branch(self, branch: Branch) -> None:
        """The window and the live session for one branch."""
        assert self.rest is not None and self.user is not None
        self.branch = branch
        self.settings.branch_id = branch.id
        kiosk = _option(self.args, "kiosk", self.settings.kiosk)
        theme = _option(self.args, "theme", self.settings.theme)
        self.settings.kiosk = kiosk
        self.settings.theme = theme
        self.settings.sync()
        self.store = BranchStore(branch.id)
        self.store.branch = branch
        self.window = MainWindow(self.store, user=self.user, settings=self.settings,
                                 clock=self.clock, theme_choice=theme, kiosk=kiosk,
                                 preferred_plan=_option(self.args, "floor", ""))
        auth = Authenticator(self.rest, email=self.user.email or None, env=self.env,
                             vault=self.vault, ask=self._ask_password,
                             keep=self.settings.remember)
        self.session = Session(self.rest, branch, store=self.store, user=self.user,
                               reauth=auth.reauth, on_status=self.on_session_status,
                               live_options=self.live_options)
        self.controller = EditController(self.session, self.store, self)
        self.kiosk = KioskMode(self.window)
        self._connect_signals()
        if kiosk:
            self.kiosk.enable()
        else:
            geometry = self.settings.window_geometry
            if geometry is None or not self.window.restoreGeometry(geometry):
                self.window.resize(1440, 900)
            self.window.show()
        asyncio.ensure_future(self.session.start())
        self.windowShown.emit(self.window)

    def _connect_signals(self) -> None:
        """Every connection between the window, its parts and the controllers."""
        w, c, k = self.window, self.controller, self.kiosk
        assert w is not None and c is not None and k is not None
        # requests from the window → the server
        w.tableEdited.connect(c.on_window_tableEdited)
        w.createRequested.connect(c.on_window_createRequested)
        w.deleteRequested.connect(c.on_window_deleteRequested)
        w.actions.statusRequested.connect(c.on_actions_statusRequested)
        w.actions.assignRequested.connect(c.on_actions_assignRequested)
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
        k.quitConfirmed.connect(self.request_quit)

    async def close_branch(self) -> None:
        """Stop the session and close the window (to sign out or switch branch)."""
        session, self.session = self.session, None
        window, self.window = self.window, None
        if self.controller is not None:
            self.controller.cancel()
            self.controller.deleteLater()
            self.controller = None
        if self.kiosk is not None:
            self.kiosk.shutdown()
            self.kiosk = None
        if window is not None:
            window.closed.disconnect(self.on_window_closed)
            window.force_close()
            window.deleteLater()
        if session is not None:
            try:
                await session.stop()
            except Exception:
                log.exception("stopping the session failed")

    # --- slots ----------------------------------------------------------------------------

    def on_session_status(self, status: ConnectionStatus) -> None:
        log.info("connection: %s %s", status.state.value, status.message)
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
        assert self.rest is not None and self.user is not None
        ok = await self.sign_in(server=self.rest.base_url, email=self.user.email, renew=True,
                                message="Your sign-in has expired. Please sign in again.")
        self._renewal_password = None  # the client holds a fresh token already
        if ok:
            await self._restart_live()

    async def _switch_branch(self) -> None:
        branch = await self.choose_branch(ask=True)
        if branch is None:
            return
        await self.close_branch()
        self.open_branch(branch)

    async def _sign_out(self) -> None:
        assert self.rest is not None and self.user is not None
        server, email = self.rest.base_url, self.user.email
        await self.close_branch()
        if self.demo is None:
            await self._in_executor(self._keep_password, server, email, "", False)
            self.settings.remember = False
            self.settings.sync()
        self.rest.close()
        self.rest, self.user = None, None
        if not await self.sign_in(server=server, email=email):
            self.request_quit()
            return
        branch = await self.choose_branch()
        if branch is None:
            self.request_quit()
            return
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


# --- entry point ----------------------------------------------------------------------


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """Run the app; ``args`` from floorview.cli (a Namespace) or an argv list."""
    if not isinstance(args, argparse.Namespace):
        args = build_parser().parse_args(list(sys.argv[1:] if args is None else args))
        logfile.configure(verbose=getattr(args, "verbose", 0) or 0,
                          level=getattr(args, "log_level", None), to_file=True)
    import qasync

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    qapp.setOrganizationName("floorview")
    qapp.setApplicationName("floorview")
    qapp.setApplicationDisplayName("floorview")
    qapp.setDesktopFileName(assets.APP_ID)  # Wayland and docks match the desktop entry by it
    qapp.setWindowIcon(assets.app_icon())  # every window and dialog, kiosk or not
    qapp.setQuitOnLastWindowClosed(False)  # we quit ourselves, after the cleanup
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = FloorviewApp(args, settings=AppSettings(), vault=PasswordVault())
    app.install_crash_handlers(loop)

    # Ctrl-C in a terminal quits cleanly; Python sees the signal only when it runs, so
    # a timer lets it run now and then while Qt waits.
    signal.signal(signal.SIGINT, lambda *_: app.request_quit())
    signal.signal(signal.SIGTERM, lambda *_: app.request_quit())
    ticker = QTimer()
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    try:
        with loop:
            return loop.run_until_complete(app.run())
    finally:
        ticker.stop()


if __name__ == "__main__":
    sys.exit(main())
