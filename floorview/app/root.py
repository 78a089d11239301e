"""The composition root: builds the window, the session, the store and the controllers
for the branch signed in to, wires them together in one place
(:meth:`FloorviewApp._connect_signals`), and holds them for as long as they live.

The flow of a run:

1. ``--demo`` starts the bundled stub as a child process and signs in as its host
   (:mod:`floorview.app.demo_supervisor`).
2. Sign in, then the branch (:mod:`floorview.app.sign_in`): with a server, an email and a
   password (``FLOORVIEW_PASSWORD`` or the OS keyring) it signs in without asking — a host
   stand starts unattended, and keeps retrying while the server is unreachable; otherwise
   the login dialog asks. ``--branch``, else the remembered one, else the only one, else
   a picker.
3. The window over the branch's store, and the Session that keeps the store live.
4. Until quit: the banner's buttons sign in again, choose another branch or retry now;
   "Sign out" forgets the kept password and goes back to 2. An unhandled exception is
   shown, or in kiosk mode the view rebuilt (:mod:`floorview.app.recovery`).

Everything runs on the Qt GUI thread through qasync's loop; the Session runs the blocking
REST calls in an executor.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMessageBox

from floorview.app import wall_window
from floorview.app.arguments import option
from floorview.app.demo_supervisor import DemoSupervisor
from floorview.app.recovery import Recovery
from floorview.app.reopen import Carried, same_person
from floorview.app.sign_in import Attempt, Ended, SignedIn, SignInFlow
from floorview.app.user_actions import UserActions
from floorview.app.wall_feed import WindowBranch
from floorview.core.credentials import PasswordVault
from floorview.core.demo import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    DEMO_WALL_EMAIL,
    DemoServer,
    demo_stub_args,
)
from floorview.core.evening import segments_for
from floorview.core.live import ConnectionStatus, utcnow
from floorview.core.model import Branch, User
from floorview.core.quotes import QuoteBook
from floorview.core.recorder import JournalRecorder, recorder_for
from floorview.core.rest import RestClient
from floorview.core.session import Session
from floorview.core.store import BranchStore
from floorview.ui.dialogs.branch_picker import BranchPicker
from floorview.ui.dialogs.login_dialog import LoginDialog
from floorview.ui.floor import paint_log
from floorview.ui.settings import AppSettings
from floorview.ui.window.edit_controller import EditController
from floorview.ui.window.kiosk import KioskMode
from floorview.ui.window.main_window import MainWindow
from floorview.ui.window.recent_changes import RecentChangesPanel
from floorview.ui.window.screen_fit import default_rect, open_on_screen
from floorview.ui.window.wall_switch import WallSwitch

# one logger for the whole app, as before it was a package: its lines read the same
# in a host stand's log ("floorview.app: connection: live"), for support and scripts
log = logging.getLogger("floorview.app")

#: The window's journal writes its live changes in one transaction per this many seconds
#: (see JournalRecorder.hold_s: a commit per event was ~9 % of the GUI thread at 100/s).
JOURNAL_HOLD_S = 0.25


class Step(Enum):
    """Where a run is: nobody signed in; signed in (no branch open yet); a branch open."""

    SIGNED_OUT = "signed out"
    SIGNED_IN = "signed in"
    BRANCH_OPEN = "branch open"


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
    wall: WallSwitch | None = None  # All branches, for a user who sees two or more


class FloorviewApp(QObject):
    """One run of the app: sign-in, branch, window, session, and their lifetimes.

    The run's state is two things, each there or not: ``signed_in`` (:class:`SignedIn`,
    held by :attr:`sign_in_flow`) and ``opened`` (:class:`OpenBranch`); :attr:`step` names
    the combination. ``rest``, ``user``, ``branch``, ``store``, ``session``, ``window``,
    ``controller`` and ``kiosk`` read from them (None when not there).

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
                 demo_factory: Callable[[], DemoServer] | None = None,
                 live_options: Mapping[str, Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.args = args
        self.settings = settings
        self.vault = vault
        self.env = os.environ if env is None else env
        self._clock = clock
        # The socket on a thread of its own: the GUI thread keeps the store, the
        # listeners and the paint (see floorview.core.live.socket_thread).
        self.live_options = {"socket_thread": True, **(live_options or {})}
        self.sign_in_flow = SignInFlow(args, settings=settings, vault=vault, env=self.env,
                                       window=lambda: self.window, branch=lambda: self.branch,
                                       show_error=self._show_error)
        if demo_factory is None:  # --demo --wall: the demo's restaurant group
            wall = bool(option(args, "wall", False))
            demo_factory = functools.partial(DemoServer, extra_args=demo_stub_args(wall=wall))
        self.demo_supervisor = DemoSupervisor(demo_factory, window=lambda: self.window,
                                              show_error=self._show_error)
        self.recovery = Recovery(self)
        self.opened: OpenBranch | None = None
        self.error_box: QMessageBox | None = None
        self._done: asyncio.Future[int] | None = None
        #: retry now, sign in again, switch branch, sign out: one at a time
        self.user_actions = UserActions(self)
        self._quitting = False
        self._failed = False
        self._paint_log: TextIO | None = None
        #: All branches: every branch's store, kept across the windows of one sign-in
        self.walls = wall_window.AppWall(clock=lambda: self.clock(),
                                         open_branch=self.user_actions.open_branch,
                                         start_on_wall=bool(option(args, "wall", False)),
                                         live_options=self.live_options)

    # --- the state ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        if self.opened is not None:
            return Step.BRANCH_OPEN
        return Step.SIGNED_IN if self.signed_in is not None else Step.SIGNED_OUT

    @property
    def quitting(self) -> bool:
        """The run is ending (shutdown has begun)."""
        return self._quitting

    @property
    def signed_in(self) -> SignedIn | None:
        return self.sign_in_flow.signed_in

    @property
    def login_dialog(self) -> LoginDialog | None:
        """The login dialog while it asks."""
        return self.sign_in_flow.login_dialog

    @property
    def branch_picker(self) -> BranchPicker | None:
        """The branch picker while it asks."""
        return self.sign_in_flow.branch_picker

    @property
    def demo(self) -> DemoServer | None:
        """``--demo``'s server while it runs."""
        return self.demo_supervisor.server

    @property
    def crash_box(self) -> QMessageBox | None:
        """The dialog showing the last unhandled exception, while it is open."""
        return self.recovery.crash_box

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
            waiting: set[asyncio.Future[Any]] = {starting, self._done}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
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
        attempt = Attempt(server, email)
        if option(self.args, "demo", False):
            try:
                server = await self.demo_supervisor.start()
            except Exception as e:
                log.error("%s", e)
                self._failed = True
                self._show_error(QCoreApplication.translate("FloorviewApp", "The demo server did not start"), str(e))
                return False
            # every demo login has the demo password: --email picks who (a manager...)
            wall = bool(option(self.args, "wall", False))  # the wall: one who sees them all
            email = option(self.args, "email") or (DEMO_WALL_EMAIL if wall else DEMO_EMAIL)
            attempt = Attempt(server, email, DEMO_PASSWORD, auto=True)
        elif server and email:
            # the environment's, else the keyring's: the Authenticator's rule, as watch
            password = await self.sign_in_flow.kept_password(server, email)
            attempt = Attempt(server, email, password, auto=bool(password))
        chosen = await self.sign_in_flow.run(attempt)
        if isinstance(chosen, Ended):
            return False
        self.open_branch(chosen)
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
        self.sign_in_flow.close()
        self.demo_supervisor.stop()
        await self.walls.stop()  # (after the dialogs: this waits on the loop)
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
            self._show_error(QCoreApplication.translate("FloorviewApp", "Cannot write the paint log"), str(e))
            return False
        paint_log.install(self._paint_log)  # the floor's, and the wall's with it
        return True

    def _close_paint_log(self) -> None:
        if self._paint_log is not None:
            paint_log.uninstall()
            self._paint_log.close()
            self._paint_log = None

    # --- the branch ------------------------------------------------------------------------

    def open_branch(self, branch: Branch, carried: Carried | None = None) -> None:
        """The window and the live session for one branch (in the place of the window it
        replaces and sorted as it was, when ``carried``)."""
        signed = self.sign_in_flow.signed()
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
        session = self._new_session(branch, store)
        controller = EditController(session, store, self)
        self.opened = OpenBranch(branch, store, session, window, controller, KioskMode(window),
                                 recorder=recorder_for(self.args, store,
                                                       hold_s=JOURNAL_HOLD_S,
                                                       clock=self.clock))
        if self.opened.recorder is not None:  # paused, and why, in the status bar
            self.opened.recorder.listen(window.set_journal_state)
        self._keep_quotes(branch, window)
        self._add_recent_changes(branch)
        self._connect_signals()
        opened = self.opened  # its session is replaced when the same person signs in again
        shown = WindowBranch(branch.id, store, lambda: opened.session.status)
        self.opened.wall = self.walls.attach(window, branch, signed.rest, signed.user.id,
                                             reauth=signed.auth.reauth,
                                             touch_bar=self.opened.kiosk.touch_bar, kiosk=kiosk,
                                             shown=shown)
        if carried is not None:
            carried.sort(window)
        if kiosk:
            self.opened.kiosk.enable()
        elif carried is not None:
            carried.place(window)
        else:  # the screen it opens on: where it was left there, or most of it
            open_on_screen(window, self.settings)
        asyncio.ensure_future(session.start())
        self.windowShown.emit(window)

    def _keep_quotes(self, branch: Branch, window: MainWindow) -> None:
        """Each "when" Seat a party gives at the door, kept in the branch's journal (where
        ``--journal`` / ``--no-journal`` say), for the night's report of how close it came."""
        book = QuoteBook.at(branch.id, zone=branch.zone,
                            journal_option=option(self.args, "journal", None),
                            no_journal=option(self.args, "no_journal", False))
        if book is not None:
            window.quotes_given.connect(
                lambda options, party: book.record(options, now=self.clock(), party=party))

    def _new_session(self, branch: Branch, store: BranchStore) -> Session:
        """A live session over the store, as the one signed in now."""
        signed = self.sign_in_flow.signed()
        auth = signed.auth  # the one that signed in signs in again
        auth.ask = self.sign_in_flow.ask_password
        auth.keep = bool(self.settings.remember)
        return Session(signed.rest, branch, store=store, user=signed.user,
                       reauth=auth.reauth, on_status=self.on_session_status,
                       live_options={"clock": self.clock, **self._reconcile_option(),
                                     **self.live_options})

    async def reopen(self, branch: Branch) -> None:
        """After a sign-in again or a branch chosen: the same person on the same branch
        keeps the window (its place, sort and selection) under a new session; otherwise a
        new window where the old one was, its list sorted as the old one's."""
        old = self.opened
        if old is None:
            self.open_branch(branch)
            return
        if old.branch.id == branch.id and same_person(old.window.user, self.sign_in_flow.signed().user):
            await old.session.stop()
            old.branch = branch
            old.session = old.controller.session = self._new_session(branch, old.store)
            asyncio.ensure_future(old.session.start())
            signed = self.sign_in_flow.signed()
            self.walls.resume(signed.rest, signed.user.id, reauth=signed.auth.reauth)
            return
        carried = Carried.of(old.window)
        await self.close_branch()
        self.open_branch(branch, carried)

    def _add_recent_changes(self, branch: Branch) -> None:
        """The recent-changes panel, docked on the right, hidden until F9 (in kiosk mode
        F9 shows the changes as an overlay instead), with a line for each table that
        begins to stall; the history read from the branch's journals off the GUI thread,
        into the window's turn book (its turns) and stall marks (every status)."""
        assert self.opened is not None
        window, store = self.opened.window, self.opened.store
        panel = RecentChangesPanel(store, clock=self.clock, book=window.turn_marks.book)
        panel.tableRequested.connect(window.reveal_table)
        window.stall_marks.began.connect(panel.note_stalls)
        dock = QDockWidget(QCoreApplication.translate("FloorviewApp", "Changes and turns (F9)"), window)
        dock.setObjectName("recentChangesDock")
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        kiosk = self.opened.kiosk
        overlay = kiosk.set_recent(panel.lines)
        panel.changesChanged.connect(overlay.refresh)
        toggle = QAction(QCoreApplication.translate("FloorviewApp", "Recent changes and likely free"), window)
        toggle.setObjectName("recentChanges")
        toggle.setShortcut("F9")

        def on_toggle() -> None:  # kiosk mode shows its overlay, a window its dock
            if not kiosk.toggle_recent():
                dock.setVisible(not dock.isVisible())

        toggle.triggered.connect(on_toggle)
        window.addAction(toggle)
        path = None if option(self.args, "no_journal", False) else option(self.args, "journal")
        future = asyncio.get_event_loop().run_in_executor(
            None, functools.partial(segments_for, branch.id, path=path))

        def loaded(f: asyncio.Future[Any]) -> None:
            if not f.cancelled() and f.exception() is None and self.window is window:
                segments = f.result()  # still this branch's window
                panel.set_history([s for s in segments if s.status == "occupied"])
                window.stall_marks.set_history(segments)

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
        w.seatRequested.connect(c.on_window_seatRequested)
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
        w.kioskRequested.connect(self.on_window_kioskRequested)
        w.closed.connect(self.on_window_closed)
        k.quitConfirmed.connect(self.on_kiosk_quitConfirmed)
        k.leaveConfirmed.connect(self.on_kiosk_leaveConfirmed)

    async def close_branch(self) -> None:
        """Stop the session and close the window (to sign out or switch branch)."""
        opened, self.opened = self.opened, None
        if opened is None:
            return
        self.walls.detach()
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
        self.walls.window_changed()

    @Slot(str)
    def on_controller_reverted(self, table_id: str) -> None:
        if self.window is not None and (scene := self.window.scene_of(table_id)) is not None:
            scene.revert_table(table_id)

    @Slot(str)
    def on_controller_created(self, table_id: str) -> None:
        # the item appears when the event arrives; select it then
        def reveal() -> None:
            if self.window is not None:
                self.window.reveal_table(table_id)

        QTimer.singleShot(300, reveal)

    @Slot()
    def on_window_closed(self) -> None:
        self.request_quit()

    @Slot()
    def on_kiosk_leaveConfirmed(self) -> None:
        """Ctrl+Shift+Q → "Leave kiosk mode": a normal window, now and at the next start."""
        self.settings.kiosk = False
        self.settings.sync()
        if self.window is not None:
            self.window.setGeometry(default_rect(self.window.screen().availableGeometry()))

    @Slot()
    def on_window_kioskRequested(self) -> None:
        """View → "Enter kiosk mode": full screen now, and at the next start."""
        if self.kiosk is None or self.kiosk.enabled:
            return
        self.settings.kiosk = True
        self.settings.sync()
        self.kiosk.enable()

    @Slot()
    def on_kiosk_quitConfirmed(self) -> None:
        """Ctrl+Shift+Q → "Quit floorview": the next plain start is not a kiosk either
        (a host stand's unit starts it with --kiosk)."""
        self.settings.kiosk = False
        self.settings.sync()
        self.request_quit()

    @Slot()
    def on_window_retryRequested(self) -> None:
        self.user_actions.retry()

    @Slot()
    def on_window_reloginRequested(self) -> None:
        self.user_actions.relogin()

    @Slot()
    def on_window_branchRequested(self) -> None:
        self.user_actions.switch_branch()

    @Slot()
    def on_window_signOutRequested(self) -> None:
        self.user_actions.sign_out()

    # --- unattended: unhandled exceptions -------------------------------------------------

    def install_crash_handlers(self, loop: asyncio.AbstractEventLoop | None = None
                               ) -> Callable[[], None]:
        """Log every unhandled exception — in a slot, a callback, a task, a thread — and
        carry on instead of dying: shown in a dialog, or in kiosk mode (nobody there to
        read it) by rebuilding the view and reconnecting. Returns the undo (for tests)."""
        return self.recovery.install(loop)

    def report_unhandled(self, exc_info: tuple[Any, Any, Any], where: str = "") -> None:
        """An exception nothing caught: log it, then show it or (kiosk) rebuild."""
        self.recovery.report(exc_info, where)

    def _show_error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
