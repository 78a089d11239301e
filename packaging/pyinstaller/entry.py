"""The entry point of the self-contained bundle (packaging/bundle): one executable,
``floorview``, for the app and the stub.

    floorview [OPTIONS] [watch|snapshot ...]     # as the installed ``floorview``
    floorview stub [OPTIONS]                     # as the installed ``floorview-stub``

In a bundle ``sys.executable`` is this executable, not a Python: whatever starts
``sys.executable -m server_stub`` (floorview --demo's child, with older callers) starts
the bundle again, so ``-m server_stub`` and ``-m floorview`` are understood here too.
"""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["stub"] or argv[:2] == ["-m", "server_stub"]:
        rest = argv[1:] if argv[:1] == ["stub"] else argv[2:]
        if rest == ["--version"]:
            # the stub reads the installed metadata, which a bundle does not carry
            from floorview import __version__

            print(f"floorview-stub {__version__}")
            return 0
        from server_stub.cli import main as stub_main

        sys.argv = ["floorview stub", *rest]
        return stub_main(rest)
    if argv[:2] == ["-m", "floorview"]:
        argv = argv[2:]
    from floorview.cli import main as floorview_main

    return floorview_main(argv)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:]))
