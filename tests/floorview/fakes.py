"""Stand-ins for collaborators: a requests transport that answers from a script."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

Answer = Any  # (status, body[, headers]) or an exception instance, or a callable(request)


class ScriptedAdapter(BaseAdapter):
    """Answers each request with the next scripted answer; records what was asked."""

    def __init__(self, *answers: Answer) -> None:
        super().__init__()
        self.answers = list(answers)
        self.requests: list[requests.PreparedRequest] = []
        self.kwargs: list[dict[str, Any]] = []
        self.threads: list[int] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.requests.append(request)
        self.kwargs.append(kwargs)
        self.threads.append(threading.get_ident())
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        answer = self.answers.pop(0)
        if callable(answer) and not isinstance(answer, Exception):
            answer = answer(request)
        if isinstance(answer, Exception):
            raise answer
        status, body, *rest = answer
        headers = rest[0] if rest else {}
        return make_response(request, status, body, headers)

    def close(self) -> None:
        pass


def make_response(
    request: requests.PreparedRequest, status: int, body: Any, headers: dict[str, str] | None = None
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.reason = {200: "OK", 201: "Created", 401: "Unauthorized", 429: "Too Many Requests"}.get(
        status, "Status"
    )
    response.request = request
    response.url = request.url or ""
    response.headers = CaseInsensitiveDict(headers or {})
    if body is None:
        response._content = b""
    elif isinstance(body, bytes):
        response._content = body
    else:
        response._content = json.dumps(body).encode()
        response.headers.setdefault("Content-Type", "application/json")
    return response


def scripted_session(*answers: Answer) -> tuple[requests.Session, ScriptedAdapter]:
    session = requests.Session()
    adapter = ScriptedAdapter(*answers)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, adapter


def body_of(request: requests.PreparedRequest) -> Any:
    return json.loads(request.body) if request.body else None


class Recorder:
    """A callable that records its arguments (for ``sleep=``)."""

    def __init__(self, result: Callable[..., Any] | None = None) -> None:
        self.calls: list[tuple] = []
        self._result = result

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        return self._result(*args) if self._result else None
