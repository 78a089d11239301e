"""``floorview replay``: a service played back from its journal, in the floor window or as frames.

    floorview replay JOURNAL [--speed 60] [--from 19:00]         # the window
    floorview replay --demo                                       # the sample evening
    floorview replay JOURNAL --out DIR --every 5m [--floor NAME]  # PNG frames, headless

The window shows the floor plans as the screen saw them at the replayed moment (its
timers on the replayed clock), a banner with that time, play/pause (Space), the speed,
and a time slider. ``--out`` renders each floor plan every ``--every`` of the evening
with the same drawing code as ``floorview snapshot``, files named
``<plan>-<HHMM>.png``, for a report or a bug ticket.

Exit codes: 0 ok, 2 bad usage (no such journal, a bad --from or --every, a folder that
cannot be written), 1 anything else.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from floorview.commands.exits import EXIT_OK, EXIT_USAGE
from floorview.commands.heat_map import ensure_qt
from floorview.commands.report import find_journal
from floorview.core import journal
from floorview.core.replay import Replay, moment, seconds
from floorview.core.words import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("journal_file", nargs="?", type=Path, metavar="JOURNAL",
                        help="the journal file (default: --date's in the default journal folder)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", default=None,
                        help="the evening to replay from the default journal folder")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="replay the sample evening that ships with floorview")
    parser.add_argument("--speed", type=_speed, default=60.0, metavar="X",
                        help="replayed seconds per second (default 60: a minute a second)")
    parser.add_argument("--from", dest="start_at", metavar="HH:MM", default=None,
                        help="start at this time of the evening, on the branch's clock")
    parser.add_argument("--paused", action="store_true", help="open paused")
    parser.add_argument("--out", type=Path, metavar="DIR", default=None,
                        help="render frames into DIR (PNG) instead of opening the window")
    parser.add_argument("--every", default="5m", metavar="DURATION",
                        help="with --out: a frame every DURATION of the evening (default 5m)")
    parser.add_argument("--width", type=int, default=1600, metavar="PX",
                        help="with --out: frame width in pixels (default 1600)")
    parser.add_argument("--theme", choices=("light", "dark"), default=argparse.SUPPRESS,
                        help="light (default) or dark")


def _date(text: str):
    from floorview.commands.report import _date as parse

    return parse(text)


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Replay", "not a number: {0!r}").format(text)) from None
    if not 0 < value <= 100_000:
        raise argparse.ArgumentTypeError(translate("Replay", "choose a speed above 0 (at most 100000)"))
    return value


def main(args: argparse.Namespace, *, out: Any = None, err: Any = None,
         run_window: bool = True) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    path = find_journal(args, err)
    if path is None:
        return EXIT_USAGE
    try:
        replay = Replay(journal.read(path))
        if getattr(args, "start_at", None):
            replay.seek(moment(args.start_at, replay))
        every = seconds(getattr(args, "every", None) or "5m")
    except (journal.JournalError, ValueError) as e:
        err.write(f"floorview replay: {e}\n")
        return EXIT_USAGE
    if getattr(args, "out", None):
        return frames(replay, Path(args.out), every, args, out, err)
    return window(replay, args, run=run_window)


def _theme(args: argparse.Namespace):
    from floorview.ui.floor.palette import theme_by_name

    return theme_by_name(getattr(args, "theme", None) or "light")


def frames(replay: Replay, folder: Path, every: float, args: argparse.Namespace,
           out: Any, err: Any) -> int:
    """Each floor plan every ``every`` seconds from the replayed moment to the end."""
    ensure_qt()
    from floorview.commands.snapshot import _slug, pick_floor
    from floorview.ui.floor.floor_scene import DisplaySettings
    from floorview.ui.floor.render import render_floor

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        err.write(translate("Replay", "floorview replay: cannot write frames in {0}: {1}")
                  .format(folder, e.strerror or e) + "\n")
        return EXIT_USAGE
    spec = getattr(args, "floor", None)
    try:
        plans = [pick_floor(replay.store.floor_plans, spec)] if spec else list(replay.store.floor_plans)
    except LookupError as e:
        err.write(f"floorview replay: {e}\n")
        return EXIT_USAGE
    settings = DisplaySettings(theme=_theme(args))
    written = 0
    when = replay.now
    while True:
        replay.seek(when)
        stamp = replay.now.astimezone(replay.zone).strftime("%H%M")
        for plan in plans:
            image = render_floor(replay.store, plan, settings=settings,
                                 width=getattr(args, "width", None) or 1600,
                                 clock=replay.clock, stale=replay.offline)
            target = folder / f"{_slug(plan.name)}-{stamp}.png"
            if not image.save(str(target)):
                err.write(translate("Replay", "floorview replay: could not write {0}").format(target) + "\n")
                return EXIT_USAGE
            written += 1
        if replay.finished:
            break
        when = replay.now + timedelta(seconds=every)
    count = len(plans)
    out.write(translate("Replay", "{0}: {1}, %n floor plans", None, count).format(
        folder, translate("Replay", "%n frames", None, written)) + "\n")
    return EXIT_OK


def window(replay: Replay, args: argparse.Namespace, *, run: bool = True) -> Any:
    """Open the replay window; with ``run`` wait until it is closed (the exit code), else
    return the window (tests drive it)."""
    from PySide6.QtWidgets import QApplication

    from floorview.ui.window.replay_window import ReplayWindow
    from floorview.ui.words_hook import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators()
    win = ReplayWindow(replay, speed=getattr(args, "speed", None) or 60.0, theme=_theme(args),
                       playing=not getattr(args, "paused", False))
    win.resize(1440, 900)
    win.show()
    if not run:
        return win
    app.exec()
    return EXIT_OK
