"""Signing in and choosing the branch, step by step against a real stub: each way a step
ends (signed in, the dialog cancelled, the picker cancelled, no branch, a password refused)
leads where it should, and every client signing in made is closed once, but the one in use."""

from __future__ import annotations

import argparse
import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from floorview.app import Attempt, Ended, FloorviewApp, SignedIn, SignInFlow
from floorview.app import sign_in as sign_in_module
from floorview.core.model import Branch, Role, User
from floorview.core.rest import RestClient
from floorview.core.session import Authenticator
from tests.floorview.qtapp import FAST_LIVE, make_args, run, wait_live


def _flow(stub, settings, *, errors: list | None = None, **over) -> SignInFlow:
    shown = errors if errors is not None else []
    return SignInFlow(make_args(stub, **over), settings=settings, vault=None, env={},
                      window=lambda: None, branch=lambda: None,
                      show_error=lambda title, text: shown.append((title, text)))


def _type_into(qtbot, dialog, password: str, email: str | None = None) -> None:
    """Type and press Sign in, once the dialog is idle: an unattended dialog submits once
    on its own first (a timer of 0 ms set when it was made, fired by the next events)."""
    QApplication.processEvents()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    if email is not None:
        dialog.email_edit.setText(email)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_a_refused_password_is_asked_in_the_dialog_and_the_right_one_opens_the_floor(
        qtbot, aio, settings, stub):
    app = FloorviewApp(make_args(stub, email="host@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": "not-the-password"}, live_options=FAST_LIVE)
    try:
        starting = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.login_dialog is not None, timeout=15_000)
        dialog = app.login_dialog
        # the server's refusal, said where the person types, in words they can act on
        # (it read "Not signed in, or the sign-in has expired: Invalid email or password.");
        # nothing open behind it
        qtbot.waitUntil(lambda: not dialog.busy
                        and dialog.message_label.text() == "Wrong email or password.",
                        timeout=15_000)
        assert dialog.email == "host@floorview.dev"
        assert app.signed_in is None and app.window is None
        _type_into(qtbot, dialog, "demo")
        qtbot.waitUntil(starting.done, timeout=15_000)
        assert starting.result() is True
        wait_live(qtbot, app)
        assert app.user.email == "host@floorview.dev" and app.store.branch.name == "Harbour Street"
    finally:
        run(qtbot, app.shutdown())


def test_https_to_a_plain_http_server_says_to_try_http(qtbot, aio, settings, stub):
    https = stub.url.replace("http://", "https://")
    app = FloorviewApp(make_args(stub, server=https, email="host@floorview.dev"),
                       settings=settings, env={}, live_options=FAST_LIVE)
    try:
        starting = asyncio.ensure_future(app.start())
        qtbot.waitUntil(lambda: app.login_dialog is not None, timeout=15_000)
        dialog = app.login_dialog
        for _ in range(2):  # twice in a row, the same words
            _type_into(qtbot, dialog, "demo")
            qtbot.waitUntil(lambda: not dialog.busy and "HTTPS" in dialog.message_label.text(),
                            timeout=15_000)
            assert dialog.message_label.text() == (
                f"The server does not speak HTTPS at this address: try {stub.url} instead.")
            dialog.message_label.setText("")
        # doing what it says signs in
        dialog.server_edit.setText(stub.url)
        _type_into(qtbot, dialog, "demo")
        qtbot.waitUntil(starting.done, timeout=15_000)
        assert starting.result() is True
        wait_live(qtbot, app)
    finally:
        run(qtbot, app.shutdown())


def test_the_pickers_cancel_asks_again_as_someone_else_and_the_dialogs_cancel_ends(
        qtbot, aio, settings, stub):
    flow = _flow(stub, settings)
    flowing = asyncio.ensure_future(flow.run(Attempt(stub.url, "manager@floorview.dev", "demo",
                                                     auto=True)))
    qtbot.waitUntil(lambda: flow.branch_picker is not None, timeout=15_000)  # two branches
    assert flow.branch_picker.buttons.button(
        flow.branch_picker.buttons.StandardButton.Cancel).text() == "Sign in as someone else"
    flow.branch_picker.reject()
    qtbot.waitUntil(lambda: flow.login_dialog is not None)
    dialog = flow.login_dialog
    assert "Sign in as someone else" in dialog.message_label.text()
    assert dialog.server == stub.url and dialog.email == "" and dialog.password == ""
    assert not flowing.done()
    dialog.reject()
    qtbot.waitUntil(flowing.done)
    assert flowing.result() is Ended.CANCELLED
    flow.close()


def test_the_picker_cancelled_then_someone_else_signs_in_and_gets_their_branch(
        qtbot, aio, settings, stub):
    flow = _flow(stub, settings)
    flowing = asyncio.ensure_future(flow.run(Attempt(stub.url, "manager@floorview.dev", "demo",
                                                     auto=True)))
    qtbot.waitUntil(lambda: flow.branch_picker is not None, timeout=15_000)
    flow.branch_picker.reject()
    qtbot.waitUntil(lambda: flow.login_dialog is not None)
    _type_into(qtbot, flow.login_dialog, "demo", email="elif@floorview.dev")  # Old Town only
    qtbot.waitUntil(flowing.done, timeout=15_000)
    chosen = flowing.result()
    assert isinstance(chosen, Branch) and chosen.name == "Old Town"
    assert flow.signed_in.user.email == "elif@floorview.dev"
    flow.close()


def test_no_branch_to_see_ends_the_flow_said_and_not_asked_again(qtbot, aio, settings, stub):
    stub.call(lambda s: s.add_user("Nadia Nobranch", "nadia@floorview.dev", "host", "pw-nadia", []))
    errors: list = []
    flow = _flow(stub, settings, errors=errors)
    chosen = run(qtbot, flow.run(Attempt(stub.url, "nadia@floorview.dev", "pw-nadia", auto=True)))
    assert chosen is Ended.NO_BRANCH
    assert errors == [("No branches", "Nadia Nobranch may not see any branch.")]
    assert flow.login_dialog is None and flow.branch_picker is None
    flow.close()


def test_a_branch_list_that_cannot_be_loaded_is_said_and_ends_the_choice(qtbot, aio, settings,
                                                                          stub):
    errors: list = []
    flow = _flow(stub, settings, errors=errors)
    assert isinstance(run(qtbot, flow.sign_in(Attempt(stub.url, "host@floorview.dev", "demo",
                                                      auto=True))), sign_in_module.Accepted)
    stub.stop()
    assert run(qtbot, flow.choose_branch(), timeout=30_000) is Ended.NO_BRANCH
    [(title, _text)] = errors
    assert title == "Could not load the branches"
    flow.close()


def test_the_app_started_with_no_branch_to_see_exits_0_after_saying_so(qtbot, aio, settings, stub):
    stub.call(lambda s: s.add_user("Nadia Nobranch", "nadia@floorview.dev", "host", "pw-nadia", []))
    app = FloorviewApp(make_args(stub, email="nadia@floorview.dev"), settings=settings,
                       env={"FLOORVIEW_PASSWORD": "pw-nadia"}, live_options=FAST_LIVE)
    assert run(qtbot, app.run()) == 0
    assert "may not see any branch" in app.error_box.text()
    assert app.window is None and app.signed_in is None


def test_signing_in_again_hands_the_typed_password_once_into_the_same_client(
        qtbot, aio, settings, stub):
    flow = _flow(stub, settings)
    run(qtbot, flow.sign_in(Attempt(stub.url, "host@floorview.dev", "demo", auto=True)))
    rest = flow.signed_in.rest
    rest.token = "refused-by-now"
    asking = asyncio.ensure_future(flow.ask_password("host@floorview.dev"))
    qtbot.waitUntil(lambda: flow.login_dialog is not None)
    assert "expired" in flow.login_dialog.message_label.text()
    # a second ask while the dialog is open does not open another
    assert run(qtbot, flow.ask_password("host@floorview.dev")) is None
    _type_into(qtbot, flow.login_dialog, "demo")
    qtbot.waitUntil(asking.done, timeout=15_000)
    assert asking.result() == "demo"
    # the new token went into the client the session shares, not a new one
    assert flow.signed_in.rest is rest and rest.token != "refused-by-now"
    assert [b.name for b in rest.branches()] == ["Harbour Street"]
    asking = asyncio.ensure_future(flow.ask_password("host@floorview.dev"))
    qtbot.waitUntil(lambda: flow.login_dialog is not None)
    flow.login_dialog.reject()
    qtbot.waitUntil(asking.done)
    assert asking.result() is None  # cancelled: nothing to sign in again with
    flow.close()


def test_every_client_signing_in_made_is_closed_once_but_the_one_in_use(
        qtbot, aio, settings, stub, monkeypatch):
    made: list[RestClient] = []
    closed: list[RestClient] = []

    class Counted(RestClient):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

        def close(self):
            closed.append(self)
            super().close()

    monkeypatch.setattr(sign_in_module, "RestClient", Counted)
    flow = _flow(stub, settings)
    assert run(qtbot, flow.kept_password(stub.url, "manager@floorview.dev")) == ""
    flowing = asyncio.ensure_future(flow.run(Attempt(stub.url, "manager@floorview.dev", "nope",
                                                     auto=True)))
    qtbot.waitUntil(lambda: flow.login_dialog is not None, timeout=15_000)  # refused
    _type_into(qtbot, flow.login_dialog, "demo")
    qtbot.waitUntil(lambda: flow.branch_picker is not None, timeout=15_000)
    flow.branch_picker.reject()  # someone else, then
    qtbot.waitUntil(lambda: flow.login_dialog is not None)
    _type_into(qtbot, flow.login_dialog, "demo", email="host@floorview.dev")
    qtbot.waitUntil(flowing.done, timeout=15_000)
    assert isinstance(flowing.result(), Branch)
    in_use = flow.signed_in.rest
    assert in_use in made and in_use not in closed
    assert sorted(map(id, closed)) == sorted(id(r) for r in made if r is not in_use)
    flow.close()
    assert sorted(map(id, closed)) == sorted(map(id, made))  # each once, the last one too


def test_branch_by_id_or_unique_name_else_the_picker_asks(qtbot, aio, settings):
    class Rest:
        base_url = "http://127.0.0.1:1"

        def branches(self):
            return [Branch("b1", "Soho", "UTC"), Branch("b2", "Soho", "UTC"),
                    Branch("b3", "Camden", "UTC")]

        def close(self):
            pass

    flow = SignInFlow(argparse.Namespace(branch=None), settings=settings, vault=None, env={},
                      window=lambda: None, branch=lambda: None, show_error=lambda *_: None)
    flow.signed_in = SignedIn(Authenticator(Rest()), User("u-mgr", "Mia Manager", "mgr@x",
                                                          Role.MANAGER, ("b1", "b2", "b3"), None))
    for wanted, got in (("b2", "b2"), (" camden ", "b3")):
        flow.args.branch = wanted
        assert run(qtbot, flow.choose_branch()).id == got
    flow.args.branch = "soho"  # two branches by that name: ask, never guess
    choosing = asyncio.ensure_future(flow.choose_branch())
    qtbot.waitUntil(lambda: flow.branch_picker is not None)
    assert "More than one branch is named “soho”" in flow.branch_picker.reason_label.text()
    flow.branch_picker.reject()
    qtbot.waitUntil(choosing.done)
    assert choosing.result() is Ended.PICKER_CANCELLED
