"""Files that hold people's names, emails or history, kept to their owner.

The journal names the staff, the log names the signed-in user, the settings and crash
reports may hold either: each is created 0600 in a folder 0700, whatever the process's
umask (a host stand's session often runs with 022, which made every one of them
world-readable).

POSIX only: on Windows a file's privacy comes from the per-user data folder it lives in
(``platformdirs``), and ``chmod`` there sets nothing but the read-only flag, so these
functions only create what is missing. Qt-free.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700

_POSIX = os.name == "posix"


def private_dir(path: Path | str) -> Path:
    """Create ``path`` (and any missing parent) as a folder only its owner may enter.

    Each folder this call creates is 0700; ``path`` itself is set to 0700 even when it
    already existed. Parents that existed are left as they are (``~/.local/share`` is
    not ours to change). Raises ``OSError`` when it cannot be created.
    """
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            folder.mkdir(mode=DIR_MODE)
        _chmod(folder, DIR_MODE)
    _chmod(path, DIR_MODE)
    return path


def private_file(path: Path | str) -> Path:
    """Make sure ``path`` exists and only its owner may read or write it.

    Call it before another library opens the file (SQLite, a logging handler): SQLite
    gives its ``-wal`` and ``-shm`` files the main file's mode, so they are private too.
    The folder is made private with :func:`private_dir`. Raises ``OSError``.
    """
    path = Path(path)
    private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    _chmod(path, FILE_MODE)
    return path


def make_private(path: Path | str) -> None:
    """Set an existing file to 0600 (a file another library created, e.g. on rotation).
    Missing files are ignored."""
    with contextlib.suppress(FileNotFoundError):
        _chmod(Path(path), FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if _POSIX:
        os.chmod(path, mode)
