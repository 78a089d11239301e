"""The ``floorview`` command: the app (no subcommand), ``watch`` and ``snapshot``.

The Qt parts are imported only when asked for, so ``floorview watch`` runs where Qt
does not (a support engineer's SSH session).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

SERVER_ENV = "FLOORVIEW_SERVER"


def add_connection_options(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """``--server``, ``--email``, ``--branch``, ``--floor``, ``--ca-bundle``.

    The password comes from FLOORVIEW_PASSWORD, the OS keyring or a prompt, and a token
    only from FLOORVIEW_TOKEN: never on the command line, where others can read it.
    ``defaults=False`` (for a subcommand) leaves an option not given unset, so the one
    given before the subcommand counts.
    """
    if not defaults:
        parser.argument_default = argparse.SUPPRESS
    parser.add_argument("--server", default=os.environ.get(SERVER_ENV) if defaults else argparse.SUPPRESS,
                        metavar="URL",
                        help=f"the backend, e.g. https://api.example.com (default: ${SERVER_ENV})")
    parser.add_argument("--email", metavar="EMAIL",
                        help="sign in as EMAIL; the password from FLOORVIEW_PASSWORD, "
                             "the OS keyring or a prompt (or a token in FLOORVIEW_TOKEN)")
    parser.add_argument("--branch", metavar="NAME|ID", help="the branch to watch")
    parser.add_argument("--floor", metavar="NAME|ID", help="the floor plan to show first")
    parser.add_argument("--ca-bundle", metavar="PATH",
                        help="trust this CA bundle (a private CA); TLS is always verified")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="floorview", description="A live floor-plan monitor for restaurants.")
    add_connection_options(parser)
    parser.add_argument("--demo", action="store_true",
                        help="run against the bundled stub with demo data and its simulator")
    parser.add_argument("--kiosk", action="store_true",
                        help="full screen for a host stand (packaging/linux/floorview-kiosk.service)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from floorview import watch

    w = sub.add_parser("watch", help="print what a screen sees, headless",
                       description=watch.__doc__.split("\n\n")[1] if watch.__doc__ else None)
    add_connection_options(w, defaults=False)
    w.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="log more (-vv: debug)")
    w.argument_default = None
    watch.add_arguments(w)

    s = sub.add_parser("snapshot", help="render the floor plan to an image")
    add_connection_options(s, defaults=False)
    s.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="log more (-vv: debug)")
    s.argument_default = None
    try:  # the UI's module imports no Qt until it runs, so this stays light
        from floorview.ui.snapshot import add_arguments as add_snapshot_arguments
    except ImportError:
        add_snapshot_arguments = None
    if add_snapshot_arguments is not None:
        add_snapshot_arguments(s)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(2, getattr(args, "verbose", 0))
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "watch":
        from floorview.watch import main as watch_main

        return watch_main(args)
    if args.command == "snapshot":
        try:
            from floorview.ui.snapshot import main as snapshot_main
        except ImportError as e:
            return _missing("snapshot", e)
        return snapshot_main(args)
    try:
        from floorview.app import main as app_main
    except ImportError as e:
        return _missing("the app", e)
    return app_main(args)


def _missing(what: str, error: ImportError) -> int:
    sys.stderr.write(f"floorview: {what} is not available in this installation ({error}).\n")
    return 1
