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
kept above DEBUG. Qt-free.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import TextIO

import platformdirs

#: ``--log-level`` choices.
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

#: The file's level when ``--log-level`` is not given (the terminal's is WARNING).
FILE_DEFAULT = "INFO"

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 5

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
        term._floorview = True  # type: ignore[attr-defined]
        root.addHandler(term)
        levels.append(term_level)
    written: Path | None = None
    if to_file:
        file_level = _level(level or FILE_DEFAULT)
        target = path or log_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        except OSError as e:
            logging.getLogger(__name__).warning("no log file at %s: %s", target, e)
        else:
            handler.setLevel(file_level)
            handler.setFormatter(formatter)
            handler._floorview = True  # type: ignore[attr-defined]
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
