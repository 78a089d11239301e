"""Why a connect failed or a socket closed, read from what python-socketio hands over."""

from __future__ import annotations

from typing import Any

from floorview.core.words import translate


def heartbeat_failed(client: Any) -> bool:
    """Whether the client's WebSocket was closed for want of a pong (aiohttp sets a
    ServerTimeoutError as the socket's exception then)."""
    ws = getattr(getattr(client, "eio", None), "ws", None)
    exception = getattr(ws, "exception", None)
    if not callable(exception):
        return False
    import aiohttp

    return isinstance(exception(), aiohttp.ServerTimeoutError)


def says_unauthorized(data: Any) -> bool:
    text = data.get("message") if isinstance(data, dict) else data
    return isinstance(text, str) and "unauthori" in text.lower()


def describe(data: Any) -> str:
    if isinstance(data, dict):
        data = data.get("message")
    if isinstance(data, BaseException):
        # Over WebSocket, engineio raises a bare "Connection error" from within its
        # handler of aiohttp's error: the cause (refused, TLS, timeout) is in the chain.
        chain: list[str] = []
        error: BaseException | None = data
        while error is not None and len(chain) < 5:
            chain.append(str(error) or type(error).__name__)
            error = error.__cause__ or error.__context__
        for text in chain[1:]:
            if describe(text) != text[:200]:
                return describe(text)
        data = chain[0]
    if not data:
        return ""
    text = str(data)
    low = text.lower()
    if "certificate" in low or "ssl:" in low and "error" in low:
        return translate("LiveErrors", "the server's TLS certificate is not trusted (a private CA needs --ca-bundle)")
    if "refused" in low or "connect call failed" in low or "cannot connect to host" in low:
        return translate("LiveErrors", "connection refused")
    if "timeout" in low or "timed out" in low:
        return translate("LiveErrors", "no answer in time")
    return text[:200]
