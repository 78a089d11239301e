"""``python -m floorview.app``: the app on its own, as ``floorview`` without a command."""

import sys

from floorview.app.entry import main

sys.exit(main())
