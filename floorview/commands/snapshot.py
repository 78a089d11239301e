"""``floorview snapshot``: one floor plan of a branch, fetched once, rendered to an image.

    floorview snapshot --server URL --email EMAIL --branch NAME --out floor.png
    floorview snapshot --demo --out floor.png          # the bundled stub, in-process

It signs in like ``floorview watch`` (the password from FLOORVIEW_PASSWORD, the OS
keyring or a prompt; or a token in FLOORVIEW_TOKEN), fetches the branch's floor plans,
sections, users and tables once over REST, and draws the floor with
:func:`~floorview.ui.floor.render.render_floor` — the same scene the app shows, with a title
strip naming the branch, the plan and the time, and a legend with a count per status.

This module imports no Qt until it runs, so the command line can add its options
without Qt installed.

Exit codes (:mod:`floorview.commands.exits`, as ``floorview watch``): 0 ok, 2 bad usage (an
unknown floor, an image that cannot be written), 3 bad credentials, 4 unknown branch or
forbidden, 5 server unreachable, 1 anything else.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

# This command's exit codes; ``x as x`` re-exports those only callers use.
from floorview.commands.exits import EXIT_BRANCH as EXIT_BRANCH
from floorview.commands.exits import EXIT_CREDENTIALS as EXIT_CREDENTIALS
from floorview.commands.exits import EXIT_ERROR as EXIT_ERROR
from floorview.commands.exits import EXIT_OK, EXIT_USAGE, exit_for
from floorview.commands.exits import EXIT_UNREACHABLE as EXIT_UNREACHABLE
from floorview.core.demo import DEMO_EMAIL as DEMO_EMAIL  # the one demo login
from floorview.core.demo import DEMO_PASSWORD as DEMO_PASSWORD
from floorview.core.demo import DEMO_WALL_EMAIL as DEMO_WALL_EMAIL  # --demo --wall
from floorview.core.demo import DEMO_WALL_GROUP
from floorview.core.model import find_by_id_or_name
from floorview.core.words import translate

log = logging.getLogger(__name__)

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--out``, ``--width``, ``--height``, ``--theme``, ``--large-type``, ``--demo``."""
    parser.add_argument("--out", type=Path, metavar="FILE", default=None,
                        help="the image to write (PNG, or any format by its suffix; "
                             "default: floorview-<plan>.png)")
    parser.add_argument("--width", type=_pixels, metavar="PX", default=1920,
                        help="image width in pixels (default 1920)")
    parser.add_argument("--height", type=_pixels, metavar="PX", default=None,
                        help="image height (default: the plan's proportions)")
    # Not given: left unset, so a --theme of the app's own options (before the
    # subcommand) still counts; light by default.
    parser.add_argument("--theme", choices=("light", "dark"), default=argparse.SUPPRESS,
                        help="light (default) or dark")
    parser.add_argument("--large-type", action="store_true", help="larger labels")
    parser.add_argument("--wall", action="store_true",
                        help="every branch you may see, a tile each (the app's wall; "
                             "default 1920×1080, dark), fetched under the server's rate limit")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="the bundled stub with its demo data, signed in as the demo host")


def _pixels(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Snapshot", "not a whole number of pixels: {0!r}").format(text)) from None
    if not 16 <= value <= 16384:
        raise argparse.ArgumentTypeError(translate("Snapshot", "choose between 16 and 16384 pixels"))
    return value


def pick_floor(floor_plans: Sequence[Any], spec: str | None) -> Any:
    """The plan ``spec`` names (id, else name in any case), or the first; LookupError."""
    if not floor_plans:
        raise LookupError(translate("Snapshot", "This branch has no floor plans."))
    if spec is None:
        return floor_plans[0]
    found = find_by_id_or_name(floor_plans, spec)
    if found is not None:
        return found
    names = ", ".join(f"{p.name} ({p.id})" for p in floor_plans)
    raise LookupError(translate("Snapshot", "No floor plan {0!r}; choose one of: {1}.").format(spec, names))


def main(args: argparse.Namespace, *, clock: Callable[[], datetime] | None = None,
         out: Any = None, err: Any = None) -> int:
    """Run the snapshot for parsed ``args``; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    if getattr(args, "demo", False):
        from server_stub.testing import StubServer

        # Only this process talks to it, over REST: one named origin, so the stub does not
        # warn on every snapshot that "every origin may connect".
        wall = bool(getattr(args, "wall", False))
        # the wall: the demo's restaurant group, seen whole by its area manager
        with StubServer(demo=True, cors_origins=["http://127.0.0.1"],
                        group=DEMO_WALL_GROUP if wall else 0) as srv:
            email = DEMO_WALL_EMAIL if wall else DEMO_EMAIL
            args = argparse.Namespace(**{**vars(args), "server": srv.url,
                                         "email": getattr(args, "email", None) or email})
            return _snapshot(args, clock, out, err, env={"FLOORVIEW_PASSWORD": DEMO_PASSWORD})
    if not getattr(args, "server", None):
        err.write(translate("Snapshot", "floorview snapshot: give --server URL (or FLOORVIEW_SERVER), or --demo.")
                  + "\n")
        return EXIT_USAGE
    return _snapshot(args, clock, out, err, env=None)


def _snapshot(args: argparse.Namespace, clock: Callable[[], datetime] | None, out: Any, err: Any,
              env: dict[str, str] | None) -> int:
    from floorview.core.rest import ApiError
    from floorview.core.session import (
        Authenticator,
        MissingCredentials,
        UnknownBranch,
        resolve_branch,
        rest_from_options,
    )
    from floorview.core.store import BranchStore

    try:
        rest = rest_from_options(args)
    except ValueError as e:  # not an http(s) URL
        err.write(f"floorview snapshot: {e}\n")
        return EXIT_USAGE
    # the tables' times count on the server's clock, learnt from the answers below
    clock = clock or rest.server_clock
    try:
        auth = Authenticator(rest, email=getattr(args, "email", None), env=env,
                             vault=None if env is not None else _vault(), prompt=_prompt if sys.stdin.isatty() else None)
        auth.sign_in()
        if getattr(args, "wall", False):
            return _wall(args, rest, clock, out, err)
        branches = rest.branches()
        spec = getattr(args, "branch", None)
        if spec is None and getattr(args, "demo", False) and branches:
            branch = branches[0]
        else:
            branch = resolve_branch(branches, spec)
        store = BranchStore(branch.id)
        store.set_reference(branch=branch, floor_plans=rest.floor_plans(branch.id),
                            sections=rest.sections(branch.id), users=rest.users(branch.id))
        store.apply_snapshot(rest.tables(branch.id))
        plan = pick_floor(store.floor_plans, getattr(args, "floor", None))
    except (MissingCredentials, UnknownBranch, ApiError) as e:
        code, text = exit_for(e)
        err.write(f"floorview snapshot: {text}\n")
        return code
    except LookupError as e:  # pick_floor: no such floor plan
        err.write(f"floorview snapshot: {e}\n")
        return EXIT_USAGE
    finally:
        rest.close()
    return _render(args, store, plan, clock, out, err)


def _render(args: argparse.Namespace, store: Any, plan: Any, clock: Callable[[], datetime],
            out: Any, err: Any) -> int:
    from floorview.ui.floor.floor_scene import DisplaySettings
    from floorview.ui.floor.palette import theme_by_name
    from floorview.ui.floor.render import ensure_app, render_floor

    choose_headless_platform()
    ensure_app()
    settings = DisplaySettings(theme=theme_by_name(getattr(args, "theme", None) or "light"),
                               large_type=bool(getattr(args, "large_type", False)))
    image = render_floor(store, plan, settings=settings, width=getattr(args, "width", None) or 1920,
                         height=getattr(args, "height", None), clock=clock)
    path = getattr(args, "out", None) or Path(f"floorview-{_slug(plan.name)}.png")
    path = Path(path)
    if path.parent and not path.parent.exists():
        err.write(translate("Snapshot", "floorview snapshot: no folder {0} to write {1} in")
                  .format(path.parent, path.name) + "\n")
        return EXIT_USAGE
    if not image.save(str(path)):
        err.write(translate("Snapshot", "floorview snapshot: could not write {0} (is its suffix an image format?)")
                  .format(path) + "\n")
        return EXIT_USAGE
    count = len(store.tables_on(plan.id))  # a name: lupdate reads no call among the arguments
    out.write(translate("Snapshot", "{0}: {1}, %n tables, {2}×{3}", None, count)
              .format(path, plan.name, image.width(), image.height()) + "\n")
    return EXIT_OK


def _wall(args: argparse.Namespace, rest: Any, clock: Callable[[], datetime], out: Any,
          err: Any) -> int:
    """Every branch the user may see, fetched under the rate limit, rendered as the wall."""
    from floorview.core.live.status import ConnectionStatus, ConnState
    from floorview.core.paced_fetch import Pacer, fetch_group

    pacer = Pacer()
    branches = pacer.call(rest.branches)
    stores: dict[str, Any] = {}
    fetched: dict[str, datetime] = {}
    for branch, _store, when in fetch_group(rest, branches, pacer, stores, clock):
        fetched[branch.id] = when or clock()
    log.info("fetched %d branches in %d requests, %.1f s waited for the rate limit",
             len(branches), pacer.sent, pacer.slept)

    def link(bid: str) -> ConnectionStatus:  # the server's tables as of the moment fetched
        return ConnectionStatus(ConnState.LIVE, fetched[bid], as_of=fetched[bid])

    from floorview.ui.floor.palette import theme_by_name
    from floorview.ui.floor.render import ensure_app
    from floorview.ui.wall.render import render_wall

    choose_headless_platform()
    ensure_app()
    width = getattr(args, "width", None) or 1920
    height = getattr(args, "height", None) or 1080
    image = render_wall(branches, stores, clock=clock, link=link, width=width, height=height,
                        theme=theme_by_name(getattr(args, "theme", None) or "dark"),
                        kiosk=getattr(args, "kiosk", True))  # a laptop's type: the screenshots
    path = Path(getattr(args, "out", None) or "floorview-wall.png")
    if path.parent and not path.parent.exists():
        err.write(f"floorview snapshot: no folder {path.parent} to write {path.name} in\n")
        return EXIT_USAGE
    if not image.save(str(path)):
        err.write(f"floorview snapshot: could not write {path} (is its suffix an image format?)\n")
        return EXIT_USAGE
    out.write(f"{path}: {len(branches)} branches, {image.width()}×{image.height()}\n")
    return EXIT_OK


def choose_headless_platform(environ: Any = None, platform: str = sys.platform) -> str | None:
    """Pick Qt's ``offscreen`` platform when there is no display to open, before the
    QApplication exists; returns the platform set, or None when left to Qt.

    Without a display (no ``DISPLAY`` nor ``WAYLAND_DISPLAY``: a cron job, an SSH session,
    a systemd service) Qt's default ``xcb`` platform aborts the whole process (SIGABRT,
    exit 134: "could not connect to display"), and a snapshot needs no screen at all.
    An explicit ``QT_QPA_PLATFORM`` is always kept; Windows and macOS always have one.
    """
    environ = os.environ if environ is None else environ
    if environ.get("QT_QPA_PLATFORM") or not platform.startswith("linux"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    environ["QT_QPA_PLATFORM"] = "offscreen"
    log.info("no display: rendering with Qt's offscreen platform")
    return "offscreen"


def _slug(name: str) -> str:
    slug = "".join(c.lower() if c.isalnum() else "-" for c in name).strip("-")
    return "-".join(part for part in slug.split("-") if part) or "floor"


def _prompt(email: str) -> str | None:
    try:
        return getpass.getpass(translate("Snapshot", "Password for {0}: ").format(email))
    except (EOFError, KeyboardInterrupt):
        return None


def _vault() -> Any:
    try:
        from floorview.core.credentials import PasswordVault

        return PasswordVault()
    except Exception as e:  # no keyring backend here: the environment or a prompt will do
        log.info("no OS keyring: %s", e)
        return None
