"""server_stub: the bundled backend of floorview, a real server for the whole contract.

REST and Socket.IO on one aiohttp port (``app``), the business rules every write goes
through (``service``), SQLite storage (``repo``), tokens and password hashes (``auth``),
the Socket.IO namespace (``gateway``), demo data (``demo``), a service simulator
(``simulator``), the command line (``cli``) and an in-process server for tests
(``testing``). docs/contract.md describes the contract; ``contract/schemas.json`` holds
its JSON Schemas.
"""
