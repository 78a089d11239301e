"""Why a connect failed, in the words the status shows ("Cannot reach the server (...)")."""

import aiohttp
import pytest

from floorview.core.live.errors import describe, heartbeat_failed, says_unauthorized


def chained(*texts: str) -> BaseException:
    """An exception raised from the next one, and so on (as engineio raises them)."""
    error: BaseException | None = None
    for text in reversed(texts):
        outer = ConnectionError(text)
        outer.__cause__ = error
        error = outer
    assert error is not None
    return error


@pytest.mark.parametrize(("said", "reads"), [
    ("Cannot connect to host 127.0.0.1:9 ssl:default [Connect call failed]", "connection refused"),
    ("[Errno 111] Connection refused", "connection refused"),
    ("Connection timeout to host", "no answer in time"),
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
     "the server's TLS certificate is not trusted (a private CA needs --ca-bundle)"),
    ({"message": "Unauthorized"}, "Unauthorized"),
    ("", ""),
    (None, ""),
])
def test_a_connect_error_in_plain_words(said, reads):
    assert describe(said) == reads


def test_the_cause_under_engineios_bare_connection_error_is_the_one_told():
    assert describe(chained("Connection error", "Cannot connect to host x:1 [Connect call failed]")) \
        == "connection refused"
    assert describe(chained("Connection error", "something else")) == "Connection error"


def test_a_long_message_is_cut_to_200_characters():
    assert describe("x" * 500) == "x" * 200


@pytest.mark.parametrize(("data", "unauthorized"), [
    ({"message": "Unauthorized"}, True),
    ("unauthorized: token expired", True),
    ({"message": "Forbidden resource"}, False),
    (None, False),
    ({"message": 401}, False),
])
def test_an_unauthorized_connect_error_is_told_apart(data, unauthorized):
    assert says_unauthorized(data) is unauthorized


def test_a_client_without_a_websocket_did_not_miss_a_pong():
    class NoSocket:
        eio = None

    assert heartbeat_failed(NoSocket()) is False


def test_a_websocket_closed_for_want_of_a_pong_is_seen():
    class Socket:
        def __init__(self, error):
            self.error = error

        def exception(self):
            return self.error

    class Client:
        def __init__(self, error):
            self.eio = type("Eio", (), {"ws": Socket(error)})()

    assert heartbeat_failed(Client(aiohttp.ServerTimeoutError("no pong"))) is True
    assert heartbeat_failed(Client(ConnectionResetError())) is False
    assert heartbeat_failed(Client(None)) is False
