"""Reliability figures the project reproduces: a chaos session and a live-path fuzz.

    bench/chaos [--duration 600] [--fuzz 100000] [--seed 4] [--speed 60] [--out FILE]

1. The chaos session: a stub child process (``python -m server_stub --simulate 5 --db F``,
   its service's clock ``--speed`` times the wall clock)
   on 127.0.0.1, followed by ``floorview watch --jsonl --dump`` and by the app offscreen,
   while faults come at random every 5-30 s (seeded, printed): SIGKILL and a restart on
   the same port and database, a freeze of 10-50 s (SIGSTOP, then SIGCONT), and sockets
   cut with ``ss -K`` (a restart instead where ``ss -K`` cuts nothing). Watch's state lines
   time each fault to "live" again and a freeze to leaving "live". At the end the
   simulator stops (SIGUSR1), watch gets a few seconds to catch up, is stopped with
   SIGINT, and its dump is compared field by field with ``GET /restaurant/tables``.
2. The live-path fuzz: a stub in process, a ``Session`` (its ``LiveConnection``)
   following it over the real socket, and N hostile payloads from a seeded generator sent
   in batches; each batch ends with a sentinel table the follower must show, so every
   payload went through before the next batch. Then, after one reconciliation, the
   follower's tables must equal the server's, and the process's RSS must stay bounded.

It prints its report, writes it as its own section of ``--out`` (between marker
comments: bench/week's section there is kept), and exits 0 only when no table diverged, no
follower crashed and every fault could be made: ``ss`` missing or failing is an error,
not a quiet restart. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.docsection import RELIABILITY_HEAD, write_section
from bench.followers import (
    EMAIL,
    PASSWORD,
    ROOT,
    divergent,
    follower_env,
    free_port,
    rss_mb,
    server_tables,
    start_app,
    start_watch,
    stop_children,
    wait_until,
)
from server_stub.testing import StubProcess, StubServer

__all__ = ["ROOT", "divergent"]  # bench/chaos's judges, as its tests import them
FAULT_GAP = (5.0, 30.0)
FREEZE = (10.0, 50.0)
SETTLE = 5.0  # seconds for watch to catch up once the simulator stopped
RSS_BOUND_MB = 64.0  # the fuzz's allowed growth of the process's resident memory
SECTION = "bench/chaos"  # its section of --out (bench/week writes another beside it)


def log(text: str) -> None:
    print(f"[chaos {datetime.now(UTC):%H:%M:%S}] {text}", flush=True)


# --- the chaos session ---------------------------------------------------------------------


@dataclass
class Fault:
    kind: str  # kill | freeze | cut | cut->restart
    at: float  # monotonic: when it began
    back: float = 0.0  # monotonic: when the server was serving again
    note: str = ""
    to_live: float | None = None  # seconds from ``back`` to watch's next "live"
    noticed: float | None = None  # freeze only: seconds from SIGSTOP to leaving "live"


class FaultFailed(RuntimeError):
    """A fault could not be made at all (not "it had nothing to act on"): the session
    would measure less than it says, so it fails."""


def cut_sockets(port: int) -> tuple[bool, str]:
    """``ss -K`` the client sockets to ``port``; True if it cut at least one, False if it
    ran and cut none (a kernel without CONFIG_INET_DIAG_DESTROY cuts nothing and says
    nothing). Raises FaultFailed when ``ss`` is missing, fails or hangs."""
    cmd = ["ss", "-K", "-t", "dst", "127.0.0.1", "dport", "=", str(port)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FaultFailed(f"ss failed: {e}") from e
    if r.returncode != 0:
        raise FaultFailed(f"ss -K exit {r.returncode}: {r.stderr.strip()[:100]}")
    lines = [ln for ln in r.stdout.splitlines()[1:] if ln.strip()]
    return bool(lines), f"{len(lines)} socket(s) cut"


def chaos_session(duration: float, seed: int, work: Path, app: bool,
                  speed: float = 60.0) -> dict[str, Any]:
    rng = random.Random(seed)
    port = free_port()
    db = work / "chaos.sqlite"
    stub_log = open(work / "stub.log", "w")  # noqa: SIM115 - closed in finally
    srv = StubProcess(db_path=db, args=["--simulate", "5", "--simulate-speed", str(speed)],
                      port=port, stderr=stub_log)
    children: list[subprocess.Popen] = []
    faults: list[Fault] = []
    result: dict[str, Any] = {"seed": seed, "duration": duration, "speed": speed}
    env = follower_env(work)  # the followers' settings and logs stay in work
    dump = work / "watch-dump.json"
    app_dump = work / "app-dump.json"
    try:
        srv.start()
        url = srv.url
        log(f"stub pid {srv.proc.pid} on {url}, db {db}, simulator 5 changes/s at {speed:g}x, seed {seed}")
        watch = start_watch(url, work, "--no-journal", dump=dump, env=env)
        wproc = watch.proc
        children.append(wproc)
        app_follower = aproc = None
        if app:
            app_follower = start_app(url, work, "--no-journal", dump=app_dump, env=env)
            aproc = app_follower.proc
            children.append(aproc)
        if not wait_until(lambda: watch.state == "live", 60):
            raise RuntimeError(f"watch never went live (state {watch.state})")
        log("watch is live; faults begin")
        start = time.monotonic()
        end = start + duration
        first = ["kill", "freeze", "cut"]
        rng.shuffle(first)  # each kind once first (in a seeded order), then at random
        while True:
            gap = rng.uniform(*FAULT_GAP)
            if time.monotonic() + gap >= end:
                break
            time.sleep(gap)
            kind = first.pop(0) if first else rng.choice(["kill", "freeze", "cut"])
            f = Fault(kind, time.monotonic())
            if kind == "kill":
                srv.kill()
                srv.start()
            elif kind == "freeze":
                hold = min(rng.uniform(*FREEZE), max(10.0, end - time.monotonic()))
                srv.freeze()
                time.sleep(hold)
                srv.thaw()
                f.note = f"frozen {hold:.1f} s"
            else:
                try:
                    ok, note = cut_sockets(port)
                except FaultFailed as e:
                    log(f"FAULT FAILED: {e}")
                    result.setdefault("fault_errors", []).append(str(e))
                    ok, note = False, f"FAILED ({e}); a restart instead"
                f.note = note
                if not ok:
                    f.kind = "cut->restart"
                    srv.kill()
                    srv.start()
            f.back = time.monotonic()
            faults.append(f)
            log(f"fault {len(faults)}: {f.kind} at +{f.at - start:.1f} s {f.note}".rstrip())
        # The end: let the last fault heal, stop the simulator, let watch catch up.
        time.sleep(max(0.0, min(5.0, end - time.monotonic())))
        wait_until(lambda: watch.state == "live", 30)
        srv.stop_simulation()
        log(f"simulator stopped; {SETTLE:.0f} s for watch to catch up")
        time.sleep(SETTLE)
        wait_until(lambda: watch.state == "live", 30)
        for f in faults:
            live = watch.first(f.back, lambda s: s == "live")
            f.to_live = None if live is None else live - f.back
            if f.kind == "freeze":
                left = watch.first(f.at, lambda s: s != "live")
                f.noticed = None if left is None or left > f.back else left - f.at
        server, _bid = server_tables(url)
        app_alive = aproc is not None and aproc.poll() is None
        wproc.send_signal(signal.SIGINT)
        try:
            wcode = wproc.wait(30)
        except subprocess.TimeoutExpired:
            wcode = "hung"
        crashes = []
        if wcode != 0:
            crashes.append(f"watch exit {wcode}")
        if aproc is not None and not app_alive:
            crashes.append(f"app died (exit {aproc.poll()})")
        mine = json.loads(dump.read_text()) if dump.exists() else []
        if not dump.exists():
            crashes.append("watch wrote no dump")
        bad = divergent(mine, server)
        app_bad: list[str] | None = None
        if aproc is not None and app_alive:
            if not wait_until(lambda: app_follower.state == "live", 30):
                log("the app is not live at the end")
            aproc.send_signal(signal.SIGTERM)  # the app quits cleanly, dumping its store
            try:
                acode = aproc.wait(30)
            except subprocess.TimeoutExpired:
                acode = "hung"
            if acode != 0:
                crashes.append(f"app exit {acode} on SIGTERM")
            if app_dump.exists():
                app_bad = divergent(json.loads(app_dump.read_text()), server)
            else:
                crashes.append("the app wrote no dump")
        result.update(
            faults=faults, changes=watch.changes, states=len(watch.states),
            divergent=bad, app_divergent=app_bad, tables=len(server), crashes=crashes,
            app="alive at the end" if app_alive else ("not run" if aproc is None else "died"),
            stub_restarts=sum(f.kind in ("kill", "cut->restart") for f in faults),
        )
        return result
    finally:
        stop_children(children)
        srv.stop()
        stub_log.close()


# --- the live-path fuzz --------------------------------------------------------------------

EVENTS = ["tableStatusUpdate", "tableAssignmentUpdate", "tableCreated", "tableUpdated",
          "tableDeleted"]
ODD = [None, True, False, -1, 0, 1.5, 10**18, -(10**18), 2**70, "", "x" * 300, [], {},
       [1, [2, [3]]], {"a": {"b": None}}, float("1e308"), "7", "NaN"]


class Hostile:
    """A seeded generator of hostile (event, payload) pairs, shaped after real tables."""

    def __init__(self, seed: int, tables: list[dict]) -> None:
        self.rng = random.Random(seed)
        self.tables = tables
        self.kinds: dict[str, int] = {}

    def _count(self, kind: str) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def nest(self, depth: int) -> Any:
        value: Any = {"id": "deep"}
        for _ in range(depth):
            value = [value] if self.rng.random() < 0.5 else {"n": value}
        return value

    def one(self) -> tuple[str, Any]:
        r = self.rng
        base = dict(r.choice(self.tables))
        event = r.choice(EVENTS)
        kind = r.choice(["wrong-type", "version", "long-id", "deep", "unknown-event",
                         "missing", "not-an-object", "forged", "phantom", "forged-delete"])
        self._count(kind)
        if kind == "wrong-type":
            key = r.choice(list(base))
            base[key] = r.choice(ODD)
        elif kind == "version":
            base["version"] = r.choice([10**18, 2**63, 2**64 + 1, -1, -(2**40), 0,
                                        base["version"] + r.randint(1000, 10**9), 1.5, "9"])
        elif kind == "long-id":
            base["id"] = r.choice(["x", "é", "\u0000", "a/b"]) * r.randint(257, 400)
        elif kind == "deep":
            return event, self.nest(r.randint(20, 400))
        elif kind == "unknown-event":
            event = r.choice(["tableExploded", "", "x" * 200, "joinBranch", "exception!",
                              "connect", "TABLECREATED"])
        elif kind == "missing":
            for key in r.sample(list(base), r.randint(1, len(base))):
                del base[key]
        elif kind == "not-an-object":
            return event, r.choice([None, 42, "tableDeleted", [base], [[]], True])
        elif kind == "forged":  # well formed, one version up: applied, healed later
            base["version"] += 1
            base["status"] = r.choice(["available", "occupied", "cleaning", "reserved"])
            event = r.choice(EVENTS[:2] + ["tableUpdated"])
        elif kind == "phantom":
            base["id"] = f"phantom-{r.getrandbits(48):x}"
            event = "tableCreated"
        elif kind == "forged-delete":
            return "tableDeleted", {"id": base["id"]}
        if event == "tableDeleted" and r.random() < 0.5:
            return event, {"id": base.get("id")}
        return event, base


async def _fuzz(count: int, seed: int, batch: int) -> dict[str, Any]:
    from floorview.core.live import ConnState
    from floorview.core.rest import RestClient
    from floorview.core.session import Session

    srv = StubServer(rest_rate_limit=(10**6, 1.0), login_rate_limit=(10**6, 1.0),
                     ws_rate_limit=10**6)
    srv.start()
    session = None
    rest = None
    loop = asyncio.get_running_loop()
    try:
        server, bid = server_tables(srv.url)
        rest = RestClient(srv.url)
        rest.login(EMAIL, PASSWORD)
        period = 5.0
        session = Session(rest, bid, live_options={"reconcile_period": period})
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=30)
        gen = Hostile(seed, server)
        rss = [rss_mb()]
        sent = 0
        started = time.monotonic()
        template = dict(server[0])
        n = 0
        # A sentinel is a table only this harness made up: the periodic reconciliation
        # rightly removes it again (absent from the server's snapshot), so "seen" is
        # "applied once", not "held now".
        seen: set[str] = set()
        session.store.subscribe(lambda update: seen.update(
            c.table_id for c in update.changes if c.after is not None))
        while sent < count:
            items = [gen.one() for _ in range(min(batch, count - sent))]
            n += 1
            sentinel = {**template, "id": f"sentinel-{n}", "version": 1}
            items.append(("tableCreated", sentinel))
            await loop.run_in_executor(None, srv.inject_many, items, bid)
            sent += len(items) - 1
            deadline = time.monotonic() + 60
            while sentinel["id"] not in seen:
                if time.monotonic() > deadline or not session.live.running:
                    raise RuntimeError(f"the follower lost the stream after {sent} payloads "
                                       f"(state {session.live.status.state})")
                await asyncio.sleep(0.01)
            rss.append(rss_mb())
        took = time.monotonic() - started
        ours = [t.to_json() for t in session.store.tables.values()]
        before = len(divergent(ours, server))
        # One reconciliation (every ``period`` s while live) must heal every forged event.
        healed_at = None
        deadline = time.monotonic() + 3 * period
        while time.monotonic() < deadline:
            ours = [t.to_json() for t in session.store.tables.values()]
            if not divergent(ours, server):
                healed_at = time.monotonic()
                break
            await asyncio.sleep(0.1)
        after = divergent([t.to_json() for t in session.store.tables.values()], server)
        state = session.live.status.state.value
        return {
            "payloads": sent, "batches": n, "seconds": took, "rate": sent / took,
            "kinds": dict(sorted(gen.kinds.items())), "divergent_before": before,
            "divergent_after": len(after), "heal_seconds": None if healed_at is None else
            healed_at - started - took, "state": state,
            "rss_start": rss[0], "rss_peak": max(rss), "rss_end": rss[-1],
            "rss_ok": max(rss) - rss[0] < RSS_BOUND_MB, "period": period,
        }
    finally:
        if session is not None:
            await session.stop()
        if rest is not None:
            rest.close()
        srv.stop()


def fuzz(count: int, seed: int, batch: int = 1000) -> dict[str, Any]:
    return asyncio.run(_fuzz(count, seed, batch))


# --- the report ------------------------------------------------------------------------------


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f} s"


def report(chaos: dict[str, Any] | None, fz: dict[str, Any] | None, command: str,
           took: float) -> tuple[str, bool]:
    lines = ["## Kills, freezes, cut sockets and hostile payloads (`bench/chaos`)", "",
             "Written by `bench/chaos` (bench/chaos.py); reproduce with the command below.", "",
             f"- machine: {platform.node()} · {platform.platform()} · {os.cpu_count()} cores · "
             f"Python {platform.python_version()}",
             f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC · whole run {took:.0f} s",
             f"- command: `{command}`", ""]
    ok = True
    if chaos is not None:
        faults: list[Fault] = chaos["faults"]
        kinds: dict[str, int] = {}
        for f in faults:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        to_live = [f.to_live for f in faults if f.to_live is not None]
        never = sum(f.to_live is None for f in faults)
        noticed = [f.noticed for f in faults if f.kind == "freeze"]
        app_bad = chaos.get("app_divergent")
        app_text = "not compared" if app_bad is None else f"{len(app_bad)} of {chaos['tables']}"
        errors = chaos.get("fault_errors", [])
        ok &= not chaos["divergent"] and not chaos["crashes"] and not app_bad and not errors
        lines += [
            "### Chaos session", "",
            f"A stub child process (`python -m server_stub --simulate 5 --simulate-speed "
            f"{chaos['speed']:g} --db F`, fixed "
            f"FLOORVIEW_STUB_SECRET) for {chaos['duration']:.0f} s, seed {chaos['seed']}, a fault "
            f"every {FAULT_GAP[0]:.0f}-{FAULT_GAP[1]:.0f} s; followed by `floorview watch "
            "--jsonl --dump` and by the app offscreen (`bench/app_driver.py --dump`). At the "
            f"end the simulator stops (SIGUSR1), both have {SETTLE:.0f} s to catch up, then "
            "watch gets SIGINT and the app SIGTERM; each one's tables (watch's dump, the "
            "app's store as it shut down) are compared field by field with "
            "`GET /restaurant/tables`.", "",
            "| figure | value |", "|---|---|",
            f"| faults | {len(faults)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) or 'none'}) |",
            f"| events seen by watch (table changes printed) | {chaos['changes']} |",
            f"| watch state lines | {chaos['states']} |",
            f"| divergent tables at the end, watch | {len(chaos['divergent'])} of {chaos['tables']} |",
            f"| divergent tables at the end, the app | {app_text} |",
            f"| faults that could not be made | {len(errors)}{': ' + '; '.join(errors) if errors else ''} |",
            f"| crashes | {len(chaos['crashes'])}{': ' + '; '.join(chaos['crashes']) if chaos['crashes'] else ''} |",
            f"| the app offscreen | {chaos['app']} |",
            f"| fault to live (p50 / max, from the server serving again) | "
            f"{_fmt(statistics.median(to_live) if to_live else None)} / "
            f"{_fmt(max(to_live) if to_live else None)}"
            f"{f' ({never} never live again)' if never else ''} |",
            f"| time to notice a frozen server (each) | "
            f"{', '.join(_fmt(v) if v is not None else 'not noticed' for v in noticed) or 'no freeze'} |",
            "", "Each fault:", "", "| # | kind | note | to live | noticed |", "|---|---|---|---|---|"]
        for i, f in enumerate(faults, 1):
            lines.append(f"| {i} | {f.kind} | {f.note} | {_fmt(f.to_live)} | "
                         f"{_fmt(f.noticed) if f.kind == 'freeze' else ''} |")
        if any(f.kind == "cut->restart" for f in faults):
            lines += ["", "`ss -K` cut no socket here (it needs root and a kernel with "
                      "CONFIG_INET_DIAG_DESTROY), so each cut was a SIGKILL and restart instead."]
        lines.append("")
    if fz is not None:
        fz_ok = fz["divergent_after"] == 0 and fz["rss_ok"] and fz["state"] == "live"
        ok &= fz_ok
        lines += [
            "### Live-path fuzz", "",
            "A stub in process (`StubServer.inject_many`), a `Session` following it over the "
            f"real socket.io path, {fz['payloads']} seeded hostile payloads in {fz['batches']} "
            "batches, each ended by a sentinel table the follower must show before the next "
            f"batch; reconciliation every {fz['period']:.0f} s.", "",
            "| figure | value |", "|---|---|",
            f"| payloads | {fz['payloads']} in {fz['seconds']:.1f} s ({fz['rate']:.0f}/s) |",
            f"| kinds | {', '.join(f'{k} {v}' for k, v in fz['kinds'].items())} |",
            f"| divergent tables right after the fuzz (forged events) | {fz['divergent_before']} |",
            f"| divergent tables after one reconciliation | {fz['divergent_after']} "
            f"(healed {_fmt(fz['heal_seconds'])} after the last payload) |",
            f"| connection state at the end | {fz['state']} |",
            f"| RSS start / peak / end | {fz['rss_start']:.0f} / {fz['rss_peak']:.0f} / "
            f"{fz['rss_end']:.0f} MB ({'bounded' if fz['rss_ok'] else 'GREW'}: limit "
            f"+{RSS_BOUND_MB:.0f} MB) |",
            f"| result | {'pass' if fz_ok else 'FAIL'} |", ""]
    lines += [f"**Overall: {'pass' if ok else 'FAIL'}** (0 divergent tables, 0 crashes and every fault made "
              "required; times are reported, never asserted).", ""]
    return "\n".join(lines), ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/chaos", description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=600.0, help="chaos seconds (default 600)")
    p.add_argument("--fuzz", type=int, default=100_000, help="hostile payloads (default 100000)")
    p.add_argument("--seed", type=int, default=4,
                   help="seed of the faults and payloads (default 4: each kind of fault within 60 s)")
    p.add_argument("--speed", type=float, default=60.0,
                   help="the simulated service's clock against the wall clock (default 60: at "
                        "1 a 10-minute session sees only about 60 table changes)")
    p.add_argument("--no-app", action="store_true", help="watch only, not the app offscreen")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = p.parse_args(argv)
    # SIGTERM (bench/chaos's timeout) unwinds like Ctrl-C: every child is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    command = "bench/chaos " + shlex.join(argv if argv is not None else sys.argv[1:])
    if args.duration > 0 and shutil.which("ss") is None:
        print("bench/chaos: `ss` (Debian's iproute2) is needed to cut sockets and is not on "
              "PATH; scripts/setup installs it", file=sys.stderr)
        return 2
    started = time.monotonic()
    chaos = fz = None
    with tempfile.TemporaryDirectory(prefix="floorview-chaos-") as tmp:
        if args.duration > 0:
            chaos = chaos_session(args.duration, args.seed, Path(tmp), not args.no_app,
                                  args.speed)
        if args.fuzz > 0:
            log(f"fuzz: {args.fuzz} hostile payloads")
            fz = fuzz(args.fuzz, args.seed)
    text, ok = report(chaos, fz, command.strip(), time.monotonic() - started)
    print(text)
    write_section(args.out, SECTION, text, head=RELIABILITY_HEAD)
    log(f"wrote {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
