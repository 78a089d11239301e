"""``floorview seat``: where the party at the door sits, who serves them, or how long.

    floorview seat --party 4 [--branch NAME] [--json] [--mode rotation|strict|covers]

It signs in like ``floorview watch`` (the password from FLOORVIEW_PASSWORD, the OS
keyring or a prompt; or a token in FLOORVIEW_TOKEN), fetches the branch's plans,
sections, users and tables once over REST, reads the turn history from the branch's
journals (``--journal FILE|FOLDER``; none with ``--no-journal``) for "likely free next",
and prints the options of :func:`floorview.core.seating.rank`, best first, each with its
reason; ``--json``: a list of ``{"tables", "tableIds", "seats", "now", "freeAt",
"serverId", "reason"}``. When nothing seats the party now and the best option has a
time, that is the quote a host gives: it is kept in the branch's journal (the same
``--journal``; none with ``--no-journal``), for the night's report to say how close it was.

Exit codes (:mod:`floorview.commands.exits`, as ``floorview watch``): 0 ok, 2 bad usage,
3 bad credentials, 4 unknown branch or forbidden, 5 server unreachable, 1 anything else.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path
from typing import Any, TextIO

from floorview.commands.exits import EXIT_OK, EXIT_USAGE, exit_for
from floorview.core.credentials import PasswordVault
from floorview.core.evening import Segment, history_for
from floorview.core.quotes import QuoteBook
from floorview.core.rest import ApiError, RestClient
from floorview.core.seating import MODES, Option, rank
from floorview.core.session import (
    Authenticator,
    MissingCredentials,
    UnknownBranch,
    resolve_branch,
    rest_from_options,
)
from floorview.core.store import BranchStore
from floorview.core.turns import TurnBook
from floorview.core.words import translate
from floorview.options import add_journal_options

log = logging.getLogger(__name__)

#: A party larger than this is a typo (a covers count, a phone number), not a party.
MAX_PARTY = 500


def _party(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Seat", "not a number of guests: {0!r}").format(text)) from None
    if not 1 <= value <= MAX_PARTY:
        raise argparse.ArgumentTypeError(translate("Seat", "a party is 1 to {0} guests").format(MAX_PARTY))
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--party", type=_party, required=True, metavar="N",
                        help="how many guests are at the door")
    parser.add_argument("--json", action="store_true", help="the options as a JSON list")
    parser.add_argument("--mode", choices=MODES, default="rotation",
                        help="who serves next: rotation (default: longest since their last "
                             "party, skipping anyone well ahead on covers), strict (no "
                             "skipping) or covers (fewest covers first)")
    add_journal_options(parser, defaults=False)


def _fail(err: TextIO, code: int, text: str) -> int:
    err.write(f"floorview seat: {text}\n")
    err.flush()
    return code


def _prompt(email: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("Seat", "Password for {0}: ").format(email))


def _history(args: argparse.Namespace, branch_id: str) -> list[Segment]:
    if getattr(args, "no_journal", False):
        return []
    where = getattr(args, "journal", None)
    if where:
        path = Path(where)
        if path.is_dir():
            return history_for(branch_id, folder=path)
        return history_for(branch_id, path=path) if path.exists() else []
    return history_for(branch_id)


def main(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None,
         env: Mapping[str, str] | None = None, vault: PasswordVault | None = None,
         prompt: Any = _prompt, rest: RestClient | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    env = os.environ if env is None else env
    if not getattr(args, "server", None):
        return _fail(err, EXIT_USAGE, translate("Seat", "give --server URL (or FLOORVIEW_SERVER)"))
    try:
        rest = rest or rest_from_options(args)
    except ValueError as e:
        return _fail(err, EXIT_USAGE, str(e))
    try:
        auth = Authenticator(rest, email=getattr(args, "email", None), env=env,
                             vault=vault if vault is not None else PasswordVault(),
                             prompt=prompt, keep=False)
        auth.sign_in()
        branch = resolve_branch(rest.branches(), getattr(args, "branch", None))
        store = BranchStore(branch.id)
        store.set_reference(branch=branch, floor_plans=rest.floor_plans(branch.id),
                            sections=rest.sections(branch.id), users=rest.users(branch.id))
        store.apply_snapshot(rest.tables(branch.id))
        now = rest.server_clock()
    except (MissingCredentials, UnknownBranch, ApiError) as e:
        return _fail(err, *exit_for(e))
    finally:
        rest.close()
    book = TurnBook(store, clock=rest.server_clock)
    book.set_history(_history(args, branch.id))
    options = rank(store.tables.values(), args.party, now=now, sections=store.sections,
                   names={uid: u.name for uid, u in store.users.items()},
                   estimates=book.estimates(), history=book.history,
                   zone=branch.zone, mode=args.mode)
    book.detach()
    quotes = QuoteBook.at(branch.id, zone=branch.zone, journal_option=getattr(args, "journal", None),
                          no_journal=getattr(args, "no_journal", False))
    if quotes is not None:
        quotes.record(options, now=now, party=args.party)
    if args.json:
        out.write(json.dumps([o.to_json() for o in options], ensure_ascii=False, indent=2) + "\n")
    else:
        party = args.party
        out.write(translate("Seat", "A party of %n at {0}:", None, party).format(branch.name) + "\n")
        for i, o in enumerate(options, 1):
            out.write(f"{i}. {_line(o, branch.zone)}\n")
    out.flush()
    return EXIT_OK


def _line(o: Option, zone: tzinfo | None) -> str:
    """The reason, and a likely-free time on the branch's clock."""
    if o.now or o.free_at is None:
        return o.reason
    return translate("Seat", "{0} [free at {1}]").format(o.reason, f"{o.free_at.astimezone(zone):%H:%M}")
