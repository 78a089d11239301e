"""Emit → store-listener latency of the live connection, on qasync's loop or plain asyncio.

    QT_QPA_PLATFORM=offscreen python bench/live_latency.py --rate 2500 --events 2000 --loop qasync

A stub server runs in a child process (``--serve``) and emits ``tableStatusUpdate``
events at ``--rate`` a second to the branch a Session is live on; each payload carries
the time it was sent (CLOCK_MONOTONIC, shared by the processes of one machine) in an
extra field, which clients ignore and keep. The listener records the delay and the
thread it ran on, and checks each table's versions arrive in order.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from floorview.core.demo import DEMO_EMAIL, DEMO_PASSWORD  # noqa: E402
from floorview.core.live import ConnState  # noqa: E402
from floorview.core.rest import RestClient  # noqa: E402
from floorview.core.session import Session  # noqa: E402
from server_stub.testing import StubServer  # noqa: E402


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def emit_paced(srv: StubServer, branch_id: str, tables: list[dict], count: int, rate: float) -> None:
    async def play(emit) -> None:
        versions = {t["id"]: t["version"] for t in tables}
        start = now()
        for i in range(count):
            target = start + i / rate
            while (current := now()) < target:
                await asyncio.sleep(min(0.001, target - current))
            table = tables[i % len(tables)]
            versions[table["id"]] += 1
            payload = {**table, "version": versions[table["id"]],
                       "number": f"B{i}", "benchSentAt": now()}
            await emit("tableStatusUpdate", payload, branch_id)

    srv.play(play, 600)


def serve(args: argparse.Namespace) -> int:
    """The child: a stub that emits when told to on stdin ("go branch-id [rate count]"),
    then says "done"."""
    srv = StubServer(rest_rate_limit=(10**6, 10.0), login_rate_limit=(10**6, 60.0)).start()
    print(srv.url, flush=True)
    for line in sys.stdin:
        words = line.split()
        if words and words[0] == "go":
            branch_id = words[1]
            tables = srv.call(lambda service, b=branch_id: service.repo.list_tables(b))
            rate, count = ((float(words[2]), int(words[3])) if len(words) >= 4
                           else (args.rate, args.events))
            emit_paced(srv, branch_id, tables, count, rate)
            print("done", flush=True)
        elif words and words[0] == "quit":
            break
    srv.stop()
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rate", type=float, default=2500)
    p.add_argument("--events", type=int, default=2000)
    p.add_argument("--loop", choices=("qasync", "asyncio"), default="qasync")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        return serve(args)

    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--rate", str(args.rate), "--events", str(args.events)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = child.stdout.readline().strip()
    rest = RestClient(url)
    rest.login(DEMO_EMAIL, DEMO_PASSWORD)
    branch = rest.branches()[0]
    delays: list[float] = []
    threads: set[int] = set()
    last: dict[str, int] = {}
    out_of_order = 0

    def listener(update) -> None:
        nonlocal out_of_order
        received = now()
        threads.add(threading.get_ident())
        for change in update.changes:
            t = change.after
            sent = t.raw.get("benchSentAt") if t is not None else None
            if sent is None:
                continue
            delays.append((received - sent) * 1000)
            if t.version <= last.get(t.id, -1):
                out_of_order += 1
            last[t.id] = t.version

    async def scenario() -> None:
        session = Session(rest, branch, live_options={"ack_timeout": 0.5})
        session.store.subscribe(listener)
        await session.start()
        await session.live.wait_for(ConnState.LIVE, timeout=10)
        await asyncio.sleep(0.5)
        loop = asyncio.get_running_loop()

        def go() -> None:
            child.stdin.write(f"go {branch.id}\n")
            child.stdin.flush()
            child.stdout.readline()  # "done"

        await loop.run_in_executor(None, go)
        for _ in range(500):
            if len(delays) >= args.events:
                break
            await asyncio.sleep(0.01)
        await session.stop()

    if args.loop == "qasync":
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        loop.run_until_complete(scenario())
        loop.close()
        gc.collect()
    else:
        asyncio.run(scenario())
    child.stdin.write("quit\n")
    child.stdin.flush()
    child.wait(30)

    q = statistics.quantiles(delays, n=100)
    print(f"{args.loop}: {len(delays)}/{args.events} events at {args.rate:g}/s: "
          f"p50 {q[49]:.2f} ms, p99 {q[98]:.2f} ms, max {max(delays):.2f} ms; "
          f"out of order {out_of_order}; listener threads {len(threads)} "
          f"(main: {threads == {threading.main_thread().ident}})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
