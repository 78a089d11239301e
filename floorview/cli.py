"""The ``floorview`` command: the app (no subcommand), ``watch``, ``seat`` and ``snapshot``.

The Qt parts are imported only when asked for, so ``floorview watch`` runs where Qt
does not (a support engineer's SSH session).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from floorview import __version__
from floorview.core.logfile import FILE_DEFAULT, LEVELS, log_path
from floorview.core.logfile import configure as configure_logging
from floorview.core.words import translate
from floorview.options import add_app_options, add_connection_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="floorview", description="A live floor-plan monitor for restaurants.")
    parser.add_argument("--version", action="version", version=f"floorview {__version__}")
    add_connection_options(parser)
    add_app_options(parser)  # --demo, --kiosk/--no-kiosk, --theme
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log more on the terminal (-vv: debug)")
    parser.add_argument("--log-level", type=str.upper, choices=LEVELS, default=None,
                        help="log at LEVEL on the terminal and in the app's log file "
                             f"(default: the file {FILE_DEFAULT}, the terminal WARNING; "
                             f"the file: {log_path()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from floorview.commands import watch

    w = _signed_in_command(sub.add_parser, "watch", "print what a screen sees, headless",
                           watch.__doc__.split("\n\n")[1] if watch.__doc__ else None)
    watch.add_arguments(w)

    s = _signed_in_command(sub.add_parser, "snapshot", "render the floor plan to an image", None)
    add_snapshot_arguments: Callable[[argparse.ArgumentParser], None] | None
    try:  # the UI's module imports no Qt until it runs, so this stays light
        from floorview.commands.snapshot import add_arguments as add_snapshot_arguments
    except ImportError:
        add_snapshot_arguments = None
    if add_snapshot_arguments is not None:
        add_snapshot_arguments(s)

    from floorview.commands import seat

    t = _signed_in_command(sub.add_parser, "seat", "where a party of N sits now, who serves them, or how long",
                           seat.__doc__.split("\n\n")[2] if seat.__doc__ else None)
    seat.add_arguments(t)

    from floorview.commands import report

    r = sub.add_parser("report", help="the night's report from its journal, as one HTML page",
                       description=report.__doc__.split("\n\n")[2] if report.__doc__ else None)
    r.add_argument("--branch", metavar="NAME|ID", default=argparse.SUPPRESS,
                   help="with --date: the branch, when the journal folder has several")
    r.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="log more (-vv: debug)")
    _lang_option(r)
    report.add_arguments(r)

    from floorview.commands import replay

    p = sub.add_parser("replay", help="play a service back from its journal, in the window or as frames",
                       description=replay.__doc__.split("\n\n")[2] if replay.__doc__ else None)
    p.add_argument("--branch", metavar="NAME|ID", default=argparse.SUPPRESS,
                   help="with --date: the branch, when the journal folder has several")
    p.add_argument("--floor", metavar="NAME|ID", default=argparse.SUPPRESS,
                   help="with --out: only this floor plan")
    p.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="log more (-vv: debug)")
    _lang_option(p)
    replay.add_arguments(p)
    return parser



def _signed_in_command(add_parser: Callable[..., argparse.ArgumentParser], name: str,
                       help: str, description: str | None) -> argparse.ArgumentParser:
    """A command that signs in like the app (``watch``, ``snapshot``, ``seat``): the
    connection options, ``-v`` and ``--log-level``, each unset unless given here, so the
    ones given before the command count."""
    parser = add_parser(name, help=help, description=description)
    add_connection_options(parser, defaults=False)
    parser.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                        help="log more (-vv: debug)")
    parser.add_argument("--log-level", type=str.upper, choices=LEVELS, default=argparse.SUPPRESS,
                        help="log at LEVEL on the terminal")
    _lang_option(parser)
    parser.argument_default = None
    return parser


#: the languages floorview ships (English as written, and the translations)
LANGUAGES = ("en", "de", "es", "fr")


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS,
                        help=f"the language of what it writes: {', '.join(LANGUAGES)} "
                             "(default: the system's)")


def use_language(lang: str | None) -> None:
    """A command's words and formats in ``lang`` (None: the system's language); where Qt
    is not installed, English as written."""
    try:
        from floorview.ui.words_hook import use_language as use
    except ImportError:  # watch and seat run where Qt does not
        return
    use(lang)

def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    # the app (unattended on a host stand) keeps a log file; watch and snapshot, run
    # from a terminal, log there only
    log_file = configure_logging(verbose=getattr(args, "verbose", 0),
                                 level=getattr(args, "log_level", None), to_file=args.command is None)
    if log_file is not None:
        logging.getLogger("floorview").info("floorview %s starting (pid %d), logging to %s",
                                            __version__, os.getpid(), log_file)
    # JSON is for programs: watch --jsonl and seat --json speak the contract's English
    if args.command is not None and not (getattr(args, "jsonl", False) or getattr(args, "json", False)):
        use_language(getattr(args, "lang", None))
    if args.command == "watch":
        from floorview.commands.watch import main as watch_main

        return watch_main(args)
    if args.command == "seat":
        from floorview.commands.seat import main as seat_main

        return seat_main(args)
    if args.command == "replay":
        from floorview.commands.replay import main as replay_main

        return replay_main(args)
    if args.command == "report":
        from floorview.commands.report import main as report_main

        return report_main(args)
    if args.command == "snapshot":
        try:
            from floorview.commands.snapshot import main as snapshot_main
        except ImportError as e:
            return _missing(translate("Cli", "snapshot"), e)
        return snapshot_main(args)
    try:
        from floorview.app import main as app_main
    except ImportError as e:
        return _missing(translate("Cli", "the app"), e)
    return app_main(args)


def _missing(what: str, error: ImportError) -> int:
    sys.stderr.write(translate("Cli", "floorview: {0} is not available in this installation ({1}).")
                     .format(what, error) + "\n")
    return 1
