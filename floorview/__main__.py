"""``python -m floorview``: the same as the ``floorview`` command."""

import sys

from floorview.cli import main

if __name__ == "__main__":
    sys.exit(main())
