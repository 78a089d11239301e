"""Password hashes and access tokens."""

from __future__ import annotations

import time

import jwt
import pytest

from server_stub.auth import Tokens, hash_password, verify_password

SECRET = "a-secret-for-the-tests-0123456789abcdef"


def test_a_hash_verifies_its_password_only():
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horsE", stored)
    assert hash_password("correct horse") != stored  # a fresh salt each time


@pytest.mark.parametrize("stored", [None, "", "plain", "md5$1$2$3$4$5", "scrypt$x$8$1$AA==$AA==",
                                    "scrypt$16384$8$1$!!$AA=="])
def test_a_missing_or_broken_hash_never_verifies(stored):
    assert not verify_password("anything", stored)


def test_a_token_names_its_user_until_it_expires():
    tokens = Tokens(SECRET, ttl=60)
    assert tokens.user_id(tokens.issue("u-1")) == "u-1"
    assert tokens.user_id(tokens.issue("u-1", ttl=-1)) is None
    claims = jwt.decode(tokens.issue("u-1"), SECRET, algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] == 60


@pytest.mark.parametrize("token", [
    None, "", 42, "abc.def.ghi",
    jwt.encode({"sub": "u-1", "iat": 0, "exp": int(time.time()) + 60}, "another-secret-0123456789abcdefgh"),
    jwt.encode({"iat": 0, "exp": int(time.time()) + 60}, SECRET),  # no subject
    jwt.encode({"sub": "u-1", "iat": 0}, SECRET),  # never expires: refused
    jwt.encode({"sub": "u-1", "iat": 0, "exp": int(time.time()) + 60}, None, algorithm="none"),
])
def test_foreign_forged_or_incomplete_tokens_name_nobody(token):
    assert Tokens(SECRET, ttl=60).user_id(token) is None


def test_without_a_secret_each_run_makes_its_own():
    first, second = Tokens(None, 60), Tokens(None, 60)
    assert first.random_secret
    assert second.user_id(first.issue("u-1")) is None
