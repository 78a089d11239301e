"""Waiting to retry: a refused port probed and the wait cut short once it accepts; a port
that accepts gets the whole wait; stop() ends any wait. Real sockets on loopback."""

import asyncio
import logging
import socket

from floorview.core.live.port_probe import PortAnswer, port_answer, wait_to_retry


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_port_answers_accepts_refused_or_unknown():
    async def scenario():
        server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            assert await port_answer(f"http://127.0.0.1:{port}", 1.0) is PortAnswer.ACCEPTS
        finally:
            server.close()
            await server.wait_closed()
        assert await port_answer(f"http://127.0.0.1:{port}", 1.0) is PortAnswer.REFUSED
        assert await port_answer("http://127.0.0.1:99999", 1.0) is PortAnswer.UNKNOWN

    asyncio.run(scenario())


def waited(delay: float, port: int, *, stopping=lambda: False, probe=(0.05, 0.1)) -> float:
    """Seconds ``wait_to_retry`` took before an attempt at ``port``."""
    async def scenario():
        loop = asyncio.get_running_loop()
        start = loop.time()
        await wait_to_retry(delay, base_url=f"http://127.0.0.1:{port}", port_probe=probe,
                            rng=lambda: 0.5, stopping=stopping)
        return loop.time() - start

    return asyncio.run(scenario())


def test_a_refused_port_that_starts_accepting_ends_the_wait_at_once(caplog):
    port = free_port()
    servers = []

    async def start_listening_soon():
        await asyncio.sleep(0.3)
        servers.append(await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", port))

    async def scenario():
        took = None
        try:
            loop = asyncio.get_running_loop()
            side = asyncio.ensure_future(start_listening_soon())
            start = loop.time()
            await wait_to_retry(30.0, base_url=f"http://127.0.0.1:{port}", port_probe=(0.05, 0.1),
                                rng=lambda: 0.5, stopping=lambda: False)
            took = loop.time() - start
            await side
        finally:
            for server in servers:
                server.close()
                await server.wait_closed()
        return took

    with caplog.at_level(logging.INFO, logger="floorview.core.live"):
        took = asyncio.run(scenario())
    assert took < 30.0 / 2  # not the backoff: the port was probed
    assert any("accepts connections again" in r.getMessage() for r in caplog.records)


def test_a_port_that_accepts_gets_the_whole_wait():
    async def scenario():
        accepted = []

        async def count(reader, writer):
            accepted.append(1)
            writer.close()

        server = await asyncio.start_server(count, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        loop = asyncio.get_running_loop()
        start = loop.time()
        await wait_to_retry(1.0, base_url=f"http://127.0.0.1:{port}", port_probe=(0.05, 0.1),
                            rng=lambda: 0.5, stopping=lambda: False)
        took = loop.time() - start
        server.close()
        await server.wait_closed()
        return took, len(accepted)

    took, probes = asyncio.run(scenario())
    assert took >= 1.0 and probes == 3  # asked, then asked again twice: a server that failed


def test_stopping_ends_a_refused_ports_wait():
    port = free_port()
    calls = []

    def stopping():
        calls.append(1)
        return len(calls) > 3

    took = waited(30.0, port, stopping=stopping)
    assert took < 30.0 / 2


def test_no_probe_is_the_plain_wait():
    took = waited(0.3, free_port(), probe=None)
    assert took >= 0.3
