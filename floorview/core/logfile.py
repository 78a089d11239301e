"""Where floorview's log goes: the terminal (stderr) and, for the app, a rotating file in
the platform's log folder, so an unattended host stand keeps a record of its evening.

    floorview --log-level DEBUG     # both the file and the terminal at DEBUG
    floorview -v                    # the terminal at INFO (-vv: DEBUG); the file at INFO

The file is ``floorview.log`` in :func:`log_dir` (Linux: ``$XDG_STATE_HOME/floorview/log``,
else ``~/.local/state/floorview/log``; Windows: ``%LOCALAPPDATA%\\floorview\\Logs``; macOS:
``~/Library/Logs/floorview``), at most 2 MB, with the last five kept as
``floorview.log.1`` ... ``.5``.

No token or password reaches either: every record is redacted as it is formatted
(:class:`RedactingFormatter`), and the loggers known to print their calls' arguments are
kept above DEBUG. The file names the signed-in user: it and its rotated copies are 0600
in a folder 0700, whatever the umask (:mod:`floorview.core.private`).

A file that cannot be written (a full disk) costs one line on stderr, not a traceback per
record (logging's default: 390 of them in 20 s on a full disk at a host stand); the file
is paused, tried again after :data:`RETRY_S`, and says in itself what was lost once it
can be written again (:class:`LogFileHandler`). Qt-free.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

import platformdirs

from floorview.core.private import make_private, private_dir, private_file

#: ``--log-level`` choices.
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

#: The file's level when ``--log-level`` is not given (the terminal's is WARNING).
FILE_DEFAULT = "INFO"

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5
#: After a failed write (a full disk), the file is paused this long (seconds), then tried again.
RETRY_S = 60.0

# qasync's QThreadExecutor logs every submitted call with its arguments, and its result,
# at DEBUG ("Submitting callback <bound method RestClient.login ...> with args (email,
# password)"): whatever runs in the executor, a password included, would be logged.
QUIET_AT_DEBUG = ("qasync",)

_JWT = re.compile(r"eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",}]+")
_KEYS = r"(?:password|passwd|token|access_?token|refresh_?token|secret)"
# a key's value: "key": "v" / 'key': 'v' (JSON, a dict's repr) or key=v (a query, a form)
_FIELD = re.compile(rf"(?i)([\"']{_KEYS}[\"']\s*:\s*|\b{_KEYS}=)(?:\"[^\"]*\"|'[^']*'|[^\s,}}&]+)")


def redact(text: str) -> str:
    """``text`` without what looks like a token or a password field's value."""
    text = _JWT.sub("<token>", text)
    text = _BEARER.sub(r"\1<token>", text)
    return _FIELD.sub(r"\1<redacted>", text)


class RedactingFormatter(logging.Formatter):
    """A formatter that redacts the whole formatted record, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


@dataclass
class _Outage:
    """The file could not be written from ``since`` (this machine's time)."""

    since: datetime
    reason: str
    retry_at: float  # on the handler's monotonic clock
    lost: int = 0  # records not written meanwhile


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file: private, and quiet when it cannot be written.

    Every file it creates (the first, a new one on each rollover, one after the file
    was deleted) is 0600, and its folder 0700; the rotated copies are renamed from it,
    so they stay so.

    A write that fails with ``OSError`` (ENOSPC, EIO, a removed folder) says so in one
    line on ``complain`` (stderr), closes the file and drops records for ``retry_s``;
    the first record after that tries again. Once a write works, the file gets one
    line saying since when and how many records were lost. Any other error (a record
    that cannot be formatted) is logging's usual report.

    Args:
        path: the log file.
        complain: where the one line goes (None: ``sys.stderr`` when it happens).
        clock: monotonic seconds (tests hand in their own).
        retry_s: how long a failed file is left alone.
    """

    def __init__(self, path: Path, *, complain: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic, retry_s: float = RETRY_S,
                 max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        private_file(path)  # created 0600 before logging opens it
        for n in range(1, backups + 1):  # copies an older floorview left readable
            make_private(f"{path}.{n}")
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.complain = complain
        self.clock = clock
        self.retry_s = retry_s
        self.outage: _Outage | None = None
        self._failed = False

    def doRollover(self) -> None:  # noqa: N802 (logging's name)
        super().doRollover()
        # the new file was just created, empty, with the umask's mode
        make_private(self.baseFilename)

    def emit(self, record: logging.LogRecord) -> None:
        outage = self.outage
        if outage is not None:
            if self.clock() < outage.retry_at:
                outage.lost += 1
                return
            if not self._write(self._resumed(outage)):
                outage.lost += 1
                return
            self.outage = None
        self._write(record)

    def _write(self, record: logging.LogRecord) -> bool:
        """Write one record; False when it failed (handleError ran)."""
        self._failed = False
        super().emit(record)
        return not self._failed

    def _resumed(self, outage: _Outage) -> logging.LogRecord:
        try:
            # someone deleted the file to make room: logging would create it readable
            private_file(self.baseFilename)
            # a write the disk cut short left half a line: start on a fresh one
            with open(self.baseFilename, "rb") as f:
                size = f.seek(0, 2)
                last = f.read(1) if size and f.seek(size - 1) >= 0 else b"\n"
            if last != b"\n":
                if self.stream is None:
                    self.stream = self._open()
                self.stream.write("\n")
        except OSError:
            pass  # the record's own write says whether the file works
        return logging.LogRecord(
            __name__, logging.WARNING, __file__, 0,
            "the log file could not be written from %s to now (%s): %d lines lost",
            (outage.since.strftime("%Y-%m-%d %H:%M:%S"), outage.reason, outage.lost), None)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be flushed (a full disk): lost either way
            pass

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._failed = True
        stream, self.stream = self.stream, None
        if stream is not None:
            try:  # its buffer cannot be written either; the descriptor is closed anyway
                stream.close()
            except OSError:
                pass
        retry_at = self.clock() + self.retry_s
        if self.outage is not None:  # the try after a pause failed: pause again, quietly
            self.outage.retry_at = retry_at
            return
        reason = error.strerror or type(error).__name__
        self.outage = _Outage(datetime.now(), reason, retry_at, lost=1)
        line = (f"floorview: cannot write the log file {self.baseFilename} ({reason}); "
                f"file logging paused, trying again in {self.retry_s:.0f} s\n")
        try:
            (self.complain or sys.stderr).write(line)
            (self.complain or sys.stderr).flush()
        except (OSError, ValueError):  # no stderr either: nothing more to do
            pass


def log_dir() -> Path:
    """The platform's folder for floorview's logs (not created)."""
    return platformdirs.user_log_path("floorview", appauthor=False)


def log_path() -> Path:
    return log_dir() / "floorview.log"


def configure(*, verbose: int = 0, level: str | None = None, to_file: bool = False,
              path: Path | None = None, stream: TextIO | None = None) -> Path | None:
    """Set up the root logger: stderr at WARNING (``verbose`` 1: INFO, 2: DEBUG), or at
    ``level`` when given; with ``to_file``, the rotating file too, at ``level`` (default
    INFO). Replaces handlers an earlier call installed. Returns the file's path, or
    None when there is none (it could not be created: said on stderr, not fatal)."""
    close()
    root = logging.getLogger()
    formatter = RedactingFormatter(FORMAT)
    term_level = _level(level) if level else logging.WARNING - 10 * min(2, max(0, verbose))
    levels = []
    # as logging.basicConfig does: a root logger someone else set up (a test run, a host
    # program) keeps its own output
    if not root.handlers:
        term = logging.StreamHandler(stream or sys.stderr)
        term.setLevel(term_level)
        term.setFormatter(formatter)
        # a mark on the handler (see below: ours are the ones reconfigured or removed)
        term._floorview = True  # type: ignore[attr-defined]
        root.addHandler(term)
        levels.append(term_level)
    written: Path | None = None
    if to_file:
        file_level = _level(level or FILE_DEFAULT)
        target = path or log_path()
        try:
            private_dir(target.parent)
            handler = LogFileHandler(target, complain=stream)
        except OSError as e:
            logging.getLogger(__name__).warning("no log file at %s: %s", target, e)
        else:
            handler.setLevel(file_level)
            handler.setFormatter(formatter)
            handler._floorview = True  # type: ignore[attr-defined]  # a mark, as above
            root.addHandler(handler)
            levels.append(file_level)
            written = target
    if levels:
        root.setLevel(min(levels))
    for name in QUIET_AT_DEBUG:
        logging.getLogger(name).setLevel(logging.INFO)
    return written


def current_path() -> Path | None:
    """The log file :func:`configure` opened, if any."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_floorview", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def close() -> None:
    """Remove and close the handlers :func:`configure` installed (tests, a clean exit)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_floorview", False):
            root.removeHandler(handler)
            handler.close()


def _level(name: str) -> int:
    value = logging.getLevelName(name.upper())
    if not isinstance(value, int):
        raise ValueError(f"not a log level: {name!r} (choose one of {', '.join(LEVELS)})")
    return value
