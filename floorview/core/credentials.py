"""The password a user chose to keep, in the OS keyring, never in a file of ours.

A host stand runs for days; its token expires after hours. So that it signs itself back
in, the user may keep the password, which goes to the OS keyring (Secret Service,
macOS Keychain, Windows Credential Locker) under service ``floorview`` and the user
name ``<email> @ <server>``. Where there is no usable keyring, every call raises
:class:`NoKeyring` and the caller asks the user instead: nothing is written anywhere.
"""

from __future__ import annotations

import logging
from typing import Any

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "floorview"


class NoKeyring(Exception):
    """No usable OS keyring here: ask the user for the password instead."""


def _account(server: str, email: str) -> str:
    return f"{email.strip().lower()} @ {server.rstrip('/')}"


class PasswordVault:
    """Kept passwords by (server, email). ``backend`` defaults to keyring's own choice."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        # keyring answers "none here" with its fail backend, or a chainer of nothing
        if isinstance(backend, keyring.backends.fail.Keyring) or (
            isinstance(backend, keyring.backends.chainer.ChainerBackend) and not backend.backends
        ):
            raise NoKeyring("no OS keyring is available")
        return backend

    @property
    def available(self) -> bool:
        try:
            self._keyring()
        except NoKeyring:
            return False
        return True

    def get(self, server: str, email: str) -> str | None:
        """The kept password, or None if none is kept."""
        try:
            return self._keyring().get_password(SERVICE, _account(server, email))
        except keyring.errors.NoKeyringError as e:
            raise NoKeyring(str(e)) from None
        except keyring.errors.KeyringError as e:
            log.warning("the keyring could not be read: %s", type(e).__name__)
            raise NoKeyring(f"the keyring could not be read ({type(e).__name__})") from None

    def keep(self, server: str, email: str, password: str) -> None:
        try:
            self._keyring().set_password(SERVICE, _account(server, email), password)
        except keyring.errors.NoKeyringError as e:
            raise NoKeyring(str(e)) from None
        except keyring.errors.KeyringError as e:
            raise NoKeyring(f"the keyring could not be written ({type(e).__name__})") from None

    def forget(self, server: str, email: str) -> None:
        try:
            self._keyring().delete_password(SERVICE, _account(server, email))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.NoKeyringError as e:
            raise NoKeyring(str(e)) from None
        except keyring.errors.KeyringError as e:
            raise NoKeyring(f"the keyring could not be written ({type(e).__name__})") from None
