"""floorview.core.logfile: the terminal and the rotating log file, their levels, and the
redaction of anything that looks like a secret."""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import logging.handlers
import os
import stat

import pytest

from floorview.cli import build_parser
from floorview.core import logfile


@contextlib.contextmanager
def bare_root():
    """A root logger with no handlers, as a real run starts (pytest's, which it adds
    for each phase of a test, are set aside meanwhile)."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers[:] = []
    try:
        yield root
    finally:
        logfile.close()
        root.handlers[:] = saved
        root.setLevel(level)


def test_the_terminal_follows_v_and_the_file_log_level(tmp_path):
    with bare_root():
        term = io.StringIO()
        path = tmp_path / "logs" / "floorview.log"
        assert logfile.configure(verbose=1, to_file=True, path=path, stream=term) == path
        assert logfile.current_path() == path
        log = logging.getLogger("floorview.test")
        log.debug("not kept anywhere")
        log.info("kept in both")
        assert "kept in both" in term.getvalue() and "not kept" not in term.getvalue()
        assert "kept in both" in path.read_text() and "not kept" not in path.read_text()
        logfile.configure(level="DEBUG", to_file=True, path=path, stream=term)
        log.debug("now in both")
        assert "now in both" in term.getvalue() and "now in both" in path.read_text()
        logfile.configure(stream=term)  # watch, snapshot: no file
        assert logfile.current_path() is None
        log.info("terminal only at WARNING")
        assert term.getvalue().count("terminal only") == 0


def test_the_file_rotates(tmp_path):
    with bare_root() as root:
        path = tmp_path / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=io.StringIO())
        [handler] = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert (handler.maxBytes, handler.backupCount) == (logfile.MAX_BYTES, logfile.BACKUPS)


def test_an_unwritable_log_folder_is_said_and_not_fatal(tmp_path):
    with bare_root():
        blocker = tmp_path / "file"
        blocker.write_text("")
        term = io.StringIO()
        assert logfile.configure(to_file=True, path=blocker / "floorview.log", stream=term) is None
        assert "no log file at" in term.getvalue()


def test_the_default_folder_is_the_platforms(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert logfile.log_path().is_relative_to(tmp_path)
    assert logfile.log_path().name == "floorview.log"


@pytest.mark.parametrize("text, secret", [
    ("{'email': 'a@b', 'password': 'hunter2'}", "hunter2"),
    ('{"accessToken": "abc.def.ghi"}', "abc.def.ghi"),
    ("Authorization: Bearer s3cr3t-t0ken", "s3cr3t-t0ken"),
    ("GET /socket.io/?token=s3cr3t&EIO=4", "s3cr3t"),
    ("CONNECT {'token': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'}", "eyJhbGci"),
])
def test_secrets_are_redacted(text, secret):
    assert secret not in logfile.redact(text)


def test_a_traceback_is_redacted_too(tmp_path):
    with bare_root():
        path = tmp_path / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=io.StringIO())
        try:
            raise ValueError("password=hunter2")
        except ValueError:
            logging.getLogger("floorview.test").exception("failed")
        assert "hunter2" not in path.read_text() and "ValueError" in path.read_text()


def test_log_level_option_everywhere_and_v_still_works():
    parser = build_parser()
    assert parser.parse_args(["--log-level", "debug"]).log_level == "DEBUG"
    assert parser.parse_args(["-vv"]).verbose == 2
    assert parser.parse_args(["watch", "--log-level", "info"]).log_level == "INFO"
    assert parser.parse_args(["snapshot", "-v"]).verbose == 1
    with pytest.raises(SystemExit):
        parser.parse_args(["--log-level", "loud"])


# --- a log file that cannot be written ------------------------------------------------------

class FullDisk(io.StringIO):
    """A file stream on a full disk: every write and flush fails as the kernel says."""

    def write(self, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    tell = flush


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def file_handler(root) -> logfile.LogFileHandler:
    [handler] = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    return handler


def test_a_full_disk_is_one_line_on_stderr_then_the_file_comes_back_by_itself(tmp_path, capsys):
    with bare_root() as root:
        term = io.StringIO()
        path = tmp_path / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=term)
        handler = file_handler(root)
        ticks = handler.clock = Ticks()
        log = logging.getLogger("floorview.test")
        log.info("before the disk filled")
        handler.stream = FullDisk()
        for n in range(390):  # 20 s of a host stand's log
            log.info("line %d", n)
        lines = term.getvalue().splitlines()
        assert lines == [f"floorview: cannot write the log file {path} (No space left on "
                         "device); file logging paused, trying again in 60 s"]
        assert "Logging error" not in capsys.readouterr().err
        ticks.now += 30  # still paused: nothing tried, nothing said
        log.info("still full")
        ticks.now += 31
        log.info("after the disk was cleared")
        assert len(term.getvalue().splitlines()) == 1
        text = path.read_text()
        assert "before the disk filled" in text and "after the disk was cleared" in text
        assert "line 5" not in text
        said = [x for x in text.splitlines() if "could not be written" in x]
        assert len(said) == 1 and "(No space left on device): 391 lines lost" in said[0]
        log.info("and on")
        assert path.read_text().count("could not be written") == 1


def test_a_try_that_fails_again_stays_quiet_and_pauses_again(tmp_path, monkeypatch):
    with bare_root() as root:
        term = io.StringIO()
        path = tmp_path / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=term)
        handler = file_handler(root)
        ticks = handler.clock = Ticks()
        log = logging.getLogger("floorview.test")
        handler.stream = FullDisk()
        log.warning("lost")
        ticks.now += 61
        with monkeypatch.context() as m:  # the next try: still full
            m.setattr(handler, "_open", lambda: FullDisk())
            log.warning("lost too")
        log.warning("paused again")
        assert handler.outage is not None
        ticks.now += 61
        log.warning("back")
        said = [x for x in term.getvalue().splitlines() if x.startswith("floorview:")]
        assert len(said) == 1  # (the terminal's own WARNING lines beside it)
        assert "(No space left on device): 3 lines lost" in path.read_text()


def test_a_record_that_cannot_be_formatted_is_still_reported(tmp_path, capsys):
    with bare_root() as root:
        logfile.configure(to_file=True, path=tmp_path / "floorview.log", stream=io.StringIO())
        handler = file_handler(root)
        handler.handle(logging.LogRecord("x", logging.INFO, __file__, 1, "%d", ("nan",), None))
        assert "Logging error" in capsys.readouterr().err  # a bug, not the disk: said
        assert handler.outage is None


@pytest.fixture
def tiny_disk(small_tmpfs):
    """A 64 KiB tmpfs (root only; the injected failure above covers the rest)."""
    return small_tmpfs("64k")

def test_a_really_full_disk(tiny_disk, capsys):
    with bare_root() as root:
        term = io.StringIO()
        path = tiny_disk / "log" / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=term)
        handler = file_handler(root)
        ticks = handler.clock = Ticks()
        filler = tiny_disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as f:
            while True:
                f.write(b"x" * 4096)
                f.flush()
        log = logging.getLogger("floorview.test")
        for n in range(390):
            log.info("line %d %s", n, "." * 80)
        assert len(term.getvalue().splitlines()) == 1, term.getvalue()
        assert "No space left on device" in term.getvalue()
        assert "Logging error" not in capsys.readouterr().err
        filler.unlink()
        ticks.now += 61
        log.info("room again")
        text = path.read_text(errors="replace")
        assert "room again" in text and text.count("could not be written") == 1
        assert len(term.getvalue().splitlines()) == 1


# --- private ---------------------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_log_and_its_rotated_copies_are_private_whatever_the_umask(tmp_path, open_umask):
    older = tmp_path / "state" / "floorview" / "log"
    older.mkdir(parents=True, mode=0o755)
    (older / "floorview.log.3").write_text("an older floorview's copy\n")
    os.chmod(older / "floorview.log.3", 0o644)
    with bare_root() as root:
        path = older / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=io.StringIO())
        handler = file_handler(root)
        handler.maxBytes = 300
        log = logging.getLogger("floorview.test")
        for n in range(20):
            log.info("signed in as host%d@example.com", n)
        rotated = sorted(older.glob("floorview.log.*"))
        assert len(rotated) >= 2
        for f in [path, *rotated]:
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert stat.S_IMODE(older.stat().st_mode) == 0o700


def test_closing_on_a_full_disk_is_quiet(tmp_path):
    with bare_root() as root:
        logfile.configure(to_file=True, path=tmp_path / "floorview.log", stream=io.StringIO())
        file_handler(root).stream = FullDisk()
        logfile.close()  # a clean exit while the disk is full: no traceback out of it
        assert not root.handlers


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_log_deleted_to_make_room_comes_back_private(tmp_path, open_umask):
    with bare_root() as root:
        path = tmp_path / "floorview.log"
        logfile.configure(to_file=True, path=path, stream=io.StringIO())
        handler = file_handler(root)
        ticks = handler.clock = Ticks()
        log = logging.getLogger("floorview.test")
        handler.stream = FullDisk()
        log.info("lost")
        path.unlink()  # what a person clearing a full disk deletes first
        ticks.now += 61
        log.info("signed in as ana@example.com")
        assert "ana@example.com" in path.read_text()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
