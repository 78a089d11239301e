"""bench/run: floorview measured from the outside, with Node's client as the reference.

    bench/run            # the full run (minutes): prints the table, writes docs/performance.md
    bench/run --quick    # seconds: the same harness on small numbers (CI runs it)
    bench/run --only wall   # one step (or several, comma-separated): here the wall's

Everything runs on 127.0.0.1: a real ``floorview-stub`` (``python -m server_stub``) with a
"Stress Hall" branch, the real app (``bench/app_driver.py`` runs ``floorview.cli.main``,
offscreen, 1440×900) with ``--paint-log``, Node's socket.io-client
(``bench/node_listener.mjs``) joined to the same branch, and this process sending REST
PATCHes. A change's latency is PATCH sent → the paint log's line for its version (the
frame that shows it was painted), and → Node's event received, for the same events.
The wall step (bench/wall_stream.py) does the same on the area manager's wall of a
group of branches, Node joined to every one.

Nothing here asserts a time: the machine is shared and the figures are for reading. The
harness fails (exit 1) only when it cannot measure: a process that does not start, a
line that never comes within its bound.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
EMAIL = "manager@floorview.dev"
PASSWORD = "demo"
BRANCH = "Stress Hall"
STATUSES = ("available", "reserved", "cleaning")


class HarnessError(RuntimeError):
    """The harness could not measure (not a slow result: a broken run)."""


def now_ms() -> float:
    return time.time() * 1000.0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def fmt(v: float, digits: int = 1) -> str:
    return "—" if v != v else f"{v:.{digits}f}"  # NaN: not measured


# --- processes ---------------------------------------------------------------------------


class Lines:
    """A child's stdout, read by a thread into a list (so nothing blocks on a pipe)."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc
        self.lines: list[tuple[float, str]] = []
        self._cv = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._cv:
                self.lines.append((now_ms(), line.rstrip("\n")))
                self._cv.notify_all()
        with self._cv:
            self._cv.notify_all()

    def wait_for(self, pred, timeout: float, what: str, start: int = 0) -> tuple[int, str]:
        deadline = time.monotonic() + timeout
        i = start
        with self._cv:
            while True:
                while i < len(self.lines):
                    if pred(self.lines[i][1]):
                        return i, self.lines[i][1]
                    i += 1
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and i >= len(self.lines)):
                    raise HarnessError(f"no {what} within {timeout:.0f} s "
                                       f"(exit code {self.proc.poll()})")
                self._cv.wait(min(left, 0.2))


def stop(proc: subprocess.Popen | None, sig: int = signal.SIGTERM, timeout: float = 10) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


class Stub:
    """``python -m server_stub`` on loopback, with a Stress Hall of ``size`` tables."""

    def __init__(self, size: int, workdir: Path) -> None:
        self.size = size
        self.db = workdir / f"stub-{size}.sqlite"
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> float:
        """Start (again, on the same port and data); the epoch ms it said it listens."""
        cmd = [PY, "-m", "server_stub", "--host", "127.0.0.1", "--port", str(self.port),
               "--db", str(self.db), "--demo-size", str(self.size),
               "--rest-rate-limit", "100000000/10", "--login-rate-limit", "100000/60",
               "--log-level", "WARNING"]
        # A fixed signing secret, as a real backend has in its configuration: the app's
        # token stays valid across the restart step (with a random secret per start the
        # reconnect also paid a refused token and a new sign-in, which a real restart does not).
        env = {**os.environ, "FLOORVIEW_STUB_SECRET": "floorview-bench-secret-0123456789abcdef"}
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, env=env,
                                     stderr=subprocess.DEVNULL, text=True)
        out = Lines(self.proc)
        _, line = out.wait_for(lambda s: "listening on" in s, 120, "stub start")
        listened = out.lines[-1][0] if out.lines else now_ms()
        self.url = line.split("listening on ", 1)[1].strip()
        self.port = int(self.url.rsplit(":", 1)[1])
        return listened

    def stop(self, sig: int = signal.SIGTERM) -> None:
        stop(self.proc, sig)
        self.proc = None


@dataclass
class Api:
    """This process's REST client (aiohttp: many PATCHes in flight, paced)."""

    url: str
    token: str = ""
    branch_id: str = ""
    tables: list[dict] = field(default_factory=list)
    plan: dict = field(default_factory=dict)
    status: dict[str, str] = field(default_factory=dict)

    def login(self) -> None:
        import requests

        with requests.Session() as s:
            r = s.post(f"{self.url}/auth/login", json={"email": EMAIL, "password": PASSWORD}, timeout=30)
            r.raise_for_status()
            body = r.json()
            self.token = body["accessToken"]
            h = {"Authorization": f"Bearer {self.token}"}
            branches = s.get(f"{self.url}/branches", headers=h, timeout=30).json()
            branches = branches.get("data", branches) if isinstance(branches, dict) else branches
            self.branch_id = next(b["id"] for b in branches if b["name"] == BRANCH)
            tables = s.get(f"{self.url}/restaurant/tables", params={"branchId": self.branch_id},
                           headers=h, timeout=60).json()
            self.tables = tables.get("data", tables) if isinstance(tables, dict) else tables
            plans = s.get(f"{self.url}/restaurant/floor-plans", params={"branchId": self.branch_id},
                          headers=h, timeout=30).json()
            plans = plans.get("data", plans) if isinstance(plans, dict) else plans
            self.plan = plans[0]
        self.status = {t["id"]: t["status"] for t in self.tables}

    def bearer(self, table: dict | None = None) -> str:
        """The token of the next request (on ``table``, when it is about one)."""
        return self.token

    def central(self, fraction: float) -> list[dict]:
        """The tables in the middle ``fraction`` of the plan (what a centred zoom shows)."""
        w, h = self.plan["width"], self.plan["height"]
        x0, x1 = w * (0.5 - fraction / 2), w * (0.5 + fraction / 2)
        y0, y1 = h * (0.5 - fraction / 2), h * (0.5 + fraction / 2)
        return [t for t in self.tables if x0 <= t["x"] and t["x"] + t["width"] <= x1
                and y0 <= t["y"] and t["y"] + t["height"] <= y1]

    def patch(self, targets: list[dict], count: int, rate: float | None,
              concurrency: int = 16, timeout: float = 600) -> list[tuple[str, int, float]]:
        """``count`` status PATCHes over ``targets`` in turn, at ``rate`` a second (None:
        as fast as ``concurrency`` requests in flight allow). Returns (id, version, sent ms)."""
        return asyncio.run(asyncio.wait_for(self._patch(targets, count, rate, concurrency), timeout))

    async def _patch(self, targets, count, rate, concurrency):
        import aiohttp

        sent: list[tuple[str, int, float]] = []
        gate = asyncio.Semaphore(concurrency)
        conn = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(self.url, connector=conn) as s:
            async def one(i: int) -> None:
                t = targets[i % len(targets)]
                old = self.status[t["id"]]
                new = STATUSES[(STATUSES.index(old) + 1) % 3] if old in STATUSES else STATUSES[0]
                self.status[t["id"]] = new
                h = {"Authorization": f"Bearer {self.bearer(t)}"}
                async with gate:
                    at = now_ms()
                    async with s.patch(f"/restaurant/tables/{t['id']}/status",
                                       json={"status": new}, headers=h) as r:
                        if r.status >= 400:
                            raise HarnessError(f"PATCH answered {r.status}: {await r.text()}")
                        body = await r.json()
                body = body.get("data", body)
                sent.append((t["id"], int(body["version"]), at))

            tasks = []
            start = time.monotonic()
            for i in range(count):
                if rate:
                    delay = start + i / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                tasks.append(asyncio.ensure_future(one(i)))
                if not rate:
                    await asyncio.sleep(0)
            await asyncio.gather(*tasks)
        return sent


class Node:
    """Node's socket.io-client joined to the branch (or to each of ``branch_ids``, one
    socket): (id, version) → received ms."""

    def __init__(self, api: Api, branch_ids: list[str] | None = None, wait: bool = True) -> None:
        node = shutil.which("node")
        if node is None:
            raise HarnessError("node is not installed (the reference client)")
        self.branches = branch_ids or [api.branch_id]
        self.proc = subprocess.Popen([node, str(ROOT / "bench" / "node_listener.mjs"), api.url,
                                      api.token, *self.branches], cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.out = Lines(self.proc)
        if wait:
            self.wait_joined()

    def wait_joined(self) -> None:
        """Until every branch is joined (15 joins a second: the gateway's limit is 20)."""
        self.out.wait_for(lambda s: '"joined"' in s, 30 + len(self.branches) / 10,
                          "Node client joined")

    def received(self) -> dict[tuple[str, int], float]:
        got = {}
        for _, line in list(self.out.lines):
            d = json.loads(line)
            if "id" in d:
                got.setdefault((d["id"], d["version"]), d["t"])
        return got

    def close(self) -> None:
        if self.proc.stdin:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
        stop(self.proc)


class App:
    """The real app through bench/app_driver.py, its paint log, frames and stdout."""

    def __init__(self, api: Api, workdir: Path, zoom: str = "fit", tag: str = "app") -> None:
        self._spawn(workdir, tag, ["--zoom", zoom],
                    ["--server", api.url, "--email", EMAIL, "--branch", BRANCH])

    def _spawn(self, workdir: Path, tag: str, driver_args: list[str], app_args: list[str]) -> None:
        self.workdir = workdir
        self.paint_log = workdir / f"{tag}.paint.jsonl"
        self.frames = workdir / f"{tag}.frames"
        for p in (self.paint_log, self.frames):
            p.unlink(missing_ok=True)
        config, data, state = (workdir / f"{tag}.{d}" for d in ("config", "data", "state"))
        for d in (config, data, state):
            shutil.rmtree(d, ignore_errors=True)
        # Its own settings and journals: with the user's, each run read the day's journal
        # of every earlier run at start (a Stress Hall day of bench runs reached 212 MB:
        # seconds of CPU and ~300 MiB while the stream was being measured).
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLOORVIEW_PASSWORD": PASSWORD,
               "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(data),
               "XDG_STATE_HOME": str(state), "PYTHONPATH": str(ROOT)}
        self.started = now_ms()
        self.proc = subprocess.Popen(
            [PY, str(ROOT / "bench" / "app_driver.py"), *driver_args, "--frames", str(self.frames),
             "--", *app_args, "--no-kiosk", "--theme", "light", "--paint-log", str(self.paint_log)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=open(workdir / f"{tag}.stderr", "w"), text=True)  # noqa: SIM115
        self.out = Lines(self.proc)

    def wait(self, word: str, timeout: float = 60, start: int = 0) -> tuple[int, float]:
        i, line = self.out.wait_for(lambda s: s.split()[:1] == [word], timeout, f"app '{word}'", start)
        return i, float(line.split()[-1])

    def wait_live(self, timeout: float = 60, start: int = 0) -> tuple[int, float]:
        i, line = self.out.wait_for(lambda s: s.startswith("state LIVE"), timeout, "app live", start)
        return i, float(line.split()[-1])

    def painted(self) -> dict[tuple[str, int], float]:
        got: dict[tuple[str, int], float] = {}
        if self.paint_log.exists():
            for line in self.paint_log.read_text(encoding="utf-8").splitlines():
                with contextlib.suppress(ValueError):
                    d = json.loads(line)
                    got.setdefault((d["id"], d["version"]), d["t"])
        return got

    def frame_list(self) -> list[tuple[float, float]]:
        if not self.frames.exists():
            return []
        out = []
        for line in self.frames.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2:
                out.append((float(parts[0]), float(parts[1])))
        return out

    def cpu_seconds(self) -> float:
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return float("nan")

    def rss_mib(self) -> float:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def close(self) -> None:
        stop(self.proc, timeout=15)


# --- the measurements -------------------------------------------------------------------


@dataclass
class Stream:
    rate: str
    zoom: str
    n: int
    painted: list[float]
    node: list[float]
    max_frame: float
    max_gap: float
    cpu: float
    missing: int
    each: list[tuple[str, float]] = field(default_factory=list)  # (table id, painted ms)


def wait_painted(app: App, keys: list[tuple[str, int]], timeout: float) -> dict[tuple[str, int], float]:
    """Until every (id, version) — or a later version of that id — is in the paint log."""
    deadline = time.monotonic() + timeout
    while True:
        got = app.painted()
        latest: dict[str, int] = {}
        for tid, v in got:
            latest[tid] = max(latest.get(tid, 0), v)
        if all(latest.get(tid, -1) >= v for tid, v in keys) or time.monotonic() > deadline:
            return got
        time.sleep(0.05)


def shown_at(got: dict[tuple[str, int], float], tid: str, version: int) -> float | None:
    """When ``version`` of ``tid`` (or the first later one) was painted."""
    times = [t for (i, v), t in got.items() if i == tid and v >= version]
    return min(times) if times else None


def stream(app: App, node: Node, api: Api, targets: list[dict], rate: float | None,
           count: int, zoom: str, label: str) -> Stream:
    cpu0, t0 = app.cpu_seconds(), time.monotonic()
    sent = api.patch(targets, count, rate)
    got = wait_painted(app, [(tid, v) for tid, v, _ in sent], timeout=60 + count / 50)
    wall = time.monotonic() - t0
    cpu = (app.cpu_seconds() - cpu0) / wall * 100 if wall > 0 else float("nan")
    time.sleep(0.3)  # Node's last lines
    recv = node.received()
    painted, ref, missing = [], [], 0
    each: list[tuple[str, float]] = []
    by_id: dict[str, list[tuple[int, float]]] = {}
    for (tid, v), t in got.items():
        by_id.setdefault(tid, []).append((v, t))
    for tid, v, at in sent:
        cands = [t for vv, t in by_id.get(tid, ()) if vv >= v]
        if cands:
            painted.append(min(cands) - at)
            each.append((tid, painted[-1]))
        else:
            missing += 1
        if (tid, v) in recv:
            ref.append(recv[(tid, v)] - at)
    first, last = min(s[2] for s in sent), now_ms()
    frames = [(a, b) for a, b in app.frame_list() if first <= a <= last]
    max_frame = max((b - a for a, b in frames), default=float("nan"))
    gaps = [frames[i + 1][0] - frames[i][1] for i in range(len(frames) - 1)]
    return Stream(label, zoom, len(sent), painted, ref, max_frame, max(gaps, default=float("nan")),
                  cpu, missing, each)


def burst(app: App, api: Api, count: int) -> dict[str, float]:
    """``count`` changes as fast as the server takes them: until all are on screen."""
    t0 = now_ms()
    sent = api.patch(api.tables, count, None, concurrency=32)
    final: dict[str, int] = {}
    for tid, v, _ in sent:
        final[tid] = max(final.get(tid, 0), v)
    got = wait_painted(app, list(final.items()), timeout=120)
    ends = [shown_at(got, tid, v) for tid, v in final.items()]
    settled = max((e for e in ends if e is not None), default=float("nan")) - t0
    frames = [(a, b) for a, b in app.frame_list() if t0 <= a <= t0 + settled + 50]
    return {"n": len(sent), "sent_ms": max(s[2] for s in sent) - t0, "settled_ms": settled,
            "max_frame": max((b - a for a, b in frames), default=float("nan")),
            "missing": sum(e is None for e in ends)}


def rss(app: App, api: Api, total: int, chunks: int = 2) -> list[tuple[int, float]]:
    """RSS after each ``total / chunks`` changes (MiB)."""
    out = [(0, app.rss_mib())]
    done = 0
    for _ in range(chunks):
        sent = api.patch(api.tables, total // chunks, None, concurrency=32, timeout=1200)
        done += len(sent)
        last = {}
        for tid, v, _ in sent:
            last[tid] = max(last.get(tid, 0), v)
        wait_painted(app, list(last.items()), timeout=120)
        time.sleep(2.0)  # the rings end, the frames stop
        out.append((done, app.rss_mib()))
    return out


def startup(kind: str, api: Api | None, workdir: Path) -> float:
    """Spawn → first painted floor (or a bare PySide6 window's first paint), in ms."""
    if kind == "bare":
        t0 = now_ms()
        r = subprocess.run([PY, str(ROOT / "bench" / "bare_window.py")], cwd=ROOT, timeout=60,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                           capture_output=True, text=True)
        line = next((s for s in r.stdout.splitlines() if s.startswith("first-paint")), None)
        if line is None:
            raise HarnessError(f"the bare window did not paint: {r.stderr[-400:]}")
        return float(line.split()[1]) - t0
    assert api is not None
    app = App(api, workdir, tag=f"start-{kind}")
    try:
        _, t = app.wait("first-paint", 60)
        return t - app.started
    finally:
        app.close()


def reconnect(stub: Stub, api: Api, workdir: Path) -> dict[str, float]:
    """Server restart → the app live again and painted, after the stub listens."""
    app = App(api, workdir, tag="reconnect")
    try:
        i, _ = app.wait_live(60)
        app.wait("first-paint", 60)
        time.sleep(1.0)
        stub.stop(signal.SIGKILL)
        i, _ = app.out.wait_for(lambda s: s.startswith("state") and "LIVE" not in s, 30,
                                "app noticing the server gone", i + 1)
        listened = stub.start()
        j, live = app.wait_live(60, i + 1)
        _, painted = app.wait("painted-after-live", 30, j)
        return {"live_ms": live - listened, "painted_ms": painted - listened}
    finally:
        app.close()


def floor_frames(tables: int, quick: bool) -> dict[str, float]:
    """In-process frame times (bench/floor_frames.py) as a dict of medians in ms."""
    r = subprocess.run([PY, str(ROOT / "bench" / "floor_frames.py"), "--tables", str(tables)]
                       + (["--quick"] if quick else []), cwd=ROOT, timeout=900,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                       capture_output=True, text=True)
    line = next((s for s in r.stdout.splitlines() if s.startswith("{")), None)
    if line is None:
        raise HarnessError(f"floor_frames failed: {r.stderr[-600:]}")
    return json.loads(line)


# --- the run --------------------------------------------------------------------------


@dataclass
class Plan:
    size: int
    small: int
    rates: list[tuple[str, float | None, int]]
    burst: int
    rss_total: int
    startups: int
    big: int
    wall_group: str  # the stub's --group for the wall step
    wall_rates: list[tuple[str, float | None, int]]


FULL = Plan(2000, 200, [("10/s", 10, 100), ("100/s", 100, 1000), ("1,000/s", 1000, 3000)],
            10_000, 100_000, 5, 40_000,
            "200x24", [("100/s", 100, 1000), ("1,000/s", 1000, 3000)])
QUICK = Plan(300, 50, [("10/s", 10, 10), ("100/s", 100, 50), ("1,000/s", 1000, 100)],
             300, 1000, 1, 1000,
             "20x12", [("100/s", 100, 100), ("1,000/s", 1000, 200)])


PARTS = ("streams", "startup", "reconnect", "frames", "wall")


def ok(flag: bool) -> str:
    return "met" if flag else "**not met**"


def run(plan: Plan, quick: bool, out: Path | None, parts: tuple[str, ...] = PARTS) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="floorview-bench-"))
    rows: list[tuple[str, str, str, str]] = []
    log: list[str] = []
    started = time.monotonic()

    def note(s: str) -> None:
        print(s, flush=True)
        log.append(s)

    stub = Stub(plan.size, workdir)
    small = Stub(plan.small, workdir)
    node = None
    wall_streams: list[Stream] = []
    try:
        if "wall" in parts:  # first: its own stub, none of the others' running meanwhile
            from bench import wall_stream

            wall_streams = wall_stream.run_wall(plan.wall_group, plan.wall_rates, workdir, note, rows)
        if set(parts) == {"wall"}:
            parts = ()
        else:
            stub.start()
            api = Api(stub.url)
            api.login()
            note(f"stub on {stub.url}: {BRANCH}, {len(api.tables)} tables")
        if "streams" in parts:
            node = Node(api)
            run_streams(plan, api, node, workdir, note, rows)
        if "startup" in parts:
            small.start()
            api_small = Api(small.url)
            api_small.login()
            run_startup(plan, api, api_small, workdir, note, rows)
            small.stop()
        if "reconnect" in parts:
            rc = reconnect(stub, api, workdir)
            note(f"server restart → live {fmt(rc['live_ms'], 0)} ms, painted {fmt(rc['painted_ms'], 0)} ms "
                 "after the stub listens")
            rows.append(("5", "restart → live, painted", f"{fmt(rc['live_ms'], 0)} ms, "
                         f"{fmt(rc['painted_ms'], 0)} ms", ok(rc["painted_ms"] <= 300)))
        if "frames" in parts:
            ff = floor_frames(plan.size, quick)
            big = floor_frames(plan.big, quick)
            note(f"{plan.size} tables in-process: " + json.dumps({k: round(v, 1) for k, v in ff.items()}))
            note(f"{plan.big} tables in-process: " + json.dumps({k: round(v, 1) for k, v in big.items()}))
            rows.append(("7", f"{plan.big:,} tables", f"fit {fmt(big['fit_repaint'])}, pan {fmt(big['pan'])}, "
                         f"zoom {fmt(big['zoom'])} ms (p50); longest {fmt(big['longest'])}",
                         ok(max(big["fit_repaint"], big["pan"], big["zoom"]) <= 16)))
            rows.append(("8", f"full repaint, close zoom ×2, {plan.size:,} tables",
                         f"p50 {fmt(ff['close2_repaint'])} ms", ok(ff["close2_repaint"] <= 16)))
    except HarnessError as e:
        print(f"bench/run: {e}", file=sys.stderr)
        return 1
    finally:
        if node is not None:
            node.close()
        stub.stop()
        small.stop()
        if not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(workdir, ignore_errors=True)

    stream_rows(wall_streams, rows)  # after the floor's in their items
    rows.sort(key=lambda r: r[0])
    table = ["| # | what | measured | target |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    print("\n" + "\n".join(table))
    print(f"\n({'quick' if quick else 'full'} run, {time.monotonic() - started:.0f} s)")
    if out is not None:
        write_doc(out, table, log, quick)
        print(f"wrote {out}")
    return 0


def run_streams(plan: Plan, api: Api, node: Node, workdir: Path, note, rows) -> None:
    """Items 1, 2 (paced streams, fit and close), 3 (a burst) and 6 (RSS)."""
    streams: list[Stream] = []
    for zoom, targets in (("fit", api.tables), ("close", api.central(1 / 8) or api.tables)):
        app = App(api, workdir, zoom=zoom, tag=f"stream-{zoom}")
        try:
            app.wait_live(90)
            app.wait("ready", 90)
            time.sleep(2.0)  # the first frames, the start-up's rings
            for label, rate, count in plan.rates:
                s = stream(app, node, api, targets, rate, count, zoom, label)
                streams.append(s)
                note(stream_line(s))
                time.sleep(1.7)  # the rings of this step end before the next
            if zoom == "fit":
                b = burst(app, api, plan.burst)
                note(f"burst of {b['n']}: sent in {fmt(b['sent_ms'], 0)} ms, settled after "
                     f"{fmt(b['settled_ms'], 0)} ms, longest frame {fmt(b['max_frame'])} ms, "
                     f"missing {b['missing']}")
                rows.append(("3", f"burst of {b['n']:,}", f"settled {fmt(b['settled_ms'], 0)} ms after "
                             f"the first PATCH, {fmt(b['settled_ms'] - b['sent_ms'], 0)} ms after the "
                             f"last answer; longest frame {fmt(b['max_frame'])} ms",
                             ok(b["settled_ms"] <= 1000 and b["max_frame"] <= 100)))
                time.sleep(2.0)
                mem = rss(app, api, plan.rss_total)
                note("RSS " + ", ".join(f"{n:,} changes: {fmt(m)} MiB" for n, m in mem))
                (_, m0), (n1, m1), (n2, m2) = mem[0], mem[1], mem[-1]
                growth = (m2 - m1) / m1 * 100
                rows.append(("6", f"RSS, {len(api.tables):,} tables", f"{fmt(m0, 0)} MiB at start, "
                             f"{fmt(m1, 0)} after {n1:,}, {fmt(m2, 0)} after {n2:,} changes "
                             f"(+{fmt(growth)} %)", ok(m2 * 1.048576 <= 150 and growth <= 2)))
        finally:
            app.close()
    stream_rows(streams, rows)


def stream_line(s: Stream) -> str:
    """What a stream printed, one line."""
    return (f"{s.zoom:5s} {s.rate:8s} n={s.n}: painted p50 {fmt(pct(s.painted, 50))} "
            f"p95 {fmt(pct(s.painted, 95))} p99 {fmt(pct(s.painted, 99))} ms; "
            f"Node p50 {fmt(pct(s.node, 50))} p99 {fmt(pct(s.node, 99))} ms; "
            f"longest frame {fmt(s.max_frame)} ms, gap {fmt(s.max_gap)} ms; "
            f"app CPU {fmt(s.cpu, 0)} %; missing {s.missing}")


def stream_target(s: Stream) -> str:
    """The issue's targets for PATCH → painted, Node's figures of the same run the reference:
    at 100/s within a frame of Node (p50 + 8 ms, p99 + 17 ms); at 1,000/s never behind
    (p50 ≤ Node's + 50 ms, p99 ≤ 250 ms, no frame over 50 ms). Every change painted."""
    p50, p99 = pct(s.painted, 50), pct(s.painted, 99)
    n50, n99 = pct(s.node, 50), pct(s.node, 99)
    if s.rate == "100/s":
        return (ok(p50 <= n50 + 8 and p99 <= n99 + 17 and not s.missing)
                + f" (p50 ≤ {fmt(n50 + 8)}, p99 ≤ {fmt(n99 + 17)} ms: Node's + 8, + 17)")
    if s.rate.startswith("1,000"):
        return (ok(p50 <= n50 + 50 and p99 <= 250 and s.max_frame <= 50 and not s.missing)
                + f" (p50 ≤ {fmt(n50 + 50)} ms: Node's + 50; p99 ≤ 250 ms; frames ≤ 50 ms)")
    return ""


def stream_rows(streams: list[Stream], rows: list[tuple[str, str, str, str]]) -> None:
    """Items 1 (PATCH → painted, against the targets) and 2 (Node, the reference)."""
    for s in streams:
        rows.append(("1", f"PATCH → painted, {s.rate}, {s.zoom}",
                     f"p50 {fmt(pct(s.painted, 50))} / p95 {fmt(pct(s.painted, 95))} / "
                     f"p99 {fmt(pct(s.painted, 99))} ms; longest frame {fmt(s.max_frame)} ms; "
                     f"app CPU {fmt(s.cpu, 0)} %" + (f"; {s.missing} not painted" if s.missing else ""),
                     stream_target(s)))
    for s in streams:
        p50, n50 = pct(s.painted, 50), pct(s.node, 50)
        rows.append(("2", f"Node received, {s.rate}, {s.zoom}",
                     f"p50 {fmt(n50)} / p99 {fmt(pct(s.node, 99))} ms; painted p50 − Node p50 "
                     f"{fmt(p50 - n50)} ms", "the reference of item 1"))


def run_startup(plan: Plan, api: Api, api_small: Api, workdir: Path, note, rows) -> None:
    """Item 4: start-up against a bare PySide6 window, interleaved runs, medians."""
    times: dict[str, list[float]] = {"bare": [], "small": [], "big": []}
    # The app's modules compiled once, as an installed wheel and the bundle have them (and
    # PySide6, in site-packages, has): with PYTHONDONTWRITEBYTECODE set, as on this
    # machine, every start compiled floorview's sources again (~0.5 s of each start here).
    subprocess.run([PY, "-m", "compileall", "-q", "floorview", "server_stub", "bench"],
                   cwd=ROOT, check=True, env={k: v for k, v in os.environ.items()
                                             if k != "PYTHONDONTWRITEBYTECODE"})
    for _ in range(plan.startups):
        times["bare"].append(startup("bare", None, workdir))
        times["small"].append(startup("small", api_small, workdir))
        times["big"].append(startup("big", api, workdir))
    med = {k: statistics.median(v) for k, v in times.items()}
    note(f"start-up (median of {plan.startups}): bare PySide6 window {fmt(med['bare'], 0)} ms, "
         f"{len(api_small.tables)} tables {fmt(med['small'], 0)} ms, "
         f"{len(api.tables)} tables {fmt(med['big'], 0)} ms; every run: "
         + json.dumps({k: [round(x) for x in v] for k, v in times.items()}))
    for k, n in (("small", len(api_small.tables)), ("big", len(api.tables))):
        rows.append(("4", f"start-up, {n:,} tables", f"{fmt(med[k], 0)} ms vs bare {fmt(med['bare'], 0)} ms: "
                     f"{fmt(med[k] / med['bare'], 1)}×", ok(med[k] <= 2 * med["bare"])))


def machine() -> str:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()
    import PySide6

    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    # With the kernel's autogroup on, each login session is its own scheduling group and
    # `nice` works only inside one: another session's niced loop took half the CPU from
    # this bench (62 % and 48 % for two nice-19 loops against 37 % and 33 % for the stub
    # and the app). Said with the figures, so a reader knows what the load meant.
    autogroup = "?"
    with contextlib.suppress(OSError):
        autogroup = "on" if Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1" else "off"
    return (f"{platform.platform()}, {os.cpu_count()} CPUs ({cpu}), load average "
            f"{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f} at the end, scheduler autogroup {autogroup}; "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Node {node}")


def write_doc(out: Path, table: list[str], log: list[str], quick: bool) -> None:
    head = out.read_text(encoding="utf-8").split("<!-- bench/run -->")[0] if out.exists() else ""
    body = [
        "<!-- bench/run -->",
        f"## The last run ({'bench/run --quick' if quick else 'bench/run'}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
        "",
        f"Machine: {machine()}.",
        "",
        *table,
        "",
        "What the run printed:",
        "",
        "```",
        *log,
        "```",
        "",
    ]
    out.write_text(head + "\n".join(body), encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small numbers, seconds (CI)")
    ap.add_argument("--out", type=Path, default=None,
                    help="write the results here (default: docs/performance.md for a full run, "
                         "nothing for --quick)")
    ap.add_argument("--only", default=",".join(PARTS), metavar="PARTS",
                    help=f"a comma-separated subset of {','.join(PARTS)} (default: all)")
    args = ap.parse_args(argv)
    parts = tuple(p for p in args.only.split(",") if p)
    if not set(parts) <= set(PARTS):
        ap.error(f"--only: choose from {','.join(PARTS)}")
    whole = set(parts) == set(PARTS)
    out = args.out if args.out is not None else (
        ROOT / "docs" / "performance.md" if whole and not args.quick else None)
    return run(QUICK if args.quick else FULL, args.quick, out, parts)


if __name__ == "__main__":
    # Run as bench.harness, not __main__: bench.wall_stream imports its classes, and a second
    # copy of them (HarnessError above all) would not be the one caught here.
    from bench import harness

    sys.exit(harness.main(sys.argv[1:]))
