"""An unattended week of a host stand, compressed into minutes.

    bench/week [--duration 1800] [--seed 7] [--speed 600] [--out FILE]

A stub child process (``python -m server_stub --simulate 5 --simulate-speed 600 --db F
--token-ttl T``, T drawn from 20-30 s, so a token expires again and again), and in front
of it a misbehaving proxy (``server_stub.proxy.FaultProxy``, on a thread of this process)
through which both followers talk: ``floorview watch --jsonl --dump --journal J1`` and the
app offscreen (bench/app_driver.py, its journal J2). Every 5-30 s (seeded) a fault, each
kind once first, then at random:

* the server: SIGKILL and a restart on the same port and database; a freeze (SIGSTOP for
  10-50 s, then SIGCONT); a clock jump (a restart with ``--clock-offset`` S, when the stub
  offers it; else skipped, said in the report);
* the proxy: the next table list answered by an HTML 502, held 2-15 s, cut mid-body,
  truncated JSON, a wrong shape, one unreadable item, decimal strings; its WebSockets cut;
* the disk: when root, the journals and the app's log folder live on a small tmpfs this
  bench mounts, and a file fills it for 20-60 s (skipped, and said, when not root).

At the end the simulator stops (SIGUSR1), both followers catch up and are stopped; each
one's tables are compared field by field with the server's (``divergent``), each change
it applied is looked for in its journal (``floorview.core.journal.read``), and its log's
"signing in again" lines are counted as token expiries survived when it was live again
after each. The app's resident memory is sampled once a minute.

It prints its report, writes it as its own section of ``--out`` (bench/chaos's section
there is kept), and exits 0 only when both followers are alive and live at the end, 0
tables diverge, each survived enough expiries, no journal change was lost outside the
disk-full episodes, and every fault asked for was made.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import math
import os
import random
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.chaos import FAULT_GAP, FREEZE, SETTLE, FaultFailed
from bench.docsection import RELIABILITY_HEAD, write_section
from bench.followers import (
    ROOT,
    Follower,
    applied_from_lines,
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
from bench.week_judges import (
    RECONCILE_S,
    Made,
    lost_changes,
    needed_expiries,
    report,
    rss_flat,
    survived,
)
from floorview.core.journal import JournalError
from floorview.core.journal import read as read_journal
from server_stub.proxy import DECIMAL_FIELDS, FaultProxy
from server_stub.testing import StubProcess

SECTION = "bench/week"  # its section of --out (bench/chaos writes another beside it)
TTL = (20, 30)  # the tokens' lifetime, seconds
RATE = 5  # the simulator's changes a second, at most
DISK_FULL = (20.0, 60.0)
TMPFS_MB = 4  # the tmpfs's size before the journals' growth is added (see tmpfs_mb)
WAL_MB = 5  # a journal's write-ahead log at its largest
DELAY = (2.0, 15.0)
CUT_WAIT = 30.0  # s to wait for a WebSocket to cut
CLOCK_OPTION = "--clock-offset"
CLOCK_JUMP = 3600.0  # a jump's offset is drawn from +-this many seconds
PROXY_KINDS = ("html502", "delay", "cut", "truncate", "wrong_shape", "bad_item", "decimal")
KINDS = ("kill", "freeze", "clock_jump", "cut_sockets", *PROXY_KINDS, "disk_full")
RSS_EVERY = 60.0
ENDED = ("unauthorized", "forbidden", "failed")  # states a follower does not leave by itself
#: Proxy faults a follower heals only at its next reconciliation: a table list with an
#: unreadable item is read without that table; one in decimal strings ("0.00" as the
#: rotation) was read without any table, an empty floor for up to a minute.
HEALED_LATER = ("bad_item", "decimal")


def log(text: str) -> None:
    print(f"[week {datetime.now(UTC):%H:%M:%S}] {text}", flush=True)


# --- the faults ---------------------------------------------------------------------------


def stub_offers(option: str) -> bool:
    """Whether ``python -m server_stub`` has ``option`` (its --help names it)."""
    r = subprocess.run([sys.executable, "-m", "server_stub", "--help"], capture_output=True,
                       text=True, timeout=60, cwd=ROOT)
    return option in r.stdout


def tmpfs_mb(duration: float) -> int:
    """The tmpfs's size: TMPFS_MB free beside what the two journals take, so that only
    the fill fills it: each its write-ahead log (SQLite checkpoints it at 1,000 pages of
    4 KiB; 3.5 MB seen within 90 s) and its file (0.9 KB a change measured, at most RATE
    changes a second; 1.2 KB counted)."""
    return TMPFS_MB + 2 * (WAL_MB + math.ceil(RATE * duration * 1.2 / 1024))


def mount_tmpfs(path: Path, mb: int) -> None:
    """Mount a tmpfs of ``mb`` MiB at ``path``; FaultFailed when it could not be done."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={mb}M", "tmpfs", str(path)],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise FaultFailed(f"mount failed: {e}") from e
    if r.returncode != 0:
        raise FaultFailed(f"mount -t tmpfs exit {r.returncode}: {r.stderr.strip()[:100]}")


def unmount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True, timeout=30).returncode:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


def fill(path: Path, chunk: int = 1 << 16) -> int:
    """Write ``path`` until its filesystem is full; the bytes written. Raises FaultFailed
    when no write fails (the disk never filled)."""
    written = 0
    block = b"\0" * chunk
    with open(path, "wb", buffering=0) as f:
        while True:
            try:
                n = f.write(block)
            except OSError as e:
                if e.errno == errno.ENOSPC:
                    break
                raise FaultFailed(f"filling {path.parent}: {e}") from e
            written += n or 0
            if written > 1 << 34:
                raise FaultFailed(f"{path.parent} never filled")
    if chunk > 1:  # the last, partial chunk: byte by byte up to the very end
        with open(path, "ab", buffering=0) as f, contextlib.suppress(OSError):
            while f.write(b"\0"):
                written += 1
    return written


class MadeTracker:
    """When the proxy last made each kind of fault (it counts them; this notes when a
    count grew)."""

    def __init__(self, proxy: FaultProxy) -> None:
        self.proxy = proxy
        self.last: dict[str, float] = {}  # kind -> monotonic: when it was last made
        self._seen: Counter = Counter()
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            made = self.proxy.made
            for kind in made:
                if made[kind] != self._seen[kind]:
                    self.last[kind] = time.monotonic()
            self._seen = made

    def stop(self) -> None:
        self._stop.set()


class RssSampler:
    """The resident memory of process ``pid``, once every RSS_EVERY s: (minute, MiB)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.series: list[tuple[int, float]] = []
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        minute = 0
        while True:
            try:
                self.series.append((minute, rss_mb(self.pid)))
            except OSError:
                return  # the process is gone
            minute += 1
            if self._stop.wait(RSS_EVERY):
                return

    def stop(self) -> None:
        self._stop.set()


# --- the session --------------------------------------------------------------------------


@dataclass
class Setup:
    duration: float
    seed: int
    speed: float
    work: Path
    disk: bool = True  # disk-full episodes when root
    keep: bool = False  # copy the tmpfs's files into work before unmounting it
    ttl: int | None = None  # the tokens' lifetime (None: drawn from TTL)


@dataclass
class Session:
    """What the fault loop needs and fills in."""

    srv: StubProcess
    proxy: FaultProxy
    rng: random.Random
    base_args: list[str]
    tmpfs: Path | None
    made: list[Made] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    windows: list[tuple[datetime, datetime]] = field(default_factory=list)
    pending: tuple[str, float, int] | None = None  # a proxy fault asked, not yet made
    held: float = 0.0  # the delay fault's, seconds
    start: float = 0.0

    def note(self, kind: str, at: float, text: str = "") -> None:
        self.made.append(Made(kind, at - self.start, text))
        log(f"fault {len(self.made)}: {kind} at +{at - self.start:.1f} s {text}".rstrip())

    def proxy_done(self) -> None:
        if self.pending is not None and self.proxy.made[self.pending[0]] > self.pending[2]:
            kind, at, _ = self.pending
            self.pending = None
            self.note(kind, at, f"the next table list{f', held {self.held:.1f} s' if kind == 'delay' else ''}")

    def make(self, kind: str, end: float) -> None:
        srv, rng, at = self.srv, self.rng, time.monotonic()
        if kind == "kill":
            srv.kill()
            srv.start()
            self.note(kind, at)
        elif kind == "freeze":
            hold = min(rng.uniform(*FREEZE), max(10.0, end - at))
            srv.freeze()
            time.sleep(hold)
            srv.thaw()
            self.note(kind, at, f"frozen {hold:.1f} s")
        elif kind == "clock_jump":
            offset = rng.uniform(-CLOCK_JUMP, CLOCK_JUMP)
            srv.stop()
            srv.args = [*self.base_args, CLOCK_OPTION, f"{offset:.0f}"]
            srv.start()
            self.note(kind, at, f"server clock {offset:+.0f} s")
        elif kind == "cut_sockets":
            cut = 0
            while not cut and time.monotonic() < at + CUT_WAIT:
                cut = self.proxy.cut_sockets()
                if not cut:
                    time.sleep(1.0)
            if not cut:
                self.errors.append(f"cut_sockets at +{at - self.start:.0f} s: no WebSocket "
                                   f"relayed for {CUT_WAIT:.0f} s")
                log(f"FAULT FAILED: {self.errors[-1]}")
            else:
                self.note(kind, at, f"{cut} WebSocket(s) cut")
        elif kind in PROXY_KINDS:
            self.pending = (kind, at, self.proxy.made[kind])
            self.held = rng.uniform(*DELAY)
            self.proxy.set_fault(kind, times=1, delay=self.held)
        elif kind == "disk_full":
            assert self.tmpfs is not None
            hold = min(rng.uniform(*DISK_FULL), max(10.0, end - at))
            began = datetime.now(UTC)
            filler = self.tmpfs / "fill"
            try:
                written = fill(filler)
                time.sleep(hold)
            finally:
                filler.unlink(missing_ok=True)
                self.windows.append((began, datetime.now(UTC)))
            self.note(kind, at, f"{written / 2**20:.1f} MiB filled it, {hold:.0f} s")
        else:
            raise ValueError(kind)


def settle(followers: dict[str, Follower], timeout: float = 30.0) -> None:
    """Wait until each follower is live, or has stopped for good."""
    for f in followers.values():
        wait_until(lambda f=f: f.state == "live" or f.state in ENDED or f.proc.poll() is not None,
                   timeout)


def _alive(f: Follower, proc_code: Any) -> tuple[bool, str]:
    state = f.state
    if proc_code is not None:
        return False, f"exited {proc_code}, last state {state}"
    if state != "live":
        return False, f"running, last state {state}"
    return True, "alive and live"


def week_session(setup: Setup) -> dict[str, Any]:
    work, keep = setup.work, setup.keep
    rng = random.Random(setup.seed)
    ttl = rng.randint(*TTL)
    ttl = setup.ttl or ttl  # drawn all the same: the faults stay those of the seed
    port = free_port()
    db = work / "week.sqlite"
    # Both followers sign in from 127.0.0.1, each at every expiry it finds (up to one a
    # reconnection): the default 10 logins a minute an address is not what this measures.
    base_args = ["--simulate", str(RATE), "--simulate-speed", f"{setup.speed:g}",
                 "--token-ttl", str(ttl), "--login-rate-limit", "1000/60"]
    stub_log = open(work / "stub.log", "w")  # noqa: SIM115 - closed in finally
    srv = StubProcess(db_path=db, args=list(base_args), port=port, stderr=stub_log)
    proxy = FaultProxy(f"http://127.0.0.1:{port}")
    children: list[subprocess.Popen] = []
    skipped: list[str] = []
    tmpfs: Path | None = work / "tmpfs"
    result: dict[str, Any] = {"seed": setup.seed, "duration": setup.duration,
                              "speed": setup.speed, "ttl": ttl, "rate": RATE,
                              "needed": needed_expiries(setup.duration, ttl),
                              "reconcile": RECONCILE_S, "skipped": skipped}
    kinds = list(KINDS)
    if not stub_offers(CLOCK_OPTION):
        kinds.remove("clock_jump")
        skipped.append(f"clock jumps: the stub has no `{CLOCK_OPTION}` yet "
                       "(`python -m server_stub --help`)")
    errors: list[str] = []
    if not setup.disk:
        skipped.append("disk-full episodes: --no-disk-full")
    elif os.geteuid() != 0:
        skipped.append("disk-full episodes: not root (mounting a tmpfs needs root)")
    else:
        try:
            mount_tmpfs(tmpfs, tmpfs_mb(setup.duration))
            result["tmpfs_mb"] = tmpfs_mb(setup.duration)
        except FaultFailed as e:  # asked for and root, yet not made: a failure
            errors.append(f"disk_full: {e}")
    if "tmpfs_mb" not in result:
        tmpfs = None
        kinds.remove("disk_full")
    for line in skipped:
        log(f"skipped: {line}")
    place = tmpfs or work
    journals = {"watch": place / "watch.journal", "app": place / "app.journal"}
    dumps = {"watch": work / "watch-dump.json", "app": work / "app-dump.json"}
    app_changes = work / "app-changes.jsonl"
    env = follower_env(work, state_home=place / "state")  # the app's log folder there too
    week = Session(srv, proxy, rng, base_args, tmpfs, errors=errors)
    tracker: MadeTracker | None = None
    rss: RssSampler | None = None
    try:
        srv.start()
        proxy.start()
        tracker = MadeTracker(proxy)
        before, _bid = server_tables(srv.url)
        log(f"stub pid {srv.proc.pid} on {srv.url} behind the proxy {proxy.url}; simulator "
            f"{RATE}/s at {setup.speed:g}x, tokens {ttl} s, seed {setup.seed}")
        check = ("--reconcile", f"{RECONCILE_S:g}")
        watch = start_watch(proxy.url, work, *check, "--journal", str(journals["watch"]),
                            dump=dumps["watch"], env=env)
        app = start_app(proxy.url, work, *check, "--journal", str(journals["app"]),
                        dump=dumps["app"], env=env, driver=("--changes", str(app_changes)))
        children += [watch.proc, app.proc]
        followers: dict[str, Follower] = {"watch": watch, "app": app}
        for name, f in followers.items():
            if not wait_until(lambda f=f: f.state == "live", 120):
                raise RuntimeError(f"{name} never went live (state {f.state})")
        rss = RssSampler(app.proc.pid)
        log("both followers are live; faults begin")
        week.start = start = time.monotonic()
        end = start + setup.duration
        first = list(kinds)
        rng.shuffle(first)  # each kind once first (in a seeded order), then at random
        while True:
            gap = rng.uniform(*FAULT_GAP)
            if time.monotonic() + gap >= end:
                break
            time.sleep(gap)
            week.proxy_done()
            from_first = bool(first)
            kind = first.pop(0) if first else rng.choice(kinds)
            if kind in PROXY_KINDS and week.pending is not None:
                if from_first:
                    first.append(kind)  # its turn comes once the last one was made
                kind = rng.choice([k for k in kinds if k not in PROXY_KINDS])
            try:
                week.make(kind, end)
            except FaultFailed as e:
                week.errors.append(f"{kind} at +{time.monotonic() - start:.0f} s: {e}")
                log(f"FAULT FAILED: {week.errors[-1]}")
        # The end: the last proxy fault made (or said not made), the server serving.
        if week.pending is not None:
            wait_until(lambda: week.proxy.made[week.pending[0]] > week.pending[2],
                       RECONCILE_S + 10, step=0.2)
            week.proxy_done()
            if week.pending is not None:
                kind, at, _ = week.pending
                week.errors.append(f"{kind} asked at +{at - start:.0f} s: no table list "
                                   f"was requested in {RECONCILE_S + 10:.0f} s")
                proxy.set_fault(None)
        srv.thaw()
        settle(followers)
        srv.stop_simulation()
        log(f"simulator stopped; {SETTLE:.0f} s for both to catch up")
        time.sleep(SETTLE)
        spoiled = [tracker.last[k] for k in HEALED_LATER if k in tracker.last]
        if spoiled:
            # Each follower has had a reconciliation since the last table list it may
            # have read only in part (HEALED_LATER).
            heal = max(spoiled) + RECONCILE_S + 5 - time.monotonic()
            if heal > 0:
                log(f"{heal:.0f} s more: a reconciliation since the last spoiled table list")
                time.sleep(heal)
        settle(followers)
        rss.stop()
        server, _bid = server_tables(srv.url)
        versions = {t["id"]: t["version"] for t in before}
        result["server_changes"] = sum(t["version"] - versions.get(t["id"], 0) for t in server)
        result["tables"] = len(server)
        codes = {name: f.proc.poll() for name, f in followers.items()}
        live_at_end = {name: _alive(f, codes[name]) for name, f in followers.items()}
        for name, sig in (("watch", signal.SIGINT), ("app", signal.SIGTERM)):
            proc = followers[name].proc
            if proc.poll() is None:
                proc.send_signal(sig)
                try:
                    code = proc.wait(30)
                except subprocess.TimeoutExpired:
                    code = "hung"
                if code != 0 and live_at_end[name][0]:
                    live_at_end[name] = (False, f"exit {code} on {sig.name}")
        applied = {"watch": list(watch.applied),
                   "app": applied_from_lines(app_changes.read_text(encoding="utf-8").splitlines()
                                             if app_changes.exists() else [])}
        result["followers"] = {}
        for name, f in followers.items():
            one: dict[str, Any] = {"alive": live_at_end[name][0], "end": live_at_end[name][1],
                                   "applied": len(applied[name])}
            renewals = [t for t, _ in f.renewals.hits] if f.renewals else []
            one["renewals"] = len(renewals)
            one["survived"] = survived(renewals, f.states)
            one["states"] = len(f.states)
            dump = dumps[name]
            one["divergent"] = (divergent(json_list(dump), server, decimals=DECIMAL_FIELDS)
                                if dump.exists() else None)
            one["journal_error"] = ""
            try:
                entries = read_journal(journals[name]) if journals[name].exists() else None
            except (JournalError, OSError) as e:
                entries, one["journal_error"] = None, f"unreadable: {e}"
            if entries is None:
                one["journal_error"] = one["journal_error"] or "no journal written"
                one["lost_outside"] = one["lost_inside"] = len(applied[name])
            else:
                outside, inside = lost_changes(applied[name], entries, week.windows)
                one["lost_outside"], one["lost_inside"] = len(outside), len(inside)
                one["journal_bytes"] = journals[name].stat().st_size
            result["followers"][name] = one
        result.update(
            made=week.made, fault_errors=week.errors, proxy_made=dict(proxy.made),
            windows=len(week.windows), rss=rss.series, rss_flat=rss_flat(rss.series),
            kinds=kinds)
        return result
    finally:
        if tracker is not None:
            tracker.stop()
        if rss is not None:
            rss.stop()
        stop_children(children)
        proxy.stop()
        srv.stop()
        stub_log.close()
        if tmpfs is not None:
            if keep:
                shutil.copytree(tmpfs, work / "tmpfs-copy", dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("fill"))
            unmount(tmpfs)


def json_list(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/week", description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=1800.0,
                   help="seconds of faults (default 1800)")
    p.add_argument("--seed", type=int, default=7, help="seed of the faults (default 7)")
    p.add_argument("--speed", type=float, default=600.0,
                   help="the simulated service's clock against the wall clock (default 600)")
    p.add_argument("--no-disk-full", dest="disk", action="store_false",
                   help="no tmpfs and no disk-full episodes, even as root")
    p.add_argument("--ttl", type=int, metavar="S",
                   help=f"the tokens' lifetime (default: drawn from {TTL[0]}-{TTL[1]} s)")
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="work in DIR and keep it (logs, journals copied out of the tmpfs)")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = p.parse_args(argv)
    # SIGTERM (bench/week's timeout) unwinds like Ctrl-C: every child stopped, the tmpfs
    # unmounted.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    command = ("bench/week " + shlex.join(argv if argv is not None else sys.argv[1:])).strip()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="floorview-week-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        r = week_session(Setup(args.duration, args.seed, args.speed, work, args.disk,
                               keep=args.keep is not None, ttl=args.ttl))
    text, ok = report(r, command, time.monotonic() - started)
    print(text)
    write_section(args.out, SECTION, text, head=RELIABILITY_HEAD)
    log(f"wrote {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
