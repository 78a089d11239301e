"""The stub's own copy of the wire contract's JSON Schemas (``schemas.json``).

docs/contract.md describes the contract in prose; this file is its machine-readable half.
The stub validates request bodies against it, and the tests validate every answer and
event against it.
"""

import json
import re
from datetime import datetime
from functools import cache
from importlib import resources

from jsonschema import Draft202012Validator, FormatChecker


@cache
def schemas() -> dict:
    """The parsed ``schemas.json`` (one shared dict: do not mutate)."""
    return json.loads(resources.files(__name__).joinpath("schemas.json").read_text("utf-8"))


def schema_for(name: str) -> dict:
    """A schema that validates one ``$defs`` entry, e.g. ``schema_for("Table")``."""
    return {**schemas(), "$ref": f"#/$defs/{name}"}


_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True  # "format" only constrains strings
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@cache
def _checking_validator(name: str) -> Draft202012Validator:
    checker = FormatChecker(formats=())
    checker.checks("date-time")(_is_date_time)
    return Draft202012Validator(schema_for(name), format_checker=checker)


def check(instance: object, name: str) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``instance`` is a valid ``name``
    (``"Table"``, ``"User"``, ...), date-time formats included."""
    _checking_validator(name).validate(instance)
