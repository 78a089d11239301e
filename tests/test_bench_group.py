"""bench/group_follow.py measures what it says, on a small group (a smoke run)."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

from server_stub.testing import StubServer

ROOT = Path(__file__).resolve().parent.parent


def test_a_small_group_is_followed_and_measured(capsys):
    spec = importlib.util.spec_from_file_location("group_follow", ROOT / "bench" / "group_follow.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with StubServer(demo=False, group=6, simulate=20) as srv:
        figures = asyncio.run(bench.follow(srv.url, 1.0, True))
    assert figures["branches"] == figures["live"] == 6
    assert figures["first_live_s"] <= figures["all_live_s"] <= figures["plans_s"]
    assert figures["paused_429"] == 0
    out = capsys.readouterr().out
    assert "6 branches: first live" in out and "a minute =" in out
