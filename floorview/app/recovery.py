"""What an unhandled exception does, anywhere (a slot, a callback, a task, a thread): it
is logged and the app carries on, shown in a dialog, or in kiosk mode (nobody there to
read it) the view is rebuilt over the same branch and reconnected."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from floorview.app.sign_in import SignedIn
from floorview.core import logfile
from floorview.core.model import Branch
from floorview.ui.window.kiosk import KioskMode
from floorview.ui.window.main_window import MainWindow

# one logger for the whole app, as before it was a package: its lines read the same
# in a host stand's log ("floorview.app: connection: live"), for support and scripts
log = logging.getLogger("floorview.app")


class Recoverable(Protocol):
    """What recovering needs of the app: its state, and closing and opening the branch."""

    @property
    def quitting(self) -> bool: ...

    @property
    def signed_in(self) -> SignedIn | None: ...

    @property
    def branch(self) -> Branch | None: ...

    @property
    def window(self) -> MainWindow | None: ...

    @property
    def kiosk(self) -> KioskMode | None: ...

    def request_quit(self) -> None: ...

    async def close_branch(self) -> None: ...

    def open_branch(self, branch: Branch) -> None: ...


class Recovery:
    """The crash hooks (:meth:`install`) and what they do with an unhandled exception
    (:meth:`report`).

    Attributes:
        crash_box: the dialog showing the last one, while it is open.
    """

    #: Kiosk mode rebuilds the view at most this often (seconds), so a fault that recurs
    #: at once does not rebuild in a loop.
    REBUILD_EVERY = 10.0

    def __init__(self, app: Recoverable) -> None:
        self.app = app
        self.crash_box: QMessageBox | None = None
        self._rebuild_task: asyncio.Future[None] | None = None
        self._rebuilt_at = float("-inf")

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> Callable[[], None]:
        """Log every unhandled exception — in a slot, a callback, a task, a thread — and
        carry on instead of dying. Returns the undo (for tests)."""
        loop = loop or asyncio.get_event_loop()
        before = sys.excepthook, threading.excepthook, loop.get_exception_handler()

        def on_hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
            if issubclass(kind, KeyboardInterrupt):
                self.app.request_quit()
                return
            self.report((kind, value, tb))

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
            self.report((type(error), error, error.__traceback__),
                        where=str(context.get("message", "")))

        sys.excepthook, threading.excepthook = on_hook, on_thread
        loop.set_exception_handler(on_loop)

        def undo() -> None:
            sys.excepthook, threading.excepthook = before[0], before[1]
            loop.set_exception_handler(before[2])

        return undo

    def report(self, exc_info: tuple[Any, Any, Any], where: str = "") -> None:
        """An exception nothing caught: log it, then show it or (kiosk) rebuild."""
        log.critical("unhandled exception%s", f" ({where})" if where else "", exc_info=exc_info)
        app = self.app
        if app.quitting:
            return
        if app.kiosk is not None and app.kiosk.enabled and app.branch is not None:
            self._schedule_rebuild()
            return
        if self.crash_box is not None and self.crash_box.isVisible():
            return  # one at a time: a fault in painting would raise on every frame
        where_log = logfile.current_path()
        error = f"{exc_info[0].__name__}: {exc_info[1]}"
        if where_log:
            text = QCoreApplication.translate(
                "Recovery", "{0}\n\nfloorview carries on; if something looks wrong, sign in again "
                "or restart it.\n\nThe details are in {1}").format(error, where_log)
        else:
            text = QCoreApplication.translate(
                "Recovery", "{0}\n\nfloorview carries on; if something looks wrong, sign in again "
                "or restart it.").format(error)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Recovery", "Something went wrong"), text,
                          QMessageBox.StandardButton.Ok, app.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "crash_box", None))
        self.crash_box = box
        box.open()

    def _schedule_rebuild(self) -> None:
        if self._rebuild_task is not None and not self._rebuild_task.done():
            return
        self._rebuild_task = asyncio.ensure_future(self._rebuild())

    def _rebuild_delay(self) -> float:
        return max(0.0, self._rebuilt_at + self.REBUILD_EVERY - time.monotonic())

    async def _rebuild(self) -> None:
        """Kiosk: a new window and a new session over the branch on screen; tried again
        every REBUILD_EVERY seconds until one is up. The branch is kept from the first
        try: a try that fails has closed the window, and with it the app's branch."""
        app = self.app
        branch = app.branch
        while True:
            delay = self._rebuild_delay()
            if delay:
                await asyncio.sleep(delay)
            if app.quitting or branch is None or app.signed_in is None:
                return
            if app.branch is not None and app.branch != branch:
                return  # another branch was opened meanwhile: nothing left to recover
            self._rebuilt_at = time.monotonic()
            log.warning("kiosk: rebuilding the view and reconnecting after an error")
            try:
                await app.close_branch()
                if not app.quitting:
                    app.open_branch(branch)
                    assert app.window is not None
                    app.window.show_message(QCoreApplication.translate("Recovery", "Recovered from an error: the floor was reloaded."))
                return
            except Exception:
                log.exception("rebuilding the view failed; trying again in %.0f s",
                              self.REBUILD_EVERY)
