"""``floorview watch``: what a host stand sees, as lines on a terminal.

Built only on the Qt-free core (Authenticator, Session, LiveConnection, BranchStore), on
a plain asyncio loop. It prints each connection state and each effective change of a
table as one line, flushed as it happens (``--jsonl``: one JSON object a line, with the
table's id and version). On Ctrl-C (or SIGTERM), after ``--duration`` seconds, or when
the connection ends (unauthorized, forbidden), it writes ``--dump FILE``: the tables it
holds as contract JSON, a list sorted by id, exactly as the server sent them (and none
when they were never loaded: the exit code is not 0 then).

``--all-branches`` follows every branch the user may see over one socket
(:class:`~floorview.core.group.GroupFollower`): each line names its branch (``--jsonl``:
``branchId`` and ``branch``), and ``--dump`` holds every table of every branch loaded,
each with its ``branchId``, sorted by id. A branch's own trouble (forbidden, a snapshot
that keeps failing) is its lines; only the sign-in's ends the watch.

Exit codes (:mod:`floorview.commands.exits`): 0 ok, 2 bad usage, 3 bad credentials, 4 unknown
branch or forbidden, 5 server unreachable, 1 anything else.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import getpass
import json
import logging
import os
import signal
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from floorview.commands.exits import (
    EXIT_BRANCH,
    EXIT_CREDENTIALS,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    exit_for,
)
from floorview.core.credentials import PasswordVault
from floorview.core.group import GroupFollower
from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.live.group import BranchState
from floorview.core.model import Branch, Table, format_time
from floorview.core.recorder import RecorderState, recorder_for
from floorview.core.rest import ApiError, RestClient
from floorview.core.session import (
    Authenticator,
    MissingCredentials,
    Session,
    UnknownBranch,
    resolve_branch,
    rest_from_options,
)
from floorview.core.store import BranchStore, Change, Update
from floorview.core.words import translate
from floorview.options import add_journal_options, add_reconcile_option, seconds

log = logging.getLogger(__name__)

#: States that end the watch, and its exit code then.
_STATE_EXIT = {
    ConnState.UNAUTHORIZED: EXIT_CREDENTIALS,
    ConnState.FORBIDDEN: EXIT_BRANCH,
    ConnState.FAILED: EXIT_ERROR,
}
#: Also the exit code when the watch ends in this state: never connected at all.
_FINAL_EXIT = {**_STATE_EXIT, ConnState.UNREACHABLE: EXIT_UNREACHABLE}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jsonl", action="store_true", help="one JSON object a line")
    parser.add_argument("--dump", type=Path, metavar="FILE",
                        help="at the end, write the tables as contract JSON (a list sorted by id)")
    parser.add_argument("--duration", type=seconds, metavar="S",
                        help="stop after S seconds (default: run until Ctrl-C)")
    parser.add_argument("--all-branches", action="store_true", default=False,
                        help="follow every branch the user may see (each line names its "
                             "branch; --dump holds every branch's tables)")
    parser.add_argument("--keep-password", action="store_true",
                        help="keep the password in the OS keyring to sign in again when the token expires")
    add_reconcile_option(parser, defaults=False)
    add_journal_options(parser, defaults=False)


class Printer:
    """Writes states and changes as lines, flushed one by one."""

    def __init__(self, out: TextIO, *, jsonl: bool, clock=lambda: datetime.now(UTC)) -> None:
        self.out = out
        self.jsonl = jsonl
        self.clock = clock
        self.users: Mapping[str, Any] = {}

    def _write(self, line: str) -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def status(self, status: ConnectionStatus | BranchState, branch: Branch | None = None) -> None:
        if self.jsonl:
            self._write(json.dumps({
                "type": "state",
                **_branch_fields(branch),
                "at": format_time(self.clock()),
                "state": status.state.value,
                "since": format_time(status.since),
                "asOf": format_time(status.as_of) if status.as_of else None,
                "message": status.message,
                "attempt": getattr(status, "attempt", 0),
            }))
            return
        # the state's own word stays as the contract spells it: scripts look for "state live"
        parts = [translate("Watch", "{0} state {1}").format(
            " ".join([_clock(self.clock()), *_branch_words(branch)]), status.state.value)]
        if status.as_of and status.state is not ConnState.LIVE:
            parts.append(translate("Watch", "(as of {0})").format(_clock(status.as_of)))
        if status.message:
            parts.append("- " + status.message)
        self._write(" ".join(parts))

    def update(self, update: Update, branch: Branch | None = None) -> None:
        for change in sorted(update.changes, key=lambda c: c.table_id):
            self.change(change, resync=update.resynced, branch=branch)

    def change(self, change: Change, *, resync: bool = False, branch: Branch | None = None) -> None:
        table = change.table
        aspects = sorted(a.value for a in change.aspects)
        if self.jsonl:
            self._write(json.dumps({
                "type": "change",
                **_branch_fields(branch),
                "at": format_time(self.clock()),
                "id": table.id,
                "version": table.version,
                "number": table.number,
                "aspects": aspects,
                "deleted": change.after is None,
                "resync": resync,
                "table": change.after.to_json() if change.after else None,
            }, sort_keys=False))
            return
        head = translate("Watch", "{0} table {1} [{2}] v{3}").format(
            " ".join([_clock(self.clock()), *_branch_words(branch)]), table.number, table.id,
            table.version)
        if change.after is None:
            self._write(translate("Watch", "{0} deleted", "a table").format(head))
            return
        self._write(f"{head} {self._describe(change.after)} ({', '.join(aspects)})"
                    + (" " + translate("Watch", "[resync]") if resync else ""))

    def _describe(self, t: Table) -> str:
        text = f"{t.status_text} {t.seats_text}"
        if t.server_id:
            user = self.users.get(t.server_id)
            text += " " + translate("Watch", "server {0}").format(getattr(user, "name", t.server_id))
        return text


def _branch_fields(branch: Branch | None) -> dict[str, str]:
    return {} if branch is None else {"branchId": branch.id, "branch": branch.name}


def _branch_words(branch: Branch | None) -> list[str]:
    return [] if branch is None else [f"[{branch.name}]"]


def _clock(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%H:%M:%S.") + f"{when.microsecond // 1000:03d}"


def write_dump(path: Path, tables: Mapping[str, Table]) -> None:
    """The tables as contract JSON, sorted by id; written whole or not at all."""
    data = [tables[tid].to_json() for tid in sorted(tables)]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _fail(err: TextIO, code: int, text: str) -> int:
    err.write(f"floorview watch: {text}\n")
    err.flush()
    return code


def _exit(err: TextIO, e: MissingCredentials | UnknownBranch | ApiError, doing: str) -> int:
    code, text = exit_for(e)
    return _fail(err, code, f"{doing}: {text}")


def _prompt(email: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("Watch", "Password for {0}: ").format(email))


def main(
    args: argparse.Namespace,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    env: Mapping[str, str] | None = None,
    vault: PasswordVault | None = None,
    prompt=_prompt,
    rest: RestClient | None = None,
    live_options: Mapping[str, Any] | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    env = os.environ if env is None else env
    if not args.server:
        return _fail(err, EXIT_USAGE, translate("Watch", "give --server URL (or FLOORVIEW_SERVER)"))
    try:
        rest = rest or rest_from_options(args)
    except ValueError as e:
        return _fail(err, EXIT_USAGE, str(e))
    auth = Authenticator(
        rest,
        email=args.email,
        env=env,
        vault=vault if vault is not None else PasswordVault(),
        prompt=prompt,
        keep=getattr(args, "keep_password", False),
    )
    try:
        user = auth.sign_in()
    except MissingCredentials as e:
        return _fail(err, *exit_for(e))
    except ApiError as e:
        return _exit(err, e, translate("Watch", "signing in to {0}").format(rest.base_url))
    all_branches = getattr(args, "all_branches", False)
    if all_branches and (args.branch or getattr(args, "journal", None)):
        return _fail(err, EXIT_USAGE, translate("Watch", "--all-branches follows every branch: give no "
                                                         "--branch and no --journal"))
    try:
        branches = rest.branches()
        if all_branches:
            return _run(_watch_group(args, rest, auth, branches, out, err,
                                     _options(args, live_options)))
        branch = resolve_branch(branches, args.branch)
    except UnknownBranch as e:
        return _fail(err, *exit_for(e))
    except ApiError as e:
        return _exit(err, e, translate("Watch", "listing the branches"))
    if user is not None:
        log.info("watching %s as %s", branch.name, user.email)
    return _run(_watch(args, rest, auth, branch, out, err, _options(args, live_options)))


def _options(args: argparse.Namespace, live_options: Mapping[str, Any] | None) -> dict[str, Any]:
    options = dict(live_options or {})
    if getattr(args, "reconcile", None):
        options.setdefault("reconcile_period", args.reconcile)
    return options


def _run(coro) -> int:
    try:
        return asyncio.run(coro)
    except KeyboardInterrupt:  # only when the signal handler could not be installed
        return EXIT_OK


async def _until_stopped(args: argparse.Namespace, ended: Any) -> None:
    """Until Ctrl-C or SIGTERM, ``--duration``, or ``ended`` (a coroutine) returns."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    waits = [asyncio.ensure_future(ended), asyncio.ensure_future(stop.wait())]
    if args.duration:
        waits.append(asyncio.ensure_future(asyncio.sleep(args.duration)))
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waits:
            w.cancel()
        for sig in installed:
            loop.remove_signal_handler(sig)


def _journal_line(err: TextIO, state: RecorderState) -> None:
    """One line on stderr when the journal pauses, records again, or moves a damaged
    file aside (not at each retry of a paused one)."""
    if state.event in ("paused", "resumed", "moved_aside"):
        err.write(f"floorview watch: {state.describe()}\n")
        err.flush()


async def _watch(args, rest, auth, branch, out, err, live_options) -> int:
    # the lines' times and the journal's on the server's clock, as the tables' stamps are
    printer = Printer(out, jsonl=args.jsonl, clock=rest.server_clock)
    store = BranchStore(branch.id)
    # subscribed first: it sees the reference too
    recorder = recorder_for(args, store, clock=rest.server_clock)
    if recorder is not None:
        recorder.listen(functools.partial(_journal_line, err))

    def on_status(status: ConnectionStatus) -> None:
        printer.status(status)
        if recorder is not None:
            recorder.status(status)

    session = Session(
        rest,
        branch,
        store=store,
        user=auth.user,
        reauth=auth.reauth if auth.can_reauth else None,
        on_status=on_status,
        live_options=live_options,
    )

    def on_update(update: Update) -> None:
        printer.users = session.store.users
        printer.update(update)

    session.store.subscribe(on_update)
    await session.start()
    try:
        await _until_stopped(args, session.live.wait_for(*_STATE_EXIT))
    finally:
        final = session.live.status
        await session.stop()
        if args.dump and final.as_of is not None:
            write_dump(args.dump, session.store.tables)
        elif args.dump:  # never loaded: an empty list would say the branch has no tables
            _fail(err, EXIT_OK, translate("Watch", "{0} not written: the branch's tables were never loaded")
                  .format(args.dump))
        if recorder is not None:
            recorder.close()
        rest.close()
    code = _FINAL_EXIT.get(final.state, EXIT_OK)
    if code != EXIT_OK:
        return _fail(err, code, f"{final.state.value}: {final.message or final.state.label}")
    if args.dump and final.as_of is None:  # still connecting at the end: no dump, not 0
        return _fail(err, EXIT_UNREACHABLE,
                     f"{final.state.value}: {final.message or final.state.label}")
    return code


async def _watch_group(args, rest, auth, branches, out, err, live_options) -> int:
    """Every branch of ``branches`` over one socket: its states and changes as lines."""
    printer = Printer(out, jsonl=args.jsonl, clock=rest.server_clock)
    follower = GroupFollower(rest, branches, reauth=auth.reauth if auth.can_reauth else None,
                             reference=("users",) if not args.jsonl else (),
                             live_options=live_options)

    def on_change(branch_id: str, update: Update | None) -> None:
        branch = follower.branches[branch_id]
        if update is None:
            printer.status(follower.states[branch_id], branch)
            return
        printer.users = follower.stores[branch_id].users
        printer.update(update, branch)

    follower.subscribe(on_change)
    log.info("watching %d branches", len(branches))
    await follower.start()
    try:
        await _until_stopped(args, follower.live.wait_for(*_STATE_EXIT))
    finally:
        final = follower.status
        await follower.stop()
        follower.close()
        loaded = [b for b in branches if follower.states[b.id].as_of is not None]
        if args.dump and loaded:
            tables = {tid: t for b in loaded for tid, t in follower.stores[b.id].tables.items()}
            write_dump(args.dump, tables)
            if len(loaded) < len(branches):
                _fail(err, EXIT_OK, f"{args.dump}: {len(branches) - len(loaded)} of "
                                    f"{len(branches)} branches were never loaded and are not in it")
        elif args.dump:
            _fail(err, EXIT_OK, f"{args.dump} not written: no branch's tables were ever loaded")
        rest.close()
    code = _FINAL_EXIT.get(final.state, EXIT_OK)
    if code != EXIT_OK:
        return _fail(err, code, f"{final.state.value}: {final.message or final.state.label}")
    return code
