"""``floorview --demo``: the bundled stub as a child process, with demo data and simulator.

The child prints ``floorview-stub listening on http://127.0.0.1:PORT`` as its first line;
we read the URL from it, keep draining its output into our log, and kill it on exit
(also when floorview itself dies, on Linux, through PR_SET_PDEATHSIG).

A child that dies (killed, crashed) is reaped and started again on the same port, with
the same database file and the same token secret, so the app's client, its token and
its live connection simply reconnect, to the same tables; :attr:`DemoServer.on_event`
hears of it, to tell the user. One that keeps dying (more than ``max_restarts`` times
in ``restart_window`` seconds) is left stopped, and said so.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_EMAIL = "host@floorview.dev"
#: The demo login for the wall (``--demo --wall``): the area manager of the demo's
#: restaurant group, who sees every branch of it.
DEMO_WALL_EMAIL = "area@floorview.dev"
#: How many branches the demo's group has for the wall.
DEMO_WALL_GROUP = 30
DEMO_PASSWORD = "demo"


def demo_stub_args(*, wall: bool = False) -> list[str]:
    """The demo stub's arguments: for the wall, a restaurant group of
    :data:`DEMO_WALL_GROUP` branches (its area manager: :data:`DEMO_WALL_EMAIL`)."""
    return ["--group", str(DEMO_WALL_GROUP)] if wall else []

# server_stub's own variable for its token-signing secret (server_stub.auth.SECRET_ENV;
# not imported: the stub is a child process here, not a library)
STUB_SECRET_ENV = "FLOORVIEW_STUB_SECRET"

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


def stub_command(python: str = sys.executable) -> list[str]:
    """How to start the stub: ``python -m server_stub``, or, in a self-contained bundle
    (where ``sys.executable`` is floorview itself), ``floorview stub``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "stub"]
    return [python, "-m", "server_stub"]


class DemoServer:
    """The stub server in a child process, restarted if it dies.

    Args:
        simulate: about this many simulated table changes a second (0: off).
        extra_args: more arguments for the stub.
        restart: start a child that died again (on by default).
        max_restarts, restart_window: give up after this many restarts within that
            many seconds.

    Attributes:
        on_event: called as ``on_event(text, error)`` from a helper thread when the
            child died (error True) and when it is back (error False).
        restarts: how many times the child was started again.
        gave_up: True once the child died and is not started again.
    """

    def __init__(self, *, simulate: float = 2.0, extra_args: Sequence[str] = (),
                 python: str = sys.executable, restart: bool = True, max_restarts: int = 5,
                 restart_window: float = 60.0) -> None:
        self._base = [*stub_command(python), "--simulate", f"{simulate:g}"]
        self._extra = list(extra_args)
        self.command = [*self._base, "--port", "0", *self._extra]
        self.url: str | None = None
        self.port: int | None = None
        self.restart = restart
        self.max_restarts = max_restarts
        self.restart_window = restart_window
        self.restarts = 0
        self.gave_up = False
        self.on_event: Callable[[str, bool], None] | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._secret = secrets.token_urlsafe(32)  # tokens outlive a restart
        self._restart_times: list[float] = []

    # --- one child ----------------------------------------------------------------------

    def _spawn(self, port: int, timeout: float) -> str:
        """Start one child listening on ``port`` (0: any); its URL, or DemoServerError."""
        assert self._folder is not None
        self.command = [*self._base, "--port", str(port),
                        "--db", str(Path(self._folder.name) / "demo.db"), *self._extra]
        proc = subprocess.Popen(
            self.command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            bufsize=1,
            env={**os.environ, STUB_SECRET_ENV: self._secret},
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self._proc = proc
        seen: list[str] = []
        found = threading.Event()
        url: list[str] = []

        def read() -> None:
            assert proc.stdout is not None
            try:
                for line in proc.stdout:
                    line = line.rstrip()
                    if not url:
                        seen.append(line)
                        match = _URL.search(line) if "listening" in line else None
                        if match:
                            url.append(match.group(0).rstrip("/"))
                            found.set()
                    else:
                        log.debug("stub: %s", line)
            except ValueError:  # the pipe was closed by stop()
                pass
            found.set()

        threading.Thread(target=read, name="demo-stub-output", daemon=True).start()
        found.wait(timeout)
        if not url:
            self._end(proc)
            output = "\n".join(seen[-20:]) or "(no output)"
            raise DemoServerError(f"the demo server did not start:\n{output}")
        log.info("demo server at %s (pid %d)", url[0], proc.pid)
        return url[0]

    @staticmethod
    def _end(proc: subprocess.Popen[str]) -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()

    # --- the server's life ----------------------------------------------------------------

    def start(self, timeout: float = 30.0) -> str:
        """Start the child and return its URL once it listens."""
        self._stopping.clear()
        self._folder = tempfile.TemporaryDirectory(prefix="floorview-demo-")
        atexit.register(self.stop)
        try:
            self.url = self._spawn(0, timeout)
        except DemoServerError:
            self.stop()
            raise
        self.port = int(self.url.rsplit(":", 1)[1])
        threading.Thread(target=self._watch, name="demo-stub-watch", daemon=True).start()
        return self.url

    def _watch(self) -> None:
        """Reap the child when it ends; unless we stopped it, start it again."""
        while not self._stopping.is_set():
            proc = self._proc
            if proc is None:
                return
            code = proc.wait()  # reaps it: no zombie
            if self._stopping.is_set():
                return
            how = f"was killed (signal {-code})" if code < 0 else f"stopped (exit code {code})"
            log.warning("the demo server %s", how)
            if not self.restart:
                self.gave_up = True
                self._tell(f"The demo server {how}.", True)
                return
            if not self._may_restart():
                self.gave_up = True
                self._tell(f"The demo server {how} and keeps stopping; it was not started "
                           "again. Quit and start floorview --demo again.", True)
                return
            self._tell(f"The demo server {how}; starting it again…", True)
            if not self._respawn():
                if self._stopping.is_set():
                    return
                self.gave_up = True
                self._tell("The demo server stopped and could not be started again. "
                           "Quit and start floorview --demo again.", True)
                return
            self.restarts += 1
            self._tell("The demo server was started again; reconnecting.", False)

    def _may_restart(self) -> bool:
        now = time.monotonic()
        self._restart_times = [t for t in self._restart_times if now - t < self.restart_window]
        if len(self._restart_times) >= self.max_restarts:
            return False
        self._restart_times.append(now)
        return True

    def _respawn(self) -> bool:
        """Start the child again on its port (it may take a moment to be free again)."""
        for attempt in range(3):
            with self._lock:
                if self._stopping.is_set():
                    return False
                old = self._proc
                if old is not None and old.stdout is not None:
                    old.stdout.close()
                try:
                    assert self.port is not None
                    self._spawn(self.port, 30.0)
                    return True
                except DemoServerError as e:
                    log.warning("restarting the demo server failed (attempt %d): %s", attempt + 1, e)
            if self._stopping.wait(1.0 + attempt):
                return False
        return False

    def _tell(self, text: str, error: bool) -> None:
        callback = self.on_event
        if callback is None:
            return
        try:
            callback(text, error)
        except Exception:
            log.exception("telling of the demo server failed")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is not None:
                self._end(proc)
            folder, self._folder = self._folder, None
        if folder is not None:
            folder.cleanup()
        atexit.unregister(self.stop)

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
