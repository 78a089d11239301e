"""The live connection to a branch: Socket.IO events into its store, resynced on every
connect, healed while live, and kept going through every kind of loss.

Its modules, each one job:

* :mod:`floorview.core.live.connection`: :class:`LiveConnection`, the attempts and their loop.
* :mod:`floorview.core.live.attempt`: one attempt, and its outcome (what it learned).
* :mod:`floorview.core.live.status`: its states and status, as a status bar shows them.
* :mod:`floorview.core.live.client`: the python-socketio client each attempt gets.
* :mod:`floorview.core.live.socket_thread`: that client on a thread of its own (the app's).
* :mod:`floorview.core.live.errors`: why a connect failed or a socket closed.
* :mod:`floorview.core.live.retry`: when the next attempt comes (pure functions).
* :mod:`floorview.core.live.port_probe`: the wait for it, cut short once a refused port accepts.
* :mod:`floorview.core.live.reconcile`: snapshots, reconciliation, versions confirmed.
* :mod:`floorview.core.live.long_polling`: the fallback when WebSocket is refused.
* :mod:`floorview.core.live.group`: many branches' rooms on one socket, each kept by these rules.
* :mod:`floorview.core.live.pacing`: requests paced under a server's rate limit.
* :mod:`floorview.core.live.workarounds`: the labelled workarounds for its libraries.
"""

from floorview.core.live.client import NAMESPACE
from floorview.core.live.connection import LiveConnection
from floorview.core.live.status import ConnectionStatus, ConnState, StatusListener, utcnow
from floorview.core.live.workarounds import RESERVED_EVENTS

__all__ = ["NAMESPACE", "RESERVED_EVENTS", "ConnState", "ConnectionStatus", "LiveConnection",
           "StatusListener", "utcnow"]
