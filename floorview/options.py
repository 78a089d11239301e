"""The command line's shared options: the connection (``--server``, ``--email``, ...) and
the app's own (``--demo``, ``--kiosk``, ``--theme``).

Qt-free, so ``floorview.cli`` builds its whole parser without importing Qt
(``floorview watch`` runs where Qt does not), and the app, ``watch`` and ``snapshot``
take the same connection options from one place::

    from floorview.options import add_app_options, add_connection_options
    add_connection_options(parser)
    add_app_options(parser)
"""

from __future__ import annotations

import argparse
import os

#: The theme choices: follow the platform's colour scheme, or force one.
THEMES = ("system", "light", "dark")

#: How kiosk mode is left (shown in --help, the confirmation and docs/app.md).
EXIT_SHORTCUT = "Ctrl+Shift+Q"

#: The backend's URL when ``--server`` is not given.
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


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--demo``, ``--kiosk``/``--no-kiosk``, ``--paint-log`` and ``--theme``; options the parser
    already has are left alone."""
    have = parser._option_string_actions  # argparse offers no public "has option"
    if "--demo" not in have:
        parser.add_argument("--demo", action="store_true",
                            help="run against the bundled stub with demo data and its simulator")
    if "--kiosk" not in have:
        parser.add_argument("--kiosk", action=argparse.BooleanOptionalAction, default=None,
                            help="full screen, no menus, large type, cursor hidden when idle; "
                                 f"leave with {EXIT_SHORTCUT} (default: as last time)")
    if "--wall" not in have:
        parser.add_argument("--wall", action="store_true", default=None,
                            help="start on the wall: every branch you may see, a tile each")
    if "--paint-log" not in have:
        parser.add_argument("--paint-log", metavar="FILE", default=None,
                            help="append one JSON line {id, version, t} per table change "
                                 "once the frame showing it is painted (t: epoch ms); "
                                 "for support and benchmarks")
    if "--lang" not in have:
        add_language_option(parser)
    if "--theme" not in have:
        parser.add_argument("--theme", choices=THEMES, default=None,
                            help="light, dark or follow the system (default: as last time; "
                                 "dark in kiosk mode)")
    if "--journal" not in have:
        add_journal_options(parser)
    if "--reconcile" not in have:
        add_reconcile_option(parser)


#: The languages floorview ships, by their ISO 639-1 code ("en" is the source text).
LANGUAGES = ("en", "de", "es", "fr")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang``: the language of what the command shows or draws, over the
    Preferences' choice and the system's locale."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="the language of the window and of the pictures and pages "
                             "(default: as chosen in Preferences, else the system's)")


def seconds(text: str) -> float:
    """An argparse type: a number of seconds above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the duration must be above 0")
    return value


def add_reconcile_option(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """``--reconcile S``: how often every table is compared with the server's while live."""
    parser.add_argument("--reconcile", type=seconds, metavar="S",
                        default=None if defaults else argparse.SUPPRESS,
                        help="compare every table with the server's every S seconds (default 15; "
                             "an unchanged floor costs one small answer)")


def add_journal_options(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """``--journal PATH`` and ``--no-journal``: where the evening is kept, or not at all.

    ``defaults=False`` (for a subcommand) leaves them unset when not given, so the ones
    given before the subcommand count.
    """
    default = None if defaults else argparse.SUPPRESS
    parser.add_argument("--journal", metavar="PATH", default=default,
                        help="keep the journal of changes in this file (default: one file per "
                             "branch and day in the platform's data folder, 90 days kept)")
    parser.add_argument("--no-journal", action="store_true",
                        default=False if defaults else argparse.SUPPRESS,
                        help="keep no journal of changes")
