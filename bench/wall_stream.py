"""bench/run's wall step: PATCH → painted on the area manager's wall, Node in the same run.

A stub serving a restaurant group (``floorview-stub --no-demo --group 200x24``, its
default rate limits: the app loads the branches paced under them), the real app with
``--wall`` (bench/app_driver.py, offscreen, 1920×1080, the tiles by name so that none
moves while measured) signed in as the area manager, and Node's socket.io-client joined
to every branch. Once every tile is live and painted, status PATCHes at each rate spread
over the tables of the tiles wholly in view, round the tiles in turn; a change's latency
is PATCH sent → the wall's paint-log line for its version, and → Node's event.

The window's own branch is left out: its floor, hidden behind the wall, writes each of
its changes to the paint log as it applies them (no frame of the floor will show them).

The bench's PATCHes live under the stub's limits as any client's: 100 requests in 10 s per
token, 10 sign-ins a minute per address. So each branch's changes are made by its own
servers (every server signed in, from several loopback addresses: 127.0.0.2, .3, ...),
at most :data:`PER_TOKEN` requests with each token.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import time
from pathlib import Path

from bench.harness import (
    PASSWORD,
    PY,
    ROOT,
    Api,
    App,
    HarnessError,
    Lines,
    Node,
    Stream,
    fmt,
    ok,
    pct,
    stop,
    stream,
    stream_line,
)

AREA = "area@floorview.dev"
SIZE = "1920x1080"
#: Requests spent of one token at most: its limit is 100 in any 10 s.
PER_TOKEN = 90
#: Sign-ins from one address at most: the stub's limit is 10 a minute.
PER_ADDRESS = 9


class GroupStub:
    """``python -m server_stub --no-demo --group GROUP`` on loopback, its limits the default."""

    def __init__(self, group: str) -> None:
        self.group = group
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> None:
        cmd = [PY, "-m", "server_stub", "--host", "127.0.0.1", "--port", "0", "--no-demo",
               "--group", self.group, "--log-level", "WARNING"]
        env = {**os.environ, "FLOORVIEW_STUB_SECRET": "floorview-bench-secret-0123456789abcdef"}
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, env=env,
                                     stderr=subprocess.DEVNULL, text=True)
        _, line = Lines(self.proc).wait_for(lambda s: "listening on" in s, 180, "group stub start")
        self.url = line.split("listening on ", 1)[1].strip()

    def stop(self) -> None:
        stop(self.proc)
        self.proc = None


class Writer(Api):
    """The bench's REST client on the group: the area manager's token for the listings, and
    the servers of each branch measured for its tables (see the module)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._tokens: dict[str, list[str]] = {}  # branch id → its servers' tokens
        self._spent: dict[str, int] = {}  # token → requests made with it

    def sign_in(self) -> None:
        """The area manager (every branch's listings; Node's socket)."""
        import requests

        r = requests.post(f"{self.url}/auth/login", json={"email": AREA, "password": PASSWORD},
                          timeout=30)
        r.raise_for_status()
        self.token = r.json()["accessToken"]
        # The app signs in as the same user next: in the same second it would be given
        # this very token, and the two would share its limit (the bench's listings made
        # the app's own requests meet 429s). Its sign-in comes in a later second.
        time.sleep(1.05 - time.time() % 1.0)

    def sign_in_servers(self, branch_ids: list[str], changes: int) -> int:
        """Servers of each branch, a token each, enough for ``changes`` spread over the
        branches (a token names its user and the second it was issued: the area manager's,
        asked for again, would be the same one, under one limit). Returns how many."""
        need = math.ceil((1.5 * changes / max(1, len(branch_ids)) + 2) / PER_TOKEN)
        users = {b: self._get(self.token, "/users", branchId=b, role="server")[:need]
                 for b in branch_ids}
        return asyncio.run(self._sign_in_servers(users))

    async def _sign_in_servers(self, users: dict[str, list[dict]]) -> int:
        import aiohttp

        count = 0
        for branch_id, servers in users.items():
            for user in servers:
                address = f"127.0.0.{2 + count // PER_ADDRESS}"
                conn = aiohttp.TCPConnector(local_addr=(address, 0))
                try:
                    async with aiohttp.ClientSession(self.url, connector=conn) as s, \
                            s.post("/auth/login", json={"email": user["email"],
                                                        "password": PASSWORD}) as r:
                        if r.status >= 400:
                            raise HarnessError(f"{user['email']} signing in from {address}: "
                                               f"{r.status} {await r.text()}")
                        token = (await r.json())["accessToken"]
                except OSError as e:  # Linux routes all of 127/8 to loopback; not every system
                    raise HarnessError(f"cannot connect from {address}: {e}") from e
                self._tokens.setdefault(branch_id, []).append(token)
                count += 1
        return count

    def bearer(self, table: dict | None = None) -> str:
        """The least used token of the table's branch."""
        if table is None:
            return self.token
        tokens = self._tokens.get(table["branchId"], [])
        token = min(tokens, key=lambda k: self._spent.get(k, 0), default=None)
        if token is None or self._spent.get(token, 0) >= PER_TOKEN:
            raise HarnessError(f"the tokens of branch {table['branchId']} are spent")
        self._spent[token] = self._spent.get(token, 0) + 1
        return token

    def _get(self, token: str, path: str, **params: str) -> list[dict]:
        import requests

        r = requests.get(f"{self.url}{path}", params=params, timeout=60,
                         headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        body = r.json()
        return body.get("data", body) if isinstance(body, dict) else body

    def branches(self) -> list[dict]:
        return self._get(self.token, "/branches")

    def tables_of(self, branch_ids: list[str]) -> list[dict]:
        """The tables of these branches, one branch's after another's in turn (each next
        change goes to another tile)."""
        each = [self._get(self.bearer({"branchId": b}), "/restaurant/tables", branchId=b)
                for b in branch_ids]
        for tables in each:
            self.status.update({t["id"]: t["status"] for t in tables})
        return [tables[i] for i in range(max(map(len, each), default=0))
                for tables in each if i < len(tables)]


class WallApp(App):
    """The real app on the wall, through bench/app_driver.py (see :class:`App`)."""

    def __init__(self, url: str, workdir: Path, tag: str = "wall") -> None:
        self._spawn(workdir, tag, ["--size", SIZE, "--wall-by", "name"],
                    ["--server", url, "--email", AREA, "--wall"])

    def said(self, word: str, timeout: float) -> str:
        """The rest of the app's line that starts with ``word``."""
        _, line = self.out.wait_for(lambda s: s.split(" ", 1)[0] == word, timeout, f"app '{word}'")
        return line.split(" ", 1)[1]


def by_place(s: Stream, shown: list[str], targets: list[dict]) -> str:
    """The stream's painted p50 and p99 by where the tiles are: the first third of those in
    view (the top rows: a paint draws its tiles in the wall's order), the middle, the last."""
    branch_of = {t["id"]: t["branchId"] for t in targets}
    place = {b: min(2, 3 * i // max(1, len(shown))) for i, b in enumerate(shown)}
    thirds: list[list[float]] = [[], [], []]
    for tid, ms in s.each:
        thirds[place[branch_of[tid]]].append(ms)
    return (f"wall  {s.rate:8s} by place: " + "; ".join(
        f"{name} third p50 {fmt(pct(v, 50))} p99 {fmt(pct(v, 99))} ms"
        for name, v in zip(("first", "middle", "last"), thirds, strict=True)))


def run_wall(group: str, rates: list[tuple[str, float | None, int]], workdir: Path,
             note, rows: list[tuple[str, str, str, str]]) -> list[Stream]:
    """The wall's streams (zoom "wall"); what it saw on the way goes to ``note``, its load
    (item 9) to ``rows``."""
    stub = GroupStub(group)
    node = app = None
    streams: list[Stream] = []
    try:
        stub.start()
        writer = Writer(stub.url)
        writer.sign_in()
        branches = writer.branches()
        node = Node(writer, [b["id"] for b in branches], wait=False)
        app = WallApp(stub.url, workdir)
        ready = float(app.said("wall-ready", 120 + len(branches) / 2))
        tables = float(app.said("wall-tables", 1))
        signed_in = float(app.said("signed-in", 1))
        first = float(app.said("wall-first", 1))
        visible: list[str] = json.loads(app.said("wall-visible", 10))
        own: str = json.loads(app.said("wall-own", 10))
        node.wait_joined()
        shown = [b for b in visible if b != own]
        servers = writer.sign_in_servers(shown, sum(count for _, _, count in rates))
        targets = writer.tables_of(shown)
        first_s, ready_s = (first - signed_in) / 1000, (ready - signed_in) / 1000
        tables_s = (tables - signed_in) / 1000
        note(f"wall: stub --group {group}, {len(branches)} branches; sign-in → the first "
             f"tile painted with its tables {first_s:.2f} s, → every tile painted with its "
             f"tables {tables_s:.1f} s, → with its floor plans too {ready_s:.1f} s; "
             f"{len(visible)} tiles wholly in view at {SIZE}; PATCHes over the "
             f"{len(targets)} tables of {len(shown)} of them (not the window's own branch), "
             f"as {servers} of their servers")
        if not targets:
            raise HarnessError("no table in view on the wall")
        time.sleep(2.0)  # the first frames end
        for label, rate, count in rates:
            s = stream(app, node, writer, targets, rate, count, "wall", label)
            streams.append(s)
            note(stream_line(s))
            note(by_place(s, shown, targets))
            time.sleep(1.7)
        rss = app.rss_mib()
        note(f"wall: app RSS {rss:.0f} MiB at the end")
        # "Every tile" by its tables: a branch's snapshot is one request, its floor plans
        # another; at the stub's 100 requests in 10 s the snapshots alone take ~20 s
        # (the bound), the plans as many again.
        rows.append(("9", f"the wall of {len(branches)} branches: sign-in → first tile, "
                     "→ every tile painted with its tables (with its plans too); RSS at the end",
                     f"{first_s:.2f} s, {tables_s:.1f} s ({ready_s:.1f} s); {rss:.0f} MiB",
                     ok(first_s <= 2 and tables_s <= 20 and rss * 1.048576 <= 300)
                     + " (≤ 2 s, ≤ 20 s; ≤ 300 MB)"))
    finally:
        if node is not None:
            node.close()
        if app is not None:
            app.close()
        stub.stop()
    return streams
