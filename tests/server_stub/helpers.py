"""Helpers for the stub's tests: a REST client, a real Socket.IO client, error checks."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import requests
import socketio

from server_stub.contract import check
from server_stub.gateway import NAMESPACE
from server_stub.testing import StubServer

WAIT = 10.0  # seconds to wait for something that should happen at once; never asserted on
UNLIMITED = {"rest_rate_limit": (1_000_000, 10.0), "login_rate_limit": (1_000_000, 60.0)}
EMAILS = {
    "admin": "admin@floorview.dev",
    "manager": "manager@floorview.dev",
    "host": "host@floorview.dev",
    "server": "ana@floorview.dev",
}


class Api:
    """``requests`` against the stub, signed in as one user."""

    def __init__(self, url: str, token: str | None) -> None:
        self.url = url
        self.token = token
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {**self._headers(), **kwargs.pop("headers", {})}
        return self.session.request(method, self.url + path, headers=headers, timeout=WAIT,
                                    **kwargs)

    def get(self, path: str, **params) -> requests.Response:
        return self.request("GET", path, params=params)

    def post(self, path: str, body: object = None, **kwargs) -> requests.Response:
        return self.request("POST", path, json=body, **kwargs)

    def patch(self, path: str, body: object = None, **kwargs) -> requests.Response:
        return self.request("PATCH", path, json=body, **kwargs)

    def delete(self, path: str) -> requests.Response:
        return self.request("DELETE", path)

    def ok(self, method: str, path: str, body: object = None, expect: int = 200, **params):
        """The JSON of a request that must answer ``expect``."""
        kwargs = {"params": params} if params else {}
        if body is not None:
            kwargs["json"] = body
        response = self.request(method, path, **kwargs)
        assert response.status_code == expect, response.text[:2000]
        return response.json()


def login(srv: StubServer, role_or_email: str, password: str = "demo") -> Api:
    """An :class:`Api` signed in through ``POST /auth/login``."""
    email = EMAILS.get(role_or_email, role_or_email)
    response = requests.post(srv.url + "/auth/login", json={"email": email, "password": password},
                             timeout=WAIT)
    assert response.status_code == 200, response.text
    check(response.json(), "LoginResponse")
    return Api(srv.url, response.json()["accessToken"])


def branches(api: Api) -> dict[str, str]:
    """Branch name -> id, as the user sees them."""
    return {b["name"]: b["id"] for b in api.ok("GET", "/branches")}


def assert_error(response: requests.Response, status: int) -> dict:
    """The response is a NestJS error with this status; returns its body."""
    assert response.status_code == status, response.text
    body = response.json()
    check(body, "Error")
    assert body["statusCode"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


class Live:
    """A real python-socketio ``AsyncClient`` on its own loop thread, with a sync face.

    Records every event of the namespace in ``events`` as ``(name, payload)``.
    """

    def __init__(self, url: str, token: str | None, **client_options) -> None:
        self.url = url
        self.token = token
        self.events: list[tuple[str, object]] = []
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.client = self._run(self._make(client_options))

    async def _make(self, options: dict) -> socketio.AsyncClient:
        client = socketio.AsyncClient(**options)

        @client.on("*", namespace=NAMESPACE)
        async def any_event(event: str, *args: object) -> None:
            with self._changed:
                self.events.append((event, args[0] if args else None))
                self._changed.notify_all()

        @client.on("connect_error", namespace=NAMESPACE)
        async def connect_error(data: object) -> None:
            with self._changed:
                self.events.append(("connect_error", data))
                self._changed.notify_all()

        return client

    def refused(self, auth: object = "token") -> object:
        """Connect, expecting a refusal; returns the ``connect_error`` payload."""
        try:
            self.connect(auth)
        except socketio.exceptions.ConnectionError:
            return self.wait_for("connect_error")
        raise AssertionError("the connection was accepted")

    def _run(self, coro, timeout: float = WAIT):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def connect(self, auth: object = "token", transports: list[str] | None = None) -> None:
        """Connect (``transports``: Engine.IO's, e.g. ``["websocket"]``; None: polling,
        then the upgrade)."""
        auth = {"token": self.token} if auth == "token" else auth
        self._run(self.client.connect(self.url, auth=auth, namespaces=[NAMESPACE],
                                      transports=transports, wait_timeout=WAIT))

    def join(self, branch_id: object, ack: bool = True, timeout: float = WAIT):
        """Send ``joinBranch``; with ``ack`` wait for and return the acknowledgement
        (``socketio.exceptions.TimeoutError`` when none comes within ``timeout``)."""
        if ack:
            return self._run(self.client.call("joinBranch", branch_id, namespace=NAMESPACE,
                                              timeout=timeout), timeout + WAIT)
        self.emit("joinBranch", branch_id)
        return None

    def emit(self, event: str, data: object = None, callback=None) -> None:
        self._run(self.client.emit(event, data, namespace=NAMESPACE, callback=callback))

    def wait_for(self, name: str, predicate: Callable[[object], bool] = lambda _: True,
                 timeout: float = WAIT) -> object:
        """The first recorded ``name`` event whose payload satisfies ``predicate``."""
        def found():
            return next((p for n, p in self.events if n == name and predicate(p)), None)

        with self._changed:
            self._changed.wait_for(lambda: found() is not None, timeout)
            payload = found()
        assert payload is not None, f"no {name} event; got {[n for n, _ in self.events]}"
        return payload

    def names(self) -> list[str]:
        with self._changed:
            return [name for name, _ in self.events]

    def close(self) -> None:
        try:
            self._run(self.client.disconnect())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(WAIT)
            self._loop.close()


