"""The app's own command-line options (``--demo``, ``--kiosk``, ``--theme``).

Qt-free, so ``floorview.cli`` can add them to its top-level parser without importing Qt
(``floorview watch`` runs where Qt does not)::

    from floorview.app_options import add_arguments as add_app_options
    add_app_options(parser)
"""

from __future__ import annotations

import argparse

#: The theme choices: follow the platform's colour scheme, or force one.
THEMES = ("system", "light", "dark")

#: How kiosk mode is left (shown in --help, the confirmation and docs/app.md).
EXIT_SHORTCUT = "Ctrl+Shift+Q"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--demo``, ``--kiosk``/``--no-kiosk`` and ``--theme``; options the parser
    already has are left alone."""
    have = parser._option_string_actions  # argparse offers no public "has option"
    if "--demo" not in have:
        parser.add_argument("--demo", action="store_true",
                            help="run against the bundled stub with demo data and its simulator")
    if "--kiosk" not in have:
        parser.add_argument("--kiosk", action=argparse.BooleanOptionalAction, default=None,
                            help="full screen, no menus, large type, cursor hidden when idle; "
                                 f"leave with {EXIT_SHORTCUT} (default: as last time)")
    if "--theme" not in have:
        parser.add_argument("--theme", choices=THEMES, default=None,
                            help="light, dark or follow the system (default: as last time; "
                                 "dark in kiosk mode)")
