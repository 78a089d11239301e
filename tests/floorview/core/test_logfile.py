"""floorview.core.logfile: the terminal and the rotating log file, their levels, and the
redaction of anything that looks like a secret."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers

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
