import asyncio
import threading

import pytest

from floorview.core.credentials import PasswordVault
from floorview.core.model import Branch, Status
from floorview.core.rest import RestClient, Unauthorized
from floorview.core.session import (
    Authenticator,
    MissingCredentials,
    Session,
    UnknownBranch,
    resolve_branch,
    token_subject,
)
from tests.floorview.factories import table_json
from tests.floorview.fakes import body_of, scripted_session
from tests.floorview.keyrings import MemoryKeyring

USER = {"id": "u-1", "name": "Hana Host", "email": "host@x", "role": "host", "branchIds": ["br-1"]}


def login_ok(token="tok-1"):
    return (200, {"accessToken": token, "user": USER})


def rest_with(*answers):
    session, adapter = scripted_session(*answers)
    return RestClient("http://srv", session=session, retries=0), adapter


def test_a_token_from_the_environment_needs_no_login():
    rest, adapter = rest_with()
    auth = Authenticator(rest, env={"FLOORVIEW_TOKEN": "tok-env"})
    assert auth.sign_in() is None
    assert rest.token == "tok-env" and adapter.requests == []
    assert not auth.can_reauth


def test_email_and_password_from_the_environment():
    rest, adapter = rest_with(login_ok())
    vault = PasswordVault(MemoryKeyring())
    auth = Authenticator(rest, email="host@x", env={"FLOORVIEW_PASSWORD": "pw"}, vault=vault, keep=True)
    user = auth.sign_in()
    assert user.name == "Hana Host" and rest.token == "tok-1"
    assert body_of(adapter.requests[0]) == {"email": "host@x", "password": "pw"}
    assert vault.get("http://srv", "host@x") is None  # the environment's is not copied


def test_the_prompt_is_asked_and_the_answer_kept_when_chosen():
    rest, _ = rest_with(login_ok())
    backend = MemoryKeyring()
    asked = []
    auth = Authenticator(rest, email="host@x", env={}, vault=PasswordVault(backend), keep=True,
                         prompt=lambda email: asked.append(email) or "typed")
    auth.sign_in()
    assert asked == ["host@x"]
    assert PasswordVault(backend).get("http://srv", "host@x") == "typed"


def test_the_keyring_comes_before_the_prompt():
    rest, adapter = rest_with(login_ok())
    vault = PasswordVault(MemoryKeyring())
    vault.keep("http://srv", "host@x", "kept")
    auth = Authenticator(rest, email="host@x", env={}, vault=vault, prompt=pytest.fail)
    auth.sign_in()
    assert body_of(adapter.requests[0])["password"] == "kept"


def test_nothing_to_sign_in_with():
    rest, _ = rest_with()
    with pytest.raises(MissingCredentials, match="FLOORVIEW_TOKEN"):
        Authenticator(rest, env={}).sign_in()
    with pytest.raises(MissingCredentials, match="No password"):
        Authenticator(rest, email="host@x", env={}, prompt=lambda e: None).sign_in()


def test_reauth_uses_the_kept_password_off_the_loop_thread():
    rest, adapter = rest_with(login_ok("tok-2"))
    vault = PasswordVault(MemoryKeyring())
    vault.keep("http://srv", "host@x", "kept")
    auth = Authenticator(rest, email="host@x", env={}, vault=vault)
    assert asyncio.run(auth.reauth()) is True
    assert rest.token == "tok-2"
    assert adapter.threads[0] != threading.get_ident()


def test_reauth_with_a_refused_password_forgets_it():
    rest, _ = rest_with((401, {"message": "Invalid email or password"}))
    vault = PasswordVault(MemoryKeyring())
    vault.keep("http://srv", "host@x", "old")
    auth = Authenticator(rest, email="host@x", env={}, vault=vault)
    with pytest.raises(Unauthorized):
        asyncio.run(auth.reauth())
    assert vault.get("http://srv", "host@x") is None


def test_reauth_asks_when_nothing_is_kept_and_gives_up_without_an_answer():
    rest, _ = rest_with(login_ok())

    async def ask(email):
        return "answered"

    auth = Authenticator(rest, email="host@x", env={}, vault=PasswordVault(MemoryKeyring()), ask=ask)
    assert asyncio.run(auth.reauth()) is True

    async def no(email):
        return None

    auth.ask = no
    assert asyncio.run(auth.reauth()) is False
    assert asyncio.run(Authenticator(rest, env={}).reauth()) is False


def test_reauths_at_the_same_moment_share_one_question():
    rest, adapter = rest_with(login_ok("tok-3"))
    asked = []

    async def ask(email):
        asked.append(email)
        await asyncio.sleep(0.05)
        return "answered"

    auth = Authenticator(rest, email="host@x", env={}, vault=PasswordVault(MemoryKeyring()), ask=ask)

    async def both():  # the floor's connection and the wall's, expired together
        return await asyncio.gather(auth.reauth(), auth.reauth())

    assert asyncio.run(both()) == [True, True]
    assert asked == ["host@x"] and rest.token == "tok-3"


def test_a_reauth_given_up_by_every_caller_stops_asking():
    rest, _ = rest_with(login_ok())
    cancelled = []

    async def ask(email):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(email)
            raise
        return "late"

    auth = Authenticator(rest, email="host@x", env={}, vault=PasswordVault(MemoryKeyring()), ask=ask)

    async def give_up():
        one, two = asyncio.ensure_future(auth.reauth()), asyncio.ensure_future(auth.reauth())
        await asyncio.sleep(0.01)
        one.cancel()
        await asyncio.sleep(0.01)
        assert not cancelled  # the other still waits for the answer
        two.cancel()
        await asyncio.gather(one, two, return_exceptions=True)
        await asyncio.sleep(0.01)

    asyncio.run(give_up())
    assert cancelled == ["host@x"]


def test_resolve_branch():
    a, b = Branch("br-1", "Downtown", "UTC"), Branch("br-2", "Harbour", "UTC")
    assert resolve_branch([a], None) == a
    assert resolve_branch([a, b], "br-2") == b
    assert resolve_branch([a, b], " harbour ") == b
    with pytest.raises(UnknownBranch, match="Downtown \\(br-1\\), Harbour \\(br-2\\)"):
        resolve_branch([a, b], "Uptown")
    with pytest.raises(UnknownBranch, match="Choose a branch"):
        resolve_branch([a, b], None)


def test_writes_run_off_the_loop_thread_and_are_not_applied_to_the_store():
    t = table_json("t-1", 2, status="occupied")
    rest, adapter = rest_with((200, t))
    session = Session(rest, "br-1")
    saved = asyncio.run(session.set_status("t-1", Status.OCCUPIED, 2))
    assert saved.version == 2 and session.store.tables == {}  # the event applies it
    assert adapter.threads[0] != threading.get_ident()


def test_a_write_refused_as_unauthorized_signs_in_again_once():
    t = table_json("t-1", 2)
    rest, adapter = rest_with((401, {"message": "Unauthorized"}), (200, t))
    calls = []

    async def reauth():
        calls.append(1)
        rest.token = "fresh"
        return True

    session = Session(rest, "br-1", reauth=reauth)
    asyncio.run(session.assign_server("t-1", None))
    assert calls == [1] and adapter.requests[1].headers["Authorization"] == "Bearer fresh"


def test_reload_table_applies_by_the_version_rule_and_a_404_deletes():
    rest, _ = rest_with((200, table_json("t-1", 5)), (200, table_json("t-1", 3)), (404, {"message": "gone"}))
    session = Session(rest, "br-1")
    assert asyncio.run(session.reload_table("t-1")).version == 5
    assert asyncio.run(session.reload_table("t-1")).version == 5  # an older copy does not win
    assert asyncio.run(session.reload_table("t-1")) is None
    assert "t-1" not in session.store.tables and session.store.is_deleted("t-1")


def test_token_subject_reads_a_jwt_without_checking_it():
    import base64
    import json

    body = base64.urlsafe_b64encode(json.dumps({"sub": "u-7"}).encode()).decode().rstrip("=")
    assert token_subject(f"x.{body}.sig") == "u-7"
    assert token_subject("not-a-jwt") is None and token_subject(None) is None
    assert token_subject("a.!!!.c") is None
