"""``--demo``'s bundled stub, supervised: started off the GUI thread, its deaths and
restarts told to the person on the GUI thread, stopped at the end of the run."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from floorview.core.demo import DemoServer
from floorview.ui.window.main_window import MainWindow


class DemoSupervisor:
    """The demo server while the run has one (:attr:`server`, None before and after).

    Args:
        factory: builds the demo server (tests hand in another).
        window: the window on screen, whose status line tells a death and a restart.
        show_error: shows a problem to the person (a title and a text): the server gave up.
    """

    def __init__(self, factory: Callable[[], DemoServer], *,
                 window: Callable[[], MainWindow | None],
                 show_error: Callable[[str, str], None]) -> None:
        self.factory = factory
        self._window = window
        self._show_error = show_error
        self.server: DemoServer | None = None

    async def start(self) -> str:
        """Start it (off the GUI thread): its URL. Raises what DemoServer.start raises."""
        self.server = self.factory()
        loop = asyncio.get_running_loop()

        def told(text: str, error: bool) -> None:
            # it dies and is started again on a helper thread: tell the user on ours
            loop.call_soon_threadsafe(self.on_event, text, error)

        self.server.on_event = told
        url: str = await loop.run_in_executor(None, self.server.start)
        return url

    def on_event(self, text: str, error: bool) -> None:
        """The demo server died, or is back (DemoServer.on_event, on the GUI thread)."""
        window = self._window()
        if window is not None:
            window.show_message(text, error)
        if getattr(self.server, "gave_up", False):
            self._show_error(QCoreApplication.translate("DemoSupervisor", "The demo server stopped"), text)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
