"""``floorview-stub`` / ``python -m server_stub``: run the stub server until Ctrl-C or SIGTERM.

The first line on stdout is always ``floorview-stub listening on http://HOST:PORT``
(flushed at once), so a parent process - floorview's ``--demo`` - can read the address,
even with ``--port 0``. Logs go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import logging
import re
import signal
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from server_stub import demo, group
from server_stub.app import Runtime, StubConfig
from server_stub.auth import SECRET_ENV
from server_stub.service import utc_now

log = logging.getLogger("server_stub")

LISTENING = "floorview-stub listening on "


def _duration(text: str) -> float:
    """Seconds, or a number with a unit: ``90``, ``90s``, ``30m``, ``12h``, ``2d``."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not match or float(match[1]) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (try 3600, 30m or 12h)")
    return float(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]]


def _limit(text: str) -> tuple[int, float]:
    """``COUNT/SECONDS``, e.g. ``100/10``."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*", text)
    if not match or int(match[1]) < 1 or float(match[2]) <= 0:
        raise argparse.ArgumentTypeError(f"not a rate limit: {text!r} (try 100/10)")
    return int(match[1]), float(match[2])


def _group(text: str) -> tuple[int, int | None]:
    try:
        return group.parse_group(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _non_negative(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
        return value
    return parse


def _positive_float(text: str) -> float:
    value = _non_negative(float)(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def _version() -> str:
    """floorview's version: the stub ships in the same distribution, and imports nothing
    of the app, so it asks the installed distribution's metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("floorview")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="floorview-stub",
        description="The floorview backend stub: the restaurant backend's REST API and "
                    "Socket.IO gateway on one port, with SQLite storage and demo data.",
        epilog=f"Demo logins use the password {demo.DEMO_PASSWORD!r}. Tokens are signed with "
               f"${SECRET_ENV} if set, else with a random secret per start.")
    p.add_argument("--version", action="version", version=f"floorview-stub {_version()}")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
    p.add_argument("--port", type=int, default=3000,
                   help="port to listen on; 0 picks a free one (default %(default)s)")
    p.add_argument("--db", type=Path, metavar="PATH",
                   help="SQLite file to keep the data in across restarts (default: in memory)")
    p.add_argument("--redis", metavar="URL",
                   help="run as one node of a cluster: share Socket.IO events with the other "
                        "nodes through the Redis at URL (redis://127.0.0.1:6379/0); give "
                        f"every node the same --db and ${SECRET_ENV}")
    p.add_argument("--join-ack", action=argparse.BooleanOptionalAction, default=True,
                   help="acknowledge joinBranch when a client asks (default: on; "
                        "--no-join-ack never does, as the bare gateway does)")
    p.add_argument("--demo", action=argparse.BooleanOptionalAction, default=True,
                   help="seed the demo restaurants into an empty database (default: on)")
    p.add_argument("--demo-size", type=_non_negative(int), default=0, metavar="N",
                   help="add a branch 'Stress Hall' with N tables, for load tests")
    p.add_argument("--group", type=_group, default=(0, None), metavar="N[xT]",
                   help="add a restaurant group of N branches (12-60 tables each, or T), "
                        "all seen by area@floorview.dev")
    p.add_argument("--seed", type=int, default=7, help="seed of the demo data and simulator")
    p.add_argument("--simulate", type=_non_negative(float), default=0.0, metavar="RATE",
                   help="play a service of at most about RATE table changes a second (default: off)")
    p.add_argument("--simulate-speed", type=_positive_float, default=1.0, metavar="X",
                   help="the simulated service's clock runs X times as fast as the wall "
                        "clock (default 1: parties stay 45-120 real minutes)")
    p.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS",
                   help="run the server's clock SECONDS ahead of this machine's (negative: "
                        "behind): its stamps and every answer's Date header, to try a "
                        "client against a server whose clock differs (default 0)")
    p.add_argument("--token-ttl", type=_duration, default=12 * 3600, metavar="DURATION",
                   help="how long an access token lives: seconds or 30m, 12h... (default 12h)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="an origin allowed to connect, repeatable (default: every origin, "
                        "for development only)")
    p.add_argument("--rest-rate-limit", type=_limit, default=(100, 10.0), metavar="N/SECONDS",
                   help="REST requests per token (default 100/10)")
    p.add_argument("--login-rate-limit", type=_limit, default=(10, 60.0), metavar="N/SECONDS",
                   help="logins per address (default 10/60)")
    p.add_argument("--ws-rate-limit", type=int, default=20, metavar="N",
                   help="Socket.IO messages a second per socket (default 20)")
    p.add_argument("--log-level", default="INFO",
                   choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="stderr log level")
    return p


def config_from(args: argparse.Namespace) -> StubConfig:
    return StubConfig(
        host=args.host, port=args.port, db_path=args.db, demo=args.demo,
        demo_size=args.demo_size, group=args.group[0], group_tables=args.group[1],
        seed=args.seed, token_ttl=args.token_ttl,
        simulate=args.simulate, simulate_speed=args.simulate_speed,
        rest_rate_limit=args.rest_rate_limit,
        login_rate_limit=args.login_rate_limit, ws_rate_limit=max(1, args.ws_rate_limit),
        cors_origins=args.cors_origin, clock=_offset_clock(args.clock_offset),
        redis_url=args.redis, join_ack=args.join_ack,
    )


def _offset_clock(offset: float) -> Callable[[], datetime] | None:
    """The wall clock moved by ``offset`` seconds (None for 0: the wall clock itself)."""
    if not offset:
        return None
    shift = timedelta(seconds=offset)
    return lambda: utc_now() + shift


async def serve(config: StubConfig) -> None:
    """Run until SIGINT or SIGTERM, then stop cleanly."""
    # Signal handlers first, so a signal that comes while starting still stops cleanly.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C still raises
            loop.add_signal_handler(signum, stop.set)
    runtime = Runtime(config)
    await runtime.start()
    # SIGUSR1 stops the simulator (the server goes on serving), so a parent process that
    # compares a client's tables with the server's can first let the tables hold still.
    usr1 = getattr(signal, "SIGUSR1", None)
    if usr1 is not None:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(usr1, lambda: asyncio.ensure_future(runtime.stop_simulation()))
    try:
        print(LISTENING + runtime.url, flush=True)
        _print_logins(runtime)
        await stop.wait()
    finally:
        log.info("stopping")
        await runtime.stop()


def _print_logins(runtime: Runtime) -> None:
    assert runtime.built is not None  # started
    logins = demo.logins(runtime.built.repo)
    if not logins:
        return
    print(f"demo logins (password {demo.DEMO_PASSWORD!r}):", flush=False)
    for login in logins:
        print(f"  {login.email:<26} {login.role:<8} {login.sees}", flush=False)
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if args.redis and args.db is None:
        p.error("--redis needs --db: the nodes of a cluster share one database file")
    if args.redis and importlib.util.find_spec("redis") is None:
        p.error("--redis needs the redis package: pip install 'floorview[cluster]'")
    logging.basicConfig(level=args.log_level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiohttp.access").setLevel(
        logging.WARNING if args.log_level == "INFO" else args.log_level)
    try:
        asyncio.run(serve(config_from(args)))
    except KeyboardInterrupt:  # a second Ctrl-C while stopping, or no signal handlers
        pass
    except OSError as error:
        log.error("cannot start: %s", error)
        return 1
    return 0
