"""floorview: a live floor-plan monitor for restaurants, with its bundled backend stub.

``__version__`` is the one place the version lives: pyproject.toml reads it (setuptools'
dynamic ``attr:``, parsed without importing anything), and ``floorview --version`` and
``floorview-stub --version`` print it (the stub through the installed distribution's
metadata, since it imports nothing of floorview).
"""

__version__ = "0.2.0"
