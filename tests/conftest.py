"""Fixtures for every test."""

import gc
import os
import shutil
import subprocess

import pytest


@pytest.fixture(autouse=True)
def _english_as_the_app_speaks_it(request):
    """Tests that use Qt read the window in English as the app shows it: with
    floorview's English file installed (the plural forms, "1 table" beside "%n tables"),
    whatever the machine's locale. A test that installs another language puts English
    back when it ends."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        from floorview.ui import language

        if language.current() != "en" or not language.installed():
            language.install(request.getfixturevalue("qapp"), "en")
    yield


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_the_main_thread(request):
    """# WORKAROUND: a Qt object caught in a reference cycle is freed by whichever
    thread next triggers Python's cyclic collector: in this suite that can be a stub
    server's or an executor's thread, and Qt crashes freeing a widget or scene off the
    GUI thread (seen as a rare segfault in a later test). Collecting after each test
    that used Qt frees such garbage here, on the main thread."""
    yield
    if {"qapp", "qtbot"} & set(request.fixturenames):
        gc.collect()


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _journals_in_a_temporary_folder(tmp_path_factory, monkeypatch, _session_cache):
    """The app and ``watch`` keep a journal in the platform's data folder by default, and
    the sample evening is cached in its cache folder: in tests (and their subprocesses)
    both are temporary, never the user's (the cache is one for the session: the sample
    evening is recorded once)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_session_cache))


@pytest.fixture
def open_umask():
    """The most permissive umask a session may have (files 0666, folders 0777), for a
    test that checks a private file's mode."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def small_tmpfs(tmp_path):
    """``mount(size)`` -> a folder on a tmpfs of that size ("64k", "1M"): a real full disk.
    Root only (skipped elsewhere, or where mounting fails); unmounted afterwards."""
    mounted = []

    def mount(size: str):
        if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip(f"mounting a {size} tmpfs needs root (a real full disk)")
        where = tmp_path / f"tmpfs-{len(mounted)}"
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"a tmpfs could not be mounted here: {done.stderr.strip()}")
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], check=False)
