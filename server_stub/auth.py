"""Passwords and tokens: scrypt hashes (``hashlib``) and HS256 JWTs (PyJWT).

Neither a password nor a token is ever logged; callers get booleans and user ids back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from functools import lru_cache

import jwt

# scrypt cost: n=2**14, r=8, p=1 (16 MiB, ~50 ms here): the interactive-login figure of
# the scrypt paper, and within OpenSSL's default memory limit.
_N, _R, _P = 2**14, 8, 1
_ALGORITHM = "HS256"
SECRET_ENV = "FLOORVIEW_STUB_SECRET"


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


@lru_cache(maxsize=64)
def _derive_seeded(password: str, salt: bytes) -> bytes:
    # The demo data hashes the same few (password, salt) pairs on every start of an
    # in-process test server; caching them keeps each start fast. Only hashing with a
    # given salt is cached: verify_password never is, so a login costs the same whether
    # the password is right or wrong.
    return _derive(password, salt, _N, _R, _P)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$<salt>$<hash>``, base64; a random salt unless one is given."""
    if salt is None:
        salt = os.urandom(16)
        digest = _derive(password, salt, _N, _R, _P)
    else:
        digest = _derive_seeded(password, salt)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True if ``password`` matches ``stored``; with no stored hash it still spends the time."""
    if stored is None:
        _derive(password, b"\0" * 16, _N, _R, _P)  # same cost whether the user exists or not
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


class Tokens:
    """Issues and checks the access tokens of one server run."""

    def __init__(self, secret: str | None, ttl: float) -> None:
        self.random_secret = not secret
        self._secret = secret or secrets.token_urlsafe(32)
        self.ttl = ttl

    def issue(self, user_id: str, ttl: float | None = None) -> str:
        now = int(time.time())
        ttl = self.ttl if ttl is None else ttl
        claims = {"sub": user_id, "iat": now, "exp": now + round(ttl)}  # ttl <= 0: expired
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def user_id(self, token: object) -> str | None:
        """The user id a valid, unexpired token names, else None."""
        if not isinstance(token, str) or not token:
            return None
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM],
                                options={"require": ["sub", "exp", "iat"]})
        except (jwt.PyJWTError, ValueError):  # ValueError: e.g. a lone surrogate in the text
            return None
        sub = claims.get("sub")
        return sub if isinstance(sub, str) else None
