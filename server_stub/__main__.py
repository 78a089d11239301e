"""``python -m server_stub``: the same as ``floorview-stub``."""

import sys

from server_stub.cli import main

sys.exit(main())
