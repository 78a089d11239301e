"""bench/rss.py: a real child process that grows on request is seen growing, in its
anonymous memory and in one mapping, and a series ends when the process does."""

from __future__ import annotations

import subprocess
import sys

from bench.rss import grown, mallinfo, rss_sample, rss_series, smaps_breakdown

CHILD = """
import sys
blocks = []
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "grow":
        blocks.append(b"x" * (40 * 2**20))  # 40 MB, every page written
        print("grown", flush=True)
    else:
        break
"""


def start_child() -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def grow(child: subprocess.Popen) -> None:
    child.stdin.write("grow\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "grown"


def test_a_sample_sees_40_mb_more_in_anonymous_memory_and_in_one_mapping():
    child = start_child()
    try:
        before, parts = rss_sample(child.pid), smaps_breakdown(child.pid)
        grow(child)
        after = rss_sample(child.pid)
        assert 38 <= after.anon_mb - before.anon_mb <= 48
        assert 38 <= after.rss_mb - before.rss_mb <= 48
        assert abs(after.file_mb - before.file_mb) < 4  # no file grew
        name, kb = grown(parts, smaps_breakdown(child.pid))[0]
        assert 38 * 1024 <= kb <= 44 * 1024
        assert name.startswith("anon@") or name == "[heap]"
        assert "MB" in after.line() and f"{after.rss_mb:.1f}" in after.line()
    finally:
        child.kill()
        child.wait()


def test_a_series_follows_the_growth_and_ends_with_the_process():
    child = start_child()
    seen = []

    def on_sample(s):
        seen.append(s)
        if len(seen) == 2:
            grow(child)
        if len(seen) == 4:
            child.stdin.close()  # the child leaves
            child.wait()

    try:
        series = rss_series(child.pid, every=0.05, duration=600, on_sample=on_sample)
    finally:
        child.kill()
        child.wait()
    assert series == seen and len(series) == 4  # nothing after the process was gone
    assert [s.seconds for s in series] == sorted(s.seconds for s in series)
    assert series[2].rss_mb - series[1].rss_mb >= 38


def test_mallinfo_counts_what_this_process_has_in_use():
    before = mallinfo()
    block = b"x" * (40 * 2**20)
    after = mallinfo()
    used = (after["uordblks"] + after["hblkhd"]) - (before["uordblks"] + before["hblkhd"])
    assert 38 * 1024 <= used <= 44 * 1024  # KB
    del block
