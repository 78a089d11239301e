"""A journal file's safety: why writing it failed, in plain words; one writer per file;
a damaged file moved aside; the file and its folders kept to their owner.

* :func:`problem_of` tells a full disk, a damaged file, a refused permission and
  anything else apart, from SQLite's error code (or its text, or the OS's errno).
* :class:`WriterLock` is an advisory lock on ``<journal>.lock`` beside the file
  (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows): two screens recording the
  same branch's journal stored every change twice. A ``flock`` is held by an open file,
  so two recorders in one process exclude each other as two processes do; the kernel
  drops it when the process dies, so a killed screen leaves no stale lock. The lock
  file itself is kept (removing it would let a third writer lock a new file while the
  second still holds the old one); it goes with its day file when that is pruned.
* :func:`move_aside` renames a damaged file (and its ``-wal``) to
  ``<name>.corrupt-<UTC time>``, so nothing is deleted and a new file can start.
* :func:`prepare` makes the file 0600 (and folders the journal owns 0700) before SQLite
  opens it: SQLite gives its ``-wal`` and ``-shm`` the main file's mode.

Qt-free.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from floorview.core.private import make_private, private_file
from floorview.core.words import translate

#: What every SQLite database file starts with.
SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CORRUPT = 3, 8, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26


class Problem(StrEnum):
    """Why a journal is not being written."""

    FULL = "full"                # the disk (or the user's quota) is full
    DAMAGED = "damaged"          # the file is not a journal any more (moved aside)
    PERMISSION = "permission"    # the folder or the file may not be written
    LOCKED = "locked"            # another floorview records this journal
    OTHER = "other"


def problem_of(exc: BaseException) -> Problem:
    """The kind of problem an error from opening or writing a journal is."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, BaseException) and cause is not exc:
        return problem_of(cause)
    if getattr(exc, "damaged", False):
        return Problem.DAMAGED
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return Problem.FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.PERMISSION
        return Problem.OTHER
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        text = str(exc).lower()
        if code == _SQLITE_FULL or "disk is full" in text:
            return Problem.FULL
        if code in (_SQLITE_NOTADB, _SQLITE_CORRUPT) or "not a database" in text \
                or "malformed" in text:
            return Problem.DAMAGED
        if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in text:
            return Problem.PERMISSION
    return Problem.OTHER


def plain_words(problem: Problem, exc: BaseException | None = None, *,
                where: Path | None = None) -> str:
    """The problem as a manager reads it, in the language in use (the status bar, ``watch``)."""
    if problem is Problem.FULL:
        return translate("JournalFile", "the disk is full")
    if problem is Problem.DAMAGED:
        return translate("JournalFile", "the file is damaged")
    if problem is Problem.PERMISSION:
        return (translate("JournalFile", "no permission to write in {0}").format(where) if where
                else translate("JournalFile", "no permission to write it"))
    if problem is Problem.LOCKED:
        return translate("JournalFile", "another floorview is recording this branch's journal: this one "
                         "records nothing")
    return (translate("JournalFile", "it could not be written ({0})").format(exc) if exc
            else translate("JournalFile", "it could not be written"))


def looks_damaged(path: Path) -> bool:
    """Whether the file on disk no longer starts as an SQLite file does (SQLite itself
    does not notice a file overwritten under an open connection: it went on writing
    its WAL, and read its cached pages, as if nothing had happened)."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged journal (and its ``-wal``) out of the way; its new name."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)  # an index SQLite rebuilds
    return target


def prepare(path: Path, *, own_folder: bool) -> None:
    """Make ``path`` exist, 0600, before SQLite opens it.

    ``own_folder``: the folder is the journal's own (the default folder's branch folder)
    and is made 0700 too; else (``--journal PATH``) only the folders that have to be
    created are, and a folder the user chose is left as it is. Raises ``OSError``.
    """
    if own_folder or not path.parent.exists():
        private_file(path)
    else:
        fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        make_private(path)
    for extra in ("-wal", "-shm"):  # left 0644 by an older floorview
        make_private(path.with_name(path.name + extra))


class Locked(Exception):
    """Another writer holds the journal's lock."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(f"{path} is being recorded by another floorview"
                         + (f" (process {holder})" if holder else ""))
        self.path = path
        self.holder = holder


class WriterLock:
    """One writer per journal file: an exclusive, non-blocking lock on ``<file>.lock``."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.path = journal.with_name(journal.name + ".lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`Locked` (``OSError`` when the lock file cannot
        be made at all)."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        make_private(self.path)
        try:
            _lock(fd)
        except OSError as e:
            holder = ""
            if hasattr(os, "pread"):
                with contextlib.suppress(OSError):
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK,
                           getattr(errno, "EDEADLOCK", errno.EAGAIN)):
                raise Locked(self.journal, holder) from None
            raise
        self._fd = fd
        if hasattr(os, "pwrite"):  # who holds it, for the other's log
            with contextlib.suppress(OSError):  # (a full disk may refuse even these bytes)
                os.ftruncate(fd, 0)
                os.pwrite(fd, str(os.getpid()).encode(), 0)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
