"""The followers bench/chaos and bench/week run against a stub, and how their tables are
judged: ``floorview watch --jsonl`` and the app offscreen (through bench/app_driver.py),
each a child process whose lines are read as they come, timed on this process's monotonic
clock; the server's tables; the field-by-field comparison.

    watch = start_watch(url, work, "--no-journal")      # states, changes, renewals
    app = start_app(url, work, "--no-journal")            # its states; --dump at SIGTERM
    wait_until(lambda: watch.state == "live", 60)
    divergent(json.loads(dump.read_text()), server_tables(url)[0])
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

import requests

from floorview.core.demo import DEMO_EMAIL as EMAIL  # the one demo login
from floorview.core.demo import DEMO_PASSWORD as PASSWORD
from floorview.core.model import parse_time

ROOT = Path(__file__).resolve().parent.parent
BRANCH = "Harbour Street"
#: What floorview logs (floorview.core.live, at INFO) each time a refused token makes it
#: sign in again; "signing in again failed" is the same attempt failing, not a renewal.
RENEWAL = re.compile(r"signing in again(?! failed)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int | str = "self") -> float:
    """The resident memory of process ``pid`` (this one by default), in MiB."""
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def wait_until(pred, timeout: float, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return bool(pred())


def server_tables(url: str, branch_name: str = BRANCH) -> tuple[list[dict], str]:
    """The server's tables of ``branch_name`` (raw JSON) and the branch's id."""
    with requests.Session() as http:
        r = http.post(url + "/auth/login", json={"email": EMAIL, "password": PASSWORD}, timeout=10)
        r.raise_for_status()
        http.headers["Authorization"] = "Bearer " + r.json()["accessToken"]
        branches = http.get(url + "/branches", timeout=10).json()
        bid = next(b["id"] for b in branches if b["name"] == branch_name)
        tables = http.get(url + "/restaurant/tables", params={"branchId": bid}, timeout=10)
        tables.raise_for_status()
        return tables.json(), bid


_MISSING = object()  # a field one side lacks differs even from a null


def divergent(follower: list[dict], server: list[dict], decimals: tuple[str, ...] = ()
              ) -> list[str]:
    """Ids of tables that differ in any field (or that only one side holds). In the
    ``decimals`` fields a decimal string is the number it spells (``"860.00"`` is 860: a
    follower keeps a table as the server last sent it, and a backend on TypeORM spells
    its decimal columns so)."""
    mine = {t["id"]: t for t in follower}
    theirs = {t["id"]: t for t in server}
    bad = []
    for tid in sorted(set(mine) | set(theirs)):
        a, b = mine.get(tid), theirs.get(tid)
        if a is None or b is None or any(
                not _same(a.get(k, _MISSING), b.get(k, _MISSING), k in decimals)
                for k in set(a) | set(b)):
            bad.append(tid)
    return bad


def _same(a: object, b: object, decimal: bool) -> bool:
    if a == b:
        return True
    if not decimal or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return isinstance(a, str | int | float) and isinstance(b, str | int | float) and (
            float(a) == float(b))
    except ValueError:
        return False


@dataclass(frozen=True)
class Applied:
    """One change a follower applied to its tables (a ``change`` line of watch's --jsonl,
    of the app driver's --changes)."""

    at: datetime  # when the follower applied it, by its clock (UTC)
    id: str
    version: int
    deleted: bool

    @classmethod
    def from_json(cls, item: dict) -> Applied:
        return cls(parse_time(item["at"]), item["id"], int(item["version"]), bool(item["deleted"]))


def applied_from_lines(lines) -> list[Applied]:
    """The ``change`` objects among JSON lines (others, and unreadable lines, skipped)."""
    out = []
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and item.get("type") == "change":
            out.append(Applied.from_json(item))
    return out


@dataclass
class StreamLog:
    """A child's stream copied line by line to ``path``; the lines ``match`` finds are kept
    with when they came (this process's monotonic clock)."""

    stream: IO[str]
    path: Path
    match: re.Pattern = RENEWAL
    hits: list[tuple[float, str]] = field(default_factory=list)

    def read(self) -> None:
        with open(self.path, "w", encoding="utf-8") as out:
            for line in self.stream:
                out.write(line)
                out.flush()
                if self.match.search(line):
                    self.hits.append((time.monotonic(), line.rstrip("\n")))

    def start(self) -> StreamLog:
        threading.Thread(target=self.read, daemon=True).start()
        return self


@dataclass
class Follower:
    """A following child: its connection states (lower case, as ``ConnState`` values),
    each timed as it came."""

    proc: subprocess.Popen
    states: list[tuple[float, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    renewals: StreamLog | None = None  # its stderr, the lines where it signed in again
    out: Path | None = None  # where its stdout is copied

    def first(self, after: float, pred) -> float | None:
        with self.lock:
            for when, state in self.states:
                if when >= after and pred(state):
                    return when
        return None

    @property
    def state(self) -> str | None:
        with self.lock:
            return self.states[-1][1] if self.states else None

    def _state(self, when: float, state: str) -> None:
        with self.lock:
            self.states.append((when, state))


@dataclass
class WatchFollower(Follower):
    """``floorview watch --jsonl`` as a child; its state lines timed as they come, the
    changes it printed kept."""

    changes: int = 0
    bad_lines: int = 0
    applied: list[Applied] = field(default_factory=list)

    def read(self) -> None:
        with open(self.out or os.devnull, "w", encoding="utf-8") as copy:
            for line in self.proc.stdout:
                now = time.monotonic()
                copy.write(line)
                try:
                    item = json.loads(line)
                except ValueError:
                    self.bad_lines += 1
                    continue
                if item.get("type") == "state":
                    self._state(now, item.get("state"))
                elif item.get("type") == "change":
                    with self.lock:
                        self.changes += 1
                        self.applied.append(Applied.from_json(item))


@dataclass
class AppFollower(Follower):
    """The app through bench/app_driver.py: its ``state NAME T`` lines timed as they come
    (every stdout line copied to ``out``)."""

    def read(self) -> None:
        with open(self.out or os.devnull, "w", encoding="utf-8") as copy:
            for line in self.proc.stdout:
                now = time.monotonic()
                copy.write(line)
                copy.flush()
                parts = line.split()
                if len(parts) >= 2 and parts[0] == "state":
                    self._state(now, parts[1].lower())


def follower_env(work: Path, state_home: Path | None = None) -> dict[str, str]:
    """The followers' environment: the demo password, offscreen Qt, and their settings,
    data and logs inside ``work`` (the logs in ``state_home`` when given)."""
    env = {**os.environ, "FLOORVIEW_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("FLOORVIEW_SERVER", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(work / var.lower())
    if state_home is not None:
        env["XDG_STATE_HOME"] = str(state_home)
    return env


def start_watch(url: str, work: Path, *extra: str, dump: Path, env: dict[str, str]
                ) -> WatchFollower:
    """``floorview watch -v --jsonl --dump DUMP`` (its lines copied to work/watch.stdout,
    its log at INFO to work/watch.stderr)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "floorview", "watch", "-v", "--server", url, "--email", EMAIL,
         "--branch", BRANCH, "--jsonl", "--dump", str(dump), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
        text=True, cwd=ROOT)
    watch = WatchFollower(proc, out=work / "watch.stdout",
                          renewals=StreamLog(proc.stderr, work / "watch.stderr").start())
    threading.Thread(target=watch.read, daemon=True).start()
    return watch


def start_app(url: str, work: Path, *extra: str, dump: Path, env: dict[str, str],
              driver: tuple[str, ...] = ()) -> AppFollower:
    """The real app (floorview.cli.main, unchanged) through bench/app_driver.py, whose
    --dump writes the store's tables as the app shuts down (SIGTERM); ``-v``: its log at
    INFO on stderr too (work/app.stderr), whatever happens to its log file."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "app_driver.py"), "--dump", str(dump), *driver,
         "--", "-v", "--server", url, "--email", EMAIL, "--branch", BRANCH, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
        text=True, cwd=ROOT)
    app = AppFollower(proc, out=work / "app.stdout",
                      renewals=StreamLog(proc.stderr, work / "app.stderr").start())
    threading.Thread(target=app.read, daemon=True).start()
    return app


def stop_children(children: list[subprocess.Popen]) -> None:
    """SIGTERM each child still running, SIGKILL it after 10 s."""
    for child in children:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(10)
