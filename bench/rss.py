"""A process's resident memory over time, and what it is made of (Linux ``/proc``).

    bench/rss.py --pid PID [--every 60] [--minutes 30]           # follow a running process
    bench/rss.py --app [--rate 20] [--speed 60] [--every 30] [--minutes 15] [--size 0]

``--app`` starts the stub (demo data, its simulator at ``--rate`` changes a second, its
clock ``--speed`` times the wall clock) and the real app offscreen against it
(``bench/app_driver.py``, signed in as the demo's host, no journal), then prints one line
a sample: minutes since the app started, RSS, anonymous and file-backed MB, the brk heap
and the largest anonymous mappings. ``--breakdown`` adds the mappings that grew since the
first sample. Nothing is asserted: the figures are printed.

For other benches (``from bench.rss import rss_series``)::

    series = rss_series(pid, every=60, duration=1800, on_sample=print)
    series[-1].rss_mb, series[-1].anon_mb, series[-1].minutes

``rss_sample(pid)`` is one sample (``smaps_rollup``: cheap, no page walk beyond the
kernel's own); ``smaps_breakdown(pid)`` reads ``smaps`` for the resident KB of each
mapping (named by its file, ``[heap]``, ``[stack]``, or ``anon@ADDRESS`` for malloc's
arenas and Qt's large images).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class RssSample:
    """One look at a process: seconds since the series began and its smaps_rollup (KB)."""

    seconds: float
    rss_kb: int
    anon_kb: int
    file_kb: int
    swap_kb: int = 0
    heap_kb: int = 0  # the brk heap ("[heap]"), where glibc's main arena lives
    top_anon: tuple[tuple[str, int], ...] = field(default=())  # largest anonymous mappings

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0

    @property
    def rss_mb(self) -> float:
        return self.rss_kb / 1024.0

    @property
    def anon_mb(self) -> float:
        return self.anon_kb / 1024.0

    @property
    def file_mb(self) -> float:
        return self.file_kb / 1024.0

    def line(self) -> str:
        tops = " ".join(f"{n}={kb / 1024:.1f}" for n, kb in self.top_anon)
        return (f"{self.minutes:7.2f} min  RSS {self.rss_mb:7.1f} MB  anon {self.anon_mb:7.1f}"
                f"  file {self.file_mb:6.1f}  heap {self.heap_kb / 1024:6.1f}  {tops}").rstrip()


def _kb(value: str) -> int:
    return int(value.split()[0])


def rollup(pid: int) -> dict[str, int]:
    """``/proc/PID/smaps_rollup`` as {field: KB} (Rss, Anonymous, Pss_File, Swap…)."""
    out: dict[str, int] = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
        for line in f:
            name, _, rest = line.partition(":")
            if rest.strip().endswith("kB"):
                out[name] = _kb(rest)
    return out


def smaps_breakdown(pid: int) -> dict[str, int]:
    """Resident KB of each mapping of ``/proc/PID/smaps``, by name: a file's path (its
    mappings summed), ``[heap]``, ``[stack]``…, and ``anon@ADDR`` for each unnamed one."""
    out: dict[str, int] = {}
    name = ""
    with open(f"/proc/{pid}/smaps", encoding="utf-8", errors="replace") as f:
        for line in f:
            head = line.split(None, 5)
            if head and "-" in head[0] and not head[0].endswith(":"):
                name = head[5].strip() if len(head) > 5 else f"anon@{head[0].split('-')[0]}"
            elif line.startswith("Rss:"):
                out[name] = out.get(name, 0) + _kb(line[4:])
    return out


def _is_anon(name: str) -> bool:
    return name.startswith(("anon@", "[heap]", "[anon"))


def rss_sample(pid: int, seconds: float = 0.0, top: int = 3) -> RssSample:
    """One sample of ``pid``: RSS and its anonymous/file-backed parts, the brk heap and the
    ``top`` largest anonymous mappings besides it."""
    r = rollup(pid)
    rss, anon = r.get("Rss", 0), r.get("Anonymous", 0)
    heap = 0
    tops: tuple[tuple[str, int], ...] = ()
    if top >= 0:
        parts = smaps_breakdown(pid)
        heap = parts.get("[heap]", 0)
        anons = sorted(((n, kb) for n, kb in parts.items() if n.startswith("anon@")),
                       key=lambda p: -p[1])
        tops = tuple(anons[:top])
    return RssSample(seconds=seconds, rss_kb=rss, anon_kb=anon, file_kb=rss - anon,
                     swap_kb=r.get("Swap", 0), heap_kb=heap, top_anon=tops)


def rss_series(pid: int, every: float = 60.0, duration: float = 1800.0,
               on_sample: Callable[[RssSample], object] | None = None,
               alive: Callable[[], bool] | None = None, top: int = 3) -> list[RssSample]:
    """Sample ``pid`` every ``every`` seconds for ``duration`` seconds (the first at once).

    ``on_sample`` gets each sample as it is taken (print it, write it); the series ends
    early when the process is gone or ``alive()`` says False. Returns the samples.
    """
    start = time.monotonic()
    series: list[RssSample] = []
    while True:
        now = time.monotonic() - start
        if alive is not None and not alive():
            break
        try:
            s = rss_sample(pid, now, top)
        except (FileNotFoundError, ProcessLookupError):
            break
        series.append(s)
        if on_sample is not None:
            on_sample(s)
        if now + every > duration + 1e-6:
            break
        time.sleep(max(0.0, start + now + every - time.monotonic()))
    return series


def grown(before: dict[str, int], after: dict[str, int], least_kb: int = 512) -> list[tuple[str, int]]:
    """Mappings whose resident KB grew by at least ``least_kb`` between two breakdowns."""
    rows = [(n, after[n] - before.get(n, 0)) for n in after]
    return sorted([r for r in rows if r[1] >= least_kb], key=lambda r: -r[1])


# --- inside the app: glibc's own figures -----------------------------------------------------


def mallinfo() -> dict[str, int]:
    """glibc's ``mallinfo2()`` in KB, over every arena: ``arena`` (bytes taken with brk and
    in arenas), ``hblkhd`` (in mmap'd blocks), ``uordblks`` (in use), ``fordblks`` (free but
    kept), ``keepcost`` (trimmable at the top). Empty where there is no glibc."""
    import ctypes
    import ctypes.util

    names = ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
             "uordblks", "fordblks", "keepcost")
    info_type = type("MallInfo2", (ctypes.Structure,),
                     {"_fields_": [(n, ctypes.c_size_t) for n in names]})
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        fn = libc.mallinfo2
    except (OSError, AttributeError, TypeError):
        return {}
    fn.restype = info_type
    info = fn()
    return {n: getattr(info, n) // 1024
            for n in ("arena", "hblkhd", "uordblks", "fordblks", "keepcost")}


class MemStats:
    """In the app (bench/app_driver.py with ``BENCH_MEMSTATS=FILE``): every ``every``
    seconds a JSON line to FILE with RSS, glibc's figures and QPixmapCache's limit. SIGUSR1
    empties QPixmapCache, SIGUSR2 calls ``malloc_trim(0)`` (each noted in FILE), to see
    what each one holds."""

    def __init__(self, path: str, every: float = 20.0) -> None:
        self.path = path
        self.every = every
        self.started = time.monotonic()
        self._timer = None

    def write(self, **extra: object) -> None:
        import json

        from PySide6.QtGui import QPixmapCache

        r = rollup(os.getpid())
        line = {"s": round(time.monotonic() - self.started, 1), "rss": r.get("Rss", 0) // 1024,
                "anon": r.get("Anonymous", 0) // 1024,
                **{k: v // 1024 for k, v in mallinfo().items()},
                "pixmap_limit": QPixmapCache.cacheLimit() // 1024, **extra}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")

    def start(self) -> None:
        import ctypes
        import signal

        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QPixmapCache

        def clear(*_):
            self.write(event="before clear")
            QPixmapCache.clear()
            self.write(event="pixmap cache cleared")

        def trim(*_):
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            self.write(event="trimmed")

        signal.signal(signal.SIGUSR1, clear)
        signal.signal(signal.SIGUSR2, trim)
        self._timer = QTimer()
        self._timer.timeout.connect(self.write)
        self._timer.start(int(self.every * 1000))
        self.write(event="start")


# --- bench/rss.py --app: the real app against the stub's simulator --------------------------


def start_app(work: Path, rate: float, speed: float, size: int = 0, seed: int = 4,
              extra: list[str] | None = None, env_extra: dict[str, str] | None = None) -> tuple[subprocess.Popen, object]:
    """The stub (demo data, simulator) and the app offscreen signed in as the demo's host;
    returns (app process, stub). Its settings, logs and journals stay in ``work``."""
    sys.path.insert(0, str(ROOT))
    from server_stub.testing import StubProcess

    args = ["--simulate", f"{rate:g}", "--simulate-speed", f"{speed:g}", "--seed", str(seed)]
    if size:
        args += ["--demo-size", str(size)]
    stub = StubProcess(args=args, stderr=open(work / "stub.stderr", "w")).start()  # noqa: SIM115
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLOORVIEW_PASSWORD": "demo",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.update(env_extra or {})
    env.pop("FLOORVIEW_SERVER", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(work / var.lower())
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "app_driver.py"), "--",
         "--server", stub.url, "--email", "host@floorview.dev", "--no-journal", "--no-kiosk",
         *(extra or [])],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=open(work / "app.stdout", "w"),  # noqa: SIM115
        stderr=open(work / "app.stderr", "w"))  # noqa: SIM115
    return app, stub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    who = ap.add_mutually_exclusive_group(required=True)
    who.add_argument("--pid", type=int, help="follow this process")
    who.add_argument("--app", action="store_true", help="start the stub and the app, follow the app")
    ap.add_argument("--every", type=float, default=60.0, help="seconds between samples (default 60)")
    ap.add_argument("--minutes", type=float, default=30.0, help="how long (default 30)")
    ap.add_argument("--rate", type=float, default=20.0, help="--app: simulated changes a second")
    ap.add_argument("--speed", type=float, default=60.0, help="--app: the simulated clock's speed")
    ap.add_argument("--size", type=int, default=0, help="--app: add a 'Stress Hall' of N tables")
    ap.add_argument("--breakdown", action="store_true",
                    help="at the end, the mappings that grew since the second sample")
    ap.add_argument("--memstats", type=Path, help="--app: glibc's figures in the app, to FILE "
                    "(JSON lines; SIGUSR1 to the app empties QPixmapCache, SIGUSR2 trims)")
    ap.add_argument("rest", nargs="*", help="--app: more arguments for the app (after --)")
    args = ap.parse_args(argv)

    work = None
    app = stub = None
    try:
        if args.app:
            work = Path(tempfile.mkdtemp(prefix="floorview-rss-"))
            app, stub = start_app(work, args.rate, args.speed, args.size, extra=args.rest,
                                  env_extra={"BENCH_MEMSTATS": str(args.memstats.resolve()),
                                             "BENCH_MEMSTATS_EVERY": f"{args.every:g}"}
                                  if args.memstats else None)
            pid = app.pid
            print(f"# app pid {pid}, stub {stub.url} (simulator {args.rate:g}/s at "
                  f"{args.speed:g}x), work {work}", flush=True)
        else:
            pid = args.pid
        first: dict[str, int] = {}
        series_seen: list[RssSample] = []

        def say(s: RssSample) -> None:
            print(s.line(), flush=True)
            series_seen.append(s)
            if args.breakdown and len(series_seen) == 1:
                first.update(smaps_breakdown(pid))

        series = rss_series(pid, args.every, args.minutes * 60, on_sample=say,
                            alive=(lambda: app.poll() is None) if app else None)
        if args.breakdown and series:
            print("# grown since the first sample (MB):")
            for name, kb in grown(first, smaps_breakdown(pid))[:15]:
                print(f"#   {kb / 1024:7.1f}  {name}")
        if app is not None and app.poll() is not None:
            print(f"# the app exited with {app.returncode}; its stderr is in {work}")
            return 1
        return 0
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(15)
            except subprocess.TimeoutExpired:
                app.kill()
        if stub is not None:
            stub.kill()
        if work is not None and app is not None and app.returncode in (0, -15):
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
