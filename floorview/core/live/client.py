"""The python-socketio client each attempt gets: its namespace, options and import."""

from __future__ import annotations

import asyncio
import importlib
import ssl
import sys
from typing import Any

NAMESPACE = "/restaurant/tables"


async def import_socketio() -> None:
    """Import socketio off the loop's thread, once."""
    if "socketio" not in sys.modules:
        # Imported here, off the GUI thread, not with this module: socketio, engineio
        # and aiohttp are ~0.15-0.5 s of imports the window's first paint does not need.
        await asyncio.get_running_loop().run_in_executor(None, importlib.import_module, "socketio")


def new_client(verify: bool | str, *, connect_timeout: float, heartbeat: float) -> Any:
    """A python-socketio ``AsyncClient`` that trusts what ``verify`` says (a CA bundle's
    path, or whether to check certificates at all), never reconnects by itself and
    leaves SIGINT alone."""
    import socketio

    kwargs: dict[str, Any] = {}
    if isinstance(verify, str):  # a private CA: the socket trusts it too
        cafile = verify

        def http_session() -> Any:
            import aiohttp

            context = ssl.create_default_context(cafile=cafile)
            return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context))

        kwargs["http_session"] = http_session
    return socketio.AsyncClient(
        reconnection=False,  # reconnecting is the connection's own: see its module
        handle_sigint=False,
        request_timeout=connect_timeout,
        websocket_extra_options={"heartbeat": heartbeat},
        **kwargs,
    )
