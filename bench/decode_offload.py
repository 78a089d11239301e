"""Where to decode the socket's events: the GUI thread, a thread, or a process.

    QT_QPA_PLATFORM=offscreen python -m bench.decode_offload [--rates 100,1000,2500]
        [--events 3000] [--frame-ms 4]

A stub in a child process emits ``tableStatusUpdate`` events at each rate to one branch
(:mod:`bench.live_latency`'s ``--serve``); each payload carries the CLOCK_MONOTONIC time
it was sent. Three clients receive them with python-socketio's ``AsyncClient`` and apply
every event to a :class:`~floorview.core.store.BranchStore` on the Qt GUI thread, as the
app must (its listeners and the scene live there), while a 60 Hz timer keeps the GUI
thread busy ``--frame-ms`` a frame (the paint):

* ``loop``: the client on qasync's loop, on the GUI thread (the app today): the
  Engine.IO read, the Socket.IO decode and the store, one event at a time;
* ``thread``: the client on its own asyncio loop in a worker thread; its handler puts the
  decoded payload in a queue and wakes the GUI loop once per batch, which applies the
  batch;
* ``process``: the client in a child process; it pickles each loop turn's payloads down a
  pipe, which the GUI loop reads (``add_reader``) and applies as one batch.

Printed per client and rate: sent → applied p50 / p99 / max (ms), the GUI thread's CPU a
event (µs, ``time.thread_time``, the frames' own left out), the whole process's (and, for
``process``, the child's) CPU a event, and events missing. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pickle
import statistics
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from floorview.core.demo import DEMO_EMAIL, DEMO_PASSWORD  # noqa: E402
from floorview.core.rest import RestClient  # noqa: E402
from floorview.core.store import BranchStore  # noqa: E402

NAMESPACE = "/restaurant/tables"
EVENTS = ("tableStatusUpdate",)


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def joined_client(url: str, token: str, branch_id: str,
                        on_event: Callable[[str, Any], None]) -> Any:
    import socketio

    client = socketio.AsyncClient(reconnection=False, handle_sigint=False)
    for event in EVENTS:
        client.on(event, (lambda e: lambda *a: on_event(e, a[0] if a else None))(event),
                  namespace=NAMESPACE)
    await client.connect(url, auth={"token": token}, namespaces=[NAMESPACE],
                         transports=["websocket"])
    await client.emit("joinBranch", branch_id, namespace=NAMESPACE)
    await asyncio.sleep(0.3)
    return client


class Receiver:
    """What the GUI thread does with each event: into the store, and its delay noted."""

    def __init__(self, branch_id: str) -> None:
        self.store = BranchStore(branch_id)
        self.delays: list[float] = []
        self.batches = 0

    def apply(self, event: str, payload: Any) -> None:
        self.store.apply_event(event, payload)
        self.delays.append((now() - payload["benchSentAt"]) * 1000)

    def apply_batch(self, items: list[tuple[str, Any]]) -> None:
        self.batches += 1
        for event, payload in items:
            self.apply(event, payload)


# --- the three clients -------------------------------------------------------------------


async def on_loop(url: str, token: str, branch_id: str, rx: Receiver) -> Callable[[], Any]:
    client = await joined_client(url, token, branch_id, rx.apply)
    return client.disconnect


async def in_thread(url: str, token: str, branch_id: str, rx: Receiver) -> Callable[[], Any]:
    gui = asyncio.get_running_loop()
    queue: deque[tuple[str, Any]] = deque()
    woken = threading.Event()

    def drain() -> None:
        woken.clear()
        items = []
        while queue:
            items.append(queue.popleft())
        if items:
            rx.apply_batch(items)

    def on_event(event: str, payload: Any) -> None:  # on the worker thread
        queue.append((event, payload))
        if not woken.is_set():
            woken.set()
            gui.call_soon_threadsafe(drain)

    ready = threading.Event()
    box: dict[str, Any] = {}

    def run() -> None:
        loop = asyncio.new_event_loop()
        box["loop"] = loop

        async def main() -> None:
            box["client"] = await joined_client(url, token, branch_id, on_event)
            ready.set()
            await box["client"].wait()

        loop.run_until_complete(main())
        loop.close()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    await gui.run_in_executor(None, ready.wait, 10)

    async def stop() -> None:
        asyncio.run_coroutine_threadsafe(box["client"].disconnect(), box["loop"]).result(5)
        worker.join(5)

    return stop


def child_main(url: str, token: str, branch_id: str, fd: int) -> None:
    """The ``process`` client's child: each loop turn's payloads, pickled down ``fd``."""
    out = os.fdopen(fd, "wb", buffering=0)
    pending: list[tuple[str, Any]] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()

        def flush() -> None:
            data = pickle.dumps(pending[:], protocol=pickle.HIGHEST_PROTOCOL)
            pending.clear()
            out.write(struct.pack("!I", len(data)) + data)

        def on_event(event: str, payload: Any) -> None:
            if not pending:
                loop.call_soon(flush)
            pending.append((event, payload))

        client = await joined_client(url, token, branch_id, on_event)
        out.write(struct.pack("!I", 0))  # joined
        await client.wait()

    asyncio.run(main())


async def in_process(url: str, token: str, branch_id: str, rx: Receiver) -> Callable[[], Any]:
    gui = asyncio.get_running_loop()
    r, w = os.pipe()
    child = subprocess.Popen([sys.executable, __file__, "--child", url, token, branch_id, str(w)],
                             pass_fds=(w,))
    os.close(w)
    os.set_blocking(r, False)
    buf = bytearray()
    joined = gui.create_future()

    def readable() -> None:
        try:
            chunk = os.read(r, 1 << 20)
        except BlockingIOError:
            return
        buf.extend(chunk)
        while len(buf) >= 4:
            (n,) = struct.unpack_from("!I", buf)
            if len(buf) < 4 + n:
                break
            data = bytes(buf[4:4 + n])
            del buf[:4 + n]
            if n == 0:
                if not joined.done():
                    joined.set_result(None)
                continue
            rx.apply_batch(pickle.loads(data))

    gui.add_reader(r, readable)
    await asyncio.wait_for(joined, 15)
    rx.child_pid = child.pid  # type: ignore[attr-defined]

    async def stop() -> None:
        gui.remove_reader(r)
        child.terminate()
        child.wait(5)
        os.close(r)

    return stop


CLIENTS = {"loop": on_loop, "thread": in_thread, "process": in_process}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rates", default="100,1000,2500")
    p.add_argument("--events", type=int, default=3000)
    p.add_argument("--frame-ms", type=float, default=4.0)
    p.add_argument("--clients", default="loop,thread,process")
    p.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        url, token, branch_id, fd = args.child
        child_main(url, token, branch_id, int(fd))
        return 0

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    stub = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("live_latency.py")), "--serve",
         "--rate", "1", "--events", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert stub.stdout is not None and stub.stdin is not None
    url = stub.stdout.readline().strip()
    rest = RestClient(url)
    rest.login(DEMO_EMAIL, DEMO_PASSWORD)
    branch = rest.branches()[0]
    token = rest.token or ""

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    painting = [0.0]  # the GUI thread's CPU in the frames, to leave out of the events'

    def busy_frame() -> None:  # the paint a frame costs the GUI thread
        began = time.thread_time()
        end = time.perf_counter() + args.frame_ms / 1000
        while time.perf_counter() < end:
            pass
        painting[0] += time.thread_time() - began

    frames = QTimer()
    frames.setInterval(16)
    frames.timeout.connect(busy_frame)

    def stream(rate: float, count: int) -> None:
        # the serving child was started with one rate: tell it this one through a new child
        stub.stdin.write(f"go {branch.id} {rate} {count}\n")
        stub.stdin.flush()
        stub.stdout.readline()

    async def measure(name: str, rate: float) -> str:
        rx = Receiver(branch.id)
        rx.store.apply_snapshot(rest.tables(branch.id))
        stop = await CLIENTS[name](url, token, branch.id, rx)
        await asyncio.sleep(0.5)
        rx.delays.clear()
        frames.start()
        painting[0] = 0.0
        t0, cpu0, proc0 = time.thread_time(), time.process_time(), now()
        child0 = cpu_of(rx.child_pid) if hasattr(rx, "child_pid") else 0.0
        await loop.run_in_executor(None, stream, rate, args.events)
        for _ in range(1000):
            if len(rx.delays) >= args.events:
                break
            await asyncio.sleep(0.01)
        gui_cpu = time.thread_time() - t0 - painting[0]
        all_cpu = time.process_time() - cpu0 - painting[0]
        child_cpu = cpu_of(rx.child_pid) - child0 if hasattr(rx, "child_pid") else 0.0
        wall = now() - proc0
        frames.stop()
        await stop()
        n = len(rx.delays)
        q = statistics.quantiles(rx.delays, n=100) if n > 2 else [float("nan")] * 99
        per = 1e6 / max(1, n)
        child = f", child {child_cpu * per:.0f} µs" if name == "process" else ""
        return (f"{name:8s} {rate:>6g}/s: applied p50 {q[49]:7.2f} p99 {q[98]:7.2f} "
                f"max {max(rx.delays, default=float('nan')):7.1f} ms; GUI thread {gui_cpu * per:4.0f} µs "
                f"an event ({gui_cpu / wall * 100:3.0f} % of a core), process {all_cpu * per:4.0f} µs"
                f"{child}; batches {rx.batches or n}; missing {args.events - n}")

    async def run_all() -> None:
        for rate in (float(r) for r in args.rates.split(",")):
            for name in args.clients.split(","):
                print(await measure(name, rate), flush=True)

    try:
        loop.run_until_complete(run_all())
    finally:
        stub.stdin.write("quit\n")
        stub.stdin.flush()
        stub.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
