"""The restaurant's entities, parsed from the backend's JSON (docs/contract.md).

Every entity is an immutable value. Parsing follows the contract's rules for clients:
unknown fields are ignored, an unknown ``status``/``shape``/``role`` is kept as
``UNKNOWN`` (its text stays in ``raw``), a missing optional field takes its default, and
anything else that does not fit raises :class:`ParseError` naming the entity and field.
The caller logs that error (never with a token) and drops the payload.

A :class:`Table` keeps the exact JSON it was parsed from (``raw``), so writing it back
out (``to_json``) gives the server's own fields and spellings, timestamps included.
"""

from __future__ import annotations

import math
import re
import reprlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal, Protocol, Self, TypeVar, overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from floorview.core import words
from floorview.core.words import translate


class ParseError(ValueError):
    """A payload that does not fit the contract.

    Attributes:
        entity: what was being parsed ("Table", "tableDeleted", ...).
        field: the offending field, or ``None`` when the payload itself is wrong.
        item_id: for an item of a list, its ``id`` when that much could be read (the
            item is present, only unreadable); None otherwise.
    """

    def __init__(self, entity: str, field: str | None, problem: str, *,
                 item_id: str | None = None) -> None:
        self.entity = entity
        self.field = field
        self.problem = problem
        self.item_id = item_id
        where = f"{entity}.{field}" if field else entity
        super().__init__(f"{where}: {problem}")


class Status(StrEnum):
    AVAILABLE = "available"
    RESERVED = "reserved"
    OCCUPIED = "occupied"
    CLEANING = "cleaning"
    OUT_OF_SERVICE = "out_of_service"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The status's name as a person reads it, in the language in use."""
        global _labels
        if _labels[0] != words.generation():  # looked up once per language: 2,000 lookups took 23 ms
            _labels = (words.generation(), _status_labels())
        return _labels[1][self]


def _status_labels() -> dict[Status, str]:
    return {
        Status.AVAILABLE: translate("Status", "Available"),
        Status.RESERVED: translate("Status", "Reserved"),
        Status.OCCUPIED: translate("Status", "Occupied"),
        Status.CLEANING: translate("Status", "Cleaning"),
        Status.OUT_OF_SERVICE: translate("Status", "Out of service"),
        Status.UNKNOWN: translate("Status", "Unknown"),
    }


_labels: tuple[int, dict[Status, str]] = (-1, {})

#: The statuses a client may set (UNKNOWN is only ever received).
SETTABLE_STATUSES = tuple(s for s in Status if s is not Status.UNKNOWN)
#: The statuses that seat (or expect) a party: a table in one of them has a guest count.
GUEST_STATUSES = frozenset({Status.OCCUPIED, Status.RESERVED})


class Shape(StrEnum):
    ROUND = "round"
    SQUARE = "square"
    RECTANGLE = "rectangle"
    UNKNOWN = "unknown"


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    HOST = "host"
    SERVER = "server"
    UNKNOWN = "unknown"

    # What the contract lets each role do (docs/contract.md, "Who may do what").
    @property
    def may_set_status(self) -> bool:
        return self is not Role.UNKNOWN

    @property
    def may_assign_server(self) -> bool:
        return self in (Role.HOST, Role.MANAGER, Role.ADMIN)

    @property
    def may_edit_layout(self) -> bool:
        return self in (Role.MANAGER, Role.ADMIN)


# --- field readers --------------------------------------------------------------------

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: A number sent as a decimal string: TypeORM returns ``decimal``/``numeric`` columns so
#: ("860.00"), and the contract says to read it as that number. Digits with an optional
#: sign and fraction only: no exponent, "nan", "inf", spaces or empty string.
_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
#: The longest decimal string read (a coordinate's is under 20 characters; a longer one is
#: forged, and would cost time to convert).
MAX_DECIMAL = 64
_MISSING = object()
#: The contract's longest id; a longer one is malformed (and would cost memory per copy).
MAX_ID = 256
#: Longer than any name, label or e-mail address the contract allows (at most 254).
MAX_TEXT = 1024
#: JavaScript's Number.MAX_SAFE_INTEGER: the NestJS backend cannot send a larger integer
#: exactly, so one is forged or corrupt.
MAX_INT = 2**53 - 1


#: Status, Shape, Role: each has an ``UNKNOWN`` member.
_Enum = TypeVar("_Enum", bound=StrEnum)


class _Reader:
    """Reads the fields of one JSON object, raising ParseError that names the field."""

    __slots__ = ("entity", "data")

    def __init__(self, entity: str, data: Any) -> None:
        if not isinstance(data, Mapping):
            raise ParseError(entity, None, f"expected an object, got {_kind(data)}")
        self.entity = entity
        self.data = data

    def _get(self, name: str, default: Any) -> Any:
        value = self.data.get(name, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise ParseError(self.entity, name, "missing")
            return default
        return value

    def fail(self, name: str, problem: str) -> ParseError:
        return ParseError(self.entity, name, problem)

    @overload
    def id(self, name: str, *, optional: Literal[False] = False) -> str: ...
    @overload
    def id(self, name: str, *, optional: bool) -> str | None: ...

    def id(self, name: str, *, optional: bool = False) -> str | None:
        value = self._get(name, None if optional else _MISSING)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(name, f"expected a non-empty id string, got {_kind(value)}")
        if len(value) > MAX_ID:
            raise self.fail(name, f"expected an id of at most {MAX_ID} characters, got {len(value)}")
        return value

    def text(self, name: str, default: Any = _MISSING) -> str:
        value = self._get(name, default)
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {_kind(value)}")
        if len(value) > MAX_TEXT:
            raise self.fail(name, f"expected at most {MAX_TEXT} characters, got {len(value)}")
        return value

    @staticmethod
    def _decimal(value: Any) -> Decimal | None:
        """``value`` as a Decimal when it is a decimal string ("860.00"), else None."""
        if isinstance(value, str) and len(value) <= MAX_DECIMAL and _DECIMAL.fullmatch(value):
            return Decimal(value)
        return None

    @overload
    def integer(self, name: str, *, optional: Literal[False] = False,
                minimum: int | None = None) -> int: ...
    @overload
    def integer(self, name: str, *, optional: bool, minimum: int | None = None) -> int | None: ...

    def integer(self, name: str, *, optional: bool = False, minimum: int | None = None) -> int | None:
        value = self._get(name, None if optional else _MISSING)
        if value is None and optional:
            return None
        decimal = self._decimal(value)
        if decimal is not None and decimal == decimal.to_integral_value():
            value = int(decimal)  # "4" or "4.00"; "4.5" stays a string and is refused
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(name, f"expected an integer, got {_kind(value)}")
        if minimum is not None and value < minimum:
            raise self.fail(name, f"expected at least {minimum}, got {value}")
        if abs(value) > MAX_INT:
            raise self.fail(name, "expected an integer JavaScript can hold exactly, got one "
                            f"of {len(str(abs(value)))} digits")
        return value

    def number(self, name: str, default: Any = _MISSING, *, positive: bool = False) -> float:
        value = self._get(name, default)
        decimal = self._decimal(value)
        if decimal is not None:
            value = float(decimal)
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self.fail(name, f"expected a finite number, got {_kind(value)}")
        if positive and value <= 0:
            raise self.fail(name, f"expected a number above 0, got {value}")
        return float(value)

    def enum(self, name: str, enum: type[_Enum], default: Any = _MISSING) -> _Enum:
        value = self._get(name, default)
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {_kind(value)}")
        try:
            return enum(value)
        except ValueError:
            return enum["UNKNOWN"]  # an enum value newer than this client: shown as unknown

    def time(self, name: str) -> datetime | None:
        value = self._get(name, None)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"expected an RFC 3339 date-time, got {_kind(value)}")
        try:
            return parse_time(value)
        except ValueError:
            raise self.fail(name, f"expected an RFC 3339 date-time, got {value!r}") from None

    def color(self, name: str) -> str | None:
        value = self._get(name, None)
        if value is None:
            return None
        if not isinstance(value, str) or not _COLOR.match(value):
            raise self.fail(name, f"expected a #RRGGBB colour, got {_kind(value)}")
        return value.upper()


def _kind(value: Any) -> str:
    if value is _MISSING:
        return "nothing"
    if value is None:
        return "null"
    # reprlib: bounded in depth and length, so a 1 MB string or a list nested 10,000
    # deep costs nothing to describe (repr() of the latter raises RecursionError).
    text = _SHORT.repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


_SHORT = reprlib.Repr()  # keyword arguments only from Python 3.12
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother, _SHORT.maxlong = 2, 40, 40, 40


def parse_time(text: str) -> datetime:
    """An RFC 3339 date-time as an aware UTC datetime (``Z``, offsets, any precision)."""
    t = text.strip().replace("t", "T").replace("z", "Z")
    if "T" not in t:
        raise ValueError(text)
    when = datetime.fromisoformat(t)
    if when.tzinfo is None:
        raise ValueError(text)
    return when.astimezone(UTC)


def format_time(when: datetime) -> str:
    """The backend's own spelling: ISO-8601 UTC with milliseconds and ``Z``."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def minutes_between(since: datetime | None, now: datetime) -> int | None:
    """Minutes from ``since`` to ``now`` as a clock reads them: from since's minute to
    now's minute, never negative. Whatever second of a minute a view reads the clock
    at, it shows the same figure as every other view (whole elapsed minutes would make
    a view refreshed at :05 and one at :45 differ by one), and every timer on the floor
    steps at the minute, together (an over-time mark with its red timer too)."""
    if since is None:
        return None
    if since.utcoffset() is not None and now.utcoffset() is not None:
        # (the minutes counted on the UTC clock: every zone in use is a whole number of
        # minutes off it; two timestamps are a third of two replace()s, and a window
        # asks this of every table once a second)
        return max(0, int(now.timestamp() // 60 - since.timestamp() // 60))
    start = since.replace(second=0, microsecond=0)
    end = now.replace(second=0, microsecond=0)
    return max(0, int((end - start).total_seconds() // 60))


# --- entities -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    branch_id: str
    floor_plan_id: str
    section_id: str | None
    number: str
    capacity: int
    shape: Shape
    x: float
    y: float
    width: float
    height: float
    rotation: float
    status: Status
    guest_count: int | None
    server_id: str | None
    status_changed_at: datetime | None
    updated_at: datetime | None
    version: int
    #: The JSON object this table was parsed from (read-only), for ``to_json``.
    raw: Mapping[str, Any] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False
    )

    @classmethod
    def from_json(cls, data: Any) -> Table:
        r = _Reader("Table", data)
        rotation = r.number("rotation", 0) % 360.0
        return cls(
            id=r.id("id"),
            branch_id=r.id("branchId"),
            floor_plan_id=r.id("floorPlanId"),
            section_id=r.id("sectionId", optional=True),
            number=r.text("number"),
            capacity=r.integer("capacity", minimum=0),
            shape=r.enum("shape", Shape),
            x=r.number("x"),
            y=r.number("y"),
            width=r.number("width", positive=True),
            height=r.number("height", positive=True),
            rotation=rotation,
            status=r.enum("status", Status),
            guest_count=r.integer("guestCount", optional=True, minimum=0),
            server_id=r.id("serverId", optional=True),
            status_changed_at=r.time("statusChangedAt"),
            updated_at=r.time("updatedAt"),
            version=r.integer("version", minimum=1),  # TypeORM's @VersionColumn starts at 1
            raw=MappingProxyType(dict(data)),
        )

    def to_json(self) -> dict[str, Any]:
        """The table as contract JSON: the server's fields exactly as it sent them."""
        return dict(self.raw)

    @property
    def status_text(self) -> str:
        """The status as sent, also when this client does not know it."""
        value = self.raw.get("status")
        return value if isinstance(value, str) else self.status.value

    @property
    def seats_text(self) -> str:
        """"3/4" when guests are seated, else the capacity alone ("4")."""
        if self.guest_count is None:
            return str(self.capacity)
        return f"{self.guest_count}/{self.capacity}"


@dataclass(frozen=True, slots=True)
class FloorPlan:
    id: str
    branch_id: str
    name: str
    width: float
    height: float
    sort_order: int

    @classmethod
    def from_json(cls, data: Any) -> FloorPlan:
        r = _Reader("FloorPlan", data)
        return cls(
            id=r.id("id"),
            branch_id=r.id("branchId"),
            name=r.text("name"),
            width=r.number("width", positive=True),
            height=r.number("height", positive=True),
            sort_order=r.integer("sortOrder", optional=True) or 0,
        )


@dataclass(frozen=True, slots=True)
class TableSection:
    id: str
    branch_id: str
    floor_plan_id: str | None
    name: str
    color: str | None
    server_id: str | None

    @classmethod
    def from_json(cls, data: Any) -> TableSection:
        r = _Reader("TableSection", data)
        return cls(
            id=r.id("id"),
            branch_id=r.id("branchId"),
            floor_plan_id=r.id("floorPlanId", optional=True),
            name=r.text("name"),
            color=r.color("color"),
            server_id=r.id("serverId", optional=True),
        )


@dataclass(frozen=True, slots=True)
class User:
    id: str
    name: str
    email: str
    role: Role
    branch_ids: tuple[str, ...]
    color: str | None

    @classmethod
    def from_json(cls, data: Any) -> User:
        r = _Reader("User", data)
        branch_ids = r._get("branchIds", [])
        if not isinstance(branch_ids, list) or not all(
            isinstance(b, str) and 0 < len(b) <= MAX_ID for b in branch_ids
        ):
            raise r.fail("branchIds", f"expected a list of ids, got {_kind(branch_ids)}")
        return cls(
            id=r.id("id"),
            name=r.text("name"),
            email=r.text("email", ""),
            role=r.enum("role", Role),
            branch_ids=tuple(branch_ids),
            color=r.color("color"),
        )

    @property
    def initials(self) -> str:
        """Up to two letters for a badge: "Maria Lopez" → "ML", "Kai" → "KA"."""
        words = [w for w in re.split(r"[\s\-_.]+", self.name) if w]
        if len(words) >= 2:
            return (words[0][0] + words[-1][0]).upper()
        return (words[0][:2] if words else "?").upper()


@dataclass(frozen=True, slots=True)
class Branch:
    id: str
    name: str
    timezone: str

    @classmethod
    def from_json(cls, data: Any) -> Branch:
        r = _Reader("Branch", data)
        return cls(id=r.id("id"), name=r.text("name"), timezone=r.text("timezone", "UTC"))

    @property
    def zone(self) -> tzinfo | None:
        """The branch's clock (its IANA ``timezone``), or None when this machine does not
        know that zone (show local time then)."""
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return None


def parse_deleted(data: Any) -> str:
    """The id of a ``tableDeleted`` payload ``{"id": ...}``."""
    return _Reader("tableDeleted", data).id("id")


class Parsed(Protocol):
    """An entity read from contract JSON by its ``from_json``."""

    @classmethod
    def from_json(cls, data: Any) -> Self: ...


_Parsed = TypeVar("_Parsed", bound=Parsed)


def parse_list(entity: type[_Parsed], data: Any) -> tuple[list[_Parsed], list[ParseError]]:
    """A JSON list of entities: the ones that parse, and an error for each that does not.

    One bad element never costs the others (a host stand must not stay blank because
    one table is malformed); the caller logs the errors. Each error carries the item's
    ``id`` when that much could be read (``ParseError.item_id``).

    Raises:
        ParseError: ``data`` is not a JSON list of objects (``{"data": [...]}``, a list of
            strings): the answer is wrong as a whole, not an empty list.
    """
    name = entity.__name__
    if not isinstance(data, list):
        raise ParseError(name, None, f"expected a list of objects, got {_kind(data)}")
    for i, item in enumerate(data):
        if not isinstance(item, Mapping):
            raise ParseError(name, None, f"expected a list of objects, got {_kind(item)} at [{i}]")
    items: list[_Parsed] = []
    errors: list[ParseError] = []
    for i, item in enumerate(data):
        try:
            items.append(entity.from_json(item))
        except ParseError as e:
            try:
                item_id = _Reader(name, item).id("id")
            except ParseError:
                item_id = None
            errors.append(ParseError(f"{name}[{i}]", e.field, e.problem, item_id=item_id))
    return items, errors


@dataclass(frozen=True, slots=True)
class TableSnapshot:
    """A ``GET /restaurant/tables`` answer as read (contract §4 rule 6).

    ``tables`` parsed; ``unreadable`` the ids of items present but not parseable (each
    table's last known copy stays, not confirmed); ``partial`` when an item's very ``id``
    could not be read, so no table may be taken as gone because it is absent.
    """

    tables: tuple[Table, ...] = ()
    unreadable: frozenset[str] = frozenset()
    partial: bool = False
    errors: tuple[ParseError, ...] = ()

    @property
    def complete(self) -> bool:
        """Every item was read: the answer is the server's whole truth."""
        return not self.errors


def parse_tables(data: Any) -> TableSnapshot:
    """A snapshot's JSON as a :class:`TableSnapshot`.

    Raises:
        ParseError: ``data`` is not a JSON list of objects.
    """
    tables, errors = parse_list(Table, data)
    readable = {t.id for t in tables}
    unreadable = frozenset(e.item_id for e in errors if e.item_id is not None) - readable
    return TableSnapshot(tuple(tables), unreadable, any(e.item_id is None for e in errors),
                         tuple(errors))


_Item = TypeVar("_Item")


def matching_id_or_name(items: Iterable[_Item], ref: str) -> list[_Item]:
    """The item whose ``id`` is ``ref`` (a list of one), else every item whose ``name`` is
    ``ref`` (any case, spaces around ignored): what ``--branch`` and ``--floor`` name, for
    branches, floor plans, journals, anything with ``id`` and ``name``."""
    items = list(items)
    for item in items:
        if getattr(item, "id", None) == ref:
            return [item]
    wanted = ref.strip().casefold()
    return [i for i in items if str(getattr(i, "name", "")).casefold() == wanted]


def find_by_id_or_name(items: Iterable[_Item], ref: str) -> _Item | None:
    """The one item ``ref`` names (:func:`matching_id_or_name`); None when there is none,
    or several by that name: never a guess."""
    found = matching_id_or_name(items, ref)
    return found[0] if len(found) == 1 else None
