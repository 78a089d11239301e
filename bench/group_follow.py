"""A group of branches followed over one socket: how soon the first and the last are live,
and what the reconciliation costs afterwards.

    python bench/group_follow.py --group 200x24 --simulate 200 --watch 120

A stub serves the group in a child process (``--group``, the default REST limit of 100
requests in 10 s per token, the simulator playing every branch); the area manager signs
in and a :class:`~floorview.core.group.GroupFollower` follows every branch, loading each
one's floor plans as the wall does. Printed: sign-in → first branch live, → every branch
live, → every branch's floor plans in; the 429s met; the requests by kind; then, over ``--watch`` seconds, the
reconciliation's requests a minute and their share of the server's limit; with
``--check``, whether every store equals the server's tables at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from floorview.core.group import GroupFollower  # noqa: E402
from floorview.core.live import ConnState  # noqa: E402
from floorview.core.live.pacing import RECONCILE  # noqa: E402
from floorview.core.rest import RestClient  # noqa: E402
from server_stub.testing import StubProcess  # noqa: E402

AREA, PASSWORD = "area@floorview.dev", "demo"
SERVER_LIMIT = (100, 10.0)  # the stub's default, which the child keeps


async def follow(url: str, watch: float, check: bool) -> dict[str, float]:
    loop = asyncio.get_running_loop()
    rest = RestClient(url)
    start = time.monotonic()
    await loop.run_in_executor(None, rest.login, AREA, PASSWORD)
    branches = await loop.run_in_executor(None, rest.branches)
    follower = GroupFollower(rest, branches)
    first: list[float] = []
    first_plans: list[float] = []

    def on_change(branch_id: str, update: object) -> None:
        if update is None and not first and follower.states[branch_id].state is ConnState.LIVE:
            first.append(time.monotonic() - start)
        if not first_plans and follower.stores[branch_id].floor_plans:
            first_plans.append(time.monotonic() - start)

    follower.subscribe(on_change)
    await follower.start()
    await follower.wait_live(timeout=300)
    every = time.monotonic() - start
    figures = {"branches": len(branches), "first_live_s": first[0], "all_live_s": every,
               "live": follower.live_count(), "paused_429": follower.live.pacer.paused,
               "reconcile_every_s": follower.reconcile_every}
    print(f"{len(branches)} branches: first live {first[0]:.2f} s after sign-in, every one "
          f"live {every:.1f} s; 429s met: {follower.live.pacer.paused}; "
          f"requests {follower.requests}", flush=True)
    before = follower.live.pacer.granted[RECONCILE]
    watch_end = time.monotonic() + watch
    while not all(st.floor_plans for st in follower.stores.values()) and time.monotonic() < watch_end:
        await asyncio.sleep(0.05)
    plans = time.monotonic() - start
    figures.update(plans_s=plans, first_plans_s=first_plans[0])
    print(f"floor plans: the first branch's {first_plans[0]:.2f} s, every branch's "
          f"{plans:.1f} s after sign-in",
          flush=True)
    await asyncio.sleep(max(0.0, watch_end - time.monotonic()))
    checks = follower.live.pacer.granted[RECONCILE] - before
    per_minute = checks * 60 / watch
    limit_per_minute = SERVER_LIMIT[0] * 60 / SERVER_LIMIT[1]
    figures.update(reconcile_per_min=per_minute, share=per_minute / limit_per_minute)
    print(f"reconciliation over {watch:.0f} s: {checks} requests, {per_minute:.1f} a minute = "
          f"{100 * per_minute / limit_per_minute:.1f} % of the server's limit "
          f"({limit_per_minute:.0f} a minute); each branch checked every "
          f"{follower.reconcile_every:.0f} s; 429s met: {follower.live.pacer.paused}", flush=True)
    if check:
        reader = RestClient(url)  # its own token: its own rate limit
        await loop.run_in_executor(None, reader.login, AREA, PASSWORD)
        differ = 0
        for b in branches:
            server = await loop.run_in_executor(None, reader.tables_json, b.id)
            held = [t.to_json() for t in follower.stores[b.id].tables.values()]
            differ += sorted(server, key=lambda t: t["id"]) != sorted(held, key=lambda t: t["id"])
        print(f"stores differing from the server (the simulator still playing): {differ}")
    await follower.stop()
    follower.close()
    rest.close()
    return figures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--group", default="200x24", help="the stub's --group (default 200x24)")
    p.add_argument("--simulate", default="200", help="the stub's --simulate (changes a second)")
    p.add_argument("--watch", type=float, default=120.0,
                   help="seconds to count the reconciliation's requests once all are live")
    p.add_argument("--check", action="store_true", help="compare every store with the server")
    args = p.parse_args()
    stub = StubProcess(args=["--no-demo", "--group", args.group, "--simulate", args.simulate])
    with stub:
        print(f"stub on {stub.url}: --group {args.group}, --simulate {args.simulate}", flush=True)
        asyncio.run(follow(stub.url, args.watch, args.check))
    return 0


if __name__ == "__main__":
    sys.exit(main())
