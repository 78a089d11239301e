"""Would a fresh Debian get every system library Qt links to? The shared libraries of
the Qt this venv runs (its platform plugins, the Qt modules the app imports) must all
resolve, and each one the system provides must come from a package scripts/setup
installs, from one of their dependencies, or from Debian's minimal base (Priority:
required, what `debootstrap --variant=minbase` installs).

This is what a bare Debian 12 showed when scripts/setup did not name python3-venv: a
library present on the developer's machine, missing on a new one, with a message that
blames something else. A new Qt needing a new library fails here first, naming it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYSIDE = Path(__import__("PySide6").__file__).parent
SITE = PYSIDE.parent.resolve()  # the venv's site-packages

pytestmark = pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (Linux)")


def setup_packages() -> list[str]:
    """The SYSTEM_PACKAGES=( ... ) list of scripts/setup."""
    text = (ROOT / "scripts" / "setup").read_text()
    block = re.search(r"^SYSTEM_PACKAGES=\((.*?)^\)", text, re.S | re.M)
    assert block, "scripts/setup has no SYSTEM_PACKAGES=( ... )"
    words = " ".join(line.split("#", 1)[0] for line in block.group(1).splitlines()).split()
    return words


def qt_binaries() -> list[Path]:
    """What the app loads of Qt: the platform plugins (xcb, offscreen, wayland), the GL
    integrations, the SVG and ICO readers and the Python modules it imports."""
    plugins = PYSIDE / "Qt" / "plugins"
    found = [*sorted((plugins / "platforms").glob("*.so")),
             *sorted((plugins / "xcbglintegrations").glob("*.so")),
             *sorted((plugins / "iconengines").glob("*.so")),
             *sorted((plugins / "imageformats").glob("libqsvg*.so")),
             *sorted((plugins / "imageformats").glob("libqico*.so"))]
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        found += sorted(PYSIDE.glob(f"{module}.*.so"))
    assert any(p.name == "libqxcb.so" for p in found) and any(p.name == "libqoffscreen.so" for p in found)
    return found


def linked() -> dict[str, set[str]]:
    """Each library outside the venv (or "NAME => not found") -> the binaries needing it."""
    needs: dict[str, set[str]] = {}
    for binary in qt_binaries():
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, timeout=60).stdout
        for line in out.splitlines():
            match = re.match(r"\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                needs.setdefault(f"{name} => not found", set()).add(binary.name)
            elif not Path(where).resolve().is_relative_to(SITE):  # PySide6, shiboken6
                needs.setdefault(where, set()).add(binary.name)
    return needs


def test_every_library_qt_links_to_is_found():
    missing = {lib: sorted(by) for lib, by in linked().items() if lib.endswith("not found")}
    assert not missing, f"install the packages that provide {missing} and add them to scripts/setup"


@pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("apt-cache") is None,
                    reason="needs dpkg and apt-cache (Debian)")
def test_every_library_qt_links_to_comes_from_a_package_scripts_setup_installs():
    named = setup_packages()
    closure = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
         "--no-breaks", "--no-replaces", "--no-enhances", *named],
        capture_output=True, text=True, timeout=300).stdout
    allowed = {line.strip().split(":")[0] for line in closure.splitlines()
               if line and not line.startswith((" ", "<"))}
    assert set(named) <= allowed, "apt-cache does not know every package scripts/setup names"
    base = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Priority}\n"],
                          capture_output=True, text=True).stdout
    allowed |= {line.split()[0] for line in base.splitlines() if line.endswith(" required")}

    libraries = linked()

    def candidates(path: str) -> list[str]:  # as linked, resolved, and across the /usr merge
        real = str(Path(path).resolve())
        return list(dict.fromkeys((path, real, re.sub(r"^/lib/", "/usr/lib/", real),
                                   re.sub(r"^/usr/lib/", "/lib/", real))))

    # One dpkg -S for every path (it reads its whole database each time it runs: one call
    # a path took 40-60 s of this test under load). It says "pkg[:arch][, pkg2]: PATH"
    # for each path a package owns, and exits 1 when some path has none.
    asked = sorted({c for path in libraries for c in candidates(path)})
    out = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True, timeout=300).stdout
    owners = {}
    for line in out.splitlines():
        if ": " in line and not line.startswith(("diversion ", "local diversion")):
            packages, owned = line.rsplit(": ", 1)
            owners.setdefault(owned.strip(), packages.split(",")[0].split(":")[0].strip())
    unexplained = {}
    for path, by in libraries.items():
        owner = next((owners[c] for c in candidates(path) if c in owners), None)
        if owner is None or owner not in allowed:
            unexplained[path] = (owner or "no package", sorted(by))
    assert not unexplained, (
        "libraries Qt links to that a fresh Debian would lack (path: (package, needed by)); "
        f"add the package to scripts/setup's SYSTEM_PACKAGES: {unexplained}")
