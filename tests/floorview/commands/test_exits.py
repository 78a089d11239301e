"""One table from an error to an exit code and a sentence, for watch and snapshot."""

from __future__ import annotations

import pytest

from floorview.commands import exits
from floorview.core.model import Branch
from floorview.core.rest import (
    ApiError,
    Forbidden,
    RateLimited,
    ServerError,
    Unauthorized,
    Unreachable,
)
from floorview.core.session import MissingCredentials, UnknownBranch


@pytest.mark.parametrize(("error", "code"), [
    (MissingCredentials("No password for a@b.c."), exits.EXIT_CREDENTIALS),
    (Unauthorized(401, "Invalid email or password"), exits.EXIT_CREDENTIALS),
    (UnknownBranch("Atlantis", [Branch(id="b1", name="Soho", timezone="UTC")]), exits.EXIT_BRANCH),
    (Forbidden(403, "not your branch"), exits.EXIT_BRANCH),
    (Unreachable(0, "connection refused"), exits.EXIT_UNREACHABLE),
    (RateLimited(429, "slow down"), exits.EXIT_ERROR),
    (ServerError(500, "boom"), exits.EXIT_ERROR),
    (ApiError(418, "teapot"), exits.EXIT_ERROR),
])
def test_each_error_has_its_code_and_a_sentence(error, code):
    got, text = exits.exit_for(error)
    assert got == code
    assert text and text.endswith(".")


def test_bad_credentials_quote_the_server():
    assert exits.exit_for(Unauthorized(401, "Invalid email or password")) == (
        exits.EXIT_CREDENTIALS, "bad credentials (the server said: Invalid email or password).")
    assert exits.exit_for(Unauthorized(401, "")) == (exits.EXIT_CREDENTIALS, "bad credentials.")


def test_unknown_branch_names_the_choices():
    code, text = exits.exit_for(UnknownBranch("Atlantis", [Branch(id="b1", name="Soho", timezone="UTC")]))
    assert code == exits.EXIT_BRANCH and "Atlantis" in text and "Soho (b1)" in text
