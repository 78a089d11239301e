"""The backend's REST API (docs/contract.md §2) on ``requests``, as typed calls.

Every call blocks: run it in an executor (``loop.run_in_executor``), never on the Qt
GUI thread. Reads (GET) and signing in (``POST /auth/login``: it changes nothing) are
safe to repeat and retried with exponential backoff and jitter on a dropped connection,
a timeout, an answer cut off mid-body or unreadable, 502/503/504, and 429 after the
server's ``Retry-After``; writes are never retried (a write that timed out may have
happened). Whatever ``requests`` raises becomes an :class:`ApiError` (:class:`Unreachable`
when the server could not be asked, :class:`BadResponse` when its answer could not be
read) whose ``str()`` is one sentence, never the library's repr.

Why not urllib3's ``Retry`` mounted on the session (it has ``allowed_methods``,
``status_forcelist``, ``backoff_factor``, ``backoff_jitter``, ``respect_retry_after_header``):
tried against this module's tests, it cannot do two things they hold. (1) A long
``Retry-After`` (over :data:`MAX_RETRY_AFTER`) must fail at once as RateLimited, so the user
reads "try again in 5 min" instead of a frozen call: urllib3 2.x clamps it to
``retry_after_max`` and then sleeps that long anyway
(test_429_with_a_long_retry_after_is_not_waited_out). (2) Its waits use ``time.sleep`` and
``random`` inside urllib3, below any session adapter, so the backoff can be neither
checked exactly (test_get_retries_with_backoff_on_connection_errors_then_succeeds asserts
0.375, 0.75, 1.5 s) nor driven by a scripted transport. The loop below is kept, small.

Errors are typed (:class:`ApiError` and its subclasses) and carry the server's own
message; ``str(error)`` is a sentence a user can read. The bearer token never appears
in a log line, an exception message or a ``repr``.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests

from floorview.core.clock import ServerClock
from floorview.core.model import (
    Branch,
    FloorPlan,
    Parsed,
    ParseError,
    Status,
    Table,
    TableSection,
    TableSnapshot,
    User,
    parse_deleted,
    parse_list,
    parse_tables,
)
from floorview.core.words import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
_Parsed = TypeVar("_Parsed", bound=Parsed)

#: Connect and read timeouts in seconds (requests' own tuple form).
DEFAULT_TIMEOUT = (3.05, 10.0)
#: Statuses worth another try of a GET: the gateway or the service is briefly away.
_RETRY_STATUSES = frozenset({502, 503, 504})
#: The longest ``Retry-After`` a GET waits out before giving up with RateLimited.
MAX_RETRY_AFTER = 30.0


# --- errors ---------------------------------------------------------------------------


class ApiError(Exception):
    """The server refused a request, or could not be reached.

    Attributes:
        status: the HTTP status (0 when the server was not reached).
        message: the server's own message (NestJS ``message``; a list is joined).
        method, path: what was asked (the path holds ids only, never the token).
    """

    #: How ``str()`` starts, for a user; the server's message follows.
    summary = QT_TRANSLATE_NOOP("Rest", "The server refused the request")

    def __init__(self, status: int, message: str, *, method: str = "", path: str = "",
                 summary: str | None = None) -> None:
        self.status = status
        self.message = message
        self.method = method
        self.path = path
        if summary is not None:  # what happened, when the class's words do not say it
            self.summary = summary
        super().__init__(status, message)

    def __str__(self) -> str:
        text = translate("Rest", self.summary)
        if self.message and self.message.rstrip(".") != self.summary.rstrip("."):
            text += f": {self.message}"
        return text if text.endswith(".") else text + "."

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, message={self.message!r}, request={self.method} {self.path})"


class BadRequest(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "The server rejected the request as invalid")


class Unauthorized(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "Not signed in, or the sign-in has expired")


class WrongCredentials(Unauthorized):
    """A sign-in refused: the email or the password is wrong. Said in the words a person
    can act on; the server's own words stay in :attr:`message` (for logs and exit codes)."""

    summary = QT_TRANSLATE_NOOP("Rest", "Wrong email or password")

    def __str__(self) -> str:
        return translate("Rest", self.summary) + "."


class Forbidden(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "You are not allowed to do that")


class NotFound(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "Not found (it may have been deleted)")


class Conflict(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "Someone else changed this table first; reload it and try again")


class RateLimited(ApiError):
    """429: too many requests. ``retry_after`` is the server's wait in seconds, or None."""

    summary = QT_TRANSLATE_NOOP("Rest", "The server is busy with too many requests")

    def __init__(self, status: int, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(status, message, **kw)
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        if self.retry_after is not None:
            text += " " + translate("Rest", "Try again in {0} s.").format(max(1, round(self.retry_after)))
        return text


class Unreachable(ApiError):
    """No answer: connection refused, DNS, TLS or timeout (status 0)."""

    summary = QT_TRANSLATE_NOOP("Rest", "Cannot reach the server")


class ServerError(ApiError):
    summary = QT_TRANSLATE_NOOP("Rest", "The server failed")


class BadResponse(ApiError):
    """An answer that is not the contract's JSON."""

    summary = QT_TRANSLATE_NOOP("Rest", "The server sent an answer this app does not understand")


_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: BadRequest,
    429: RateLimited,
}


def _error_class(status: int) -> type[ApiError]:
    if status in _ERRORS:
        return _ERRORS[status]
    return ServerError if status >= 500 else ApiError


def _server_message(response: requests.Response) -> str:
    """NestJS's ``message`` (a list for validation errors), else the reason phrase."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        message = body.get("message")
        if isinstance(message, list):
            return "; ".join(str(m) for m in message)
        if isinstance(message, str) and message:
            return message
        error = body.get("error")
        if isinstance(error, str):
            return error
    return response.reason or f"HTTP {response.status_code}"


def parse_retry_after(value: str | None, now: Callable[[], datetime] | None = None) -> float | None:
    """``Retry-After`` in seconds: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now() if now else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def backoff_delay(backoff: tuple[float, float], n: int, rng: Callable[[], float]) -> float:
    """The wait before retry ``n`` (from 0) for ``backoff = (base, cap)`` seconds: a random
    time between half and all of ``min(cap, base * 2**n)`` (exponential, with jitter)."""
    base, cap = backoff
    full = min(cap, base * 2.0**n)
    return full / 2 + rng() * full / 2


# --- the client -----------------------------------------------------------------------

#: "Not given" for an optional field (guestCount kept as it is), unlike None (null).
OMIT: Any = object()

#: snake_case names a caller may use for the contract's camelCase fields.
_CAMEL = {
    "branch_id": "branchId",
    "floor_plan_id": "floorPlanId",
    "section_id": "sectionId",
    "guest_count": "guestCount",
    "server_id": "serverId",
}


def _body(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if isinstance(value, Enum):
            value = value.value
        out[_CAMEL.get(name, name)] = value
    return out


class RestClient:
    """The backend's REST routes as blocking, typed calls.

    Args:
        base_url: the server, e.g. ``https://api.example.com`` (routes are appended).
        token: a bearer token already held (else :meth:`login` sets one).
        timeout: ``(connect, read)`` seconds for each attempt.
        verify: True to verify TLS against the system's CAs, or the path of a CA bundle
            (``--ca-bundle``) for a private CA. Never off.
        retries: further attempts of a GET after the first.
        backoff: ``(base, cap)`` seconds: the n-th retry waits a random time between
            half and all of ``min(cap, base * 2**n)``.
        session: a ``requests.Session`` to use (tests hand in one with a fake adapter).
        sleep: how to wait between retries (tests hand in a recorder).
        server_clock: the server's time, learnt from every answer's ``Date`` (a new
            one when None): what the times shown count from.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        retries: int = 3,
        backoff: tuple[float, float] = (0.5, 8.0),
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        server_clock: ServerClock | None = None,
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification stays on; pass a CA bundle path for a private CA")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"the server must be an https:// (or http://) URL, not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.verify = verify
        self.retries = retries
        self.backoff = backoff
        self.session = session or requests.Session()
        self._sleep = sleep
        self._rng = rng
        # every answer (a retry's too) is a sample of the server's clock
        self.server_clock = server_clock if server_clock is not None else ServerClock()
        self.session.hooks["response"].append(self.server_clock.on_response)

    def __repr__(self) -> str:
        signed = "signed in" if self.token else "signed out"
        return f"RestClient({self.base_url!r}, {signed})"

    def close(self) -> None:
        self.session.close()

    # --- plumbing -------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        """``text`` with the token blanked out, should anything ever echo it."""
        return text.replace(self.token, "***") if self.token else text

    def _delay(self, attempt: int) -> float:
        return backoff_delay(self.backoff, attempt, self._rng)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        auth: bool = True,
        headers: Mapping[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
        meta: dict[str, Any] | None = None,
        repeatable: bool | None = None,
    ) -> Any:
        """One route: the decoded JSON answer, or a typed :class:`ApiError`.

        ``headers`` are added to the request, ``timeout`` replaces the client's for this
        call; ``meta``, if given, receives the answer's ``status`` and ``etag``.
        ``repeatable``: safe to send again after a failure (default: a GET is).
        """
        url = self.base_url + path
        extra = dict(headers or {})
        headers = {"Accept": "application/json", **extra}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        idempotent = method == "GET" if repeatable is None else repeatable
        attempt = 0
        while True:
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=headers,
                    timeout=timeout or self.timeout,
                    verify=self.verify,
                )
            except requests.exceptions.SSLError as e:
                # A TLS failure does not heal by retrying.
                reason = self._scrub(_reason(e))
                if "WRONG_VERSION_NUMBER" in reason or "wrong version number" in reason:
                    # a plain-HTTP server answered TLS's hello with HTTP: say what to type
                    plain = "http://" + self.base_url.removeprefix("https://")
                    raise Unreachable(0, "", summary=translate(
                                      "Rest", "The server does not speak HTTPS at this address: try {0} instead"
                                      ).format(plain),
                                      method=method, path=path) from None
                raise Unreachable(
                    0, translate("Rest", "TLS failed (a private CA needs --ca-bundle): {0}").format(reason),
                    method=method, path=path
                ) from None
            except requests.RequestException as e:
                # Every other failure of the library: one sentence, never its repr (a body
                # cut mid-way read "('Connection broken: IncompleteRead(368 bytes read, 369
                # more expected)', ...)" in the status line, and crashed signing in).
                error, heals = self._failure(e, method, path)
                if heals and idempotent and attempt < self.retries:
                    delay = self._delay(attempt)
                    log.info("%s %s: %s; retry %d in %.2f s", method, path, str(error).rstrip("."),
                             attempt + 1, delay)
                    self._sleep(delay)
                    attempt += 1
                    continue
                log.info("%s %s: %s", method, path, error)
                raise error from None
            status = response.status_code
            if meta is not None:
                meta["status"] = status
                meta["etag"] = response.headers.get("ETag")
            if status < 400:
                if status == 204 or not response.content:
                    return None
                try:
                    return response.json()
                except ValueError:
                    error = BadResponse(status, "the answer is not JSON", method=method, path=path)
                    if idempotent and attempt < self.retries:  # a proxy's glitch, maybe
                        delay = self._delay(attempt)
                        log.info("%s %s: %s; retry %d in %.2f s", method, path, str(error).rstrip("."),
                             attempt + 1, delay)
                        self._sleep(delay)
                        attempt += 1
                        continue
                    raise error from None
            message = self._scrub(_server_message(response))
            retry_after = parse_retry_after(response.headers.get("Retry-After")) if status == 429 else None
            if idempotent and attempt < self.retries:
                wait: float | None = None
                if status == 429 and (retry_after is None or retry_after <= MAX_RETRY_AFTER):
                    wait = retry_after if retry_after is not None else self._delay(attempt)
                elif status in _RETRY_STATUSES:
                    wait = self._delay(attempt)
                if wait is not None:
                    log.info("%s %s: HTTP %d; retry %d in %.2f s", method, path, status, attempt + 1, wait)
                    response.close()
                    self._sleep(wait)
                    attempt += 1
                    continue
            log.info("%s %s: HTTP %d %s", method, path, status, message)
            cls = _error_class(status)
            if cls is RateLimited:
                raise RateLimited(status, message, retry_after=retry_after, method=method, path=path)
            raise cls(status, message, method=method, path=path)

    def _failure(self, error: requests.RequestException, method: str, path: str) -> tuple[ApiError, bool]:
        """The ApiError for a failure of ``requests`` (TLS aside), and whether asking again
        may help."""
        where = {"method": method, "path": path}
        if isinstance(error, requests.ConnectionError | requests.Timeout):
            reason = self._scrub(_reason(error))
            return Unreachable(0, f"{self.base_url}: {reason}", **where), True
        if isinstance(error, requests.exceptions.ChunkedEncodingError):
            return BadResponse(0, "", summary=translate(
                "Rest", "The server's answer was cut off: the connection broke mid-way"), **where), True
        if isinstance(error, requests.exceptions.ContentDecodingError):
            return BadResponse(0, "", summary=translate(
                "Rest", "The server's answer could not be read: its compressed body is damaged"), **where), True
        if isinstance(error, requests.TooManyRedirects):
            return Unreachable(0, "", summary=translate(
                "Rest", "The server's address redirects in a loop; check the server's address"), **where), False
        if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema
                      | requests.exceptions.InvalidSchema | requests.exceptions.URLRequired):
            return Unreachable(0, "", summary=translate(
                "Rest", "The server's address is not a valid URL; check the server's address"), **where), False
        if isinstance(error, requests.exceptions.InvalidJSONError):
            return Unreachable(0, "", summary=translate(
                "Rest", "The request could not be sent: a value in it is not valid JSON"), **where), False
        # InvalidHeader and the like: its text may hold a header's value (the token).
        return Unreachable(0, "", summary=translate(
            "Rest", "The request could not be sent ({0})").format(type(error).__name__), **where), False

    def _get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params={k: v for k, v in params.items() if v is not None} or None)

    def _list(self, entity: type[_Parsed], data: Any, what: str) -> list[_Parsed]:
        """The items of a list answer; one that is not a JSON list of objects is a
        BadResponse (a failed fetch, never an empty list)."""
        try:
            items, errors = parse_list(entity, data)
        except ParseError as e:
            raise BadResponse(200, str(e), method="GET", path=what) from None
        for error in errors:
            log.warning("skipped an item of %s that does not parse: %s", what, error)
        return items

    @staticmethod
    def _one(entity: type[_Parsed], data: Any, what: str) -> _Parsed:
        try:
            return entity.from_json(data)
        except ParseError as e:
            raise BadResponse(200, str(e), path=what) from None

    # --- routes -------------------------------------------------------------------------

    def login(self, email: str, password: str) -> tuple[str, User]:
        """Sign in; keeps the token for the calls that follow and returns it with the user."""
        try:
            data = self.request("POST", "/auth/login", json={"email": email, "password": password},
                                auth=False, repeatable=True)  # it changes nothing on the server
        except Unauthorized as e:
            # a sign-in refused is the email or the password, never an expired sign-in
            # (it read "Not signed in, or the sign-in has expired: Invalid email or password.")
            raise WrongCredentials(e.status, e.message, method=e.method, path=e.path) from None
        if not isinstance(data, Mapping) or not isinstance(data.get("accessToken"), str):
            raise BadResponse(200, "no accessToken in the login answer", method="POST", path="/auth/login")
        user = self._one(User, data.get("user"), "/auth/login")
        self.token = data["accessToken"]
        return self.token, user

    def branches(self) -> list[Branch]:
        return self._list(Branch, self._get("/branches"), "/branches")

    def users(self, branch_id: str, role: str | None = None) -> list[User]:
        return self._list(User, self._get("/users", branchId=branch_id, role=role), "/users")

    def floor_plans(self, branch_id: str) -> list[FloorPlan]:
        path = "/restaurant/floor-plans"
        return self._list(FloorPlan, self._get(path, branchId=branch_id), path)

    def sections(self, branch_id: str) -> list[TableSection]:
        path = "/restaurant/table-sections"
        return self._list(TableSection, self._get(path, branchId=branch_id), path)

    def tables(
        self, branch_id: str, *, floor_plan_id: str | None = None, status: str | None = None
    ) -> list[Table]:
        """The branch's tables; an item that does not parse is logged and skipped."""
        path = "/restaurant/tables"
        data = self._get(path, branchId=branch_id, floorPlanId=floor_plan_id, status=status)
        return self._list(Table, data, path)

    def tables_cached(
        self, branch_id: str, etag: str | None = None, *, timeout: tuple[float, float] | None = None
    ) -> tuple[str | None, TableSnapshot | None]:
        """The branch's tables as read (:class:`TableSnapshot`: the items that parse, the
        ids of those that do not) and the answer's ETag; ``(etag, None)`` when the server
        answers 304 Not Modified to ``If-None-Match: etag`` (nothing sent, nothing to
        parse: a periodic check costs next to nothing when nothing changed; Express, under
        NestJS, sends ETags and honours them by default).

        The unreadable items are not logged here: the caller logs each table once, not
        once per reconciliation. An answer that is not a JSON list of objects raises
        BadResponse.
        """
        path = "/restaurant/tables"
        meta: dict[str, Any] = {}
        data = self.request(
            "GET", path, params={"branchId": branch_id},
            headers={"If-None-Match": etag} if etag else None, timeout=timeout, meta=meta,
        )
        if meta.get("status") == 304:
            return etag, None
        try:
            return meta.get("etag"), parse_tables(data)
        except ParseError as e:
            raise BadResponse(meta.get("status") or 200, str(e), method="GET", path=path) from None

    def tables_json(self, branch_id: str) -> list[dict[str, Any]]:
        """The branch's tables exactly as the server sends them (for comparisons)."""
        data = self._get("/restaurant/tables", branchId=branch_id)
        if not isinstance(data, list):
            raise BadResponse(200, "expected a list of tables", method="GET", path="/restaurant/tables")
        return data

    def table(self, table_id: str) -> Table:
        path = f"/restaurant/tables/{_seg(table_id)}"
        return self._one(Table, self._get(path), path)

    def create_table(self, **fields: Any) -> Table:
        path = "/restaurant/tables"
        return self._one(Table, self.request("POST", path, json=_body(fields)), path)

    def update_table(self, table_id: str, *, version: int | None = None, **fields: Any) -> Table:
        body = _body(fields)
        if version is not None:
            body["version"] = version
        path = f"/restaurant/tables/{_seg(table_id)}"
        return self._one(Table, self.request("PATCH", path, json=body), path)

    def set_status(
        self,
        table_id: str,
        status: Status | str,
        guest_count: int | None = OMIT,
        *,
        version: int | None = None,
    ) -> Table:
        body: dict[str, Any] = {"status": str(getattr(status, "value", status))}
        if guest_count is not OMIT:
            body["guestCount"] = guest_count
        if version is not None:
            body["version"] = version
        path = f"/restaurant/tables/{_seg(table_id)}/status"
        return self._one(Table, self.request("PATCH", path, json=body), path)

    def assign_server(self, table_id: str, server_id: str | None, *, version: int | None = None) -> Table:
        body: dict[str, Any] = {"serverId": server_id}
        if version is not None:
            body["version"] = version
        path = f"/restaurant/tables/{_seg(table_id)}/assign-server"
        return self._one(Table, self.request("PATCH", path, json=body), path)

    def delete_table(self, table_id: str) -> str:
        path = f"/restaurant/tables/{_seg(table_id)}"
        data = self.request("DELETE", path)
        try:
            return parse_deleted(data)
        except ParseError:
            return table_id  # the delete happened; an odd answer does not undo it


def _seg(table_id: str) -> str:
    return quote(str(table_id), safe="")


def _reason(error: Exception) -> str:
    """A short reason for a requests error, without the URL's query or any header."""
    text = str(error.args[0]) if error.args else type(error).__name__
    inner = getattr(error.args[0], "reason", None) if error.args else None
    if inner is not None:
        text = str(inner)
    if "Connection refused" in text or "ECONNREFUSED" in text:
        return "connection refused"
    if isinstance(error, requests.Timeout):
        return "no answer in time"
    if "Name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return "unknown host name"
    return text[:200]
