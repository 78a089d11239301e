"""The project's own description of the contract stays in step with the stub."""

from __future__ import annotations

import re
from pathlib import Path

from server_stub.app import StubConfig, _Rest
from server_stub.contract import schemas
from server_stub.gateway import NAMESPACE

DOC = (Path(__file__).resolve().parents[2] / "docs" / "contract.md").read_text("utf-8")


def test_every_route_the_stub_serves_is_in_the_doc_and_no_other():
    served = {(r.method, re.sub(r"\{(\w+)\}", r":\1", r.path))
              for r in _Rest(service=None, config=StubConfig()).routes()}
    documented = set(re.findall(r"^\| `(GET|POST|PATCH|DELETE) ([^`?]+)", DOC, re.MULTILINE))
    assert served == documented


def test_the_doc_names_every_event_and_the_namespace():
    for event in ("tableStatusUpdate", "tableAssignmentUpdate", "tableCreated", "tableUpdated",
                  "tableDeleted", "joinBranch", "leaveBranch", "exception", NAMESPACE):
        assert f"`{event}`" in DOC or f"**`{event}`**" in DOC, event


def test_the_schemas_cover_every_entity_and_body():
    assert set(schemas()["$defs"]) >= {
        "Table", "DeletedTable", "FloorPlan", "TableSection", "User", "Branch", "LoginRequest",
        "LoginResponse", "CreateTable", "UpdateTable", "UpdateTableStatus", "AssignServer",
        "Error", "WsException"}
