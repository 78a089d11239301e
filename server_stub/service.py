"""The stub's business rules: one place that REST, Socket.IO and the simulator all go through.

Every write follows the same path: authorise the role, validate the body, look the table
up, check the caller may see its branch, check ``version``, then change it in one
transaction, and only after the commit emit the event with the saved table to the
branch's room. A failed check raises :class:`ApiError` before anything is written.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from server_stub import validation
from server_stub.auth import Tokens, hash_password, verify_password
from server_stub.repo import Repository

log = logging.getLogger(__name__)

STATUSES = ("available", "reserved", "occupied", "cleaning", "out_of_service")
ROLES = ("admin", "manager", "host", "server")
EMPTYING_STATUSES = ("available", "cleaning")  # these clear guestCount
CAN_ASSIGN = ("admin", "manager", "host")
CAN_EDIT = ("admin", "manager")

# (event, payload, branch id) -> awaitable; the app emits to room branch:<id>.
Emitter = Callable[[str, dict, str], Awaitable[None]]

_REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 409: "Conflict", 413: "Payload Too Large",
    415: "Unsupported Media Type", 429: "Too Many Requests", 500: "Internal Server Error",
}


class ApiError(Exception):
    """An HTTP error in NestJS's shape: ``{"statusCode", "message", "error"}``."""

    def __init__(self, status: int, message: str | list[str],
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict:
        return {"statusCode": self.status, "message": self.message,
                "error": _REASONS.get(self.status, "Error")}


def reason(status: int) -> str:
    return _REASONS.get(status, "Error")


def iso(moment: datetime) -> str:
    """``2026-11-25T19:04:05.123Z``: UTC, milliseconds, as the contract's servers send."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_now() -> datetime:
    return datetime.now(UTC)


FORBIDDEN = "Forbidden resource"


class Service:
    """The rules of API.md over a :class:`Repository`; emits events through ``emit``.

    Write methods are coroutines (they await the emit after the commit); reads are plain.
    ``actor`` is always a User dict as the repository returns it.
    """

    def __init__(self, repo: Repository, tokens: Tokens, emit: Emitter,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.repo = repo
        self.tokens = tokens
        self._emit = emit
        self._clock = clock

    # --- who is asking -------------------------------------------------------------------

    def login(self, body: object) -> dict:
        body = _validate(body, "LoginRequest")
        found = self.repo.find_login(body["email"].strip())
        # verify_password first: it spends the same time when there is no such user
        if not verify_password(body["password"], found[1] if found else None) or found is None:
            raise ApiError(401, "Invalid email or password")
        user = found[0]
        log.info("login: %s (%s)", user["email"], user["role"])
        return {"accessToken": self.tokens.issue(user["id"]), "user": user}

    def user_for_token(self, token: object) -> dict | None:
        """The user a valid token belongs to, if the user still exists."""
        user_id = self.tokens.user_id(token)
        return self.repo.get_user(user_id) if user_id else None

    def token_for(self, email: str, ttl: float | None = None) -> str:
        """Mint a token for a user by email (tests and tools; no password needed)."""
        found = self.repo.find_login(email)
        if not found:
            raise KeyError(f"no user {email}")
        return self.tokens.issue(found[0]["id"], ttl)

    def add_user(self, name: str, email: str, role: str, password: str,
                 branch_ids: list[str], color: str | None = None) -> dict:
        """Create a user (for tests, tools and the demo data)."""
        user: dict[str, Any] = {"id": str(uuid.uuid4()), "name": name, "email": email, "role": role,
                "branchIds": list(branch_ids), "color": color}
        with self.repo.transaction():
            self.repo.add_user(user, hash_password(password))
        added = self.repo.get_user(user["id"])
        assert added is not None  # committed just above
        return added

    @staticmethod
    def can_see(actor: dict, branch_id: str) -> bool:
        return actor["role"] == "admin" or branch_id in actor["branchIds"]

    def _require_branch(self, actor: dict, branch_id: str) -> dict:
        """The branch, if the caller may see it: 403 if not theirs, 404 if it does not exist."""
        branch = self.repo.get_branch(branch_id)
        if not self.can_see(actor, branch_id):
            raise ApiError(403, FORBIDDEN)
        if branch is None:
            raise ApiError(404, f"Branch {branch_id} not found")
        return branch

    @staticmethod
    def _require_role(actor: dict, roles: tuple[str, ...]) -> None:
        if actor["role"] not in roles:
            raise ApiError(403, FORBIDDEN)

    def _require_table(self, actor: dict, table_id: str) -> dict:
        table = self.repo.get_table(table_id)
        if table is None:
            raise ApiError(404, f"Table {table_id} not found")
        if not self.can_see(actor, table["branchId"]):
            raise ApiError(403, FORBIDDEN)
        return table

    # --- reads ---------------------------------------------------------------------------

    def list_branches(self, actor: dict) -> list[dict]:
        return [b for b in self.repo.list_branches() if self.can_see(actor, b["id"])]

    def list_users(self, actor: dict, query: dict) -> list[dict]:
        branch_id = _branch_query(query)
        role = query.get("role")
        if role is not None and role not in ROLES:
            raise ApiError(400, ["role must be one of the following values: " + ", ".join(ROLES)])
        self._require_branch(actor, branch_id)
        return self.repo.list_users(branch_id, role)

    def list_floor_plans(self, actor: dict, query: dict) -> list[dict]:
        branch_id = _branch_query(query)
        self._require_branch(actor, branch_id)
        return self.repo.list_floor_plans(branch_id)

    def list_sections(self, actor: dict, query: dict) -> list[dict]:
        branch_id = _branch_query(query)
        self._require_branch(actor, branch_id)
        return self.repo.list_sections(branch_id)

    def list_tables(self, actor: dict, query: dict) -> list[dict]:
        branch_id = _branch_query(query)
        status = query.get("status")
        if status is not None and status not in STATUSES:
            raise ApiError(400, ["status must be one of the following values: "
                                 + ", ".join(STATUSES)])
        self._require_branch(actor, branch_id)
        return self.repo.list_tables(branch_id, query.get("floorPlanId"), status)

    def get_table(self, actor: dict, table_id: str) -> dict:
        return self._require_table(actor, table_id)

    # --- writes --------------------------------------------------------------------------

    async def create_table(self, actor: dict, body: object) -> dict:
        self._require_role(actor, CAN_EDIT)
        body = _validate(body, "CreateTable")
        self._require_branch(actor, body["branchId"])
        self._check_places(body["branchId"], body)
        section_id = body.get("sectionId")
        section = self.repo.get_section(section_id) if section_id else None
        now = iso(self._clock())
        table = {
            "id": str(uuid.uuid4()), "branchId": body["branchId"],
            "floorPlanId": body["floorPlanId"], "sectionId": section_id,
            "number": body["number"], "capacity": int(body["capacity"]),
            "shape": body["shape"], "x": body["x"], "y": body["y"],
            "width": body["width"], "height": body["height"],
            "rotation": body.get("rotation", 0),
            "status": "available", "guestCount": None,
            "serverId": section["serverId"] if section else None,
            "statusChangedAt": now, "updatedAt": now, "version": 1,
        }
        with self.repo.transaction():
            self.repo.add_table(table)
        return await self._emit_saved("tableCreated", table["id"])

    async def update_table(self, actor: dict, table_id: str, body: object) -> dict:
        self._require_role(actor, CAN_EDIT)
        body = _validate(body, "UpdateTable")
        return await self._change(actor, table_id, body, "tableUpdated", self._apply_update)

    async def update_status(self, actor: dict, table_id: str, body: object) -> dict:
        body = _validate(body, "UpdateTableStatus")
        return await self._change(actor, table_id, body, "tableStatusUpdate", self._apply_status)

    async def assign_server(self, actor: dict, table_id: str, body: object) -> dict:
        self._require_role(actor, CAN_ASSIGN)
        body = _validate(body, "AssignServer")
        return await self._change(actor, table_id, body, "tableAssignmentUpdate",
                                  self._apply_assignment)

    async def delete_table(self, actor: dict, table_id: str) -> dict:
        self._require_role(actor, CAN_EDIT)
        table = self._require_table(actor, table_id)
        with self.repo.transaction():
            self.repo.delete_table(table_id)
        payload = {"id": table_id}
        await self._emit("tableDeleted", payload, table["branchId"])
        return payload

    # --- the write path ------------------------------------------------------------------

    async def _change(self, actor: dict, table_id: str, body: dict, event: str, apply) -> dict:
        with self.repo.transaction():
            table = self._require_table(actor, table_id)
            if "version" in body and body["version"] != table["version"]:
                raise ApiError(409, f"Table {table_id} is at version {table['version']}, "
                                    f"not {body['version']}")
            changed = apply(table, body)
            changed["version"] = table["version"] + 1
            changed["updatedAt"] = iso(self._clock())
            self.repo.save_table(changed)
        return await self._emit_saved(event, table_id)

    async def _emit_saved(self, event: str, table_id: str) -> dict:
        saved = self.repo.get_table(table_id)
        assert saved is not None  # its caller saved it just before, with no await between
        await self._emit(event, saved, saved["branchId"])
        return saved

    def _apply_update(self, table: dict, body: dict) -> dict:
        self._check_places(table["branchId"], body)
        changed = dict(table)
        for key in ("floorPlanId", "sectionId", "number", "capacity", "shape", "x", "y",
                    "width", "height", "rotation"):
            if key in body:
                changed[key] = body[key]
        changed["capacity"] = int(changed["capacity"])
        return changed

    def _apply_status(self, table: dict, body: dict) -> dict:
        changed = dict(table)
        status = body["status"]
        if status != table["status"]:
            changed["statusChangedAt"] = iso(self._clock())
        changed["status"] = status
        if status in EMPTYING_STATUSES:
            changed["guestCount"] = None
        elif "guestCount" in body:
            count = body["guestCount"]
            changed["guestCount"] = None if count is None else int(count)
        return changed

    def _apply_assignment(self, table: dict, body: dict) -> dict:
        server_id = body["serverId"]
        if server_id is not None:
            server = self.repo.get_user(server_id)
            if (server is None or server["role"] != "server"
                    or table["branchId"] not in server["branchIds"]):
                raise ApiError(400, [f"serverId {server_id} is not a server of branch "
                                     f"{table['branchId']}"])
        return {**table, "serverId": server_id}

    def _check_places(self, branch_id: str, body: dict) -> None:
        """A floor plan or section named in a body must belong to the table's branch."""
        problems = []
        if "floorPlanId" in body:
            plan = self.repo.get_floor_plan(body["floorPlanId"])
            if plan is None or plan["branchId"] != branch_id:
                problems.append(f"floorPlanId {body['floorPlanId']} is not a floor plan of "
                                f"branch {branch_id}")
        if body.get("sectionId") is not None:
            section = self.repo.get_section(body["sectionId"])
            if section is None or section["branchId"] != branch_id:
                problems.append(f"sectionId {body['sectionId']} is not a section of "
                                f"branch {branch_id}")
        if problems:
            raise ApiError(400, problems)


def _validate(body: object, schema_name: str) -> dict[str, Any]:
    """``body`` when it fits the named schema, else an ApiError 400 naming every problem."""
    problems = validation.problems(body, schema_name)
    if problems:
        raise ApiError(400, problems)
    assert isinstance(body, dict)  # every request's schema is a JSON object
    return body


def _branch_query(query: dict) -> str:
    branch_id = query.get("branchId")
    if not branch_id:
        raise ApiError(400, ["branchId should not be empty"])
    return branch_id
