"""The entry point: the QApplication, qasync's loop, the signals that quit, then one run
of the app until it ends, with its exit code."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from floorview.app.arguments import build_parser, option
from floorview.app.heap_trim import heap_trimmer
from floorview.app.root import FloorviewApp
from floorview.core import logfile
from floorview.core.credentials import PasswordVault
from floorview.ui import assets, language
from floorview.ui.collector import GuiThreadCollector
from floorview.ui.settings import AppSettings


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """Run the app; ``args`` from floorview.cli (a Namespace) or an argv list."""
    if not isinstance(args, argparse.Namespace):
        args = build_parser().parse_args(list(sys.argv[1:] if args is None else args))
        logfile.configure(verbose=getattr(args, "verbose", 0) or 0,
                          level=getattr(args, "log_level", None), to_file=True)
    import qasync

    qapp = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    qapp.setOrganizationName("floorview")
    qapp.setApplicationName("floorview")
    qapp.setApplicationDisplayName("floorview")
    qapp.setDesktopFileName(assets.APP_ID)  # Wayland and docks match the desktop entry by it
    qapp.setWindowIcon(assets.app_icon())  # every window and dialog, kiosk or not
    qapp.setQuitOnLastWindowClosed(False)  # we quit ourselves, after the cleanup
    settings = AppSettings()
    # before the first widget: --lang, else the Preferences' choice, else the system's
    language.install(qapp, language.choose(option(args, "lang"), settings.language))
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = FloorviewApp(args, settings=settings, vault=PasswordVault())
    app.install_crash_handlers(loop)

    # Ctrl-C in a terminal quits cleanly; Python sees the signal only when it runs, so
    # a timer lets it run now and then while Qt waits.
    signal.signal(signal.SIGINT, lambda *_: app.request_quit())
    signal.signal(signal.SIGTERM, lambda *_: app.request_quit())
    ticker = QTimer()
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    trimmer = heap_trimmer()
    collector = GuiThreadCollector()  # never a collection on an executor's thread
    collector.start()
    try:
        with loop:
            return loop.run_until_complete(app.run())
    finally:
        collector.stop()
        ticker.stop()
        if trimmer is not None:
            trimmer.stop()
