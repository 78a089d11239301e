"""The app: one run of the window over a branch, signed in and kept live. One job a module:

- :mod:`floorview.app.root` — the composition root: builds the window, the session, the
  store and the controllers for a branch, and wires them
- :mod:`floorview.app.arguments` — the command line as the app reads it
- :mod:`floorview.app.heap_trim` — glibc's freed heap handed back once a minute
- :mod:`floorview.app.entry` — the entry point: the QApplication, the loop, the exit code
- :mod:`floorview.app.__main__` — ``python -m floorview.app``
"""

from floorview.app.arguments import build_parser
from floorview.app.entry import main
from floorview.app.root import FloorviewApp, OpenBranch, SignedIn, Step

__all__ = ["FloorviewApp", "OpenBranch", "SignedIn", "Step", "build_parser", "main"]
