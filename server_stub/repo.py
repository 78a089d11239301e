"""SQLite storage for the stub: a small repository over the stdlib ``sqlite3``.

Rows go in and come out as the contract's camelCase dicts, so the service never sees SQL
and the REST layer never sees rows. A file database runs in WAL mode; every write the
service makes happens inside one ``transaction()``. Without a path the database lives in
memory and dies with the process.

Several processes may share one file (the nodes of a cluster, ``floorview-stub --db``):
each write transaction begins ``IMMEDIATE``, taking the file's one write lock before it
reads, and a writer that finds it taken waits up to ``BUSY_TIMEOUT`` for it instead of
failing with "database is locked". A table's version is read and bumped inside that
transaction, so versions go up by one a change whichever node makes it.

The repository checks nothing: the service validates and authorises before it writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Seconds a write waits for another process's transaction on the same file (SQLite's
#: ``busy_timeout``); the stub's transactions last milliseconds.
BUSY_TIMEOUT = 10.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS branches (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    timezone TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL,
    color TEXT,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_branches (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    branch_id TEXT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, branch_id)
);
CREATE TABLE IF NOT EXISTS floor_plans (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    floor_plan_id TEXT NOT NULL REFERENCES floor_plans(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    server_id TEXT REFERENCES users(id) ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS restaurant_tables (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    floor_plan_id TEXT NOT NULL REFERENCES floor_plans(id),
    section_id TEXT REFERENCES sections(id) ON DELETE SET NULL,
    number TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    shape TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    rotation REAL NOT NULL,
    status TEXT NOT NULL,
    guest_count INTEGER,
    server_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    status_changed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS restaurant_tables_branch ON restaurant_tables(branch_id);
"""

# (wire name, column name) for each entity; the order is the order of the wire dict.
_TABLE_FIELDS = (
    ("id", "id"), ("branchId", "branch_id"), ("floorPlanId", "floor_plan_id"),
    ("sectionId", "section_id"), ("number", "number"), ("capacity", "capacity"),
    ("shape", "shape"), ("x", "x"), ("y", "y"), ("width", "width"), ("height", "height"),
    ("rotation", "rotation"), ("status", "status"), ("guestCount", "guest_count"),
    ("serverId", "server_id"), ("statusChangedAt", "status_changed_at"),
    ("updatedAt", "updated_at"), ("version", "version"),
)
_FLOOR_PLAN_FIELDS = (
    ("id", "id"), ("branchId", "branch_id"), ("name", "name"), ("width", "width"),
    ("height", "height"), ("sortOrder", "sort_order"),
)
_SECTION_FIELDS = (
    ("id", "id"), ("branchId", "branch_id"), ("floorPlanId", "floor_plan_id"),
    ("name", "name"), ("color", "color"), ("serverId", "server_id"),
)
_BRANCH_FIELDS = (("id", "id"), ("name", "name"), ("timezone", "timezone"))
_REAL_COLUMNS = {"x", "y", "width", "height", "rotation"}


def plain_number(value):
    """A float that holds a whole number comes back as an int (``120.0`` -> ``120``)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _from_row(row: sqlite3.Row, fields) -> dict:
    out = {}
    for wire, column in fields:
        value = row[column]
        out[wire] = plain_number(value) if column in _REAL_COLUMNS else value
    return out


def _insert(conn: sqlite3.Connection, table: str, fields, entity: dict) -> None:
    columns = ", ".join(column for _, column in fields)
    marks = ", ".join("?" for _ in fields)
    conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})",
        [entity[wire] for wire, _ in fields],
    )


class Repository:
    """All reads and writes of the stub's data. Use it from one thread at a time; other
    processes may open the same file."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._conn = sqlite3.connect(
            str(self.path) if self.path else ":memory:",
            isolation_level=None,  # autocommit; transaction() opens explicit ones
            timeout=BUSY_TIMEOUT,  # SQLite's busy_timeout: wait for another process's write
            check_same_thread=False,  # made on one thread, used on the server loop's
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(SCHEMA)
        self._depth = 0

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: committed when the block ends, rolled back if it raises."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    # --- whole database ------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self._conn.execute("SELECT 1 FROM branches LIMIT 1").fetchone() is None

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, in a stable order: for tests that compare states."""
        names = [r[0] for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {
            name: [tuple(row) for row in self._conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2")]
            for name in names
        }

    # --- branches ------------------------------------------------------------------------

    def add_branch(self, branch: dict) -> None:
        _insert(self._conn, "branches", _BRANCH_FIELDS, branch)

    def get_branch(self, branch_id: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM branches WHERE id = ?", (branch_id,)).fetchone()
        return _from_row(row, _BRANCH_FIELDS) if row else None

    def find_branch_by_name(self, name: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM branches WHERE name = ?", (name,)).fetchone()
        return _from_row(row, _BRANCH_FIELDS) if row else None

    def list_branches(self) -> list[dict]:
        rows = self._conn.execute("SELECT * FROM branches ORDER BY rowid")
        return [_from_row(row, _BRANCH_FIELDS) for row in rows]

    # --- users ---------------------------------------------------------------------------

    def add_user(self, user: dict, password_hash: str) -> None:
        self._conn.execute(
            "INSERT INTO users (id, name, email, role, color, password_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (user["id"], user["name"], user["email"], user["role"], user["color"], password_hash),
        )
        for branch_id in user["branchIds"]:
            self.grant_branch(user["id"], branch_id)

    def grant_branch(self, user_id: str, branch_id: str) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO user_branches (user_id, branch_id) VALUES (?, ?)",
            (user_id, branch_id),
        )

    def _user(self, row: sqlite3.Row) -> dict:
        branch_ids = [r[0] for r in self._conn.execute(
            "SELECT ub.branch_id FROM user_branches ub JOIN branches b ON b.id = ub.branch_id "
            "WHERE ub.user_id = ? ORDER BY b.rowid", (row["id"],))]
        return {
            "id": row["id"], "name": row["name"], "email": row["email"], "role": row["role"],
            "branchIds": branch_ids, "color": row["color"],
        }

    def get_user(self, user_id: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        return self._user(row) if row else None

    def find_login(self, email: str) -> tuple[dict, str] | None:
        """The user with this email (any case) and their password hash, or None."""
        row = self._conn.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
        return (self._user(row), row["password_hash"]) if row else None

    def list_users(self, branch_id: str, role: str | None = None) -> list[dict]:
        sql = ("SELECT u.* FROM users u JOIN user_branches ub ON ub.user_id = u.id "
               "WHERE ub.branch_id = ?")
        args: list = [branch_id]
        if role is not None:
            sql += " AND u.role = ?"
            args.append(role)
        return [self._user(row) for row in self._conn.execute(sql + " ORDER BY u.rowid", args)]

    # --- floor plans and sections --------------------------------------------------------

    def add_floor_plan(self, plan: dict) -> None:
        _insert(self._conn, "floor_plans", _FLOOR_PLAN_FIELDS, plan)

    def get_floor_plan(self, plan_id: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM floor_plans WHERE id = ?", (plan_id,)).fetchone()
        return _from_row(row, _FLOOR_PLAN_FIELDS) if row else None

    def list_floor_plans(self, branch_id: str) -> list[dict]:
        rows = self._conn.execute(
            "SELECT * FROM floor_plans WHERE branch_id = ? ORDER BY sort_order, rowid",
            (branch_id,))
        return [_from_row(row, _FLOOR_PLAN_FIELDS) for row in rows]

    def add_section(self, section: dict) -> None:
        _insert(self._conn, "sections", _SECTION_FIELDS, section)

    def get_section(self, section_id: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM sections WHERE id = ?", (section_id,)).fetchone()
        return _from_row(row, _SECTION_FIELDS) if row else None

    def list_sections(self, branch_id: str) -> list[dict]:
        rows = self._conn.execute(
            "SELECT * FROM sections WHERE branch_id = ? ORDER BY rowid", (branch_id,))
        return [_from_row(row, _SECTION_FIELDS) for row in rows]

    # --- tables --------------------------------------------------------------------------

    def add_table(self, table: dict) -> None:
        _insert(self._conn, "restaurant_tables", _TABLE_FIELDS, table)

    def get_table(self, table_id: str) -> dict | None:
        row = self._conn.execute(
            "SELECT * FROM restaurant_tables WHERE id = ?", (table_id,)).fetchone()
        return _from_row(row, _TABLE_FIELDS) if row else None

    def list_tables(self, branch_id: str | None = None, floor_plan_id: str | None = None,
                    status: str | None = None) -> list[dict]:
        sql, args = "SELECT * FROM restaurant_tables WHERE 1 = 1", []
        for column, value in (("branch_id", branch_id), ("floor_plan_id", floor_plan_id),
                              ("status", status)):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(value)
        rows = self._conn.execute(sql + " ORDER BY rowid", args)
        return [_from_row(row, _TABLE_FIELDS) for row in rows]

    def save_table(self, table: dict) -> None:
        """Overwrite every column of an existing table with ``table``'s values."""
        sets = ", ".join(f"{column} = ?" for wire, column in _TABLE_FIELDS if wire != "id")
        values = [table[wire] for wire, _ in _TABLE_FIELDS if wire != "id"]
        self._conn.execute(f"UPDATE restaurant_tables SET {sets} WHERE id = ?",
                           [*values, table["id"]])

    def delete_table(self, table_id: str) -> None:
        self._conn.execute("DELETE FROM restaurant_tables WHERE id = ?", (table_id,))

    def count_tables(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM restaurant_tables").fetchone()[0]

