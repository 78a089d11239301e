"""The python-socketio client an attempt gets."""

import signal

from floorview.core.live import LiveConnection
from floorview.core.store import BranchStore
from tests.floorview.gateway import FakeRest, Gateway


def test_the_socket_client_leaves_sigint_alone():
    # python-socketio's own SIGINT handler cancels every task and stops the loop, which
    # under qasync quits the app and in `watch` skips the dump.
    before = signal.getsignal(signal.SIGINT)
    live = LiveConnection(FakeRest(Gateway()), BranchStore("br-1"))
    client = live._default_client()
    assert client.reconnection is False and client.handle_sigint is False
    assert signal.getsignal(signal.SIGINT) is before
