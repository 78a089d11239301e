"""The command line as the app reads it: its own parser (``python -m floorview.app``) and
an option's value, or a default where the option is absent or unset."""

from __future__ import annotations

import argparse
from typing import Any

from floorview.core import logfile
from floorview.options import add_app_options, add_connection_options


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


def option(args: argparse.Namespace, name: str, default: Any = None) -> Any:
    """The option's value; ``default`` when ``args`` lacks it or it is None (not given)."""
    value = getattr(args, name, default)
    return default if value is None else value
