"""Opt-in pytest plugin: name the test that made each aiohttp session left unclosed.

aiohttp reports an unclosed ``ClientSession`` ("Unclosed client session") only when the
session is finalised, which is whenever a later collection happens to run: in another
test, far from the one that forgot it (seen in 1 of 3 runs of ``tests/floorview/core/``).
This plugin records the test and the stack that created every session, collects after
each test, and lists the sessions finalised unclosed at the end of the run::

    python -m pytest -p tests.unclosed_sessions tests/floorview/core/

It changes nothing unless asked for with ``-p``.
"""

from __future__ import annotations

import gc
import traceback

import aiohttp
import pytest

_running = ["(collection)"]
_found: list[str] = []
_init = aiohttp.ClientSession.__init__
_del = aiohttp.ClientSession.__del__


def _recording_init(self, *args, **kwargs) -> None:
    _init(self, *args, **kwargs)
    # object.__setattr__: ClientSession warns on attributes of its own otherwise
    object.__setattr__(self, "_made_in", _running[0])
    object.__setattr__(self, "_made_at", "".join(traceback.format_stack(limit=16)[:-1]))


def _reporting_del(self, *args, **kwargs) -> None:
    if not self.closed:
        _found.append(f"made in {getattr(self, '_made_in', '?')}, finalised in {_running[0]}:\n"
                      f"{getattr(self, '_made_at', '')}")
    _del(self, *args, **kwargs)


aiohttp.ClientSession.__init__ = _recording_init
aiohttp.ClientSession.__del__ = _reporting_del


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _running[0] = item.nodeid
    yield
    gc.collect()  # this test's garbage is finalised now, while its name is still known
    _running[0] = f"after {item.nodeid}"


def pytest_terminal_summary(terminalreporter) -> None:
    terminalreporter.section("aiohttp sessions left unclosed")
    terminalreporter.write_line(f"{len(_found)} session(s)")
    for report in _found:
        terminalreporter.write_line(report)
