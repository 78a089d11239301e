"""The reference client, Node's socket.io-client 4, speaks to the stub: proof that the
stub speaks the real protocol, not just python-socketio's idea of it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from server_stub.contract import check
from tests.server_stub.helpers import WAIT

NODE_DIR = Path(__file__).resolve().parents[1] / "node"
NODE = shutil.which("node")

pytestmark = [
    pytest.mark.node,
    pytest.mark.skipif(NODE is None, reason="node is not installed (scripts/setup installs it)"),
]


@pytest.fixture(scope="module")
def node_client() -> list[str]:
    if not (NODE_DIR / "node_modules" / "socket.io-client").is_dir():
        pytest.fail("tests/node/node_modules is missing: run scripts/setup (npm ci in tests/node)")
    return [NODE, str(NODE_DIR / "client.mjs")]


def start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=NODE_DIR)


def line(proc: subprocess.Popen) -> dict:
    text = proc.stdout.readline()
    assert text, f"node said nothing; stderr: {proc.stderr.read()}"
    return json.loads(text)


@pytest.mark.parametrize("transport", ["default", "polling", "websocket"])
def test_node_joins_a_branch_and_receives_an_event(stub, as_role, node_client, transport):
    manager = as_role("manager")
    branch = manager.ok("GET", "/branches")[0]["id"]
    table = manager.ok("GET", "/restaurant/tables", branchId=branch)[0]
    only = [] if transport == "default" else [transport]
    proc = start([*node_client, stub.url, manager.token, branch, "tableStatusUpdate", *only])
    try:
        joined = line(proc)
        assert joined["step"] == "joined" and joined["ack"] == {"branchId": branch}
        assert transport == "default" or joined["transport"] == transport
        saved = manager.ok("PATCH", f"/restaurant/tables/{table['id']}/status",
                           {"status": "occupied", "guestCount": 2})
        got = line(proc)
        assert got == {"step": "event", "name": "tableStatusUpdate", "payload": saved}
        check(got["payload"], "Table")
        assert proc.wait(WAIT) == 0
    finally:
        proc.kill()
        proc.communicate()


def test_node_is_refused_with_a_bad_token(stub, node_client):
    proc = start([*node_client, stub.url, "not-a-token", "x", "tableStatusUpdate"])
    try:
        assert line(proc) == {"step": "connect_error", "message": "Unauthorized"}
        assert proc.wait(WAIT) == 0
    finally:
        proc.kill()
        proc.communicate()
