"""The app: one run of the window over a branch, signed in and kept live. One job a module:

- :mod:`floorview.app.root` — the composition root: builds the window, the session, the
  store and the controllers for a branch, wires them, and holds them while they live
- :mod:`floorview.app.sign_in` — signing in and choosing the branch, as a state machine
  whose every step says why it ended; the one owner of the REST clients it makes
- :mod:`floorview.app.reopen` — what a window keeps when someone signs in again or
  switches branch (the same window, else its place and the list's sort)
- :mod:`floorview.app.recovery` — the crash hooks: an unhandled exception shown, or in
  kiosk mode the view rebuilt
- :mod:`floorview.app.user_actions` — retry now, sign in again, switch branch, sign out:
  one at a time, a failure logged
- :mod:`floorview.app.wall_feed` — the wall's data: every branch the user may see, live
  over one socket by a group follower, one per sign-in
- :mod:`floorview.app.wall_window` — the wall in a branch's window: All branches, a tile
  opening its branch, Back
- :mod:`floorview.app.demo_supervisor` — ``--demo``'s stub started, watched and stopped
- :mod:`floorview.app.arguments` — the command line as the app reads it
- :mod:`floorview.app.heap_trim` — glibc's freed heap handed back once a minute
- :mod:`floorview.app.entry` — the entry point: the QApplication, the loop, the exit code
- :mod:`floorview.app.__main__` — ``python -m floorview.app``
"""

from floorview.app.arguments import build_parser
from floorview.app.entry import main
from floorview.app.root import FloorviewApp, OpenBranch, Step
from floorview.app.sign_in import Attempt, Ended, SignedIn, SignInFlow

__all__ = ["Attempt", "Ended", "FloorviewApp", "OpenBranch", "SignInFlow", "SignedIn", "Step",
           "build_parser", "main"]
