import keyring.backends.fail
import pytest

from floorview.core.credentials import SERVICE, NoKeyring, PasswordVault
from tests.floorview.keyrings import LockedKeyring, MemoryKeyring, memory_keyring  # noqa: F401


def test_keep_get_forget_by_server_and_email():
    backend = MemoryKeyring()
    vault = PasswordVault(backend)
    assert vault.available and vault.get("https://a", "Host@x") is None
    vault.keep("https://a/", "Host@x", "s3cret")
    assert vault.get("https://a", "host@x") == "s3cret"  # case and slash do not matter
    assert vault.get("https://b", "host@x") is None  # another server, another password
    assert list(backend.passwords) == [(SERVICE, "host@x @ https://a")]
    vault.forget("https://a", "host@x")
    vault.forget("https://a", "host@x")  # forgetting twice is fine
    assert vault.get("https://a", "host@x") is None


def test_no_keyring_is_reported_so_the_caller_asks():
    vault = PasswordVault(keyring.backends.fail.Keyring())
    assert not vault.available
    with pytest.raises(NoKeyring):
        vault.get("https://a", "host@x")
    with pytest.raises(NoKeyring):
        vault.keep("https://a", "host@x", "pw")


def test_a_locked_keyring_is_no_keyring():
    vault = PasswordVault(LockedKeyring())
    with pytest.raises(NoKeyring):
        vault.get("https://a", "host@x")
    with pytest.raises(NoKeyring):
        vault.keep("https://a", "host@x", "pw")


def test_the_default_backend_is_keyrings_choice(memory_keyring):  # noqa: F811
    PasswordVault().keep("https://a", "host@x", "pw")
    assert memory_keyring.passwords == {(SERVICE, "host@x @ https://a"): "pw"}
