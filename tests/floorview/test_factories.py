"""The test factories themselves."""

from __future__ import annotations

from floorview.core.model import Table
from tests.floorview.factories import table_json


def test_table_json_factory_still_parses():
    assert Table.from_json(table_json()).number == "12"
