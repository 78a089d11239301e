"""``floorview --demo``: the bundled stub as a child process, with demo data and simulator.

The child prints ``floorview-stub listening on http://127.0.0.1:PORT`` as its first line;
we read the URL from it, keep draining its output into our log, and kill it on exit
(also when floorview itself dies, on Linux, through PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import atexit
import logging
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)

DEMO_EMAIL = "host@floorview.dev"
DEMO_PASSWORD = "demo"

_URL = re.compile(r"https?://\S+")


class DemoServerError(RuntimeError):
    """The stub did not start (its output is in the message)."""


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class DemoServer:
    """The stub server in a child process.

    Args:
        simulate: seconds between simulated events (0 turns the simulator off).
        extra_args: more arguments for ``python -m server_stub``.
    """

    def __init__(self, *, simulate: float = 2.0, extra_args: Sequence[str] = (),
                 python: str = sys.executable) -> None:
        self.command = [python, "-m", "server_stub", "--port", "0",
                        "--simulate", f"{simulate:g}", *extra_args]
        self.url: str | None = None
        self._proc: subprocess.Popen[str] | None = None

    def start(self, timeout: float = 30.0) -> str:
        """Start the child and return its URL once it listens."""
        self._proc = subprocess.Popen(
            self.command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            bufsize=1,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        atexit.register(self.stop)
        seen: list[str] = []
        found = threading.Event()

        def read() -> None:
            assert self._proc is not None and self._proc.stdout is not None
            for line in self._proc.stdout:
                line = line.rstrip()
                if self.url is None:
                    seen.append(line)
                    match = _URL.search(line) if "listening" in line else None
                    if match:
                        self.url = match.group(0).rstrip("/")
                        found.set()
                else:
                    log.debug("stub: %s", line)
            found.set()

        threading.Thread(target=read, name="demo-stub-output", daemon=True).start()
        found.wait(timeout)
        if self.url is None:
            self.stop()
            output = "\n".join(seen[-20:]) or "(no output)"
            raise DemoServerError(f"the demo server did not start:\n{output}")
        log.info("demo server at %s (pid %d)", self.url, self._proc.pid)
        return self.url

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()
        atexit.unregister(self.stop)

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

