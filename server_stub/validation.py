"""Request-body validation against the contract's schemas, with NestJS-style messages.

A body that fails gives a list of messages in class-validator's manner ("capacity must
not be greater than 100", "property foo should not exist"), one for each problem.
The schemas come from ``server_stub/contract/schemas.json``: the stub accepts exactly what
the contract describes, plus two checks JSON Schema cannot say: numbers must be finite
floats, and strings must be valid Unicode (no lone surrogates from a ``\\udXXX`` escape).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from server_stub.contract import schema_for

_TYPE_WORDS = {
    "string": "must be a string",
    "integer": "must be an integer number",
    "number": "must be a number",
    "object": "must be an object",
    "array": "must be an array",
    "null": "must be null",
    "boolean": "must be a boolean value",
}


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema_for(name))


def _field(error: ValidationError) -> str:
    path = ".".join(str(p) for p in error.absolute_path)
    return path or "body"


def _message(error: ValidationError, field: str | None = None) -> list[str]:
    field = field or _field(error)
    # A validator sets these on every error it yields (jsonschema's types also allow
    # "unset", for an error made by hand); what they hold is JSON, any of its types.
    kind: Any = error.validator
    value: Any = error.validator_value
    schema: Any = error.schema
    instance: Any = error.instance
    if kind == "additionalProperties":
        allowed = set(schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in allowed)
        return [f"property {k} should not exist" for k in extra]
    if kind == "required":
        missing = [k for k in value if k not in instance]
        return [f"{k} should not be empty" for k in missing]
    if kind == "type":
        types = value if isinstance(value, list) else [value]
        return [f"{field} " + " or ".join(_TYPE_WORDS.get(t, f"must be {t}") for t in types)]
    if kind == "enum":
        return [f"{field} must be one of the following values: " + ", ".join(map(str, value))]
    if kind == "const":
        return [f"{field} must be {value!r}"]
    if kind == "minimum":
        return [f"{field} must not be less than {value}"]
    if kind == "maximum":
        return [f"{field} must not be greater than {value}"]
    if kind == "exclusiveMinimum":
        return [f"{field} must be greater than {value}"]
    if kind == "exclusiveMaximum":
        return [f"{field} must be less than {value}"]
    if kind == "minLength":
        return [f"{field} must be longer than or equal to {value} characters"]
    if kind == "maxLength":
        return [f"{field} must be shorter than or equal to {value} characters"]
    if kind == "pattern":
        return [f"{field} must match {value} regular expression"]
    if kind == "minProperties":
        return [f"{field} must have at least {value} propert{'y' if value == 1 else 'ies'}"]
    if kind == "anyOf" and error.context:
        # Nullable fields: {"anyOf": [X, {"type": "null"}]}. Report X's complaint, "or null".
        best = best_match(e for e in error.context if e.validator_value != "null")
        nullable = any(e.validator_value == "null" for e in error.context)
        messages = _message(best, field)
        if nullable and best.validator == "type":
            messages = [m + " or null" for m in messages]
        return messages
    return [f"{field}: {error.message}"]


def _extra_problems(value, field: str = "body") -> list[str]:
    """Non-finite or overflowing numbers and unencodable strings, anywhere in ``value``."""
    problems: list[str] = []
    if isinstance(value, bool) or value is None:
        return problems
    if isinstance(value, int | float):
        try:
            finite = math.isfinite(float(value))
        except OverflowError:
            finite = False
        if not finite:
            problems.append(f"{field} must be a finite number")
    elif isinstance(value, str):
        if not is_text(value):
            problems.append(f"{field} must be valid Unicode text")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not is_text(key):
                problems.append("body has a property name that is not valid Unicode text")
                continue
            problems += _extra_problems(item, key if field == "body" else f"{field}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            problems += _extra_problems(item, f"{field}.{i}")
    return problems


def is_text(value: str) -> bool:
    """True if ``value`` can be stored and sent as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def problems(body: object, schema_name: str) -> list[str]:
    """Every reason ``body`` breaks the named ``$defs`` schema; empty when it is valid."""
    found = _extra_problems(body)
    if found:
        return found
    errors = sorted(_validator(schema_name).iter_errors(body),
                    key=lambda e: [str(p) for p in e.absolute_path])
    messages: list[str] = []
    for error in errors:
        for message in _message(error):
            if message not in messages:
                messages.append(message)
    return messages
