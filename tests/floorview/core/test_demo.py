"""The demo server child process."""

from __future__ import annotations

import pytest

from floorview.core.demo import DemoServer, DemoServerError


def test_demo_server_child_process_starts_and_stops():
    demo = DemoServer(simulate=0)
    url = demo.start()
    try:
        assert url.startswith("http://127.0.0.1:") and demo.running
        import requests

        answer = requests.post(url + "/auth/login",
                               json={"email": "host@floorview.dev", "password": "demo"},
                               timeout=5)
        assert answer.status_code == 200
    finally:
        demo.stop()
    assert not demo.running


def test_demo_server_that_fails_says_why():
    demo = DemoServer(extra_args=["--no-such-option"])
    with pytest.raises(DemoServerError, match="no-such-option"):
        demo.start(timeout=20)
    assert not demo.running
