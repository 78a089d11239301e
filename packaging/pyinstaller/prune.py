"""Remove from a PyInstaller onedir bundle the shared libraries nothing in it needs any
more, after packaging/bundle deleted the Qt plugins this app never loads.

    python packaging/pyinstaller/prune.py BUNDLE_DIR

PyInstaller collects every library a collected binary links to; dropping a plugin (the
GTK 3 platform theme pulls in GTK, GDK, Cairo, Pango, ATK...) leaves those behind. This
walks the ELF ``NEEDED`` entries (``readelf -d``) from every binary that stays (the
executable, the Python extension modules, Qt's libraries and plugins) and deletes the
top-level libraries no path reaches. libpython is kept: the bootloader opens it by
name, not by a link. Linux only; elsewhere it does nothing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_ELF = b"\x7fELF"


def needed(path: Path) -> list[str]:
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return _NEEDED.findall(done.stdout)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == _ELF
    except OSError:
        return False


def prune(bundle: Path) -> list[str]:
    internal = bundle / "_internal"
    # shared libraries only: a Python extension module (name.cpython-311-....so) is
    # imported by name, never linked to
    top = {p.name: p for p in internal.iterdir()
           if p.is_file() and p.name.startswith("lib") and ".so" in p.name
           and "cpython-" not in p.name and is_elf(p)}
    roots = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)
             and not (p.parent == internal and p.name in top)]
    keep = {name for name in top if name.startswith("libpython")}
    todo = list(roots) + [top[name] for name in keep]
    seen: set[Path] = set()
    while todo:
        binary = todo.pop()
        if binary in seen:
            continue
        seen.add(binary)
        for name in needed(binary):
            if name in top and name not in keep:
                keep.add(name)
                todo.append(top[name])
    removed = sorted(set(top) - keep)
    for name in removed:
        top[name].unlink()
    return removed


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    removed = prune(Path(sys.argv[1]))
    print(f"pruned {len(removed)} libraries nothing needs: {' '.join(removed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
